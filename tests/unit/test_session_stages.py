"""The stages and the actions at a step, as both views get them from the session (of a
made-up guide)."""

from __future__ import annotations

import io

import pytest
from made_up_guides import item, steps

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.session import stages
from checkup.session.flow import Position
from checkup.session.views import step_view, summary_view


@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    """One guide of three items, with more steps on the web than on the phones."""
    made_up_content(items=[item("first", steps=steps(3)), item("second"), item("third")],
                    main_item="first")


def session_for(*argv: str):
    return build_session(build_parser().parse_args([*argv, "--guest", "--as-of", "2026-11-23"]))


def test_each_question_is_asked_once_in_order_unless_answered_on_the_command_line() -> None:
    session = session_for()
    order = [stages.first_stage(session)]
    while order[-1] not in (stages.STEPS, stages.END):
        order.append(stages.after(session, order[-1]))
    assert order == ["welcome", "region", "outcome", "devices", "steps"]  # one guide: not asked
    given = session_for("--region", "DE")
    assert stages.after(given, stages.WELCOME) == stages.OUTCOME
    assert stages.question_before(given, stages.STEPS) == stages.DEVICES
    assert stages.question_before(given, stages.DEVICES) is None
    scripted = session_for("--region", "DE", "--surface", "desktop")
    assert stages.first_stage(scripted) == stages.STEPS


def test_plain_mode_says_what_applies_when_the_region_was_given_on_the_command_line() -> None:
    out = io.StringIO()
    PlainCheckup(session_for("--region", "DE"), Conversation(io.StringIO("q\n"), out, width=79),
                 lambda link, domains: None, None).run()
    said = out.getvalue()
    assert said.index("What applies to you: Germany (DE)") < said.index("Which devices")


def test_done_marks_the_item_only_on_its_last_step_and_skip_keeps_the_reason() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    plan = session.plan
    first = plan.todo[0]
    last_step = len(plan.steps(first)) - 1
    moved = stages.step_done(session, Position(0, 0), "desktop")
    assert moved == stages.Moved(Position(0, 1)) and session.state(first) == "todo"
    moved = stages.step_done(session, Position(0, last_step), "desktop")
    assert moved.pos == Position(1, 0) and moved.finished == first
    assert session.state(first) == "done"
    moved = stages.skip_item(session, Position(1, 0), "not my account")
    assert moved.pos == Position(2, 0)
    assert session.state(plan.todo[1]) == "skipped"
    assert session.reason(plan.todo[1]) == "not my account"
    rows = {row.title: (row.word, row.reason) for row in summary_view(session).rows}
    assert rows[first.item.title] == ("done", "")
    assert rows[plan.todo[1].item.title] == ("skipped", "not my account")


def test_the_last_step_leads_to_the_summary_and_back_from_it_to_that_step() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    plan = session.plan
    end = stages.last_step(session, "desktop")
    assert end.task == len(plan.todo) - 1
    assert stages.step_done(session, end, "desktop").pos is None
    assert session.recorder.saved_position() is None  # nothing to resume into
    assert stages.step_back(session, Position(0, 0), "desktop") is None


def test_a_step_view_counts_the_checkup_on_the_main_device() -> None:
    session = session_for("--region", "DE", "--surface", "desktop", "--surface", "ios")
    shown = step_view(session, Position(1, 0), "ios", "wizard")
    assert shown.done_before == len(session.plan.steps(session.plan.todo[0]))
    assert shown.switch_to == "Desktop web" and shown.phone_hint and shown.first_step
    moved = stages.other_device(session, Position(0, 99), "desktop")
    assert moved is not None and moved[1] == "ios"
    assert moved[0].step == len(session.plan.todo[0].item.steps["ios"]) - 1
