from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from made_up_guides import write_guide

from checkup.cli.main import main
from checkup.support import i18n


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the real home or a stray content override, nor speaks the language of the
    machine it runs on; a language a test chose is gone after it."""
    monkeypatch.delenv("CHECKUP_CONTENT", raising=False)
    monkeypatch.setenv("CHECKUP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CHECKUP_CACHE", str(tmp_path / "cache"))  # parsed guides: not in home
    monkeypatch.setenv("COLUMNS", "100")
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.use_language("en")


@pytest.fixture
def made_up_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """checkup reads its guides from a folder of made-up ones: call it with made_up_guides.guide
    fields (and a file name) to write one there; returns the file's path."""
    folder = tmp_path / "made-up"

    def write(name: str = "example.toml", **changes) -> Path:
        path = write_guide(folder, name, **changes)
        monkeypatch.setenv("CHECKUP_CONTENT", str(folder))
        return path

    return write


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run `checkup ARGS...` in this process; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run
