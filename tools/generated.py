"""What the tools that write files made from other files share: one command line, that writes
them, or with --check only says whether they are current (exit 1 when not), for tests and CI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def table_tool(argv: list[str] | None, description: str, output: Path, root: Path,
               made: Callable[[], str], tool: str) -> int:
    """For a tool that writes one text file, `output`, with what `made` returns."""
    if not _check_asked(argv, description, "only say whether the file is current (exit 1 when "
                                           "not)"):
        output.write_text(made(), encoding="utf-8")
        print(f"wrote {output.relative_to(root)}")
        return 0
    current = output.exists() and output.read_text(encoding="utf-8") == made()
    print(f"{output.relative_to(root)} is " + ("current" if current else
          f"out of date: run {tool}"))
    return 0 if current else 1


def files_tool(argv: list[str] | None, description: str, differences: Callable[[], list[str]],
               write: Callable[[], None], tool: str) -> int:
    """For a tool that writes many files: `differences` says, one line each, what is not
    current; `write` writes them all."""
    if not _check_asked(argv, description, "only say what is not current"):
        write()
        return 0
    lines = differences()
    for line in lines:
        print(line)
    print(f"run: python {tool}" if lines else "all current")
    return 1 if lines else 0


def _check_asked(argv: list[str] | None, description: str, check_help: str) -> bool:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help=check_help)
    return parser.parse_args(argv).check
