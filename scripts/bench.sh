#!/usr/bin/env bash
# Catalog API benchmark: the release server on a generated catalog (default
# 10,000 products, SQLite), driven by oha from the same machine. Prints
# req/s, p50 and p99 per scenario, twice: at a fixed 500 req/s (open loop,
# latency-corrected) and at the highest rate 64 connections reach.
# Each scenario rotates through hundreds of distinct URLs, so nothing is
# answered from a single hot cache line. Not a test: it prints numbers.
#   ./x bench [--size N] [--duration SECONDS]
#   ./x bench --orders [--count N]   (the order page with 10,000 orders: scripts/bench_orders.sh)
#   ./x bench --metrics [--orders N] [--database-url URL]   (operator reports on 100,000 orders)
#   ./x bench --embed [RUNS]   (what the embedded widgets cost a host page: scripts/bench_embed.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
if [ "${1:-}" = "--orders" ]; then shift; exec "$(dirname "${BASH_SOURCE[0]}")/bench_orders.sh" "$@"; fi
if [ "${1:-}" = "--embed" ]; then shift; exec "$(dirname "${BASH_SOURCE[0]}")/bench_embed.sh" "$@"; fi
if [ "${1:-}" = "--metrics" ]; then shift; exec "$(dirname "${BASH_SOURCE[0]}")/bench_metrics.sh" "$@"; fi
SIZE=10000
DURATION=10
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }

scripts/setup.sh --bench >&2
cargo build --locked --profile server -p vitrine-server >&2
WORK="$(mktemp -d)"
. scripts/server_lib.sh
say "seeding $SIZE products and starting the server"
start_server --demo --demo-size "$SIZE" --database-url "sqlite://$WORK/bench.sqlite"
curl -fs "$BASE/api/v1/health" >&2; echo >&2

python3 - "$BASE" "$WORK" <<'PY'
import json, sys, urllib.request, urllib.parse, random
base, work = sys.argv[1], sys.argv[2]
get = lambda p: json.load(urllib.request.urlopen(base + p))
random.seed(7)
first = get("/api/v1/products?per_page=100")
handles = []
for page in range(1, 21):
    handles += [p["handle"] for p in get(f"/api/v1/products?per_page=100&page={page}")["items"]]
words = ["merino", "canvas", "boot", "tee", "sweater", "wool", "mug", "lamp", "bottle", "tote", "linen",
         "leather", "sneaker", "jacket", "candle", "alpine", "coastal", "heritage", "studio", "nordic",
         "summit", "harbour", "navy", "olive", "waxed", "hiking", "socks", "scarf", "watch", "tent"]
typos = ["sweatr", "mernio", "lether", "bakcpack", "jakcet", "candel"]
colours = ["Navy", "Black", "Olive", "Charcoal", "Sand", "Rust", "Forest", "Cream"]
sizes = ["S", "M", "L", "XL", "EU 42"]
cats = ["apparel", "footwear", "bags", "home", "outdoor", "accessories"]
q = urllib.parse.quote
def write(name, urls):
    with open(f"{work}/{name}.txt", "w") as f:
        f.write("\n".join(base + u for u in urls) + "\n")
write("list", [f"/api/v1/products?page={random.randint(1, 50)}&sort={random.choice(['relevance','price-asc','newest','name'])}" for _ in range(300)])
write("search", [f"/api/v1/products?q={q(random.choice(words) + ('' if random.random() < .6 else ' ' + random.choice(words)))}" for _ in range(270)]
      + [f"/api/v1/products?q={t}" for t in typos] * 5)
write("search_3_filters", [f"/api/v1/products?q={q(random.choice(words))}&category={random.choice(cats)}"
                           f"&option.colour={q(random.choice(colours))}&in_stock=true" for _ in range(300)])
write("facets_3_filters", [f"/api/v1/products?category={random.choice(cats)}&option.size={q(random.choice(sizes))}"
                           f"&price_min={random.choice([0,20,50])}&price_max={random.choice([100,200,500])}" for _ in range(300)])
write("detail", [f"/api/v1/products/{h}" for h in random.sample(handles, min(500, len(handles)))])
write("suggest", [f"/api/v1/search/suggestions?q={random.choice(words)[:random.randint(2,5)]}" for _ in range(300)])
PY

run() { # name mode args...
  local name=$1; shift
  oha --no-tui --output-format json -z "${DURATION}s" --urls-from-file "$@" > "$WORK/out.json" 2>/dev/null
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
  echo "catalog: $SIZE products (SQLite), $(nproc) cores shared by server and load generator, ${DURATION}s per run"
  printf "%-34s %10s %9s %9s %6s\n" "scenario" "req/s" "p50 ms" "p99 ms" "non-2xx"
  for s in list search search_3_filters facets_3_filters detail suggest; do
    run "$s @ 500 req/s" "$WORK/$s.txt" -q 500 -c 16 --latency-correction
  done
  for s in list search search_3_filters facets_3_filters detail suggest; do
    run "$s @ max (64 connections)" "$WORK/$s.txt" -c 64
  done
} | tee "bench-results/catalog-$(date +%Y%m%d-%H%M%S).txt"
