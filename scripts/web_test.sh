#!/usr/bin/env bash
# Browser tests of the dashboard: builds a test database from tests/server/articles.jsonl, starts
# `marsad serve` on a free 127.0.0.1 port with the built assets (web/dist), runs node's test runner over
# web/tests/ (playwright-core driving Debian's /usr/bin/chromium headless), then stops the server.
# Screenshots: web/test-results/. Usage: scripts/web_test.sh [MARSAD_BINARY]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MARSAD="${1:-$ROOT/build/marsad}"
WEB="$ROOT/web"

[ -x "$MARSAD" ] || { echo "web_test: no marsad binary at $MARSAD" >&2; exit 2; }
[ -x /usr/bin/chromium ] || { echo "web_test: /usr/bin/chromium missing (scripts/setup.sh installs it)" >&2; exit 2; }
if [ ! -d "$WEB/node_modules/playwright-core" ] || [ ! -f "$WEB/dist/vendor/d3.min.js" ]; then
  (cd "$WEB" && npm ci --no-audit --no-fund >/dev/null)
fi
node "$WEB/scripts/vendor.mjs" >/dev/null  # rebuild web/dist from web/src

TMP="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

"$MARSAD" ingest "$ROOT/tests/server/articles.jsonl" --db "$TMP/web.db" 2>/dev/null
"$MARSAD" serve --db "$TMP/web.db" --port 0 --host 127.0.0.1 --web "$WEB/dist" 2>"$TMP/serve.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT="$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.log" 2>/dev/null | head -1 | sed 's/.*://')" || true
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/serve.log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$PORT" ] || { echo "web_test: server did not start" >&2; cat "$TMP/serve.log" >&2; exit 2; }

cd "$WEB"
MARSAD_URL="http://127.0.0.1:$PORT" timeout 600 node --test --test-concurrency=1 tests/
