"""The checkup's stages in order, and what each action at a step does, for every view.

The Textual wizard and plain mode ask the same questions in the same order and let the same
answers mean the same thing because both ask this module: which stage comes next (a question
answered on the command line is not asked again), where resuming leads, and what "done", "skip",
"back" and "another device" do at a step. How an item counts as finished is decided here only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkup.profile.model import DONE, SKIPPED
from checkup.session.flow import Position, Task

if TYPE_CHECKING:
    from checkup.session.session import Session

WELCOME, GUIDES, REGION, OUTCOME, DEVICES, STEPS, SUMMARY, END = (
    "welcome", "guides", "region", "outcome", "devices", "steps", "summary", "end")
STAGES: tuple[str, ...] = (WELCOME, GUIDES, REGION, OUTCOME, DEVICES, STEPS, SUMMARY)
QUESTIONS: tuple[str, ...] = (GUIDES, REGION, DEVICES)  # what a person is asked to choose


def asked(session: Session, stage: str) -> bool:
    """Whether `stage` is gone through; a question answered on the command line is not."""
    return {GUIDES: session.asks_guides, REGION: session.asks_region,
            DEVICES: session.asks_devices}.get(stage, True)


def steps_or_summary(session: Session) -> str:
    """The steps, or the summary when nothing is left to go through."""
    return STEPS if session.start_position() is not None else SUMMARY


def first_stage(session: Session) -> str:
    """Welcome; workshops and scripts, with every answer given, open at the first step."""
    if session.asks_region or session.asks_devices:
        return WELCOME
    return steps_or_summary(session)


def after(session: Session, stage: str) -> str:
    """The stage that follows `stage`."""
    if stage == SUMMARY:
        return END
    for later in STAGES[STAGES.index(stage) + 1:]:
        if later == STEPS:
            return steps_or_summary(session)
        if asked(session, later):
            return later
    return END


def resume_stage(session: Session) -> str:
    """Where "resume" leads: the steps where the person stopped, or the devices question when
    they stopped before it."""
    return steps_or_summary(session) if session.ready_for_steps else DEVICES


def question_before(session: Session, stage: str) -> str | None:
    """The question asked before `stage`, for going back; None when `stage` comes first."""
    at = STAGES.index(stage)
    earlier = [s for s in QUESTIONS if STAGES.index(s) < at and asked(session, s)]
    return earlier[-1] if earlier else None


# -- at a step -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Moved:
    """Where an action at a step leads: `pos` None is the end of the steps (the summary);
    `finished` is the item the action recorded as done, if any."""

    pos: Position | None
    finished: Task | None = None


def clamp(session: Session, pos: Position, surface: str) -> Position:
    """`pos` on `surface`: another device's steps may be fewer."""
    steps = session.plan.steps(session.plan.todo[pos.task], surface)
    return Position(pos.task, min(pos.step, len(steps) - 1))


def _leave(session: Session, pos: Position | None) -> None:
    if pos is None:  # past the last step: nothing to resume into
        session.save_position(None)


def step_done(session: Session, pos: Position, surface: str) -> Moved:
    """Done with a step: on to the next; done on an item's last step records the item done."""
    plan = session.plan
    after_pos = plan.next(pos, surface)
    finished = None
    if after_pos is None or after_pos.task != pos.task:
        finished = plan.todo[pos.task]
        session.mark(finished, DONE)
    _leave(session, after_pos)
    return Moved(after_pos, finished)


def skip_item(session: Session, pos: Position, reason: str) -> Moved:
    """Skipped with a reason: recorded, and on to the next item's first step."""
    plan = session.plan
    session.mark(plan.todo[pos.task], SKIPPED, reason)
    after_pos = plan.next_task(pos)
    _leave(session, after_pos)
    return Moved(after_pos)


def step_back(session: Session, pos: Position, surface: str) -> Position | None:
    """The step before; None at the first step (the view goes back a stage)."""
    return session.plan.previous(pos, surface)


def other_device(session: Session, pos: Position, surface: str) -> tuple[Position, str] | None:
    """The same step for the next device picked; None with one device."""
    switch_to = session.plan.next_surface(surface)
    if switch_to is None:
        return None
    return clamp(session, pos, switch_to), switch_to


def last_step(session: Session, surface: str) -> Position:
    """Back from the summary: the last step of the last item."""
    plan = session.plan
    last = len(plan.todo) - 1
    return Position(last, len(plan.steps(plan.todo[last], surface)) - 1)
