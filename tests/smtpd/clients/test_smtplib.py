#!/usr/bin/python3
"""The real relaydesk-smtpd against Python's smtplib and raw sockets.

Every reply of DESIGN.md's decision order, the classic open-relay tricks from an untrusted host,
trusted relay and local delivery with the files they leave, AUTH PLAIN/LOGIN with and without
STARTTLS, SMTP smuggling, pipelining and the limits. Clients play different hosts by binding
127.0.1.x source addresses. Run with /usr/bin/python3; needs RELAYDESK_SMTPD and
RELAYDESK_SHARED_DIR (CTest sets both).
"""

import base64
import os
import re
import smtplib
import ssl
import sys
import tempfile
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from smtpd_harness import (  # noqa: E402
    BANNED, FOREIGN_RECIPIENT, FQDN, HOST, LOCAL_RECIPIENT, SMTP_PASSWORD, SMTP_USER, TRUSTED,
    TRUSTED_GROUP, UNTRUSTED, Listener, RawClient, make_certificate, queued_id, wait_until)

REPLY_TIMEOUT = 10


def text(code_and_message):
    """smtplib's (code, b'message') as the reply line '250 2.1.0 Sender OK'."""
    code, message = code_and_message
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return ("%d %s" % (code, message.replace("\n", " | "))).rstrip()


def b64(data):
    return base64.b64encode(data.encode("utf-8") if isinstance(data, str) else data).decode("ascii")


def message(subject, body="Hello from the integration test.\r\n", sender="app@apps.example",
            to=FOREIGN_RECIPIENT):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s" % (sender, to, subject, body)).encode("utf-8")


class ListenerTestCase(unittest.TestCase):
    """Starts one listener per test class; configure() may change its configuration."""

    listener = None

    @staticmethod
    def configure(config):
        pass

    @classmethod
    def setUpClass(cls):
        cls.listener = Listener(configure=cls.configure).start()
        cls.addClassCleanup(cls.listener.cleanup)

    # -- clients

    def smtp(self, source=UNTRUSTED, ehlo=True):
        """An smtplib client connected from the source address, after EHLO."""
        client = smtplib.SMTP(local_hostname="client.test", timeout=REPLY_TIMEOUT,
                              source_address=(source, 0))
        self.addCleanup(self._close, client)
        client._host = HOST  # what starttls() checks the certificate against; connect() does not set it
        self.assertEqual(text(client.connect(HOST, self.listener.port)),
                         "220 %s RelayDesk ESMTP service ready" % FQDN)
        if ehlo:
            code, _ = client.ehlo()
            self.assertEqual(code, 250)
        return client

    def raw(self, source=UNTRUSTED, ehlo=True):
        client = RawClient(self.listener.port, source=source, timeout=REPLY_TIMEOUT)
        self.addCleanup(client.close)
        if ehlo:
            self.assertEqual(client.greet(), "220 %s RelayDesk ESMTP service ready" % FQDN)
        return client

    @staticmethod
    def _close(client):
        try:
            client.close()
        except Exception:  # noqa: BLE001 - cleanup only
            pass

    # -- the spool

    def spool(self):
        return self.listener.messages("Queue"), self.listener.messages("Drop")

    def assertSpoolUnchanged(self, before):
        self.assertEqual(self.spool(), before, "a refused message left a file in Queue/ or Drop/")

    def assertQueued(self, reply_line):
        message_id = queued_id(reply_line)
        self.assertIsNotNone(message_id, "not '250 2.6.0 <id> Queued mail for delivery': %r" % reply_line)
        return message_id

    def assertStored(self, kind, message_id, sender, receivers, body, helo="client.test",
                     client=UNTRUSTED, protocol="ESMTP"):
        """The .eml has the IIS-style envelope lines, our Received header, then exactly the message."""
        data = self.listener.read_message(kind, message_id)
        envelope = "X-Sender: %s\r\n" % sender + "".join("X-Receiver: %s\r\n" % r for r in receivers)
        self.assertTrue(data.startswith(envelope.encode()), data[:300])
        rest = data[len(envelope):]
        received = re.match(
            rb"Received: from (\S+) \(([^)]+)\)\r\n\tby (\S+) \(RelayDesk\) with (\S+) id (\S+);\r\n"
            rb"\t[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000\r\n", rest)
        self.assertIsNotNone(received, rest[:300])
        self.assertEqual(received.group(1).decode(), helo)
        self.assertEqual(received.group(2).decode(), "[%s]" % client, "TCP-info is an address literal")
        self.assertEqual(received.group(3).decode(), FQDN)
        self.assertEqual(received.group(4).decode(), protocol)
        self.assertEqual(received.group(5).decode(), message_id)
        self.assertEqual(rest[received.end():], body)
        return data

    def wait_for_event(self, predicate, what):
        return wait_until(lambda: [e for e in self.listener.events() if predicate(e)], 5, what=what)


# ---------------------------------------------------------------------------------------------
# 1. Connect, EHLO, protocol errors


class ConnectTests(ListenerTestCase):

    def test_greeting_for_trusted_and_untrusted_hosts(self):
        for source in (TRUSTED, UNTRUSTED, TRUSTED_GROUP, "127.0.0.1"):
            with self.subTest(source=source):
                client = self.smtp(source)
                self.assertEqual(text(client.noop()), "250 2.0.0 OK")
                self.assertEqual(text(client.quit()), "221 2.0.0 Bye")

    def test_banned_host_gets_554_and_is_disconnected(self):
        with self.assertRaises(smtplib.SMTPConnectError) as raised:
            smtplib.SMTP(HOST, self.listener.port, local_hostname="client.test", timeout=REPLY_TIMEOUT,
                         source_address=(BANNED, 0))
        self.assertEqual(raised.exception.smtp_code, 554)
        self.assertEqual(raised.exception.smtp_error, b"5.7.1 Access denied for %s" % BANNED.encode())

        raw = self.raw(BANNED, ehlo=False)
        self.assertEqual(raw.line(), "554 5.7.1 Access denied for %s" % BANNED)
        self.assertTrue(raw.closed(), "the listener kept the banned host's connection open")
        self.wait_for_event(lambda e: e.get("event") == "connection-refused" and e.get("client") == BANNED,
                            "a connection-refused event for the banned host")

    def test_ehlo_advertises_extensions_without_auth_or_starttls(self):
        client = self.smtp()
        code, lines = client.ehlo("client.test")
        self.assertEqual(code, 250)
        self.assertEqual(lines.split(b"\n")[0], FQDN.encode())
        features = client.esmtp_features
        for extension in ("pipelining", "8bitmime", "enhancedstatuscodes", "help"):
            self.assertIn(extension, features)
        self.assertEqual(features["size"], str(10240 * 1024))
        # basicRequiresTls and no certificate: neither AUTH nor STARTTLS.
        self.assertNotIn("auth", features)
        self.assertNotIn("starttls", features)
        self.assertEqual(text(client.docmd("STARTTLS")), "502 5.5.1 STARTTLS not available")

    def test_helo(self):
        client = self.smtp(ehlo=False)
        self.assertEqual(text(client.helo("client.test")), "250 %s" % FQDN)
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")), "250 2.1.0 Sender OK")

    def test_protocol_errors_leave_the_session_usable(self):
        client = self.smtp(ehlo=False)
        cases = [
            (("MAIL", "FROM:<a@apps.example>"), "503 5.5.1"),  # before EHLO
            (("EHLO", ""), "501 5.5.4"),
            (("EHLO", "client.test"), "250"),
            (("RCPT", "TO:<%s>" % LOCAL_RECIPIENT), "503 5.5.1"),  # before MAIL
            (("DATA", ""), "503 5.5.1"),
            (("XYZZY", ""), "500 5.5.2"),
            (("MAIL", "FROM:<a@apps.example> FOO=BAR"), "555 5.5.4"),
            (("MAIL", "FROM:<a@apps.example>"), "250 2.1.0 Sender OK"),
            (("MAIL", "FROM:<a@apps.example>"), "503 5.5.1"),  # nested MAIL
            (("RCPT", "TO:<%s> NOTIFY=NEVER" % LOCAL_RECIPIENT), "555 5.5.4"),
            (("RCPT", "TO:<%s>" % LOCAL_RECIPIENT), "250 2.1.5 Recipient OK"),
            (("VRFY", LOCAL_RECIPIENT), "252"),
            (("EXPN", "staff"), "502 5.5.1"),
            (("HELP", ""), "214"),
            (("NOOP", ""), "250 2.0.0 OK"),
            (("RSET", ""), "250 2.0.0 OK"),
            (("RCPT", "TO:<%s>" % LOCAL_RECIPIENT), "503 5.5.1"),  # RSET ended the transaction
        ]
        for (verb, argument), expected in cases:
            with self.subTest(command="%s %s" % (verb, argument)):
                self.assertTrue(text(client.docmd(verb, argument)).startswith(expected))
        # Still usable: a whole transaction goes through.
        client.docmd("MAIL", "FROM:<a@apps.example>")
        client.docmd("RCPT", "TO:<%s>" % LOCAL_RECIPIENT)
        self.assertQueued(text(client.data(message("after errors", to=LOCAL_RECIPIENT))))
        self.assertEqual(text(client.quit()), "221 2.0.0 Bye")


