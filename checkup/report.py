"""What a guide says for one region and day, as plain data: the one view that `show`, exports and
plain mode all print from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from checkup.model import (
    APPLIES,
    NOT_OFFERED,
    NOT_STATED,
    PAUSED,
    SURFACE_NAMES,
    UNKNOWN,
    Guide,
    Item,
    Source,
)
from checkup.regions import RegionTable
from checkup.rules import Outcome, evaluate, outcomes_by_region

# What each status asks of the person, in plain words.
STATUS_ADVICE: dict[str, str] = {
    APPLIES: "this is for you",
    NOT_OFFERED: "not offered there: nothing to do",
    PAUSED: "paused by a regulator: do it anyway if you see the setting",
    NOT_STATED: "the sources don't say whether this applies here: if you see the setting, switch "
                "it off",
    UNKNOWN: "the guide has no rule for this date",
}

# What each status means in a region, for a table read by anyone: nobody is told "this is for
# you" about a region they may not live in.
STATUS_MEANING: dict[str, str] = {
    APPLIES: "offered there: do it",
    NOT_OFFERED: "not offered there: nothing to do",
    PAUSED: "paused there by a regulator: do it anyway if the setting shows",
    NOT_STATED: "the sources don't say for there: do it if the setting shows",
    UNKNOWN: "the guide has no rule for this date",
}


@dataclass(frozen=True)
class RegionOutcome:
    region: str
    outcome: Outcome


@dataclass(frozen=True)
class ItemReport:
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


# A region's status in a sentence about that region, in words a screen reader says as words.
STATUS_THERE: dict[str, str] = {
    APPLIES: "applies",
    NOT_OFFERED: "not offered",
    PAUSED: "paused by a regulator",
    NOT_STATED: "the sources don't say",
    UNKNOWN: "no rule for this date",
}


def region_answer(regions: list[str], outcome: Outcome) -> str:
    """'Canada, Hong Kong: applies since 2025-11-03.'"""
    since = f" since {outcome.since.isoformat()}" if outcome.since else ""
    return f"{', '.join(regions)}: {STATUS_THERE.get(outcome.status, outcome.status)}{since}."


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
BOTH_PHONES = "iPhone and Android (the sources give one path for both apps)"


def step_groups(steps: Mapping[str, Sequence[str]], mobile_same: bool
                ) -> list[tuple[str, Sequence[str]]]:
    """(device heading, steps) for each device in `steps`, in order. When the item gives one
    path for iPhone and Android, it is given once, under one heading."""
    surfaces = list(steps)
    merged = mobile_same and "ios" in surfaces and "android" in surfaces
    if merged:
        surfaces.remove("android")
    return [(BOTH_PHONES if merged and s == "ios" else SURFACE_NAMES[s], steps[s])
            for s in surfaces]


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
                regions: RegionTable) -> dict:
    items = []
    for rep in guide_report(guide, country, on, regions):
        item = rep.item
        entry: dict = {"id": item.id, "title": item.title, "main": item.id == guide.main_item}
        if rep.outcome:
            entry |= _outcome_json(guide, rep.outcome)
        else:
            entry |= {"status": None, "reason": "No region given: see by_region.", "since": None,
                      "sources": guide.source_urls(item.sources)}
            entry["by_region"] = [{"region": r.region} | _outcome_json(guide, r.outcome)
                                  for r in rep.by_region]
        entry |= {
            "link": item.link,
            "labels": list(item.labels),
            "labels_path": item.labels_path,
            "steps": {s: list(item.steps[s]) for s in surfaces},
            "does_not": list(item.does_not),
            "help": list(item.help),
            "item_sources": guide.source_urls(item.sources),
            "verified": item.verified.isoformat(),
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
    }
