#!/usr/bin/env python3
"""Crash-safety harness (issue 17): SIGKILL the server during a checkout storm
and check that nothing was lost or doubled.

Usage: scripts/chaos.py [--binary PATH] [--database-url URL] [--rounds N]
                        [--shoppers N] [--kills N] [--stock N] [--seed N]

It starts the real server binary (`serve --demo`) on 127.0.0.1 and a fresh
demo shop: a new SQLite file in a temp folder, or with a postgres:// URL a new
database `vt_chaos_<pid>_<time>` created with psql on that server (dropped at
the end). Each round:

1. picks a variant and sets its stock low through SQL, so shoppers compete;
2. prepares shoppers (cart, line, destination, shipping method, card token
   at the sandbox provider): cards that succeed, ask for a challenge or
   decline; bank transfer and cash on delivery (DE) -- each with its own key;
3. fires the checkouts in waves and SIGKILLs the server a random few
   milliseconds after each of the first waves starts (requests in flight),
   restarting it at once on the same database;
4. every shopper retries with its key and the same body after a connection
   error, a 5xx, a 408 or a 409 "still in progress" (honouring Retry-After)
   until it gets a final answer: 201/202 (order), 402, 409 (stock), 422;
5. completes a third of the challenges, fails a third, leaves a third
   pending; re-POSTs every key; then checks the books.

Invariants (each printed with counts; any broken one makes the exit status 1):
 (a) every key got a final answer, no 5xx, no 408, and no request took more
     than 30 s to answer;
 (b) every order is reachable by its key: the same key and body replay the
     same status and order number; no cart has an order its shopper was not
     told about, or two live orders;
 (c) per variant, reserved = units of orders still pending_payment, and
     initial stock - stock = units of orders sold (neither canceled nor
     pending_payment); stock and reserved never negative;
 (d) at most one payment intent per order (psp_payment_intents.reference),
     every succeeded intent belongs to a paid order, no card order is paid
     without a succeeded intent;
 (e) at most one outbox row per (kind, order number), and every placed
     order (confirmed / awaiting payment) has its confirmation.

Standard library only; PostgreSQL is read with the psql CLI.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

REQUEST_LIMIT = 30.0  # the server's request timeout: no answer may take longer
CLIENT_TIMEOUT = 40.0  # how long the client waits before calling it a timeout
KEY_DEADLINE = 150.0  # a key without a final answer this long after its wave: broken
MAX_ATTEMPTS = 400  # per key
FINAL = {201, 202, 402, 409, 422}
CARD_OK, CARD_CHALLENGE, CARD_DECLINE = "4242424242424242", "4000002500003155", "4000000000000002"
MIX = [("card", 40), ("challenge", 20), ("decline", 15), ("bank_transfer", 15), ("cash_on_delivery", 10)]
US = {"name": "Ada Lovelace", "address1": "1600 Amphitheatre Pkwy", "city": "Mountain View", "region": "CA",
      "postal_code": "94043", "country": "US"}
DE = {"name": "Max Mustermann", "company": "Muster GmbH", "address1": "Unter den Linden 1", "city": "Berlin",
      "postal_code": "10117", "country": "DE"}


def say(msg):
    print(f"\033[1;34m[chaos]\033[0m {msg}", flush=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ---------------------------------------------------------------- databases

class SqliteBooks:
    def __init__(self, path):
        self.path = path
        self.url = f"sqlite://{path}"

    def query(self, sql, args=()):
        con = sqlite3.connect(self.path, timeout=30)
        try:
            return con.execute(sql, args).fetchall()
        finally:
            con.close()

    def execute(self, sql, args=()):
        con = sqlite3.connect(self.path, timeout=30)
        try:
            con.execute(sql, args)
            con.commit()
        finally:
            con.close()

    def drop(self):
        pass


class PostgresBooks:
    """A database of its own on the given server, made and dropped with psql."""

    def __init__(self, admin_url):
        self.admin = admin_url
        self.name = f"vt_chaos_{os.getpid()}_{int(time.time())}"
        parts = urllib.parse.urlsplit(admin_url)
        self.url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + self.name, parts.query, ""))
        self._psql(self.admin, f'CREATE DATABASE "{self.name}"')

    @staticmethod
    def _psql(url, sql):
        out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-F", "\x1f", "-d", url, "-c", sql],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"psql: {out.stderr.strip()}")
        return out.stdout

    def query(self, sql, args=()):
        for a in args:  # only ints are ever bound here
            sql = sql.replace("?", str(int(a)), 1)
        rows = []
        for line in self._psql(self.url, sql).splitlines():
            if line == "":
                continue
            rows.append(tuple(None if v == "" else (int(v) if v.lstrip("-").isdigit() else v) for v in line.split("\x1f")))
        return rows

    def execute(self, sql, args=()):
        self.query(sql, args)

    def drop(self):
        try:
            self._psql(self.admin, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        except Exception as e:  # noqa: BLE001 -- report, do not mask the result
            say(f"could not drop {self.name}: {e}")


# ------------------------------------------------------------------- server

class Server:
    def __init__(self, binary, db_url, work):
        self.binary, self.db_url, self.work = binary, db_url, work
        self.port = free_port()
        self.proc = None
        self.starts = 0
        self.lock = threading.Lock()

    def start(self, timeout=120):
        """Spawns the server and waits until it is healthy: (spawned, healthy) monotonic times."""
        self.starts += 1
        log = open(os.path.join(self.work, f"server-{self.starts}.log"), "wb")
        env = dict(os.environ, VITRINE_LOG=os.environ.get("VITRINE_LOG", "warn"))
        spawned = time.monotonic()
        self.proc = subprocess.Popen([self.binary, "serve", "--demo", "--addr", f"127.0.0.1:{self.port}",
                                      "--database-url", self.db_url], stdout=log, stderr=subprocess.STDOUT, env=env)
        log.close()
        while time.monotonic() - spawned < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited ({self.proc.returncode}); see {self.work}/server-{self.starts}.log:\n"
                                   + open(os.path.join(self.work, f"server-{self.starts}.log")).read()[-3000:])
            try:
                status, _, _ = request(self.port, "GET", "/api/v1/health", timeout=2)
                if status == 200:
                    return spawned, time.monotonic()
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.05)
        raise RuntimeError("the server did not become healthy")

    def kill(self):
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def panics(self):
        found = []
        for name in sorted(os.listdir(self.work)):
            if name.startswith("server-") and name.endswith(".log"):
                text = open(os.path.join(self.work, name), errors="replace").read()
                if "panicked" in text:
                    found.append(name)
        return found


# --------------------------------------------------------------------- HTTP

STATS = {"requests": 0}
STATS_LOCK = threading.Lock()


def request(port, method, path, body=None, headers=None, timeout=CLIENT_TIMEOUT, form=False):
    """One HTTP/1.1 request on its own connection: (status, headers, body bytes)."""
    with STATS_LOCK:
        STATS["requests"] += 1
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        h = {"Connection": "close"}
        if body is not None:
            if isinstance(body, (dict, list)):
                body = json.dumps(body).encode()
            h["Content-Type"] = "application/x-www-form-urlencoded" if form else "application/json"
        h.update(headers or {})
        conn.request(method, path, body=body, headers=h)
        res = conn.getresponse()
        data = res.read()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, data
    finally:
        conn.close()


def call(port, method, path, body=None, headers=None, expect=(200, 201), tries=20):
    """A setup call (the server is up): retried on connection errors, JSON back."""
    for i in range(tries):
        try:
            status, _, data = request(port, method, path, body, headers, timeout=30)
        except (OSError, http.client.HTTPException):
            time.sleep(0.3)
            continue
        if status in expect:
            return json.loads(data) if data else None
        if status >= 500 and i < tries - 1:
            time.sleep(0.3)
            continue
        raise RuntimeError(f"{method} {path}: {status} {data[:300]!r}")
    raise RuntimeError(f"{method} {path}: no answer")


def in_progress(status, headers, data):
    if status != 409:
        return False
    if "retry-after" in headers:
        return True
    try:
        return "Idempotency-Key" in (json.loads(data).get("errors") or {})
    except ValueError:
        return False


# ----------------------------------------------------------------- shoppers

class Shopper:
    def __init__(self, n, kind, quantity):
        self.n, self.kind, self.quantity = n, kind, quantity
        self.key = f"chaos-{uuid.uuid4()}"
        self.attempts = []  # (start, end, status or error name, slow)
        self.final = None  # (status, body json, time)
        self.timeouts = 0
        self.errors = 0  # connection errors (the server was killed or restarting)
        self.bad = []  # 5xx / 408 answers
        self.slow = []  # answers that took longer than REQUEST_LIMIT
        self.wave = 0

    @property
    def number(self):
        if self.final and self.final[0] in (201, 202):
            return self.final[1]["order"]["number"]
        return None

    def prepare(self, port, variant):
        cart = call(port, "POST", "/api/v1/carts")
        self.cart, self.token = cart["id"], cart["token"]
        self.auth = {"Authorization": f"Bearer {self.token}"}
        base = f"/api/v1/carts/{self.cart}"
        call(port, "POST", f"{base}/lines", {"variant_id": variant, "quantity": self.quantity}, self.auth, expect=(200,))
        address = US if self.kind in ("card", "challenge", "decline") else DE
        call(port, "PATCH", base, {"country": address["country"], "region": address.get("region")}, self.auth, expect=(200,))
        method = call(port, "GET", f"{base}/shipping-methods", None, self.auth, expect=(200,))[0]["id"]
        if self.kind in ("card", "challenge", "decline"):
            methods = call(port, "GET", f"{base}/payment-methods", None, self.auth, expect=(200,))
            provider = next(m for m in methods if m["kind"] == "card")["provider"]
            number = {"card": CARD_OK, "challenge": CARD_CHALLENGE, "decline": CARD_DECLINE}[self.kind]
            tok = call(port, "POST", provider["base_url"].rstrip("/") + "/tokens",
                       {"number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123"},
                       {"Authorization": f"Bearer {provider['publishable_key']}"}, expect=(201,))
            payment = {"method": "card", "token": tok["id"]}
        else:
            payment = {"method": self.kind}
        # The exact bytes are kept: every retry sends the same body.
        self.body = json.dumps({"email": f"shopper{self.n}@example.com", "shipping_address": address,
                                "shipping_method": method, "payment": payment}).encode()
        self.path = f"{base}/checkout"
        self.headers = {**self.auth, "Idempotency-Key": self.key}

    def checkout_until_final(self, port, go, in_flight):
        go.wait()
        started = time.monotonic()
        while len(self.attempts) < MAX_ATTEMPTS and time.monotonic() - started < KEY_DEADLINE:
            t0 = time.monotonic()
            with in_flight[1]:
                in_flight[0] += 1
            try:
                status, headers, data = request(port, "POST", self.path, self.body, self.headers)
                err = None
            except TimeoutError:
                status, headers, data, err = None, {}, b"", "timeout"
            except (OSError, http.client.HTTPException) as e:
                status, headers, data, err = None, {}, b"", type(e).__name__
            finally:
                with in_flight[1]:
                    in_flight[0] -= 1
            t1 = time.monotonic()
            self.attempts.append((t0, t1, status or err))
            if status is not None and t1 - t0 > REQUEST_LIMIT:
                self.slow.append((status, round(t1 - t0, 1)))
            if err == "timeout":
                self.timeouts += 1
                continue
            if err:
                self.errors += 1
                time.sleep(0.2 + random.random() * 0.3)
                continue
            if status == 408 or status >= 500:
                self.bad.append(status)
                time.sleep(retry_after(headers, 1.0))
                continue
            if in_progress(status, headers, data):
                time.sleep(retry_after(headers, 1.0))
                continue
            try:
                body = json.loads(data)
            except ValueError:
                body = {"raw": data[:200].decode(errors="replace")}
            self.final = (status, body, t1)
            return


def retry_after(headers, default):
    try:
        return min(max(float(headers.get("retry-after", default)), 0.1), 5.0)
    except ValueError:
        return default


# -------------------------------------------------------------------- books

def books(db):
    """Everything the invariants read, straight from the database."""
    q = db.query
    return {
        "variants": {r[0]: (r[1], r[2]) for r in q("SELECT id, stock, reserved FROM variants")},
        "orders": q("SELECT id, number, cart_id, status, payment_kind, payment_status FROM orders"),
        "lines": q("SELECT l.order_id, l.variant_id, l.quantity FROM order_lines l"),
        "intents": q("SELECT id, reference, status FROM psp_payment_intents"),
        "outbox": q("SELECT kind, order_number, COUNT(*) FROM outbox GROUP BY kind, order_number"),
        "keys": q("SELECT cart_id, key, status, order_id, response_status FROM idempotency_keys"),
    }


class Checks:
    def __init__(self):
        self.results = []  # (name, ok, detail)

    def check(self, name, ok, detail):
        self.results.append((name, ok, detail))
        mark = "\033[32mok \033[0m" if ok else "\033[1;31mBROKEN\033[0m"
        print(f"  {mark} {name}: {detail}", flush=True)

    @property
    def broken(self):
        return [r for r in self.results if not r[1]]


def check_books(c, db, initial, shoppers, replays, run_carts):
    b = books(db)
    orders = {o[0]: o for o in b["orders"]}
    by_number = {o[1]: o for o in b["orders"]}
    lines_of = {}
    for order_id, variant, qty in b["lines"]:
        lines_of.setdefault(order_id, []).append((variant, qty))

    # (a) answers
    keys = len(shoppers)
    finals = [s for s in shoppers if s.final]
    bad = sum(len(s.bad) for s in shoppers)
    n408 = sum(s.bad.count(408) for s in shoppers)
    slow = [x for s in shoppers for x in s.slow]
    timeouts = sum(s.timeouts for s in shoppers)
    dist = {}
    for s in finals:
        dist[s.final[0]] = dist.get(s.final[0], 0) + 1
    unexpected = [s.final[0] for s in finals if s.final[0] not in FINAL]
    c.check("(a) every key got a final answer", len(finals) == keys and not unexpected,
            f"{len(finals)}/{keys} keys answered: {', '.join(f'{k}: {v}' for k, v in sorted(dist.items()))}"
            + (f"; unexpected {unexpected}" if unexpected else ""))
    c.check("(a) no 5xx, no 408", bad == 0, f"{bad} answers 5xx/408 ({n408} × 408)")
    c.check("(a) every answer within 30 s", not slow and timeouts == 0,
            f"{len(slow)} answers slower than {REQUEST_LIMIT:.0f} s {slow[:5]}, {timeouts} client timeouts ({CLIENT_TIMEOUT:.0f} s)")

    # (b) orders reachable by their keys
    same = sum(1 for ok in replays.values() if ok)
    c.check("(b) the same key + body replays the same answer", same == len(replays),
            f"{same}/{len(replays)} replays gave the same status and order number")
    per_cart = {}
    for o in b["orders"]:
        if o[2] in run_carts:
            per_cart.setdefault(o[2], []).append(o)
    told = {s.cart: s for s in shoppers}
    unknown, doubled, missing = [], [], []
    for cart, os_ in per_cart.items():
        live = [o for o in os_ if o[3] != "canceled"]
        if len(live) > 1:
            doubled.append(cart)
        s = told.get(cart)
        for o in live:
            if s is None or s.number != o[1]:
                unknown.append(o[1])
    for s in shoppers:
        if s.number and s.number not in by_number:
            missing.append(s.number)
    run_orders = {}
    for v in per_cart.values():
        for o in v:
            run_orders[o[3]] = run_orders.get(o[3], 0) + 1
    c.check("(b) every order reachable by its key", not unknown and not doubled and not missing,
            f"{sum(run_orders.values())} orders for {len(per_cart)} carts; {len(unknown)} live orders the shopper was not told about "
            f"{unknown[:3]}, {len(doubled)} carts with two live orders, {len(missing)} answered orders missing")

    # (c) stock
    pending, sold = {}, {}
    for order_id, o in orders.items():
        for variant, qty in lines_of.get(order_id, []):
            if o[3] == "pending_payment":
                pending[variant] = pending.get(variant, 0) + qty
            elif o[3] != "canceled" and o[2] in run_carts:
                sold[variant] = sold.get(variant, 0) + qty
    wrong_reserved, wrong_sold, negative = [], [], []
    for v, (stock, reserved) in b["variants"].items():
        if reserved != pending.get(v, 0):
            wrong_reserved.append((v, reserved, pending.get(v, 0)))
        if v in initial and initial[v] - stock != sold.get(v, 0):
            wrong_sold.append((v, initial[v] - stock, sold.get(v, 0)))
        if stock < 0 or reserved < 0 or reserved > stock:
            negative.append(v)
    touched = sorted(set(pending) | set(sold))
    c.check("(c) reserved = units of pending_payment orders", not wrong_reserved,
            f"{len(b['variants'])} variants, {sum(pending.values())} units reserved by pending orders"
            + (f"; wrong (variant, reserved, pending): {wrong_reserved[:5]}" if wrong_reserved else ""))
    c.check("(c) initial stock - stock = units sold", not wrong_sold,
            f"{sum(sold.values())} units sold over variants {touched}"
            + (f"; wrong (variant, taken, sold): {wrong_sold[:5]}" if wrong_sold else ""))
    c.check("(c) stock and reserved never negative", not negative, f"{len(negative)} variants out of bounds {negative[:5]}")

    # (d) payment intents
    per_ref = {}
    for i in b["intents"]:
        per_ref.setdefault(i[1], []).append(i)
    twice = [r for r, v in per_ref.items() if r is not None and len(v) > 1]
    succeeded = [i for i in b["intents"] if i[2] == "succeeded"]
    orphan = [i[1] for i in succeeded if i[1] not in by_number or by_number[i[1]][5] != "succeeded"
              or by_number[i[1]][3] in ("pending_payment", "canceled", "awaiting_payment")]
    # The demo's seeded past (card orders paid before this run, with no sandbox intent) is not this run's.
    paid_cards = [o for o in b["orders"] if o[2] in run_carts and o[4] == "card" and (o[5] == "succeeded" or o[3] == "confirmed")]
    unpaid = [o[1] for o in paid_cards if not any(i[2] == "succeeded" for i in per_ref.get(o[1], []))]
    c.check("(d) at most one payment intent per order", not twice,
            f"{len(b['intents'])} intents for {len(per_ref)} references; {len(twice)} orders charged twice {twice[:3]}")
    c.check("(d) every succeeded intent has a paid order", not orphan,
            f"{len(succeeded)} succeeded intents; {len(orphan)} without a paid order {orphan[:3]}")
    c.check("(d) no card order paid without a succeeded intent", not unpaid,
            f"{len(paid_cards)} paid card orders; {len(unpaid)} without a succeeded intent {unpaid[:3]}")

    # (e) outbox
    dup = [(k, n, cnt) for k, n, cnt in b["outbox"] if cnt > 1]
    emailed = {n for k, n, _ in b["outbox"] if k == "order_confirmation"}
    placed = [o[1] for o in b["orders"] if o[3] in ("confirmed", "awaiting_payment")]
    unsent = [n for n in placed if n not in emailed]
    c.check("(e) no email duplicated", not dup, f"{sum(r[2] for r in b['outbox'])} outbox rows; {len(dup)} duplicated {dup[:3]}")
    c.check("(e) every placed order has its confirmation", not unsent, f"{len(placed)} placed orders; {len(unsent)} without email {unsent[:3]}")
    return run_orders


# -------------------------------------------------------------------- round

def candidate_variants(port):
    """Buyable variants priced under $100 (cash on delivery stays offered), one per product."""
    out = []
    for item in call(port, "GET", "/api/v1/products?per_page=48")["items"]:
        p = call(port, "GET", f"/api/v1/products/{item['handle']}")
        for v in p["variants"]:
            if v.get("available", 0) >= 4 and float(v["price"]["amount"]) < 100:
                out.append((v["id"], p["handle"]))
                break
    return out


def run_round(r, args, server, db, initial, variant, handle, summary, c):
    say(f"round {r}: variant {variant} ({handle}), stock set to {args.stock}, {args.shoppers} shoppers, {args.kills} kills")
    db.execute("UPDATE variants SET stock = ?, reserved = 0 WHERE id = ?", (args.stock, variant))
    db.execute("UPDATE catalog_version SET version = version + 1")
    initial[variant] = args.stock
    kinds = [k for k, w in MIX for _ in range(w)]
    shoppers = [Shopper(n, random.choice(kinds), random.choice([1, 1, 2])) for n in range(args.shoppers)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda s: s.prepare(server.port, variant), shoppers))
    waves = args.kills + 1
    gos = [threading.Event() for _ in range(waves)]
    for i, s in enumerate(shoppers):
        s.wave = i % waves
    in_flight = [0, threading.Lock()]
    threads = [threading.Thread(target=s.checkout_until_final, args=(server.port, gos[s.wave], in_flight), daemon=True)
               for s in shoppers]
    for t in threads:
        t.start()
    restarts = []  # (spawned, healthy)
    kills = []  # (time, in flight)
    storm = time.monotonic()
    for w in range(waves):
        gos[w].set()
        if w == waves - 1:
            break
        time.sleep(random.uniform(0.005, 0.25))
        with in_flight[1]:
            flying = in_flight[0]
        server.kill()
        kills.append((time.monotonic(), flying))
        restarts.append(server.start())
        time.sleep(random.uniform(0.1, 1.0))
    for t in threads:
        t.join(KEY_DEADLINE + CLIENT_TIMEOUT + 10)
    storm_secs = time.monotonic() - storm
    say(f"  kills with requests in flight: {[k[1] for k in kills]}; restart to healthy: "
        f"{[round(h - s, 2) for s, h in restarts]} s; storm settled in {storm_secs:.1f} s")

    # Time from each restart to the first successful (2xx) answer, and for
    # keys whose request a kill cut: from the restart before their answer to it.
    firsts = []
    for i, (spawned, healthy) in enumerate(restarts):
        end = kills[i + 1][0] if i + 1 < len(kills) else float("inf")
        ok = [a[1] for s in shoppers for a in s.attempts if isinstance(a[2], int) and 200 <= a[2] < 300 and spawned <= a[1] < end]
        if ok:
            firsts.append(min(ok) - spawned)
    recover = []
    for s in shoppers:
        if s.errors and s.final:
            before = [sp for sp, _ in restarts if sp <= s.final[2]]
            if before:
                recover.append(s.final[2] - max(before))
    summary["first_ok"] += firsts
    summary["recover"] += recover
    say(f"  restart -> first 2xx: {[round(x, 2) for x in firsts]} s; keys cut by a kill: {len(recover)}, answered "
        f"{fmt_spread(recover)} after the restart")

    # Challenges: complete a third, fail a third, leave a third pending.
    challenged = [s for s in shoppers if s.final and s.final[0] == 202]
    outcomes = {}
    for i, s in enumerate(challenged):
        choice = ("complete", "fail", None)[i % 3]
        if choice is None:
            continue
        url = s.final[1]["next_action"]["url"]
        parsed = urllib.parse.urlsplit(url)
        secret = urllib.parse.parse_qs(parsed.query)["client_secret"][0]
        form = urllib.parse.urlencode({"client_secret": secret, "outcome": choice}).encode()
        request(server.port, "POST", parsed.path, form, form=True, timeout=30)
        pay = f"/api/v1/orders/{s.number}/payment?token={s.final[1]['order_token']}"
        status = None
        for _ in range(20):
            try:
                status, _, _ = request(server.port, "POST", pay, timeout=30)
            except (OSError, http.client.HTTPException):
                status = None
            if status in (200, 402):
                break
            time.sleep(0.5)
        outcomes[(choice, status)] = outcomes.get((choice, status), 0) + 1
    say(f"  challenges: {len(challenged)} ({', '.join(f'{k[0]} -> {k[1]}: {v}' for k, v in outcomes.items()) or 'none'})")

    # (b) every key again, same body: the same answer.
    replays = {}
    for s in shoppers:
        if not s.final:
            continue
        try:
            status, _, data = request(server.port, "POST", s.path, s.body, s.headers, timeout=30)
            body = json.loads(data) if data else {}
        except (OSError, http.client.HTTPException, ValueError):
            replays[s.key] = False
            continue
        number = body.get("order", {}).get("number") if status in (201, 202) else None
        replays[s.key] = status == s.final[0] and number == s.number
    run_carts = summary["carts"]
    run_carts.update(s.cart for s in shoppers)
    summary["shoppers"] += shoppers
    summary["kills"] += len(kills)
    print(f"  books after round {r}:", flush=True)
    orders = check_books(c, db, initial, summary["shoppers"], {**summary["replays"], **replays}, run_carts)
    summary["replays"].update(replays)
    summary["orders"] = orders


def fmt_spread(xs):
    if not xs:
        return "-"
    return f"min {min(xs):.1f} / median {statistics.median(xs):.1f} / max {max(xs):.1f} s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "server", "vitrine-server"))
    ap.add_argument("--database-url", default="", help="postgres://... (a fresh database is made there); default: a fresh SQLite file")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--shoppers", type=int, default=60)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--stock", type=int, default=32)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    if not (1 <= args.rounds <= 20 and 1 <= args.shoppers <= 300 and 0 <= args.kills <= 10 and 1 <= args.stock <= 10000):
        ap.error("rounds 1-20, shoppers 1-300, kills 0-10, stock 1-10000")
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    random.seed(seed)
    work = tempfile.mkdtemp(prefix="vitrine-chaos-")
    if args.database_url.startswith(("postgres://", "postgresql://")):
        db = PostgresBooks(args.database_url)
    elif args.database_url:
        sys.exit("--database-url takes a postgres:// URL (SQLite runs on a fresh file by default)")
    else:
        db = SqliteBooks(os.path.join(work, "chaos.sqlite"))
    backend = "PostgreSQL" if isinstance(db, PostgresBooks) else "SQLite"
    server = Server(os.path.abspath(args.binary), db.url, work)
    c = Checks()
    summary = {"shoppers": [], "kills": 0, "orders": {}, "replays": {}, "carts": set(), "first_ok": [], "recover": []}
    started = time.monotonic()
    status = 1
    try:
        say(f"fresh demo shop on {backend} (seed {seed}), server logs in {work}")
        server.start()
        candidates = candidate_variants(server.port)
        if len(candidates) < args.rounds:
            sys.exit(f"only {len(candidates)} candidate variants for {args.rounds} rounds")
        initial = {v: st for v, (st, _) in books(db)["variants"].items()}
        for r in range(1, args.rounds + 1):
            variant, handle = candidates[(r - 1) * 3 % len(candidates)]
            run_round(r, args, server, db, initial, variant, handle, summary, c)
        panics = server.panics()
        c.check("no panic in the server logs", not panics, f"{len(panics)} logs with a panic {panics}")
        shoppers = summary["shoppers"]
        attempts = sum(len(s.attempts) for s in shoppers)
        broken = {r[0] for r in c.broken}
        print(flush=True)
        say(f"summary ({backend}, seed {seed}, {time.monotonic() - started:.0f} s): {args.rounds} rounds, "
            f"{summary['kills']} kills, {STATS['requests']} requests ({attempts} checkout POSTs for {len(shoppers)} keys, "
            f"{attempts - len(shoppers)} retries, {sum(s.errors for s in shoppers)} connection errors), "
            f"{sum(summary['orders'].values())} orders ({', '.join(f'{k} {v}' for k, v in sorted(summary['orders'].items()))}), "
            f"{len(broken)} invariants broken")
        say(f"restart -> first successful answer: {fmt_spread(summary['first_ok'])}; "
            f"keys cut by a kill answered {fmt_spread(summary['recover'])} after the restart")
        for name in sorted(broken):
            say(f"BROKEN: {name}")
        status = 1 if broken else 0
    finally:
        server.stop()
        db.drop()
        if status == 0:
            shutil.rmtree(work, ignore_errors=True)
        else:
            say(f"kept {work} (server logs, SQLite file)")
    sys.exit(status)


if __name__ == "__main__":
    main()
