"""Every command survives output in a character set that cannot show a character: a stand-in
for it, never a traceback; a QR code is not drawn where its block characters cannot be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


def _run(home: Path, *args: str, encoding: str = "ascii") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CHECKUP_CONTENT")}
    env |= {"PYTHONIOENCODING": encoding, "CHECKUP_HOME": str(home), "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "checkup", *args], capture_output=True,
                          env=env, text=True, encoding="utf-8", errors="replace", timeout=120,
                          cwd=home.parent)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_qr_says_it_cannot_draw_and_gives_the_link(home: Path) -> None:
    done = _run(home, "qr", "linkedin")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "This terminal's character set (ascii) cannot draw a QR code. Open this link:",
        MAIN_URL, "It opens www.linkedin.com"]


def test_status_shows_a_reason_it_cannot_spell(home: Path) -> None:
    marked = _run(home, "mark", "linkedin", "delete-data", "skipped", "--reason", "später",
                  encoding="utf-8")
    assert marked.returncode == 0
    done = _run(home, "status")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert '[delete-data] on ' in done.stdout and '"sp?ter"' in done.stdout


def test_show_json_keeps_every_character_exact(home: Path) -> None:
    done = _run(home, "show", "linkedin", "--region", "CI", "--json")
    assert done.returncode == 0 and done.stdout.isascii()
    assert json.loads(done.stdout)["region_name"] == "Côte d'Ivoire"


def test_an_error_naming_what_was_typed_is_still_one_line(home: Path) -> None:
    done = _run(home, "show", "linkedin", "--region", "Ü")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "checkup: error: unknown region code '\\xdc': use a two-letter ISO 3166-1 country code "
        "such as DE, US or GB"]


@pytest.mark.parametrize("args", [
    ["--help"], ["list"], ["show", "linkedin"], ["show", "linkedin", "--region", "CI"],
    ["validate"], ["where"], ["status", "--json"], ["export", "--format", "txt", "-o", "-"],
    ["export", "--format", "md", "-o", "-"], ["export", "-o", "-"],
])
def test_every_command_finishes_without_a_traceback(home: Path, args: list[str]) -> None:
    _run(home, "mark", "linkedin", "delete-data", "skipped", "--reason", "später",
         encoding="utf-8")
    done = _run(home, *args)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and done.stdout
