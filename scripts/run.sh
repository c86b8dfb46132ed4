#!/usr/bin/env bash
# Builds RelayDesk and opens the console on the default data directory
# (or RELAYDESK_DATA_DIR / the arguments given, e.g. --data-dir DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_packages "${PACKAGES[@]}"
BUILD_DIR="${RELAYDESK_BUILD_DIR:-$ROOT_DIR/build}"
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec "$BUILD_DIR/app/gui/relaydesk" "$@"
