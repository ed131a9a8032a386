#!/usr/bin/env bash
# Every test, in the order that fails fastest. Fails when the browser tests
# did not actually run (a runner that finds no browser must not look green).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
say() { printf '\033[1;34m[test]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[test] %s\033[0m\n' "$*" >&2; exit 1; }
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
start=$(date +%s)
LOG="$(mktemp -d)"
trap 'rm -rf "$LOG"' EXIT

# passed <log>: sum of "N passed" over every test binary in the log.
passed() { grep -Eo 'test result: ok\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}'; }

scripts/setup.sh

say "theme tokens: docs in sync with style/tokens.css, WCAG AA contrast of every preset"
node scripts/tokens.mjs --check
node scripts/tokens.mjs --contrast

say "core: unit and property tests"
cargo test --locked -p vitrine-core 2>&1 | tee "$LOG/core"
core=$(passed "$LOG/core")

if [ -n "${VITRINE_TEST_POSTGRES_URL:-}" ]; then
  say "server: every API test on SQLite and on PostgreSQL ($VITRINE_TEST_POSTGRES_URL)"
else
  say "server: API tests on SQLite (set VITRINE_TEST_POSTGRES_URL to run them on PostgreSQL too)"
fi
cargo test --locked -p vitrine-server 2>&1 | tee "$LOG/server"
server=$(passed "$LOG/server")
pg_skipped=$(grep -c "skipped: VITRINE_TEST_POSTGRES_URL" "$LOG/server" || true)

say "components: wasm-bindgen-test in headless Chromium"
cargo test --locked -p vitrine --target wasm32-unknown-unknown 2>&1 | tee "$LOG/wasm"
grep -q "Running headless tests in Chrome" "$LOG/wasm" || die "component tests did not run in Chromium"
wasm=$(passed "$LOG/wasm")
[ "$wasm" -gt 0 ] || die "no component test ran"

say "release storefront: every entry (scripts/build_web.sh)"
scripts/build_web.sh
cargo build --locked -p vitrine-server

say "end-to-end: release storefront + real server + headless Chromium"
VITRINE_SERVER_BIN="$TARGET/debug/vitrine-server" VITRINE_DIST="$ROOT/dist" \
  cargo test --locked -p vitrine-e2e -- --test-threads=2 2>&1 | tee "$LOG/e2e"
e2e=$(passed "$LOG/e2e")
[ "$e2e" -gt 0 ] || die "no end-to-end test ran"

say "size of the release storefront: first load per page kind, against the budget and the ceilings"
node scripts/size.mjs --ratchet || die "an entry's first load grew past its ceiling (see above)"

secs=$(( $(date +%s) - start ))
say "all green in ${secs}s: core $core, server $server, components (browser) $wasm, end-to-end (browser) $e2e"
if [ "$pg_skipped" -gt 0 ]; then say "note: $pg_skipped PostgreSQL test(s) skipped (VITRINE_TEST_POSTGRES_URL unset)"; fi
