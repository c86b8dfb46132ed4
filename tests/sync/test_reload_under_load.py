#!/usr/bin/python3
"""Reload drops nothing: configurations swapped under a steady load, through the real CLI.

The real relaydesk-smtpd is started with `relaydeskctl listener start` on a free loopback port.
Client threads (smtplib) send full messages continuously, one to three per session: local mail
from 127.0.0.1 (lands in mailroot/vsi-1/Drop) and relayed mail from a host on the relay list
(lands in mailroot/vsi-1/Queue). Meanwhile about 30 configuration changes are committed with
`relaydeskctl` (import --merge of the relay list, of limits and of a second binding, user
add/remove, a rollback), each of which syncs the running listener. Between two changes the test
waits (bounded) until the load has completed more messages, so every change lands in the middle
of traffic.

Afterwards: no session failed (every reply was the expected one, every DATA got
"250 2.6.0 <id> Queued mail for delivery"); every acknowledged message is on disk as
<id>.eml in Drop/ or Queue/ with its own token; the listener is the same process (reload is
in-process) and in sync; each relay-list change decided the next new session as committed.

Needs RELAYDESKCTL and RELAYDESK_SMTPD (CTest sets both); Debian's /usr/bin/python3, stdlib only.
"""

import json
import os
import re
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

HOST = "127.0.0.1"
LOCAL_CLIENT = "127.0.0.1"
TRUSTED = "127.0.1.15"  # on the relay list in every configuration of the test
PROBE_BASE = "127.0.1."  # 127.0.1.100.. are added to and removed from the relay list
DOMAIN = "corp.test"
LOCAL_RECIPIENT = "alice@" + DOMAIN
VS_NAME = "Default SMTP Virtual Server"
CLIENTS = 4
CHANGES = 30
MESSAGES_BETWEEN_CHANGES = 8  # the load completes at least this many messages between two changes
WAIT_S = 60  # bound of every wait on a condition
REPLY_TIMEOUT = 20
QUEUED = re.compile(r"^250 2\.6\.0 <([A-Za-z0-9._-]+)> Queued mail for delivery$")


