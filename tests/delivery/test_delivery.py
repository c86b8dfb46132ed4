#!/usr/bin/python3
"""End to end: relaydesk-smtpd's outbound delivery agent against real peers (issue 7).

The real relaydesk-smtpd, configured and started with the real relaydeskctl, relays messages that
Python's smtplib sends it to Postfix's smtp-sink (the smart host, or the MX hosts that dnsmasq
names). One "minute" of the delivery settings is RELAYDESK_DELIVERY_MINUTE_MS (200 ms here) and
retryMinutes is [1,1,1,1], so retries come every 200 ms. Every wait polls a condition until a
bounded deadline.

  SmartHostTest      a. delivered to the smart host; Queue/ and the control socket's queue empty
                     b. smart host down at first: attempts and lastError in the queue, then
                        delivered by a retry once smtp-sink listens on the port
  NonDeliveryTest    c. a 5xx from the smart host: an RFC 3464 NDR in Drop/ for the local sender
                        and a copy for ndrCopyTo; a failed message from <> makes no NDR and goes
                        to Badmail/ (.bad + .bdr)
  MxTest             d. no smart host: MX lookups through dnsmasq (RELAYDESK_DNS_SERVER); the
                        preferred MX gets the message, the second one when the first is down
                        (ports 25 and 53 on 127.53.x.y: needs root, as in CI)
  CrashTest          e. SIGKILL of the listener while ~200 messages go to a slow smart host;
                        after a restart every message arrives at least once, Queue/ ends empty
  PickupTest         f. Pickup/*.eml is delivered; one without recipients goes to Badmail/
  ExpiryTest         g. one delay notice (Action: delayed), then the NDR with Status 4.4.7
  QueueControlTest   h. queue-freeze keeps a message from being attempted, queue-retry sends it,
                        queue-delete removes Queue/<id>.eml; relaydeskctl queue list --json

Needs RELAYDESKCTL and RELAYDESK_SMTPD (CTest sets both), smtp-sink (postfix) and dnsmasq
(dnsmasq-base); Debian's /usr/bin/python3, stdlib only.
  python3 tests/delivery/test_delivery.py [SmartHostTest ...]
"""

import json
import os
import re
import shutil
import sys
import time
import unittest

sys.dont_write_bytecode = True  # before importing the harness: no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import deliveryharness as h  # noqa: E402

REMOTE = "bob@" + h.REMOTE_DOMAIN
MINUTE_S = h.MINUTE_MS / 1000.0


