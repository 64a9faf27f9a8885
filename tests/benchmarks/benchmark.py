#!/usr/bin/env python3
"""Poplar against mpop and against the limit, with latency. See README.md in this directory.

Starts a private Dovecot per generated mailbox, puts poplar-delay-proxy in front of each for
every round-trip time asked for, runs the clients alternating and several times each, prints
a table of medians and writes it to a file. --smoke is the quick variant ctest runs: it fails
on errors, never on numbers."""

import argparse
import os
import shutil
import sys
import tempfile

import benchlib as lib
import mailgen
import report

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


class Tools:
    """Paths of the executables the benchmark runs."""

    def __init__(self, args):
        build = args.build_dir

        def pick(explicit, relative):
            path = explicit or os.path.join(build, relative)
            if not os.access(path, os.X_OK):
                raise lib.BenchError(f"not found or not executable: {path} (build first, or pass --build-dir)")
            return os.path.abspath(path)

        self.poplar = pick(args.poplar_sync, "app/poplar-sync")
        self.dovecot = pick(args.poplar_dovecot, "tests/testlib/poplar-dovecot")
        self.proxy = pick(args.delay_proxy, "tests/benchmarks/poplar-delay-proxy")
        self.raw = pick(args.raw_fetch, "tests/benchmarks/poplar-raw-fetch")
        if "gui" in args.only:
            self.gui_bench = pick(args.gui_bench, "tests/benchmarks/poplar-gui-bench")
            self.stall_bench = pick(args.stall_bench, "tests/benchmarks/poplar-stall-bench")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="quick check that everything runs: 50 messages, 1 run, 0 ms only")
    parser.add_argument("--build-dir", default=os.path.join(REPO, "build"),
                        help="CMake build directory holding the executables (default: build/)")
    parser.add_argument("--poplar-sync", help="path of poplar-sync (default: from --build-dir)")
    parser.add_argument("--poplar-dovecot", help="path of poplar-dovecot")
    parser.add_argument("--delay-proxy", help="path of poplar-delay-proxy")
    parser.add_argument("--raw-fetch", help="path of poplar-raw-fetch")
    parser.add_argument("--gui-bench", help="path of poplar-gui-bench")
    parser.add_argument("--stall-bench", help="path of poplar-stall-bench")
    parser.add_argument("--stored", type=int, help="messages in the profile the GUI opens (default 100000; smoke 2000)")
    parser.add_argument("--runs", type=int, help="runs per series (default 5; smoke 1)")
    parser.add_argument("--rtts", help="round-trip times in ms, comma-separated (default 0,20; smoke 0)")
    parser.add_argument("--messages", type=int, help="messages in mailbox A (default 2000; smoke 50)")
    parser.add_argument("--small-messages", type=int, help="messages in mailbox B (default 10000; smoke 50)")
    parser.add_argument("--many-messages", type=int,
                        help="messages of about 2 KB in mailbox C, downloaded (default 20000; smoke 100)")
    parser.add_argument("--big-messages", type=int, help="messages in mailbox D, downloaded (default 10; smoke 2)")
    parser.add_argument("--big-mb", type=int, help="size of each message of mailbox D in MB (default 20; smoke 4)")
    parser.add_argument("--large-check", type=int,
                        help="messages of mailbox E, whose first check is compared with B's (default 50000; smoke 100)")
    parser.add_argument("--warmup", type=int, help="untimed rounds before measuring (default 1; smoke 0)")
    parser.add_argument("--no-mpop", action="store_true", help="leave mpop out")
    parser.add_argument("--only", default="download,download-many,download-big,header-check,nothing-new,gui,export",
                        help="comma-separated parts to run (default: all seven)")
    parser.add_argument("--export-mb", type=int, help="size of the one message exported (default 300; smoke 8)")
    parser.add_argument("--work-dir", help="scratch directory (default: a new one under /tmp, removed after)")
    parser.add_argument("--keep-work", action="store_true", help="keep the scratch directory")
    parser.add_argument("--output", help="results file (default tests/benchmarks/results/latest.md; "
                                         "smoke: none unless given)")
    args = parser.parse_args(argv)
    smoke = args.smoke
    args.runs = args.runs or (1 if smoke else 5)
    args.rtts = [float(x) for x in (args.rtts or ("0" if smoke else "0,20,100")).split(",")]
    args.messages = args.messages or (50 if smoke else 2000)
    args.small_messages = args.small_messages or (50 if smoke else 10000)
    args.many_messages = args.many_messages or (100 if smoke else 20000)
    args.big_messages = args.big_messages or (2 if smoke else 10)
    args.big_mb = args.big_mb or (4 if smoke else 20)
    args.large_check = args.large_check or (100 if smoke else 50000)
    args.stored = args.stored or (2000 if smoke else 100000)
    args.warmup = args.warmup if args.warmup is not None else (0 if smoke else 1)
    args.only = set(args.only.split(","))
    args.export_mb = args.export_mb or (8 if smoke else 300)
    if args.output is None and not smoke:
        args.output = os.path.join(HERE, "results", "latest.md")
    return args


