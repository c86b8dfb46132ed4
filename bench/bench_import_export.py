#!/usr/bin/env python3
"""Import and export of a large relay list through the real relaydeskctl, beside a reference.

The reference does the least any tool must do for the same job with Python's standard
library: parse the JSON, insert the entries into an SQLite table in one transaction (import),
then read them back and write JSON (export). RelayDesk does more (strict validation with field
paths, a normalised schema, the change in words, a compressed snapshot per revision), so the
ratio shows what that costs.

Usage: bench/bench_import_export.py RELAYDESKCTL [ENTRIES...]   (default 10000 100000)
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time


def make_config(entries):
    rng = random.Random(20261123)
    relay = []
    for i in range(entries):
        kind = i % 3
        if kind == 0:
            relay.append({"type": "single", "address": "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                          "comment": "host %d" % i})
        elif kind == 1:
            relay.append({"type": "group", "address": "172.%d.%d.0" % (rng.randrange(16, 32), rng.randrange(256)), "prefixLength": 24})
        else:
            relay.append({"type": "group", "address": "2001:db8:%x:%x::" % (rng.randrange(65536), rng.randrange(65536)),
                          "prefixLength": 64})
    return {"format": "relaydesk-config", "version": 1, "organization": "Bench",
            "virtualServers": [{"name": "Bench", "relayRestrictions": {"mode": "onlyList", "entries": relay}}]}


def timed(fn):
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def run(ctl, data_dir, *args, stdout=subprocess.DEVNULL):
    subprocess.run([ctl, "--data-dir", data_dir, *args], check=True, stdout=stdout, stderr=subprocess.DEVNULL)


def reference_import(path, db):
    with open(path, "rb") as f:
        doc = json.load(f)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE IF NOT EXISTS entries (position INTEGER PRIMARY KEY, type TEXT, address TEXT,"
                " prefix_length INTEGER, comment TEXT)")
    with con:
        con.execute("DELETE FROM entries")
        con.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)",
                        ((i, e["type"], e["address"], e.get("prefixLength"), e.get("comment"))
                         for i, e in enumerate(doc["virtualServers"][0]["relayRestrictions"]["entries"])))
    con.close()


def reference_export(db, out):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT type, address, prefix_length, comment FROM entries ORDER BY position").fetchall()
    con.close()
    entries = []
    for t, a, p, c in rows:
        e = {"type": t, "address": a}
        if p is not None:
            e["prefixLength"] = p
        if c is not None:
            e["comment"] = c
        entries.append(e)
    with open(out, "w") as f:
        json.dump({"format": "relaydesk-config", "version": 1, "virtualServers": [{"name": "Bench",
                   "relayRestrictions": {"entries": entries}}]}, f, indent=4, sort_keys=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ctl = sys.argv[1]
    sizes = [int(n) for n in sys.argv[2:]] or [10000, 100000]
    print("%9s  %-8s %12s %14s %8s" % ("entries", "step", "relaydesk ms", "reference ms", "ratio"))
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "config.json")
            with open(src, "w") as f:
                json.dump(make_config(n), f)
            data = os.path.join(tmp, "data")
            run(ctl, data, "init")
            rd_import = timed(lambda: run(ctl, data, "import", src))
            out = os.path.join(tmp, "export.json")
            rd_export = timed(lambda: run(ctl, data, "export", out))
            with open(out) as f:
                exported = json.load(f)
            assert len(exported["virtualServers"][0]["relayRestrictions"]["entries"]) == n, "export lost entries"
            db = os.path.join(tmp, "reference.sqlite")
            ref_import = timed(lambda: reference_import(src, db))
            ref_export = timed(lambda: reference_export(db, os.path.join(tmp, "reference.json")))
            print("%9d  %-8s %12.0f %14.0f %8.2f" % (n, "import", rd_import, ref_import, rd_import / ref_import))
            print("%9d  %-8s %12.0f %14.0f %8.2f" % (n, "export", rd_export, ref_export, rd_export / ref_export))


if __name__ == "__main__":
    main()