class DeliveryTestCase(unittest.TestCase):
    """A fresh work directory, data directory and listener per test; everything stopped after."""

    def setUp(self):
        self.work = h.make_work(self.id().rsplit(".", 1)[-1])
        self.addCleanup(shutil.rmtree, self.work, True)
        self.peers = []
        self.addCleanup(self.stop_peers)
        self.token_serial = 0

    def stop_peers(self):
        for peer in reversed(self.peers):
            peer.stop()

    def relaydesk(self, env=None):
        rd = h.RelayDesk(self.work, env)
        self.peers.append(rd)
        return rd

    def sink(self, name, **kwargs):
        sink = h.Sink(self.work, name, **kwargs)
        self.peers.append(sink)
        return sink

    def token(self, what="msg"):
        self.token_serial += 1
        return "%s-%d-%d-%d" % (what, os.getpid(), self.token_serial, time.monotonic_ns())

    def smart_host(self, rd, port):
        rd.vs["delivery"]["smartHost"] = "[%s]" % h.HOST
        rd.vs["delivery"]["smartHostPort"] = port

    def wait_arrived(self, sink, token, rd, timeout=h.WAIT_S):
        h.wait_until(lambda: sink.has(token), timeout,
                     "%s at smtp-sink %s:%d (queue: %s)%s" % (token, sink.host, sink.port, self.safe_queue(rd),
                                                              rd.log_tail(10)))

    def wait_queue_empty(self, rd, timeout=h.WAIT_S):
        h.wait_until(rd.queue_empty, timeout, "Queue/ to hold no *.eml (left: %s)" % rd.files("Queue"))

    def safe_queue(self, rd):
        try:
            return rd.queue().get("queue")
        except Exception as e:  # noqa: BLE001 - only for a message
            return "unavailable: %s" % e

    def reports_for(self, rd, token):
        """[(recipients, envelope sender, message, (per-message, per-recipient))] of the reports in
        Drop/ that carry token (in the returned message or its headers)."""
        out = []
        for _name, sender, recipients, message, data in rd.drop_messages():
            if token.encode("ascii") not in data:
                continue
            status = h.delivery_status(message)
            if status is not None:
                out.append((recipients, sender, message, status))
        return out

    def assert_report(self, report, action, status_pattern, final_recipient=REMOTE, diagnostic=None):
        _recipients, sender, message, (per_message, per_recipient) = report
        self.assertEqual(sender, "<>", "a report's envelope sender is the null sender")
        from_address = email_address(message.get("From", ""))
        self.assertEqual(from_address.lower(), "postmaster@" + h.FQDN, "From: of the report")
        self.assertTrue(per_message.get("reporting-mta"), "Reporting-MTA: %r" % per_message)
        matching = [r for r in per_recipient
                    if final_recipient.lower() in r.get("final-recipient", "").lower()]
        self.assertEqual(len(matching), 1, "one per-recipient block for %s in %r" % (final_recipient, per_recipient))
        block = matching[0]
        self.assertTrue(block["final-recipient"].lower().startswith("rfc822;"), block)
        self.assertEqual(block.get("action", "").lower(), action, block)
        self.assertRegex(block.get("status", ""), status_pattern, block)
        if diagnostic is not None:
            self.assertIn(diagnostic, block.get("diagnostic-code", ""), block)
        return block


def email_address(header):
    m = re.search(r"<([^>]*)>", header)
    return (m.group(1) if m else header).strip()


class SmartHostTest(DeliveryTestCase):

    def test_a_delivered_to_smart_host(self):
        sink = self.sink("smart").start()
        rd = self.relaydesk()
        self.smart_host(rd, sink.port)
        rd.configure()
        rd.start()
        token = self.token("smarthost")
        message_id = rd.send(token)
        self.wait_arrived(sink, token, rd)
        self.wait_queue_empty(rd)
        dump = sink.dump_of(token).decode("utf-8", "replace")
        self.assertIn("X-Mail-Args: <%s>" % h.SENDER, dump, "the envelope sender is kept")
        self.assertIn("X-Rcpt-Args: <%s>" % REMOTE, dump, "the envelope recipient is kept")
        self.assertIn("Subject: %s" % token, dump)
        self.assertNotIn("X-Sender:", dump, "the spool's envelope lines are not part of the message sent")
        self.assertIn(message_id, dump, "the Received header RelayDesk added names the queue id")
        self.assertEqual(sink.tokens([token])[token], 1, "delivered once")
        answer = h.wait_until(lambda: (lambda a: a if not a.get("queue") else None)(rd.queue()), 10,
                              "the control socket's queue to be empty")
        self.assertEqual(answer["queue"], [])
        self.assertEqual(answer.get("queues", []), [])
        self.assertEqual(rd.files("Queue", ""), [], "nothing left in Queue/, not even a state file")

    def test_b_retry_until_smart_host_listens(self):
        port = h.free_port()  # reserved and closed: nothing listens there yet
        rd = self.relaydesk()
        self.smart_host(rd, port)
        rd.configure()
        rd.start()
        token = self.token("retry")
        message_id = rd.send(token)

        def failed_attempt():
            e = rd.queue_entry(message_id)
            return e if e and e.get("attempts", 0) >= 1 and e.get("lastError") else None
        entry = h.wait_until(failed_attempt, 20, "a failed attempt in the queue (%s)" % message_id)
        self.assertEqual(entry["route"], "smartHost", entry)
        self.assertIn(entry["destination"], ("%s:%d" % (h.HOST, port), "[%s]:%d" % (h.HOST, port)), entry)
        self.assertEqual(entry["sender"], h.SENDER, entry)
        self.assertEqual(entry["recipients"], [REMOTE], entry)
        self.assertIn(entry["state"], ("retry", "delivering", "ready"), entry)
        self.assertEqual(entry["virtualServer"], h.VS_NAME, entry)
        self.assertTrue(os.path.exists(os.path.join(rd.dir("Queue"), message_id + ".eml")))
        queues = [q for q in rd.queue()["queues"] if q["destination"] == entry["destination"]]
        self.assertEqual(len(queues), 1, "one queue for the smart host")
        self.assertEqual(queues[0]["messages"], 1, queues)

        sink = self.sink("late", port=port).start()
        self.wait_arrived(sink, token, rd)
        self.wait_queue_empty(rd)
        self.assertEqual(sink.tokens([token])[token], 1)


