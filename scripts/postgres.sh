#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and the server demo: never the machine's own.
#
#   bash scripts/postgres.sh start   # install if missing, init once, start; prints the URL
#   bash scripts/postgres.sh url     # the URL of the running cluster
#   bash scripts/postgres.sh stop
#
# The cluster lives in $SOP_PG_DIR (default /tmp/sop-pg), listens on 127.0.0.1:$SOP_PG_PORT
# (default 54329) with password logins only, and holds one role `sop` (CREATEDB, not superuser)
# with password `sop` and its database `sop`. Run as root, the server runs as the `postgres` user
# (PostgreSQL refuses to run as root).
set -euo pipefail
DIR="${SOP_PG_DIR:-/tmp/sop-pg}"
PORT="${SOP_PG_PORT:-54329}"
URL="postgres://sop:sop@127.0.0.1:$PORT/sop"

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

install_if_missing() {
    ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 && return
    echo "postgres.sh: memasang PostgreSQL dari paket Debian" >&2
    local sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
}

case "${1:-start}" in
start)
    install_if_missing
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
        mkdir -p "$DIR"
        [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
        as_owner "printf 'sop-superuser\n' > '$DIR/pw' && '$BIN/initdb' -D '$DIR/data' -U postgres --pwfile='$DIR/pw' \
            --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >'$DIR/initdb.log'"
    fi
    if ! as_owner "'$BIN/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
        as_owner "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR'\" start" >/dev/null
    fi
    # The role and database, once (psql as the superuser over the private socket).
    export PGPASSWORD=sop-superuser
    psql() { command psql -h "$DIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
    if [ -z "$(psql -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = 'sop'")" ]; then
        psql -d postgres -c "CREATE ROLE sop LOGIN CREATEDB PASSWORD 'sop'"
        psql -d postgres -c "CREATE DATABASE sop OWNER sop"
    fi
    echo "$URL"
    ;;
url) echo "$URL" ;;
stop)
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    as_owner "'$BIN/pg_ctl' -D '$DIR/data' -m fast stop" >/dev/null 2>&1 || true
    ;;
*) echo "pemakaian: bash scripts/postgres.sh start|url|stop" >&2; exit 2 ;;
esac