# ---------------------------------------------------------------------------------------------
# 2. MAIL, RCPT and DATA replies, exactly as DESIGN.md words them


class EnvelopeReplyTests(ListenerTestCase):

    def test_mail_from_replies(self):
        client = self.smtp()
        cases = [
            ("FROM:<a@apps.example>", "250 2.1.0 Sender OK"),
            ("FROM:<>", "250 2.1.0 Sender OK"),
            ("FROM:<a@@apps.example>", "501 5.1.7 Bad sender address syntax"),
            ("FROM:<a b@apps.example>", "501 5.1.7 Bad sender address syntax"),
            ("FROM:<a@apps..example>", "501 5.1.7 Bad sender address syntax"),
            ("FROM:<a@apps.example> SIZE=%d" % (10240 * 1024 + 1), "552 5.3.4 Message size exceeds fixed limit"),
            ("FROM:<a@apps.example> SIZE=%d" % (10240 * 1024), "250 2.1.0 Sender OK"),
            ("FROM:<a@apps.example> SIZE=1000 BODY=8BITMIME", "250 2.1.0 Sender OK"),
        ]
        for argument, expected in cases:
            with self.subTest(argument=argument):
                self.assertEqual(text(client.docmd("MAIL", argument)), expected)
                self.assertEqual(text(client.rset()), "250 2.0.0 OK")

    def test_rcpt_to_replies(self):
        cases = [
            (UNTRUSTED, "<%s>" % LOCAL_RECIPIENT, "250 2.1.5 Recipient OK"),
            (UNTRUSTED, "<helpdesk@corp.example>", "250 2.1.5 Recipient OK"),
            (UNTRUSTED, "<Postmaster>", "250 2.1.5 Recipient OK"),
            (UNTRUSTED, "<postmaster@corp.example>", "250 2.1.5 Recipient OK"),
            (UNTRUSTED, "<anyone@legacy.corp.example>", "250 2.1.5 Recipient OK"),  # not authoritative
            (UNTRUSTED, "<bob@corp.example>", "550 5.1.1 User unknown: bob@corp.example"),
            (UNTRUSTED, "<%s>" % FOREIGN_RECIPIENT, "550 5.7.1 Unable to relay for %s" % FOREIGN_RECIPIENT),
            (UNTRUSTED, "<a@b@c>", "501 5.1.3 Bad recipient address syntax"),
            (UNTRUSTED, "<>", "501 5.1.3 Bad recipient address syntax"),
            (TRUSTED, "<%s>" % FOREIGN_RECIPIENT, "250 2.1.5 Recipient OK"),
            (TRUSTED_GROUP, "<%s>" % FOREIGN_RECIPIENT, "250 2.1.5 Recipient OK"),
            ("127.0.1.99", "<%s>" % FOREIGN_RECIPIENT,  # its relay entry has expired
             "550 5.7.1 Unable to relay for %s" % FOREIGN_RECIPIENT),
            ("127.0.2.15", "<%s>" % FOREIGN_RECIPIENT,  # outside the group, near the single entry
             "550 5.7.1 Unable to relay for %s" % FOREIGN_RECIPIENT),
        ]
        for source, path, expected in cases:
            with self.subTest(source=source, path=path):
                client = self.smtp(source)
                self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")), "250 2.1.0 Sender OK")
                self.assertEqual(text(client.docmd("RCPT", "TO:" + path)), expected)

    def test_data_replies(self):
        before = self.spool()
        client = self.smtp()
        client.docmd("MAIL", "FROM:<a@apps.example>")
        client.docmd("RCPT", "TO:<%s>" % FOREIGN_RECIPIENT)  # refused
        self.assertEqual(text(client.docmd("DATA")), "554 5.5.1 No valid recipients")
        self.assertEqual(text(client.docmd("RCPT", "TO:<%s>" % LOCAL_RECIPIENT)), "250 2.1.5 Recipient OK")
        self.assertEqual(text(client.docmd("DATA", "NOW")), "501 5.5.4 Syntax: DATA")
        self.assertEqual(text(client.docmd("DATA")), "354 End data with <CR><LF>.<CR><LF>")
        client.send(message("data replies", to=LOCAL_RECIPIENT) + b"\r\n.\r\n")
        message_id = self.assertQueued(text(client.getreply()))
        queue, drop = self.spool()
        self.assertEqual(queue, before[0])
        self.assertEqual(drop, before[1] | {message_id + ".eml"})


