"""The benchmark's results as Markdown: the summary table with medians, ratios and targets, a
table of every series (runs, median, min, max, CPU), and the notes on method."""

import statistics


def median(samples):
    return statistics.median(samples) if samples else None


def _s(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"


class Results:
    """Samples per series. A series is keyed (measurement, rtt_ms, client); each sample is a
    (wall seconds, CPU seconds) pair."""

    def __init__(self):
        self.series = {}
        self.notes = []

    def add(self, measurement, rtt, client, wall, cpu=None):
        """One sample; `cpu` is None for derived times that belong to no single process."""
        self.series.setdefault((measurement, rtt, client), []).append((wall, cpu))

    def wall(self, measurement, rtt, client):
        return median([w for w, _ in self.series.get((measurement, rtt, client), [])])

    def cpu(self, measurement, rtt, client):
        return median([c for _, c in self.series.get((measurement, rtt, client), []) if c is not None])


def _ratio(a, b):
    return a / b if a and b else None


def _x(value):
    return "–" if value is None else f"{value:.2f}×"


def _with_cpu(results, measurement, rtt, client):
    wall = results.wall(measurement, rtt, client)
    cpu = results.cpu(measurement, rtt, client)
    return "–" if wall is None else f"{wall:.2f} (CPU {_s(cpu)})"


def summary_rows(results, config):
    """Rows of the summary table: (measurement, rtt, poplar, mpop, bound, vs mpop, vs bound, target, met).
    Download rows give wall-clock seconds with CPU seconds in brackets."""

    def _verdict(ok):
        if ok is None or config.smoke:  # a smoke run is too small for its numbers to mean anything
            return "–"
        return "**yes**" if ok else "**no**"

    rows = []
    shapes = (("download", f"Full download, mailbox A ({config.messages:,} mixed)", config.rtts),
              ("download-many", f"Full download, mailbox C ({config.many_messages:,} × ~2 KB)", config.rtts[:1]),
              ("download-big", f"Full download, mailbox D ({config.big_messages} × {config.big_mb} MB)", config.rtts[:1]))
    for series, name, rtts in shapes:
        for rtt in rtts:
            poplar = results.wall(series, rtt, "poplar")
            if poplar is None:
                continue
            mpop = results.wall(series, rtt, "mpop")
            raw = results.wall(series, rtt, "raw")
            vs_mpop, vs_raw = _ratio(poplar, mpop), _ratio(poplar, raw)
            if series == "download":
                bound = 1.5 if rtt == 0 else 1.3
                target = f"≤ {bound}× bound, ≤ 0.4× mpop"
                ok = None if vs_raw is None or vs_mpop is None else vs_raw <= bound and vs_mpop <= 0.4
            elif series == "download-many":
                target = "≤ 3× bound, ≤ 0.3× mpop"
                ok = None if vs_raw is None or vs_mpop is None else vs_raw <= 3 and vs_mpop <= 0.3
            else:
                rss = max([w for w, _ in results.series.get((series + "-rss-mb", rtt, "poplar"), [])], default=None)
                name += f"; Poplar's peak RSS {_s(rss, 0)} MB"
                target = "≤ 0.8× mpop, peak RSS < 64 MB"
                ok = None if vs_mpop is None or rss is None else vs_mpop <= 0.8 and rss < 64
            rows.append((name, rtt, _with_cpu(results, series, rtt, "poplar"),
                         _with_cpu(results, series, rtt, "mpop") if mpop else "skipped",
                         _with_cpu(results, series, rtt, "raw"), _x(vs_mpop), _x(vs_raw), target, _verdict(ok)))
    small = results.wall("first-check-b", config.rtts[0], "poplar")
    large = results.wall("first-check-e", config.rtts[0], "poplar")
    if small is not None and large is not None:
        growth = large / small
        limit = 5.5 * config.large_check / (5 * config.small_messages)
        rows.append((f"First check, {config.small_messages:,} new / {config.large_check:,} new (fresh profiles)",
                     config.rtts[0], f"{small:.2f} (CPU {_s(results.cpu('first-check-b', config.rtts[0], 'poplar'))}) / "
                     f"{large:.2f} (CPU {_s(results.cpu('first-check-e', config.rtts[0], 'poplar'))})", "", "",
                     "", f"growth {growth:.2f}×", f"≤ {limit:.1f}×", _verdict(growth <= limit)))
        nothing = results.wall("nothing-new-e", config.rtts[0], "poplar")
        rows.append((f"Check, nothing new among {config.large_check:,} (TLS, whole process)", config.rtts[0],
                     _with_cpu(results, "nothing-new-e", config.rtts[0], "poplar"), "", "", "", "", "≤ 0.5 s",
                     _verdict(nothing <= 0.5 if nothing is not None else None)))
    for rtt in config.rtts:
        check = results.wall("header-check", rtt, "poplar")
        target_applies = rtt == 20
        if check is None:
            continue
        rows.append((f"Header check, {config.messages:,} new (UIDL + TOP), fresh profile", rtt, _s(check), "", "", "",
                     "", "< 1.5 s" if target_applies else "(target at 20 ms)",
                     _verdict(check < 1.5 if target_applies and check else None)))
    for rtt in config.rtts:
        first = results.wall("first-check", rtt, "poplar")
        if first is not None:
            rows.append((f"First check of mailbox B, {config.small_messages:,} new (UIDL + TOP)", rtt, _s(first),
                         "", "", "", "", "(information)", "–"))
    for rtt in config.rtts:
        total = results.wall("nothing-new", rtt, "poplar")
        login = results.wall("login-only", rtt, "raw")
        if total is not None:
            rows.append((f"Check, nothing new among {config.small_messages:,} (TLS, whole process)", rtt, _s(total),
                         "", f"login only: {_s(login)}", "", "", "(information)", "–"))
    for rtt in config.rtts:
        after = results.wall("after-login", rtt, "poplar")
        budget = 4 * rtt / 1000 + 0.1
        if after is not None:
            rows.append((f"  … of which after login (plaintext, proxy timestamps)", rtt, _s(after, 3), "", "", "", "",
                         f"< 4 RTT + 100 ms = {budget:.3f} s", _verdict(after < budget)))
    opened = results.wall("gui-open", 0, "poplar")
    rss = max([w for w, _ in results.series.get(("gui-rss-mb", 0, "poplar"), [])], default=None)
    if opened is not None:
        rows.append((f"GUI: open a {config.stored:,}-message profile until the list shows", None, _s(opened),
                     "", f"RSS {_s(rss, 0)} MB", "", "", "< 1 s, RSS < 200 MB",
                     _verdict(opened < 1.0 and rss < 200)))
    eml = max([w for w, _ in results.series.get(("export-eml-growth-mb", 0, "poplar"), [])], default=None)
    mbox = max([w for w, _ in results.series.get(("export-mbox-growth-mb", 0, "poplar"), [])], default=None)
    if eml is not None:
        rows.append((f"Export of one {config.export_mb} MB message: peak RSS growth over `list` (.eml / mbox)", None,
                     f"{eml:.0f} / {mbox:.0f} MB", "", "", "", "", "< 64 MB", _verdict(max(eml, mbox) < 64)))
    stall = results.wall("gui-stall", 0, "poplar")
    if stall is not None:
        worst = max(w for w, _ in results.series[("gui-stall", 0, "poplar")])
        rows.append(("GUI: longest UI-thread stall during a 2,000-message download (median of runs)", None,
                     f"{stall * 1000:.0f} ms", "", f"worst run {worst * 1000:.0f} ms", "", "", "< 50 ms",
                     _verdict(stall < 0.05)))
    return rows


def render(results, config, machine, mailboxes, load):
    """The whole results file."""
    out = []
    out.append(f"# Poplar benchmark results{' (smoke mode: not a measurement)' if config.smoke else ''}\n")
    out.append(f"- Date: {machine['date']}")
    out.append(f"- Machine: `nproc` = {machine['nproc']}, CPU: {machine['cpu']}, kernel {machine['kernel']}, "
               f"{machine['os']}")
    out.append(f"- Load average (1 min) at start {load[0]:.2f}, at end {load[1]:.2f} "
               "(other work on the machine shows up here and in the spread below)")
    out.append(f"- Software: Dovecot {machine['dovecot']}; {machine['mpop']}; Qt {machine['qt']}; "
               f"Poplar checkout at {machine['commit']}, poplar-sync built {machine['built']}, "
               f"build type {machine['build_type']}")
    out.append("- Mailboxes (seeded, deterministic): "
               + "; ".join(f"{key.upper()}: {text}" for key, text in sorted(mailboxes.items())))
    out.append(f"- {config.runs} run(s) per series, clients alternating; medians of wall-clock seconds per "
               "process (start-up, TLS handshake and login included); implicit TLS through "
               "poplar-delay-proxy unless noted\n")
    out.append("| Measurement | RTT | Poplar s | mpop s | Lower bound s | Poplar/mpop | Poplar/bound | Target | Met |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---|---|")
    for name, rtt, poplar, mpop, bound, vs_mpop, vs_bound, target, met in summary_rows(results, config):
        out.append(f"| {name} | {'–' if rtt is None else f'{rtt:g} ms'} | {poplar} | {mpop} | {bound} | {vs_mpop} "
                   f"| {vs_bound} | {target} | {met} |")
    out.append("\nLower bound: `poplar-raw-fetch`, USER/PASS then RETR 1..N pipelined at once and QUIT after the "
               "last message, bytes discarded. Login only: the same client logging in and quitting.\n")
    out.append("## Every series\n")
    out.append("Times in seconds; series named with a unit (-mb, -ms) are in that unit.\n")
    out.append("| Series | RTT | Client | Runs | Median | Min | Max | CPU s (median) |")
    out.append("|---|---:|---|---:|---:|---:|---:|---:|")
    for (measurement, rtt, client), samples in results.series.items():
        walls = [w for w, _ in samples]
        out.append(f"| {measurement} | {rtt:g} ms | {client} | {len(samples)} | {_s(median(walls), 3)} | "
                   f"{_s(min(walls), 3)} | {_s(max(walls), 3)} | {_s(median([c for _, c in samples if c is not None]), 3)} |")
    if results.notes:
        out.append("\n## Notes\n")
        out.extend(f"- {note}" for note in results.notes)
    return "\n".join(out) + "\n"