class NonDeliveryTest(DeliveryTestCase):

    def test_c_hard_failure_makes_ndr_and_badmail(self):
        reply = "550 5.7.1 Unable to relay"
        sink = self.sink("refusing", options=["-f", "RCPT", "-B", reply]).start()
        rd = self.relaydesk()
        self.smart_host(rd, sink.port)
        rd.vs["messages"]["ndrCopyTo"] = h.NDR_COPY
        rd.configure()
        rd.start()

        # From the null sender first: no report may ever be made for it.
        null_token = self.token("nullsender")
        null_id = rd.send(null_token, sender=None)

        def badmail():
            bad = [n for n in os.listdir(rd.dir("Badmail")) if n.endswith(".bad")]
            for n in bad:
                with open(os.path.join(rd.dir("Badmail"), n), "rb") as f:
                    if null_token.encode("ascii") in f.read():
                        return n
            return None
        bad_name = h.wait_until(badmail, h.WAIT_S, "the failed message from <> in Badmail/%s" % rd.log_tail(10))
        bdr = os.path.join(rd.dir("Badmail"), bad_name[:-4] + ".bdr")
        h.wait_until(lambda: os.path.exists(bdr), 10, bdr)
        with open(bdr, "r", encoding="utf-8", errors="replace") as f:
            why = f.read()
        self.assertTrue(why.strip(), "the .bdr says why")
        self.assertIn(null_id, bad_name, "Badmail/<id>.bad carries the queue id")

        # From a local sender: the NDR goes to Drop/ for user@corp.test, and a copy to ndrCopyTo.
        token = self.token("refused")
        rd.send(token)

        def ndrs():
            reports = self.reports_for(rd, token)
            receivers = {r.lower() for report in reports for r in report[0]}
            return reports if {h.SENDER, h.NDR_COPY} <= receivers else None
        reports = h.wait_until(ndrs, h.WAIT_S, "the NDR to %s and its copy to %s in Drop/ (Drop: %s)%s"
                               % (h.SENDER, h.NDR_COPY, rd.files("Drop"), rd.log_tail(10)))
        for report in reports:
            block = self.assert_report(report, "failed", r"^5\.\d{1,3}\.\d{1,3}\b", diagnostic="Unable to relay")
            self.assertIn("550", block["diagnostic-code"], "the remote's reply code")
        to_sender = [r for r in reports if h.SENDER in [x.lower() for x in r[0]]]
        self.assertEqual(to_sender[0][2].get_param("report-type"), "delivery-status")
        self.assertEqual(len(to_sender), 1, "one NDR for the sender")

        self.wait_queue_empty(rd)
        self.assertEqual(self.reports_for(rd, null_token), [], "no NDR for a message from <>")
        self.assertFalse(any(null_token.encode("ascii") in m[4] for m in rd.drop_messages()),
                         "nothing about the null-sender message in Drop/")
        self.assertFalse(sink.has(token) or sink.has(null_token), "the refusing smart host took nothing")


