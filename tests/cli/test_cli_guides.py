"""`checkup list`, `show`, `validate`, `--version`, `--help` and their errors, as seen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import made_up_guides
import pytest
from made_up_guides import rule, write_guide

from checkup import __version__


def test_version_and_help(run_cli, capsys) -> None:
    with pytest.raises(SystemExit) as e:
        run_cli("--version")
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"checkup {__version__}"
    with pytest.raises(SystemExit):
        run_cli("--help")
    out = capsys.readouterr().out
    for command in ("list", "show", "validate"):
        assert command in out


SHIPPED = ("linkedin", "chatgpt", "meta", "gemini", "x", "copilot", "claude", "grammarly",
           "perplexity", "reddit", "medium", "substack")


def test_list_names_each_guide_on_one_line(run_cli) -> None:
    code, out, err = run_cli("list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    # one line per shipped guide, LinkedIn first, as the wizard offers them
    assert len(lines) == len(SHIPPED) >= 12
    assert lines[0].split("\t") == ["linkedin", "LinkedIn",
                                    "Stop LinkedIn training AI on your posts and profile",
                                    "verified 2026-12-01"]
    assert sorted(line.split("\t")[0] for line in lines) == sorted(SHIPPED)


def test_list_reports_a_broken_guide_but_lists_the_rest(run_cli, made_up_content) -> None:
    (made_up_content().parent / "broken.toml").write_text("not = [valid")
    code, out, err = run_cli("list")
    assert code == 0 and out.startswith("example\t")
    assert "broken.toml" in err and "not valid TOML" in err


def _show_json(run_cli, *args: str) -> dict:
    code, out, _ = run_cli("show", "linkedin", "--json", *args)
    assert code == 0
    return json.loads(out)


def _status(data: dict, item: str = "ai-training") -> str:
    return next(i for i in data["items"] if i["id"] == item)["status"]


@pytest.mark.parametrize(
    ("region", "day", "status"),
    [("US", "2024-10-01", "applies"), ("DE", "2024-10-01", "not-offered"),
     ("NL", "2024-10-01", "not-offered"), ("DE", "2026-11-23", "applies"),
     ("CA", "2025-03-01", "paused"), ("HK", "2025-03-01", "paused"),
     ("uk", "2025-03-01", "paused")],
)
def test_show_json_status_for_region_and_day(run_cli, region: str, day: str, status: str) -> None:
    data = _show_json(run_cli, "--region", region, "--as-of", day)
    assert data["guide"] == "linkedin" and data["as_of"] == day
    assert data["region"] == region.upper().replace("UK", "GB")
    assert _status(data) == status


def test_show_json_items_carry_reason_sources_and_steps(run_cli) -> None:
    data = _show_json(run_cli, "--region", "DE", "--as-of", "2026-11-23", "--surface", "ios")
    item = data["items"][0]
    assert item["id"] == "ai-training" and item["main"] is True
    assert "3 November 2025" in item["reason"]
    assert item["sources"] and all(u.startswith("https://") for u in item["sources"])
    assert list(item["steps"]) == ["ios"]
    assert any("Data for Generative AI Improvement" in s for s in item["steps"]["ios"])


def test_show_json_without_region_lists_every_region(run_cli) -> None:
    data = _show_json(run_cli, "--as-of", "2025-01-01")
    assert data["region"] is None
    item = data["items"][0]
    assert item["status"] is None
    rows = {r["region"]: r["status"] for r in item["by_region"]}
    assert rows["European Economic Area"] == "not-offered" and rows["Canada"] == "paused"
    assert rows["Everywhere else"] == "applies"
    assert set(item["steps"]) == {"desktop", "ios", "android"}


def test_show_defaults_to_today(run_cli) -> None:
    import datetime as dt

    assert _show_json(run_cli)["as_of"] == dt.date.today().isoformat()


def test_show_text_says_why_with_source_and_steps(run_cli) -> None:
    code, out, _ = run_cli("show", "linkedin", "--region", "DE", "--as-of", "2024-10-01",
                           "--surface", "desktop")
    assert code == 0
    words = " ".join(out.split())  # the text is wrapped to the terminal
    assert "For Germany (DE), as of 1 October 2024" in out
    # words, not "not-offered"; the day the answer took effect in the sentence
    assert ("No: since 18 September 2024, LinkedIn does not offer this where you live "
            "(Germany), so there is nothing to do.") in words
    assert "not-offered" not in out and "rule in force" not in words
    assert "Source: https://" in out
    assert "Desktop web:" in out and "iPhone" not in out
    assert "It does not undo training that has already taken place." in out
    assert "\x1b" not in out


def test_show_text_gives_one_path_for_both_phones_without_calling_the_apps_the_same(
        run_cli) -> None:
    _, out, _ = run_cli("show", "linkedin", "--region", "US")
    assert "iPhone and Android (the sources give one path for both apps):" in out
    assert "the same steps" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nosuch"], "unknown guide 'nosuch'"),
        (["show", "linkedin", "--region", "XX"], "unknown region code 'XX'"),
        (["show", "linkedin", "--surface", "blackberry"], "invalid choice: 'blackberry'"),
        (["show", "linkedin", "--as-of", "2024-13-01"], "'2024-13-01' is not a date"),
        (["show", "linkedin", "--as-of", "yesterday"], "is not a date"),
        (["show", "linkedin", "--as-of", "20241001"],
         "'20241001' is not a date like 2026-11-23 (YYYY-MM-DD)"),
        (["show", "linkedin", "--as-of", "2024-W40-1"], "is not a date like 2026-11-23"),
        (["export", "--blank", "--as-of", "20241001", "-o", "-"], "is not a date like"),
        (["show", "linkedin", "--region", ""], "--region is empty: give a two-letter country"),
        (["show", "linkedin", "--region", "  "], "--region is empty"),
        (["export", "--blank", "--region", "", "-o", "-"], "--region is empty"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(run_cli, args: list[str], message: str) -> None:
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("checkup: error: ") and message in err


def test_validate_passes_on_shipped_content(run_cli) -> None:
    code, out, _ = run_cli("validate")
    assert code == 0 and out.startswith(f"ok: {len(SHIPPED)} guides valid: ")
    assert all(f"{guide_id} (" in out for guide_id in SHIPPED) and "linkedin (5 items)" in out


def test_validate_lists_each_problem_and_exits_1(run_cli, tmp_path: Path) -> None:
    path = write_guide(tmp_path, revision=0, items=[made_up_guides.item(rules=[
        rule(), rule(regions=["EEA"]), rule(regions=["UK"], status="asleep")])])
    code, out, _ = run_cli("validate", str(path), str(tmp_path / "missing.toml"))
    assert code == 1
    lines = out.splitlines()
    assert f"{tmp_path / 'missing.toml'}: no such file or folder" in lines
    assert any(line.startswith(f"{path}: revision: ") for line in lines)
    assert any(line.startswith(f"{path}: items[0].rules[2].status: ") for line in lines)


@pytest.mark.parametrize("argv", [
    [], ["--region", "DE", "--surface", "desktop"], ["--surface", "ios", "--surface", "android"],
    ["--guide", "linkedin", "--theme", "light", "--as-of", "2024-10-01"], ["--plain", "--guest"],
    ["--profile", "anna"],
])
def test_starting_the_wizard_parses_as_the_whole_command_line_does(argv: list[str]) -> None:
    from checkup.cli.main import build_parser, parse_args

    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(("bad_id", "kind"), [(["training-switch"], "a list"), ({}, "a table")])
def test_a_guide_with_a_non_text_item_id_is_reported_and_the_others_still_work(
        run_cli, made_up_content, bad_id, kind: str) -> None:
    made_up_content()
    bad = made_up_content("bad.toml", id="other", items=[made_up_guides.item(id=bad_id)])
    code, out, _ = run_cli("validate", str(bad))
    assert code == 1
    assert out.splitlines() == [f"{bad}: items[0].id: must be non-empty text, not {kind}"]
    code, out, err = run_cli("list")
    assert code == 0 and out.startswith("example\t") and "bad.toml: items[0].id" in err
    code, out, _ = run_cli("show", "example", "--region", "DE")
    assert code == 0 and "Turn off training-switch" in out
    code, out, _ = run_cli("qr", "example")
    assert code == 0 and out.splitlines()[-2].startswith("https://www.example.org/")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("x = " + "[" * 100_000 + "]" * 100_000, "nested too deeply to be a guide"),
        ("x = " + "{a = " * 3_000 + "1" + "}" * 3_000, "nested too deeply to be a guide"),
        ("# " + "x" * (1024 * 1024), "larger than 1 MiB, far more than a guide holds: not read"),
    ],
    ids=["deep-arrays", "deep-tables", "huge"],
)
def test_validate_names_a_deep_or_huge_file_in_one_line(run_cli, tmp_path: Path, content: str,
                                                        message: str) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(content)
    code, out, err = run_cli("validate", str(path))
    assert code == 1 and err == ""
    assert out.splitlines() == [f"{path}: {message}"]


def _validate_in_a_child(*paths: str) -> subprocess.CompletedProcess[str]:
    """In a child with a time limit: a file read forever must fail the test, not hang it."""
    return subprocess.run([sys.executable, "-m", "checkup", "validate", *paths],
                          capture_output=True, text=True, timeout=60)


def test_validate_never_reads_a_device_or_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    done = _validate_in_a_child("/dev/zero", str(fifo))
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "/dev/zero: not a regular file (a device, a pipe or a folder): not read",
        f"{fifo}: not a regular file (a device, a pipe or a folder): not read"]


def test_a_pipe_among_the_guides_does_not_stop_list(tmp_path: Path) -> None:
    guide_dir = write_guide(tmp_path / "guides").parent
    os.mkfifo(guide_dir / "pipe.toml")
    done = subprocess.run([sys.executable, "-m", "checkup", "list"], capture_output=True,
                          text=True, timeout=60, env={**os.environ,
                                                      "CHECKUP_CONTENT": str(guide_dir)})
    assert done.returncode == 0 and done.stdout.startswith("example\t")
    assert "pipe.toml: not a regular file" in done.stderr


def test_validate_names_a_folder_it_cannot_read(run_cli, tmp_path: Path, monkeypatch) -> None:
    guide_dir = write_guide(tmp_path / "guides").parent
    if os.geteuid() == 0:  # root reads any folder: make this one refuse, as it would for others
        listing = os.scandir

        def scandir(path):  # noqa: ANN001, ANN202
            if Path(path) == guide_dir:
                raise PermissionError(13, "Permission denied", str(path))
            return listing(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        guide_dir.chmod(0)
    try:
        code, out, _ = run_cli("validate", str(guide_dir))
    finally:
        guide_dir.chmod(0o755)
    assert code == 1
    assert out.splitlines() == [f"{guide_dir}: cannot read this folder: Permission denied"]


def test_validate_says_when_a_folder_has_no_guides(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".hidden.toml").write_text("schema = 1")
    code, out, _ = run_cli("validate", str(tmp_path))
    assert code == 1 and out.splitlines() == [f"{tmp_path}: no guide files (*.toml) here"]


def test_the_wizard_refuses_an_empty_region_before_it_starts(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "checkup", "--plain", "--region", ""],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "CHECKUP_HOME": str(tmp_path)})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines()[-1] == (
        "checkup: error: --region is empty: give a two-letter country code such as DE, US or GB")
    assert not any(tmp_path.iterdir())  # nothing recorded


@pytest.mark.parametrize("command", [["show", "other"], ["qr", "other"], ["mark", "other",
                                                                         "x", "done"]])
def test_asking_for_a_broken_guide_says_it_is_broken_not_unknown(
        run_cli, made_up_content, command: list[str]) -> None:
    broken = made_up_content().parent / "other.toml"
    broken.write_text('schema = 1\nid = "other"\nrevision = "one"\n')
    code, out, err = run_cli(*command)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"checkup: error: the guide 'other' could not be loaded: {broken} has problems; "
        f"'checkup validate {broken}' says which"]


def test_show_gives_a_menu_path_as_a_path_and_separate_labels_as_a_list(run_cli) -> None:
    _, out, _ = run_cli("show", "linkedin", "--region", "DE", "--surface", "desktop")
    words = " ".join(out.split())
    assert ('Look for: "Settings & Privacy" > "Data privacy" > "How LinkedIn uses your data" > '
            '"Data for Generative AI Improvement"') in words
    assert 'Look for: "Data Deletion request form", "Close account"' in words
    assert '"Data Deletion request form" > "Close account"' not in words
    data = _show_json(run_cli, "--region", "DE")
    paths = {i["id"]: i["labels_path"] for i in data["items"]}
    assert paths["ai-training"] is True and paths["delete-data"] is False
