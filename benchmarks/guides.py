"""How reading guides scales with their number: the time to read one guide, `checkup list` and
`checkup validate` with 1, 12 and 100 guides, and the wizard's first screen with 12.

    .venv/bin/python benchmarks/guides.py [--rounds 9] [--counts 1,12,100]

The guides are copies of the shipped content/linkedin.toml under other ids (guide-002 ...), in
a folder of their own given as CHECKUP_CONTENT, as a set of a dozen services will be.

Per guide (in this process): loading a folder of them, divided by their number, three ways:
parsed from TOML (what `checkup validate` always does), from this user's cache of parsed guides
(checkup.profile.guide_cache, filled by the first load), and, for the shipped guide, from its
shipped parsed form (content/parsed) and as the wizard takes it, kept loaded. The best and the
median of --rounds loads.

Commands (each a fresh interpreter with a fresh home, as startup.py starts them): `list` and
`validate`, which do not draw a screen, against Python's bare start (`python -c pass`), and the
wizard's first screen against the bare Textual app of startup.py, painted in a pseudo-terminal.
`list` and the wizard run twice over: with the cache empty, as at a person's first start (the
home is new), and with it filled by an earlier run (CHECKUP_CACHE names a folder kept between
runs), as at every start after it; validate never reads the cache. Runs are paired, reference
then subject, and a ratio is taken per pair; the median and spread of the ratios are printed.
Nothing is asserted. Note `uptime` with the numbers: other work on the machine shows in them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import startup  # noqa: E402 - beside this file

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "content" / "linkedin.toml"
BARE_PYTHON = ("Python's bare start", [sys.executable, "-c", "pass"])


def make_guides(folder: Path, count: int) -> Path:
    """`count` copies of the shipped guide in `folder`, each with an id and file of its own."""
    folder.mkdir(parents=True)
    text = SHIPPED.read_text(encoding="utf-8")
    for n in range(1, count + 1):
        guide_id = "linkedin" if n == 1 else f"guide-{n:03d}"
        copy, found = re.subn(r'^id = "linkedin"$', f'id = "{guide_id}"', text, count=1,
                              flags=re.M)
        if not found:
            raise SystemExit(f"{SHIPPED}: no line id = \"linkedin\" to change")
        (folder / f"{guide_id}.toml").write_text(copy, encoding="utf-8")
    return folder


def per_guide(folders: dict[int, Path], rounds: int, scratch: Path) -> None:
    from checkup.guides.loader import load_paths
    from checkup.guides.precompiled import shipped_guide
    from checkup.guides.regions import default_regions
    from checkup.profile.guide_cache import GuideReader
    from checkup.support.paths import shipped_content_dir
    from checkup.support.toml_file import read_toml

    regions = default_regions()

    def timed(paths: list[Path], read, count: int, ahead=None) -> list[float]:  # noqa: ANN001
        load_paths(paths, regions, read, ahead)  # the cache filled, the code warm: not counted
        out = []
        for _ in range(rounds):
            began = time.perf_counter()
            result = load_paths(paths, regions, read, ahead)
            out.append((time.perf_counter() - began) / count * 1000)
            assert len(result.guides) == count and not result.problems, result.problems
        return out

    def say(what: str, ms: list[float]) -> None:
        print(f"  {what:<44} best {min(ms):5.2f} ms  median {statistics.median(ms):5.2f} ms")

    print(f"Reading one guide ({SHIPPED.stat().st_size // 1024} KiB of TOML), per guide, "
          f"{rounds} loads each")
    for count, folder in folders.items():
        cache = GuideReader(scratch / f"cache-{count}")
        say(f"{count} guide(s), parsed from TOML", timed([folder], read_toml, count))
        say(f"{count} guide(s), from the cache", timed([folder], cache, count))
    shipped = Path(shipped_content_dir()) / SHIPPED.name
    say("the shipped guide, from content/parsed", timed([shipped], GuideReader(None), 1))
    say("the shipped guide, kept loaded (as the wizard)",
        timed([shipped], GuideReader(None), 1, shipped_guide))
    print()


def run_command(program: list[str], env: dict[str, str] | None) -> dict:
    """One run to its end with a fresh home (startup.py's), `env` added; wall and CPU time."""
    home = tempfile.mkdtemp(prefix="checkup-bench-home-")
    try:
        with tempfile.TemporaryFile() as errors:
            began = time.perf_counter()
            proc = subprocess.Popen(program, stdout=subprocess.DEVNULL, stderr=errors,
                                    env=startup._fresh_env(home, env), cwd=home)
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - began
            proc.returncode = os.waitstatus_to_exitcode(status)
            errors.seek(0)
            said = errors.read().decode(errors="replace")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(program[1:])}: exit {proc.returncode}: {said}")
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime}


