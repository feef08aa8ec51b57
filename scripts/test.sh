#!/usr/bin/env bash
# Builds (if needed) and runs every marsad test: unit tests, CLI tests and the shipped-data checks.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || scripts/setup.sh
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
