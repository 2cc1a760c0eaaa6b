#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suite (idempotent) and prints the line to
# eval so that ctest's PostgreSQL tests run:
#
#     eval "$(scripts/test-postgres.sh)"      # start (or reuse) it; sets CETDESK_TEST_PG_URL
#     scripts/test-postgres.sh stop           # stop it (the data stays for the next start)
#     scripts/test-postgres.sh status         # exit 0 when it is running
#     scripts/test-postgres.sh destroy        # stop it and delete its data folder
#
# It uses Debian's PostgreSQL binaries (package postgresql, /usr/lib/postgresql/<v>/bin), listens
# on 127.0.0.1 only (port CETDESK_TEST_PG_PORT, default 55432) and keeps its data in
# CETDESK_TEST_PG_DIR (default /tmp/cetdesk-test-pg-<uid>). PostgreSQL refuses to run as root, so
# as root the server runs as the system user "postgres", which owns the data folder. It creates
# the role cetdesk (password cetdesk, CREATEDB: tests may create their own scratch databases) and
# the database cetdesk_test. Durability is switched off (fsync=off): this server is for tests and
# survives a killed server process, not a power cut. Messages go to stderr, the export to stdout.
set -euo pipefail

port="${CETDESK_TEST_PG_PORT:-55432}"
dir="${CETDESK_TEST_PG_DIR:-/tmp/cetdesk-test-pg-$(id -u)}"
data="$dir/data"
log="$dir/server.log"
url="postgres://cetdesk:cetdesk@127.0.0.1:${port}/cetdesk_test"
action="${1:-start}"

say() { echo "test-postgres: $*" >&2; }

bin=""
for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$candidate/pg_ctl" ]; then bin="$candidate"; break; fi
done
if [ -z "$bin" ]; then
    say "PostgreSQL is not installed (Debian package 'postgresql'; scripts/install-deps.sh installs it)"
    exit 1
fi

# Run a PostgreSQL program as the user that owns the cluster.
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        say "running as root needs the system user 'postgres' (created by the postgresql package)"
        exit 1
    fi
    as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
    as_owner() { "$@"; }
fi

pg_ctl_() { as_owner "$bin/pg_ctl" -D "$data" "$@"; }
psql_() { as_owner "$bin/psql" -X -q -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }

running() { [ -f "$data/PG_VERSION" ] && pg_ctl_ status >/dev/null 2>&1; }

case "$action" in
stop)
    if running; then
        pg_ctl_ stop -m fast -w >/dev/null
        say "stopped (data kept in $data)"
    else
        say "not running"
    fi
    exit 0
    ;;
destroy)
    if running; then pg_ctl_ stop -m immediate -w >/dev/null || true; fi
    rm -rf "$dir"
    say "removed $dir"
    exit 0
    ;;
status)
    if running; then say "running on 127.0.0.1:$port, data in $data"; exit 0; fi
    say "not running"
    exit 3
    ;;
start) ;;
*)
    echo "usage: $0 [start|stop|status|destroy]" >&2
    exit 1
    ;;
esac

if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    say "creating a cluster in $data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
fi

if ! running; then
    # Someone else on the port (another cluster, an old server of a deleted folder)?
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
        say "port $port is taken by another server; set CETDESK_TEST_PG_PORT to a free port"
        exit 1
    fi
    say "starting on 127.0.0.1:$port (log $log)"
    pg_ctl_ start -w -t 60 -l "$log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null || {
        tail -n 30 "$log" >&2 || true
        exit 1
    }
fi

if [ "$(psql_ -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'cetdesk'")" != "1" ]; then
    psql_ -d postgres -c "CREATE ROLE cetdesk LOGIN CREATEDB PASSWORD 'cetdesk'"
fi
if [ "$(psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'cetdesk_test'")" != "1" ]; then
    psql_ -d postgres -c "CREATE DATABASE cetdesk_test OWNER cetdesk"
fi

say "ready: $url"
echo "export CETDESK_TEST_PG_URL=$url"
