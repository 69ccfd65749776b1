from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checkup.cli.main import main
from checkup.support.paths import shipped_content_dir


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the real home or a stray content override."""
    monkeypatch.delenv("CHECKUP_CONTENT", raising=False)
    monkeypatch.setenv("CHECKUP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def guide_dir(tmp_path: Path) -> Path:
    """A copy of the shipped guides that a test may break."""
    d = tmp_path / "guides"
    d.mkdir()
    shutil.copy(shipped_content_dir() / "linkedin.toml", d / "linkedin.toml")
    return d


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run `checkup ARGS...` in this process; returns (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run
