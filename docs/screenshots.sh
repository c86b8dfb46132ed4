#!/usr/bin/env bash
# Takes the screenshots of the user guide from the real console under Xvfb.
#
#   docs/screenshots.sh [--only NAME,...] [--out-dir DIR]
#   docs/screenshots.sh --language de|fr     console-de.png or console-fr.png: the main window in
#                                            that language (the other screens are driven with the
#                                            English accelerators)
#
# Builds relaydesk, relaydeskctl and relaydesk-smtpd (RELAYDESK_BUILD_DIR, default build/),
# prepares a data directory (the example configuration docs/examples/config-v1.example.json imported with
# `relaydeskctl --no-sync import`, then two more revisions for the history), opens the console
# on the example virtual server (the node it remembers in relaydesk.ini) and drives it with
# xdotool keys as an administrator would. The console starts its own listener on the example's
# port (another free port when 2525 is taken) so that the status bar shows a real sync state;
# quitting the console stops it. Writes into docs/images/ (or DIR):
#   console.png            the main window on the virtual server
#   queues.png             Servers > host > Queues: messages for the smart host, waiting for a retry
#                          (the window widened to show the last error)
#   queue-messages.png     that queue's Find Messages... (a double-click on the queue), widened too
#   vs-access.png          the virtual server's property sheet, Access tab (Alt+Return, Ctrl+Tab)
#   relay-restrictions.png the Relay Restrictions dialog (Relay..., Alt+R)
#   recipient-policy.png   a recipient policy's property sheet, E-Mail Addresses (Policy) tab
#   history.png            the main window on History
#   revision.png           a revision's change in words
#   import-preview.png     File > Import with the preview of a file
#   test-send.png          Tools > Test Send: a relay refused to 127.0.0.9, explained
#   explain.png            its Explain, checked against the running listener
#   self-test.png          Tools > Open Relay Self-Test, run to the end
#   protocol-log.png       Tools > Protocol Log with what the tools above did
# The example's virtual server gets a smart host on a loopback port where nothing listens and lets
# 127.0.0.1 relay; before the Queues, three messages for remote domains are sent through the
# listener with `relaydeskctl test-send`, its delivery agent is refused by the smart host and they
# wait for their retry (the listener runs without RELAYDESK_HOLD_QUEUE, which holds the queues).
# Windows are waited for with `xdotool search --sync` (bounded by timeout), never with sleeps;
# the only pauses are in bounded loops that look for a condition (a painted frame that stopped
# changing, a dialog that closed, the listener in sync, the messages waiting for their retry).
set -euo pipefail

SHOTS=(console queues queue-messages vs-access relay-restrictions recipient-policy history revision import-preview
    test-send explain self-test protocol-log)
WAIT_S=30 # for a window to appear or go, and for the listener

# --- inside the X server that xvfb-run starts --------------------------------------------------

# Prints the id of the first visible window whose name matches the regular expression $1.
wait_window() {
    local wid
    wid="$(timeout "$WAIT_S" xdotool search --sync --onlyvisible --name "$1" | head -n 1)" || true
    if [ -z "$wid" ]; then
        echo "error: no window \"$1\" within ${WAIT_S}s" >&2
        return 1
    fi
    xdotool windowfocus --sync "$wid"
    echo "$wid"
}

# Waits until no visible window matches $1 (a dialog closed and gave the focus back).
wait_gone() {
    local i
    for i in $(seq 1 $((WAIT_S * 10))); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
        sleep 0.1
    done
    echo "error: the window \"$1\" is still open after ${WAIT_S}s" >&2
    return 1
}

# Captures window $1 into $2 once it has finished painting: two frames in a row identical and
# not a single colour.
capture_window() {
    local wid="$1" out="$2" i
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
}

