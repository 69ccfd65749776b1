"""The checkup's stages in order, and what each action at a step does, for every view.

The Textual wizard and plain mode ask the same questions in the same order and let the same
answers mean the same thing because both ask this module: which stage comes next (a question
answered on the command line is not asked again), where resuming leads, what "next", "skip",
"back" and "another device" do at a step, and what each answer at the end of an item records.
How an item counts as finished is decided here only: by the person's answer, never by moving on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from checkup.profile.model import DONE, LATER, OPEN_STATES, SKIPPED
from checkup.session.flow import Position, Task
from checkup.words.finishing import ANSWER_DONE, ANSWER_KEEP, ANSWER_LATER, ANSWER_SKIP

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
    """Welcome; workshops and scripts, with every answer given (or remembered, for the
    services), open at the first step."""
    if session.asks_region or session.asks_devices or not session.services_chosen:
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
    they stopped before it; the services question when the profile does not say which."""
    if not session.services_chosen:
        return GUIDES
    return steps_or_summary(session) if session.ready_for_steps else DEVICES


def question_before(session: Session, stage: str) -> str | None:
    """The question asked before `stage`, for going back; None when `stage` comes first."""
    at = STAGES.index(stage)
    earlier = [s for s in QUESTIONS if STAGES.index(s) < at and asked(session, s)]
    return earlier[-1] if earlier else None


# -- at a step -------------------------------------------------------------------------------
# Moving through steps records nothing: steps are instructions, and going forward and back is
# free. What happened is recorded only from the person's answer at the end of the item.
class Moved(NamedTuple):
    """Where an action leads: `pos` None is past the last item (the summary). `ask`: the
    question at the end of the item at `pos` comes first; `confirm`: `pos` is a step that
    cannot be undone, so the person is asked whether they mean it before it is shown;
    `checkpoint`: the main item was just confirmed, so the rest of its guide is offered as a
    choice; `finished`: the item the action recorded as done, if any."""

    pos: Position | None
    ask: bool = False
    confirm: bool = False
    checkpoint: bool = False
    finished: Task | None = None


def clamp(session: Session, pos: Position, surface: str) -> Position:
    """`pos` on `surface`: another device's steps may be fewer."""
    steps = session.plan.steps(session.plan.todo[pos.task], surface)
    return Position(pos.task, min(pos.step, len(steps) - 1))


def cannot_undo(session: Session, pos: Position) -> bool:
    undo = session.plan.todo[pos.task].item.cannot_undo
    return undo is not None and undo.step == pos.step


def _arrive(session: Session, pos: Position | None, finished: Task | None = None) -> Moved:
    """At `pos`, asking first when it cannot be undone; past the last item, nothing to resume."""
    if pos is None:
        session.save_position(None)
        return Moved(None, finished=finished)
    return Moved(pos, confirm=cannot_undo(session, pos), finished=finished)


def forward(session: Session, pos: Position, surface: str) -> Moved:
    """On from a step: the item's next step, or after its last the question about it."""
    steps = session.plan.steps(session.plan.todo[pos.task], surface)
    if pos.step + 1 < len(steps):
        return _arrive(session, Position(pos.task, pos.step + 1))
    return Moved(pos, ask=True)


def leave_step_out(session: Session, pos: Position, surface: str) -> Moved:
    """"No, leave that step out" at a step that cannot be undone: on past it, as `forward`
    goes, to the step after it or the question about the item when it was the last."""
    return forward(session, pos, surface)


def step_back(session: Session, pos: Position, surface: str) -> Position | None:
    """The step before; None at the first step (the view goes back a stage)."""
    return session.plan.previous(pos, surface)


def back_from_question(session: Session, pos: Position, surface: str) -> Moved:
    """"Back to the steps" from the question: the item's last step, asked about first when it
    cannot be undone."""
    steps = session.plan.steps(session.plan.todo[pos.task], surface)
    return _arrive(session, Position(pos.task, len(steps) - 1))


def related_left(session: Session, task_at: int) -> tuple[Task, ...]:
    """The items of the same guide after `task_at` that are still to do."""
    plan = session.plan
    guide = plan.todo[task_at].guide
    return tuple(t for t in plan.todo[task_at + 1:]
                 if t.guide is guide and session.state(t) in OPEN_STATES)


