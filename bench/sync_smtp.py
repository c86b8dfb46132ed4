"""A small raw SMTP client for bench/sync-latency and its load generator (bench/sync_load.py).

Standard library only (Debian's /usr/bin/python3). Every reply is read whole (multi-line replies
included) and returned as (code, last line); anything that is not a well-formed reply raises
SmtpFailure, so a caller counts a failed session by catching one exception type.
"""

import re
import socket

REPLY_LINE = re.compile(rb"^(\d{3})([ -])(.*)$")
QUEUED = re.compile(r"^250 2\.6\.0 <([^>]+)> Queued mail for delivery$")


class SmtpFailure(Exception):
    """An unexpected reply, a malformed reply, or a connection error."""


class Session:
    """One SMTP session over a plain socket, optionally bound to a source address."""

    def __init__(self, host, port, source=None, timeout=10.0):
        self.sock = None
        try:
            self.sock = socket.create_connection(
                (host, port), timeout=timeout, source_address=(source, 0) if source else None)
            self.file = self.sock.makefile("rb")
        except OSError as e:
            self.close()
            raise SmtpFailure("connect from %s: %s" % (source or "any", e)) from e

    def reply(self):
        """The next reply: (code, text of its last line)."""
        try:
            while True:
                line = self.file.readline(4096)
                if not line:
                    raise SmtpFailure("connection closed by the server")
                if not line.endswith(b"\r\n"):
                    raise SmtpFailure("reply line without CRLF: %r" % line[:200])
                m = REPLY_LINE.match(line[:-2])
                if not m:
                    raise SmtpFailure("malformed reply line: %r" % line[:200])
                if m.group(2) == b" ":
                    return int(m.group(1)), line[:-2].decode("utf-8", "replace")
        except OSError as e:
            raise SmtpFailure("reading a reply: %s" % e) from e

    def send(self, data):
        try:
            self.sock.sendall(data)
        except OSError as e:
            raise SmtpFailure("sending: %s" % e) from e

    def command(self, line):
        self.send(line.encode("ascii") + b"\r\n")
        return self.reply()

    def expect(self, what, code, reply):
        if reply[0] != code:
            raise SmtpFailure("%s: expected %d, got %r" % (what, code, reply[1]))
        return reply

    def close(self):
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
            self.sock = None


def envelope_session(host, port, sender, recipient, source=None, message=None, timeout=10.0):
    """EHLO, MAIL, RCPT (expects 250 for all), optionally DATA with message, QUIT (221).

    Returns the queue id of the 250 reply to DATA (None without a message); raises SmtpFailure on
    any other reply or a connection error."""
    s = Session(host, port, source, timeout)
    try:
        s.expect("greeting", 220, s.reply())
        s.expect("EHLO", 250, s.command("EHLO load.bench.example"))
        s.expect("MAIL", 250, s.command("MAIL FROM:<%s>" % sender))
        s.expect("RCPT", 250, s.command("RCPT TO:<%s>" % recipient))
        queued = None
        if message is not None:
            s.expect("DATA", 354, s.command("DATA"))
            s.send(message + b".\r\n")
            _, text = s.expect("end of data", 250, s.reply())
            m = QUEUED.match(text)
            queued = m.group(1) if m else text
        s.expect("QUIT", 221, s.command("QUIT"))
        return queued
    finally:
        s.close()


def rcpt_probe(host, port, source, sender, recipient, timeout=10.0):
    """A new session from source that asks RCPT TO:<recipient>; returns (code, reply line) of the
    RCPT and ends the session with QUIT. Greeting, EHLO and MAIL must be accepted."""
    s = Session(host, port, source, timeout)
    try:
        s.expect("greeting", 220, s.reply())
        s.expect("EHLO", 250, s.command("EHLO probe.bench.example"))
        s.expect("MAIL", 250, s.command("MAIL FROM:<%s>" % sender))
        answer = s.command("RCPT TO:<%s>" % recipient)
        s.expect("QUIT", 221, s.command("QUIT"))
        return answer
    finally:
        s.close()
