"""Commands that do not draw a screen must not pay for importing textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from checkup.cli import main
try:
    main({args!r})
except SystemExit:
    pass
heavy = sorted(m for m in ("textual", "qrcode", "tomli_w", "PIL") if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [["list"], ["show", "linkedin", "--region", "DE"], ["show", "linkedin", "--json"],
     ["validate"], ["--version"], ["--help"]],
)
def test_command_never_imports_textual(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "HEAVY="
