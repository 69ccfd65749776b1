"""`checkup export` on the command line: where it writes, what it refuses, in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_without_o_writes_a_file_named_after_the_guide_and_date(run_cli, in_tmp: Path) -> None:
    code, out, err = run_cli("export", "--region", "DE")
    today = dt.date.today().isoformat()
    path = in_tmp / f"checkup-linkedin-{today}.html"
    assert (code, err) == (0, "")
    assert out == f"Wrote {path}\n"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("args", "name"), [
    (["--blank", "--as-of", "2025-01-02"], "checkup-linkedin-blank-2025-01-02.html"),
    (["--format", "md", "--as-of", "2025-01-02"], "checkup-linkedin-2025-01-02.md"),
    (["--format", "txt", "--guide", "LinkedIn", "--as-of", "2025-01-02"],
     "checkup-linkedin-2025-01-02.txt"),
])
def test_file_name_says_blank_format_and_day(run_cli, in_tmp: Path, args, name: str) -> None:
    code, out, _ = run_cli("export", *args)
    assert code == 0 and out.strip() == f"Wrote {in_tmp / name}"
    assert [p.name for p in in_tmp.iterdir()] == [name]


def test_dash_writes_to_stdout_and_nothing_else(run_cli, in_tmp: Path) -> None:
    code, out, err = run_cli("export", "--format", "txt", "-o", "-", "--surface", "android")
    assert (code, err) == (0, "")
    assert out.startswith("LinkedIn: Stop LinkedIn") and "Android:" in out
    assert "Desktop web:" not in out and list(in_tmp.iterdir()) == []


def test_o_names_the_file(run_cli, in_tmp: Path) -> None:
    code, out, _ = run_cli("export", "--blank", "--format", "md", "-o", "handout.md")
    assert code == 0 and out.strip() == f"Wrote {in_tmp / 'handout.md'}"
    assert "- [ ] Tick when done." in (in_tmp / "handout.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "status", "message"), [
    (["-o", "/nonexistent/folder/out.html"], 1,
     "checkup: error: cannot write /nonexistent/folder/out.html: No such file or directory\n"),
    (["--format", "md", "--paper", "a4"], 2,
     "checkup: error: --paper sets the page size of an HTML checklist: add --format html\n"),
    (["--guide", "nope"], 2, "checkup: error: unknown guide 'nope' (guides: linkedin)\n"),
    (["--region", "XX"], 2, "checkup: error: unknown region code 'XX': use a two-letter "
     "ISO 3166-1 country code such as DE, US or GB\n"),
])
def test_errors_are_one_line(run_cli, in_tmp: Path, args, status: int, message: str) -> None:
    code, out, err = run_cli("export", *args)
    assert (code, out, err) == (status, "", message)


def test_a_folder_as_output_is_one_line_naming_it(run_cli, in_tmp: Path) -> None:
    code, _, err = run_cli("export", "-o", str(in_tmp))
    assert code == 1 and err.startswith(f"checkup: error: cannot write {in_tmp}: ")
    assert err.count("\n") == 1
