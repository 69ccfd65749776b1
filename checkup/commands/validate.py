"""`checkup validate`: check guide files, one line per problem."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate", help="check guide files",
        description="Check guide files (the shipped guides when no path is given). Prints one "
        "line per problem, naming the file, the key and what is wrong; exits 1 if there is any.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="guide files or folders")


def run(args: argparse.Namespace) -> int:
    from checkup.loader import load_paths
    from checkup.paths import content_dir
    from checkup.safe_text import printable

    paths = args.paths or [content_dir()]
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"{printable(str(p))}: no such file or folder")
    from checkup.regions import default_regions

    loaded = load_paths([p for p in paths if p.exists()])
    region_problems = default_regions().problems()
    for problem in [*region_problems, *loaded.problems]:
        print(problem)
    if missing or loaded.problems or region_problems:
        return 1
    names = ", ".join(f"{g.id} ({len(g.items)} items)" for g in loaded.guides)
    print(f"ok: {len(loaded.guides)} guide(s) valid: {names}")
    return 0
