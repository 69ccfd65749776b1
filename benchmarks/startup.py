"""How long a person waits for the wizard's first screen, and how much memory it takes, against a
bare Textual app measured the same way in the same run.

    .venv/bin/python benchmarks/startup.py [--rounds 15] [--first-step] [--lang de]

Each run starts a fresh interpreter in a pseudo-terminal of 80x24, as a person starting `checkup`
in a terminal window gets, with a new empty home folder (HOME and the XDG folders) of its own, so
every run shows the welcome screen of a first start and never the resume screen of a checkup in
progress. The time is from starting the process to the moment a known text of the screen has
been written to the terminal: "Welcome to checkup" and, below it, "Start (enter)" for the wizard
(the resume screen offers "Resume where I stopped (enter)" instead), "Bare app painted" for the
bare app. A run whose screen never shows those texts, or that shows the resume screen, stops the
benchmark with a message. Peak memory is the finished process's maximum resident set size.
CPU time (user and system, until the process is stopped at the paint) is reported beside the
wall time: it moves much less when other work shares the machine.

Both apps run from compiled bytecode, as an installed checkup does (pip compiles it when it
installs): the benchmark keeps the bytecode of both in a folder of its own (PYTHONPYCACHEPREFIX),
written by one run of each before the timed ones, and ignores PYTHONDONTWRITEBYTECODE, under
which an editable checkup would be compiled from source at every start and Textual would not.

Runs are paired: a bare app, then checkup, then a bare app, then checkup ... Each pair gives a
ratio (checkup / the bare app just before it), so a moment of load on the machine falls on both
sides of a pair. The report gives the median of the per-pair ratios and their spread (the lowest
and highest, and the interquartile range). Nothing is asserted: the numbers are printed. The
budget for the first screen is 1.2x the bare app. Other work on the machine shows in the spread:
note `uptime` with the numbers.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

BUDGET = 1.2  # the wizard's first screen, in time and memory, against the bare app
COLUMNS, ROWS = 80, 24
TIMEOUT = 60.0  # seconds a run may take to paint before it counts as failed

BARE_APP = r"""
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Bare app painted")
        yield Footer()


Bare().run()
"""

# What each subject runs, the texts that show its screen was painted (the last is the lowest on
# the screen, so the rest has arrived with it), and a text that must not be there (the resume
# screen's, which a fresh home never shows).
BARE = ("bare Textual app", [sys.executable, "-c", BARE_APP], ("Bare app painted",), None)
WELCOME = ("checkup (welcome screen)", [sys.executable, "-m", "checkup"],
           ("Welcome to checkup", "Start (enter)"), "You have a checkup in progress")
# Every answer given as an option (the service too), so the first screen is the first step.
FIRST_STEP = ("checkup --guide linkedin --region DE --surface desktop (first step)",
              [sys.executable, "-m", "checkup", "--guide", "linkedin", "--region", "DE",
               "--surface", "desktop"],
              ("Step 1 of",), None)



def welcome_in(code: str) -> tuple:
    """The welcome screen in another language: its catalogue, CLDR's table and the guides'
    catalogues read, and the screen's own texts, translated, to know that it was painted."""
    from checkup.support import i18n

    i18n.use_language(code)
    try:
        return (f"checkup --lang {code} (welcome screen)",
                [sys.executable, "-m", "checkup", "--lang", code],
                (i18n._("Welcome to checkup"), i18n._("Start (enter)")),
                i18n._("You have a checkup in progress."))
    finally:
        i18n.use_language("en")


_ESCAPE = re.compile(rb"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\)|.)")


BYTECODE = tempfile.mkdtemp(prefix="checkup-bench-bytecode-")


