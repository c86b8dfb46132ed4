#!/usr/bin/python3
"""resources/relaydesk-smtpd.service.in: what the unit says, what systemd makes of it, and the unit run
the way systemd runs it.

1. The directives the administration guide promises (user, state directory, ExecStart, reload,
   restart on the listener's restart status read from app/smtpd/listener.h, port 25 capability,
   hardening) are there.
2. `systemd-analyze verify` accepts it without a single warning (the programs it names are
   replaced by the ones under test). Skipped when systemd-analyze is not installed.
3. A stand-in for systemd runs the unit's ExecStartPre= and ExecStart= commands with
   INVOCATION_ID set and starts the listener again when it exits with a RestartForceExitStatus=;
   `relaydeskctl listener restart|rebuild` must go through that path, a change must sync in
   place, and `relaydeskctl listener stop` must end it for good. As root (with setpriv), it runs
   as user nobody with only CAP_NET_BIND_SERVICE, on a free port below 1024, and the same start
   without the capability must fail.

Needs RELAYDESKCTL and RELAYDESK_SMTPD (CTest sets both); Debian's /usr/bin/python3, stdlib only.
"""

import json
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.dont_write_bytecode = True

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The template of the unit; the install fills in where the programs are (app/smtpd/CMakeLists.txt).
# Read as the Debian package installs it: the programs in /usr/bin.
UNIT = os.path.join(SOURCE_DIR, "resources", "relaydesk-smtpd.service.in")
UNIT_VARIABLES = {"@CMAKE_INSTALL_FULL_BINDIR@": "/usr/bin"}


def read_unit():
    with open(UNIT, encoding="utf-8") as f:
        text = f.read()
    for variable, value in UNIT_VARIABLES.items():
        text = text.replace(variable, value)
    unknown = re.search(r"@\w+@", text)
    if unknown:
        raise AssertionError("%s has a placeholder the test does not know: %s" % (UNIT, unknown.group(0)))
    return text
LISTENER_H = os.path.join(SOURCE_DIR, "app", "smtpd", "listener.h")
DATA_DIR = "/var/lib/relaydesk"
HOST = "127.0.0.1"
WAIT_S = 60


