#!/usr/bin/env bash
# Shared set-up of scripts/run.sh and scripts/test.sh: installs the Debian packages RelayDesk
# needs (only those missing), then configures and builds with CMake and Ninja.
# Sourced, not run: sets BUILD_DIR.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Packages to build, test and take screenshots. Keep in sync with docs/building.md.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 libgl-dev
    fonts-dejavu-core python3
    qt6-translations-l10n # Qt's own German and French (standard buttons, --help's frame)
)
# Extra packages for the test suite: real clients and peers.
TEST_PACKAGES=(
    swaks libnet-ssleay-perl libauthen-sasl-perl openssl
    systemd # systemd-analyze verify of resources/relaydesk-smtpd.service.in (tests/sync/test_service_unit.py)
    postfix # smtp-sink and smtp-source: the smart host and MX peers of tests/delivery (no daemon is started)
    dnsmasq-base # the DNS server (MX records) of tests/delivery's direct delivery, run in the foreground
    # tests/package/test_package.sh: dpkg-shlibdeps for cpack's Depends, the clean Debian 12 tree,
    # the desktop entry and metainfo validators, the man page renderers, Debian's package checker
    dpkg-dev debootstrap desktop-file-utils appstream groff-base man-db lintian
)

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing Debian packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: $missing" >&2; exit 3; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    if echo "$missing" | grep -qx postfix; then
        # Local only, no questions (as bench/smtp-throughput does); the tests use its smtp-sink.
        printf '%s\n' "postfix postfix/main_mailer_type select Local only" \
                      "postfix postfix/mailname string $(hostname 2>/dev/null || echo localhost)" \
            | $sudo debconf-set-selections
    fi
    # No daemon may start during the installation (postfix's): a policy-rc.d that denies every
    # start, for the duration of apt-get only (an existing one is left alone).
    local policy_rc_created=0 rc=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\n# scripts/setup.sh: no daemon starts during its apt-get.\nexit 101\n' \
            | $sudo tee /usr/sbin/policy-rc.d >/dev/null
        $sudo chmod 755 /usr/sbin/policy-rc.d
        policy_rc_created=1
    fi
    # shellcheck disable=SC2086
    { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
          -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing; } || rc=$?
    [ "$policy_rc_created" = 0 ] || $sudo rm -f /usr/sbin/policy-rc.d
    [ "$rc" = 0 ] || { echo "error: apt-get failed ($rc)" >&2; exit 3; }
}

configure_and_build() {
    local build_dir="$1"
    shift
    cmake -S "$ROOT_DIR" -B "$build_dir" -G Ninja "$@" >/dev/null
    cmake --build "$build_dir" --parallel
}
