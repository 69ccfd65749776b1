"""Deciding, from an item's dated region rules, whether it applies to a country on a day."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from checkup.guides.freshness import known_to_sentence
from checkup.guides.model import UNKNOWN, Fact, Item, Rule
from checkup.guides.regions import RegionTable
from checkup.support.dates import long_date
from checkup.support.i18n import N_, _

EVERYWHERE_ELSE = N_("Everywhere else")  # translated where it is shown, as a region name


class Outcome(NamedTuple):
    status: str
    reason: str  # the rule's reason, then each dated fact told with it
    sources: tuple[str, ...]  # the rule's sources, then the facts'
    rule: Rule | None
    facts: tuple[Fact, ...] = ()

    @property
    def since(self) -> dt.date | None:
        return self.rule.start if self.rule else None


def _covers(rule: Rule | Fact, groups: frozenset[str]) -> bool:
    return rule.is_everywhere or any(g in groups for g in rule.regions)


def evaluate_groups(item: Item, groups: frozenset[str], on: dt.date) -> Outcome:
    """Of the rules in force on `on`, one naming a group beats one for everywhere ("*" means
    everywhere no named rule covers), and among those the newest wins: an exception stands until a
    newer rule for the same group replaces it, so rules need no end dates."""
    in_force = [r for r in item.rules if _covers(r, groups) and (r.start is None or r.start <= on)]
    if not in_force:
        starts = [r.start for r in item.rules if _covers(r, groups) and r.start]
        if starts:
            said = _("This guide has no answer for {date}: what it knows starts on {first}."
                     ).format(date=long_date(on), first=long_date(min(starts)))
        else:
            said = _("This guide has no answer for {date}.").format(date=long_date(on))
        return Outcome(UNKNOWN, said, (), None)
    best = max(in_force, key=lambda r: (not r.is_everywhere, r.start or dt.date.min))
    facts = facts_under(item, groups, on, best)
    said = [best.reason, *(f.text for f in facts)]
    # The answer holds as far as its newest dated source reaches. A fact carries its own day,
    # so an old fact never makes a newer answer look old.
    if best.known_to and best.known_to < on:
        said.append(known_to_sentence(best.known_to))
    reason = " ".join(said)
    sources = tuple(dict.fromkeys([*best.sources, *(s for f in facts for s in f.sources)]))
    return Outcome(best.status, reason, sources, best, facts)


def facts_under(item: Item, groups: frozenset[str], on: dt.date, rule: Rule) -> tuple[Fact, ...]:
    """The item's facts for these groups from the deciding rule's date up to `on`, oldest first:
    what happened while that answer held. Older ones belong to an answer since replaced."""
    return tuple(sorted(
        (f for f in item.facts
         if _covers(f, groups) and f.start <= on and (rule.start is None or f.start >= rule.start)),
        key=lambda f: f.start))


def evaluate(item: Item, country: str, on: dt.date, regions: RegionTable) -> Outcome:
    return evaluate_groups(item, regions.groups_of(country), on)


def outcomes_by_region(item: Item, on: dt.date, regions: RegionTable) -> list[tuple[str, Outcome]]:
    """Every group the item's rules and facts name, then everywhere else: the answer with no
    region given."""
    named: list[str] = []
    for rule in (*item.rules, *item.facts):
        named += [g for g in rule.regions if g in regions.groups and g not in named]
    rows = [
        (regions.group_name(g), evaluate_groups(item, regions.groups_for_group(g), on))
        for g in named
    ]
    rows.append((_(EVERYWHERE_ELSE), evaluate_groups(item, frozenset(), on)))
    return rows


def answers_over_time(item: Item, groups: frozenset[str], on: dt.date) -> tuple[Outcome, ...]:
    """The answers these groups had, oldest first, up to `on`: one per rule that decided for a
    while, each with the facts told while it held. The last is the answer on `on`."""
    days = sorted({r.start for r in item.rules
                   if _covers(r, groups) and r.start is not None and r.start <= on})
    periods: list[Outcome] = []
    for day in [dt.date.min, *days]:
        o = evaluate_groups(item, groups, day)
        if o.rule is None or (periods and periods[-1].rule == o.rule):
            continue
        periods.append(o)
    # Each answer's facts are those up to when the next one began (or `on`, for the last).
    ends = [p.since - dt.timedelta(days=1) for p in periods[1:] if p.since] + [on]
    return tuple(Outcome(p.status, p.reason, p.sources, p.rule,
                         facts_under(item, groups, end, p.rule) if p.rule else ())
                 for p, end in zip(periods, ends, strict=True))
