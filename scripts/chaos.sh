#!/usr/bin/env bash
# Crash safety (issue 17): a checkout storm against the release server, which
# is SIGKILLed several times while orders are being placed and restarted on
# the same database; every shopper retries with its Idempotency-Key until it
# gets a final answer, then the books are checked (orders, stock, reserved,
# payment intents, outbox). Exits non-zero on any broken invariant.
# Not part of `./x test` (a round takes about half a minute).
#   ./x chaos [--database-url URL] [--rounds N] [--shoppers N] [--kills N] [--seed N]
#   (default 2 rounds on a fresh SQLite file; with a postgres:// URL a fresh
#   database is created on that server and dropped at the end)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --locked --profile server -p vitrine-server >&2
exec python3 scripts/chaos.py --binary "${CARGO_TARGET_DIR:-target}/server/vitrine-server" "$@"
