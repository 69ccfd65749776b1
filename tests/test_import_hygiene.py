"""Commands that do not draw a screen must not pay for importing textual; commands that only read
must not pay for the TOML writer or the platform-folder lookup either."""

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
heavy = sorted(m for m in ("textual", "qrcode", "tomli_w", "PIL", "platformdirs")
               if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
"""


@pytest.mark.parametrize(
    ("args", "allowed"),
    [(["list"], ""), (["show", "linkedin", "--region", "DE"], ""),
     (["show", "linkedin", "--json"], ""), (["validate"], ""), (["--version"], ""),
     (["--help"], ""), (["where"], ""), (["status"], ""), (["status", "--json"], ""),
     (["--profile", "demo", "status", "--exit-code"], ""),
     (["mark", "linkedin", "ai-training", "done"], "tomli_w"), (["reset", "--yes"], "")],
)
def test_command_never_imports_textual(args: list[str], allowed: str) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "HEAVY=" + allowed


def test_the_platform_folder_lookup_is_only_imported_when_a_profile_is_opened(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHECKUP_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # HOME is a temporary folder here
    for args, allowed in ((["list"], ""), (["status"], "platformdirs")):
        result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                                capture_output=True, text=True, timeout=60)
        assert result.stdout.strip().splitlines()[-1] == "HEAVY=" + allowed
