"""How fast the wizard shows its first screen, and how much memory it takes, against a bare
Textual app measured the same way in the same run.

    .venv/bin/python benchmarks/startup.py [--runs 15]

Each measurement is a fresh interpreter (as a person starting `checkup` gets): it builds the app,
runs it headless, and exits as soon as the first screen has been painted. It reports the median
wall time from process start to that moment, and the peak resident memory, as ratios to the bare
app. Runs alternate between the apps so machine noise falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
kind = sys.argv[1]
if kind == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static("Hello")
            yield Footer()

    app = Bare()
else:
    from checkup.screens.app import CheckupApp
    from checkup.cli.main import parse_args
    from checkup.cli.wizard import build_session

    args = parse_args(sys.argv[2:])  # as `checkup` parses its command line
    app = CheckupApp(build_session(args), theme=args.theme)

painted = {}

def first_paint():
    painted["at"] = time.perf_counter()
    app.exit()

app.call_after_refresh(lambda: app.call_after_refresh(first_paint))
app.run(headless=True, size=(80, 24))
print(json.dumps({"seconds": painted["at"] - start,
                  "screen": type(app.screen).__name__ if app.screen_stack else "",
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

# A home folder of its own: the profile is found the way it is for a person (through the
# platform's user data folder), without touching the real one.
BENCH_HOME = os.path.join(tempfile.gettempdir(), "checkup-bench-home")
BUDGET = 1.2  # the wizard's first screen, in time and memory, against the bare app

SUBJECTS: dict[str, list[str]] = {
    "bare Textual app": ["bare"],
    "checkup (welcome screen)": ["wizard"],
    "checkup --region DE --surface desktop (first step)": ["wizard", "--region", "DE",
                                                             "--surface", "desktop"],
}


def measure(argv: list[str]) -> dict:
    began = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, text=True,
                         timeout=120, env={"HOME": BENCH_HOME, "PATH": "",
                                           "TERM": "xterm-256color"})
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {out.stderr.strip().splitlines()[-1:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - began  # includes interpreter start-up
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    samples: dict[str, list[dict]] = {name: [] for name in SUBJECTS}
    for _ in range(runs):
        for name, argv in SUBJECTS.items():
            samples[name].append(measure(argv))
    base_time = statistics.median(s["process_seconds"] for s in samples["bare Textual app"])
    base_rss = statistics.median(s["max_rss_kib"] for s in samples["bare Textual app"])
    print(f"{runs} runs each, median; ratio = subject / bare Textual app (budget: {BUDGET}x)\n")
    print(f"{'subject':<52} {'first screen':>12} {'ratio':>6} {'peak RSS':>10} {'ratio':>6}")
    over = []
    for name, rows in samples.items():
        t = statistics.median(s["process_seconds"] for s in rows)
        rss = statistics.median(s["max_rss_kib"] for s in rows)
        print(f"{name:<52} {t * 1000:>9.0f} ms {t / base_time:>5.2f}x "
              f"{rss / 1024:>7.1f} MiB {rss / base_rss:>5.2f}x")
        if t / base_time > BUDGET or rss / base_rss > BUDGET:
            over.append(name)
    print("\n" + (f"over budget: {'; '.join(over)}" if over else "all within budget"))


if __name__ == "__main__":
    main()
