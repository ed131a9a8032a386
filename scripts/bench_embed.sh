#!/usr/bin/env bash
# What the embedded widgets cost a host page (e2e/src/bin/embed-bench.rs):
# the release storefront and embed, the release server, the demo page on a
# second origin, RUNS cold loads in headless Chromium. Prints the time from
# the script's start to the first widget painted and the long tasks, per run
# and the median. Not a test: it prints numbers.
#   ./x bench --embed [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
scripts/setup.sh >&2
scripts/build_web.sh >&2
cargo build --locked --profile server -p vitrine-server >&2
VITRINE_SERVER_BIN="${CARGO_TARGET_DIR:-target}/server/vitrine-server" VITRINE_DIST="$ROOT/dist" \
  cargo run --locked -q -p vitrine-e2e --bin embed-bench -- "$@"
