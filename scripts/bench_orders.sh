#!/usr/bin/env bash
# Order page benchmark (issue 10): GET /api/v1/orders/{number}?token= on the
# release server with 10,000 orders (SQLite; the demo shop's seeded orders,
# copied with their lines, parcels and checkpoints under new numbers), driven
# by oha over 500 distinct order links. Prints req/s, p50 and p99 at a fixed
# 200 req/s (open loop, latency-corrected) and at the most 32 connections
# reach. Not a test: it prints numbers.
#   ./x bench --orders [--count N] [--duration SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
COUNT=10000
DURATION=10
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }

scripts/setup.sh --bench >&2
cargo build --locked --profile server -p vitrine-server >&2
WORK="$(mktemp -d)"
. scripts/server_lib.sh
say "starting the demo server (its seeded orders are the templates)"
start_server --demo --demo-size 200 --database-url "sqlite://$WORK/orders.sqlite"
for _ in $(seq 1 60); do
  n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from orders').fetchone()[0])" "$WORK/orders.sqlite")
  [ "$n" -ge 7 ] && break
  sleep 0.5
done
say "copying the seeded orders up to $COUNT"
python3 - "$WORK/orders.sqlite" "$COUNT" "$BASE" "$WORK/urls.txt" <<'PY'
import hashlib, hmac, random, sqlite3, sys
db, count, base, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
c = sqlite3.connect(db, timeout=30)
secret = c.execute("select value from settings where key = 'order_link_secret'").fetchone()[0]
cols = [r[1] for r in c.execute("pragma table_info(orders)") if r[1] not in ("id", "number")]
templates = [r[0] for r in c.execute("select id from orders order by id")]
have = len(templates)
alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
random.seed(11)
numbers = []
def table_cols(t, skip):
    return [r[1] for r in c.execute(f"pragma table_info({t})") if r[1] not in skip]
line_cols = table_cols("order_lines", ("id", "order_id"))
event_cols = table_cols("order_events", ("id", "order_id"))
ship_cols = table_cols("shipments", ("id", "order_id"))
ev_cols = table_cols("tracking_events", ("id", "shipment_id"))
with c:
    for i in range(count - have):
        t = templates[i % have]
        number = "VT-" + "".join(random.choice(alphabet) for _ in range(4)) + "-" + "".join(random.choice(alphabet) for _ in range(4))
        cur = c.execute(f"insert into orders (number, {', '.join(cols)}) select ?, {', '.join(cols)} from orders where id = ?", (number, t))
        oid = cur.lastrowid
        line_map = {}
        for (lid,) in c.execute("select id from order_lines where order_id = ?", (t,)).fetchall():
            cur = c.execute(f"insert into order_lines (order_id, {', '.join(line_cols)}) select ?, {', '.join(line_cols)} from order_lines where id = ?", (oid, lid))
            line_map[lid] = cur.lastrowid
        c.execute(f"insert into order_events (order_id, {', '.join(event_cols)}) select ?, {', '.join(event_cols)} from order_events where order_id = ?", (oid, t))
        for (sid,) in c.execute("select id from shipments where order_id = ?", (t,)).fetchall():
            cur = c.execute(f"insert into shipments (order_id, {', '.join(ship_cols)}) select ?, {', '.join(ship_cols)} from shipments where id = ?", (oid, sid))
            nsid = cur.lastrowid
            for (line, qty) in c.execute("select line_id, quantity from shipment_lines where shipment_id = ?", (sid,)).fetchall():
                c.execute("insert into shipment_lines (shipment_id, line_id, quantity) values (?, ?, ?)", (nsid, line_map.get(line, line), qty))
            c.execute(f"insert into tracking_events (shipment_id, {', '.join(ev_cols)}) select ?, {', '.join(ev_cols)} from tracking_events where shipment_id = ?", (nsid, sid))
        numbers.append(number)
total = c.execute("select count(*) from orders").fetchone()[0]
print(f"{total} orders", file=sys.stderr)
token = lambda n: hmac.new(secret.encode(), b"order:" + n.encode(), hashlib.sha256).hexdigest()[:32]
with open(out, "w") as f:
    for n in random.sample(numbers, min(500, len(numbers))):
        f.write(f"{base}/api/v1/orders/{n}?token={token(n)}\n")
PY
curl -fs "$(head -n1 "$WORK/urls.txt")" -o /dev/null || { echo "an order link did not open" >&2; exit 1; }

run() { # name args...
  local name=$1; shift
  oha --no-tui --output-format json -z "${DURATION}s" --urls-from-file "$WORK/urls.txt" "$@" > "$WORK/out.json" 2>/dev/null
  python3 - "$WORK/out.json" "$name" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); s = d["summary"]; p = d["latencyPercentiles"]
codes = d.get("statusCodeDistribution", {})
ok = sum(v for k, v in codes.items() if k.startswith("2")); bad = sum(codes.values()) - ok
print(f"{sys.argv[2]:<34} {s['requestsPerSec']:>10.0f} {p['p50']*1000:>9.2f} {p['p99']*1000:>9.2f} {bad:>6}")
PY
}
mkdir -p bench-results
{
  echo "order page: $COUNT orders (SQLite), $(nproc) cores shared by server and load generator, ${DURATION}s per run"
  printf "%-34s %10s %9s %9s %6s\n" "scenario" "req/s" "p50 ms" "p99 ms" "non-2xx"
  run "GET /orders/{number} @ 200 req/s" -q 200 -c 8 --latency-correction
  run "GET /orders/{number} @ max (32 conn)" -c 32
} | tee "bench-results/orders-$(date +%Y%m%d-%H%M%S).txt"
