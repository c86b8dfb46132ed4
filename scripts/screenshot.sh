#!/usr/bin/env bash
# Takes the console screenshot for the docs from a real window under Xvfb:
# builds relaydesk and relaydeskctl, imports the example configuration into a temporary
# data directory, has the console open on the example virtual server (the selection it
# remembers in relaydesk.ini) and writes docs/images/console.png (or the file given as $1).
set -euo pipefail

# Runs inside the X server that xvfb-run starts.
capture() {
    local relaydesk="$1" data_dir="$2" out="$3" pid wid i
    "$relaydesk" --data-dir "$data_dir" &
    pid=$!
    # Waits for the mapped console window instead of sleeping.
    wid="$(timeout 60 xdotool search --sync --onlyvisible --name 'RelayDesk' | head -n 1)"
    xdotool windowfocus --sync "$wid"
    # Captures until two frames in a row are identical and not a single colour: the window has
    # finished painting.
    import -window "$wid" "$out.prev.png"
    for i in $(seq 1 50); do
        sleep 0.2
        import -window "$wid" "$out"
        if [ "$(identify -format '%k' "$out")" -gt 1 ] \
            && [ "$(compare -metric AE "$out" "$out.prev.png" null: 2>&1 || true)" = "0" ]; then
            break
        fi
        mv "$out" "$out.prev.png"
    done
    rm -f "$out.prev.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

if [ "${1:-}" = "--capture" ]; then
    shift
    capture "$@"
    exit 0
fi

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

OUT="${1:-$ROOT_DIR/docs/images/console.png}"
SHARED_DIR="${RELAYDESK_SHARED_DIR:-$ROOT_DIR/../shared}"
EXAMPLE="$SHARED_DIR/contract/config-v1.example.json"
BUILD_DIR="${RELAYDESK_BUILD_DIR:-$ROOT_DIR/build}"

# libqt6svg6: the Qt SVG plugins that draw the console's icons.
install_packages "${PACKAGES[@]}" xvfb xauth imagemagick xdotool libqt6svg6
[ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$ROOT_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --target relaydesk relaydeskctl

DATA_DIR="$(mktemp -d)"
trap 'rm -rf "$DATA_DIR"' EXIT
"$BUILD_DIR/app/cli/relaydeskctl" --data-dir "$DATA_DIR" --no-sync import "$EXAMPLE" >/dev/null
# The console opens on the node it remembers (MainWindow saves the path of node ids under
# console/selected): RelayDesk, Servers, this host, Protocols, SMTP, the example virtual server.
cat >"$DATA_DIR/relaydesk.ini" <<EOF
[console]
selected=root, servers, "host:$(uname -n)", protocols, smtp, "vs:Default SMTP Virtual Server"
EOF
mkdir -p "$(dirname "$OUT")"
LC_ALL=C.UTF-8 LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" \
    "${BASH_SOURCE[0]}" --capture "$BUILD_DIR/app/gui/relaydesk" "$DATA_DIR" "$OUT"
echo "Wrote $OUT"
