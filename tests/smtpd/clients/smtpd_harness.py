"""Runs the real relaydesk-smtpd binary for the client tests (smtplib, crash, idle clients).

The binary comes from RELAYDESK_SMTPD, the example configuration of the contract from
RELAYDESK_SHARED_DIR (shared/contract/config-v1.example.json). Every listener gets a temporary
data directory and a loopback port the OS picks; clients play different hosts by binding
127.0.1.x source addresses. Every wait polls a condition against a deadline.
"""

import base64
import copy
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

HOST = "127.0.0.1"
FQDN = "relay.test"

# Client source addresses: who plays which host.
TRUSTED = "127.0.1.15"  # on the relay list
TRUSTED_GROUP = "127.0.3.7"  # inside the relay list's group 127.0.3.0/255.255.255.0
UNTRUSTED = "127.0.1.20"  # connects, but may not relay
BANNED = "127.0.1.66"  # connection control denies it

SMTP_USER = "crm-app"
SMTP_PASSWORD = "Correct horse battery staple 9!"

LOCAL_RECIPIENT = "alice@corp.example"  # a known recipient of the authoritative @corp.example
FOREIGN_RECIPIENT = "dest@foreign.example"

_HASH_CACHE = {}


def binary():
    path = os.environ.get("RELAYDESK_SMTPD", "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("RELAYDESK_SMTPD must name the relaydesk-smtpd binary (got %r)" % path)
    return path


def password_hash(password, iterations=120000):
    """The contract's pbkdf2-sha256$<iterations>$<salt, base64>$<key, lower hex>."""
    key = (password, iterations)
    if key not in _HASH_CACHE:
        salt = b"relaydesk-test-salt"
        derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, 32)
        _HASH_CACHE[key] = "pbkdf2-sha256$%d$%s$%s" % (
            iterations, base64.b64encode(salt).decode("ascii"), derived.hex())
    return _HASH_CACHE[key]


def example_config():
    shared = os.environ.get("RELAYDESK_SHARED_DIR", "")
    path = os.path.join(shared, "contract", "config-v1.example.json")
    if not shared or not os.path.isfile(path):
        raise RuntimeError("RELAYDESK_SHARED_DIR must name the shared/ folder with "
                           "contract/config-v1.example.json (got %r)" % shared)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def base_config(port):
    """The example configuration, made to serve 127.0.0.1:<port> for the test hosts above."""
    config = copy.deepcopy(example_config())
    vs = config["virtualServers"][0]
    vs["bindings"] = [{"address": HOST, "port": port}]
    vs["fqdn"] = FQDN
    vs["general"]["enableLogging"] = True
    vs["connectionControl"] = {
        "mode": "allExceptList",
        "entries": [{"type": "single", "address": BANNED, "comment": "banned test host"}],
    }
    vs["relayRestrictions"] = {
        "mode": "onlyList",
        "allowAuthenticatedRelay": True,
        "entries": [
            {"type": "single", "address": TRUSTED, "comment": "trusted test host"},
            {"type": "group", "address": "127.0.3.0", "mask": "255.255.255.0", "comment": "trusted group"},
            {"type": "single", "address": "127.0.1.99", "expires": "2001-01-01T00:00:00Z",
             "comment": "expired: no longer trusted"},
        ],
    }
    config["smtpUsers"] = [
        {"name": SMTP_USER, "enabled": True, "passwordHash": password_hash(SMTP_PASSWORD)},
        {"name": "disabled-user", "enabled": False, "passwordHash": password_hash(SMTP_PASSWORD)},
    ]
    return config


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def make_certificate(directory):
    """A self-signed certificate for relay.test made with the openssl CLI; (cert, key) paths."""
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "2", "-subj", "/CN=" + FQDN],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    return cert, key