class DataRefusalTests(ListenerTestCase):
    """DATA refusals: bare CR/LF, long lines, hop count. Nothing is stored, the session goes on."""

    def transaction(self, client, recipient=LOCAL_RECIPIENT):
        self.assertEqual(client.command("MAIL FROM:<a@apps.example>"), "250 2.1.0 Sender OK")
        self.assertEqual(client.command("RCPT TO:<%s>" % recipient), "250 2.1.5 Recipient OK")
        self.assertEqual(client.command("DATA"), "354 End data with <CR><LF>.<CR><LF>")

    def refused(self, body, expected):
        before = self.spool()
        client = self.raw()
        self.transaction(client)
        client.send(body + b"\r\n.\r\n")
        self.assertEqual(client.line(), expected)
        self.assertSpoolUnchanged(before)
        self.assertEqual(client.command("NOOP"), "250 2.0.0 OK")
        self.transaction(client)
        client.send(b"Subject: next\r\n\r\nstill usable\r\n.\r\n")
        self.assertIsNotNone(queued_id(client.line()))
        self.assertEqual(client.command("QUIT"), "221 2.0.0 Bye")

    def test_bare_line_feed(self):
        self.refused(b"Subject: bare LF\r\n\r\nfirst line\nsecond line\r\n",
                     "550 5.5.2 Bare CR or LF not allowed")

    def test_bare_carriage_return(self):
        self.refused(b"Subject: bare CR\r\n\r\nfirst line\rsecond line\r\n",
                     "550 5.5.2 Bare CR or LF not allowed")

    def test_bare_line_feed_in_the_headers(self):
        self.refused(b"Subject: bare LF\nX-Other: header\r\n\r\nbody\r\n", "550 5.5.2 Bare CR or LF not allowed")

    def test_text_line_over_1000_octets(self):
        self.refused(b"Subject: long\r\n\r\n" + b"x" * 999 + b"\r\n", "500 5.5.2 Line too long")

    def test_text_line_of_1000_octets_is_accepted(self):
        client = self.raw()
        self.transaction(client)
        line = b"y" * 998
        client.send(b"Subject: long\r\n\r\n" + line + b"\r\n.\r\n")
        message_id = queued_id(client.line())
        self.assertIsNotNone(message_id)
        self.assertTrue(self.listener.read_message("Drop", message_id).endswith(line + b"\r\n"))

    def test_hop_count_over_max_is_a_routing_loop(self):
        received = b"".join(b"Received: from hop%d.example by hop%d.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                            % (i, i + 1) for i in range(31))
        self.refused(received + b"Subject: loop\r\n\r\nlooping\r\n", "554 5.4.6 Routing loop detected")

    def test_hop_count_at_max_is_accepted(self):
        received = b"".join(b"Received: from hop%d.example by hop%d.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                            % (i, i + 1) for i in range(30))
        client = self.raw()
        self.transaction(client)
        client.send(received + b"Subject: 30 hops\r\n\r\nfine\r\n.\r\n")
        self.assertIsNotNone(queued_id(client.line()))

    def test_received_in_the_body_does_not_count(self):
        client = self.raw()
        self.transaction(client)
        body = b"".join(b"Received: quoted in the body %d\r\n" % i for i in range(40))
        client.send(b"Subject: quoted\r\n\r\n" + body + b".\r\n")
        self.assertIsNotNone(queued_id(client.line()))


# ---------------------------------------------------------------------------------------------
# 3. Open-relay tricks from an untrusted host: every one refused at RCPT, nothing ever queued


class OpenRelayTests(ListenerTestCase):

    RELAY_REFUSED = "550 5.7.1 Unable to relay for "

    # (what, sender, recipient path as sent, expected reply; a trailing "*" means "starts with")
    TRICKS = [
        ("percent hack", "<a@apps.example>", "<victim%foreign.example@corp.example>",
         RELAY_REFUSED + "victim%foreign.example@corp.example"),
        ("percent hack, known local part", "<a@apps.example>", "<alice%foreign.example@corp.example>",
         RELAY_REFUSED + "alice%foreign.example@corp.example"),
        ("percent hack via a non-authoritative domain", "<a@apps.example>",
         "<victim%foreign.example@legacy.corp.example>",
         RELAY_REFUSED + "victim%foreign.example@legacy.corp.example"),
        ("double percent hack", "<a@apps.example>", "<victim%foreign.example%corp.example@corp.example>",
         RELAY_REFUSED + "victim%foreign.example%corp.example@corp.example"),
        ("bang path", "<a@apps.example>", "<foreign.example!victim@corp.example>",
         RELAY_REFUSED + "foreign.example!victim@corp.example"),
        ("bang path and percent", "<a@apps.example>", "<foreign.example!victim%other.example@corp.example>",
         RELAY_REFUSED + "foreign.example!victim%other.example@corp.example"),
        ("bang path, unqualified", "<a@apps.example>", "<foreign.example!victim>",
         "501 5.1.3 Bad recipient address syntax"),
        ("quoted local part with @", "<a@apps.example>", '<"victim@foreign.example"@corp.example>',
         RELAY_REFUSED + '"victim@foreign.example"@corp.example'),
        ("quoted local part with %", "<a@apps.example>", '<"victim%foreign.example"@corp.example>',
         RELAY_REFUSED + "*"),
        ("quoted local part with escaped @", "<a@apps.example>", '<"victim\\@foreign.example"@corp.example>',
         RELAY_REFUSED + "*"),
        ("quoted known local part with @", "<a@apps.example>", '<"alice@foreign.example"@corp.example>',
         RELAY_REFUSED + '"alice@foreign.example"@corp.example'),
        ("source route", "<a@apps.example>", "<@corp.example:victim@foreign.example>",
         RELAY_REFUSED + "victim@foreign.example"),
        ("source route through two hops", "<a@apps.example>",
         "<@corp.example,@relay.test:victim@foreign.example>", RELAY_REFUSED + "victim@foreign.example"),
        ("source route plus percent hack", "<a@apps.example>",
         "<@corp.example:victim%foreign.example@corp.example>",
         RELAY_REFUSED + "victim%foreign.example@corp.example"),
        ("foreign IPv4 literal", "<a@apps.example>", "<victim@[192.0.2.1]>",
         RELAY_REFUSED + "victim@[192.0.2.1]"),
        ("the listener's own IPv4 literal", "<a@apps.example>", "<alice@[127.0.0.1]>",
         RELAY_REFUSED + "alice@[127.0.0.1]"),
        ("IPv6 literal", "<a@apps.example>", "<victim@[IPv6:2001:db8::1]>", RELAY_REFUSED + "*"),
        ("null sender", "<>", "<victim@foreign.example>", RELAY_REFUSED + "victim@foreign.example"),
        ("local-domain sender", "<alice@corp.example>", "<victim@foreign.example>",
         RELAY_REFUSED + "victim@foreign.example"),
        ("postmaster as sender", "<postmaster@corp.example>", "<victim@foreign.example>",
         RELAY_REFUSED + "victim@foreign.example"),
        ("uppercase and trailing dot", "<a@apps.example>", "<VICTIM@FOREIGN.EXAMPLE.>",
         RELAY_REFUSED + "VICTIM@foreign.example"),
        ("local domain as a suffix of a foreign one", "<a@apps.example>",
         "<victim@corp.example.foreign.example>", RELAY_REFUSED + "victim@corp.example.foreign.example"),
        ("local domain as the end of a foreign one", "<a@apps.example>", "<victim@evilcorp.example>",
         RELAY_REFUSED + "victim@evilcorp.example"),
        ("local domain as a prefix of a foreign one", "<a@apps.example>", "<victim@corp.examplex>",
         RELAY_REFUSED + "victim@corp.examplex"),
        ("local domain as a substring of a foreign one", "<a@apps.example>", "<victim@xcorp.example.net>",
         RELAY_REFUSED + "victim@xcorp.example.net"),
        ("subdomain of the authoritative domain", "<a@apps.example>", "<victim@sub.corp.example>",
         RELAY_REFUSED + "victim@sub.corp.example"),
        ("uppercase suffix trick with trailing dot", "<a@apps.example>", "<victim@CORP.EXAMPLE.FOREIGN.EXAMPLE.>",
         RELAY_REFUSED + "victim@corp.example.foreign.example"),
        ("unqualified address", "<a@apps.example>", "<victim>", "501 5.1.3 Bad recipient address syntax"),
        ("two @ signs", "<a@apps.example>", "<victim@foreign.example@corp.example>", "501 *"),
        ("percent in the domain", "<a@apps.example>", "<victim@foreign.example%corp.example>", "501 *"),
        ("no angle brackets", "<a@apps.example>", "victim@foreign.example", "501 *"),
        ("empty domain label", "<a@apps.example>", "<victim@corp.example..>", "501 *"),
    ]

    def expect(self, actual, expected):
        if expected.endswith("*"):
            self.assertTrue(actual.startswith(expected[:-1]), "%r does not start with %r" % (actual, expected[:-1]))
        else:
            self.assertEqual(actual, expected)

    def test_every_trick_is_refused_at_rcpt_and_nothing_is_queued(self):
        before = self.spool()
        refused_for_relay = 0
        for what, sender, path, expected in self.TRICKS:
            with self.subTest(trick=what, path=path):
                client = self.smtp(UNTRUSTED)
                self.assertEqual(text(client.docmd("MAIL", "FROM:" + sender)), "250 2.1.0 Sender OK")
                self.expect(text(client.docmd("RCPT", "TO:" + path)), expected)
                # Nothing to send: no recipient was accepted.
                self.assertEqual(text(client.docmd("DATA")), "554 5.5.1 No valid recipients")
                if expected.startswith(self.RELAY_REFUSED):
                    refused_for_relay += 1
        self.assertSpoolUnchanged(before)
        wait_until(lambda: len([e for e in self.listener.events() if e.get("event") == "relay-refused"
                                and e.get("client") == UNTRUSTED]) >= refused_for_relay,
                   5, what="a relay-refused event for each refused trick")

    def test_tricks_mixed_with_a_local_recipient_queue_nothing(self):
        """A trick next to a good local recipient: the message goes to Drop/ for alice only."""
        queued_before = self.listener.messages("Queue")
        client = self.smtp(UNTRUSTED)
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")), "250 2.1.0 Sender OK")
        self.assertEqual(text(client.docmd("RCPT", "TO:<%s>" % LOCAL_RECIPIENT)), "250 2.1.5 Recipient OK")
        for what, _, path, expected in self.TRICKS:
            with self.subTest(trick=what):
                self.expect(text(client.docmd("RCPT", "TO:" + path)), expected)
        body = message("mixed", to=LOCAL_RECIPIENT)
        message_id = self.assertQueued(text(client.data(body)))
        self.assertEqual(self.listener.messages("Queue"), queued_before)
        self.assertStored("Drop", message_id, "a@apps.example", [LOCAL_RECIPIENT], body)

    def test_look_alike_characters_need_smtputf8(self):
        queued_before = self.listener.messages("Queue")
        # Full-width '%' and '@' (NFKC reads them as '%' and '@'): refused, never local.
        for path in ("<victim\uff05foreign.example@corp.example>", "<victim\uff20foreign.example@corp.example>"):
            with self.subTest(path=path):
                client = self.raw(UNTRUSTED)
                self.assertEqual(client.command("MAIL FROM:<a@apps.example>"), "250 2.1.0 Sender OK")
                reply = client.command("RCPT TO:" + path)
                self.assertRegex(reply, r"^(553 5\.6\.7|550 5\.7\.1|501 5\.1\.3) ")
        self.assertEqual(self.listener.messages("Queue"), queued_before)

    def test_source_route_to_a_local_mailbox_is_delivered_locally(self):
        queued_before = self.listener.messages("Queue")
        client = self.smtp(UNTRUSTED)
        client.docmd("MAIL", "FROM:<a@apps.example>")
        self.assertEqual(text(client.docmd("RCPT", "TO:<@foreign.example:alice@CORP.EXAMPLE.>")),
                         "250 2.1.5 Recipient OK")
        body = message("source route", to=LOCAL_RECIPIENT)
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Drop", message_id, "a@apps.example", ["alice@corp.example"], body)
        self.assertEqual(self.listener.messages("Queue"), queued_before)

    def test_the_trusted_host_can_relay_the_same_tricks_only_to_the_queue(self):
        """Positive control: the percent hack from a trusted host is relay (Queue/), never local."""
        client = self.smtp(TRUSTED)
        client.docmd("MAIL", "FROM:<a@apps.example>")
        self.assertEqual(text(client.docmd("RCPT", "TO:<alice%foreign.example@corp.example>")),
                         "250 2.1.5 Recipient OK")
        body = message("percent from trusted")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Queue", message_id, "a@apps.example", ["alice%foreign.example@corp.example"], body,
                          client=TRUSTED)
        self.assertNotIn(message_id + ".eml", self.listener.messages("Drop"))


# ---------------------------------------------------------------------------------------------
# 4. Trusted relay and local delivery: the files they leave


class DeliveryTests(ListenerTestCase):

    def test_trusted_host_relays_into_the_queue(self):
        client = self.smtp(TRUSTED)
        self.assertEqual(text(client.mail("crm@apps.example")), "250 2.1.0 Sender OK")
        self.assertEqual(text(client.rcpt(FOREIGN_RECIPIENT)), "250 2.1.5 Recipient OK")
        self.assertEqual(text(client.rcpt("other@foreign.example")), "250 2.1.5 Recipient OK")
        # smtplib dot-stuffs the leading dot and turns bare LF into CRLF; we store it unstuffed.
        code, reply = client.data("Subject: relayed\r\n\r\n.leading dot\nline two\r\n..two dots\r\n")
        message_id = self.assertQueued(text((code, reply)))
        self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT, "other@foreign.example"],
                          b"Subject: relayed\r\n\r\n.leading dot\r\nline two\r\n..two dots\r\n", client=TRUSTED)
        self.assertNotIn(message_id + ".eml", self.listener.messages("Drop"))
        self.wait_for_event(lambda e: e.get("event") == "accepted" and e.get("id") == message_id,
                            "the accepted event")

    def test_trusted_group_member_relays(self):
        client = self.smtp(TRUSTED_GROUP)
        body = message("from the group")
        client.mail("web@apps.example")
        self.assertEqual(text(client.rcpt(FOREIGN_RECIPIENT)), "250 2.1.5 Recipient OK")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Queue", message_id, "web@apps.example", [FOREIGN_RECIPIENT], body, client=TRUSTED_GROUP)

    def test_local_delivery_lands_in_drop(self):
        client = self.smtp(UNTRUSTED)
        client.mail("someone@internet.example")
        self.assertEqual(text(client.rcpt("Alice@CORP.example")), "250 2.1.5 Recipient OK")
        self.assertEqual(text(client.rcpt("helpdesk@corp.example")), "250 2.1.5 Recipient OK")
        body = message("local", to=LOCAL_RECIPIENT)
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Drop", message_id, "someone@internet.example",
                          ["Alice@corp.example", "helpdesk@corp.example"], body)
        self.assertNotIn(message_id + ".eml", self.listener.messages("Queue"))

    def test_local_and_relay_recipients_split_between_drop_and_queue(self):
        client = self.smtp(TRUSTED)
        client.mail("crm@apps.example")
        client.rcpt(LOCAL_RECIPIENT)
        client.rcpt(FOREIGN_RECIPIENT)
        body = message("split")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Drop", message_id, "crm@apps.example", [LOCAL_RECIPIENT], body, client=TRUSTED)
        self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT], body, client=TRUSTED)

    def test_null_sender_and_helo_protocol(self):
        client = self.smtp(UNTRUSTED, ehlo=False)
        self.assertEqual(text(client.helo("bounce.example")), "250 " + FQDN)
        self.assertEqual(text(client.docmd("MAIL", "FROM:<>")), "250 2.1.0 Sender OK")
        client.docmd("RCPT", "TO:<Postmaster>")
        body = message("bounce", sender="MAILER-DAEMON@bounce.example", to="postmaster")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Drop", message_id, "<>", ["Postmaster"], body, helo="bounce.example", protocol="SMTP")

    def test_several_messages_in_one_session(self):
        client = self.smtp(TRUSTED)
        ids = []
        for i in range(5):
            client.mail("crm@apps.example")
            client.rcpt(FOREIGN_RECIPIENT)
            ids.append(self.assertQueued(text(client.data(message("message %d" % i)))))
        self.assertEqual(len(set(ids)), 5)
        for i, message_id in enumerate(ids):
            self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT],
                              message("message %d" % i), client=TRUSTED)