class MxTest(DeliveryTestCase):

    def test_d_direct_delivery_by_mx(self):
        h.require_root("direct delivery by MX (MxTest)")
        net = "127.53.%d" % (os.getpid() % 200 + 20)
        dns_address, mx1_address, mx2_address = net + ".1", net + ".11", net + ".12"
        dns = h.Dns(self.work, dns_address,
                    mx=[(h.REMOTE_DOMAIN, "mx1." + h.REMOTE_DOMAIN, 10),
                        (h.REMOTE_DOMAIN, "mx2." + h.REMOTE_DOMAIN, 20)],
                    hosts=[("mx1." + h.REMOTE_DOMAIN, mx1_address), ("mx2." + h.REMOTE_DOMAIN, mx2_address)])
        self.peers.append(dns)
        dns.start(h.REMOTE_DOMAIN)
        mx = sorted(a[1] for a in h.dns_query(dns_address, h.REMOTE_DOMAIN, 15) if a[0] == 15)
        self.assertEqual(mx, [(10, "mx1." + h.REMOTE_DOMAIN), (20, "mx2." + h.REMOTE_DOMAIN)], "dnsmasq's MX answer")
        self.assertEqual([a[1] for a in h.dns_query(dns_address, "mx1." + h.REMOTE_DOMAIN, 1)], [mx1_address])

        mx1 = self.sink("mx1", host=mx1_address, port=25).start()
        mx2 = self.sink("mx2", host=mx2_address, port=25).start()
        rd = self.relaydesk({"RELAYDESK_DNS_SERVER": dns_address})
        rd.configure()  # no smart host
        rd.start()

        first = self.token("mx-preferred")
        rd.send(first)
        self.wait_arrived(mx1, first, rd)
        self.wait_queue_empty(rd)
        self.assertFalse(mx2.has(first), "the less preferred MX got the message too")
        dump = mx1.dump_of(first).decode("utf-8", "replace")
        self.assertIn("X-Rcpt-Args: <%s>" % REMOTE, dump)

        mx1.stop()  # the preferred MX is down: connection refused on mx1:25
        second = self.token("mx-fallback")
        rd.send(second)
        self.wait_arrived(mx2, second, rd)
        self.wait_queue_empty(rd)
        self.assertFalse(mx1.has(second))


class CrashTest(DeliveryTestCase):
    MESSAGES = 200

    def test_e_sigkill_during_delivery_loses_nothing(self):
        # smtp-sink waits 1 s before answering each "." (concurrently): deliveries are in flight.
        sink = self.sink("slow", options=["-W", ".:1"]).start()
        rd = self.relaydesk()
        self.smart_host(rd, sink.port)
        rd.configure()
        first_pid = rd.start()
        tokens = [self.token("crash") for _ in range(self.MESSAGES)]
        smtp = h.smtplib.SMTP(h.HOST, rd.port, local_hostname="client.test", timeout=60)
        smtp.ehlo()
        for t in tokens:
            rd.send(t, smtp=smtp)
        smtp.quit()

        def some_arrived():
            counts = sink.tokens(tokens)
            arrived = sum(1 for c in counts.values() if c)
            return arrived if arrived >= 10 else 0
        arrived_before = h.wait_until(some_arrived, h.WAIT_S, "the first deliveries to the slow smart host")
        self.assertLess(arrived_before, self.MESSAGES,
                        "every message was delivered before the kill: the sink is not slow enough")
        rd.kill9()
        queued = len(rd.files("Queue"))
        self.assertGreater(queued, 0, "Queue/ was empty right after the kill")

        second_pid = rd.start()
        self.assertNotEqual(first_pid, second_pid)

        def all_arrived():
            counts = sink.tokens(tokens)
            return all(counts.values()) and rd.queue_empty()
        try:
            h.wait_until(all_arrived, 240, "all %d messages at the sink and Queue/ empty" % self.MESSAGES)
        except AssertionError as e:
            counts = sink.tokens(tokens)
            raise AssertionError("%s: %d missing, %d left in Queue/%s" % (
                e, sum(1 for c in counts.values() if not c), len(rd.files("Queue")), rd.log_tail(10))) from None
        counts = sink.tokens(tokens)
        missing = [t for t, c in counts.items() if c == 0]
        self.assertEqual(missing, [], "messages lost")
        duplicates = sum(c - 1 for c in counts.values() if c > 1)
        print("\n%d messages: %d delivered before the SIGKILL, %d in Queue/ after it, %d delivered twice"
              % (self.MESSAGES, arrived_before, queued, duplicates), file=sys.stderr)
        self.assertLessEqual(duplicates, queued, "only messages in flight at the kill may arrive twice")


