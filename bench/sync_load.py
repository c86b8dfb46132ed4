#!/usr/bin/python3
"""Steady SMTP load for bench/sync-latency: runs until its standard input closes, then prints one
JSON object with the counts.

    sync_load.py --port P [--host H] [--threads N] [--rate R] --sender S --recipient R

Even-numbered threads send a full 1 KB message per session (EHLO, MAIL, RCPT, DATA, QUIT), the
others an envelope only (EHLO, MAIL, RCPT, QUIT). Every reply must be the expected one; any other
reply or a connection error counts the session as failed (the first reasons are kept). --rate
caps each thread's sessions per second (0: as fast as the server answers). It runs in its own
process so that the probe of bench/sync-latency does not share an interpreter lock with it.
Output: {"sessions", "messages", "failed", "failures": [...], "ids": [...], "seconds"}.
"""

import argparse
import json
import os
import sys
import threading
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sync_smtp import SmtpFailure, envelope_session  # noqa: E402

BODY = (b"From: load@client.bench.example\r\nTo: bench@bench.example\r\nSubject: sync-latency load\r\n\r\n"
        + b"".join(b"%04d the quick brown fox jumps over the lazy dog, line of the load body.\r\n" % i
                   for i in range(14)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--sender", required=True)
    parser.add_argument("--recipient", required=True)
    args = parser.parse_args()

    stop = threading.Event()
    lock = threading.Lock()
    counts = {"sessions": 0, "messages": 0, "failed": 0, "failures": [], "ids": []}

    def worker(index):
        full = index % 2 == 0
        interval = 1.0 / args.rate if args.rate > 0 else 0.0
        next_start = time.monotonic()
        while not stop.is_set():
            try:
                queued = envelope_session(args.host, args.port, args.sender, args.recipient,
                                          message=BODY if full else None)
                with lock:
                    counts["sessions"] += 1
                    if full:
                        counts["messages"] += 1
                        counts["ids"].append(queued)
            except SmtpFailure as e:
                with lock:
                    counts["sessions"] += 1
                    counts["failed"] += 1
                    if len(counts["failures"]) < 20:
                        counts["failures"].append("%.3f %s" % (time.time(), e))
            if interval:
                next_start += interval
                delay = next_start - time.monotonic()
                if delay > 0:
                    stop.wait(delay)  # pacing, not synchronisation
                else:
                    next_start = time.monotonic()

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.threads)]
    for t in threads:
        t.start()
    sys.stdout.write("running\n")
    sys.stdout.flush()
    sys.stdin.read()  # until the parent closes our standard input
    stop.set()
    for t in threads:
        t.join(30)
    counts["seconds"] = round(time.monotonic() - started, 3)
    counts["stuck"] = sum(1 for t in threads if t.is_alive())
    with lock:
        sys.stdout.write(json.dumps(counts) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