# ---------------------------------------------------------------------------------------------
# 5. AUTH PLAIN and LOGIN without TLS (basicRequiresTls off), and with anonymous access off


def login_plain(client, user, password, authzid=""):
    return client.docmd("AUTH", "PLAIN " + b64("%s\0%s\0%s" % (authzid, user, password)))


def login_login(client, user, password):
    code, challenge = client.docmd("AUTH", "LOGIN")
    if code != 334:
        return code, challenge
    assert base64.b64decode(challenge) == b"Username:", challenge
    code, challenge = client.docmd(b64(user) if user else "=")
    if code != 334:
        return code, challenge
    assert base64.b64decode(challenge) == b"Password:", challenge
    return client.docmd(b64(password) if password else "=")


class AuthWithoutTlsTests(ListenerTestCase):
    """basicRequiresTls off: AUTH in clear text, and authenticated relay from an untrusted host."""

    @staticmethod
    def configure(config):
        config["virtualServers"][0]["authentication"]["basicRequiresTls"] = False

    def relay_reply(self, client):
        self.assertEqual(text(client.docmd("MAIL", "FROM:<crm@apps.example>")), "250 2.1.0 Sender OK")
        return text(client.docmd("RCPT", "TO:<%s>" % FOREIGN_RECIPIENT))

    def test_auth_is_advertised(self):
        client = self.smtp("127.0.1.30")
        self.assertEqual(client.esmtp_features.get("auth", "").split(), ["PLAIN", "LOGIN"])

    def test_smtplib_login_plain_then_relay(self):
        client = self.smtp("127.0.1.31")
        client.user, client.password = SMTP_USER, SMTP_PASSWORD
        self.assertEqual(text(client.auth("PLAIN", client.auth_plain)), "235 2.7.0 Authentication successful")
        self.assertEqual(self.relay_reply(client), "250 2.1.5 Recipient OK")
        body = message("authenticated relay")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT], body,
                          client="127.0.1.31", protocol="ESMTPA")
        self.assertEqual(text(client.docmd("AUTH", "PLAIN " + b64("\0x\0y"))), "503 5.5.1 Already authenticated")

    def test_smtplib_login_login_then_relay(self):
        client = self.smtp("127.0.1.32")
        client.user, client.password = SMTP_USER, SMTP_PASSWORD
        self.assertEqual(text(client.auth("LOGIN", client.auth_login, initial_response_ok=False)),
                         "235 2.7.0 Authentication successful")
        self.assertEqual(self.relay_reply(client), "250 2.1.5 Recipient OK")

    def test_smtplib_login_picks_a_mechanism(self):
        client = self.smtp("127.0.1.33")
        self.assertEqual(text(client.login(SMTP_USER, SMTP_PASSWORD)), "235 2.7.0 Authentication successful")

    def test_user_name_is_case_insensitive_and_password_is_not(self):
        client = self.smtp("127.0.1.34")
        self.assertEqual(text(login_plain(client, SMTP_USER.upper(), SMTP_PASSWORD)),
                         "235 2.7.0 Authentication successful")
        client = self.smtp("127.0.1.34")
        self.assertEqual(text(login_plain(client, SMTP_USER, SMTP_PASSWORD.upper())),
                         "535 5.7.8 Authentication credentials invalid")

    def test_bad_credentials_are_refused_and_relay_stays_closed(self):
        refused = "535 5.7.8 Authentication credentials invalid"
        cases = [
            ("PLAIN wrong password", "127.0.1.40", lambda c: login_plain(c, SMTP_USER, "wrong"), refused),
            ("PLAIN unknown user", "127.0.1.41", lambda c: login_plain(c, "nobody", SMTP_PASSWORD), refused),
            ("PLAIN disabled user", "127.0.1.42", lambda c: login_plain(c, "disabled-user", SMTP_PASSWORD), refused),
            ("PLAIN empty user and password", "127.0.1.43", lambda c: login_plain(c, "", ""), refused),
            ("PLAIN empty password", "127.0.1.44", lambda c: login_plain(c, SMTP_USER, ""), refused),
            ("PLAIN other authzid", "127.0.1.45",
             lambda c: login_plain(c, SMTP_USER, SMTP_PASSWORD, authzid="admin"), refused),
            ("LOGIN wrong password", "127.0.1.46", lambda c: login_login(c, SMTP_USER, "wrong"), refused),
            ("LOGIN empty user and password", "127.0.1.47", lambda c: login_login(c, "", ""), refused),
            ("LOGIN empty password", "127.0.1.48", lambda c: login_login(c, SMTP_USER, ""), refused),
            ("PLAIN empty response", "127.0.1.49", lambda c: c.docmd("AUTH", "PLAIN ="), "501 5.5.2 *"),
            ("PLAIN not base64", "127.0.1.50", lambda c: c.docmd("AUTH", "PLAIN !!!"), "501 5.5.2 *"),
            ("LOGIN cancelled", "127.0.1.51", lambda c: (c.docmd("AUTH", "LOGIN"), c.docmd("*"))[1], "501 5.0.0 *"),
            ("unknown mechanism", "127.0.1.52", lambda c: c.docmd("AUTH", "CRAM-MD5"), "504 5.5.4 *"),
        ]
        for what, source, attempt, expected in cases:
            with self.subTest(case=what):
                client = self.smtp(source)
                actual = text(attempt(client))
                if expected.endswith("*"):
                    self.assertTrue(actual.startswith(expected[:-1]), actual)
                else:
                    self.assertEqual(actual, expected)
                self.assertEqual(self.relay_reply(client), "550 5.7.1 Unable to relay for " + FOREIGN_RECIPIENT)
        self.wait_for_event(lambda e: e.get("event") == "auth-failed" and e.get("client") == "127.0.1.40",
                            "an auth-failed event")

    def test_failures_after_the_third_are_delayed_more_and_more(self):
        source = "127.0.1.77"
        took = []
        for _ in range(5):
            client = self.smtp(source)
            started = time.monotonic()
            self.assertEqual(text(login_plain(client, SMTP_USER, "wrong")),
                             "535 5.7.8 Authentication credentials invalid")
            took.append(time.monotonic() - started)
            client.close()
        # Judged against the undelayed attempts (the password check itself takes its time, more
        # so on a loaded machine): no delay for three failures, then 1 s, then 2 s. 0.8 s lies
        # between the spread of the checks and the first delay.
        base = min(took[:3])
        self.assertLess(max(took[:3]) - base, 0.8, took)
        self.assertGreaterEqual(took[3] - base, 0.8, took)
        self.assertGreaterEqual(took[4] - base, 1.7, took)
        self.assertGreater(took[4], took[3], took)
        # Another host is not slowed down by this one's failures.
        client = self.smtp("127.0.1.78")
        started = time.monotonic()
        self.assertEqual(text(login_plain(client, SMTP_USER, SMTP_PASSWORD)), "235 2.7.0 Authentication successful")
        self.assertLess(time.monotonic() - started - base, 0.8)