class PickupTest(DeliveryTestCase):

    def drop_into_pickup(self, rd, name, data):
        temp = os.path.join(rd.dir("Pickup"), name + ".tmp")
        with open(temp, "wb") as f:
            f.write(data)
        os.rename(temp, os.path.join(rd.dir("Pickup"), name + ".eml"))

    def test_f_pickup(self):
        sink = self.sink("smart").start()
        rd = self.relaydesk()
        self.smart_host(rd, sink.port)
        rd.configure()
        rd.start()

        token = self.token("pickup")
        envelope = ("X-Sender: %s\r\nX-Receiver: %s\r\n" % (h.SENDER, REMOTE)).encode("ascii")
        self.drop_into_pickup(rd, "good-" + token, envelope + h.message_bytes(token))
        self.wait_arrived(sink, token, rd)
        h.wait_until(lambda: not os.listdir(rd.dir("Pickup")), 10, "Pickup/ to be empty")
        dump = sink.dump_of(token).decode("utf-8", "replace")
        self.assertIn("X-Mail-Args: <%s>" % h.SENDER, dump)
        self.assertIn("X-Rcpt-Args: <%s>" % REMOTE, dump)
        self.wait_queue_empty(rd)

        bad_token = self.token("pickup-bad")
        # No X-Receiver and no To/Cc/Bcc header: nobody to send it to.
        self.drop_into_pickup(rd, "bad-" + bad_token, ("X-Sender: %s\r\nSubject: nobody\r\n\r\nbody %s\r\n"
                                                       % (h.SENDER, bad_token)).encode("ascii"))

        def in_badmail():
            for n in os.listdir(rd.dir("Badmail")):
                if n.endswith(".bad"):
                    with open(os.path.join(rd.dir("Badmail"), n), "rb") as f:
                        if bad_token.encode("ascii") in f.read():
                            bdr = os.path.join(rd.dir("Badmail"), n[:-4] + ".bdr")
                            return bdr if os.path.exists(bdr) else None
            return None
        bdr = h.wait_until(in_badmail, 20, "the Pickup file without recipients in Badmail/ with its .bdr%s"
                           % rd.log_tail(10))
        with open(bdr, "r", encoding="utf-8", errors="replace") as f:
            why = f.read()
        self.assertRegex(why.lower(), r"recipient|x-receiver", "the .bdr names the problem: %r" % why)
        h.wait_until(lambda: not os.listdir(rd.dir("Pickup")), 10, "Pickup/ to be empty")
        self.assertFalse(sink.has(bad_token))


class ExpiryTest(DeliveryTestCase):

    def test_g_delay_notice_then_expiry_ndr(self):
        rd = self.relaydesk()
        self.smart_host(rd, h.free_port())  # nothing ever listens there
        rd.vs["delivery"]["delayNotificationMinutes"] = 3
        rd.vs["delivery"]["expirationMinutes"] = 60  # far enough after the notice for a stalled machine
        rd.configure()
        rd.start()
        token = self.token("expiry")
        rd.send(token)

        def reports(action):
            return [r for r in self.reports_for(rd, token)
                    if any(b.get("action", "").lower() == action for b in r[3][1])]
        h.wait_until(lambda: reports("delayed"), 30, "the delay notice in Drop/%s" % rd.log_tail(10))
        self.assertEqual(reports("failed"), [], "the NDR came before the delay notice")
        delayed = reports("delayed")
        self.assertEqual(len(delayed), 1)
        self.assert_report(delayed[0], "delayed", r"^4\.\d{1,3}\.\d{1,3}\b")
        self.assertIn(h.SENDER, [r.lower() for r in delayed[0][0]])

        failed = h.wait_until(lambda: reports("failed"), 60, "the expiration NDR in Drop/%s" % rd.log_tail(10))
        self.assertEqual(len(failed), 1)
        self.assert_report(failed[0], "failed", r"^4\.4\.7$")
        self.wait_queue_empty(rd)
        self.assertEqual(len(reports("delayed")), 1, "one delay notice per message")


