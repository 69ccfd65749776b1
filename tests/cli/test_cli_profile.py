"""`checkup where`, `status`, `mark` and `reset`, as a person or a script sees them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from made_up_guides import guide, rule
from made_up_guides import item as made_up_item

from checkup.profile.store import open_store

REVISION = 3
ITEMS = ("ai-training", "objection-form", "ads-data-sharing", "download-data", "delete-data")


def example_guide(**changes) -> dict:
    """Five items; the ads item is not offered in the EEA and Switzerland."""
    ads = [rule(), rule(regions=["EEA", "CH"], status="not-offered")]
    return guide(**{"revision": REVISION, "main_item": ITEMS[0], "items": [
        made_up_item(i, rules=ads if i == "ads-data-sharing" else [rule()],
                     **({"title": "Delete data you no longer want on Example"}
                        if i == "delete-data" else {})) for i in ITEMS], **changes})


@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    made_up_content(**example_guide())


@pytest.fixture
def home() -> Path:
    return Path(os.environ["CHECKUP_HOME"])


def checkup(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A fresh `checkup` process, as from a shell."""
    return subprocess.run([sys.executable, "-m", "checkup", *args], capture_output=True,
                          text=True, timeout=60, env=os.environ | (env or {}))


def status_json(run_cli, *args: str) -> dict:
    code, out, _ = run_cli("status", "--json", *args)
    assert code == 0
    return json.loads(out)


def item(data: dict, item_id: str, guide: str = "example") -> dict:
    g = next(g for g in data["guides"] if g["id"] == guide)
    return next(i for i in g["items"] if i["id"] == item_id)


def test_mark_then_status_from_fresh_processes_in_the_folder_where_names(home: Path) -> None:
    marked = checkup("mark", "example", "ai-training", "done")
    assert marked.returncode == 0 and marked.stderr == ""
    status = checkup("status", "--json")
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert item(data, "ai-training")["state"] == "done"
    assert item(data, "ai-training")["needs_recheck"] is False
    where = checkup("where").stdout
    path = re.search(r"^Profile: (.+)$", where, re.M).group(1)
    assert data["profile"]["path"] == path == str(home / "profile.toml")
    assert f"Folder: {home} (set by CHECKUP_HOME)" in where
    assert "Exists: yes" in where
    assert Path(path).is_file()


def test_where_before_anything_is_recorded_says_so_and_creates_nothing(run_cli, home: Path,
                                                                       monkeypatch) -> None:
    monkeypatch.delenv("CHECKUP_CONTENT")  # the shipped guides, as a person has them
    code, out, err = run_cli("where")
    assert code == 0 and err == ""
    assert f"Profile: {home / 'profile.toml'}" in out
    assert "Exists: no: it is created when you first record something" in out
    assert re.search(r"^Guides: .+ \(shipped with checkup\)$", out, re.M)
    assert not home.exists()


def test_where_names_a_guest_session_and_another_guide_folder(run_cli, made_up_content
                                                              ) -> None:
    guide_dir = made_up_content().parent
    code, out, _ = run_cli("where", "--guest")
    assert code == 0
    assert "Profile: none: --guest keeps nothing on disk" in out
    assert f"Guides: {guide_dir} (set by CHECKUP_CONTENT)" in out


def test_profile_works_before_and_after_the_command(run_cli, home: Path) -> None:
    assert run_cli("--profile", "demo", "mark", "example", "ai-training", "done")[0] == 0
    assert (home / "profile-demo.toml").is_file() and not (home / "profile.toml").exists()
    after = status_json(run_cli, "--profile", "demo")
    assert item(after, "ai-training")["state"] == "done"
    assert after["profile"]["name"] == "demo"
    # Given before the command, it is not undone by the command's own (absent) option.
    code, out, _ = run_cli("--profile", "demo", "status", "--json")
    assert item(json.loads(out), "ai-training")["state"] == "done"
    assert item(status_json(run_cli), "ai-training")["state"] == "todo"


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("bad", ["../escape", "a/b", ".hidden"])
def test_a_bad_profile_name_is_one_line_naming_it(run_cli, where: str, bad: str,
                                                   home: Path) -> None:
    args = ["--profile", bad, "status"] if where == "before" else ["status", "--profile", bad]
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and repr(bad) in err
    assert not home.exists()