class AnonymousOffTests(ListenerTestCase):

    @staticmethod
    def configure(config):
        auth = config["virtualServers"][0]["authentication"]
        auth["anonymous"] = False
        auth["basicRequiresTls"] = False

    def test_mail_needs_authentication(self):
        for source in (UNTRUSTED, TRUSTED):
            with self.subTest(source=source):
                client = self.smtp(source)
                self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")),
                                 "530 5.7.0 Authentication required")
                self.assertEqual(text(login_plain(client, SMTP_USER, "wrong")),
                                 "535 5.7.8 Authentication credentials invalid")
                self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")),
                                 "530 5.7.0 Authentication required")
                self.assertEqual(text(login_plain(client, SMTP_USER, SMTP_PASSWORD)),
                                 "235 2.7.0 Authentication successful")
                self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")), "250 2.1.0 Sender OK")
                self.assertEqual(text(client.docmd("RCPT", "TO:<%s>" % LOCAL_RECIPIENT)), "250 2.1.5 Recipient OK")


# ---------------------------------------------------------------------------------------------
# 6. STARTTLS with a certificate made here, then AUTH


def unverified_context():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class StartTlsTests(ListenerTestCase):

    cert_dir = None

    @classmethod
    def setUpClass(cls):
        cls.cert_dir = tempfile.TemporaryDirectory(prefix="relaydesk-cert-")
        cls.addClassCleanup(cls.cert_dir.cleanup)
        cls.cert, cls.key = make_certificate(cls.cert_dir.name)
        super().setUpClass()

    @classmethod
    def configure(cls, config):
        secure = config["virtualServers"][0]["secureCommunication"]
        secure["certificateFile"] = cls.cert
        secure["privateKeyFile"] = cls.key

    def starttls(self, client):
        self.assertIn("starttls", client.esmtp_features)
        self.assertEqual(text(client.starttls(context=unverified_context())), "220 2.0.0 Ready to start TLS")
        self.assertEqual(client.ehlo()[0], 250)

    def test_before_tls_auth_is_not_offered(self):
        client = self.smtp("127.0.1.60")
        self.assertIn("starttls", client.esmtp_features)
        self.assertNotIn("auth", client.esmtp_features)
        self.assertTrue(text(login_plain(client, SMTP_USER, SMTP_PASSWORD)).startswith("538 5.7.11 "))
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example>")), "250 2.1.0 Sender OK")
        self.assertEqual(text(client.docmd("RCPT", "TO:<%s>" % FOREIGN_RECIPIENT)),
                         "550 5.7.1 Unable to relay for " + FOREIGN_RECIPIENT)

    def test_the_served_certificate_is_ours(self):
        client = self.smtp("127.0.1.61")
        self.starttls(client)
        with open(self.cert, encoding="ascii") as f:
            ours = ssl.PEM_cert_to_DER_cert(f.read())
        self.assertEqual(client.sock.getpeercert(binary_form=True), ours)
        self.assertIn(client.sock.version(), ("TLSv1.2", "TLSv1.3"))

    def test_starttls_then_auth_plain_relays(self):
        client = self.smtp("127.0.1.62")
        self.starttls(client)
        self.assertNotIn("starttls", client.esmtp_features)
        self.assertEqual(client.esmtp_features.get("auth", "").split(), ["PLAIN", "LOGIN"])
        client.user, client.password = SMTP_USER, SMTP_PASSWORD
        self.assertEqual(text(client.auth("PLAIN", client.auth_plain)), "235 2.7.0 Authentication successful")
        client.mail("crm@apps.example")
        self.assertEqual(text(client.rcpt(FOREIGN_RECIPIENT)), "250 2.1.5 Recipient OK")
        body = message("over TLS")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT], body,
                          client="127.0.1.62", protocol="ESMTPSA")

    def test_starttls_then_auth_login_relays(self):
        client = self.smtp("127.0.1.63")
        self.starttls(client)
        client.user, client.password = SMTP_USER, SMTP_PASSWORD
        self.assertEqual(text(client.auth("LOGIN", client.auth_login, initial_response_ok=False)),
                         "235 2.7.0 Authentication successful")
        client.mail("crm@apps.example")
        self.assertEqual(text(client.rcpt(FOREIGN_RECIPIENT)), "250 2.1.5 Recipient OK")

    def test_starttls_with_bad_or_empty_credentials(self):
        for source, attempt in (("127.0.1.64", lambda c: login_plain(c, SMTP_USER, "wrong")),
                                ("127.0.1.65", lambda c: login_plain(c, "", "")),
                                ("127.0.1.67", lambda c: login_login(c, SMTP_USER, "wrong"))):
            with self.subTest(source=source):
                client = self.smtp(source)
                self.starttls(client)
                self.assertEqual(text(attempt(client)), "535 5.7.8 Authentication credentials invalid")
                client.docmd("MAIL", "FROM:<a@apps.example>")
                self.assertEqual(text(client.docmd("RCPT", "TO:<%s>" % FOREIGN_RECIPIENT)),
                                 "550 5.7.1 Unable to relay for " + FOREIGN_RECIPIENT)

    def test_tls_without_auth_delivers_locally_only(self):
        client = self.smtp("127.0.1.68")
        self.starttls(client)
        client.mail("someone@internet.example")
        self.assertEqual(text(client.rcpt(FOREIGN_RECIPIENT)), "550 5.7.1 Unable to relay for " + FOREIGN_RECIPIENT)
        self.assertEqual(text(client.rcpt(LOCAL_RECIPIENT)), "250 2.1.5 Recipient OK")
        body = message("local over TLS", to=LOCAL_RECIPIENT)
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Drop", message_id, "someone@internet.example", [LOCAL_RECIPIENT], body,
                          client="127.0.1.68", protocol="ESMTPS")

    def test_commands_pipelined_after_starttls_are_discarded(self):
        """RFC 3207 §4.2 (CVE-2011-0411 style injection): nothing sent before the handshake counts."""
        client = self.raw("127.0.1.69")
        client.send(b"STARTTLS\r\nMAIL FROM:<injected@apps.example>\r\n")
        self.assertEqual(client.line(), "220 2.0.0 Ready to start TLS")
        self.assertEqual(client.buffer, b"")
        client.sock = unverified_context().wrap_socket(client.sock, server_hostname=FQDN)
        client.send(b"EHLO client.test\r\n")
        code, lines = client.reply()
        self.assertEqual(code, 250, lines)
        self.assertIn("AUTH PLAIN LOGIN", lines.split("\n"))
        # The injected MAIL did not start a transaction.
        self.assertEqual(client.command("RCPT TO:<%s>" % LOCAL_RECIPIENT), "503 5.5.1 Need MAIL command")
        self.assertEqual(client.command("STARTTLS"), "503 5.5.1 TLS already active")


    def test_a_failed_handshake_closes_only_that_session(self):
        client = self.raw("127.0.1.70")
        self.assertEqual(client.command("STARTTLS"), "220 2.0.0 Ready to start TLS")
        client.send(b"EHLO this is not a TLS ClientHello\r\n" * 4)
        self.assertTrue(client.closed(), "the listener keeps a session whose TLS handshake failed")
        # The listener goes on: a new client still gets TLS and AUTH.
        other = self.smtp("127.0.1.71")
        self.starttls(other)
        self.assertEqual(text(login_plain(other, SMTP_USER, SMTP_PASSWORD)), "235 2.7.0 Authentication successful")


