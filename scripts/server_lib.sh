# Sourced by bench.sh, fuzz.sh and lighthouse.sh. `start_server ARGS...` runs
# the release server binary (`serve ARGS...`) on a free port, waits until it
# is healthy, and sets BASE and SERVER; WORK (a temp folder the caller made)
# holds its log. On exit the server stops and WORK is removed.
start_server() {
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  VITRINE_LOG="${VITRINE_LOG:-warn}" "${CARGO_TARGET_DIR:-target}/server/vitrine-server" serve --addr "127.0.0.1:$port" "$@" \
    > "$WORK/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 600); do
    curl -fs "$BASE/api/v1/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server did not answer on $BASE" >&2
  exit 1
}