# Waits until window $1 has stopped changing for a second (a conversation or a test that runs on
# its own), at most WAIT_S seconds.
settle_window() {
    local wid="$1" i
    import -window "$wid" "$WORK_DIR/settle.prev.png"
    for i in $(seq 1 "$WAIT_S"); do
        sleep 1
        import -window "$wid" "$WORK_DIR/settle.png"
        if [ "$(compare -metric AE "$WORK_DIR/settle.png" "$WORK_DIR/settle.prev.png" null: 2>&1 || true)" = "0" ]; then
            break
        fi
        mv "$WORK_DIR/settle.png" "$WORK_DIR/settle.prev.png"
    done
    rm -f "$WORK_DIR/settle.png" "$WORK_DIR/settle.prev.png"
}

# Captures $2 as $1.png when it is wanted; returns 1 once every wanted screen is taken.
shot() {
    local name="$1" wid="$2"
    case ",$WANTED," in
    *",$name,"*)
        capture_window "$wid" "$OUT_DIR/$name$SHOT_SUFFIX.png"
        echo "  $name$SHOT_SUFFIX.png"
        TAKEN=$((TAKEN + 1))
        ;;
    esac
    [ "$TAKEN" -lt "$WANTED_COUNT" ]
}

key() {
    xdotool key --clearmodifiers "$@"
}