def _ratios(rows: list[tuple[dict, dict]]) -> str:
    out = []
    for key, what in (("seconds", "wall"), ("cpu_seconds", "CPU")):
        ref = statistics.median(r[key] for r, _ in rows) * 1000
        sub = statistics.median(s[key] for _, s in rows) * 1000
        ratios = [s[key] / r[key] for r, s in rows]
        out.append(f"{what}: reference {ref:4.0f} ms, subject {sub:4.0f} ms (medians); ratio "
                   f"per pair: median {statistics.median(ratios):.2f}x  {startup._spread(ratios)}")
    return "\n      ".join(out)


def commands(folders: dict[int, Path], rounds: int, scratch: Path) -> None:
    checkup = [sys.executable, "-m", "checkup"]
    subjects: list[tuple[str, list[str], dict[str, str]]] = []
    for count, folder in folders.items():
        content = {"CHECKUP_CONTENT": str(folder)}
        warm = {**content, "CHECKUP_CACHE": str(scratch / f"kept-{count}")}
        subjects += [(f"list, {count} guide(s), cache empty", [*checkup, "list"], content),
                     (f"list, {count} guide(s), cache filled", [*checkup, "list"], warm),
                     (f"validate, {count} guide(s)", [*checkup, "validate"], content)]
    for _, program, env in [("", BARE_PYTHON[1], None), *subjects]:
        run_command(program, env)  # bytecode written, caches filled: not counted
    pairs: dict[str, list] = {name: [] for name, _, _ in subjects}
    for _ in range(rounds):
        for name, program, env in subjects:
            bare = run_command(BARE_PYTHON[1], None)
            pairs[name].append((bare, run_command(program, env)))
    print(f"Commands against {BARE_PYTHON[0]} ({' '.join(BARE_PYTHON[1][1:])}), {rounds} pairs "
          "each, a fresh home per run")
    for name, rows in pairs.items():
        print(f"  {name}\n      {_ratios(rows)}")
    print()


def wizard(folder: Path, count: int, rounds: int, scratch: Path) -> None:
    content = {"CHECKUP_CONTENT": str(folder)}
    warm = {**content, "CHECKUP_CACHE": str(scratch / "kept-wizard")}
    subjects = [(f"first screen, {count} guides, cache empty", content),
                (f"first screen, {count} guides, cache filled", warm)]
    for env in (None, content, warm):  # bytecode written, the cache filled: not counted
        startup.run_once(startup.BARE if env is None else startup.WELCOME, env)
    pairs: dict[str, list] = {name: [] for name, _ in subjects}
    for _ in range(rounds):
        for name, env in subjects:
            bare = startup.run_once(startup.BARE)
            pairs[name].append((bare, startup.run_once(startup.WELCOME, env)))
    print(f"The wizard's first screen against a bare Textual app (startup.py's), {rounds} pairs "
          f"each, budget {startup.BUDGET}x")
    for name, rows in pairs.items():
        print(f"  {name}\n      {_ratios(rows)}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="pairs (and loads) each; default 9")
    parser.add_argument("--counts", default="1,12,100", help="numbers of guides (1,12,100)")
    parser.add_argument("--wizard-guides", type=int, default=12,
                        help="guides for the wizard's first screen (default 12)")
    options = parser.parse_args()
    counts = [int(c) for c in options.counts.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="checkup-bench-guides-"))
    try:
        folders = {c: make_guides(scratch / f"guides-{c}", c) for c in counts}
        wizard_folder = folders.get(options.wizard_guides) or make_guides(
            scratch / "guides-wizard", options.wizard_guides)
        print(f"uptime: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}"
              "\n")
        per_guide(folders, options.rounds, scratch)
        commands(folders, options.rounds, scratch)
        wizard(wizard_folder, options.wizard_guides, options.rounds, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(startup.BYTECODE, ignore_errors=True)


if __name__ == "__main__":
    main()
