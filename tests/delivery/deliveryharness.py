"""Real peers for the delivery tests (tests/delivery/test_delivery.py).

- RelayDesk: a data directory made with the real `relaydeskctl` (init, import of a configuration
  written in the format of shared/contract/config-v1.example.json), the real relaydesk-smtpd
  started with `relaydeskctl listener start` (it inherits this process's environment, so
  RELAYDESK_DELIVERY_MINUTE_MS and RELAYDESK_DNS_SERVER reach it), its control socket, its
  mailroot (Drop/, Queue/, Pickup/, Badmail/).
- Sink: Postfix's smtp-sink dumping every complete transaction to a file (-d DIR/%M.), so a
  message "arrived" when a dump file holds its token; smtp-sink removes the file of a transaction
  that does not end with ".".
- Dns: dnsmasq in the foreground on a loopback address, answering MX and A records.

Every wait polls a condition until a bounded deadline (wait_until); nothing sleeps to synchronise.
Needs RELAYDESKCTL and RELAYDESK_SMTPD (CTest sets both); Debian's /usr/bin/python3, stdlib only.
"""

import email
import email.policy
import json
import os
import shutil
import signal
import smtplib
import socket
import struct
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

HOST = "127.0.0.1"
DOMAIN = "corp.test"  # authoritative: its recipients' mail (and NDRs to them) lands in Drop/
FQDN = "relay." + DOMAIN
SENDER = "user@" + DOMAIN  # the local sender that receives NDRs
NDR_COPY = "ndrcopy@" + DOMAIN  # messages.ndrCopyTo
REMOTE_DOMAIN = "remote.test"
VS_NAME = "Delivery Test Virtual Server"
MINUTE_MS = 200  # RELAYDESK_DELIVERY_MINUTE_MS: one "minute" of retryMinutes & co.
WAIT_S = 60  # default bound of every wait on a condition


def program(variable):
    path = os.environ.get(variable, "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("%s must name the program (CTest sets it); got %r" % (variable, path))
    return path


def tool(name):
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")
    if not path:
        raise RuntimeError("%s is not installed (scripts/setup.sh's TEST_PACKAGES install it: "
                           "postfix for smtp-sink, dnsmasq-base for dnsmasq)" % name)
    return path


def free_port(host=HOST):
    """A port the OS picks; closed again, so nothing listens on it until someone binds it."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def stop_process(proc):
    """Terminates proc (a subprocess.Popen or None) and reaps it, killing it after 10 s."""
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def wait_until(condition, timeout=WAIT_S, what="a condition", interval=0.02):
    """Polls condition() until it returns a true value or the deadline passes; returns that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(interval)


def require_root(what):
    if os.geteuid() != 0:
        raise AssertionError("%s needs root (ports 25 and 53 on loopback addresses); run the test as "
                             "root, as CI does (uid is %d)" % (what, os.geteuid()))


def greets(host, port, timeout=2):
    """True when host:port answers with an SMTP 220 greeting."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            data = b""
            while b"\r\n" not in data:
                chunk = s.recv(512)
                if not chunk:
                    return False
                data += chunk
            s.sendall(b"QUIT\r\n")
            return data.startswith(b"220")
    except OSError:
        return False


def process_gone(pid):
    """True when pid has exited (absent, or a zombie nobody reaped yet)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True


def read_envelope(path):
    """(sender, [recipients], bytes) of a spool file: X-Sender / X-Receiver lines, then the message."""
    with open(path, "rb") as f:
        data = f.read()
    sender, recipients, offset = None, [], 0
    while True:
        end = data.find(b"\n", offset)
        if end < 0:
            break
        line = data[offset:end].rstrip(b"\r")
        if line.startswith(b"X-Sender:"):
            sender = line[9:].strip().decode("utf-8", "replace")
        elif line.startswith(b"X-Receiver:"):
            recipients.append(line[11:].strip().decode("utf-8", "replace"))
        else:
            break
        offset = end + 1
    return sender, recipients, data


def message_bytes(token, sender=SENDER, to="bob@" + REMOTE_DOMAIN, extra_headers=""):
    """A small message whose Subject, Message-ID and last body line carry token."""
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s@client.test>\r\n%s\r\n"
            "First line.\r\nTOKEN %s\r\n" % (sender or "mailer-daemon@client.test", to, token, token,
                                             extra_headers, token)).encode("ascii")


# ---------------------------------------------------------------------------------------------
# RelayDesk
# ---------------------------------------------------------------------------------------------