# Runs "$@" until it succeeds, at most WAIT_S seconds; fails when it never did.
wait_until() {
    local i
    for i in $(seq 1 $((WAIT_S * 5))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

# The listener the console started answers and enforces the database's revision.
wait_in_sync() {
    wait_until "$CTL" --data-dir "$DATA_DIR" status \
        || echo "warning: the listener is not in sync after ${WAIT_S}s; the status bar shows why" >&2
}

# The listener's queues hold $1 messages, each attempted at least once and waiting for its retry.
queue_attempted() {
    "$CTL" --data-dir "$DATA_DIR" queue list --json | python3 -c '
import json, sys
queue = json.load(sys.stdin)["queue"]
sys.exit(not (len(queue) == int(sys.argv[1]) and all(
    m["attempts"] >= 1 and m["state"] == "retry" and m["nextRetry"] and m["lastError"] for m in queue)))
' "$1"
}

# Mail for the queues: from the applications at 127.0.0.1 (on the relay list) to remote domains.
send_queued_mail() {
    local from to subject
    while IFS='|' read -r from to subject; do
        "$CTL" --data-dir "$DATA_DIR" test-send --vs 'Default SMTP Virtual Server' \
            --from "$from" --to "$to" --subject "$subject" >/dev/null \
            || { echo "error: the listener did not queue the message to $to" >&2; return 1; }
    done <<'MAIL'
app@corp.example|orders@partner.example|Purchase order 4711
app@corp.example|billing@supplier.example|Invoice 2024-118
scanner@corp.example|archive@records.example|Scanned document
MAIL
    if ! wait_until queue_attempted 3; then
        echo "error: the three messages are not waiting for a retry after ${WAIT_S}s:" >&2
        "$CTL" --data-dir "$DATA_DIR" queue list >&2 || true
        return 1
    fi
}

drive() {
    local main dialog
    main="$(wait_window ' - RelayDesk$')"
    [ "$NO_LISTENER" = 1 ] || wait_in_sync
    shot console "$main" || return 0
    # Queues (Servers > host > Queues): three messages the smart host refused, each with its next
    # retry and the last error. Typed in the tree; the list is asked of the listener when the node
    # is shown and every few seconds after.
    if [ "$NO_LISTENER" != 1 ]; then
        send_queued_mail || return 1
    fi
    xdotool windowfocus --sync "$main"
    xdotool type --delay 40 'Queues'
    # Wider, as an administrator makes it to read the last error at the end of the line.
    xdotool windowsize --sync "$main" 1760 720
    settle_window "$main"
    shot queues "$main" || return 0
    # The queue's Find Messages... (a double-click on its line; the same as in its context menu),
    # wider too, and the first message selected. The list is read again every two seconds: a
    # double-click that straddled that is not one, so up to three.
    local try
    for try in 1 2 3; do
        xdotool mousemove --window "$main" 450 138 click --repeat 2 --delay 80 1
        WAIT_S=10 wait_window '^Messages Queued for ' >/dev/null 2>&1 && break
    done
    dialog="$(wait_window '^Messages Queued for ')" || return 1
    xdotool windowmove "$dialog" 40 y
    xdotool windowsize --sync "$dialog" 1680 480
    key Tab Down Up
    settle_window "$dialog"
    shot queue-messages "$dialog" || return 0
    key Escape
    wait_gone '^Messages Queued for '
    # Back to the usual size and to the virtual server, typed in the tree.
    xdotool windowsize --sync "$main" 1200 720
    xdotool windowfocus --sync "$main"
    xdotool mousemove --window "$main" 150 600 click 1
    xdotool type --delay 40 'Default'

    # The virtual server is selected: Properties (Alt+Return), then the Access tab.
    key alt+Return
    local sheet
    sheet="$(wait_window '^Default SMTP Virtual Server Properties$')"
    key ctrl+Tab
    shot vs-access "$sheet" || return 0
    # Relay restrictions: Relay... (Alt+R).
    key alt+r
    dialog="$(wait_window '^Relay Restrictions - ')"
    shot relay-restrictions "$dialog" || return 0
    key Escape
    wait_gone '^Relay Restrictions - '
    # The sheet has the focus again before its Escape (not the window behind it).
    xdotool windowfocus --sync "$sheet"
    key Escape
    wait_gone '^Default SMTP Virtual Server Properties$'

    # History: typed in the tree, the list shows the revisions; Tab, Ctrl+Home and Alt+Return
    # open the newest one.
    xdotool windowfocus --sync "$main"
    xdotool type --delay 40 'History'
    shot history "$main" || return 0
    key Tab ctrl+Home
    key alt+Return
    dialog="$(wait_window '^Revision [0-9]+$')"
    shot revision "$dialog" || return 0
    key Escape
    wait_gone '^Revision [0-9]+$'

    # Recipient Policies: a click on the tree's empty part gives it the focus, typing finds the
    # node; the first policy's properties, the E-Mail Addresses (Policy) tab.
    xdotool windowfocus --sync "$main"
    xdotool mousemove --window "$main" 150 600 click 1
    xdotool type --delay 40 'Recipient'
    key Tab ctrl+Home
    key alt+Return
    dialog="$(wait_window '^Default Policy Properties$')"
    key ctrl+Tab
    shot recipient-policy "$dialog" || return 0
    key Escape
    wait_gone '^Default Policy Properties$'

    # File > Import: the path typed into the file field, Enter shows the preview.
    xdotool windowfocus --sync "$main"
    key alt+f i
    dialog="$(wait_window '^Import Configuration$')"
    xdotool type --delay 5 "$IMPORT_FILE"
    key Return
    shot import-preview "$dialog" || return 0
    key Escape
    wait_gone '^Import Configuration$'

    # Tools > Test Send (on the selected virtual server): a client that is not on the relay list
    # tries to relay.
    xdotool windowfocus --sync "$main"
    key alt+t t
    dialog="$(wait_window '^Test Send$')"
    key alt+o
    xdotool type --delay 5 '127.0.0.9'
    key alt+f
    xdotool type --delay 5 'app@corp.example'
    key alt+t
    xdotool type --delay 5 'partner@foreign.example'
    key alt+s
    settle_window "$dialog"
    shot test-send "$dialog" || return 0
    # Explain (the refusal's question filled in), checked against the running listener.
    key alt+x
    local explain
    explain="$(wait_window '^Explain$')"
    [ "$NO_LISTENER" = 1 ] || key alt+k
    settle_window "$explain"
    shot explain "$explain" || return 0
    key Escape
    wait_gone '^Explain$'
    xdotool windowfocus --sync "$dialog"
    key Escape
    wait_gone '^Test Send$'

    # Tools > Open Relay Self-Test, run to the end.
    xdotool windowfocus --sync "$main"
    key alt+t r
    dialog="$(wait_window '^Open Relay Self-Test')"
    [ "$NO_LISTENER" = 1 ] || key alt+r
    settle_window "$dialog"
    shot self-test "$dialog" || return 0
    key Escape
    wait_gone '^Open Relay Self-Test'

    # Tools > Protocol Log: the events of everything above.
    xdotool windowfocus --sync "$main"
    key alt+t p
    dialog="$(wait_window '^Protocol Log')"
    settle_window "$dialog"
    shot protocol-log "$dialog" || return 0
    key Escape
    wait_gone '^Protocol Log'
}

capture() {
    local relaydesk="$1" pid status=0
    "$relaydesk" --data-dir "$DATA_DIR" >"$WORK_DIR/relaydesk.log" 2>&1 &
    pid=$!
    TAKEN=0
    drive || status=$?
    # Quit as a person does (File > Quit, Ctrl+Q): the console saves its settings and stops the
    # listener it started.
    if xdotool search --onlyvisible --name ' - RelayDesk$' >/dev/null 2>&1; then
        # A dialog that --only left open has the focus: Escape closes it (and its parent sheet);
        # the main window takes no keys while a modal dialog is open.
        key Escape Escape Escape
        xdotool windowfocus --sync "$(xdotool search --onlyvisible --name ' - RelayDesk$' | head -n 1)" || true
        key ctrl+q
    fi
    if ! timeout "$WAIT_S" tail --pid="$pid" -f /dev/null; then
        echo "error: the console did not quit on Ctrl+Q" >&2
        kill "$pid" 2>/dev/null || true
        status=1
    fi
    wait "$pid" 2>/dev/null || true
    if [ "$status" -ne 0 ]; then
        echo "The console said:" >&2
        cat "$WORK_DIR/relaydesk.log" >&2
    fi
    return "$status"
}

if [ "${1:-}" = "--capture" ]; then
    shift
    # Handed over by the outer part through the environment.
    capture "$1"
    exit $?
fi

# --- outside: build, prepare, run under Xvfb ---------------------------------------------------

source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

WANTED="$(IFS=,; echo "${SHOTS[*]}")"
OUT_DIR="$ROOT_DIR/docs/images"
while [ $# -gt 0 ]; do
    case "$1" in
    --only) WANTED="$2"; shift 2 ;;
    --out-dir) OUT_DIR="$2"; shift 2 ;;
    --language) LANGUAGE_SHOT="$2"; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--only NAME,...] [--out-dir DIR] [--language de|fr]" >&2; exit 2 ;;
    esac