# ---------------------------------------------------------------------------------------------
# 7. SMTP smuggling: only <CRLF>.<CRLF> ends the data


class SmugglingTests(ListenerTestCase):

    FAKE_TERMINATORS = [b"\r\n.\n", b"\n.\r\n", b"\n.\n", b"\r.\r\n", b"\r\n.\r", b"\n..\n", b"\r\n.\r\r\n"]

    def smuggle(self, fake, chunks):
        """DATA with a fake terminator and a smuggled transaction after it, then a real end."""
        before = self.spool()
        client = self.raw(TRUSTED)  # a host that may relay: the smuggled message would be accepted
        self.assertEqual(client.command("MAIL FROM:<crm@apps.example>"), "250 2.1.0 Sender OK")
        self.assertEqual(client.command("RCPT TO:<%s>" % FOREIGN_RECIPIENT), "250 2.1.5 Recipient OK")
        self.assertEqual(client.command("DATA"), "354 End data with <CR><LF>.<CR><LF>")
        payload = (b"Subject: first\r\n\r\nfirst message" + fake
                   + b"MAIL FROM:<admin@corp.example>\r\nRCPT TO:<victim@foreign.example>\r\nDATA\r\n"
                   + b"Subject: smuggled\r\n\r\nsmuggled message\r\n.\r\n")
        if chunks:
            for i in range(0, len(payload), chunks):
                client.send(payload[i:i + chunks])
        else:
            client.send(payload)
        client.send(b"NOOP\r\nQUIT\r\n")
        # Exactly one reply for the data (the bare LF/CR refusal), then NOOP's and QUIT's: a
        # server that ended the data at the fake terminator would answer the smuggled commands.
        replies = [client.line(), client.line(), client.line()]
        self.assertEqual(replies, ["550 5.5.2 Bare CR or LF not allowed", "250 2.0.0 OK", "221 2.0.0 Bye"])
        self.assertTrue(client.closed())
        self.assertSpoolUnchanged(before)

    def test_fake_terminators_do_not_end_the_data(self):
        for fake in self.FAKE_TERMINATORS:
            with self.subTest(fake=fake):
                self.smuggle(fake, chunks=0)

    def test_fake_terminators_split_across_writes(self):
        for fake in self.FAKE_TERMINATORS:
            for chunk in (1, 3, 7):
                with self.subTest(fake=fake, chunk=chunk):
                    self.smuggle(fake, chunks=chunk)

    def test_commands_inside_clean_data_are_content(self):
        """Properly terminated lines that look like commands stay in the one message."""
        client = self.raw(TRUSTED)
        client.command("MAIL FROM:<crm@apps.example>")
        client.command("RCPT TO:<%s>" % FOREIGN_RECIPIENT)
        self.assertEqual(client.command("DATA"), "354 End data with <CR><LF>.<CR><LF>")
        body = (b"Subject: looks like commands\r\n\r\n..\r\nMAIL FROM:<admin@corp.example>\r\n"
                b"RCPT TO:<victim@foreign.example>\r\nDATA\r\n. \r\n.x\r\n")
        client.send(body + b".\r\nNOOP\r\n")
        message_id = queued_id(client.line())
        self.assertIsNotNone(message_id)
        self.assertEqual(client.line(), "250 2.0.0 OK")
        self.assertStored("Queue", message_id, "crm@apps.example", [FOREIGN_RECIPIENT],
                          b"Subject: looks like commands\r\n\r\n.\r\nMAIL FROM:<admin@corp.example>\r\n"
                          b"RCPT TO:<victim@foreign.example>\r\nDATA\r\n \r\nx\r\n",
                          client=TRUSTED)


