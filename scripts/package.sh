#!/usr/bin/env bash
# Builds the Debian package: a Release build into build-pkg/ (CMAKE_INSTALL_PREFIX=/usr, no tests or
# benchmarks), then `cpack -G DEB`. Prints the path of relaydesk_<version>_<arch>.deb as its last
# line. Needs the build packages of scripts/setup.sh and dpkg-dev (dpkg-shlibdeps computes Depends).
#   scripts/package.sh            build (incrementally) and package
#   RELAYDESK_PKG_BUILD_DIR=DIR   build elsewhere
set -euo pipefail
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$(realpath -m "${RELAYDESK_PKG_BUILD_DIR:-$ROOT_DIR/build-pkg}")" # cpack runs from inside it

command -v dpkg-shlibdeps >/dev/null || {
    echo "package.sh: dpkg-shlibdeps is missing (Debian package dpkg-dev)" >&2
    exit 3
}

WERROR=OFF
[ "${CI:-}" = "true" ] && WERROR=ON
cmake -S "$ROOT_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DRELAYDESK_BUILD_TESTS=OFF -DRELAYDESK_BUILD_BENCH=OFF -DRELAYDESK_WERROR="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "${RELAYDESK_BUILD_JOBS:-2}"

# A stale package of another version must not be mistaken for this one.
rm -f "$BUILD_DIR"/relaydesk_*.deb "$BUILD_DIR"/relaydesk_*.deb.sha256
(cd "$BUILD_DIR" && cpack -G DEB >"$BUILD_DIR/cpack.log" 2>&1) || {
    cat "$BUILD_DIR/cpack.log" >&2
    echo "package.sh: cpack failed ($BUILD_DIR/cpack.log)" >&2
    exit 1
}
shopt -s nullglob
debs=("$BUILD_DIR"/relaydesk_*.deb)
[ "${#debs[@]}" -eq 1 ] || { echo "package.sh: expected one relaydesk_*.deb in $BUILD_DIR, found ${#debs[@]}" >&2; exit 1; }
echo "${debs[0]}"
