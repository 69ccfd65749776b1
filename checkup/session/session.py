"""One person's checkup in progress: their answers, the plan they lead to, and what gets recorded.

Views (the Textual wizard, plain mode) drive a Session; the Session writes every answer and every
step to its Recorder straight away, so quitting at any moment loses nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple, Protocol

from checkup.guides.model import NO_OPT_OUT, Guide
from checkup.guides.regions import RegionTable
from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED, TODO
from checkup.session.flow import Plan, Position, Task, build_plan, order_guides

__all__ = ["DONE", "LATER", "NOT_APPLICABLE", "SKIPPED", "TODO", "Recorder", "Saved", "Session"]


class Saved(NamedTuple):
    """Where a person stopped: guide, item, device and step."""

    guide: str
    item: str
    surface: str
    step: int


class Recorder(Protocol):
    """Where answers go: checkup.session.recorder.ProfileRecorder (on disk, or in memory for
    --guest)."""

    def on_warning(self, warn: Callable[[str], None]) -> None: ...
    def take_warnings(self) -> list[str]: ...
    def region(self) -> str | None: ...
    def region_chosen(self) -> bool: ...
    def surfaces(self) -> tuple[str, ...]: ...
    def services(self) -> tuple[str, ...] | None: ...
    def recorded_guides(self) -> tuple[str, ...]: ...
    def state(self, guide_id: str, item_id: str, revision: int) -> str: ...
    def reason(self, guide_id: str, item_id: str) -> str: ...
    def saved_position(self) -> Saved | None: ...
    def record_choices(self, region: str | None, surfaces: tuple[str, ...],
                       region_chosen: bool = True) -> None: ...
    def record_services(self, chosen: tuple[str, ...], offered: tuple[str, ...]) -> None: ...
    def record_item(self, guide: Guide, item_id: str, state: str, reason: str = "") -> None: ...
    def record_position(self, saved: Saved | None) -> None: ...
    def describe(self) -> str: ...
    def keeps_progress(self) -> bool: ...
    @property
    def unsaved(self) -> int: ...
    def save_waiting(self, wait: float | None = None) -> bool: ...
    def hold(self) -> None: ...
    def release(self) -> None: ...


class Session:
    """One person's way through the guides: their answers so far, what applies to them, and
    the recorder their answers go to."""

    def __init__(self, guides: list[Guide], regions: RegionTable, today: dt.date,
                 recorder: Recorder, country: str | None = None, country_chosen: bool = False,
                 surfaces: tuple[str, ...] = (), preset_region: bool = False,
                 preset_surfaces: bool = False, preset_guides: bool = False) -> None:
        self.regions, self.today, self.recorder = regions, today, recorder
        self.country = country
        self.country_chosen = country_chosen  # "prefer not to say" is a choice too
        self.surfaces = surfaces
        self.preset_region, self.preset_surfaces = preset_region, preset_surfaces
        self.preset_guides = preset_guides
        self.guides = order_guides(guides)  # those gone through
        self.offered = list(self.guides)  # every guide the services question offers
        self.services_chosen = False  # the person said which services they use (or --guide did)
        self._plan: Plan | None = None
        if not self.asks_guides:  # named on the command line, or only one to go through
            self.services_chosen = True
        elif remembered := self.remembered_services():
            self.guides = [g for g in self.offered if g.id in remembered]
            self.services_chosen = True
        if not self.preset_region and self.recorder.region_chosen():
            self.country, self.country_chosen = self.recorder.region(), True
        if not self.preset_surfaces and self.recorder.surfaces():
            self.surfaces = self.recorder.surfaces()

    # -- answers -------------------------------------------------------------------------------
    def choose_region(self, country: str | None) -> None:
        self.country, self.country_chosen, self._plan = country, True, None
        self.recorder.record_choices(self.country, self.surfaces)

    def choose_surfaces(self, surfaces: tuple[str, ...]) -> None:
        self.surfaces, self._plan = surfaces, None
        self.recorder.record_choices(self.country, self.surfaces, self.country_chosen)

    def choose_region_and_surfaces(self, country: str | None, surfaces: tuple[str, ...]
                                   ) -> None:
        """Both answers at once (given on the command line): one write to the profile."""
        self.country, self.country_chosen, self.surfaces, self._plan = (
            country, True, surfaces, None)
        self.recorder.record_choices(self.country, self.surfaces)

    def choose_guides(self, guide_ids: list[str] | tuple[str, ...]) -> None:
        """The services the person ticked, out of those offered: gone through in the offered
        order, and remembered in the profile for next time."""
        self.guides = order_guides([g for g in self.offered if g.id in guide_ids])
        self.services_chosen, self._plan = True, None
        self.recorder.record_services(tuple(g.id for g in self.guides),
                                      tuple(g.id for g in self.offered))

    def remembered_services(self) -> tuple[str, ...]:
        """The offered services the person said they use last time, in the offered order; for
        a profile from before the question, those it records answers for. () when none."""
        said = self.recorder.services()
        if said is None:
            said = self.recorder.recorded_guides()
        return tuple(g.id for g in self.offered if g.id in said)

    def ticked_services(self) -> tuple[str, ...]:
        """What the services question has ticked when it opens: the last answer, else nothing."""
        return tuple(g.id for g in self.guides) if self.services_chosen else ()

    # -- which questions are asked (the rest were answered on the command line) ------------------
    @property
    def asks_guides(self) -> bool:
        return len(self.offered) > 1 and not self.preset_guides

    @property
    def asks_region(self) -> bool:
        return not self.preset_region

    @property
    def asks_devices(self) -> bool:
        return not self.preset_surfaces

    @property
    def ready_for_steps(self) -> bool:
        return self.country_chosen and bool(self.surfaces)

    @property
    def plan(self) -> Plan:
        if self._plan is None:
            self._plan = build_plan(self.guides, self.country, self.today, self.surfaces,
                                    self.regions)
            # What the region rules say is not recorded as the person's answer: it depends on
            # the day (and --as-of), and `status` works it out afresh. Entries an earlier
            # version recorded from a rule are cleared, so they do not hide an item for good.
            for task in self._plan.tasks:
                rule_reasons = {r.reason for r in task.item.rules}
                recorded = self.recorder.state(task.guide.id, task.item.id, task.guide.revision)
                if recorded == NOT_APPLICABLE and self.recorder.reason(
                        task.guide.id, task.item.id) in rule_reasons:
                    self.recorder.record_item(task.guide, task.item.id, TODO)
        return self._plan

    # -- progress ------------------------------------------------------------------------------
    def state(self, task: Task) -> str:
        """Not applicable when not offered where the person lives on the day; otherwise what
        they recorded."""
        if task.not_offered:
            return NOT_APPLICABLE
        if task.no_way:
            return NO_OPT_OUT
        return self.recorder.state(task.guide.id, task.item.id, task.guide.revision)

    def mark(self, task: Task, state: str, reason: str = "") -> None:
        self.recorder.record_item(task.guide, task.item.id, state, reason)

    def save_position(self, pos: Position | None, surface: str | None = None) -> None:
        if pos is None:
            self.recorder.record_position(None)
            return
        task = self.plan.todo[pos.task]
        self.recorder.record_position(
            Saved(task.guide.id, task.item.id, surface or self.plan.surfaces[0], pos.step))

    def start_position(self) -> Position | None:
        """The first item not yet gone through (one done against an older guide revision
        counts as not done), else the first put off for later; at the saved step when that is
        where the person stopped. When only skipped items are left, the first of those: coming
        back is how a person gets to them."""
        plan = self.plan
        states = [self.state(t) for t in plan.todo]
        first = None
        for wanted in (TODO, LATER, SKIPPED):
            first = next((n for n, state in enumerate(states) if state == wanted), None)
            if first is not None:
                break
        if first is None:
            return None
        saved = self.recorder.saved_position()
        pos = plan.find(saved.guide, saved.item, saved.step) if saved else None
        return pos if pos and pos.task == first else Position(first, 0)

    def start_surface(self) -> str:
        """The device the person was following when they stopped, if still chosen."""
        saved = self.recorder.saved_position()
        surfaces = self.plan.surfaces
        return saved.surface if saved and saved.surface in surfaces else surfaces[0]

    def has_work_in_progress(self) -> bool:
        """Stopped after saying where they live, before the devices; part way through; or
        back with items answered and some still to do (put off for later, say)."""
        answered_before = not self.preset_region and self.recorder.region_chosen()
        if answered_before and self.country_chosen and not self.surfaces:
            return True
        if not (self.country_chosen and self.surfaces):
            return False
        if self.recorder.saved_position() is not None:
            return True
        counts = self.counts()
        return bool(counts[TODO]) and bool(counts[DONE] or counts[SKIPPED] or counts[LATER])

    def reason(self, task: Task) -> str:
        """Why an item was skipped or is not applicable."""
        if task.not_offered and task.report.outcome:
            return task.report.outcome.reason
        return self.recorder.reason(task.guide.id, task.item.id)

    def counts(self) -> dict[str, int]:
        """Items by state; TODO counts every item still to do, LATER those of them the person
        put off (so LATER is part of TODO, never beside it)."""
        out = {DONE: 0, SKIPPED: 0, NOT_APPLICABLE: len(self.plan.not_applicable), TODO: 0,
               LATER: 0, NO_OPT_OUT: len(self.plan.no_way)}
        for task in self.plan.todo:
            state = self.state(task)
            out[state if state in (DONE, SKIPPED) else TODO] += 1
            out[LATER] += state == LATER
        return out
