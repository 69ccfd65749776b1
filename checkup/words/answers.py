""""Does this apply to me?" answered in whole sentences built from a rule's data: the status,
the day it took effect, the place and the platform. One sentence per status and form, each whole
for a translator, with named placeholders; days are written by long_date.

Three forms: to the person, for their own country ("Yes, this applies to you: ..."); for a row of
regions when no country was given ("Canada, Hong Kong: this applies, since ..."); and for a line
of the history ("From 3 November 2025: this applies where you live.")."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from checkup.guides.model import (
    APPLIES,
    NO_OPT_OUT,
    NOT_OFFERED,
    NOT_STATED,
    NOT_USED,
    PAUSED,
    UNKNOWN,
    Item,
)
from checkup.guides.regions import RegionTable
from checkup.guides.rules import EVERYWHERE_ELSE, Outcome, answers_over_time
from checkup.support.dates import long_date
from checkup.support.i18n import N_, _

# (status, a day is known) -> the sentence said to the person about their own country.
TO_YOU: dict[tuple[str, bool], str] = {
    (APPLIES, True): N_("Yes, this applies to you: it has applied where you live ({country}) "
                        "since {date}."),
    (APPLIES, False): N_("Yes, this applies to you: {platform} offers it where you live "
                         "({country})."),
    (NOT_OFFERED, True): N_("No: since {date}, {platform} does not offer this where you live "
                            "({country}), so there is nothing to do."),
    (NOT_OFFERED, False): N_("No: {platform} does not offer this where you live ({country}), so "
                             "there is nothing to do."),
    (PAUSED, True): N_("Not for now: since {date}, {platform} has paused this where you live "
                       "({country}) after a regulator stepped in. If you see the setting, switch "
                       "it off anyway."),
    (PAUSED, False): N_("Not for now: {platform} has paused this where you live ({country}) "
                        "after a regulator stepped in. If you see the setting, switch it off "
                        "anyway."),
    (NOT_STATED, True): N_("The sources don't say whether this applies where you live "
                           "({country}). If you see the setting, switch it off."),
    (NO_OPT_OUT, True): N_("There is no way to stop it: since {date}, {platform} has done this "
                           "where you live ({country}) and offers no setting or form to stop "
                           "it. What you can do instead is below."),
    (NO_OPT_OUT, False): N_("There is no way to stop it: {platform} does this where you live "
                            "({country}) and offers no setting or form to stop it. What you can "
                            "do instead is below."),
    (NOT_USED, True): N_("No: since {date}, {platform} has not done this where you live "
                         "({country}), so there is nothing to do."),
    (NOT_USED, False): N_("No: {platform} does not do this where you live ({country}), so there "
                          "is nothing to do."),
    (UNKNOWN, True): N_("This guide has no answer for where you live ({country}) on {day}."),
}
TO_YOU[(NOT_STATED, False)] = TO_YOU[(NOT_STATED, True)]  # the day changes nothing said
TO_YOU[(UNKNOWN, False)] = TO_YOU[(UNKNOWN, True)]

# The same for a row of regions, when the person did not say where they live.
FOR_REGIONS: dict[tuple[str, bool], str] = {
    (APPLIES, True): N_("{regions}: this applies, since {date}."),
    (APPLIES, False): N_("{regions}: this applies."),
    (NOT_OFFERED, True): N_("{regions}: not offered, since {date}: nothing to do."),
    (NOT_OFFERED, False): N_("{regions}: not offered: nothing to do."),
    (PAUSED, True): N_("{regions}: paused after a regulator stepped in, since {date}: do it "
                       "anyway if you see the setting."),
    (PAUSED, False): N_("{regions}: paused after a regulator stepped in: do it anyway if you "
                        "see the setting."),
    (NOT_STATED, True): N_("{regions}: the sources don't say whether this applies: do it if you "
                           "see the setting."),
    (NO_OPT_OUT, True): N_("{regions}: done with no way to stop it, since {date}: see what you "
                           "can do instead."),
    (NO_OPT_OUT, False): N_("{regions}: done with no way to stop it: see what you can do "
                            "instead."),
    (NOT_USED, True): N_("{regions}: not done there, since {date}: nothing to do."),
    (NOT_USED, False): N_("{regions}: not done there: nothing to do."),
    (UNKNOWN, True): N_("{regions}: no answer for this date."),
}
FOR_REGIONS[(NOT_STATED, False)] = FOR_REGIONS[(NOT_STATED, True)]
FOR_REGIONS[(UNKNOWN, False)] = FOR_REGIONS[(UNKNOWN, True)]

# A line of the history: what held from a day on, in the person's country.
OVER_TIME: dict[tuple[str, bool], str] = {
    (APPLIES, True): N_("From {date}: this applies where you live."),
    (APPLIES, False): N_("At first: this applies where you live."),
    (NOT_OFFERED, True): N_("From {date}: {platform} does not offer this where you live."),
    (NOT_OFFERED, False): N_("At first: {platform} does not offer this where you live."),
    (PAUSED, True): N_("From {date}: paused where you live, after a regulator stepped in."),
    (PAUSED, False): N_("At first: paused where you live, after a regulator stepped in."),
    (NOT_STATED, True): N_("From {date}: the sources don't say whether this applies where you "
                           "live."),
    (NOT_STATED, False): N_("At first: the sources don't say whether this applies where you "
                            "live."),
    (NO_OPT_OUT, True): N_("From {date}: done where you live, with no way to stop it."),
    (NO_OPT_OUT, False): N_("At first: done where you live, with no way to stop it."),
    (NOT_USED, True): N_("From {date}: {platform} does not do this where you live."),
    (NOT_USED, False): N_("At first: {platform} does not do this where you live."),
}


def _said(table: dict[tuple[str, bool], str], status: str, since: dt.date | None) -> str | None:
    row = table.get((status, since is not None))
    return _(row) if row else None


def answer_to_you(status: str, country: str, platform: str, since: dt.date | None,
                  on: dt.date) -> str:
    """'Yes, this applies to you: it has applied to people in Germany since 3 November 2025.'"""
    said = _said(TO_YOU, status, since) or _(TO_YOU[(UNKNOWN, False)])
    return said.format(country=country, platform=platform, day=long_date(on),
                       date=long_date(since) if since else "")


def answer_for_regions(regions: str, status: str, since: dt.date | None) -> str:
    """'Canada, Hong Kong: this applies, since 3 November 2025.'"""
    said = _said(FOR_REGIONS, status, since) or _(FOR_REGIONS[(UNKNOWN, False)])
    return said.format(regions=regions, date=long_date(since) if since else "")


def outcome_to_you(outcome: Outcome, country: str, platform: str, on: dt.date) -> str:
    return answer_to_you(outcome.status, country, platform, outcome.since, on)


def outcome_for_regions(regions: list[str], outcome: Outcome) -> str:
    return answer_for_regions(", ".join(regions), outcome.status, outcome.since)


class HistoryLine(NamedTuple):
    """One answer in the dated history."""

    said: str  # "From 3 November 2025: this applies where you live."
    why: str  # the rule's own reason
    sources: tuple[str, ...]  # source ids
    in_force: bool  # the answer that holds on the day asked


def history(item: Item, country: str, platform: str, on: dt.date, regions: RegionTable
            ) -> tuple[HistoryLine, ...]:
    """The answers for `country` over time up to `on`, oldest first: the rules that decided,
    each with its own reason (the dated events told with an answer are in its reason)."""
    periods = answers_over_time(item, regions.groups_of(country), on)
    lines: list[HistoryLine] = []
    for n, o in enumerate(periods):
        assert o.rule is not None
        said = _said(OVER_TIME, o.status, o.since) or ""
        lines.append(HistoryLine(
            said.format(date=long_date(o.since) if o.since else "", platform=platform),
            o.rule.reason, o.rule.sources, n == len(periods) - 1))
    return tuple(lines)


def history_everywhere(item: Item, on: dt.date, regions: RegionTable) -> tuple[HistoryLine, ...]:
    """With no country given: every rule up to `on`, oldest first, naming its regions."""
    rules = sorted((r for r in item.rules if r.start is None or r.start <= on),
                   key=lambda r: r.start or dt.date.min)
    lines = []
    for rule in rules:
        names = ", ".join(_(EVERYWHERE_ELSE) if g == "*" else
                          regions.group_name(g)
                          for g in rule.regions)
        said = answer_for_regions(names, rule.status, None)
        if rule.start:
            said = _("From {date}: {answer}").format(date=long_date(rule.start), answer=said)
        lines.append(HistoryLine(said, rule.reason, rule.sources, False))
    return tuple(lines)
