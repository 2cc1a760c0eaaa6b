#!/usr/bin/env bash
# Installs what is missing, builds CET Desk (release preset), starts a demo cet-central on
# loopback (its own SQLite database under build/demo: a demo exam session, schools, one staff
# user per role, a 3,000-student roster of school 10001 and, on a new database, 600 of its
# students playing candidates over the last three days: registrations, CET6 reviews, oral seats
# booked full), and starts the desktop app signed in as the demo coordinator (coord1): the first
# sync brings the school's roster, campuses, offers, seats and reviews. The server stops when the
# app exits.
# Usage: scripts/run-demo.sh [--fresh] [--offline] [extra cetdesk arguments]
#   --fresh    start over: new server database and new desktop database
#   --offline  no server: the desktop app on a local demo database (generated, imported locally)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fresh=0
offline=0
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1; shift ;;
    --offline) offline=1; shift ;;
    *) break ;;
  esac
done

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)"

bin="$root/build/release/bin"
demo_dir="$root/build/demo"
mkdir -p "$demo_dir"

run_cetdesk() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting cetdesk inside a virtual X server (xvfb-run)."
    xvfb-run -a -s "-screen 0 1440x900x24" "$bin/cetdesk" "$@"
  else
    "$bin/cetdesk" "$@"
  fi
}

if [ "$offline" = 1 ]; then
  db="$demo_dir/cetdesk-demo.sqlite"
  generator="$root/../shared/fixtures/gen_students.py"
  if [ "$fresh" = 1 ]; then rm -f "$db" "$db-wal" "$db-shm"; fi
  if [ ! -f "$db" ]; then
    if [ ! -f "$generator" ]; then
      echo "Demo data generator not found at $generator (it lives in the shared/ folder beside the checkout)." >&2
      exit 1
    fi
    echo "Creating the demo database $db with 3,000 generated students ..."
    python3 "$generator" 3000 "$demo_dir/demo-roster.csv" --seed 7 --campuses 3
    "$bin/cetdesk-cli" import "$demo_dir/demo-roster.csv" --db "$db" || [ $? -eq 2 ]
  fi
  run_cetdesk --db "$db" "$@"
  exit $?
fi

central_db="$demo_dir/central.sqlite"
desk_db="$demo_dir/cetdesk-coord1.sqlite"
port_file="$demo_dir/central.port"
log="$demo_dir/central.log"
if [ "$fresh" = 1 ]; then
  rm -f "$central_db" "$central_db-wal" "$central_db-shm" "$desk_db" "$desk_db-wal" "$desk_db-shm" "$port_file"
fi

port_free() { python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The desktop database remembers the server's address: keep the same port across runs when possible.
port=""
if [ -f "$port_file" ] && port_free "$(cat "$port_file")"; then port=$(cat "$port_file"); fi
if [ -z "$port" ]; then
  port=$(free_port)
  if [ -f "$port_file" ]; then
    echo "The demo server's previous port is taken: starting the desktop demo database afresh."
    rm -f "$desk_db" "$desk_db-wal" "$desk_db-shm"
  fi
  echo "$port" > "$port_file"
fi

echo "Starting the demo cet-central on 127.0.0.1:$port (database $central_db, log $log) ..."
if [ ! -f "$central_db" ]; then
  echo "A new demo database: 600 simulated candidates register first (about a minute) ..."
fi
"$bin/cet-central" demo --db "sqlite:$central_db" --roster 3000 --notice --cet4-scores --publish-offers --simulate 600 \
  --listen "127.0.0.1:$port" > "$log" 2>&1 &
central_pid=$!
trap 'kill "$central_pid" 2>/dev/null || true; wait "$central_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 3000); do
  if ! kill -0 "$central_pid" 2>/dev/null; then
    echo "cet-central stopped:" >&2; cat "$log" >&2; exit 1
  fi
  url=$(sed -n 's/.*listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -z "$url" ]; then echo "cet-central did not start in time:" >&2; cat "$log" >&2; exit 1; fi
url=${url%/}
echo "cet-central is listening on $url; demo users: coord1 / demo-coordinator (school 10001), coord2, coord3, agent1, super1, admin."

CETDESK_DEMO_PASSWORD=demo-coordinator run_cetdesk --db "$desk_db" --server "$url" --user coord1 "$@"
