#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60) on its corpus.
# CI runs it briefly (scripts/test.sh); a longer run: scripts/fuzz.sh 3600
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_packages "${PACKAGES[@]}" clang libclang-rt-14-dev

SECONDS_PER_TARGET="${1:-60}"
FUZZ_DIR="${RELAYDESK_FUZZ_DIR:-$ROOT_DIR/build-fuzz}"
CC=clang CXX=clang++ cmake -S "$ROOT_DIR" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DRELAYDESK_FUZZ=ON -DRELAYDESK_BUILD_TESTS=OFF -DRELAYDESK_BUILD_BENCH=OFF >/dev/null
targets=(fuzz_mailaddress fuzz_configjson fuzz_session fuzz_pickup)
cmake --build "$FUZZ_DIR" --parallel --target "${targets[@]}"
for target in "${targets[@]}"; do
    corpus="$ROOT_DIR/tests/fuzz/corpus/${target#fuzz_}"
    work=$(mktemp -d)
    echo "== $target: ${SECONDS_PER_TARGET}s"
    # A crash, a leak or a sanitizer report ends the run with a non-zero status.
    ASAN_OPTIONS=detect_leaks=1 "$FUZZ_DIR/tests/fuzz/$target" -max_total_time="$SECONDS_PER_TARGET" \
        -max_len=4096 -print_final_stats=1 -artifact_prefix="$work/" "$work" "$corpus" 2>&1 | tail -n 12
    rm -rf "$work"
done