done
for name in ${WANTED//,/ }; do
    case " ${SHOTS[*]} " in
    *" $name "*) ;;
    *) echo "error: no screenshot named $name (there are: ${SHOTS[*]})" >&2; exit 2 ;;
    esac
done
WANTED_COUNT="$(echo "${WANTED//,/ }" | wc -w)"
# Another language: the console in it, its screenshot named after it.
SHOT_SUFFIX=""
if [ -n "${LANGUAGE_SHOT:-}" ]; then
    case "$LANGUAGE_SHOT" in de | fr) ;; *) echo "error: --language takes de or fr" >&2; exit 2 ;; esac
    WANTED=console
    WANTED_COUNT=1
    SHOT_SUFFIX="-$LANGUAGE_SHOT"
    export RELAYDESK_LANGUAGE="$LANGUAGE_SHOT"
fi

EXAMPLE="$ROOT_DIR/docs/examples/config-v1.example.json"
BUILD_DIR="${RELAYDESK_BUILD_DIR:-$ROOT_DIR/build}"

# libqt6svg6: the Qt SVG plugins that draw the console's icons.
install_packages "${PACKAGES[@]}" xvfb xauth imagemagick xdotool libqt6svg6
[ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$ROOT_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --target relaydesk relaydeskctl relaydesk-smtpd
CTL="$BUILD_DIR/app/cli/relaydeskctl"

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/relaydesk-shots.XXXXXX")"
DATA_DIR="$WORK_DIR/data"
cleanup() {
    # Should the console have gone without stopping its listener, nothing is left running.
    "$CTL" --data-dir "$DATA_DIR" listener stop >/dev/null 2>&1 || true
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT

# The listener binds the example's 127.0.0.1:2525 unless that is taken; then another free port.
# RELAYDESK_NO_LISTENER=1 in the environment: no listener at all (the status bar says stopped).
NO_LISTENER=0
case "${RELAYDESK_NO_LISTENER:-0}" in 0 | "") ;; *) NO_LISTENER=1 ;; esac
python3 - "$EXAMPLE" "$WORK_DIR" <<'EOF'
import copy, json, socket, sys

