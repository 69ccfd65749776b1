"""Progress on a guide for one profile and day, as plain data: what `status` prints and what the
wizard shows. An item is done, skipped, not applicable (the person said so, or the guide says it
is not offered in their region today), put off for later (still to do) or to do; done items
recorded against an older revision of the guide need a re-check."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from checkup.guides.model import NO_OPT_OUT, NOTHING_TO_DO, Guide, Item
from checkup.guides.regions import RegionTable
from checkup.guides.rules import Outcome, evaluate
from checkup.profile.model import NOT_APPLICABLE, OPEN_STATES, TODO, ItemRecord, Profile
from checkup.words.states import STATE_TABLE

BECAUSE_YOU_SAID = "you"  # not applicable: recorded so by the person
BECAUSE_OF_REGION = "region"  # not applicable: the guide says it is not offered there


class ItemProgress(NamedTuple):
    item: Item
    state: str  # done, skipped, not-applicable, todo or no-opt-out, all things considered
    record: ItemRecord | None  # what the profile holds, if anything
    outcome: Outcome | None  # the region's answer today; None when no region is chosen
    not_applicable_because: str | None  # BECAUSE_YOU_SAID, BECAUSE_OF_REGION or None
    needs_recheck: bool


class GuideProgress(NamedTuple):
    guide: Guide
    items: tuple[ItemProgress, ...]

    def count(self, state: str) -> int:
        """Items in `state`; TODO counts the items put off for later too: they are to do."""
        if state == TODO:
            return sum(1 for i in self.items if i.state in OPEN_STATES)
        return sum(1 for i in self.items if i.state == state)

    @property
    def recheck_count(self) -> int:
        return sum(1 for i in self.items if i.needs_recheck)

    @property
    def open(self) -> bool:
        """Something is still to do or to re-check."""
        return any(i.state in OPEN_STATES or i.needs_recheck for i in self.items)


def local_day(when: dt.datetime | None) -> dt.date | None:
    """The day as the person lived it: the profile keeps times in UTC, days are told local."""
    if when is None:
        return None
    return (when.astimezone() if when.tzinfo else when).date()


def no_way_anywhere(item: Item) -> bool:
    """No region chosen, yet wherever one lives there is nothing to switch off: somewhere no
    way to stop it, elsewhere nothing done or offered. It is never to do, whatever the region."""
    statuses = {r.status for r in item.rules}
    return NO_OPT_OUT in statuses and statuses <= NOTHING_TO_DO | {NO_OPT_OUT}


def item_progress(guide: Guide, item: Item, profile: Profile, on: dt.date,
                  regions: RegionTable, recheck: frozenset[str]) -> ItemProgress:
    record = profile.item(guide.id, item.id)
    recorded = record.state if record else TODO
    outcome = evaluate(item, profile.region, on, regions) if profile.region else None
    because = None
    state = recorded
    if recorded == NOT_APPLICABLE:
        because = BECAUSE_YOU_SAID
    elif (outcome.status == NO_OPT_OUT if outcome is not None else no_way_anywhere(item)):
        state = NO_OPT_OUT  # neither to do nor done, whatever was recorded before
    elif recorded == TODO and outcome is not None and outcome.status in NOTHING_TO_DO:
        state, because = NOT_APPLICABLE, BECAUSE_OF_REGION
    # done against an older guide means nothing where there is no way to stop it
    return ItemProgress(item, state, record, outcome, because,
                        item.id in recheck and state != NO_OPT_OUT)


def guide_progress(guide: Guide, profile: Profile, on: dt.date, regions: RegionTable
                   ) -> GuideProgress:
    recheck = frozenset(profile.needs_recheck(guide))
    return GuideProgress(guide, tuple(item_progress(guide, i, profile, on, regions, recheck)
                                      for i in guide.ordered_items()))


def persons_guides(guides: list[Guide], profile: Profile) -> list[Guide]:
    """The guides a person chose (the profile's `services`, when it has them) or has records
    in, in the guides' order; [] when the profile says nothing of either."""
    wanted = set(chosen_services(profile)) | {gid for gid, record in profile.guides.items()
                                              if record.items}
    return [g for g in guides if g.id in wanted]


def chosen_services(profile: Profile) -> tuple[str, ...]:
    """The services the person said they use, by guide id; () when never asked. Read with
    care: a checkup that does not know the key keeps it among the profile's other keys."""
    chosen = getattr(profile, "services", None)
    if chosen is None:
        chosen = getattr(profile, "extra", {}).get("services")
    if not isinstance(chosen, (list, tuple)):
        return ()
    return tuple(s for s in chosen if isinstance(s, str))


STATE_WORDS: dict[str, str] = {state: row.word for state, row in STATE_TABLE.items()}
