#!/usr/bin/env bash
# Reruns marsad's throughput benchmarks on the development corpus (single thread). Results go to stdout as
# JSON lines and to bench/results/. Usage: bench/run.sh [CORPUS.jsonl.zst] [--limit N]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/arabic-news-dev.jsonl.zst}
shift || true
[ -x build/analyze_bench ] || scripts/setup.sh
cmake --build build --target analyze_bench marsad >/dev/null
mkdir -p bench/results
JSONL=$(mktemp --suffix=.jsonl)
trap 'rm -f "$JSONL"' EXIT
zstd -dc "$CORPUS" >"$JSONL"
echo "# analyze (tokens, normalisation, sentences, dates), then with the analyze JSON output" >&2
build/analyze_bench "$JSONL" "$@" | tee bench/results/analyze.json
build/analyze_bench "$JSONL" --json "$@" | tee bench/results/analyze_json.json
echo "# code (read, clean, analyse, code; end to end from JSONL), 1 and 2 threads, with max RSS" >&2
for j in 1 2; do
  /usr/bin/time -f "max RSS %M KB" build/marsad code -j "$j" "$JSONL" 2>bench/results/code-j$j.txt >/dev/null
  cat bench/results/code-j$j.txt
done
echo "# clean (readers, chrome removal, datelines, duplicate detection) over the corpus" >&2
build/marsad clean "$JSONL" --clusters bench/results/clusters.jsonl 2>bench/results/clean.txt >/dev/null
cat bench/results/clean.txt
