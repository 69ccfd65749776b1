"""Text from a profile, a guide, an agenda or a command line is shown as text in every view: no
escape sequence, control or invisible formatting character reaches the terminal or a file."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from textual import events
from wizard_helpers import answer_every_item, make_app, screen_name

# ESC, BEL and the other C0 controls but newline, DEL, the C1 controls and the bidi overrides
# and isolates: any of these in output can move the cursor, set the clipboard or title, plant a
# link, or reorder what a screen reader says.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# An OSC 52 clipboard write, an OSC 8 hyperlink, a screen clear, an OSC 0 title, colour, a C1
# CSI, a right-to-left override and a line break: what the reliability attack planted.
HOSTILE_REASON = ("x\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x1b\\ l1\nl2\x1b]8;;http://evil\x1b\\EVILLINK"
                  "\x1b]8;;\x1b\\ \x1b[2J \x1b]0;PWNTITLE\x07 \x1b[31mRED\x1b[0m \x9b2J\u202eabc")


def toml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string with \uXXXX escapes is a valid TOML basic string


def plant_profile(reason: str, item: str = "ai-training", state: str = "skipped") -> Path:
    """A profile edited by hand (checkup mark refuses such a reason)."""
    home = Path(os.environ["CHECKUP_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    path = home / "profile.toml"
    path.write_text(f'schema = 1\n\n[guides.linkedin.items.{item}]\nstate = "{state}"\n'
                    f"reason = {toml_string(reason)}\nrevision = 2\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def segment_texts(app) -> list[str]:  # noqa: ANN001 - a running App
    """The text of every segment the screen sends to the terminal."""
    update = app.screen._compositor.render_full_update()
    return [segment.text for strip in update.strips for segment in strip]


def control_in(texts: list[str]) -> list[str]:
    return [t for t in texts if CONTROL.search(t)]


async def test_the_summary_draws_a_hand_planted_reason_as_text() -> None:
    plant_profile(HOSTILE_REASON)
    app = make_app("--region", "DE", "--surface", "desktop")
    async with app.run_test(size=(120, 50)) as pilot:
        await answer_every_item(pilot, "l")  # each put off for later: on to the summary
        assert screen_name(app) == "SummaryScreen"
        await pilot.pause()
        texts = segment_texts(app)
        assert control_in(texts) == []
        shown = "".join(texts)
        # the reason is there, every escape written out
        assert "\\x1b]52;c;Y3VybCBldmlsIHwgc2g=" in shown
        assert "\\x1b]0;PWNTITLE\\x07" in shown
        assert "\\u202eabc" in shown


async def test_the_skip_dialog_refuses_control_characters_with_one_line(monkeypatch) -> None:
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s", "end", "enter")
        await pilot.pause()
        field = app.screen.query_one("#other")
        field.post_message(events.Paste("bad\x1b]0;TITLE\x07"))  # pasted: never drawn raw
        await pilot.pause()
        assert control_in(segment_texts(app)) == [] and field.value == ""
        assert "control" in str(app.screen.query_one("#reason-problem").render())
        field.value = "bad\x1b]0;TITLE\x07"  # however it got there, it is not recorded
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "SkipScreen"  # still asking
        said = str(app.screen.query_one("#reason-problem").render())
        assert "control" in said and "\n" not in said.strip()
        field.value = "no time"
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
    assert app.session.reason(app.session.plan.tasks[0]) == "no time"


@pytest.mark.parametrize("reason", ["x\x1b]52;c;YQ==\x07", "a\u202eb", "l1\nl2", "bell\x07",
                                    "c1\x9b2J", "tab\there"])
def test_mark_refuses_a_reason_with_control_characters(run_cli, reason: str) -> None:
    code, out, err = run_cli("mark", "linkedin", "ai-training", "skipped", "--reason", reason)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "control" in err
    assert control_in([err]) == []
    assert not (Path(os.environ["CHECKUP_HOME"]) / "profile.toml").exists()


def test_a_planted_reason_is_escaped_in_status_plain_mode_and_exports(run_cli, tmp_path) -> None:
    plant_profile(HOSTILE_REASON)
    code, out, err = run_cli("status")
    assert code == 0 and control_in([out, err]) == []
    assert "\\x1b]0;PWNTITLE\\x07" in out
    code, out, err = run_cli("status", "--json")
    assert code == 0 and control_in([out]) == []
    assert json.loads(out)["guides"][0]["items"][0]["reason"] == HOSTILE_REASON
    for form in ("html", "md", "txt"):
        target = tmp_path / f"out.{form}"
        code, out, err = run_cli("export", "--format", form, "-o", str(target))
        assert code == 0, err
        assert control_in([target.read_text(encoding="utf-8"), out, err]) == []


def test_plain_mode_summary_escapes_a_planted_reason() -> None:
    import io

    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session, run_plain_mode

    plant_profile(HOSTILE_REASON)
    args = build_parser().parse_args(["--region", "DE", "--surface", "desktop", "--plain"])
    out = io.StringIO()
    run_plain_mode(build_session(args), io.StringIO("\n" * 60), out)  # Enter: later, each
    assert "\\x1b]0;PWNTITLE\\x07" in out.getvalue()
    assert control_in([out.getvalue()]) == []


def test_messages_that_echo_a_file_name_or_an_argument_escape_it(run_cli, tmp_path) -> None:
    name = "a\x1b[2J\x1b]0;T\x07.txt"
    code, out, err = run_cli("export", "--format", "txt", "-o", str(tmp_path / name))
    assert code == 0 and "\\x1b[2J\\x1b]0;T\\x07.txt" in out
    code, out, err = run_cli("validate", str(tmp_path / name) + ".missing")
    assert code == 1 and "no such file or folder" in out
    code, out, err = run_cli("show", "no\x1b[2Jguide")
    assert code == 2 and err.count("\n") == 1
    code, out, err = run_cli("--region", "\x1b]0;T\x07", "--plain")
    assert code == 2
    assert control_in([out, err]) == [] and "\\x1b" in err


def test_plain_mode_says_a_profile_folder_with_an_escape_escaped(tmp_path, monkeypatch) -> None:
    import io

    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session, run_plain_mode

    monkeypatch.setenv("CHECKUP_HOME", str(tmp_path / "home\x1b]0;T\x07"))
    args = build_parser().parse_args(["--region", "DE", "--surface", "desktop", "--plain"])
    out = io.StringIO()
    run_plain_mode(build_session(args), io.StringIO("d\nq\n"), out)
    assert "home\\x1b]0;T\\x07" in out.getvalue()
    assert control_in([out.getvalue()]) == []
