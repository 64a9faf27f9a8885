"""Building blocks of the benchmark driver: background services (Dovecot, delay proxies), timed
client runs, the clients themselves (poplar-sync, mpop, poplar-raw-fetch), proxy-trace parsing
and the machine description. Standard library only."""

import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import time

USER = "bench"
PASSWORD = "pw"


class BenchError(Exception):
    """A failure that makes a measurement meaningless: a client error, a wrong count."""


# ---- background services ----

class Service:
    """A background process that announces itself by writing a state file (poplar-dovecot,
    poplar-delay-proxy); stopped with SIGTERM."""

    def __init__(self, name, command, state_file, log_path, timeout=120):
        self.name = name
        self.state_file = state_file
        if os.path.exists(state_file):
            os.remove(state_file)
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not os.path.exists(state_file):
            if self.process.poll() is not None:
                raise BenchError(f"{name} exited with {self.process.returncode}; see {log_path}")
            if time.monotonic() > deadline:
                self.stop()
                raise BenchError(f"{name} did not start within {timeout} s; see {log_path}")
            time.sleep(0.05)
        with open(state_file) as f:
            self.fields = dict(item.split("=", 1) for item in f.read().split())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def start_dovecot(tools, maildir, work, name):
    """A private Dovecot serving `maildir`'s *.eml files to USER; returns the Service with
    fields pop3, pop3s and ca."""
    return Service(f"poplar-dovecot ({name})",
                   [tools.dovecot, "--user", USER, "--password", PASSWORD, "--maildir-from", maildir,
                    "--state-file", os.path.join(work, f"dovecot-{name}.state")],
                   os.path.join(work, f"dovecot-{name}.state"), os.path.join(work, f"dovecot-{name}.log"))


def start_proxy(tools, target_port, rtt_ms, work, name, trace=None):
    """A poplar-delay-proxy in front of `target_port`; returns the Service with field port."""
    command = [tools.proxy, "--target", str(target_port), "--rtt-ms", str(rtt_ms),
               "--port-file", os.path.join(work, f"proxy-{name}.port")]
    if trace:
        command += ["--trace", trace]
    return Service(f"poplar-delay-proxy ({name})", command, os.path.join(work, f"proxy-{name}.port"),
                   os.path.join(work, f"proxy-{name}.log"))


# ---- timed runs ----

class Run:
    """One finished client process: wall-clock and CPU seconds, output, exit code, end time."""

    def __init__(self, wall, cpu, stdout, stderr, code, end_ns, rss_mb=0.0):
        self.wall, self.cpu, self.stdout, self.stderr, self.code, self.end_ns = wall, cpu, stdout, stderr, code, end_ns
        self.rss_mb = rss_mb  # peak resident set of the process (ru_maxrss)


def timed(command, log_path):
    """Runs `command` to its end. The clock covers fork to reap; CPU is the child's user+system."""
    with open(log_path, "wb") as err:
        start = time.monotonic_ns()
        # The summary line is parsed: poplar-sync must speak English whatever the user's locale.
        env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env)
        stdout = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        end = time.monotonic_ns()
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
    with open(log_path, "rb") as f:
        stderr = f.read()
    return Run((end - start) / 1e9, usage.ru_utime + usage.ru_stime, stdout.decode(errors="replace"),
               stderr.decode(errors="replace"), process.returncode, end, usage.ru_maxrss / 1024)


def _check(run, what, log_path):
    if run.code != 0:
        tail = run.stderr.strip().splitlines()[-3:]
        raise BenchError(f"{what} failed with exit code {run.code}: {' / '.join(tail)} (log: {log_path})")


# ---- the clients ----

def gui_open(tools, profile, log_path):
    """Opens a profile in the GUI (offscreen) with poplar-gui-bench; returns its JSON figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([tools.gui_bench, "open", profile], capture_output=True, text=True, env=env)
    with open(log_path, "w") as log:
        log.write(result.stdout + result.stderr)
    if result.returncode != 0:
        raise BenchError(f"poplar-gui-bench open failed: {result.stderr.strip()[-300:]} (log: {log_path})")
    return json.loads(result.stdout.strip().splitlines()[-1])


def gui_fill(tools, profile, count):
    """A profile with one account holding `count` stored messages."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([tools.gui_bench, "fill", profile, str(count)], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BenchError(f"poplar-gui-bench fill failed: {result.stderr.strip()[-300:]}")