class Bench:
    """One benchmark session: the servers and proxies it started, and what it measured."""

    def __init__(self, args, tools, work):
        self.args, self.tools, self.work = args, tools, work
        self.results = report.Results()
        self.services = []
        self.use_mpop = not args.no_mpop and shutil.which("mpop") is not None
        if not args.no_mpop and not self.use_mpop:
            print("mpop is not installed: skipped (scripts/install-deps.sh installs it)", flush=True)
            self.results.notes.append("mpop was not installed: its runs were skipped.")
        self.logs = os.path.join(work, "logs")
        os.makedirs(self.logs, exist_ok=True)
        self.log_counter = 0
        self.dir_counter = 0

    def log(self, name):
        self.log_counter += 1
        return os.path.join(self.logs, f"{self.log_counter:04d}-{name}.log")

    def fresh_dir(self, name):
        """A directory no run has used. Nothing is deleted until the end: removing the previous
        run's 2,000 files just before a run slows ext4's inode allocation for the next one."""
        self.dir_counter += 1
        return os.path.join(self.work, "runs", f"{self.dir_counter:04d}-{name}")

    def start(self, service):
        self.services.append(service)
        return service

    def stop_all(self):
        # Dovecot's own log lives in poplar-dovecot's temp dir, which goes when it stops.
        for key, service in getattr(self, "dovecot", {}).items():
            log = os.path.join(os.path.dirname(service.fields.get("ca", "")), "dovecot.log")
            if os.path.exists(log):
                shutil.copyfile(log, os.path.join(self.work, f"dovecot-{key}-server.log"))
        for service in reversed(self.services):
            service.stop()

    def say(self, text):
        print(text, flush=True)

    # ---- setup ----

    def mailboxes(self):
        """A: mixed mail, downloaded at every RTT; B: small messages, checked (and E, larger, for the
        growth of a first check); C: many small messages and D: a few big ones, downloaded at the
        first RTT. Only the mailboxes the parts asked for are written."""
        only = self.args.only
        wanted = []
        if only & {"download", "header-check"}:
            wanted.append(("a", "mixed", self.args.messages))
        if "nothing-new" in only:
            wanted += [("b", "small", self.args.small_messages), ("e", "small", self.args.large_check)]
        if "download-many" in only:
            wanted.append(("c", "small", self.args.many_messages))
        descriptions = {}
        for key, shape, count in wanted:
            directory = os.path.join(self.work, f"mail-{key}")
            self.say(f"generating mailbox {key.upper()}: {count} {shape} messages")
            _, size = mailgen.generate(directory, shape, count)
            big = sum(1 for n in range(1, count + 1) if shape == "mixed" and n % 400 == 200)
            descriptions[key] = (f"{count:,} messages, {size / 1e6:.1f} MB as stored"
                                 + (f", {big} with a ~1 MB base64 attachment" if big else ""))
        if "download-big" in only:
            directory = os.path.join(self.work, "mail-d")
            os.makedirs(directory, exist_ok=True)
            self.say(f"generating mailbox D: {self.args.big_messages} messages of {self.args.big_mb} MB")
            size = sum(lib.write_big_message(os.path.join(directory, f"{n:05d}.eml"), self.args.big_mb * 2**20, n)
                       for n in range(1, self.args.big_messages + 1))
            descriptions["d"] = f"{self.args.big_messages} messages, {size / 1e6:.1f} MB as stored"
        return descriptions

    def servers(self, mailboxes):
        self.say("starting Dovecot for each mailbox (copying the messages in takes a moment)")
        self.dovecot = {key: self.start(lib.start_dovecot(self.tools, os.path.join(self.work, f"mail-{key}"),
                                                           self.work, key))
                        for key in mailboxes}
        self.ca = {key: service.fields["ca"] for key, service in self.dovecot.items()}
        self.proxies = {}
        self.trace = os.path.join(self.work, "proxy-trace.txt")
        for rtt in self.args.rtts:
            for key in mailboxes:
                if key in ("c", "d", "e") and rtt != self.args.rtts[0]:
                    continue  # measured at the first RTT only
                self.proxies[(key, rtt)] = int(self.start(lib.start_proxy(
                    self.tools, self.dovecot[key].fields["pop3s"], rtt, self.work, f"{key}-{rtt:g}")).fields["port"])
            if "b" in mailboxes:
                # Plaintext, traced: the proxy's timestamps show where the login ends.
                self.proxies[("b-plain", rtt)] = int(self.start(lib.start_proxy(
                    self.tools, self.dovecot["b"].fields["pop3"], rtt, self.work, f"b-plain-{rtt:g}",
                    trace=self.trace)).fields["port"])

    # ---- measurements ----

    def download_once(self, client, rtt, key="a", record=True):
        """One download of mailbox `key` by `client`; recorded as series "download" (A),
        "download-many" (C) or "download-big" (D), with the client's peak RSS beside it."""
        port, n = self.proxies[(key, rtt)], self.counts[key]
        series = {"a": "download", "c": "download-many", "d": "download-big"}[key]
        if client == "poplar":
            profile = self.fresh_dir(f"poplar-{series}")
            lib.poplar_profile(self.tools, profile, port, self.ca[key])
            run = lib.poplar_sync(self.tools, profile, "download", self.log(f"poplar-{series}-{rtt:g}"),
                                  expect_new=n, expect_downloaded=n)
        elif client == "mpop":
            run = lib.mpop_download(self.fresh_dir(f"mpop-{series}"), port, self.ca[key],
                                    self.log(f"mpop-{series}-{rtt:g}"), n)
        else:
            run = lib.raw_fetch(self.tools, port, self.ca[key], self.log(f"raw-{series}-{rtt:g}"), count=n)
        if record:
            self.results.add(series, rtt, client, run.wall, run.cpu)
            self.results.add(f"{series}-rss-mb", rtt, client, run.rss_mb)
        return run

    def downloads(self, key="a", rtts=None):
        clients = ["poplar", "raw"] + (["mpop"] if self.use_mpop else [])
        rtts = rtts or self.args.rtts
        for _ in range(self.args.warmup):
            self.say(f"warm-up round of mailbox {key.upper()} (not counted)")
            for client in clients:
                self.download_once(client, rtts[0], key, record=False)
        for rtt in rtts:
            for i in range(self.args.runs):
                # The order turns each run so no client always goes first or last.
                order = clients[i % len(clients):] + clients[:i % len(clients)]
                times = []
                for client in order:
                    run = self.download_once(client, rtt, key)
                    times.append(f"{client} {run.wall:.2f} s (CPU {run.cpu:.2f} s, {run.rss_mb:.0f} MB)")
                self.say(f"download of mailbox {key.upper()}, RTT {rtt:g} ms, run {i + 1}/{self.args.runs}: "
                         f"{', '.join(times)}")

    def header_checks(self):
        for rtt in self.args.rtts:
            for i in range(self.args.runs):
                profile = self.fresh_dir("poplar-check")
                lib.poplar_profile(self.tools, profile, self.proxies[("a", rtt)], self.ca["a"])
                run = lib.poplar_sync(self.tools, profile, "check", self.log(f"poplar-check-{rtt:g}"),
                                      expect_new=self.args.messages)
                self.results.add("header-check", rtt, "poplar", run.wall, run.cpu)
                self.say(f"header check of {self.args.messages} new, RTT {rtt:g} ms, run {i + 1}: {run.wall:.2f} s")

    def nothing_new(self):
        n = self.args.small_messages
        for rtt in self.args.rtts:
            tls_profile = self.fresh_dir(f"poplar-b-tls-{rtt:g}")
            plain_profile = self.fresh_dir(f"poplar-b-plain-{rtt:g}")
            lib.poplar_profile(self.tools, tls_profile, self.proxies[("b", rtt)], self.ca["b"])
            lib.poplar_profile(self.tools, plain_profile, self.proxies[("b-plain", rtt)], None, security="plain")
            first = lib.poplar_sync(self.tools, tls_profile, "check", self.log(f"first-check-{rtt:g}"), expect_new=n)
            self.results.add("first-check", rtt, "poplar", first.wall, first.cpu)
            lib.poplar_sync(self.tools, plain_profile, "check", self.log(f"first-check-plain-{rtt:g}"), expect_new=n)
            self.say(f"first check of {n} new, RTT {rtt:g} ms: {first.wall:.2f} s")
            for i in range(self.args.runs):
                run = lib.poplar_sync(self.tools, tls_profile, "check", self.log(f"nothing-new-{rtt:g}"),
                                      expect_new=0)
                self.results.add("nothing-new", rtt, "poplar", run.wall, run.cpu)
                login = lib.raw_fetch(self.tools, self.proxies[("b", rtt)], self.ca["b"],
                                      self.log(f"login-only-{rtt:g}"), login_only=True)
                self.results.add("login-only", rtt, "raw", login.wall, login.cpu)
                offset = lib.trace_size(self.trace)
                plain = lib.poplar_sync(self.tools, plain_profile, "check", self.log(f"nothing-new-plain-{rtt:g}"),
                                        expect_new=0)
                after, capa = lib.after_login(self.trace, offset, plain.end_ns)
                self.results.add("nothing-new-plain", rtt, "poplar", plain.wall, plain.cpu)
                self.results.add("after-login", rtt, "poplar", after)
                self.results.add("after-login: login to first UIDL/LIST", rtt, "poplar", capa)
                self.say(f"check with nothing new among {n}, RTT {rtt:g} ms, run {i + 1}: {run.wall:.3f} s "
                         f"(TLS); login alone {login.wall:.3f} s; after login {after:.3f} s (plaintext)")

    def first_check_growth(self):
        """First checks of B and of E (the same kind of messages, more of them) alternating, each
        into a fresh profile, then checks with nothing new among E's: how the check grows."""
        rtt = self.args.rtts[0]
        counts = {"b": self.args.small_messages, "e": self.args.large_check}
        large_profile = None
        for i in range(self.args.runs):
            for key in (("b", "e") if i % 2 == 0 else ("e", "b")):
                profile = self.fresh_dir(f"poplar-first-{key}")
                lib.poplar_profile(self.tools, profile, self.proxies[(key, rtt)], self.ca[key])
                run = lib.poplar_sync(self.tools, profile, "check", self.log(f"first-check-{key}"),
                                      expect_new=counts[key])
                self.results.add(f"first-check-{key}", rtt, "poplar", run.wall, run.cpu)
                self.say(f"first check of {counts[key]:,} new, run {i + 1}: {run.wall:.2f} s (CPU {run.cpu:.2f} s)")
                if key == "e":
                    large_profile = profile
        for i in range(self.args.runs):
            run = lib.poplar_sync(self.tools, large_profile, "check", self.log("nothing-new-e"), expect_new=0)
            self.results.add("nothing-new-e", rtt, "poplar", run.wall, run.cpu)
            self.say(f"check with nothing new among {counts['e']:,}, run {i + 1}: {run.wall:.3f} s")

    def gui(self):
        profile = self.fresh_dir("gui-profile")
        self.say(f"filling a profile with {self.args.stored:,} stored messages")
        lib.gui_fill(self.tools, profile, self.args.stored)
        for i in range(self.args.runs):
            figures = lib.gui_open(self.tools, profile, self.log("gui-open"))
            self.results.add("gui-open", 0, "poplar", figures["open_ms"] / 1000)
            self.results.add("gui-rss-mb", 0, "poplar", figures["rss_mb"])
            self.results.add("gui-repaint-cpu-ms", 0, "poplar", figures["paint_cpu_ms_median"])
            self.results.add("gui-append-2000-cpu-ms", 0, "poplar", figures["append_2000_cpu_ms"])
            self.say(f"open {figures['rows']:,} stored messages, run {i + 1}: list shown after "
                     f"{figures['open_ms']} ms, {figures['rss_mb']:.0f} MB resident")
        home = self.fresh_dir("gui-home")
        os.makedirs(home)
        for i in range(self.args.runs):
            download, stall = lib.gui_stall(self.tools, home, self.log("gui-stall"))
            self.results.add("gui-stall", 0, "poplar", stall)
            self.results.add("gui-download", 0, "poplar", download)
            self.say(f"GUI download of 2,000 into 100,000 stored, run {i + 1}: {download:.2f} s, "
                     f"longest UI-thread stall {stall * 1000:.1f} ms")

    def export_memory(self):
        """Peak RSS of poplar-sync export (.eml and mbox) of one large message, against that of
        `list` on the same profile: the growth is what the message costs, bounded by fixed buffers."""
        mail = self.fresh_dir("mail-big")
        os.makedirs(mail)
        size = lib.write_big_message(os.path.join(mail, "00001.eml"), self.args.export_mb * 1024 * 1024)
        server = self.start(lib.start_dovecot(self.tools, mail, self.work, "big"))
        profile = self.fresh_dir("poplar-export")
        lib.poplar_profile(self.tools, profile, int(server.fields["pop3s"]), server.fields["ca"])
        lib.poplar_sync(self.tools, profile, "download", self.log("export-download"), expect_downloaded=1)
        for i in range(self.args.runs):
            base = lib.peak_rss_mb([self.tools.poplar, "--profile", profile, "list", "bench"])
            out = self.fresh_dir("export-out")
            eml = lib.peak_rss_mb([self.tools.poplar, "--profile", profile, "export", "bench", "--to", out])
            mbox = lib.peak_rss_mb([self.tools.poplar, "--profile", profile, "export", "bench", "--mbox",
                                    os.path.join(self.work, "export.mbox")])
            self.results.add("export-eml-growth-mb", 0, "poplar", eml - base)
            self.results.add("export-mbox-growth-mb", 0, "poplar", mbox - base)
            shutil.rmtree(out)
            self.say(f"export of one {size / 2**20:.0f} MB message, run {i + 1}: peak RSS .eml {eml:.0f} MB, "
                     f"mbox {mbox:.0f} MB, list alone {base:.0f} MB")

    def run(self):
        mailboxes = self.mailboxes()
        self.counts = {"a": self.args.messages, "b": self.args.small_messages, "c": self.args.many_messages,
                       "d": self.args.big_messages, "e": self.args.large_check}
        self.servers([key for key in mailboxes if key != "d"] + (["d"] if "d" in mailboxes else []))
        if "download" in self.args.only:
            self.downloads("a")
        if "download-many" in self.args.only:
            self.downloads("c", self.args.rtts[:1])
        if "download-big" in self.args.only:
            self.downloads("d", self.args.rtts[:1])
        if "header-check" in self.args.only:
            self.header_checks()
        if "nothing-new" in self.args.only:
            self.nothing_new()
            self.first_check_growth()
        if "gui" in self.args.only:
            self.gui()
        if "export" in self.args.only:
            self.export_memory()
        return mailboxes


