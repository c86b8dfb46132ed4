#!/usr/bin/python3
"""Holds N idle SMTP sessions open on a loopback server, for bench/smtp-throughput's memory test.

    smtp_idle_sessions.py HOST PORT COUNT READY_FILE STOP_FILE [HOLD_SECONDS]

Opens COUNT connections, reads each 220 greeting, says EHLO on each and reads the whole reply, then
writes "<established>" to READY_FILE and holds every session idle until STOP_FILE exists or
HOLD_SECONDS (default 60) have passed. Then it says QUIT on each and closes. Every wait is bounded.
Exit status 0 when all COUNT sessions got their EHLO reply; 1 otherwise (READY_FILE then says how
many did, and why the others did not).
"""
import os
import socket
import sys
import time


def read_reply(sock, deadline):
    """Reads one complete (possibly multi-line) SMTP reply; returns its code, or raises."""
    buf = b""
    while True:
        lines = buf.split(b"\r\n")
        for line in lines[:-1]:
            if len(line) >= 4 and line[3:4] == b" ":
                return int(line[:3])
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no complete reply in time")
        sock.settimeout(remaining)
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("connection closed by the server")
        buf += chunk


def main():
    if len(sys.argv) not in (6, 7):
        print(__doc__, file=sys.stderr)
        return 2
    host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    ready_file, stop_file = sys.argv[4], sys.argv[5]
    hold = float(sys.argv[6]) if len(sys.argv) == 7 else 60.0
    if not (host.startswith("127.") or host == "::1"):
        print("loopback addresses only", file=sys.stderr)
        return 2

    socks, errors = [], []
    deadline = time.monotonic() + 90  # greeting and EHLO of every session, all together
    # Connect in batches so a server that spawns a process per connection (Postfix) keeps up
    # without the listen backlog overflowing.
    batch = 50
    for start in range(0, count, batch):
        opened = []
        for _ in range(start, min(start + batch, count)):
            s = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
            try:
                s.settimeout(10)
                s.connect((host, port))
                opened.append(s)
            except OSError as e:
                errors.append(f"connect: {e}")
                s.close()
        for s in opened:
            try:
                code = read_reply(s, deadline)
                if code != 220:
                    raise ConnectionError(f"greeting {code}")
                s.sendall(b"EHLO idle.bench.example\r\n")
                code = read_reply(s, deadline)
                if code != 250:
                    raise ConnectionError(f"EHLO reply {code}")
                socks.append(s)
            except (OSError, ValueError) as e:
                errors.append(str(e))
                s.close()

    with open(ready_file + ".tmp", "w") as f:
        f.write(f"{len(socks)}\n")
        if errors:
            f.write(f"errors: {len(errors)}, first: {errors[0]}\n")
    os.rename(ready_file + ".tmp", ready_file)

    end = time.monotonic() + hold
    while time.monotonic() < end and not os.path.exists(stop_file):
        time.sleep(0.1)

    for s in socks:
        try:
            s.settimeout(1)
            s.sendall(b"QUIT\r\n")
        except OSError:
            pass
    for s in socks:
        s.close()
    return 0 if len(socks) == count else 1


if __name__ == "__main__":
    sys.exit(main())