def program(variable):
    path = os.environ.get(variable, "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("%s must name the program (CTest sets it); got %r" % (variable, path))
    return path


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_until(condition, timeout, what):
    """Polls condition() until it is true or the deadline passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(0.02)


def reply_text(code, message):
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return ("%d %s" % (code, message)).strip()


class Load:
    """CLIENTS threads sending full messages until stopped; records every acknowledgement."""

    def __init__(self, port):
        self.port = port
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.acknowledged = []  # (id, token, directory)
        self.failures = []  # (client, session, what went wrong)
        self.sessions = 0
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(CLIENTS)]

    def start(self):
        for t in self.threads:
            t.start()

    def stop(self):
        self.stop_event.set()
        for t in self.threads:
            t.join(WAIT_S)
        return [t for t in self.threads if t.is_alive()]

    def messages(self):
        with self.lock:
            return len(self.acknowledged)

    def _run(self, client):
        session = 0
        while not self.stop_event.is_set():
            session += 1
            relay = (client + session) % 2 == 1
            count = 1 + (client + session) % 3  # one to three transactions in the session
            try:
                self._session(client, session, relay, count)
            except (smtplib.SMTPException, OSError, AssertionError) as e:
                with self.lock:
                    self.failures.append((client, session, "%s: %s" % (type(e).__name__, e)))
            with self.lock:
                self.sessions += 1

    def _session(self, client, session, relay, count):
        source = TRUSTED if relay else LOCAL_CLIENT
        smtp = smtplib.SMTP(HOST, self.port, local_hostname="load%d.client.test" % client,
                            timeout=REPLY_TIMEOUT, source_address=(source, 0))
        try:
            code, message = smtp.ehlo()
            if code != 250:
                raise AssertionError("EHLO: " + reply_text(code, message))
            for n in range(count):
                token = "token-%d-%d-%d-%d" % (client, session, n, time.monotonic_ns())
                recipient = ("%s@foreign.example" % token) if relay else LOCAL_RECIPIENT
                body = ("From: load@client.test\r\nTo: %s\r\nSubject: %s\r\n\r\nBody of %s.\r\n"
                        % (recipient, token, token)).encode("ascii")
                for command, expected in ((lambda: smtp.mail("load@client.test"), 250),
                                          (lambda: smtp.rcpt(recipient), 250)):
                    code, message = command()
                    if code != expected:
                        raise AssertionError("%s: %s" % (token, reply_text(code, message)))
                code, message = smtp.data(body)
                line = reply_text(code, message)
                m = QUEUED.match(line)
                if not m:
                    raise AssertionError("DATA of %s: %s" % (token, line))
                with self.lock:
                    self.acknowledged.append((m.group(1), token, "Queue" if relay else "Drop"))
            code, message = smtp.quit()
            if code != 221:
                raise AssertionError("QUIT: " + reply_text(code, message))
        finally:
            smtp.close()


class ReloadUnderLoadTest(unittest.TestCase):

    def setUp(self):
        self.ctl = program("RELAYDESKCTL")
        self.env = dict(os.environ, RELAYDESK_SMTPD=program("RELAYDESK_SMTPD"))
        self.env.pop("RELAYDESK_DATA_DIR", None)
        self.work = tempfile.mkdtemp(prefix="relaydesk-reload-load.")
        self.addCleanup(shutil.rmtree, self.work, True)
        self.data = os.path.join(self.work, "data")
        self.port = free_port()
        self.started = False

    # -- the CLI

    def cli(self, *args, stdin=None, expect=0):
        r = subprocess.run([self.ctl, "--data-dir", self.data] + list(args), input=stdin, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        self.assertEqual(r.returncode, expect, "relaydeskctl %s: exit %d\n%s%s"
                         % (" ".join(args), r.returncode, r.stdout, r.stderr))
        return r.stdout

    def commit(self, *args, stdin=None):
        """A configuration change that must sync the running listener."""
        out = self.cli(*args, stdin=stdin)
        m = re.search(r"The listener enforces revision (\d+)\.", out)
        self.assertIsNotNone(m, "relaydeskctl %s did not sync the listener:\n%s" % (" ".join(args), out))
        return int(m.group(1))

    def status(self):
        r = subprocess.run([self.ctl, "--data-dir", self.data, "--json", "status"], env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
        return json.loads(r.stdout)

    def merge_vs(self, name):
        path = os.path.join(self.work, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"format": "relaydesk-config", "version": 1, "virtualServers": [self.vs]}, f)
        return self.commit("import", "--merge", path)

    # -- probes

    def rcpt_answer(self, source, port=None):
        """A new session from source: the reply to RCPT TO a foreign address."""
        smtp = smtplib.SMTP(HOST, port or self.port, local_hostname="probe.client.test",
                            timeout=REPLY_TIMEOUT, source_address=(source, 0))
        try:
            self.assertEqual(smtp.ehlo()[0], 250)
            self.assertEqual(smtp.mail("probe@client.test")[0], 250)
            code, message = smtp.rcpt("probe@foreign.example")
            smtp.quit()
            return reply_text(code, message)
        finally:
            smtp.close()

    # -- the configuration

    def configure(self):
        self.cli("init")
        config = json.loads(self.cli("export", "-"))
        vs = next(v for v in config["virtualServers"] if v["name"] == VS_NAME)
        vs["bindings"] = [{"address": HOST, "port": self.port}]
        vs["fqdn"] = "relay." + DOMAIN
        vs["messages"]["maxMessagesPerConnection"] = 0
        vs["relayRestrictions"]["entries"] = [
            {"type": "single", "address": TRUSTED, "comment": "the load's relaying host"}]
        # Relayed mail stays in Queue/: its smart host is a loopback port where nothing listens.
        vs["delivery"]["smartHost"] = HOST
        vs["delivery"]["smartHostPort"] = free_port()
        config["recipientPolicies"] = [{
            "name": "Test Policy", "priority": 0, "filter": "",
            "addressSpaces": [{"type": "SMTP", "address": "@" + DOMAIN, "responsible": True, "primary": True}]}]
        config["recipients"] = [{"address": LOCAL_RECIPIENT, "displayName": "Alice"}]
        path = os.path.join(self.work, "initial.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(config, f)
        self.cli("import", path)
        self.vs = vs

    def changes(self):
        """The changes, as callables that commit one revision each and check what they can."""
        steps = []
        probes = []

        def add_probe(i):
            def step():
                address = PROBE_BASE + str(100 + i)
                self.assertTrue(self.rcpt_answer(address).startswith("550 5.7.1 Unable to relay"))
                self.vs["relayRestrictions"]["entries"].append(
                    {"type": "single", "address": address, "comment": "probe %d" % i})
                self.merge_vs("relay-add-%d" % i)
                probes.append(address)
                # The CLI returned after the listener confirmed the revision: a new session sees it.
                self.assertEqual(self.rcpt_answer(address), "250 2.1.5 Recipient OK")
            return step

        def remove_probes():
            self.vs["relayRestrictions"]["entries"] = [
                e for e in self.vs["relayRestrictions"]["entries"] if e["address"] == TRUSTED]
            self.merge_vs("relay-reset")
            for address in probes:
                self.assertTrue(self.rcpt_answer(address).startswith("550 5.7.1 Unable to relay"), address)
            probes.clear()

        def limits(i):
            def step():
                self.vs["general"]["limitConnections"] = 500 + i
                self.vs["messages"]["maxRecipientsPerMessage"] = 100 + i
                self.merge_vs("limits-%d" % i)
            return step

        def user_add(i):
            return lambda: self.commit("user", "add", "app-%d" % i, "--password-stdin",
                                       stdin="Secret password %d!\n" % i)

        def user_remove(i):
            return lambda: self.commit("user", "remove", "app-%d" % i)

        second = {}

        def add_binding():
            second["port"] = free_port()
            self.vs["bindings"].append({"address": HOST, "port": second["port"]})
            self.merge_vs("binding-add")
            self.assertTrue(self.rcpt_answer(TRUSTED, second["port"]).startswith("250"))

        def remove_binding():
            self.vs["bindings"] = [b for b in self.vs["bindings"] if b["port"] == self.port]
            self.merge_vs("binding-remove")
            with self.assertRaises(OSError, msg="the removed binding still accepts connections"):
                socket.create_connection((HOST, second["port"]), timeout=5).close()

        revision_before_changes = self.status()["databaseRevision"]

        def rollback():
            self.commit("rollback", str(revision_before_changes))
            self.vs["relayRestrictions"]["entries"] = [
                e for e in self.vs["relayRestrictions"]["entries"] if e["address"] == TRUSTED]
            self.vs["general"]["limitConnections"] = 500
            self.vs["messages"]["maxRecipientsPerMessage"] = 200
            self.vs["bindings"] = [{"address": HOST, "port": self.port}]
            for address in list(probes):
                self.assertTrue(self.rcpt_answer(address).startswith("550 5.7.1"), address)
            probes.clear()

        for i in range(4):
            steps += [add_probe(i), limits(i), user_add(i)]
        steps += [remove_probes, add_binding]
        for i in range(4, 7):
            steps += [add_probe(i), user_remove(i - 4), limits(i)]
        steps += [remove_binding, rollback]
        for i in range(7, 10):
            steps += [add_probe(i), user_add(i)]
        steps += [remove_probes]
        return steps

    def test_reload_drops_nothing(self):
        self.configure()
        self.cli("listener", "start")
        self.started = True
        try:
            self.run_load_and_changes()
        finally:
            r = subprocess.run([self.ctl, "--data-dir", self.data, "listener", "stop"], env=self.env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
            if r.returncode != 0:
                self.fail("relaydeskctl listener stop: exit %d: %s" % (r.returncode, r.stderr))

    def run_load_and_changes(self):
        before = self.status()
        self.assertEqual(before["state"], "in sync", before)
        pid = before["listener"]["pid"]

        steps = self.changes()
        self.assertGreaterEqual(len(steps), CHANGES)
        load = Load(self.port)
        load.start()
        try:
            revisions = []
            for step in steps:
                reached = load.messages() + MESSAGES_BETWEEN_CHANGES
                wait_until(lambda: load.messages() >= reached or load.failures, WAIT_S,
                           "the load to complete %d more messages" % MESSAGES_BETWEEN_CHANGES)
                step()
                revisions.append(self.status()["listenerRevision"])
            reached = load.messages() + MESSAGES_BETWEEN_CHANGES
            wait_until(lambda: load.messages() >= reached or load.failures, WAIT_S, "the load after the changes")
        finally:
            stuck = load.stop()
        self.assertEqual(stuck, [], "client threads did not finish")

        self.assertFalse(load.failures, "sessions failed during reloads: %d of %d, first: %s"
                         % (len(load.failures), load.sessions, load.failures[:5]))
        self.assertEqual(revisions, sorted(set(revisions)), "every change is a newer revision")
        after = self.status()
        self.assertEqual(after["state"], "in sync", after)
        self.assertEqual(after["listener"]["pid"], pid, "the listener was restarted instead of reloaded")
        self.assertGreaterEqual(after["listenerRevision"], before["listenerRevision"] + len(steps))

        # Every acknowledged message is <id>.eml in its directory, with its own token.
        mailroot = os.path.join(self.data, "mailroot", "vsi-1")
        on_disk = {d: set(n[:-4] for n in os.listdir(os.path.join(mailroot, d)) if n.endswith(".eml"))
                   for d in ("Drop", "Queue")}
        self.assertGreaterEqual(len(load.acknowledged), MESSAGES_BETWEEN_CHANGES * (len(steps) + 1))
        ids = [a[0] for a in load.acknowledged]
        self.assertEqual(len(ids), len(set(ids)), "a queue id was given twice")
        missing = [a for a in load.acknowledged if a[0] not in on_disk[a[2]]]
        self.assertEqual(missing, [], "acknowledged messages missing from disk: %d of %d, e.g. %s"
                         % (len(missing), len(ids), missing[:3]))
        for message_id, token, directory in load.acknowledged:
            with open(os.path.join(mailroot, directory, message_id + ".eml"), "rb") as f:
                self.assertIn(b"Subject: " + token.encode("ascii") + b"\r\n", f.read(),
                              "%s/%s.eml is not the message acknowledged with that id" % (directory, message_id))
        # No file without an acknowledgement either (no session failed, so none was half-sent).
        self.assertEqual(sum(len(v) for v in on_disk.values()), len(ids))
        print("%d sessions, %d messages acknowledged and on disk, %d changes (revisions %d..%d), 0 failed"
              % (load.sessions, len(ids), len(steps), revisions[0], revisions[-1]), file=sys.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
