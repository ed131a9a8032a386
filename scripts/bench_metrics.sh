#!/usr/bin/env bash
# Operator report timings on a large history (issue 14): the release server's
# shop gets N orders of past (default 100,000, by `vitrine-server
# demo-history`: parcels, returns, canceled orders and abandoned carts), then
# each report is asked 5 times and its median and slowest answer printed.
# SQLite by default; a postgres:// URL naming an empty database works too.
# Not a test: it prints numbers.
#   ./x bench --metrics [--orders N] [--database-url URL]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
ORDERS=100000
DB_URL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --orders) ORDERS="$2"; shift 2 ;;
    --database-url) DB_URL="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }

cargo build --locked --profile server -p vitrine-server >&2
BIN="${CARGO_TARGET_DIR:-target}/server/vitrine-server"
WORK="$(mktemp -d)"
DB_URL="${DB_URL:-sqlite://$WORK/metrics.sqlite}"
. scripts/server_lib.sh
say "a demo shop on $DB_URL (catalog and its first past)"
start_server --demo --database-url "$DB_URL"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
# 730 days; the generator averages ~1.14 x the daily rate (busier weekends).
PER_DAY=$(python3 -c "print(round($ORDERS / 730 / 1.14, 2))")
say "writing about $ORDERS orders of past ($PER_DAY a day over two years)"
"$BIN" demo-history --days 730 --orders-per-day "$PER_DAY" --seed 14 --database-url "$DB_URL" >&2
start_server --database-url "$DB_URL"
KEY=$("$BIN" admin-key create --name bench --database-url "$DB_URL" 2>/dev/null | grep -oE 'vt_admin_[0-9a-f]+' | head -n1)
[ -n "$KEY" ] || { echo "no admin key" >&2; exit 1; }
COUNT_SQL="SELECT COUNT(*) FROM orders"
case "$DB_URL" in
  postgres*) ORDER_COUNT=$(psql "$DB_URL" -tAc "$COUNT_SQL") ;;
  *) ORDER_COUNT=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "${DB_URL#sqlite://}" "$COUNT_SQL") ;;
esac
today=$(date -u +%F)
d30=$(date -u -d '30 days ago' +%F)
d365=$(date -u -d '365 days ago' +%F)
time_it() { # label path
  python3 - "$1" "$BASE$2" "$KEY" <<'PY'
import sys, time, urllib.request
label, url, key = sys.argv[1:]
times = []
for _ in range(5):
    req = urllib.request.Request(url, headers={"authorization": f"Bearer {key}", "accept-encoding": "identity"})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        body = r.read()
        assert r.status == 200
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"{label:<46} {times[2]:>9.1f} {times[-1]:>9.1f} {len(body)/1024:>8.1f}")
PY
}
mkdir -p bench-results
backend=$(case "$DB_URL" in postgres*) echo PostgreSQL ;; *) echo SQLite ;; esac)
{
  echo "operator reports: $ORDER_COUNT orders ($backend), $(nproc) cores, median and slowest of 5"
  printf "%-46s %9s %9s %8s\n" "request" "p50 ms" "max ms" "KB"
  time_it "metrics, last 30 days" "/api/v1/admin/reports/metrics?from=$d30&to=$today"
  time_it "metrics, last 365 days" "/api/v1/admin/reports/metrics?from=$d365&to=$today"
  time_it "returns report, last 365 days" "/api/v1/admin/reports/returns?from=$d365&to=$today"
  time_it "inventory (every variant, 8 weeks of sales)" "/api/v1/admin/inventory"
  time_it "inventory below reorder point" "/api/v1/admin/inventory?below=reorder_point"
  time_it "order queue (to pack)" "/api/v1/admin/orders?status=confirmed"
} | tee "bench-results/metrics-$(date +%Y%m%d-%H%M%S).txt"