def test_guest_and_profile_together_is_refused(run_cli) -> None:
    code, _, err = run_cli("--guest", "status", "--profile", "x")
    assert code == 2 and "--guest" in err and err.count("\n") == 1


def test_status_text_says_each_state_first_and_why(run_cli, home: Path) -> None:
    run_cli("mark", "example", "ai-training", "done")
    run_cli("mark", "example", "objection-form", "skipped", "--reason", "ask HR first")
    run_cli("mark", "example", "download-data", "not-applicable", "--reason", "no account")
    open_store().update(lambda p: (p.set_region("DE"),
                                   p.set_position("example", "delete-data", "ios", 1)))
    code, out, err = run_cli("status")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Profile: {home / 'profile.toml'}"
    assert "Region: Germany (DE)." in lines
    assert "Example: 1 done, 1 to do, 2 not applicable, 1 skipped." in lines
    assert any(re.fullmatch(r"  done: .+ \[ai-training\] on \d{4}-\d\d-\d\d", x) for x in lines)
    assert any(x.startswith("  skipped: ") and x.endswith(': "ask HR first"') for x in lines)
    assert any(x.startswith("  not applicable: ") and "[download-data]: you said so" in x
               and x.endswith('"no account"') for x in lines)
    # The guide says the ads sharing switch is not offered in the EEA: not for this person.
    assert any(x.startswith("  not applicable: ") and "[ads-data-sharing]: not offered in "
               "Germany (DE) today" in x for x in lines)
    assert any(x.startswith("  to do: ") and "[delete-data]" in x for x in lines)
    run_cli("mark", "example", "delete-data", "later")
    lines = run_cli("status")[1].splitlines()
    assert "Example: 1 done, 1 to do, 2 not applicable, 1 skipped." in lines  # later is to do
    assert any(x.startswith("  to do: ") and x.endswith("[delete-data]: you put it off for later")
               for x in lines)
    assert ("You stopped at: Example: Delete data you no longer want on Example "
            "[delete-data], iPhone, step 2.") in lines


def test_status_json_holds_path_states_reasons_and_why_not_applicable(
        run_cli, home: Path) -> None:
    run_cli("mark", "example", "download-data", "not-applicable", "--reason", "no account")
    run_cli("mark", "example", "objection-form", "later")
    open_store().update(lambda p: p.set_region("DE"))
    data = status_json(run_cli)
    assert data["profile"] == {"name": "default", "path": str(home / "profile.toml"),
                               "exists": True, "saved": True, "not_saved_because": None}
    assert data["region"] == "DE" and data["region_name"] == "Germany"
    mine = item(data, "download-data")
    assert (mine["state"], mine["reason"], mine["not_applicable_because"]) == (
        "not-applicable", "no account", "you")
    assert mine["done_against_revision"] == REVISION and mine["changed"]
    region = item(data, "ads-data-sharing")
    assert (region["state"], region["not_applicable_because"], region["region_status"]) == (
        "not-applicable", "region", "not-offered")
    assert item(data, "objection-form")["state"] == "later"
    # put off for later is still to do: counted in both
    assert data["guides"][0]["counts"] == {"done": 0, "todo": 3, "not_applicable": 2,
                                           "skipped": 0, "later": 1, "no_opt_out": 0,
                                           "needs_recheck": 0}


def test_exit_code_is_1_while_something_is_to_do_and_0_once_nothing_is(run_cli) -> None:
    assert run_cli("status")[0] == 0  # only with --exit-code
    assert run_cli("status", "--exit-code")[0] == 1
    for item_id in ("ai-training", "objection-form", "ads-data-sharing", "download-data"):
        run_cli("mark", "example", item_id, "done")
    assert run_cli("status", "--exit-code")[0] == 1
    run_cli("mark", "example", "delete-data", "skipped", "--reason", "keeping my posts")
    assert run_cli("status", "--exit-code", "--json")[0] == 0
    run_cli("mark", "example", "delete-data", "later")  # put off for later: still to do
    assert run_cli("status", "--exit-code")[0] == 1
    run_cli("mark", "example", "delete-data", "todo")
    assert run_cli("status", "--exit-code")[0] == 1
    assert item(status_json(run_cli), "delete-data")["state"] == "todo"