def program(variable):
    path = os.environ.get(variable, "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("%s must name the program (CTest sets it); got %r" % (variable, path))
    return os.path.abspath(path)


def parse_unit(text):
    """{section: {key: [values in order]}}; continuation lines joined, comments dropped."""
    sections = {}
    current = None
    logical = []
    for raw in text.splitlines():
        if logical and logical[-1].endswith("\\"):
            logical[-1] = logical[-1][:-1] + " " + raw.strip()
        else:
            logical.append(raw.strip())
    for line in logical:
        if not line or line.startswith(("#", ";")):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = sections.setdefault(m.group(1), {})
            continue
        key, sep, value = line.partition("=")
        if not sep or current is None:
            raise AssertionError("not a directive: %r" % line)
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def exit_code(name):
    with open(LISTENER_H, encoding="utf-8") as f:
        m = re.search(r"\b%s\s*=\s*(\d+)" % name, f.read())
    if not m:
        raise AssertionError("%s not found in %s" % (name, LISTENER_H))
    return int(m.group(1))


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(0.05)


class UnitFileTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.text = read_unit()
        cls.unit = parse_unit(cls.text)
        cls.service = cls.unit["Service"]

    def one(self, key):
        values = self.service.get(key, [])
        self.assertEqual(len(values), 1, "%s= must be given once: %r" % (key, values))
        return values[0]

    def test_identity_and_data_directory(self):
        self.assertEqual(self.one("User"), "relaydesk")
        self.assertNotIn("DynamicUser", self.service, "the data directory is shared with administrators")
        self.assertEqual(self.one("StateDirectory"), "relaydesk")
        self.assertEqual(self.one("StateDirectoryMode"), "0700")
        self.assertEqual(DATA_DIR, "/var/lib/" + self.one("StateDirectory"))
        self.assertEqual(self.one("ExecStart"), "/usr/bin/relaydesk-smtpd --data-dir " + DATA_DIR)
        self.assertIn(DATA_DIR, self.one("ReadWritePaths").split())
        self.assertEqual(self.unit["Install"]["WantedBy"], ["multi-user.target"])

    def test_reload_and_restart(self):
        self.assertEqual(self.one("ExecReload"), "/bin/kill -HUP $MAINPID")
        self.assertEqual(self.one("Restart"), "on-failure")
        restart = str(exit_code("ExitRestart"))
        self.assertIn(restart, self.one("RestartForceExitStatus").split())
        self.assertIn(restart, self.one("SuccessExitStatus").split())
        self.assertIn(str(exit_code("ExitBadInput")), self.one("RestartPreventExitStatus").split())
        self.assertNotIn(str(exit_code("ExitOk")), self.one("RestartForceExitStatus").split(),
                         "relaydeskctl listener stop must stop the service")

    def test_privilege_and_hardening(self):
        self.assertEqual(self.one("AmbientCapabilities"), "CAP_NET_BIND_SERVICE")
        self.assertEqual(self.one("CapabilityBoundingSet"), "CAP_NET_BIND_SERVICE")
        for key, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"),
                           ("PrivateTmp", "yes"), ("UMask", "0077")):
            self.assertEqual(self.one(key), value, key)
        families = self.one("RestrictAddressFamilies").split()
        self.assertEqual(set(families), {"AF_UNIX", "AF_INET", "AF_INET6", "AF_NETLINK"})
        self.assertNotIn("ProcSubset", self.service, "the spool reads /proc/fs/ext4/<device>/options")

    def test_documentation(self):
        self.assertEqual(self.unit["Unit"].get("Documentation"), ["man:relaydesk-smtpd(8)"],
                         "systemctl status and lintian point administrators to the man page")

    def test_systemd_analyze_verify(self):
        analyze = shutil.which("systemd-analyze")
        if not analyze:
            self.skipTest("systemd-analyze is not installed (Debian package systemd)")
        with tempfile.TemporaryDirectory(prefix="relaydesk-unit.") as work:
            copy = os.path.join(work, "relaydesk-smtpd.service")
            with open(copy, "w", encoding="utf-8") as f:
                f.write(self.text.replace("/usr/bin/relaydeskctl", program("RELAYDESKCTL"))
                        .replace("/usr/bin/relaydesk-smtpd", program("RELAYDESK_SMTPD")))
            # --man=no: Documentation= names the installed man page, which a build tree does not have.
            r = subprocess.run([analyze, "verify", "--man=no", copy], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, timeout=120, env=dict(os.environ, SYSTEMD_LOG_COLOR="0"))
            # verify exits 0 even for unknown keys and unparsable values: any output is a finding.
            self.assertEqual((r.returncode, r.stdout.strip()), (0, ""), "systemd-analyze verify:\n" + r.stdout)


