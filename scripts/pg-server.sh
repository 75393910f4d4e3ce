#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for the tests (.ci/run) or for trying the
# PostgreSQL store by hand. Needs Debian's `postgresql` package (apt-get install postgresql).
#
#   scripts/pg-server.sh start DIR [PORT]   # prints the database URL to use with --db
#   scripts/pg-server.sh stop DIR
#
# As root, the server runs as the `postgres` user the package creates.
set -euo pipefail
cmd=${1:?usage: pg-server.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-server.sh start|stop DIR [PORT]}
port=${3:-5433}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
    echo "pg-server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
*)
    echo "pg-server.sh: unknown command $cmd (start or stop)" >&2
    exit 2
    ;;
esac