def test_a_guide_revision_change_asks_to_recheck_what_was_done_against_the_old_one(
        run_cli, made_up_content) -> None:
    for item_id in ("ai-training", "objection-form", "ads-data-sharing", "download-data"):
        run_cli("mark", "example", item_id, "done")
    run_cli("mark", "example", "delete-data", "skipped")
    assert run_cli("status", "--exit-code")[0] == 0
    made_up_content(**example_guide(revision=REVISION + 1))  # the guide changed
    run_cli("mark", "example", "download-data", "done")  # done again against the new one
    data = status_json(run_cli)
    flags = {i["id"]: i["needs_recheck"] for i in data["guides"][0]["items"]}
    assert flags == {"ai-training": True, "objection-form": True, "ads-data-sharing": True,
                     "download-data": False, "delete-data": False}
    assert data["guides"][0]["counts"]["needs_recheck"] == 3
    code, out, _ = run_cli("status", "--exit-code")
    assert code == 1
    old = REVISION
    assert re.search(rf"^  re-check: .+\[ai-training\]: done on \S+ against revision {old} of "
                     rf"the guide; it is at revision {old + 1} now$", out, re.M)
    assert "3 to re-check because the guide changed" in out


def test_reasons_are_printed_as_data_never_as_terminal_control(run_cli) -> None:
    nasty = "later\x1b[2J\x1b]0;owned\x07\nnext\u202eline"
    # mark refuses such a reason, so it is planted as an edited or copied profile would hold it
    home = Path(os.environ["CHECKUP_HOME"])
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    (home / "profile.toml").write_text(
        'schema = 1\n[guides.example.items.objection-form]\nstate = "skipped"\n'
        f"reason = {json.dumps(nasty)}\n", encoding="utf-8")
    _, out, _ = run_cli("status")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert '"later\\x1b[2J\\x1b]0;owned\\x07\\x0anext\\u202eline"' in out
    _, raw, _ = run_cli("status", "--json")
    assert raw.isascii() and "\x1b" not in raw
    assert item(json.loads(raw), "objection-form")["reason"] == nasty  # the data is intact


def test_mark_errors_are_one_line_and_name_what_is_wrong(run_cli, home: Path) -> None:
    cases = [
        (("mark", "example", "nope", "done"),
         "example has no item 'nope' (items: ai-training, objection-form, ads-data-sharing, "
         "download-data, delete-data)"),
        (("mark", "nope", "ai-training", "done"), "unknown guide 'nope'"),
        (("mark", "example", "ai-training", "finished"), "invalid choice: 'finished'"),
        (("mark", "example", "ai-training", "done", "--reason", "x"),
         "--reason goes with skipped or not-applicable, not done"),
        (("mark", "example", "ai-training", "skipped", "--reason", "x" * 1001),
         "keep it under 1000"),
        (("--guest", "mark", "example", "ai-training", "done"), "--guest keeps nothing"),
    ]
    for args, message in cases:
        code, out, err = run_cli(*args)
        assert code == 2 and out == "", args
        assert err.count("\n") == 1 and message in err, err
    assert not home.exists()


def test_mark_says_what_it_recorded_and_where(run_cli, home: Path) -> None:
    code, out, err = run_cli("mark", "Example", "AI-Training", "done")
    assert code == 0 and err == ""
    assert out == (f"Recorded: example ai-training is done (guide revision {REVISION}), "
                   f"in {home / 'profile.toml'}\n")


