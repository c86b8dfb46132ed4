#!/usr/bin/env bash
# The real relaydesk-smtpd against swaks: trusted relay, untrusted relay refused, local delivery,
# a banned host, STARTTLS with AUTH PLAIN and LOGIN (good and bad credentials), pipelining.
# Clients play different hosts with --local-interface 127.0.1.x. Needs RELAYDESK_SMTPD and
# RELAYDESK_SHARED_DIR (CTest sets both). Exit 77 (skipped) when swaks is not installed; the
# STARTTLS/AUTH cases need Net::SSLeay and Authen::SASL (libnet-ssleay-perl, libauthen-sasl-perl).
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON=/usr/bin/python3
HARNESS="$HERE/smtpd_harness.py"

if ! command -v swaks >/dev/null 2>&1; then
    echo "SKIP: swaks is not installed (Debian package swaks)"
    exit 77
fi
: "${RELAYDESK_SMTPD:?RELAYDESK_SMTPD must name the relaydesk-smtpd binary}"
: "${RELAYDESK_SHARED_DIR:?RELAYDESK_SHARED_DIR must name the shared/ folder}"

TRUSTED=127.0.1.15
UNTRUSTED=127.0.1.20
BANNED=127.0.1.66
USER_NAME=crm-app
PASSWORD='Correct horse battery staple 9!' # the password smtpd_harness.py hashes into the snapshot