class Supervisor:
    """Runs the unit's ExecStartPre= and ExecStart= like systemd: INVOCATION_ID set, started again
    after an exit status listed in RestartForceExitStatus=, not after 0."""

    def __init__(self, pre, start, force_restart, env, wrap=(), wrap_start=()):
        self.pre, self.start, self.force = pre, start, force_restart
        self.env, self.wrap, self.wrap_start = env, list(wrap), list(wrap_start)
        self.exits = []
        self.errors = []
        self.proc = None
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        try:
            n = 0
            while True:
                n += 1
                env = dict(self.env, INVOCATION_ID="stand-in-%d" % n)
                for command in self.pre:
                    r = subprocess.run(self.wrap + command, env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT, text=True, timeout=120)
                    if r.returncode != 0:
                        self.errors.append("ExecStartPre %s: exit %d: %s" % (command, r.returncode, r.stdout))
                        return
                self.proc = subprocess.Popen(self.wrap_start + self.start, env=env,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                _, err = self.proc.communicate()
                self.exits.append(self.proc.returncode)
                if self.proc.returncode not in self.force:
                    if self.proc.returncode != 0:
                        self.errors.append("the listener exited %d: %s" % (self.proc.returncode, err[-2000:]))
                    return
        finally:
            self.stopped.set()

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()


class ServiceRunTest(unittest.TestCase):

    def setUp(self):
        self.service = parse_unit(read_unit())["Service"]
        self.ctl = program("RELAYDESKCTL")
        self.smtpd = program("RELAYDESK_SMTPD")
        self.work = tempfile.mkdtemp(prefix="relaydesk-service.")
        self.addCleanup(shutil.rmtree, self.work, True)
        self.data = os.path.join(self.work, "var-lib-relaydesk")
        os.mkdir(self.data, 0o700)
        self.env = dict(os.environ, RELAYDESK_SMTPD=self.smtpd)
        self.env.pop("RELAYDESK_DATA_DIR", None)
        self.env.pop("INVOCATION_ID", None)
        # As root, play the unit's user with an unprivileged account and only the one capability.
        self.privileged = (os.geteuid() == 0 and shutil.which("setpriv") is not None
                           and self._user_can_run("nobody"))
        self.wrap = []
        self.wrap_caps = []
        if self.privileged:
            nobody = pwd.getpwnam("nobody")
            os.chmod(self.work, 0o755)
            os.chown(self.data, nobody.pw_uid, nobody.pw_gid)
            self.wrap = ["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid, "--clear-groups"]
            # What the unit grants: AmbientCapabilities= and CapabilityBoundingSet=, nothing more.
            ambient = ",".join("+" + c.lower()[len("cap_"):] for v in self.service.get("AmbientCapabilities", [])
                               for c in v.split())
            bounding = ",".join("+" + c.lower()[len("cap_"):] for v in self.service.get("CapabilityBoundingSet", [])
                                for c in v.split())
            self.wrap_caps = self.wrap + ["--bounding-set=-all" + ("," + bounding if bounding else ""),
                                          "--no-new-privs"]
            if ambient:
                self.wrap_caps[len(self.wrap):len(self.wrap)] = ["--inh-caps=" + ambient, "--ambient-caps=" + ambient]

    def _user_can_run(self, user):
        try:
            uid = pwd.getpwnam(user).pw_uid
        except KeyError:
            return False
        r = subprocess.run(["setpriv", "--reuid=%d" % uid, "--regid=%d" % pwd.getpwnam(user).pw_gid,
                            "--clear-groups", self.ctl, "--version"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        return r.returncode == 0

    def commands(self, key):
        out = []
        for line in self.service.get(key, []):
            line = (line.lstrip("-")
                    .replace("/usr/bin/relaydeskctl", self.ctl)
                    .replace("/usr/bin/relaydesk-smtpd", self.smtpd)
                    .replace(DATA_DIR, self.data))
            out.append(shlex.split(line))
        return out

    def cli(self, *args, stdin=None, expect=0):
        r = subprocess.run(self.wrap + [self.ctl, "--data-dir", self.data] + list(args), input=stdin,
                           env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=180)
        self.assertEqual(r.returncode, expect, "relaydeskctl %s: exit %d\n%s%s"
                         % (" ".join(args), r.returncode, r.stdout, r.stderr))
        return r.stdout

    def status(self):
        r = subprocess.run(self.wrap + [self.ctl, "--data-dir", self.data, "--json", "status"], env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
        return json.loads(r.stdout) if r.stdout.strip() else {}

    def free_port(self):
        if not self.privileged:
            with socket.socket() as s:
                s.bind((HOST, 0))
                return s.getsockname()[1]
        for port in range(1023, 511, -1):  # a free privileged port: the capability must matter
            with socket.socket() as s:
                try:
                    s.bind((HOST, port))
                    return port
                except OSError:
                    continue
        self.skipTest("no free port below 1024 on %s" % HOST)

    def start_service(self):
        supervisor = Supervisor(self.commands("ExecStartPre"), self.commands("ExecStart")[0], self.force,
                                self.env, self.wrap, self.wrap_caps or self.wrap)
        supervisor.thread.start()
        self.addCleanup(self.stop_service, supervisor)
        return supervisor

    def stop_service(self, supervisor):
        if supervisor.stopped.is_set():
            return
        subprocess.run(self.wrap + [self.ctl, "--data-dir", self.data, "listener", "stop"], env=self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if not supervisor.stopped.wait(30):
            supervisor.kill()
            supervisor.stopped.wait(30)

    def wait_in_sync(self, supervisor):
        def ready():
            if supervisor.stopped.is_set():
                self.fail("the service ended: exits %s, %s" % (supervisor.exits, supervisor.errors))
            st = self.status()
            return st.get("state") == "in sync" and st
        return wait_until(ready, WAIT_S, "the service to run in sync")

    def test_restart_stop_and_port_privilege_like_systemd(self):
        port = self.free_port()
        self.force = {int(v) for v in self.service["RestartForceExitStatus"][0].split()}
        self.assertEqual(len(self.commands("ExecStartPre")), 2)
        # The administrator's first steps: a database with the virtual server on this port. No
        # listener runs, so no snapshot is written: the unit's ExecStartPre= must render it.
        self.cli("init")
        config = json.loads(self.cli("export", "-"))
        config["virtualServers"][0]["bindings"] = [{"address": HOST, "port": port}]
        path = os.path.join(self.work, "config.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(config, f)
        os.chmod(path, 0o644)
        self.assertIn("No listener is running", self.cli("import", path))
        snapshot = os.path.join(self.data, "listener", "config.json")
        if os.path.exists(snapshot):
            os.remove(snapshot)

        if self.privileged:
            # Without CAP_NET_BIND_SERVICE the same start fails, saying why.
            for command in self.commands("ExecStartPre"):
                subprocess.run(self.wrap + command, env=self.env, check=True, timeout=120,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            r = subprocess.run(self.wrap + self.commands("ExecStart")[0], env=self.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, timeout=60)
            self.assertEqual(r.returncode, exit_code("ExitEnvironment"), r.stderr)
            self.assertIn("CAP_NET_BIND_SERVICE", r.stderr)
            os.remove(snapshot)

        supervisor = self.start_service()
        first = self.wait_in_sync(supervisor)
        self.assertTrue(os.path.exists(snapshot), "ExecStartPre did not render the snapshot")
        self.assertEqual(first["listener"]["serviceManager"], "systemd")
        self.assertEqual(first["listener"]["virtualServers"][0]["bindings"], ["%s:%d" % (HOST, port)])
        with socket.create_connection((HOST, port), timeout=10) as s:
            self.assertTrue(s.recv(512).startswith(b"220 "))
        self.assertIn("(systemd service)", self.cli("status"))

        pid = first["listener"]["pid"]
        for action in ("restart", "rebuild"):
            started = time.monotonic()
            out = self.cli("listener", action)
            # About a second; the unit must not make the next start wait for the command's lock.
            self.assertLess(time.monotonic() - started, 20, "listener %s took too long" % action)
            m = re.search(r"systemd restarted the listener \(pid (\d+)\)", out)
            self.assertIsNotNone(m, out)
            self.assertNotEqual(int(m.group(1)), pid)
            pid = int(m.group(1))
            self.assertEqual(self.status()["listener"]["pid"], pid)
        self.assertEqual(supervisor.exits, [exit_code("ExitRestart")] * 2)

        out = self.cli("user", "add", "svc-user", "--password-stdin", stdin="Service password 1!\n")
        self.assertRegex(out, r"The listener enforces revision \d+\.")
        self.assertEqual(self.status()["listener"]["pid"], pid, "a change must reload, not restart")

        self.cli("listener", "stop")
        self.assertTrue(supervisor.stopped.wait(WAIT_S), "the listener did not end after stop")
        self.assertEqual(supervisor.exits[-1], exit_code("ExitOk"))
        self.assertEqual(supervisor.errors, [])
        self.assertEqual(self.status().get("state"), "stopped")

        # A change made while the service is stopped is what the next start enforces.
        self.cli("user", "add", "svc-user-2", "--password-stdin", stdin="Service password 2!\n")
        revision = self.status()["databaseRevision"]
        again = self.start_service()
        st = self.wait_in_sync(again)
        self.assertEqual(st["listenerRevision"], revision)
        self.cli("listener", "stop")
        self.assertTrue(again.stopped.wait(WAIT_S), "the listener did not end after stop")
        self.assertEqual((again.exits, again.errors), ([exit_code("ExitOk")], []))


if __name__ == "__main__":
    unittest.main(verbosity=2)