def base_config(port):
    """The configuration, in the format of shared/contract/config-v1.example.json."""
    return {
        "format": "relaydesk-config",
        "version": 1,
        "organization": "Delivery Tests",
        "virtualServers": [{
            "name": VS_NAME,
            "enabled": True,
            "bindings": [{"address": HOST, "port": port}],
            "fqdn": FQDN,
            "general": {"limitConnections": 500, "connectionTimeoutMinutes": 10, "enableLogging": True},
            "authentication": {"anonymous": True, "basic": False, "basicRequiresTls": True,
                               "defaultDomain": ""},
            "secureCommunication": {"certificateFile": "", "privateKeyFile": "",
                                    "requireSecureChannel": False},
            "connectionControl": {"mode": "allExceptList", "entries": []},
            "relayRestrictions": {
                "mode": "onlyList",
                "allowAuthenticatedRelay": False,
                "entries": [{"type": "single", "address": HOST, "comment": "the test client relays"}]},
            "messages": {
                "maxMessageSizeKb": 10240,
                "maxSessionSizeKb": 0,
                "maxMessagesPerConnection": 0,
                "maxRecipientsPerMessage": 200,
                "ndrCopyTo": "",
                "forwardUnresolvedTo": ""},
            "delivery": {
                "retryMinutes": [1, 1, 1, 1],
                "delayNotificationMinutes": 720,
                "expirationMinutes": 2880,
                "maxHopCount": 30,
                "masqueradeDomain": "",
                "smartHost": "",
                "smartHostPort": 25,
                "attemptDirectBeforeSmartHost": False,
                "reverseDnsLookup": False},
        }],
        "recipientPolicies": [{
            "name": "Delivery Test Policy",
            "priority": 0,
            "filter": "",
            "addressSpaces": [{"type": "SMTP", "address": "@" + DOMAIN, "responsible": True, "primary": True}]}],
        "recipients": [
            {"address": SENDER, "displayName": "Local sender"},
            {"address": NDR_COPY, "displayName": "NDR copies"}],
        "smtpUsers": [],
    }


