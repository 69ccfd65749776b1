"""The benchmarks run and print their ratios; what they measure is never asserted here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_scaling_benchmark_runs_and_prints_each_ratio() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKUP_")}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "guides.py"), "--rounds",
                           "1", "--counts", "1,2", "--wizard-guides", "2"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    for line in ("2 guide(s), from the cache", "list, 2 guide(s), cache filled",
                 "validate, 1 guide(s)", "first screen, 2 guides, cache empty"):
        assert line in done.stdout
    assert done.stdout.count("ratio per pair: median") == 2 * 8
