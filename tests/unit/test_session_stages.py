"""The stages and the actions at a step, as both views get them from the session (of a
made-up guide)."""

from __future__ import annotations

import io

import pytest
from made_up_guides import item, rule, steps

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.session import stages
from checkup.session.flow import Position
from checkup.session.views import checkpoint_view, step_view, summary_view
from checkup.words.finishing import (
    ANSWER_BACK,
    ANSWER_CANT_FIND,
    ANSWER_DONE,
    ANSWER_KEEP,
    ANSWER_LATER,
    ANSWER_SKIP,
)

WEB_LONGER = steps(3) | {"ios": steps(2)["ios"], "android": steps(2)["android"]}


@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    """One guide of three items, with more steps on the web than on the phones."""
    made_up_content(items=[item("first", steps=WEB_LONGER), item("second"), item("third")],
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


def test_going_forward_through_every_step_records_nothing_and_asks_at_the_end() -> None:
    session = session_for("--region", "DE", "--surface", "desktop", "--surface", "ios")
    first = session.plan.todo[0]
    assert stages.forward(session, Position(0, 0), "desktop") == stages.Moved(Position(0, 1))
    assert stages.forward(session, Position(0, 1), "desktop") == stages.Moved(Position(0, 2))
    # past the last step: the question about the item, on the step it was asked from
    assert stages.forward(session, Position(0, 2), "desktop") == stages.Moved(Position(0, 2),
                                                                              ask=True)
    assert stages.forward(session, Position(0, 1), "ios") == stages.Moved(Position(0, 1), ask=True)
    assert session.state(first) == "todo"
    assert session.recorder.profile.item("example", "first") is None  # nothing written for it
    assert summary_view(session).counts.startswith("0 done")


def test_each_answer_at_the_end_of_an_item_records_what_it_says() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    first, second, third = session.plan.todo
    moved = stages.answer_item(session, Position(1, 1), ANSWER_LATER)
    assert moved == stages.Moved(Position(2, 0)) and session.state(second) == "later"
    moved = stages.answer_item(session, Position(2, 1), ANSWER_SKIP, "not my account")
    assert moved == stages.Moved(None)  # past the last item: the summary
    assert (session.state(third), session.reason(third)) == ("skipped", "not my account")
    # left as it is: what was recorded stays, later stays later
    stages.answer_item(session, Position(1, 1), ANSWER_KEEP)
    assert session.state(second) == "later"
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    assert moved.finished == first and session.state(first) == "done"
    for not_recorded in (ANSWER_CANT_FIND, ANSWER_BACK):  # a view acts on these: no record
        with pytest.raises(ValueError):
            stages.answer_item(session, Position(1, 1), not_recorded)
    assert session.state(second) == "later"
    rows = {row.title: (row.word, row.reason) for row in summary_view(session).rows}
    assert rows == {first.item.title: ("done", ""), second.item.title: ("for later (to do)", ""),
                    third.item.title: ("skipped", "not my account")}
    assert summary_view(session).counts == "1 done, 1 skipped, 1 to do, 0 not applicable."


def test_skip_at_a_step_records_the_reason_and_goes_to_the_next_item() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    moved = stages.skip_item(session, Position(1, 0), "not my account")
    assert moved == stages.Moved(Position(2, 0))
    assert session.state(session.plan.todo[1]) == "skipped"
    assert session.reason(session.plan.todo[1]) == "not my account"


def test_the_checkpoint_comes_only_once_the_main_item_is_done_with_related_items_left() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    first, second, third = session.plan.todo
    assert first.is_main and not second.is_main
    assert not stages.answer_item(session, Position(0, 2), ANSWER_LATER).checkpoint
    assert not stages.answer_item(session, Position(1, 1), ANSWER_DONE).checkpoint  # related
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    # one related item is left (the second is done): offered, and resuming leads to it
    assert moved == stages.Moved(Position(1, 0), checkpoint=True, finished=first)
    assert checkpoint_view(session, first).offer.startswith(
        "1 related item is left for Example")
    assert session.recorder.saved_position().item == "second"
    session.mark(third, "skipped", "no")
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)  # nothing related open
    assert moved == stages.Moved(Position(1, 0), finished=first)