WORK="$(mktemp -d -t relaydesk-swaks-XXXXXX)"
DATA="$WORK/data"
PID=""
cleanup() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        kill -TERM "$PID" 2>/dev/null
        for _ in $(seq 1 150); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$PID" 2>/dev/null
    fi
    [ -n "${RELAYDESK_KEEP_TEST_DIRS:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

# A self-signed certificate for STARTTLS, made here with the openssl CLI.
if ! openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 \
    -subj /CN=relay.test >/dev/null 2>&1; then
    echo "error: openssl could not make a test certificate" >&2
    exit 1
fi

# Start the listener on a free loopback port (retry if another process takes the port meanwhile).
start_listener() {
    local _attempt
    for _attempt in 1 2 3 4 5; do
        PORT="$($PYTHON "$HARNESS" free-port)" || return 1
        $PYTHON "$HARNESS" write-config "$DATA" "$PORT" "$WORK/cert.pem" "$WORK/key.pem" || return 1
        "$RELAYDESK_SMTPD" --data-dir "$DATA" >>"$WORK/smtpd.log" 2>&1 &
        PID=$!
        # Readiness: poll until this listener accepts on the port, with a deadline of 20 s.
        local deadline=$((SECONDS + 20))
        while [ "$SECONDS" -lt "$deadline" ]; do
            if ! kill -0 "$PID" 2>/dev/null; then
                break
            fi
            if $PYTHON "$HARNESS" serves "$DATA" "$PORT" "$PID"; then
                return 0
            fi
            sleep 0.05
        done
        kill -KILL "$PID" 2>/dev/null
        wait "$PID" 2>/dev/null
        local code=$?
        PID=""
        [ "$code" -eq 3 ] || break # 3: the port was taken meanwhile; anything else is fatal
    done
    echo "error: relaydesk-smtpd did not start:" >&2
    cat "$WORK/smtpd.log" >&2
    return 1
}
start_listener || exit 1

PASSED=0
FAILED=0
SKIPPED=0
OUT="$WORK/swaks.out"

# run_swaks NAME EXPECTED_EXIT SWAKS_ARGS... ; then expect_line / expect_file check its output.
CASE=""
CASE_OK=1
run_swaks() {
    CASE="$1"
    local expected="$2"
    shift 2
    CASE_OK=1
    timeout 30 swaks --server "127.0.0.1:$PORT" --helo client.test --timeout 15 "$@" >"$OUT" 2>&1
    local code=$?
    if [ "$code" -ne "$expected" ]; then
        fail "exit code $code, expected $expected"
    fi
}
fail() {
    CASE_OK=0
    echo "FAIL: $CASE: $*"
    sed 's/^/    | /' "$OUT"
}
expect_line() { # a line of swaks' transcript, as a fixed string (the whole line)
    grep -qxF -- "$1" "$OUT" || fail "no line '$1'"
}
expect_no_line_matching() {
    ! grep -qE -- "$1" "$OUT" || fail "unexpected line matching '$1'"
}
queued_id() { # the id of '250 2.6.0 <id> Queued mail for delivery' in the transcript
    sed -nE 's/^<[-~]  250 2\.6\.0 <([A-Za-z0-9._-]+)> Queued mail for delivery$/\1/p' "$OUT" | head -n 1
}
expect_file() { # expect_file Queue|Drop X-RECEIVER: the message of this case is there, for that receiver
    local id
    id="$(queued_id)"
    if [ -z "$id" ]; then
        fail "no '250 2.6.0 <id> Queued mail for delivery' line"
        return
    fi
    local file="$DATA/mailroot/vsi-1/$1/$id.eml"
    if [ ! -f "$file" ]; then
        fail "no file $1/$id.eml"
        return
    fi
    grep -qxF -- "X-Receiver: $2"$'\r' "$file" || fail "$1/$id.eml has no 'X-Receiver: $2'"
    grep -q '^Received: from client.test' "$file" || fail "$1/$id.eml has no Received header"
}
done_case() {
    if [ "$CASE_OK" -eq 1 ]; then
        echo "PASS: $CASE"
        PASSED=$((PASSED + 1))
    else
        FAILED=$((FAILED + 1))
    fi
}
queue_count() { find "$DATA/mailroot/vsi-1/Queue" -name '*.eml' | wc -l; }

# --- plain SMTP

run_swaks "trusted host relays" 0 --local-interface "$TRUSTED" --from crm@apps.example --to dest@foreign.example
expect_line "<-  250 2.1.5 Recipient OK"
expect_file Queue dest@foreign.example
done_case

before="$(queue_count)"
run_swaks "untrusted host may not relay" 24 --local-interface "$UNTRUSTED" --from crm@apps.example \
    --to dest@foreign.example
expect_line "<** 550 5.7.1 Unable to relay for dest@foreign.example"
[ "$(queue_count)" -eq "$before" ] || fail "a file appeared in Queue/"
done_case

run_swaks "untrusted host, percent hack" 24 --local-interface "$UNTRUSTED" --from crm@apps.example \
    --to 'dest%foreign.example@corp.example'
expect_line "<** 550 5.7.1 Unable to relay for dest%foreign.example@corp.example"
[ "$(queue_count)" -eq "$before" ] || fail "a file appeared in Queue/"
done_case

run_swaks "local delivery from an untrusted host" 0 --local-interface "$UNTRUSTED" \
    --from someone@internet.example --to alice@corp.example
expect_line "<-  250 2.1.5 Recipient OK"
expect_file Drop alice@corp.example
done_case

run_swaks "unknown local recipient" 24 --local-interface "$UNTRUSTED" --from someone@internet.example \
    --to bob@corp.example
expect_line "<** 550 5.1.1 User unknown: bob@corp.example"
done_case

run_swaks "banned host" 21 --local-interface "$BANNED" --from someone@internet.example --to alice@corp.example
expect_line "<** 554 5.7.1 Access denied for $BANNED"
done_case

run_swaks "pipelined transaction" 0 --pipeline --local-interface "$TRUSTED" --from crm@apps.example \
    --to dest@foreign.example,alice@corp.example
expect_file Queue dest@foreign.example
expect_file Drop alice@corp.example
done_case

run_swaks "AUTH is not offered without TLS" 28 --local-interface "$UNTRUSTED" --from crm@apps.example \
    --to dest@foreign.example --auth PLAIN --auth-user "$USER_NAME" --auth-password "$PASSWORD"
expect_no_line_matching '^<.*235 '
done_case

# --- STARTTLS and AUTH (Net::SSLeay for --tls, Authen::SASL is used by some --auth types)

if perl -MNet::SSLeay -e 1 2>/dev/null && perl -MAuthen::SASL -e 1 2>/dev/null; then
    bad_source=127.0.1.85
    for mechanism in PLAIN LOGIN; do
        bad_source="${bad_source%.*}.$((${bad_source##*.} + 1))" # one failure per host: no AUTH delay
        run_swaks "STARTTLS then AUTH $mechanism relays" 0 --local-interface "$UNTRUSTED" --tls \
            --auth "$mechanism" --auth-user "$USER_NAME" --auth-password "$PASSWORD" \
            --from crm@apps.example --to dest@foreign.example
        expect_line "<-  220 2.0.0 Ready to start TLS"
        expect_line "<~  250-AUTH PLAIN LOGIN"
        expect_line "<~  235 2.7.0 Authentication successful"
        expect_line "<~  250 2.1.5 Recipient OK"
        expect_file Queue dest@foreign.example
        done_case

        before="$(queue_count)"
        run_swaks "STARTTLS then AUTH $mechanism with a bad password" 28 --local-interface "$bad_source" \
            --tls --auth "$mechanism" --auth-user "$USER_NAME" --auth-password "not the password" \
            --from crm@apps.example --to dest@foreign.example
        expect_line "<~* 535 5.7.8 Authentication credentials invalid"
        [ "$(queue_count)" -eq "$before" ] || fail "a file appeared in Queue/"
        done_case
    done

    run_swaks "STARTTLS without AUTH may not relay" 24 --local-interface "$UNTRUSTED" --tls \
        --from crm@apps.example --to dest@foreign.example
    expect_line "<~* 550 5.7.1 Unable to relay for dest@foreign.example"
    done_case

    run_swaks "STARTTLS, local delivery" 0 --local-interface "$UNTRUSTED" --tls --from someone@internet.example \
        --to alice@corp.example
    expect_file Drop alice@corp.example
    done_case
else
    echo "SKIP: STARTTLS and AUTH cases: swaks needs Net::SSLeay and Authen::SASL" \
        "(Debian: libnet-ssleay-perl libauthen-sasl-perl)"
    SKIPPED=$((SKIPPED + 6))
fi

echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