def services_left(session: Session, task_at: int) -> tuple[int, ...]:
    """Where each later service than the one of `task_at` starts, when it is left: its main
    item still to do, or, for a service whose main item is not gone through here (nothing to
    do, or no way to stop it), any of its items still to do. Indexes into Plan.todo."""
    plan = session.plan
    guide = plan.todo[task_at].guide
    out: list[int] = []
    seen = {guide.id}
    for n in range(task_at + 1, len(plan.todo)):
        task = plan.todo[n]
        if task.guide.id in seen:
            continue
        seen.add(task.guide.id)  # the service's first item here: its main one, if it has it
        if task.is_main:
            if session.state(task) in OPEN_STATES:
                out.append(n)
            continue
        first_open = next((m for m in range(n, len(plan.todo)) if plan.todo[m].guide is
                           task.guide and session.state(plan.todo[m]) in OPEN_STATES), None)
        if first_open is not None:
            out.append(first_open)
    return tuple(out)


def next_service(session: Session, task_at: int) -> int | None:
    """Where the next service left after the one of `task_at` starts (see services_left);
    None when none is."""
    left = services_left(session, task_at)
    return left[0] if left else None


# What the checkpoint offers after a service's main item: that service's related items, and
# either the next service whose main item is left or, when none is, stopping there.
RELATED, NEXT_SERVICE, STOP = "related", "next-service", "stop"


def checkpoint_choices(session: Session, pos: Position) -> tuple[str, str]:
    """The two answers at the checkpoint reached at `pos` (the first item after the main one):
    the related items, then the next service, or "stop here" when no service's main item is
    left, so stopping never leaves out a service the person picked."""
    at = pos.task - 1
    return RELATED, NEXT_SERVICE if next_service(session, at) is not None else STOP


def answer_item(session: Session, pos: Position, answer: str, reason: str = "") -> Moved:
    """The person's answer at the end of an item, recorded as they said it: done, later,
    skipped (with `reason`), or left as it was; then on to the next item. Confirming a main
    item with related items still to do leads to the checkpoint."""
    task = session.plan.todo[pos.task]
    if answer == ANSWER_DONE:
        session.mark(task, DONE)
    elif answer == ANSWER_LATER:
        session.mark(task, LATER)
    elif answer == ANSWER_SKIP:
        session.mark(task, SKIPPED, reason)
    elif answer != ANSWER_KEEP:
        raise ValueError(f"not an answer that records: {answer}")
    after_pos = session.plan.next_task(pos)
    finished = task if answer == ANSWER_DONE else None
    if finished and task.is_main and related_left(session, pos.task):
        session.save_position(after_pos)
        return Moved(after_pos, checkpoint=True, finished=finished)
    return _arrive(session, after_pos, finished=finished)


def at_checkpoint(session: Session, pos: Position, choice: str) -> Moved:
    """The answer at the checkpoint reached at `pos` (see checkpoint_choices): the related
    items go on at `pos`; the next service starts at its main item; "stop here" goes to the
    summary. What is passed by stays on the list."""
    if choice == RELATED:
        return go_on_after_main(session, pos)
    if choice == NEXT_SERVICE:
        start = next_service(session, pos.task - 1)
        if start is not None:
            return _arrive(session, Position(start, 0))
    elif choice != STOP:
        raise ValueError(f"not an answer at the checkpoint: {choice}")
    return stop_after_main(session, pos)


def stop_after_main(session: Session, pos: Position) -> Moved:
    """"Stop here" at the checkpoint: the summary, with what was left still on the list. It is
    offered only when no later service's main item is left (checkpoint_choices)."""
    return _arrive(session, None)


def go_on_after_main(session: Session, pos: Position) -> Moved:
    """"Go on" at the checkpoint: the next item, asked about first if it cannot be undone."""
    return _arrive(session, pos)


def skip_item(session: Session, pos: Position, reason: str) -> Moved:
    """Skipped with a reason (s at any step): recorded, and on to the next item."""
    session.mark(session.plan.todo[pos.task], SKIPPED, reason)
    return _arrive(session, session.plan.next_task(pos))


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


def back_from_summary(session: Session, surface: str) -> Moved:
    """Back from the summary to the last step, asked about first when it cannot be undone."""
    return _arrive(session, last_step(session, surface))