def test_the_checkpoint_offers_the_next_service_and_stops_only_when_no_main_item_is_left(
        made_up_content) -> None:
    made_up_content("other.toml", id="other", platform="Other", main_item="training-switch",
                    items=[item("training-switch"), item("related")])
    session = session_for("--guide", "example", "--guide", "other", "--region", "DE",
                          "--surface", "desktop")
    plan = session.plan
    assert [t.guide.id for t in plan.todo] == ["example"] * 3 + ["other"] * 2
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    assert moved.checkpoint
    # Other's main item is left: the checkpoint offers Example's related items or Other
    assert stages.checkpoint_choices(session, moved.pos) == (stages.RELATED,
                                                             stages.NEXT_SERVICE)
    shown = checkpoint_view(session, moved.finished)
    assert shown.go_on == "Related items for Example"
    assert shown.stop == "Next service: Other"
    assert shown.done.startswith("Example: ") and shown.related == (
        "Turn off second", "Turn off third")
    assert stages.at_checkpoint(session, moved.pos, stages.RELATED) == stages.Moved(
        Position(1, 0))
    assert stages.at_checkpoint(session, moved.pos, stages.NEXT_SERVICE) == stages.Moved(
        Position(3, 0))
    assert [session.state(t) for t in plan.todo] == ["done"] + ["todo"] * 4
    # Other's main item done too: no service's main item is left, so "stop here" ends it
    moved = stages.answer_item(session, Position(3, 1), ANSWER_DONE)
    assert moved.checkpoint and moved.pos == Position(4, 0)
    assert stages.checkpoint_choices(session, moved.pos) == (stages.RELATED, stages.STOP)
    assert checkpoint_view(session, moved.finished).stop == "Stop here"
    assert stages.at_checkpoint(session, moved.pos, stages.STOP) == stages.Moved(None)
    assert session.recorder.saved_position() is None  # nothing to resume into
    # what was passed by stays on the list, and is where the next checkup starts
    assert [session.state(t) for t in plan.todo] == ["done", "todo", "todo", "done", "todo"]
    assert session.start_position() == Position(1, 0)


def test_the_next_service_is_the_next_whose_main_item_is_left(made_up_content) -> None:
    made_up_content("other.toml", id="other", platform="Other", main_item="training-switch")
    made_up_content("third.toml", id="third", platform="Third", main_item="training-switch")
    session = session_for("--guide", "example", "--guide", "other", "--guide", "third",
                          "--region", "DE", "--surface", "desktop")
    assert [t.guide.id for t in session.plan.todo] == ["example"] * 3 + ["other", "third"]
    session.mark(session.plan.todo[3], "skipped", "no account")  # Other: answered already
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    assert checkpoint_view(session, moved.finished).stop == "Next service: Third"
    assert stages.at_checkpoint(session, moved.pos, stages.NEXT_SERVICE).pos == Position(4, 0)
    session.mark(session.plan.todo[4], "later")  # still to do: it is still left
    assert stages.checkpoint_choices(session, moved.pos)[1] == stages.NEXT_SERVICE
    session.mark(session.plan.todo[4], "done")
    assert stages.checkpoint_choices(session, moved.pos)[1] == stages.STOP



def test_a_step_that_cannot_be_undone_is_asked_about_however_it_is_reached(
        made_up_content) -> None:
    warning = "Closing the account cannot be taken back."
    made_up_content(main_item="first", items=[
        item("first", steps=steps(3)),
        item("second", steps=steps(3), cannot_undo={"step": 2, "warning": warning}),
        item("third", steps=steps(2), cannot_undo={"step": 1, "warning": warning})])
    session = session_for("--region", "DE", "--surface", "desktop")
    assert stages.forward(session, Position(1, 0), "desktop") == stages.Moved(Position(1, 1),
                                                                              confirm=True)
    # left out: the step after it, or the question when it was the last
    assert stages.leave_step_out(session, Position(1, 1), "desktop") == stages.Moved(
        Position(1, 2))
    assert stages.forward(session, Position(1, 1), "desktop").confirm is False
    # the main item confirmed, going on to an item whose first step cannot be undone
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    assert stages.go_on_after_main(session, moved.pos) == stages.Moved(Position(1, 0))
    assert stages.answer_item(session, Position(1, 2), ANSWER_LATER) == stages.Moved(
        Position(2, 0), confirm=True)
    assert stages.skip_item(session, Position(1, 0), "no").confirm
    assert stages.leave_step_out(session, Position(2, 0), "desktop") == stages.Moved(
        Position(2, 1))
    shown = step_view(session, Position(1, 1), "desktop", "plain")
    assert shown.undo_warning == warning
    assert step_view(session, Position(1, 0), "desktop", "plain").undo_warning == warning
    assert step_view(session, Position(1, 2), "desktop", "plain").undo_warning == ""
    assert session.state(session.plan.todo[1]) == "skipped"  # only the answers recorded