def main(argv):
    args = parse_args(argv)
    try:
        tools = Tools(args)
    except lib.BenchError as e:
        print(f"run-benchmarks: {e}", file=sys.stderr)
        return 2
    machine = lib.machine_description(REPO, args.build_dir if not args.poplar_sync else
                                      os.path.dirname(os.path.dirname(args.poplar_sync)), tools.poplar)
    if machine["build_type"] not in ("Release", "RelWithDebInfo", "?") and not args.smoke:
        print(f"warning: poplar-sync is a {machine['build_type']} build; numbers will not be representative",
              flush=True)
    work = args.work_dir or tempfile.mkdtemp(prefix="poplar-bench-")
    if args.work_dir:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    os.chmod(work, 0o755)
    bench = Bench(args, tools, work)
    load_start = os.getloadavg()[0]
    code = 0
    try:
        mailboxes = bench.run()
    except lib.BenchError as e:
        print(f"run-benchmarks: {e}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        code = 130
    finally:
        bench.stop_all()
    if code:
        print(f"run-benchmarks: scratch files kept in {work}", file=sys.stderr)
        return code
    bench.results.notes += [
        "The proxy holds every chunk RTT/2 in each direction; a client's TCP connect completes at once, so "
        "each connection starts one RTT sooner than over a real link (equally for every client).",
        "Every run writes into a directory of its own on the same file system (ext4 on one virtual disk) "
        "and nothing is deleted before the end.",
        "After login: the plaintext run of the same check, from the moment the proxy hands the client "
        "Dovecot's \"+OK Logged in.\" to the exit of poplar-sync (includes Poplar's post-login CAPA, "
        "UIDL + LIST, the store diff, QUIT and process exit).",
        "GUI: poplar-gui-bench opens the profile in the real main window on Qt's offscreen platform and "
        "reports the time from main() to the first paint of the list with its rows, VmRSS then, the CPU time of a "
        "repaint of the list, and the CPU time of showing 2,000 newly stored messages in it. The stall "
        "is tests/benchmarks/poplar-stall-bench: the longest gap between ticks of a 5 ms timer on the UI thread "
        "while the window downloads 2,000 messages (1.5 KB each, Dovecot, no added delay) into a profile "
        "of 100,000; the series rows give it in seconds.",
    ]
    text = report.render(bench.results, args, machine, mailboxes, (load_start, os.getloadavg()[0]))
    print()
    print(text)
    if args.output:
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        with open(args.output, "w") as f:
            f.write(text)
        print(f"written to {args.output}")
    if not args.keep_work:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"scratch files kept in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
