"""A personal checklist's input from the profile: what the person recorded, with the same
reading of it that `checkup status` gives (progress.guide_progress), so the two never disagree."""

from __future__ import annotations

import dataclasses
import datetime as dt

from checkup.export.checklist import NOT_APPLICABLE, ChecklistInput, ItemState
from checkup.guides.model import NO_OPT_OUT, NOT_USED, Guide
from checkup.guides.regions import RegionTable
from checkup.profile.model import Profile
from checkup.session.progress import (
    BECAUSE_OF_REGION,
    ItemProgress,
    guide_progress,
    local_day,
)
from checkup.support.i18n import _


def item_state(p: ItemProgress, regions: RegionTable, country: str | None) -> ItemState:
    record = p.record
    if p.state == NOT_APPLICABLE and p.not_applicable_because == BECAUSE_OF_REGION:
        # Nothing recorded: the guide says it is not offered (or not done) where they live.
        not_done = p.outcome is not None and p.outcome.status == NOT_USED
        if country and not_done:
            reason = _("not done in {country} ({code})").format(
                country=regions.name(country), code=country)
        elif country:
            reason = _("not offered in {country} ({code})").format(
                country=regions.name(country), code=country)
        else:
            reason = (_("not done in your region") if not_done
                      else _("not offered in your region"))
        return ItemState(NOT_APPLICABLE, reason)
    if p.state == NO_OPT_OUT:  # what was recorded before no longer says anything
        return ItemState(NO_OPT_OUT)
    return ItemState(p.state, record.reason if record else "",
                     local_day(record.changed) if record else None, p.needs_recheck)


def inputs_from_profile(guides: list[Guide], profile: Profile, country: str | None,
                        surfaces: tuple[str, ...], on: dt.date, regions: RegionTable
                        ) -> list[ChecklistInput]:
    """`country` and `surfaces` are what to print for: the profile's own unless the command
    line chose others."""
    as_chosen = dataclasses.replace(profile, region=country)
    out = []
    for guide in guides:
        progress = guide_progress(guide, as_chosen, on, regions)
        states = {p.item.id: item_state(p, regions, country) for p in progress.items}
        out.append(ChecklistInput(guide, country, surfaces, on, states))
    return out