def test_back_from_the_question_is_the_items_last_step_asked_about_if_it_cannot_be_undone(
        made_up_content) -> None:
    made_up_content(main_item="first", items=[
        item("first", steps=steps(3)),
        item("second", steps=steps(2), cannot_undo={"step": 2, "warning": "No way back."})])
    session = session_for("--region", "DE", "--surface", "desktop")
    assert stages.back_from_question(session, Position(0, 2), "desktop") == stages.Moved(
        Position(0, 2))
    assert stages.back_from_question(session, Position(1, 1), "desktop") == stages.Moved(
        Position(1, 1), confirm=True)
    assert stages.leave_step_out(session, Position(1, 1), "desktop") == stages.Moved(
        Position(1, 1), ask=True)
    # back from the summary is onto that step too: asked about first
    assert stages.back_from_summary(session, "desktop") == stages.Moved(Position(1, 1),
                                                                        confirm=True)
    assert [session.state(t) for t in session.plan.todo] == ["todo", "todo"]


def test_resuming_goes_to_the_first_item_not_gone_through_at_the_step_stopped_at() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    first, second, third = session.plan.todo
    assert session.start_position() == Position(0, 0)  # nothing saved: the first item
    session.mark(first, "done")
    session.mark(second, "later")
    session.save_position(Position(2, 1), "desktop")
    assert session.start_position() == Position(2, 1)  # where the person stopped
    session.mark(third, "later")
    assert session.start_position() == Position(1, 0)  # all answered: the first for later
    session.mark(first, "todo")  # a guide changed since, say: go through it again first
    assert session.start_position() == Position(0, 0)


def test_without_a_saved_item_to_do_comes_before_later_before_skipped() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    first, second, third = session.plan.todo
    session.mark(first, "skipped", "no")
    session.mark(second, "later")
    assert session.start_position() == Position(2, 0)  # the third, never answered
    session.mark(third, "done")
    assert session.start_position() == Position(1, 0)  # then the one put off for later
    session.mark(second, "done")
    assert session.start_position() == Position(0, 0)  # then the skipped, to come back to
    assert stages.steps_or_summary(session) == stages.STEPS
    session.mark(first, "done")
    assert session.start_position() is None
    assert stages.steps_or_summary(session) == stages.SUMMARY


def test_the_last_step_leads_to_the_summary_and_back_from_it_to_that_step() -> None:
    session = session_for("--region", "DE", "--surface", "desktop")
    plan = session.plan
    end = stages.last_step(session, "desktop")
    assert end == Position(len(plan.todo) - 1, len(plan.steps(plan.todo[-1])) - 1)
    assert stages.forward(session, end, "desktop") == stages.Moved(end, ask=True)
    session.save_position(end, "desktop")
    assert stages.answer_item(session, end, ANSWER_LATER).pos is None
    assert session.recorder.saved_position() is None  # nothing to resume into
    assert stages.back_from_summary(session, "desktop") == stages.Moved(end)
    assert stages.step_back(session, Position(0, 0), "desktop") is None


def test_a_step_view_counts_items_confirmed_done_and_says_what_was_recorded() -> None:
    session = session_for("--region", "DE", "--surface", "desktop", "--surface", "ios")
    first, second, _third = session.plan.todo
    shown = step_view(session, Position(1, 0), "ios", "wizard")
    assert (shown.done_items, shown.items, shown.recorded) == (0, 3, "")
    stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    stages.answer_item(session, Position(1, 1), ANSWER_LATER)
    shown = step_view(session, Position(1, 0), "ios", "wizard")
    assert shown.done_items == 1  # later is not done
    assert "later" in shown.recorded
    assert shown.switch_to == "Desktop web" and shown.phone_hint and shown.first_step
    moved = stages.other_device(session, Position(0, 99), "desktop")
    assert moved is not None and moved[1] == "ios"
    assert moved[0].step == len(session.plan.todo[0].item.steps["ios"]) - 1


def test_a_service_whose_main_item_is_not_gone_through_is_still_left_for_its_others(
        made_up_content) -> None:
    made_up_content("other.toml", id="other", platform="Other", main_item="training-switch",
                    items=[item("training-switch", rules=[rule(status="not-offered")]),
                           item("related")])
    session = session_for("--guide", "example", "--guide", "other", "--region", "DE",
                          "--surface", "desktop")
    assert [t.key for t in session.plan.todo][3:] == [("other", "related")]
    moved = stages.answer_item(session, Position(0, 2), ANSWER_DONE)
    assert stages.checkpoint_choices(session, moved.pos)[1] == stages.NEXT_SERVICE
    assert checkpoint_view(session, moved.finished).stop == "Next service: Other"
    assert stages.at_checkpoint(session, moved.pos, stages.NEXT_SERVICE).pos == Position(3, 0)
    session.mark(session.plan.todo[3], "done")
    assert stages.checkpoint_choices(session, moved.pos)[1] == stages.STOP
