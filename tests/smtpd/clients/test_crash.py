#!/usr/bin/python3
"""Crash test: SIGKILL the real relaydesk-smtpd during a load, restart it, count what is on disk.

A few concurrent smtplib clients (threads) send messages with a unique token in each body and
record every message for which they got "250 2.6.0 <id> Queued mail for delivery". At a random
moment of the load the listener is killed with SIGKILL, then started again on the same data
directory. Every acknowledged id must have exactly its .eml with exactly the content sent; every
final .eml on disk must be one complete message that a client sent, at most once in each
directory (a message may be on disk without an acknowledgement only if the client never saw the
250); the restarted listener clears its temporary files, gives the complete files left in the
killed process's pool of pre-created files their final names (messages whose 250 may not have
left), removes the others, and accepts mail again. Three rounds, on one data directory, in well
under 60 s.
"""

import os
import random
import re
import smtplib
import sys
import threading
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from smtpd_harness import (  # noqa: E402
    FQDN, HOST, LOCAL_RECIPIENT, TRUSTED, Listener, queued_id, wait_until)

ROUNDS = 3
CLIENTS = 4
MESSAGES_PER_CLIENT = 2500  # per round: the load is never used up before the kill
RECEIVED = re.compile(rb"Received: from client\.test \(\[127\.0\.1\.15\]\)\r\n\tby " + re.escape(FQDN.encode())
                      + rb" \(RelayDesk\) with ESMTP id ([A-Za-z0-9._-]+);\r\n\t[^\r\n]+\r\n")

# What each client sends: (kind, recipients) -> the directories its files land in.
ROUTES = [
    ("relay", ["crash-%d@foreign.example"], ("Queue",)),
    ("relay", ["crash-%d@foreign.example", "copy-%d@foreign.example"], ("Queue",)),
    ("local", [LOCAL_RECIPIENT], ("Drop",)),
    ("split", [LOCAL_RECIPIENT, "crash-%d@foreign.example"], ("Drop", "Queue")),
]


def configure(config):
    config["virtualServers"][0]["messages"]["maxMessagesPerConnection"] = 0  # no limit


class Sent:
    def __init__(self, token, sender, recipients, directories, body):
        self.token = token
        self.sender = sender
        self.recipients = recipients
        self.directories = directories
        self.body = body

    def local(self):
        return [r for r in self.recipients if r == LOCAL_RECIPIENT]

    def relayed(self):
        return [r for r in self.recipients if r != LOCAL_RECIPIENT]

    def expected_envelope(self, directory):
        receivers = self.local() if directory == "Drop" else self.relayed()
        return ("X-Sender: %s\r\n" % self.sender + "".join("X-Receiver: %s\r\n" % r for r in receivers)).encode()


class LoadClient(threading.Thread):
    """Sends messages over one connection until its quota is done or the listener dies."""

    def __init__(self, port, index, round_number, killing):
        super().__init__(name="load-%d" % index, daemon=True)
        self.port = port
        self.index = index
        self.round = round_number
        self.killing = killing  # set just before the SIGKILL: errors after it are expected
        self.acked = {}  # id -> Sent
        self.attempted = {}  # token -> Sent: DATA was sent, the reply may never have come
        self.error = None
        self.lock = threading.Lock()

    def acked_count(self):
        with self.lock:
            return len(self.acked)

    def run(self):
        _, pattern, directories = ROUTES[self.index % len(ROUTES)]
        try:
            client = smtplib.SMTP(HOST, self.port, local_hostname="client.test", timeout=20,
                                  source_address=(TRUSTED, 0))
            client.ehlo()
            for n in range(MESSAGES_PER_CLIENT):  # until the kill cuts the connection
                token = "tok-r%d-c%d-n%d-%08x" % (self.round, self.index, n, random.getrandbits(32))
                recipients = [r % n if "%d" in r else r for r in pattern]
                sender = "load-%d@apps.example" % self.index
                body = ("From: %s\r\nSubject: crash %s\r\nX-Token: %s\r\n\r\n%s\r\n%s\r\n"
                        % (sender, token, token, token, "payload line " * 8)).encode()
                sent = Sent(token, sender, recipients, directories, body)
                code, _ = client.docmd("MAIL", "FROM:<%s>" % sender)
                if code != 250:
                    raise AssertionError("MAIL refused: %d" % code)
                for r in recipients:
                    code, _ = client.docmd("RCPT", "TO:<%s>" % r)
                    if code != 250:
                        raise AssertionError("RCPT refused: %d" % code)
                code, _ = client.docmd("DATA")
                if code != 354:
                    raise AssertionError("DATA refused: %d" % code)
                with self.lock:
                    self.attempted[token] = sent
                client.send(body + b".\r\n")
                code, reply = client.getreply()
                line = "%d %s" % (code, reply.decode("utf-8", "replace"))
                message_id = queued_id(line)
                if message_id is None:
                    raise AssertionError("not queued: %r" % line)
                with self.lock:
                    self.acked[message_id] = sent
            client.close()
        except (OSError, smtplib.SMTPException) as error:
            # The kill: a closed connection, or a reply that never came (smtplib reports 421 or -1).
            if not self.killing.is_set():
                self.error = error
        except AssertionError as error:
            self.error = error


