#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the store tests, using Debian's postgresql package
# (/usr/lib/postgresql/<version>/bin). The server listens on 127.0.0.1 only, on a free port, with a
# throwaway data folder /tmp/marsad-pg.XXXXXX (fsync off: test data only); it runs as user postgres when
# started by root (PostgreSQL refuses to run as root).
#
#   scripts/pg_test_server.sh start [STATE_DIR]   prints the connection URL (postgresql://...) on stdout
#   scripts/pg_test_server.sh stop  [STATE_DIR]   stops the server and removes the folder
#   scripts/pg_test_server.sh url   [STATE_DIR]   prints the URL of a running server
#
# STATE_DIR (default /tmp/marsad-pg-test) holds the URL (STATE_DIR/url) and the data folder's name, so a test
# runner (CTest fixture) can pass it on as MARSAD_TEST_PG.
set -euo pipefail

cmd=${1:-}
state=${2:-/tmp/marsad-pg-test}

bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir=$d; done
if [ -z "$bindir" ]; then
  echo "pg_test_server: no PostgreSQL server found (apt-get install postgresql)" >&2
  exit 2
fi

as_owner() {  # runs a command as the owner of the data folder
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

case "$cmd" in
  start)
    if [ -f "$state/url" ] && [ -f "$state/datadir" ] &&
       as_owner "$bindir/pg_ctl" -D "$(cat "$state/datadir")/data" status >/dev/null 2>&1; then
      cat "$state/url"
      exit 0
    fi
    "$0" stop "$state" || true
    mkdir -p "$state"
    # The server's own folder is always under /tmp (the state folder may sit where user postgres cannot go).
    dir=$(mktemp -d /tmp/marsad-pg.XXXXXX)
    echo "$dir" >"$state/datadir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 || {
      echo "pg_test_server: initdb failed:" >&2
      cat "$state/initdb.log" >&2
      exit 2
    }
    port=$(free_port)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || {
      echo "pg_test_server: server did not start:" >&2
      cat "$dir/server.log" >&2
      exit 2
    }
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres marsad_test
    url="postgresql://postgres@127.0.0.1:$port/marsad_test"
    echo "$url" >"$state/url"
    echo "$url"
    ;;
  stop)
    if [ -f "$state/datadir" ]; then
      dir=$(cat "$state/datadir")
      case "$dir" in
        /tmp/marsad-pg.*)
          [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
          rm -rf "$dir"
          ;;
      esac
    fi
    rm -f "$state/url" "$state/datadir" "$state/initdb.log"
    rmdir "$state" 2>/dev/null || true
    ;;
  url)
    cat "$state/url"
    ;;
  *)
    echo "usage: $0 start|stop|url [STATE_DIR]" >&2
    exit 2
    ;;
esac
