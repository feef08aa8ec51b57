#!/usr/bin/env bash
# Installs the Debian 12 packages marsad needs to build, test and benchmark, then builds it (Release) into
# ./build. Safe to re-run. Usage: scripts/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libcli11-dev nlohmann-json3-dev libsimdjson-dev libzstd-dev zstd zlib1g-dev libgumbo-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libpq-dev postgresql
  python3 hunspell-ar time
  libcpp-httplib-dev chromium chromium-driver fonts-noto-core wrk libmimalloc-dev libabsl-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The dashboard's front-end libraries (d3, topojson-client, world-atlas, playwright-core for its tests) from
# npm; postinstall builds the offline asset folder web/dist/.
if [ -f web/package.json ]; then
  if ! command -v npm >/dev/null; then
    # No Node.js on this machine: Debian's own (Node 18, npm 9) is enough for the dashboard and its tests.
    echo "setup: npm not found; installing Debian's nodejs and npm" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null || true
  fi
  if command -v npm >/dev/null; then
    if [ -f web/package-lock.json ]; then (cd web && npm ci --no-audit --no-fund); else (cd web && npm install --no-audit --no-fund); fi
  else
    echo "setup: npm not found: the dashboard (web/) is not built; install Node.js 18+ with npm" >&2
  fi
fi

[ "${1:-}" = "--no-build" ] && exit 0
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