def test_a_corrupt_profile_is_set_aside_with_one_line_and_status_goes_on(run_cli,
                                                                         home: Path) -> None:
    home.mkdir()
    (home / "profile.toml").write_bytes(b"\x00\x01binary junk\xff")
    code, out, err = run_cli("status")
    assert code == 0 and "to do:" in out
    (aside,) = home.glob("profile.toml.unreadable-*")
    assert err.count("\n") == 1 and str(aside) in err and "fresh profile" in err
    assert aside.read_bytes() == b"\x00\x01binary junk\xff"
    code, out, _ = run_cli("where")
    assert f"Set aside (could not be read): {aside}" in out


def test_a_newer_profile_is_not_changed_by_mark(run_cli, home: Path) -> None:
    home.mkdir()
    newer = b'schema = 3\n[guides.example.items.ai-training]\nstate = "done"\nrevision = 1\n'
    (home / "profile.toml").write_bytes(newer)
    assert item(status_json(run_cli), "ai-training")["state"] == "done"
    code, out, err = run_cli("mark", "example", "delete-data", "done")
    assert code == 1 and out == ""
    first, second = err.splitlines()
    assert "newer checkup" in first
    assert second == "checkup: error: not saved: example delete-data was not recorded"
    assert (home / "profile.toml").read_bytes() == newer


def test_an_unusable_folder_makes_mark_fail_clearly(run_cli, tmp_path: Path,
                                                    monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("CHECKUP_HOME", str(blocker))
    code, _, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 1
    assert f"cannot save the profile in {blocker}" in err and "not recorded" in err


def test_reset_with_yes_deletes_the_profile_and_its_set_aside_copies(run_cli,
                                                                     home: Path) -> None:
    run_cli("mark", "example", "ai-training", "done")
    (home / "profile.toml.unreadable-20260101T000000Z").write_text("old")
    code, out, _ = run_cli("reset", "--yes")
    assert code == 0
    assert out.splitlines() == [f"Deleted {home / 'profile.toml'}",
                                f"Deleted {home / 'profile.toml.unreadable-20260101T000000Z'}"]
    assert list(home.iterdir()) == []  # not even the lock file is left
    assert item(status_json(run_cli), "ai-training")["state"] == "todo"
    code, out, _ = run_cli("reset", "--yes")
    assert code == 0 and out.startswith("Nothing to delete: there is no profile at")


def test_reset_without_yes_asks_and_only_yes_deletes(run_cli, home: Path, monkeypatch) -> None:
    run_cli("mark", "example", "ai-training", "done")
    # Not a terminal (a script, cron): it will not guess.
    code, _, err = run_cli("reset")
    assert code == 2 and "add --yes" in err
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    code, out, _ = run_cli("reset")
    assert code == 1 and "Nothing was deleted." in out
    assert (home / "profile.toml").exists()
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "yes")
    assert run_cli("reset")[0] == 0
    assert str(home / "profile.toml") in asked[0]
    assert not (home / "profile.toml").exists()


def test_two_marks_at_the_same_moment_both_persist(home: Path) -> None:
    items = ["ai-training", "objection-form", "ads-data-sharing", "download-data"]
    for _ in range(3):
        start = time.monotonic()
        procs = [subprocess.Popen([sys.executable, "-m", "checkup", "mark", "example", i, "done"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for i in items]
        for p in procs:
            p.communicate(timeout=60)
            assert p.returncode == 0
        assert time.monotonic() - start < 30
        data = json.loads(checkup("status", "--json").stdout)
        assert [item(data, i)["state"] for i in items] == ["done"] * 4
        shutil.rmtree(home)


@pytest.mark.parametrize("name", ["default", "Default"])
def test_profile_default_is_the_profile_where_calls_default(run_cli, tmp_path: Path,
                                                            name: str) -> None:
    home = tmp_path / "home"
    code, out, _ = run_cli("mark", "example", "ai-training", "done", "--profile", name)
    assert code == 0 and out.rstrip().endswith(f"in {home / 'profile.toml'}")
    assert sorted(p.name for p in home.glob("*.toml")) == ["profile.toml"]
    _, out, _ = run_cli("where")
    assert out.splitlines()[:2] == [f"Profile: {home / 'profile.toml'}", "Profile name: default"]
    _, out, _ = run_cli("status")
    assert "  done: Turn off" in out
