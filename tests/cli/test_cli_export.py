"""`checkup export` on the command line: where it writes, what it refuses, in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checkup.guides.loader import load_guides


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


SHIPPED = [g.id for g in load_guides().guides]

def test_without_o_writes_a_file_named_after_the_guide_and_date(run_cli, in_tmp: Path) -> None:
    code, out, err = run_cli("export", "--region", "DE", "--guide", "linkedin")
    today = dt.date.today().isoformat()
    path = in_tmp / f"checkup-linkedin-{today}.html"
    assert (code, err) == (0, "")
    assert out == f"Wrote {path}\n"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("args", "name"), [
    (["--blank", "--guide", "linkedin", "--as-of", "2025-01-02"],
     "checkup-linkedin-blank-2025-01-02.html"),
    (["--format", "md", "--guide", "linkedin", "--as-of", "2025-01-02"],
     "checkup-linkedin-2025-01-02.md"),
    # every service a person has not narrowed down: the file says how many
    (["--blank", "--as-of", "2025-01-02"],
     f"checkup-{len(SHIPPED)}-services-blank-2025-01-02.html"),
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
    (["--guide", "nope"], 2,
     f"checkup: error: unknown guide 'nope' (guides: {', '.join(sorted(SHIPPED))})\n"),
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


# --- The personal checklist reads the profile ---------------------------------------------------

def _record(region: str | None = None, surfaces: tuple[str, ...] = (), **items) -> None:
    """Items as id=(state, reason, revision)."""
    from checkup.profile.store import open_store

    def change(p) -> None:
        p.set_region(region)
        p.set_surfaces(surfaces)
        for item_id, (state, reason, revision) in items.items():
            p.set_item("linkedin", item_id.replace("_", "-"), state, revision=revision,
                       reason=reason)

    open_store().update(change)


def test_personal_ticks_what_the_profile_holds(run_cli, in_tmp: Path) -> None:
    code, _, _ = run_cli("mark", "linkedin", "ai-training", "done")
    assert code == 0
    run_cli("mark", "linkedin", "objection-form", "skipped", "--reason", "at work, Monday")
    code, out, err = run_cli("export", "--format", "md", "-o", "-")
    assert (code, err) == (0, "")
    today = dt.date.today().isoformat()
    assert f"- [x] Switched off on {today}." in out  # the main item: a switch
    assert f"- [ ] Skipped on {today}: at work, Monday." in out
    assert out.count("- [ ] To do.") == 3
    assert "no region chosen" in out


def test_personal_uses_the_profiles_region_and_devices(run_cli, in_tmp: Path) -> None:
    _record("CH", ("ios",), download_data=("done", "", 0))
    code, out, _ = run_cli("export", "--format", "txt", "-o", "-", "--as-of", "2025-01-01")
    assert code == 0
    assert "Your checklist in Switzerland (CH)" in out and "Devices: iPhone." in out
    assert "Desktop web:" not in out and "    iPhone:" in out
    # the AI switch was not offered in Switzerland then, and nothing is recorded: does not
    # apply, says why
    assert "Not applicable: not offered in Switzerland (CH)." in out
    assert ("No: since 18 September 2024, LinkedIn does not offer this where you live "
            "(Switzerland), so there is nothing to do." in " ".join(out.split()))
    assert "not-offered" not in out
    # done against revision 0 of a guide now at a later one
    assert "but the guide has changed since: check it again." in out
    assert "[x]" not in out


def test_command_line_region_and_devices_override_the_profile(run_cli, in_tmp: Path) -> None:
    _record("CH", ("ios",))
    code, out, _ = run_cli("export", "--format", "txt", "-o", "-", "--region", "us",
                           "--surface", "desktop")
    assert code == 0
    assert "Your checklist in United States" in out and "Devices: Desktop web." in out
    assert "Not applicable" not in out


def test_named_and_guest_profiles(run_cli, in_tmp: Path) -> None:
    run_cli("--profile", "anna", "mark", "linkedin", "ai-training", "done")
    _, out, _ = run_cli("export", "--profile", "anna", "--format", "txt", "-o", "-")
    assert "[x] 1. Turn off" in out
    _, out, _ = run_cli("export", "--format", "txt", "-o", "-")
    assert "[x]" not in out
    home = in_tmp / "home"
    before = sorted(p.name for p in home.iterdir())
    code, out, _ = run_cli("export", "--guest", "--format", "txt", "-o", "-")
    assert code == 0 and "[x]" not in out and "To do." in out
    assert sorted(p.name for p in home.iterdir()) == before


def test_a_hostile_reason_in_the_profile_is_text(run_cli, in_tmp: Path) -> None:
    from export_view import forge_html, page, seen_text

    reason = "<script>alert(1)</script> **now** [x](#y)"
    run_cli("mark", "linkedin", "ai-training", "skipped", "--reason", reason)
    for fmt in ("html", "md", "txt"):
        code, out, _ = run_cli("export", "--format", fmt, "-o", "-")
        assert code == 0 and f"{reason}." in seen_text(fmt, out)
        shown = out if fmt == "html" else forge_html(out) if fmt == "md" else ""
        assert "script" not in [t for t, _ in page(shown).tags]
        assert "<strong>now</strong>" not in shown


# --- A workshop's handout -----------------------------------------------------------------------

def test_a_workshop_handout_carries_the_agendas_title(run_cli, in_tmp: Path) -> None:
    """Attendees see the title the presenter's first screen shows, at the top of their paper."""
    from export_view import page, seen_text

    agenda = in_tmp / "session.toml"
    assert run_cli("workshop", "--new-agenda", str(agenda))[0] == 0
    title = "Stop LinkedIn training AI on your posts and profile"
    assert f'title = "{title}"' in agenda.read_text()
    for fmt in ("html", "md", "txt"):
        code, out, err = run_cli("export", "--agenda", str(agenda), "--format", fmt, "-o", "-")
        assert (code, err) == (0, "")
        text = seen_text(fmt, out)
        assert text.startswith(f"Workshop handout: {title} LinkedIn: Stop LinkedIn"), text[:120]
    html = run_cli("export", "--agenda", str(agenda), "-o", "-")[1]
    assert f"<title>{title}: LinkedIn (" in html
    assert page(html).text.count(f"Workshop handout: {title}") == 1


