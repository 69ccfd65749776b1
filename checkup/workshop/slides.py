"""A workshop agenda as a sequence of slides: one item's introduction, then one slide per step,
with devices whose steps are the same shown together."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from checkup.guides.model import SURFACE_NAMES
from checkup.guides.regions import RegionTable
from checkup.guides.rules import Outcome, evaluate
from checkup.support.cldr import list_in_language
from checkup.support.i18n import _
from checkup.workshop.agenda import Agenda, AgendaItem


class Slide(NamedTuple):
    part: AgendaItem
    surfaces: tuple[str, ...]  # () for an item's introduction
    step: int = 0  # index into the item's steps for these surfaces
    steps: int = 0

    @property
    def is_intro(self) -> bool:
        return not self.surfaces

    @property
    def text(self) -> str:
        if self.is_intro:
            return self.part.item.summary
        return self.part.item.steps[self.surfaces[0]][self.step]

    @property
    def link(self) -> str:
        """What the room's QR code may open: the settings link two sources give, else the
        platform's help page; "" when there is neither (a link one source gives is no code)."""
        return self.part.item.open_link

    @property
    def device(self) -> str:
        names = [_(SURFACE_NAMES[s]) for s in self.surfaces]
        if len(names) > 1:
            # in another language joined as CLDR joins a list there ("iPhone und Android")
            both = list_in_language(names) or _("{some} and {last}").format(
                some=", ".join(names[:-1]), last=names[-1])
            if "android" in self.surfaces and self.part.item.android_assumed:
                return _("{devices} (Android steps assumed)").format(devices=both)
            return _("{devices} (one path for both apps)").format(devices=both)
        return names[0] if names else ""


def surface_groups(part: AgendaItem, surfaces: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The agenda's devices, those with identical steps for this item taken together."""
    groups: list[list[str]] = []
    for surface in surfaces:
        same = next((g for g in groups if part.item.steps[g[0]] == part.item.steps[surface]),
                    None)
        if same is None:
            groups.append([surface])
        else:
            same.append(surface)
    return [tuple(g) for g in groups]


def build_slides(agenda: Agenda) -> list[Slide]:
    slides = []
    for part in agenda.items:
        slides.append(Slide(part, ()))
        for group in surface_groups(part, agenda.surfaces):
            count = len(part.item.steps[group[0]])
            slides += [Slide(part, group, n, count) for n in range(count)]
    return slides


def outcome_for(slide: Slide, country: str, on: dt.date, regions: RegionTable) -> Outcome:
    return evaluate(slide.part.item, country, on, regions)