STALL = re.compile(r"downloaded in (\d+) ms with 100,000 stored; longest UI-thread stall ([0-9.]+) ms")


def gui_stall(tools, home, log_path):
    """Runs poplar-stall-bench (2,000 messages downloaded from Dovecot into a profile of 100,000,
    in the real main window), and returns (download s, longest stall s)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home)
    result = subprocess.run([tools.stall_bench], capture_output=True, text=True, env=env)
    with open(log_path, "w") as log:
        log.write(result.stdout + result.stderr)
    found = STALL.search(result.stdout)
    if result.returncode != 0 or not found:
        raise BenchError(f"poplar-stall-bench failed (log: {log_path})")
    return int(found.group(1)) / 1000, float(found.group(2)) / 1000


def write_big_message(path, size, number=0):
    """One message of about `size` bytes (LF line ends): lines starting "From " and ">From "
    for mboxrd quoting, now and then one starting with a dot (stuffed on the wire), written in
    pieces. Returns the size written."""
    header = (b"Message-ID: <big.export.%d@poplar.test>\nDate: Wed, 08 Nov 2023 10:00:00 +0000\n" % number
              + b"From: Sender <sender@example.net>\nSubject: One large message\n\n")
    block = b"".join(b"From the line %d of a large body, to be quoted in an mbox\n" % i
                     + b">From an already quoted line\n" + b"plain text " * 6 + b"\n"
                     + (b". a line that starts with a dot\n" if i % 100 == 0 else b"") for i in range(1000))
    written = 0
    with open(path, "wb") as out:
        out.write(header)
        written += len(header)
        while written < size:
            out.write(block)
            written += len(block)
    return written


def peak_rss_mb(command):
    """Runs `command` to its end and returns its peak resident set (ru_maxrss of that child alone)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise BenchError(f"{' '.join(command[3:5])} failed ({process.returncode}): {process.stderr.read()!r}")
    return usage.ru_maxrss / 1024


def poplar_profile(tools, directory, port, ca, security="tls"):
    """A fresh poplar-sync profile with one account, `bench`, on 127.0.0.1:`port`."""
    if os.path.exists(directory):
        shutil.rmtree(directory)
    command = [tools.poplar, "--profile", directory, "account", "add", "bench", "--host", "127.0.0.1",
               "--port", str(port), "--security", security, "--user", USER,
               "--password-command", f"echo {PASSWORD}"]
    if ca and security != "plain":
        command += ["--ca-file", ca]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(f"poplar-sync account add failed: {result.stderr.strip()}")


def poplar_sync(tools, profile, verb, log_path, expect_new=None, expect_downloaded=None):
    """Times `poplar-sync check|download` and checks its summary line."""
    command = [tools.poplar, "--profile", profile, verb, "bench"] + (["--all"] if verb == "download" else [])
    run = timed(command, log_path)
    _check(run, f"poplar-sync {verb}", log_path)
    summary = re.search(r"bench: (\d+) new(?:, (\d+) downloaded)?", run.stdout)
    if not summary:
        raise BenchError(f"poplar-sync {verb}: no summary line in {run.stdout!r}")
    new, downloaded = int(summary.group(1)), int(summary.group(2) or 0)
    if expect_new is not None and new != expect_new:
        raise BenchError(f"poplar-sync {verb}: {new} new, expected {expect_new}")
    if expect_downloaded is not None and downloaded != expect_downloaded:
        raise BenchError(f"poplar-sync {verb}: {downloaded} downloaded, expected {expect_downloaded}")
    return run


