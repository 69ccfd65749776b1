"""Writes the template catalogue, checkup/locale/checkup.pot: every sentence a person reads,
found by Babel where the code marks it (`_()`, `ngettext()`, `N_()`), for the next language to
be translated from. Run it after changing a sentence; a test fails while the committed template
is behind the code.

    .venv/bin/python tools/extract_messages.py [OUTPUT.pot]

No line numbers are written: a sentence moving in its file does not change the template."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "checkup" / "locale" / "checkup.pot"
SOURCES = ("checkup", "screens")  # guide text comes from content/ and is never extracted here


def command(output: Path) -> list[str]:
    """The pybabel command line (without the program name) that writes `output`."""
    return ["extract", "--no-default-keywords", "-k", "_", "-k", "ngettext:1,2", "-k", "N_",
            "--no-location", "--sort-output", "--add-comments=Translators:",
            "--project=checkup", "--copyright-holder=The checkup team", "--width=100",
            "--charset=utf-8", "-o", str(output), *(str(ROOT / s) for s in SOURCES)]


def extract(output: Path = TEMPLATE) -> Path:
    from babel.messages.frontend import CommandLineInterface

    output.parent.mkdir(parents=True, exist_ok=True)
    CommandLineInterface().run(["pybabel", "-q", *command(output)])
    return output


if __name__ == "__main__":
    print(extract(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE))
