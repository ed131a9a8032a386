#!/usr/bin/env bash
# Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU) on every
# page kind of the release storefront, served by the release server binary on
# a fresh demo database. Prints the four category scores and the load metrics
# per page. Not a test: it prints numbers.
#   ./x lighthouse [--runs N] [--only TEXT]
#     --runs N     the median of N runs per page (default 1)
#     --only TEXT  only the pages whose path contains TEXT ("/orders/", "cart")
# Pages: catalog, search, a product, cart, checkout, the order lookup, and
# the demo's first approved return: its order's page, that order's "start a
# return" page and the return's page (links from the admin API; tokens hidden).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
RUNS=1
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
say() { printf '\033[1;34m[lighthouse]\033[0m %s\n' "$*" >&2; }

scripts/setup.sh --lighthouse >&2
scripts/build_web.sh >&2
cargo build --locked --profile server -p vitrine-server >&2
WORK="$(mktemp -d)"
. scripts/server_lib.sh
start_server --demo --database-url "sqlite://$WORK/lh.sqlite" --static-dir dist
HANDLE=$(curl -fs "$BASE/api/v1/products?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["handle"])')
# The demo's first approved return, through the admin API: its order's page
# (the link the order email carries), that order's "start a return" page and
# the return's own page.
KEY=$("${CARGO_TARGET_DIR:-target}/server/vitrine-server" admin-key create --name lighthouse --database-url "sqlite://$WORK/lh.sqlite" 2>/dev/null)
admin() { curl -fs -H "Authorization: Bearer $KEY" "$BASE/api/v1/admin$1"; }
RMA=$(admin "/returns?status=approved" | python3 -c 'import json,sys; r=json.load(sys.stdin)[0]; print(r["rma"], r["order_number"])')
ORDER_URL=$(admin "/orders/${RMA#* }" | python3 -c 'import json,sys; print(json.load(sys.stdin)["order"]["status_url"])')
RETURN_URL=$(admin "/returns/${RMA%% *}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status_url"])')
path_of() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(p.path + ("?" + p.query if p.query else ""))' "$1"; }
ORDER_PAGE=$(path_of "$ORDER_URL")
START_RETURN="${ORDER_PAGE%%\?*}/return?${ORDER_PAGE#*\?}"
RETURN_PAGE=$(path_of "$RETURN_URL")
say "Lighthouse $(lighthouse --version) on $BASE, $RUNS run(s) per page"
for page in "/" "/?q=merino" "/products/$HANDLE" "/cart" "/checkout" "/orders/lookup" "$ORDER_PAGE" "$START_RETURN" "$RETURN_PAGE"; do
  case "$page" in *"$ONLY"*) ;; *) continue ;; esac
  for run in $(seq 1 "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium lighthouse "$BASE$page" --quiet --output=json --output-path="$WORK/lh-$run.json" \
      --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo
  done
  node - "$page" "$WORK" "$RUNS" <<'JS'
const [page, work, runs] = process.argv.slice(2);
const reports = Array.from({ length: +runs }, (_, i) => require(`${work}/lh-${i + 1}.json`));
reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const r = reports[Math.floor(reports.length / 2)];
const score = (k) => String(Math.round(r.categories[k].score * 100)).padStart(3);
const m = (k) => r.audits[k].displayValue.padStart(7);
const shown = page.replace(/token=[^&]+/, "token=…");
console.log(`${shown.slice(0, 34).padEnd(34)} perf ${score("performance")}  a11y ${score("accessibility")}  best ${score("best-practices")}  seo ${score("seo")}` +
  `  FCP ${m("first-contentful-paint")}  LCP ${m("largest-contentful-paint")}  TBT ${m("total-blocking-time")}  CLS ${m("cumulative-layout-shift")}`);
// What the largest paint was (the element's opening tag, shortened).
const lcp = r.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet;
if (lcp) console.log(`${"".padEnd(34)} LCP element: ${lcp.replace(/token=[^&"]+/g, "token=…").slice(0, 110)}`);
JS
done