# ---------------------------------------------------------------------------------------------
# 8. Pipelining: several commands in one write, replies in order


class PipeliningTests(ListenerTestCase):

    def test_envelope_in_one_write(self):
        client = self.raw(UNTRUSTED)
        client.send("MAIL FROM:<a@apps.example>\r\nRCPT TO:<%s>\r\nRCPT TO:<%s>\r\nRCPT TO:<bob@corp.example>\r\n"
                    "RCPT TO:<helpdesk@corp.example>\r\nDATA\r\n" % (LOCAL_RECIPIENT, FOREIGN_RECIPIENT))
        self.assertEqual([client.line() for _ in range(6)], [
            "250 2.1.0 Sender OK",
            "250 2.1.5 Recipient OK",
            "550 5.7.1 Unable to relay for " + FOREIGN_RECIPIENT,
            "550 5.1.1 User unknown: bob@corp.example",
            "250 2.1.5 Recipient OK",
            "354 End data with <CR><LF>.<CR><LF>",
        ])
        client.send(b"Subject: pipelined\r\n\r\nbody\r\n.\r\nNOOP\r\nQUIT\r\n")
        message_id = queued_id(client.line())
        self.assertIsNotNone(message_id)
        self.assertEqual([client.line(), client.line()], ["250 2.0.0 OK", "221 2.0.0 Bye"])
        self.assertStored("Drop", message_id, "a@apps.example", [LOCAL_RECIPIENT, "helpdesk@corp.example"],
                          b"Subject: pipelined\r\n\r\nbody\r\n")

    def test_whole_session_in_one_write(self):
        client = RawClient(self.listener.port, source=TRUSTED)
        self.addCleanup(client.close)
        session = b"EHLO client.test\r\n"
        for i in range(3):
            session += (b"MAIL FROM:<crm@apps.example>\r\nRCPT TO:<dest%d@foreign.example>\r\nDATA\r\n"
                        b"Subject: %d\r\n\r\nmessage %d\r\n.\r\n" % (i, i, i))
        session += b"RSET\r\nBOGUS\r\nNOOP\r\nQUIT\r\n"
        client.send(session)
        self.assertEqual(client.line(), "220 %s RelayDesk ESMTP service ready" % FQDN)
        self.assertEqual(client.reply()[0], 250)
        for i in range(3):
            self.assertEqual([client.line(), client.line(), client.line()],
                             ["250 2.1.0 Sender OK", "250 2.1.5 Recipient OK", "354 End data with <CR><LF>.<CR><LF>"])
            message_id = queued_id(client.line())
            self.assertIsNotNone(message_id)
            self.assertStored("Queue", message_id, "crm@apps.example", ["dest%d@foreign.example" % i],
                              b"Subject: %d\r\n\r\nmessage %d\r\n" % (i, i), client=TRUSTED)
        self.assertEqual(client.line(), "250 2.0.0 OK")
        self.assertTrue(client.line().startswith("500 5.5.2"))
        self.assertEqual([client.line(), client.line()], ["250 2.0.0 OK", "221 2.0.0 Bye"])
        self.assertTrue(client.closed())

    def test_smtplib_sendmail_reports_refused_recipients(self):
        client = self.smtp(TRUSTED)
        refused = client.sendmail("crm@apps.example", [FOREIGN_RECIPIENT, LOCAL_RECIPIENT, "nobody@corp.example"],
                                  message("sendmail"))
        self.assertEqual(refused, {"nobody@corp.example": (550, b"5.1.1 User unknown: nobody@corp.example")})


# ---------------------------------------------------------------------------------------------
# 9. Limits


