#!/usr/bin/env python3
"""Fuzz the running API with Schemathesis and fail on any 5xx.

Usage: scripts/fuzz.py BASE_URL [MAX_EXAMPLES]

Before fuzzing it makes real resources through the API (a cart with a line,
an order placed on invoice) and hands their ids and secrets to
Schemathesis, so the generated requests reach the handlers' logic instead of
stopping at 404. Every generated request is then checked with
`not_a_server_error`; the run prints how many cases it sent and exits non-zero
when any answer was a 5xx (or the server stopped answering).
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
import uuid


def call(base, method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def main():
    base = sys.argv[1].rstrip("/")
    examples = sys.argv[2] if len(sys.argv) > 2 else "200"

    # A cart with one line, and an order placed from a second cart.
    first = call(base, "GET", "/api/v1/products?per_page=4")["items"]
    variant = call(base, "GET", f"/api/v1/products/{first[0]['handle']}")["variants"][0]["id"]
    cart = call(base, "POST", "/api/v1/carts", {"country": "US", "region": "CA"})
    auth = {"Authorization": f"Bearer {cart['token']}"}
    lined = call(base, "POST", f"/api/v1/carts/{cart['id']}/lines",
                 {"variant_id": variant, "quantity": 1}, auth)
    line_id = lined["lines"][0]["id"]

    other = call(base, "POST", "/api/v1/carts", {"country": "US", "region": "CA"})
    oauth = {"Authorization": f"Bearer {other['token']}"}
    call(base, "POST", f"/api/v1/carts/{other['id']}/lines", {"variant_id": variant, "quantity": 1}, oauth)
    method = call(base, "GET", f"/api/v1/carts/{other['id']}/shipping-methods", None, oauth)[0]["id"]
    placed = call(base, "POST", f"/api/v1/carts/{other['id']}/checkout", {
        "email": "fuzz@example.com",
        "shipping_address": {"name": "Ada Lovelace", "company": "Analytical Engines", "address1": "1600 Amphitheatre Pkwy",
                             "city": "Mountain View", "region": "CA", "postal_code": "94043",
                             "country": "US"},
        "shipping_method": method,
        "payment": {"method": "invoice"},
    }, {**oauth, "Idempotency-Key": str(uuid.uuid4())})
    number, order_token = placed["order"]["number"], placed["order_token"]

    # The operator's side: a key (made by fuzz.sh) and a shipped order of the demo's past.
    admin_key = os.environ.get("FUZZ_ADMIN_KEY", "")
    admin_block = ""
    returns_block = ""
    if admin_key:
        admin = {"Authorization": f"Bearer {admin_key}"}
        shipped = call(base, "GET", "/api/v1/admin/orders?status=shipped", None, admin) or \
            call(base, "GET", "/api/v1/admin/orders?status=delivered", None, admin)
        if shipped:
            detail = call(base, "GET", f"/api/v1/admin/orders/{shipped[0]['number']}", None, admin)
            shipment = detail["order"]["shipments"][0]["id"]
            # The demo's return in progress: its own link, and the admin routes.
            returns = call(base, "GET", "/api/v1/admin/returns", None, admin) or []
            rma = returns[0]["rma"] if returns else "R-0000-0000"
            if returns:
                view = call(base, "GET", f"/api/v1/admin/returns/{rma}", None, admin)
                rtoken = view["status_url"].split("token=")[1]
                returns_block = f"""
[[operations]]
include-path-regex = "^/api/v1/returns/"
parameters = {{ rma = "{rma}", token = "{rtoken}", id = "ph_none" }}
"""
            admin_block = f"""
[[operations]]
include-path-regex = "^/api/v1/admin/"
headers = {{ Authorization = "Bearer {admin_key}" }}
parameters = {{ number = "{shipped[0]['number']}", id = "{shipment}", rma = "{rma}" }}
"""

    config = f"""
[generation]
max-examples = {examples}

[[operations]]
include-path-regex = "^/api/v1/carts/\\\\{{id\\\\}}"
headers = {{ Authorization = "Bearer {cart['token']}" }}
parameters = {{ id = "{cart['id']}", line_id = "{line_id}" }}

[[operations]]
include-path-regex = "^/api/v1/orders/"
parameters = {{ number = "{number}", token = "{order_token}" }}

[[operations]]
include-path = "/api/v1/address-formats/{{country}}"
parameters = {{ country = "US" }}
""" + admin_block + returns_block
    with tempfile.TemporaryDirectory() as tmp:
        cfg = os.path.join(tmp, "schemathesis.toml")
        with open(cfg, "w") as f:
            f.write(config)
        cmd = ["st", "--config-file", cfg, "run", f"{base}/api/v1/openapi.json", "--url", base,
               "--checks", "not_a_server_error", "--phases", "examples,coverage,fuzzing,stateful",
               "--workers", "2", "--no-color"]
        print("[fuzz]", " ".join(cmd), flush=True)
        rc = subprocess.call(cmd)
    # The server must still be up and healthy after the run.
    health = call(base, "GET", "/api/v1/health")
    print(f"[fuzz] server health after the run: {health['status']}", flush=True)
    sys.exit(rc)


if __name__ == "__main__":
    main()