example_path, work = sys.argv[1], sys.argv[2]
with open(example_path) as f:
    example = json.load(f)

def free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False

vs = example["virtualServers"][0]
binding = vs["bindings"][0]
def any_free():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

if not free(binding["port"]):
    binding["port"] = any_free()

# Something to queue: a smart host on a loopback port where nothing listens (2526 unless taken),
# so delivery fails with "connection refused" and the messages wait for their retry; the
# applications on 127.0.0.1 may relay. Before the copies below: every revision and the import
# preview's file have them too.
smart_host_port = 2526
while smart_host_port == binding["port"] or not free(smart_host_port):
    smart_host_port = any_free()
vs["delivery"]["smartHost"] = "127.0.0.1"
vs["delivery"]["smartHostPort"] = smart_host_port
vs["relayRestrictions"]["entries"].append(
    {"type": "single", "address": "127.0.0.1", "comment": "local applications"})
with open(f"{work}/example.json", "w") as f:
    json.dump(example, f, indent=2)

# A later revision: a print-server subnet allowed to relay (merged by virtual server name).
changed = copy.deepcopy(vs)
changed["relayRestrictions"]["entries"].insert(2, {
    "type": "group", "address": "10.30.1.0", "mask": "255.255.255.0", "comment": "print servers"})
with open(f"{work}/print-servers.json", "w") as f:
    json.dump({"format": "relaydesk-config", "version": 1, "virtualServers": [changed]}, f, indent=2)

# The file of the import preview: the configuration as another site keeps it.
site = copy.deepcopy(example)
svs = site["virtualServers"][0]
entries = svs["relayRestrictions"]["entries"]
entries[:] = [e for e in entries if e.get("name") != "apps.corp.example"]
entries.append({"type": "group", "address": "10.50.0.0", "prefixLength": 24, "comment": "branch office"})
entries.append({"type": "single", "address": "10.20.0.40", "comment": "monitoring"})
svs["messages"]["maxRecipientsPerMessage"] = 100
svs["general"]["connectionTimeoutMinutes"] = 5
site["recipients"].append({"address": "noreply@corp.example", "displayName": "No Reply"})
with open(f"{work}/branch-relay.json", "w") as f:
    json.dump(site, f, indent=2)
EOF

"$CTL" --data-dir "$DATA_DIR" --no-sync import "$WORK_DIR/example.json" >/dev/null
printf 'Scanner-Relay-2024\n' | "$CTL" --data-dir "$DATA_DIR" --no-sync user add scanner --password-stdin >/dev/null
"$CTL" --data-dir "$DATA_DIR" --no-sync import --merge "$WORK_DIR/print-servers.json" >/dev/null
# The console opens on the node it remembers (MainWindow saves the path of node ids under
# console/selected): RelayDesk, Servers, this host, Protocols, SMTP, the example virtual server.
cat >"$DATA_DIR/relaydesk.ini" <<EOF
[console]
selected=root, servers, "host:$(uname -n)", protocols, smtp, "vs:Default SMTP Virtual Server"
EOF

mkdir -p "$OUT_DIR"
echo "Capturing into $OUT_DIR:"
export WANTED WANTED_COUNT SHOT_SUFFIX OUT_DIR DATA_DIR WORK_DIR CTL NO_LISTENER WAIT_S
export IMPORT_FILE="$WORK_DIR/branch-relay.json"
# The listener the console starts attempts its queues at once and on the real retry schedule.
unset RELAYDESK_HOLD_QUEUE RELAYDESK_DELIVERY_MINUTE_MS
# The screen leaves room for the widened Queues windows; the others keep their own size.
LC_ALL=C.UTF-8 LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1920x1080x24" \
    "${BASH_SOURCE[0]}" --capture "$BUILD_DIR/app/gui/relaydesk"
if "$CTL" --data-dir "$DATA_DIR" status >/dev/null 2>&1; then
    echo "error: a listener still runs after the console quit" >&2
    exit 1
fi