def wait_until(condition, timeout, interval=0.02, what="condition"):
    """Polls condition() until it is true or the deadline passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.1f s waiting for %s" % (timeout, what))
        time.sleep(interval)


def control_request(path, request, timeout=10):
    """One request on a listener's control socket (a JSON object per line); the answer as a dict."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect(path)
        s.sendall(json.dumps(request).encode() + b"\n")
        answer = b""
        while not answer.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            answer += chunk
    return json.loads(answer)


def serves(data_dir, port, pid):
    """True once the listener with this pid accepts on the port. The port alone could belong to
    another test's server; ours answers on its own control socket (opened before any port)."""
    try:
        with socket.create_connection((HOST, port), timeout=1):
            pass
        status = control_request(os.path.join(data_dir, "listener", "control.sock"), {"command": "status"}, 5)
        return status.get("pid") == pid
    except (OSError, ValueError):
        return False


class Listener:
    """One relaydesk-smtpd process on a temporary data directory.

    configure(config) may change the configuration before it is written; the port is chosen
    here and set on the first virtual server's binding.
    """

    def __init__(self, configure=None, data_dir=None, port=None):
        self._own_dir = data_dir is None
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="relaydesk-it-")
        self.port = port
        self.configure = configure
        self.process = None
        self.revision = 0
        self._stderr = None

    # -- paths

    def path(self, *parts):
        return os.path.join(self.data_dir, *parts)

    def mail_dir(self, kind, instance=1):
        return self.path("mailroot", "vsi-%d" % instance, kind)

    def messages(self, kind, instance=1):
        """Names of the final .eml files in Drop or Queue (no temporary files)."""
        directory = self.mail_dir(kind, instance)
        if not os.path.isdir(directory):
            return set()
        return {n for n in os.listdir(directory) if n.endswith(".eml") and not n.startswith(".")}

    def read_message(self, kind, message_id, instance=1):
        with open(os.path.join(self.mail_dir(kind, instance), message_id + ".eml"), "rb") as f:
            return f.read()

    def events(self):
        try:
            with open(self.path("logs", "events.jsonl"), encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return []

    def stderr_text(self):
        try:
            with open(self.path("smtpd.stderr"), encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    # -- the control socket

    def control(self, command, timeout=10, **fields):
        """One request on listener/control.sock (a JSON object per line); the answer as a dict."""
        return control_request(self.path("listener", "control.sock"), dict(fields, command=command), timeout)

    def open_sessions(self, instance=1):
        """The listener's own count of open sessions of a virtual server (from `status`)."""
        status = self.control("status")
        for server in status.get("virtualServers", []):
            if server.get("instance") == instance:
                return server.get("sessions")
        raise AssertionError("no virtual server %d in the status: %r" % (instance, status))

    # -- configuration and process

    def write_config(self, port):
        config = base_config(port)
        if self.configure:
            self.configure(config)
        self.revision += 1
        config["revision"] = self.revision
        os.makedirs(self.path("listener"), exist_ok=True)
        target = self.path("listener", "config.json")
        temporary = target + ".tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(config, f, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
        self.config = config

    def start(self, timeout=20):
        """Starts the binary and returns once its port accepts connections."""
        attempts = 1 if self.port else 5
        for _ in range(attempts):
            port = self.port or free_port()
            self.write_config(port)
            self._stderr = open(self.path("smtpd.stderr"), "ab")
            self.process = subprocess.Popen(
                [binary(), "--data-dir", self.data_dir],
                stdin=subprocess.DEVNULL, stdout=self._stderr, stderr=self._stderr)
            if self._wait_ready(port, timeout):
                self.port = port
                return self
            code = self.process.returncode
            self._close_log()
            if code != 3:  # 3: an environment failure such as a port taken meanwhile: try another
                break
        raise RuntimeError("relaydesk-smtpd did not start (exit %r):\n%s"
                           % (self.process.returncode, self.stderr_text()))

    def _wait_ready(self, port, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if serves(self.data_dir, port, self.process.pid):
                return True
            time.sleep(0.02)  # polling a process that gives no other sign of readiness
        self.kill()
        raise RuntimeError("relaydesk-smtpd did not listen on %s:%d within %d s:\n%s"
                           % (HOST, port, timeout, self.stderr_text()))

    def kill(self, sig=signal.SIGKILL):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=15)
        self._close_log()

    def stop(self):
        """SIGTERM, then SIGKILL if it does not stop within 15 s; returns the exit code."""
        if not self.process:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self._close_log()
        return self.process.returncode

    def _close_log(self):
        if self._stderr:
            self._stderr.close()
            self._stderr = None

    def cleanup(self):
        self.stop()
        if self._own_dir and not os.environ.get("RELAYDESK_KEEP_TEST_DIRS"):
            shutil.rmtree(self.data_dir, ignore_errors=True)


# -- a raw SMTP client: exact bytes out, replies parsed as they come


class RawClient:
    """A socket that sends exact bytes and reads SMTP replies (multi-line aware)."""

    def __init__(self, port, source=UNTRUSTED, timeout=10):
        self.sock = socket.create_connection((HOST, port), timeout=timeout, source_address=(source, 0))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def send(self, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.sock.sendall(data)

    def _line(self):
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("connection closed; unread: %r" % self.buffer)
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def reply(self):
        """The next reply as (code, text); a multi-line reply's lines are joined with '\\n'."""
        lines = []
        while True:
            line = self._line()
            if not re.match(r"^\d{3}[ -]", line + " "):
                raise AssertionError("not an SMTP reply line: %r" % line)
            lines.append(line[4:])
            if len(line) < 4 or line[3] == " ":
                return int(line[:3]), "\n".join(lines)

    def line(self):
        """The next reply as the exact text of its single line, e.g. '250 2.0.0 OK'."""
        code, text = self.reply()
        return ("%d %s" % (code, text)).rstrip()

    def command(self, text):
        self.send(text + "\r\n")
        return self.line()

    def greet(self, helo="client.test"):
        greeting = self.line()
        self.send("EHLO %s\r\n" % helo)
        code, text = self.reply()
        if code != 250:
            raise AssertionError("EHLO refused: %d %s" % (code, text))
        return greeting

    def closed(self, timeout=5):
        """True once the server has closed the connection (reads and drops what is left)."""
        self.sock.settimeout(timeout)
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
                self.buffer += chunk
        except (ConnectionResetError, BrokenPipeError):
            return True
        except socket.timeout:
            return False

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


QUEUED = re.compile(r"^250 2\.6\.0 <([A-Za-z0-9._-]+)> Queued mail for delivery$")


def queued_id(reply_line):
    """The message id of '250 2.6.0 <id> Queued mail for delivery', or None."""
    match = QUEUED.match(reply_line)
    return match.group(1) if match else None


def _main(argv):
    """For the shell tests: `smtpd_harness.py free-port`,
    `smtpd_harness.py write-config DIR PORT [CERT KEY]` (the same configuration as the Python tests)
    and `smtpd_harness.py serves DIR PORT PID` (exit 0 once that listener accepts on the port)."""
    if argv[:1] == ["free-port"]:
        print(free_port())
        return 0
    if argv[:1] == ["serves"] and len(argv) == 4:
        return 0 if serves(argv[1], int(argv[2]), int(argv[3])) else 1
    if argv[:1] == ["write-config"] and len(argv) in (3, 5):
        data_dir, port = argv[1], int(argv[2])

        def configure(config):
            if len(argv) == 5:
                secure = config["virtualServers"][0]["secureCommunication"]
                secure["certificateFile"], secure["privateKeyFile"] = argv[3], argv[4]

        Listener(configure=configure, data_dir=data_dir).write_config(port)
        return 0
    print("usage: smtpd_harness.py free-port | write-config DIR PORT [CERT KEY] | serves DIR PORT PID", file=__import__("sys").stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(__import__("sys").argv[1:]))
