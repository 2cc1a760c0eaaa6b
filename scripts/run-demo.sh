#!/usr/bin/env bash
# Installs what is missing, builds CET Desk (release preset), creates a demo database with a few
# thousand generated students on first use, and starts the desktop app on it.
# Usage: scripts/run-demo.sh [--fresh] [extra cetdesk arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fresh=0
if [ "${1:-}" = "--fresh" ]; then fresh=1; shift; fi

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)"

bin="$root/build/release/bin"
demo_dir="$root/build/demo"
db="$demo_dir/cetdesk-demo.sqlite"
generator="$root/../shared/fixtures/gen_students.py"
mkdir -p "$demo_dir"

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

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting cetdesk inside a virtual X server (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$bin/cetdesk" --db "$db" "$@"
fi
exec "$bin/cetdesk" --db "$db" "$@"