class RelayDesk:
    """A data directory and the real listener started by the real CLI."""

    def __init__(self, work, env_extra=None):
        self.ctl = program("RELAYDESKCTL")
        self.env = dict(os.environ, RELAYDESK_SMTPD=program("RELAYDESK_SMTPD"),
                        RELAYDESK_DELIVERY_MINUTE_MS=str(MINUTE_MS))
        self.env.pop("RELAYDESK_DATA_DIR", None)
        self.env.pop("RELAYDESK_DNS_SERVER", None)
        self.env.update(env_extra or {})
        self.work = work
        self.data = os.path.join(work, "data")
        self.port = free_port()
        self.config = base_config(self.port)
        self.vs = self.config["virtualServers"][0]
        self.mailroot = os.path.join(self.data, "mailroot", "vsi-1")
        self.control_path = os.path.join(self.data, "listener", "control.sock")
        self.running = False

    # -- the CLI

    def cli(self, *args, stdin=None, expect=0, timeout=120):
        r = subprocess.run([self.ctl, "--data-dir", self.data] + list(args), input=stdin, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
        if expect is not None and r.returncode != expect:
            raise AssertionError("relaydeskctl %s: exit %d (expected %d)\n%s%s%s"
                                 % (" ".join(args), r.returncode, expect, r.stdout, r.stderr, self.log_tail()))
        return r

    def configure(self):
        """relaydeskctl init, then import of self.config (changed by the test beforehand)."""
        self.cli("init")
        path = os.path.join(self.work, "config.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.config, f, indent=2)
        self.cli("import", path)

    def start(self):
        self.cli("listener", "start")
        self.running = True
        wait_until(lambda: greets(HOST, self.port), 20, "relaydesk-smtpd to greet on port %d" % self.port)
        return self.pid()

    def pid(self):
        r = self.cli("--json", "status")
        return int(json.loads(r.stdout)["listener"]["pid"])

    def stop(self):
        if not self.running:
            return
        self.running = False
        try:
            r = self.cli("listener", "stop", expect=None)
            if r.returncode == 0:
                return
        except subprocess.TimeoutExpired:
            pass
        try:
            os.kill(self.pid(), signal.SIGKILL)
        except Exception:  # noqa: BLE001 - best effort at teardown
            pass

    def kill9(self):
        """SIGKILL of the running listener; returns once the process is gone."""
        pid = self.pid()
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: process_gone(pid), 20, "the killed listener (pid %d) to be gone" % pid)
        self.running = False
        return pid

    def log_tail(self, lines=30):
        path = os.path.join(self.data, "logs", "listener.log")
        try:
            with open(path, "r", encoding="utf-8", errors="replace") as f:
                return "\n--- listener.log (end) ---\n" + "".join(f.readlines()[-lines:])
        except OSError:
            return ""

    # -- the control socket

    def control(self, request, timeout=20):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(self.control_path)
            s.sendall(json.dumps(request).encode("utf-8") + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        return json.loads(data.decode("utf-8"))

    def queue(self):
        """The control socket's {"command":"queue"} answer (checked for ok)."""
        answer = self.control({"command": "queue"})
        if answer.get("ok") is not True:
            raise AssertionError("queue command failed: %r" % answer)
        return answer

    def queue_entry(self, message_id):
        return next((e for e in self.queue().get("queue", []) if e.get("id") == message_id), None)

    # -- SMTP into the listener

    def send(self, token, sender=SENDER, recipients=("bob@" + REMOTE_DOMAIN,), smtp=None):
        """Sends one message; returns its queue id from '250 2.6.0 <id> Queued mail for delivery'."""
        own = smtp is None
        if own:
            smtp = smtplib.SMTP(HOST, self.port, local_hostname="client.test", timeout=30)
            smtp.ehlo()
        try:
            code, reply = smtp.mail(sender or "")  # "" is MAIL FROM:<>
            if code != 250:
                raise AssertionError("MAIL FROM for %s: %d %r" % (token, code, reply))
            for r in recipients:
                code, reply = smtp.rcpt(r)
                if code != 250:
                    raise AssertionError("RCPT TO:<%s> for %s: %d %r" % (r, token, code, reply))
            code, reply = smtp.data(message_bytes(token, sender, ", ".join(recipients)))
            text = reply.decode("utf-8", "replace")
            if code != 250 or "<" not in text:
                raise AssertionError("DATA of %s: %d %s" % (token, code, text))
            return text[text.index("<") + 1:text.index(">")]
        finally:
            if own:
                smtp.quit()

    # -- the mailroot

    def dir(self, name):
        return os.path.join(self.mailroot, name)

    def files(self, name, suffix=".eml"):
        try:
            return sorted(n for n in os.listdir(self.dir(name)) if n.endswith(suffix) and not n.startswith("."))
        except FileNotFoundError:
            return []

    def queue_empty(self):
        return not self.files("Queue")

    def drop_messages(self):
        """[(file name, sender, recipients, parsed message, raw bytes)] of Drop/*.eml."""
        out = []
        for name in self.files("Drop"):
            try:
                sender, recipients, data = read_envelope(os.path.join(self.dir("Drop"), name))
            except FileNotFoundError:
                continue
            out.append((name, sender, recipients, email.message_from_bytes(data, policy=email.policy.compat32), data))
        return out


# ---------------------------------------------------------------------------------------------
# smtp-sink
# ---------------------------------------------------------------------------------------------

class _Peer:
    """A peer process (smtp-sink, dnsmasq) with its log file: self.proc and self.log."""

    def stop(self):
        stop_process(self.proc)
        if self.proc:
            self.log.close()
            self.proc = None


class Sink(_Peer):
    """smtp-sink on host:port dumping each completed transaction to DIR/%M.<random>."""

    def __init__(self, work, name, host=HOST, port=None, options=()):
        self.host = host
        self.port = port or free_port(host)
        self.dir = os.path.join(work, "sink-" + name)
        os.makedirs(self.dir)
        # smtp-sink must drop root (-u); the dumps are written as that user.
        os.chmod(work, 0o755)
        os.chmod(self.dir, 0o777)
        self.log_path = os.path.join(work, "sink-%s.log" % name)
        self.options = list(options)
        self.proc = None

    def start(self, timeout=20):
        args = [tool("smtp-sink")]
        if os.geteuid() == 0:
            args += ["-u", "nobody"]
        args += self.options + ["-d", os.path.join(self.dir, "%M."), "%s:%d" % (self.host, self.port), "100"]
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        wait_until(lambda: self.proc.poll() is not None or greets(self.host, self.port), timeout,
                   "smtp-sink to greet on %s:%d" % (self.host, self.port))
        if self.proc.poll() is not None:
            raise AssertionError("smtp-sink on %s:%d exited (%d): %s" % (self.host, self.port, self.proc.returncode,
                                                                          self.output()))
        return self


    def output(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")[-2000:]
        except OSError:
            return ""

    def dumps(self):
        """{file name: bytes} of the dump files (complete transactions)."""
        out = {}
        for n in os.listdir(self.dir):
            try:
                with open(os.path.join(self.dir, n), "rb") as f:
                    out[n] = f.read()
            except FileNotFoundError:
                continue
        return out

    def tokens(self, tokens):
        """{token: number of dumps that hold 'TOKEN <token>' as a complete line}."""
        counts = dict.fromkeys(tokens, 0)
        for data in self.dumps().values():
            for line in data.splitlines():
                if line.startswith(b"TOKEN "):
                    t = line[6:].strip().decode("ascii", "replace")
                    if t in counts:
                        counts[t] += 1
        return counts

    def has(self, token):
        return self.tokens([token])[token] > 0

    def dump_of(self, token):
        for data in self.dumps().values():
            if ("TOKEN %s" % token).encode("ascii") in data:
                return data
        return None


# ---------------------------------------------------------------------------------------------
# dnsmasq
# ---------------------------------------------------------------------------------------------

def dns_query(server, name, qtype, timeout=2):
    """One UDP query to server:53; returns [(type, data)] of the answer section.
    MX data is (preference, exchange); A data is the dotted address."""
    qid = os.getpid() & 0xFFFF
    question = b"".join(bytes([len(p)]) + p.encode("ascii") for p in name.rstrip(".").split(".")) + b"\0"
    packet = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0) + question + struct.pack(">HH", qtype, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(packet, (server, 53))
        data = s.recv(4096)

    def read_name(offset):
        labels = []
        while True:
            length = data[offset]
            if length & 0xC0 == 0xC0:
                pointer = struct.unpack(">H", data[offset:offset + 2])[0] & 0x3FFF
                labels.append(read_name(pointer)[0])
                return ".".join(labels), offset + 2
            offset += 1
            if length == 0:
                return ".".join(labels), offset
            labels.append(data[offset:offset + length].decode("ascii"))
            offset += length

    rid, flags, qd, an = struct.unpack(">HHHH", data[:8])
    if rid != qid:
        raise AssertionError("DNS answer with another id")
    offset = 12
    for _ in range(qd):
        offset = read_name(offset)[1] + 4
    answers = []
    for _ in range(an):
        offset = read_name(offset)[1]
        rtype, _cls, _ttl, length = struct.unpack(">HHIH", data[offset:offset + 10])
        offset += 10
        rdata = data[offset:offset + length]
        if rtype == 15:
            answers.append((15, (struct.unpack(">H", rdata[:2])[0], read_name(offset + 2)[0])))
        elif rtype == 1:
            answers.append((1, socket.inet_ntoa(rdata)))
        else:
            answers.append((rtype, rdata))
        offset += length
    return answers


class Dns(_Peer):
    """dnsmasq in the foreground on address:53, authoritative for nothing but what it is told."""

    def __init__(self, work, address, mx=(), hosts=()):
        self.address = address
        self.log_path = os.path.join(work, "dnsmasq.log")
        self.args = [tool("dnsmasq"), "--keep-in-foreground", "--no-resolv", "--no-hosts",
                     "--conf-file=/dev/null", "--listen-address=" + address, "--bind-interfaces",
                     "--port=53", "--log-facility=-", "--pid-file="]
        self.args += ["--mx-host=%s,%s,%d" % m for m in mx]
        self.args += ["--host-record=%s,%s" % h for h in hosts]
        self.proc = None

    def start(self, probe_name, timeout=20):
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)

        def answers():
            if self.proc.poll() is not None:
                return True
            try:
                return dns_query(self.address, probe_name, 15, timeout=0.5)
            except OSError:
                return None
        wait_until(answers, timeout, "dnsmasq to answer on %s:53" % self.address)
        if self.proc.poll() is not None:
            with open(self.log_path, "rb") as f:
                raise AssertionError("dnsmasq exited (%d): %s" % (self.proc.returncode, f.read().decode()[-2000:]))
        return self



# ---------------------------------------------------------------------------------------------
# Reports (RFC 3464)
# ---------------------------------------------------------------------------------------------

def delivery_status(message):
    """(per-message fields, [per-recipient fields]) of a multipart/report's message/delivery-status
    part, as dicts with lower-case keys; None when message is not such a report."""
    if message.get_content_type() != "multipart/report":
        return None
    if (message.get_param("report-type") or "").lower() != "delivery-status":
        return None
    for part in message.walk():
        if part.get_content_type() == "message/delivery-status":
            blocks = part.get_payload()
            if not isinstance(blocks, list) or not blocks:
                return None
            as_dicts = [{k.lower(): str(v).strip() for k, v in b.items()} for b in blocks]
            return as_dicts[0], as_dicts[1:]
    return None


def make_work(prefix):
    return tempfile.mkdtemp(prefix="relaydesk-delivery-%s." % prefix)