def test_a_workshop_title_is_text_in_every_format(run_cli, in_tmp: Path) -> None:
    from export_view import forge_html, page, seen_text

    title = "<b>Library</b> *session* [x](#y) & more"
    agenda = in_tmp / "agenda.toml"
    agenda.write_text(f'title = "{title}"\n[[items]]\nguide = "linkedin"\nitem = "ai-training"\n')
    for fmt in ("html", "md", "txt"):
        code, out, _ = run_cli("export", "--agenda", str(agenda), "--format", fmt, "-o", "-")
        assert code == 0 and seen_text(fmt, out).startswith(f"Workshop handout: {title} ")
        shown = out if fmt == "html" else forge_html(out) if fmt == "md" else ""
        assert "b" not in [t for t, _ in page(shown).tags]
        assert "<em>session</em>" not in shown and 'href="#y"' not in shown


def test_other_checklists_have_no_workshop_line(run_cli, in_tmp: Path) -> None:
    for args in (["--blank"], []):
        _, out, _ = run_cli("export", *args, "--format", "txt", "-o", "-")
        assert "Workshop" not in out


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_done_item_shows_the_path_on_the_persons_phone(run_cli, in_tmp: Path, fmt) -> None:
    """Done, an item shrinks to its heading and path: for an iPhone user that is the app's path
    ("Settings"), never the web's ("Settings & Privacy"), which is not on their screen."""
    run_cli("mark", "linkedin", "ai-training", "done")
    code, out, err = run_cli("export", "--region", "DE", "--surface", "ios", "--format", fmt,
                             "-o", "-")
    assert (code, err) == (0, "")
    done = out.split("Data for Generative AI Improvement", 1)[1].split("2.", 1)[0]
    assert "Settings" in done and "Settings &amp; Privacy" not in done
    assert "Settings & Privacy" not in done