def _fresh_env(home: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """A person's environment with nothing of this machine's profile in it, and `extra`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "CHECKUP_", "TEXTUAL")) and k not in (
               "COLUMNS", "LINES", "NO_COLOR", "COLORTERM", "HOME", "PYTHONDONTWRITEBYTECODE")}
    env.update(HOME=home, TERM="xterm-256color", PYTHONPYCACHEPREFIX=BYTECODE,
               XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"),
               XDG_STATE_HOME=os.path.join(home, ".local", "state"))
    env.update(extra or {})
    return env


def _screen_text(output: bytes) -> str:
    return _ESCAPE.sub(b"", output).decode(errors="replace")


def run_once(subject: tuple, extra_env: dict[str, str] | None = None) -> dict:
    """One run of `subject` in a new terminal and a new home (and `extra_env`: a folder of
    guides, a cache kept between runs); its time to paint and peak RSS."""
    name, program, painted, absent = subject
    home = tempfile.mkdtemp(prefix="checkup-bench-home-")
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    began = time.perf_counter()
    proc = subprocess.Popen(program, stdin=secondary, stdout=secondary, stderr=secondary,
                            env=_fresh_env(home, extra_env), cwd=home, start_new_session=True)
    os.close(secondary)
    output, seconds = b"", None
    try:
        while time.perf_counter() - began < TIMEOUT:
            ready, _, _ = select.select([main], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(main, 65536)
            except OSError:  # the program closed the terminal: it ended before painting
                break
            if not data:
                break
            output += data
            if absent and absent in _screen_text(output):
                break  # the resume screen: said below
            if all(text in _screen_text(output) for text in painted):
                seconds = time.perf_counter() - began
                break
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # timing is over; how it quits is not measured
        _, _, usage = os.wait4(proc.pid, 0)
        os.close(main)
        shutil.rmtree(home, ignore_errors=True)
    shown = _screen_text(output)
    if absent and absent in shown:
        raise SystemExit(f"{name}: showed {absent!r}: the home folder was not fresh")
    if seconds is None:
        raise SystemExit(f"{name}: {' and '.join(painted)!r} never appeared on the screen; it "
                         "showed:\n"
                         f"{shown[-1500:]}")
    return {"seconds": seconds, "max_rss_kib": usage.ru_maxrss,
            "cpu_seconds": usage.ru_utime + usage.ru_stime}


def _spread(values: list[float]) -> str:
    if len(values) < 4:
        return f"min {min(values):.2f}  max {max(values):.2f}"
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"IQR {q1:.2f}-{q3:.2f}  min {min(values):.2f}  max {max(values):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="pairs per subject (default 15)")
    parser.add_argument("--first-step", action="store_true",
                        help="also time checkup started with its answers on the command line")
    parser.add_argument("--lang", metavar="CODE", action="append", default=[],
                        help="also time the welcome screen in this language (de, pl, ...)")
    options = parser.parse_args()
    subjects = [WELCOME, FIRST_STEP] if options.first_step else [WELCOME]
    subjects += [welcome_in(code) for code in options.lang]
    for subject in (BARE, *subjects):  # write the bytecode, as installing does; not counted
        run_once(subject)
    pairs: dict[str, list[tuple[dict, dict]]] = {s[0]: [] for s in subjects}
    for _ in range(options.rounds):
        for subject in subjects:
            bare = run_once(BARE)
            pairs[subject[0]].append((bare, run_once(subject)))
    print(f"{options.rounds} pairs per subject, each a bare Textual app then the subject, "
          f"in a {COLUMNS}x{ROWS} pseudo-terminal with a fresh home; budget {BUDGET}x\n")
    for name, rows in pairs.items():
        bare_s = [b["seconds"] for b, _ in rows]
        subject_s = [s["seconds"] for _, s in rows]
        time_ratios = [s["seconds"] / b["seconds"] for b, s in rows]
        rss_ratios = [s["max_rss_kib"] / b["max_rss_kib"] for b, s in rows]
        cpu_ratios = [s["cpu_seconds"] / b["cpu_seconds"] for b, s in rows]
        print(name)
        print(f"  time to paint: bare {statistics.median(bare_s) * 1000:.0f} ms, "
              f"subject {statistics.median(subject_s) * 1000:.0f} ms (medians)")
        print(f"  time ratio per pair: median {statistics.median(time_ratios):.2f}x  "
              f"{_spread(time_ratios)}")
        print(f"  CPU time: bare {statistics.median(b['cpu_seconds'] for b, _ in rows) * 1000:.0f}"
              f" ms, subject {statistics.median(s['cpu_seconds'] for _, s in rows) * 1000:.0f}"
              f" ms; ratio per pair: median {statistics.median(cpu_ratios):.2f}x  "
              f"{_spread(cpu_ratios)}")
        print(f"  peak RSS: bare {statistics.median(b['max_rss_kib'] for b, _ in rows) / 1024:.1f}"
              f" MiB, subject {statistics.median(s['max_rss_kib'] for _, s in rows) / 1024:.1f}"
              f" MiB; ratio per pair: median {statistics.median(rss_ratios):.2f}x  "
              f"{_spread(rss_ratios)}")
        verdict = "within" if statistics.median(time_ratios) <= BUDGET else "over"
        print(f"  {verdict} the {BUDGET}x budget for time\n")
    shutil.rmtree(BYTECODE, ignore_errors=True)


if __name__ == "__main__":
    main()
