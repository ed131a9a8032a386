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
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
DB_URL="${DB_URL:-sqlite://$WORK/fuzz.sqlite}"
say "starting the server on $BASE with a fresh demo database (${DB_URL%%:*})"
VITRINE_LOG=warn "${CARGO_TARGET_DIR:-target}/server/vitrine-server" serve --demo --addr "127.0.0.1:$PORT" \
  --database-url "$DB_URL" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/api/v1/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
status=0
python3 scripts/fuzz.py "$BASE" "$EXAMPLES" || status=$?
if grep -q "panicked" "$WORK/server.log"; then
  say "the server log has a panic:"; grep -A5 "panicked" "$WORK/server.log" >&2; status=1
fi
[ $status = 0 ] && say "no 5xx, no panics" || say "FAILED"
exit $status