class QueueControlTest(DeliveryTestCase):

    def test_h_freeze_retry_delete(self):
        port = h.free_port()
        rd = self.relaydesk()
        self.smart_host(rd, port)  # down until the sink starts below
        rd.configure()
        rd.start()
        frozen_token, deleted_token = self.token("frozen"), self.token("deleted")
        frozen_id, deleted_id = rd.send(frozen_token), rd.send(deleted_token)
        for message_id in (frozen_id, deleted_id):
            h.wait_until(lambda: (rd.queue_entry(message_id) or {}).get("attempts", 0) >= 1, 20,
                         "a first attempt of %s" % message_id)
            answer = rd.control({"command": "queue-freeze", "id": message_id})
            self.assertIs(answer.get("ok"), True, answer)
            self.assertEqual(answer.get("messages"), 1, answer)
        for message_id in (frozen_id, deleted_id):
            self.assertEqual(rd.queue_entry(message_id)["state"], "frozen")
        attempts = rd.queue_entry(frozen_id)["attempts"]

        # relaydeskctl's listing shows the same messages.
        r = rd.cli("queue", "list", "--json", expect=None)
        self.assertEqual(r.returncode, 0, "relaydeskctl queue list --json: %s%s" % (r.stdout, r.stderr))
        listed = json.loads(r.stdout)
        entries = listed.get("queue", listed) if isinstance(listed, dict) else listed
        self.assertEqual(sorted(e["id"] for e in entries), sorted([frozen_id, deleted_id]), listed)

        sink = self.sink("smart", port=port).start()
        frozen_at = time.monotonic()
        # Let at least five retry intervals pass, then prove the agent delivers to that host.
        h.wait_until(lambda: time.monotonic() >= frozen_at + 5 * MINUTE_S, 10, "five retry intervals")
        probe = self.token("probe")
        rd.send(probe)
        self.wait_arrived(sink, probe, rd)
        self.assertFalse(sink.has(frozen_token), "a frozen message was delivered")
        self.assertFalse(sink.has(deleted_token), "a frozen message was delivered")
        self.assertTrue(os.path.exists(os.path.join(rd.dir("Queue"), frozen_id + ".eml")))
        entry = rd.queue_entry(frozen_id)
        self.assertEqual(entry["state"], "frozen", entry)
        self.assertEqual(entry["attempts"], attempts, "a frozen message was attempted")

        answer = rd.control({"command": "queue-delete", "id": deleted_id})
        self.assertTrue(answer.get("ok"), answer)
        self.assertEqual(answer.get("messages"), 1, answer)
        h.wait_until(lambda: not os.path.exists(os.path.join(rd.dir("Queue"), deleted_id + ".eml")), 10,
                     "Queue/%s.eml to be removed" % deleted_id)
        self.assertIsNone(rd.queue_entry(deleted_id))
        answer = rd.control({"command": "queue-delete", "id": deleted_id})
        self.assertIs(answer.get("ok"), False, answer)
        self.assertIn("no queued message has the id", answer.get("error", ""), answer)

        answer = rd.control({"command": "queue-retry", "id": frozen_id})
        self.assertTrue(answer.get("ok"), answer)
        self.wait_arrived(sink, frozen_token, rd)
        self.wait_queue_empty(rd)
        self.assertFalse(sink.has(deleted_token), "the deleted message was delivered")
        self.assertEqual(self.reports_for(rd, deleted_token), [], "delete without \"ndr\" sends no NDR")
        # The agent removes a message's .eml first and its .state right after (an orphan .state is
        # cleaned at start): wait for both.
        h.wait_until(lambda: rd.files("Queue", "") == [], 10,
                     "Queue/ to hold no file at all (left: %s)" % rd.files("Queue", ""))


if __name__ == "__main__":
    unittest.main(verbosity=2)