class CrashTest(unittest.TestCase):

    def setUp(self):
        self.started = time.monotonic()
        self.listener = Listener(configure=configure)
        self.addCleanup(self.listener.cleanup)
        self.acked = {}  # every acknowledged id of every round -> Sent
        self.attempted = {}  # token -> Sent

    def final_files(self):
        files = {}
        for directory in ("Queue", "Drop"):
            for name in self.listener.messages(directory):
                files.setdefault(name[:-len(".eml")], []).append(directory)
        return files

    def temporary_files(self):
        names = []
        for directory in ("Queue", "Drop"):
            path = self.listener.mail_dir(directory)
            names += [os.path.join(path, n) for n in os.listdir(path) if n.startswith(".tmp-")]
        return names

    def pooled_files(self):
        """The pre-created files of the spool (empty, or holding a message not yet renamed)."""
        names = []
        for directory in ("Queue", "Drop"):
            path = self.listener.mail_dir(directory)
            names += [os.path.join(path, n) for n in os.listdir(path) if n.startswith(".pool-")]
        return names

    def check_file(self, directory, message_id, sent):
        data = self.listener.read_message(directory, message_id)
        envelope = sent.expected_envelope(directory)
        self.assertTrue(data.startswith(envelope), "%s/%s: envelope %r" % (directory, message_id, data[:200]))
        received = RECEIVED.match(data, len(envelope))
        self.assertIsNotNone(received, "%s/%s: Received header %r" % (directory, message_id, data[:300]))
        self.assertEqual(received.group(1).decode(), message_id)
        self.assertEqual(data[received.end():], sent.body, "%s/%s: the body differs" % (directory, message_id))

    def token_of(self, directory, message_id):
        data = self.listener.read_message(directory, message_id)
        match = re.search(rb"\r\nX-Token: (tok-[A-Za-z0-9-]+)\r\n", data)
        return match.group(1).decode() if match else None

    def verify_disk(self, round_number):
        files = self.final_files()
        # Every acknowledged message: exactly its files, exactly its content.
        for message_id, sent in self.acked.items():
            with self.subTest(round=round_number, id=message_id):
                self.assertIn(message_id, files, "acknowledged with 250 but not on disk")
                self.assertEqual(sorted(files[message_id]), sorted(sent.directories))
                for directory in sent.directories:
                    self.check_file(directory, message_id, sent)
        # Every final file on disk is one complete message that a client sent, once per directory.
        probes = 0
        tokens = {"Drop": set(), "Queue": set()}
        for message_id, directories in files.items():
            if message_id in self.acked:
                continue
            for directory in directories:
                token = self.token_of(directory, message_id)
                if token is None:  # the one probe message after each restart
                    probes += 1
                    continue
                with self.subTest(round=round_number, unacknowledged=message_id):
                    self.assertIn(token, self.attempted, "a file on disk that no client sent")
                    self.check_file(directory, message_id, self.attempted[token])
        for message_id, directories in files.items():
            for directory in directories:
                token = self.token_of(directory, message_id)
                if token is not None:
                    with self.subTest(round=round_number, twice=token):
                        self.assertNotIn(token, tokens[directory], "one message twice in " + directory)
                        tokens[directory].add(token)
        on_disk = sum(1 for i in files if i in self.acked)
        self.assertGreaterEqual(len(files), len(self.acked))
        self.assertEqual(on_disk, len(self.acked))
        return len(files), probes

    def probe(self):
        """The restarted listener accepts mail again."""
        client = smtplib.SMTP(HOST, self.listener.port, local_hostname="client.test", timeout=20,
                              source_address=(TRUSTED, 0))
        try:
            client.ehlo()
            client.mail("probe@apps.example")
            self.assertEqual(client.rcpt("probe@foreign.example")[0], 250)
            code, reply = client.data(b"Subject: probe\r\n\r\nafter the restart\r\n")
            message_id = queued_id("%d %s" % (code, reply.decode()))
            self.assertIsNotNone(message_id, reply)
            self.assertIn(message_id + ".eml", self.listener.messages("Queue"))
        finally:
            client.quit()

    def test_sigkill_during_load_loses_no_acknowledged_message(self):
        self.listener.start()
        rng = random.Random()
        seed = rng.randrange(1 << 30)
        rng.seed(seed)
        print("\ncrash test seed %d, data directory %s" % (seed, self.listener.data_dir), file=sys.stderr)
        for round_number in range(1, ROUNDS + 1):
            killing = threading.Event()
            clients = [LoadClient(self.listener.port, i, round_number, killing) for i in range(CLIENTS)]
            for c in clients:
                c.start()
            # The random moment: after a random number of acknowledged messages (at least a few
            # hundred, so that the kill lands in the middle of a steady load), or a random time.
            threshold = rng.randrange(500, 2500)
            kill_after = rng.uniform(2.0, 8.0)
            load_started = time.monotonic()
            wait_until(lambda: sum(c.acked_count() for c in clients) >= threshold
                       or time.monotonic() - load_started >= kill_after
                       or not any(c.is_alive() for c in clients),
                       15, interval=0.001, what="the load to reach the kill moment")
            killing.set()
            self.listener.kill()  # SIGKILL
            for c in clients:
                c.join(timeout=25)
                self.assertFalse(c.is_alive(), "a load client hangs after the kill")
                self.assertIsNone(c.error, "%s failed before the kill: %r" % (c.name, c.error))
            round_acked = 0
            for c in clients:
                self.acked.update(c.acked)
                self.attempted.update(c.attempted)
                round_acked += len(c.acked)
            self.assertGreater(round_acked, 0, "no message was acknowledged before the kill")

            killed_after = time.monotonic() - load_started
            files_before_restart, _ = self.verify_disk(round_number)
            names_before_restart = self.final_files()
            pooled_before_restart = self.pooled_files()
            restart = time.monotonic()
            self.listener.start()  # same data directory, same port
            wait_until(lambda: not self.temporary_files()
                       and not any(os.path.exists(p) for p in pooled_before_restart),
                       10, what="the restarted listener to finish the .tmp and .pool files of the killed one")
            restart = time.monotonic() - restart
            files_after_restart, _ = self.verify_disk(round_number)
            # The restart keeps every file and may only add complete messages from the pool.
            names_after_restart = self.final_files()
            for message_id, directories in names_before_restart.items():
                self.assertEqual(sorted(names_after_restart.get(message_id, [])), sorted(directories))
            self.assertGreaterEqual(files_after_restart, files_before_restart)
            self.assertLessEqual(files_after_restart, files_before_restart + len(pooled_before_restart))
            self.probe()
            print("round %d: %d acknowledged (%d in all), %d files on disk (%d completed from the pool), "
                  "killed after %.2f s, restarted in %.2f s, round took %.2f s"
                  % (round_number, round_acked, len(self.acked), files_after_restart,
                     files_after_restart - files_before_restart, killed_after, restart,
                     time.monotonic() - load_started), file=sys.stderr)
        self.listener.stop()
        # How long it took is printed, not asserted: speed is the benchmarks' (bench/), and a busy CI
        # machine must not fail a test of durability.
        print("the crash test took %.1f s" % (time.monotonic() - self.started), file=sys.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
