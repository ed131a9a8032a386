#!/usr/bin/env bash
# API fuzzing: Schemathesis generates requests from /api/v1/openapi.json
# (schema examples, boundary values, random and stateful sequences) against
# the real server binary on a fresh demo database, and fails on any 5xx or a
# server that stops answering. Not part of `./x test` (it runs for minutes).
#   ./x fuzz [--examples N] [--database-url URL]
#   (default 300 examples per operation, on a fresh SQLite file; a postgres://
#   URL must name an empty database)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$HOME/.local/bin:$PATH"
EXAMPLES=300
DB_URL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --examples) EXAMPLES="$2"; shift 2 ;;
    --database-url) DB_URL="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
say() { printf '\033[1;34m[fuzz]\033[0m %s\n' "$*" >&2; }

scripts/setup.sh --fuzz >&2
cargo build --locked --profile server -p vitrine-server >&2
WORK="$(mktemp -d)"
. scripts/server_lib.sh
DB_URL="${DB_URL:-sqlite://$WORK/fuzz.sqlite}"
# An admin key, so the operator's endpoints are fuzzed past their 401.
FUZZ_ADMIN_KEY="$("${CARGO_TARGET_DIR:-target}/server/vitrine-server" admin-key create --name fuzz --database-url "$DB_URL" 2>/dev/null)"
export FUZZ_ADMIN_KEY
say "starting the server with a fresh demo database (${DB_URL%%:*})"
start_server --demo --database-url "$DB_URL"
status=0
python3 scripts/fuzz.py "$BASE" "$EXAMPLES" || status=$?
if grep -q "panicked" "$WORK/server.log"; then
  say "the server log has a panic:"; grep -A5 "panicked" "$WORK/server.log" >&2; status=1
fi
[ $status = 0 ] && say "no 5xx, no panics" || say "FAILED"
exit $status