class LimitTests(ListenerTestCase):

    MAX_KB = 64

    @staticmethod
    def configure(config):
        messages = config["virtualServers"][0]["messages"]
        messages["maxRecipientsPerMessage"] = 3
        messages["maxMessageSizeKb"] = LimitTests.MAX_KB
        messages["maxMessagesPerConnection"] = 3
        messages["maxSessionSizeKb"] = 2 * LimitTests.MAX_KB
        config["virtualServers"][0]["delivery"]["maxHopCount"] = 10  # the lowest valid value

    def begin(self, client, recipient=LOCAL_RECIPIENT, size=None):
        sender = "MAIL FROM:<a@apps.example>" + (" SIZE=%d" % size if size is not None else "")
        self.assertEqual(client.command(sender), "250 2.1.0 Sender OK")
        self.assertEqual(client.command("RCPT TO:<%s>" % recipient), "250 2.1.5 Recipient OK")
        self.assertEqual(client.command("DATA"), "354 End data with <CR><LF>.<CR><LF>")

    def test_recipient_limit(self):
        client = self.smtp(TRUSTED)
        client.mail("crm@apps.example")
        recipients = ["r%d@foreign.example" % i for i in range(5)]
        replies = [text(client.rcpt(r)) for r in recipients]
        self.assertEqual(replies, ["250 2.1.5 Recipient OK"] * 3 + ["452 4.5.3 Too many recipients"] * 2)
        body = message("three recipients")
        message_id = self.assertQueued(text(client.data(body)))
        self.assertStored("Queue", message_id, "crm@apps.example", recipients[:3], body, client=TRUSTED)
        # The next transaction starts counting again.
        client.mail("crm@apps.example")
        self.assertEqual(text(client.rcpt(recipients[4])), "250 2.1.5 Recipient OK")

    def test_refused_recipients_do_not_count(self):
        client = self.smtp(UNTRUSTED)
        client.mail("a@apps.example")
        for i in range(5):
            self.assertEqual(text(client.rcpt("r%d@foreign.example" % i)),
                             "550 5.7.1 Unable to relay for r%d@foreign.example" % i)
        self.assertEqual(text(client.rcpt(LOCAL_RECIPIENT)), "250 2.1.5 Recipient OK")

    def test_size_parameter(self):
        client = self.smtp(UNTRUSTED)
        self.assertEqual(client.esmtp_features["size"], str(self.MAX_KB * 1024))
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example> SIZE=%d" % (self.MAX_KB * 1024 + 1))),
                         "552 5.3.4 Message size exceeds fixed limit")
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example> SIZE=999999999999")),
                         "552 5.3.4 Message size exceeds fixed limit")
        self.assertEqual(text(client.docmd("MAIL", "FROM:<a@apps.example> SIZE=%d" % (self.MAX_KB * 1024))),
                         "250 2.1.0 Sender OK")

    def test_real_size_over_the_limit_is_read_to_its_end_and_refused(self):
        before = self.spool()
        client = self.raw(UNTRUSTED)
        self.begin(client, size=1000)  # the declared size lies
        line = b"z" * 998 + b"\r\n"
        client.send(b"Subject: big\r\n\r\n" + line * (self.MAX_KB * 1024 // len(line) + 10) + b".\r\n")
        self.assertEqual(client.line(), "552 5.3.4 Message size exceeds fixed limit")
        self.assertSpoolUnchanged(before)
        self.assertEqual(client.command("NOOP"), "250 2.0.0 OK")
        self.begin(client)
        client.send(b"Subject: small\r\n\r\n" + line * 10 + b".\r\n")
        self.assertIsNotNone(queued_id(client.line()))

    def test_message_just_under_the_limit_is_accepted(self):
        client = self.raw(UNTRUSTED)
        self.begin(client)
        line = b"z" * 998 + b"\r\n"
        client.send(b"Subject: fits\r\n\r\n" + line * (self.MAX_KB * 1024 // len(line) - 2) + b".\r\n")
        self.assertIsNotNone(queued_id(client.line()))

    @staticmethod
    def message_of(size):
        """A message of exactly size octets (as stored, without the terminating dot line)."""
        body = b"Subject: exact size\r\n\r\n"
        line = b"a" * 98 + b"\r\n"
        while len(body) + len(line) + 3 <= size:
            body += line
        body += b"b" * (size - len(body) - 2) + b"\r\n"
        assert len(body) == size
        return body

    def test_message_of_exactly_the_limit(self):
        limit = self.MAX_KB * 1024
        client = self.raw(UNTRUSTED)
        self.begin(client, size=limit)
        client.send(self.message_of(limit) + b".\r\n")
        message_id = queued_id(client.line())
        self.assertIsNotNone(message_id)
        self.assertTrue(self.listener.read_message("Drop", message_id).endswith(self.message_of(limit)))
        self.begin(client)
        client.send(self.message_of(limit + 1) + b".\r\n")
        self.assertEqual(client.line(), "552 5.3.4 Message size exceeds fixed limit")

    def test_session_size_limit(self):
        client = self.raw(UNTRUSTED)
        for _ in range(2):  # 2 x 50 KB fit into the 128 KB of a session
            self.begin(client)
            client.send(self.message_of(50 * 1024) + b".\r\n")
            self.assertIsNotNone(queued_id(client.line()))
        before = self.spool()
        self.begin(client)
        client.send(self.message_of(50 * 1024) + b".\r\n")
        self.assertEqual(client.line(), "552 5.3.4 Message size exceeds fixed limit")
        self.assertSpoolUnchanged(before)
        self.assertEqual(client.command("NOOP"), "250 2.0.0 OK")
        # A new session starts from zero.
        client = self.raw(UNTRUSTED)
        self.begin(client)
        client.send(self.message_of(50 * 1024) + b".\r\n")
        self.assertIsNotNone(queued_id(client.line()))

    def test_command_line_limit(self):
        client = self.raw(UNTRUSTED)
        exactly_512 = b"NOOP " + b"x" * (512 - len(b"NOOP ") - 2) + b"\r\n"
        self.assertEqual(len(exactly_512), 512)
        client.send(exactly_512)
        self.assertEqual(client.line(), "250 2.0.0 OK")
        client.send(b"NOOP " + b"x" * (513 - len(b"NOOP ") - 2) + b"\r\n")
        self.assertEqual(client.line(), "500 5.5.2 Line too long")
        self.assertEqual(client.command("NOOP"), "250 2.0.0 OK")
        # A MAIL command that is too long is not executed, even partly.
        client.send(b"MAIL FROM:<" + b"a" * 600 + b"@apps.example>\r\nRCPT TO:<%s>\r\n" % LOCAL_RECIPIENT.encode())
        self.assertEqual(client.line(), "500 5.5.2 Line too long")
        self.assertEqual(client.line(), "503 5.5.1 Need MAIL command")
        # A huge line (1 MB without a line end, then its end) gets one reply, and the session goes on.
        client.send(b"X" * (1024 * 1024) + b"\r\nNOOP\r\n")
        self.assertEqual(client.line(), "500 5.5.2 Line too long")
        self.assertEqual(client.line(), "250 2.0.0 OK")
        self.begin(client)
        client.send(b"Subject: after long lines\r\n\r\nok\r\n.\r\n")
        self.assertIsNotNone(queued_id(client.line()))

    def test_hop_count(self):
        hops = lambda n: b"".join(b"Received: from h%d.example by h%d.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                                  % (i, i + 1) for i in range(n))
        client = self.raw(UNTRUSTED)
        self.begin(client)
        client.send(hops(10) + b"Subject: 10 hops\r\n\r\nok\r\n.\r\n")
        self.assertIsNotNone(queued_id(client.line()))
        self.begin(client)
        client.send(hops(11) + b"Subject: 11 hops\r\n\r\nloop\r\n.\r\n")
        self.assertEqual(client.line(), "554 5.4.6 Routing loop detected")

    def test_messages_per_connection(self):
        client = self.raw(UNTRUSTED)
        for i in range(3):
            self.begin(client)
            client.send(b"Subject: %d\r\n\r\nbody\r\n.\r\n" % i)
            self.assertIsNotNone(queued_id(client.line()))
        # Refused DATA does not count as a message; the fourth MAIL is over the limit.
        reply = client.command("MAIL FROM:<a@apps.example>")
        self.assertTrue(reply.startswith("421 4."), reply)
        self.assertTrue(client.closed(), "the connection stays open after the per-connection limit")
        # A new connection may send again.
        client = self.raw(UNTRUSTED)
        self.begin(client)
        client.send(b"Subject: new connection\r\n\r\nbody\r\n.\r\n")
        self.assertIsNotNone(queued_id(client.line()))


if __name__ == "__main__":
    unittest.main(verbosity=2)
