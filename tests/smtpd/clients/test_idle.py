#!/usr/bin/python3
"""Many idle and slow clients against the real relaydesk-smtpd.

300 connections sit idle (half send nothing at all, half trickle a command one byte per second);
a normal client must still get its greeting and deliver a message within 2 s. Connections over
limitConnections get "421 4.3.2 Too many connections, try again later" and are closed, and a
slot that frees up is usable again.
"""

import errno
import os
import select
import smtplib
import socket
import sys
import threading
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from smtpd_harness import (  # noqa: E402
    FQDN, HOST, LOCAL_RECIPIENT, Listener, RawClient, queued_id, wait_until)

IDLE = 300
LIMIT = 320
GREETING = b"220 %s RelayDesk ESMTP service ready\r\n" % FQDN.encode()
BUSY = b"421 4.3.2 Too many connections, try again later\r\n"
NORMAL_CLIENT_BUDGET_S = 2.0  # on top of what the same client takes on an idle listener


def configure(config):
    config["virtualServers"][0]["general"]["limitConnections"] = LIMIT


def source(i):
    """Idle clients come from 127.0.2.1 … so the counts are not per-address artefacts."""
    return "127.0.2.%d" % (1 + i % 250)


def read_until(sock, expected, timeout):
    """Reads until the bytes received end with a complete line; returns them."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\r\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        ready, _, _ = select.select([sock], [], [], remaining)
        if not ready:
            break
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


class Trickler(threading.Thread):
    """Sends the next byte of "EHLO slow.example\\r\\n" to every slow connection once a second."""

    COMMAND = b"EHLO slow.example\r\n"

    def __init__(self, sockets):
        super().__init__(name="trickler", daemon=True)
        self.sockets = sockets
        self.stopped = threading.Event()
        self.rounds = 0
        self.error = None

    def run(self):
        position = 0
        while not self.stopped.is_set() and position < len(self.COMMAND) - 2:  # never completes the line
            for sock in self.sockets:
                try:
                    sock.send(self.COMMAND[position:position + 1])
                except OSError as error:
                    self.error = error
                    return
            position += 1
            self.rounds += 1
            self.stopped.wait(1.0)  # the pace of a slow client, not a synchronisation

    def stop(self):
        self.stopped.set()
        self.join(timeout=5)


def burst(port, count):
    """Starts count connections at once (non-blocking connects from one loop).

    Returns the seconds until each one's TCP handshake completed, and the sockets."""
    sockets = []
    started = {}  # per socket: the loop that opens the others is no part of its handshake
    for i in range(count):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((source(i), 0))
        sock.setblocking(False)
        started[sock] = time.monotonic()
        error = sock.connect_ex((HOST, port))
        if error not in (0, errno.EINPROGRESS):
            raise OSError(error, os.strerror(error))
        sockets.append(sock)
    connected = {}
    pending = set(sockets)
    deadline = time.monotonic() + 20
    while pending and time.monotonic() < deadline:
        _, writable, _ = select.select([], list(pending), [], 0.5)
        for sock in writable:
            pending.discard(sock)
            connected[sock] = time.monotonic() - started[sock]
    return [connected.get(sock) for sock in sockets], sockets


class IdleClientsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.listener = Listener(configure=configure).start()
        cls.addClassCleanup(cls.listener.cleanup)
        cls.baseline = None

    def budget(self):
        """What a normal client may take among idle ones: its time on an idle listener plus 2 s
        (a durable store takes its time on a loaded machine, idle clients or not)."""
        if IdleClientsTest.baseline is None:
            self.wait_for_sessions(0)
            IdleClientsTest.baseline = self.deliver()[1]
        return IdleClientsTest.baseline + NORMAL_CLIENT_BUDGET_S

    def connect(self, i):
        sock = socket.create_connection((HOST, self.listener.port), timeout=10, source_address=(source(i), 0))
        self.addCleanup(sock.close)
        return sock

    def deliver(self, source_address="127.0.1.20"):
        """A normal client: greeting, EHLO, one message. Returns (seconds to greeting, seconds in all)."""
        started = time.monotonic()
        client = smtplib.SMTP(HOST, self.listener.port, local_hostname="client.test", timeout=10,
                              source_address=(source_address, 0))
        greeted = time.monotonic() - started
        try:
            client.ehlo()
            client.mail("normal@apps.example")
            self.assertEqual(client.rcpt(LOCAL_RECIPIENT)[0], 250)
            code, reply = client.data(b"Subject: among idle clients\r\n\r\nstill served\r\n")
            message_id = queued_id("%d %s" % (code, reply.decode()))
            self.assertIsNotNone(message_id, reply)
            self.assertIn(message_id + ".eml", self.listener.messages("Drop"))
        finally:
            client.close()
        return greeted, time.monotonic() - started

    def test_idle_and_slow_clients_do_not_stop_a_normal_client(self):
        budget = self.budget()
        self.wait_for_sessions(0)  # another test's connections may still be closing
        idle = [self.connect(i) for i in range(IDLE)]
        # Every idle connection is greeted: the listener really holds 300 sessions.
        for i, sock in enumerate(idle):
            self.assertEqual(read_until(sock, GREETING, 10), GREETING, "idle connection %d" % i)
        slow = idle[IDLE // 2:]
        trickler = Trickler(slow)
        trickler.start()
        self.addCleanup(trickler.stop)
        wait_until(lambda: trickler.rounds >= 2, 10, what="the slow clients to start trickling")

        greeted, took = self.deliver()
        self.assertLess(greeted, NORMAL_CLIENT_BUDGET_S)
        self.assertLess(took, budget, "a normal client took %.2f s among %d idle ones" % (took, IDLE))
        self.assertIsNone(trickler.error)

        # Fill up to the limit while a normal session stays open, then one more gets 421.
        normal = RawClient(self.listener.port, source="127.0.1.21")
        self.addCleanup(normal.close)
        self.assertEqual(normal.greet(), "220 %s RelayDesk ESMTP service ready" % FQDN)
        extra = []
        for i in range(LIMIT - IDLE - 1):
            sock = self.connect(IDLE + i)
            self.assertEqual(read_until(sock, GREETING, 10), GREETING, "connection %d of %d" % (IDLE + 2 + i, LIMIT))
            extra.append(sock)
        over = self.connect(1000)
        self.assertEqual(read_until(over, BUSY, 10), BUSY)
        self.assertEqual(read_until(over, b"", 5), b"", "the listener keeps a refused connection open")
        # A session that is already open goes on while the listener is full.
        self.assertEqual(normal.command("NOOP"), "250 2.0.0 OK")
        self.assertEqual(normal.command("MAIL FROM:<a@apps.example>"), "250 2.1.0 Sender OK")

        # A slot frees up: once the listener has seen the close, a new client is served again.
        self.assertEqual(normal.command("QUIT"), "221 2.0.0 Bye")
        self.assertTrue(normal.closed())
        self.wait_for_sessions(LIMIT - 1)
        again = self.connect(1001)
        self.assertEqual(read_until(again, GREETING, 10), GREETING)
        wait_until(lambda: any(e.get("event") == "too-many-connections" for e in self.listener.events()),
                   5, what="the too-many-connections event")
        trickler.stop()

    def wait_for_sessions(self, count, timeout=10):
        """Polls the listener's own count of open sessions (control socket `status`)."""
        wait_until(lambda: self.listener.open_sessions() == count, timeout,
                   what="the listener to count %d open sessions" % count)

    def test_idle_connections_closing_free_their_slots(self):
        """300 idle connections that go away leave every slot free again."""
        budget = self.budget()
        self.wait_for_sessions(0)  # another test's connections may still be closing
        idle = [self.connect(i) for i in range(IDLE)]
        for sock in idle:
            self.assertEqual(read_until(sock, GREETING, 10), GREETING)
        self.wait_for_sessions(IDLE)
        for sock in idle:
            sock.close()
        self.wait_for_sessions(0)
        full = [self.connect(i) for i in range(LIMIT)]
        for i, sock in enumerate(full):
            self.assertEqual(read_until(sock, GREETING, 10), GREETING, "connection %d of %d" % (i + 1, LIMIT))
        over = self.connect(LIMIT)
        self.assertEqual(read_until(over, BUSY, 10), BUSY)
        for sock in full:
            sock.close()
        self.wait_for_sessions(0)
        greeted, took = self.deliver()
        self.assertLess(took, budget)

    # A burst of connections larger than Qt's default listen backlog (50) must not lose SYNs:
    # the listener asks the kernel for a backlog of 1024.
    def test_a_burst_of_300_connections_is_not_dropped_by_the_listen_backlog(self):
        self.wait_for_sessions(0)
        times, sockets = burst(self.listener.port, IDLE)
        for sock in sockets:
            self.addCleanup(sock.close)
        self.assertNotIn(None, times, "a connection never completed")
        # A handshake on loopback takes microseconds; 1 s is the first SYN retransmission.
        slow = [t for t in times if t >= 0.9]
        self.assertEqual(slow, [], "%d of %d connections waited for a SYN retransmission (worst %.2f s)"
                         % (len(slow), IDLE, max(times)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
