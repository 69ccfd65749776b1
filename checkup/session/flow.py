"""The checkup as a sequence: which items a person is led through, in what order, step by step.

Shared by the Textual wizard and plain mode so both ask the same things in the same order.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from checkup.guides.model import (
    NO_OPT_OUT,
    NOTHING_TO_DO,
    SURFACES,
    Guide,
    Item,
    in_surface_order,
)
from checkup.guides.regions import RegionTable
from checkup.words.report import ItemReport, item_report


class Task(NamedTuple):
    """One item of one guide, with what its region rules say for this person."""

    guide: Guide
    report: ItemReport

    @property
    def item(self) -> Item:
        return self.report.item

    @property
    def key(self) -> tuple[str, str]:
        return (self.guide.id, self.item.id)

    @property
    def is_main(self) -> bool:
        return self.item.id == self.guide.main_item

    @property
    def not_offered(self) -> bool:
        """Nothing to do where the person lives (not offered there, or not done there): told
        why, never sent through steps."""
        return self.report.status in NOTHING_TO_DO

    @property
    def no_way(self) -> bool:
        """The platform does this where the person lives and offers no way to stop it: what
        they can do instead is told; never to do, never done."""
        return self.report.status == NO_OPT_OUT

    @property
    def followed(self) -> bool:
        """Led through step by step: there is something to switch, send or do."""
        return not (self.not_offered or self.no_way)


class Position(NamedTuple):
    """Where a person is: a task (index into Plan.todo) and a step of its steps for a surface."""

    task: int
    step: int


class Plan(NamedTuple):
    tasks: tuple[Task, ...]  # every item of the chosen guides, main items first
    surfaces: tuple[str, ...]  # chosen devices, in SURFACES order
    country: str | None
    on: dt.date

    @property
    def todo(self) -> tuple[Task, ...]:
        return tuple(t for t in self.tasks if t.followed)

    @property
    def not_applicable(self) -> tuple[Task, ...]:
        return tuple(t for t in self.tasks if t.not_offered)

    @property
    def no_way(self) -> tuple[Task, ...]:
        return tuple(t for t in self.tasks if t.no_way)

    def steps(self, task: Task, surface: str | None = None) -> tuple[str, ...]:
        return task.item.steps[surface or self.surfaces[0]]

    def next_surface(self, surface: str) -> str | None:
        """The device `v` switches to from `surface`: the next one picked, round again after the
        last; None with only one device."""
        if len(self.surfaces) < 2:
            return None
        at = self.surfaces.index(surface) if surface in self.surfaces else -1
        return self.surfaces[(at + 1) % len(self.surfaces)]

    def total_steps(self) -> int:
        """Steps across the checkup on the main device: the progress bar's length."""
        return sum(len(self.steps(t)) for t in self.todo)

    def steps_before(self, pos: Position) -> int:
        return sum(len(self.steps(t)) for t in self.todo[: pos.task]) + pos.step

    def next(self, pos: Position, surface: str | None = None) -> Position | None:
        """The step after `pos` on `surface` (the main device by default): the item's next step,
        the next item's first, or None at the end of the checkup."""
        if pos.step + 1 < len(self.steps(self.todo[pos.task], surface)):
            return Position(pos.task, pos.step + 1)
        return self.next_task(pos)

    def next_task(self, pos: Position) -> Position | None:
        return Position(pos.task + 1, 0) if pos.task + 1 < len(self.todo) else None

    def previous(self, pos: Position, surface: str | None = None) -> Position | None:
        """The step before `pos` on `surface`: the item's step before, the last step of the item
        before, or None at the first step."""
        if pos.step > 0:
            return Position(pos.task, pos.step - 1)
        if pos.task == 0:
            return None
        return Position(pos.task - 1, len(self.steps(self.todo[pos.task - 1], surface)) - 1)

    def find(self, guide_id: str, item_id: str, step: int = 0) -> Position | None:
        for n, task in enumerate(self.todo):
            if task.key == (guide_id, item_id):
                return Position(n, max(0, min(step, len(self.steps(task)) - 1)))
        return None


def build_plan(guides: list[Guide], country: str | None, on: dt.date, surfaces: tuple[str, ...],
               regions: RegionTable) -> Plan:
    chosen = in_surface_order(surfaces) or SURFACES
    tasks = tuple(
        Task(guide, item_report(item, country, on, regions))
        for guide in guides
        for item in guide.ordered_items()
    )
    return Plan(tasks, chosen, country, on)


def order_guides(guides: list[Guide], first: str = "linkedin") -> list[Guide]:
    """LinkedIn first, then the rest by id: the order the wizard offers them in."""
    return sorted(guides, key=lambda g: (g.id != first, g.id))
