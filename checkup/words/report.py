"""What a guide says for one region and day, as plain data: the one view that `show`, exports and
plain mode all print from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from checkup.guides.freshness import checked_line
from checkup.guides.model import SURFACE_NAMES, Guide, Item, Source
from checkup.guides.regions import RegionTable
from checkup.guides.rules import Outcome, evaluate, outcomes_by_region
from checkup.support.i18n import N_, _, language
from checkup.words.languages import guide_language_note


class RegionOutcome(NamedTuple):
    region: str
    outcome: Outcome


class ItemReport(NamedTuple):
    item: Item
    outcome: Outcome | None  # None when no region was given: see by_region
    by_region: tuple[RegionOutcome, ...]

    @property
    def status(self) -> str | None:
        return self.outcome.status if self.outcome else None

    def source_ids(self) -> tuple[str, ...]:
        """The sources behind what is said: the outcome's, or every region's, once each."""
        outcomes = [self.outcome] if self.outcome else [r.outcome for r in self.by_region]
        return tuple(dict.fromkeys(s for o in outcomes for s in o.sources))


def alike_regions(rows: Sequence[RegionOutcome]) -> list[tuple[list[str], Outcome]]:
    """Regions whose answer is the same (status, date and reason) together, in the order they
    first come: the same sentence is said once, not once per region."""
    groups: dict[tuple, tuple[list[str], Outcome]] = {}
    for row in rows:
        o = row.outcome
        groups.setdefault((o.status, o.since, o.reason), ([], o))[0].append(row.region)
    return list(groups.values())


def item_report(item: Item, country: str | None, on: dt.date, regions: RegionTable) -> ItemReport:
    if country:
        return ItemReport(item, evaluate(item, country, on, regions), ())
    rows = tuple(RegionOutcome(name, o) for name, o in outcomes_by_region(item, on, regions))
    return ItemReport(item, None, rows)


def guide_report(guide: Guide, country: str | None, on: dt.date, regions: RegionTable
                 ) -> list[ItemReport]:
    return [item_report(i, country, on, regions) for i in guide.ordered_items()]


# The heading when an item gives one path for both phones. It says where the one path comes from
# rather than that the apps are the same: no source compares them.
BOTH_PHONES = N_("iPhone and Android (the sources give one path for both apps)")
# When no source describes the Android app, the person is told its steps are assumed.
BOTH_PHONES_ASSUMED = N_("iPhone and Android (no source describes the Android app: its steps "
                         "are assumed to be the iPhone's)")
ANDROID_ASSUMED_HEADING = N_("Android (no source describes the Android app: these steps are "
                              "assumed to be the iPhone's)")
# Kept in English for the views that show it as a sentence: they call _() on it.
ANDROID_ASSUMED = N_("No source describes the Android app: these steps are the iPhone's, "
                     "assumed to be the same on Android.")


def step_groups(steps: Mapping[str, Sequence[str]], mobile_same: bool,
                android_assumed: bool = False) -> list[tuple[str, str, Sequence[str]]]:
    """(device, heading, steps) for each device in `steps`, in order. When the item gives one
    path for iPhone and Android, it is given once, under one heading, as the iPhone's."""
    surfaces = list(steps)
    merged = mobile_same and "ios" in surfaces and "android" in surfaces
    if merged:
        surfaces.remove("android")
    return [(s, _heading(s, merged, android_assumed), steps[s]) for s in surfaces]


def _heading(surface: str, merged: bool, android_assumed: bool) -> str:
    if merged and surface == "ios":
        return _(BOTH_PHONES_ASSUMED if android_assumed else BOTH_PHONES)
    if surface == "android" and android_assumed:
        return _(ANDROID_ASSUMED_HEADING)
    return _(SURFACE_NAMES[surface])


def labels_text(labels: Sequence[str], path: bool = True) -> str:
    """The labels to look for, quoted: a menu path joined by '>', or, when they are separate
    things (a form, another way), a list that does not pretend one leads to the next."""
    return (" > " if path else ", ").join(f'"{label}"' for label in labels)


def cited(guide: Guide, ids: tuple[str, ...]) -> list[Source]:
    return [guide.sources[s] for s in ids if s in guide.sources]


def _outcome_json(guide: Guide, o: Outcome) -> dict:
    return {
        "status": o.status,
        "reason": o.reason,
        "since": o.since.isoformat() if o.since else None,
        "sources": guide.source_urls(o.sources),
        "facts": [{"date": f.start.isoformat(), "text": f.text,
                   "sources": guide.source_urls(f.sources)} for f in o.facts],
    }


def report_json(guide: Guide, country: str | None, on: dt.date, surfaces: tuple[str, ...],
                regions: RegionTable, reports: list[ItemReport] | None = None) -> dict:
    """`reports`: the guide's report already read (guide_report), so text and JSON tell one."""
    items = []
    for rep in guide_report(guide, country, on, regions) if reports is None else reports:
        item = rep.item
        entry: dict = {"id": item.id, "title": item.title, "main": item.id == guide.main_item}
        if rep.outcome:
            entry |= _outcome_json(guide, rep.outcome)
        else:
            entry |= {"status": None, "reason": _("No region given: see by_region."), "since": None,
                      "sources": guide.source_urls(item.sources)}
            entry["by_region"] = [{"region": r.region} | _outcome_json(guide, r.outcome)
                                  for r in rep.by_region]
        entry |= {
            "link": item.link,
            "labels": list(item.labels),
            "labels_by_device": {s: list(item.labels_on(s)) for s in surfaces},
            "labels_path": item.labels_path,
            "android_assumed": item.android_assumed,
            "steps": {s: list(item.steps[s]) for s in surfaces},
            "does_not": list(item.does_not),
            "help": list(item.help),
            "item_sources": guide.source_urls(item.sources),
            "verified": item.verified.isoformat(),
            "checked": checked_line(item.verified, on, guide.platform, "page"),
        }
        items.append(entry)
    return {
        "guide": guide.id,
        "platform": guide.platform,
        "title": guide.title,
        "revision": guide.revision,
        "verified": guide.verified.isoformat(),
        "region": country,
        "region_name": regions.name(country) if country else None,
        "as_of": on.isoformat(),
        "items": items,
        # the stored copy read for a source whose text was read elsewhere than at its address
        "read_at": {src.url: src.read_at for src in guide.sources.values() if src.read_at},
        "language": language(),  # the language its texts are shown in, where translated
        "language_note": guide_language_note(guide) or None,  # none of it is translated
    }
