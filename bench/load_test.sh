#!/usr/bin/env bash
# Load test of `marsad serve` on 127.0.0.1: builds a database from tests/server/articles.jsonl (copied
# N times under new ids, default 200 copies = 2400 articles), starts the server on a free port, and runs
# wrk (Debian package wrk) for a bounded time against the main endpoints, printing requests/s and latency
# percentiles. Usage: bench/load_test.sh [MARSAD_BINARY] [COPIES] [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MARSAD="${1:-$ROOT/build/marsad}"
COPIES="${2:-200}"
SECONDS_PER="${3:-5}"
command -v wrk >/dev/null || { echo "load_test: wrk missing (apt-get install wrk)" >&2; exit 2; }
TMP="$(mktemp -d)"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

python3 - "$ROOT/tests/server/articles.jsonl" "$COPIES" > "$TMP/articles.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for i in range(int(sys.argv[2])):
    for d in docs:
        e = dict(d, id=f"{d['id']}-{i}", text=d["text"] + f" ({i})")
        print(json.dumps(e, ensure_ascii=False))
PY
"$MARSAD" ingest "$TMP/articles.jsonl" --db "$TMP/load.db" 2>&1 | tail -1
"$MARSAD" serve --db "$TMP/load.db" --port 0 --threads 8 --connections 4 2>"$TMP/serve.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT="$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.log" 2>/dev/null | head -1 | sed 's/.*://')" || true
  [ -n "$PORT" ] && break; sleep 0.1
done
[ -n "$PORT" ] || { cat "$TMP/serve.log" >&2; exit 2; }
BASE="http://127.0.0.1:$PORT"
printf '%-48s %10s %8s %8s %8s %8s\n' endpoint req/s p50 p90 p99 errors
for path in /api/health /api/stats "/api/events?limit=100" "/api/events?dyad=IRN,RUS&limit=100" \
            "/api/series?dyad=IRN,RUS&by=week" /api/actors /api/dyads /api/documents/t-001-0 \
            "/api/search?q=%D9%85%D9%88%D8%B3%D9%83%D9%88&limit=20"; do
  out="$(wrk -t2 -c16 -d"${SECONDS_PER}s" --latency "$BASE$path" 2>&1)"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"; p90="$(awk '$1=="90%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errs="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')"
  printf '%-48s %10s %8s %8s %8s %8s\n' "$path" "$rps" "$p50" "$p90" "$p99" "${errs:-0}"
done
