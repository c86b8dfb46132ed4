#!/usr/bin/env bash
# Builds RelayDesk and runs the whole test suite with ctest; exits non-zero on any failure.
# Under CI=true it builds with warnings as errors, and also runs the unit tests in a second
# build with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"

CI_FLAGS=()
if [ "${CI:-}" = "true" ]; then
    CI_FLAGS=(-DRELAYDESK_WERROR=ON)
fi

BUILD_DIR="${RELAYDESK_BUILD_DIR:-$ROOT_DIR/build}"
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${CI_FLAGS[@]}"
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j2

if [ "${CI:-}" = "true" ] || [ "${RELAYDESK_SANITIZE:-}" = "1" ]; then
    SAN_DIR="${BUILD_DIR}-sanitize"
    configure_and_build "$SAN_DIR" -DCMAKE_BUILD_TYPE=Debug -DRELAYDESK_SANITIZE=ON -DRELAYDESK_BUILD_BENCH=OFF \
        "${CI_FLAGS[@]}"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$SAN_DIR" --output-on-failure --timeout 600 -L unit -j2
fi

# The Debian package: built, checked and installed on a clean Debian 12 (debootstrap), under CI or
# with RELAYDESK_PACKAGE_TEST=1 (about 20 s with the cached tree plus a Release build in build-pkg/).
if [ "${CI:-}" = "true" ] || [ "${RELAYDESK_PACKAGE_TEST:-}" = "1" ]; then
    bash "$ROOT_DIR/tests/package/test_package.sh"
fi

# A short fuzzing run under CI (scripts/fuzz.sh SECONDS for a longer one).
if [ "${CI:-}" = "true" ]; then
    bash "$ROOT_DIR/scripts/fuzz.sh" "${RELAYDESK_FUZZ_SECONDS:-30}"
fi