def mpop_download(directory, port, ca, log_path, expect):
    """Times a full mpop download (keep on, fresh UIDL file) into a fresh maildir."""
    if os.path.exists(directory):
        shutil.rmtree(directory)
    maildir = os.path.join(directory, "Maildir")
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub))
    rc = os.path.join(directory, "mpoprc")
    with open(rc, "w") as f:
        f.write("defaults\n"
                "account bench\n"
                f"host 127.0.0.1\nport {port}\n"
                "tls on\ntls_starttls off\n"
                f"tls_trust_file {ca}\n"
                f"auth user\nuser {USER}\npasswordeval echo {PASSWORD}\n"
                f"delivery maildir {maildir}\n"
                "keep on\n"
                f"uidls_file {os.path.join(directory, 'uidls')}\n"
                "pipelining on\n")
    os.chmod(rc, 0o600)  # mpop refuses a configuration others can read
    run = timed(["mpop", "-C", rc, "-q", "bench"], log_path)
    _check(run, "mpop", log_path)
    got = len(os.listdir(os.path.join(maildir, "new"))) + len(os.listdir(os.path.join(maildir, "cur")))
    if got != expect:
        raise BenchError(f"mpop delivered {got} messages, expected {expect} (log: {log_path})")
    return run


def raw_fetch(tools, port, ca, log_path, count=None, login_only=False, plain=False):
    """Times poplar-raw-fetch: pipelined RETR 1..count with nothing stored, or a login alone."""
    command = [tools.raw, "--port", str(port), "--user", USER, "--password", PASSWORD]
    command += ["--plain"] if plain else ["--ca-file", ca]
    command += ["--login-only"] if login_only else ["--count", str(count)]
    run = timed(command, log_path)
    _check(run, "poplar-raw-fetch", log_path)
    got = re.search(r"messages=(\d+)", run.stdout)
    if not got or (not login_only and int(got.group(1)) != count):
        raise BenchError(f"poplar-raw-fetch: unexpected result {run.stdout.strip()!r}")
    return run


# ---- proxy traces ----

def trace_size(path):
    return os.path.getsize(path) if os.path.exists(path) else 0


def after_login(trace_path, offset, end_ns):
    """From the trace lines appended since `offset`: the seconds from the moment the proxy handed
    the client the server's "+OK Logged in." to `end_ns` (the client's exit), and from that
    moment to the client's first UIDL/LIST/STAT command (the post-login CAPA round trip)."""
    with open(trace_path, "rb") as f:
        f.seek(offset)
        lines = f.read().decode(errors="replace").splitlines()
    login = first_command = None
    # Only connections opened after `offset`: the close of the one before may be logged late.
    connections = set()
    for line in lines:
        parts = line.split(" ", 4)
        if len(parts) < 4:
            continue
        if parts[2] == "o":
            connections.add(parts[0])
        if parts[0] not in connections:
            continue
        text = parts[4] if len(parts) > 4 else ""
        if parts[2] == "s" and login is None and "+OK Logged in" in text:
            login = int(parts[1])
        elif parts[2] == "c" and login is not None and first_command is None and re.match(r"(UIDL|LIST|STAT)", text):
            first_command = int(parts[1])
    if len(connections) != 1 or login is None:
        raise BenchError(f"cannot find one login in the proxy trace {trace_path} "
                         f"({len(connections)} connection(s))")
    return (end_ns - login) / 1e9, ((first_command or login) - login) / 1e9


# ---- the machine ----

def _first_line(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=10).stdout
        return out.strip().splitlines()[0] if out.strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def machine_description(repo, build_dir, poplar):
    """Date, CPU, kernel and software versions, for the head of the results. The commit is the
    checkout's at run time; the build time of `poplar` tells which state was measured."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    except OSError:
        pass
    build_type = "?"
    cache = os.path.join(build_dir, "CMakeCache.txt") if build_dir else ""
    if cache and os.path.exists(cache):
        with open(cache) as f:
            found = re.search(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", f.read(), re.M)
            build_type = (found.group(1) or "none") if found else "?"
    commit = _first_line(["git", "-C", repo, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain"], capture_output=True, text=True).stdout.strip()
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": _first_line(["nproc"]),
        "cpu": cpu,
        "kernel": platform.release(),
        "os": _first_line(["sh", "-c", ". /etc/os-release && echo \"$PRETTY_NAME\""]),
        "dovecot": _first_line(["dovecot", "--version"]),
        "mpop": _first_line(["mpop", "--version"]),
        "qt": _first_line(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"]),
        "build_type": build_type,
        "commit": commit + (" with uncommitted changes" if dirty else ""),
        "built": datetime.datetime.fromtimestamp(os.path.getmtime(poplar)).astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }
