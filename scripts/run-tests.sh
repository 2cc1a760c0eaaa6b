#!/usr/bin/env bash
# Installs what is missing, builds CET Desk with the "ci" preset (warnings are errors) and runs
# the whole test suite with ctest. Usage: scripts/run-tests.sh [extra ctest arguments]
# The PostgreSQL tests run against a throwaway server on 127.0.0.1 (scripts/test-postgres.sh,
# left running for the next run; `scripts/test-postgres.sh stop` stops it). Set
# CETDESK_TEST_PG_URL yourself to use another server, or CETDESK_TEST_NO_PG=1 to skip them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"
if [ -z "${CETDESK_TEST_PG_URL:-}" ] && [ -z "${CETDESK_TEST_NO_PG:-}" ]; then
    eval "$(bash scripts/test-postgres.sh)"
fi
ctest --preset ci -j"$(nproc)" "$@"
