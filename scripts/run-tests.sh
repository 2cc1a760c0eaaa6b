#!/usr/bin/env bash
# Installs what is missing, builds CET Desk with the "ci" preset (warnings are errors) and runs
# the whole test suite with ctest. Usage: scripts/run-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)" "$@"
