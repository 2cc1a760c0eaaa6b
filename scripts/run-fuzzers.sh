#!/usr/bin/env bash
# Builds every libFuzzer target (tests/fuzz/*) with clang in build/fuzz and runs each for SECONDS
# (default 60) from its seed corpus. Fails when any fuzzer finds a crash, a leak, a timeout
# (> 10 s for one input) or an input that needs more than 1 GB. Crashing inputs are kept in
# build/fuzz/artifacts/; reproduce one with: build/fuzz/.../fuzz_NAME build/fuzz/artifacts/FILE
#
#   scripts/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build="build/fuzz"
start=$(date +%s)

bash scripts/install-deps.sh

# A separate tree: the normal build is GCC, libFuzzer needs clang. Only the fuzz targets and the
# libraries they link are built; tests and the GUI are left out.
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCETDESK_BUILD_TESTS=OFF \
    -DCETDESK_FUZZ=ON \
    -DCMAKE_PROJECT_INCLUDE="$PWD/cmake/CetDeskFuzzing.cmake" >/dev/null

shopt -s nullglob
manifests=("$build"/fuzzers/*.txt)
if [ ${#manifests[@]} -eq 0 ]; then
    echo "run-fuzzers: no fuzz targets found under tests/fuzz" >&2
    exit 1
fi
targets=()
for m in "${manifests[@]}"; do targets+=("$(basename "$m" .txt)"); done
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)"

mkdir -p "$build/artifacts"
failed=()
for m in "${manifests[@]}"; do
    name=$(basename "$m" .txt)
    exe=$(sed -n 1p "$m")
    seeds=$(sed -n 2p "$m")
    work="$build/corpus/$name" # what the fuzzer learns is kept between runs
    mkdir -p "$work"
    echo "== $name: ${seconds} s"
    if ! "$exe" "$work" ${seeds:+"$seeds"} \
            -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -max_len=1048576 \
            -artifact_prefix="$build/artifacts/$name-" -print_final_stats=1 \
            >"$build/$name.log" 2>&1; then
        failed+=("$name")
        tail -n 60 "$build/$name.log" >&2
    else
        grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov: " "$build/$name.log" | tail -n 3 || true
    fi
done

echo "run-fuzzers: finished in $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: FAILED: ${failed[*]} (inputs in $build/artifacts/)" >&2
    exit 1
fi
