"""The guide model: plain, immutable data loaded from content/*.toml. Records are NamedTuples,
which Python creates far faster than frozen dataclasses when the module is imported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from checkup.support.i18n import N_

SURFACES: tuple[str, ...] = ("desktop", "ios", "android")
# Device names stay English here and are translated where they are shown.
SURFACE_NAMES: dict[str, str] = {"desktop": N_("Desktop web"), "ios": N_("iPhone"),
                                 "android": N_("Android")}


def in_surface_order(surfaces: Iterable[str]) -> tuple[str, ...]:
    """The known devices among `surfaces`, once each, in SURFACES order: how they are kept,
    asked about and shown, whatever order they were given in."""
    given = set(surfaces)
    return tuple(s for s in SURFACES if s in given)


APPLIES = "applies"
NOT_OFFERED = "not-offered"
PAUSED = "paused"
# The guide's sources do not say either way for a region: the guide says so rather than guess.
NOT_STATED = "not-stated"
# The platform does this and offers no way to stop it there: what a person can do instead is
# told (the item's `instead`); never counted as to do, nor as done.
NO_OPT_OUT = "no-opt-out"
# The sources say the platform does not do this there: nothing to do, as when not offered.
NOT_USED = "not-used"
UNKNOWN = "unknown"  # never written in a guide: no rule is in force on that date
STATUSES: tuple[str, ...] = (APPLIES, NOT_OFFERED, PAUSED, NOT_STATED, NO_OPT_OUT,
                             NOT_USED)  # what a rule may say
NOTHING_TO_DO: frozenset[str] = frozenset({NOT_OFFERED, NOT_USED})

# The default of a mapping field: one empty mapping that nothing can add to.
NOTHING: Mapping = MappingProxyType({})

EVERYWHERE = "*"

# What kind of text a source is, strongest first: the platform's own words, then a regulator's,
# then the press; a blog is cited only where nothing better says it.
SOURCE_KINDS: tuple[str, ...] = ("platform", "regulator", "press", "blog")


class Source(NamedTuple):
    id: str
    title: str
    url: str
    date: str
    accessed: dt.date
    # The stored copy that was read when it is not at `url` (a mirror, a proxy): shown as text.
    read_at: str = ""
    kind: str = ""  # one of SOURCE_KINDS; "" when a guide does not say
    # The newest day this copy speaks for (an archive's last copy read, an article's date).
    shows_to: dt.date | None = None


class Rule(NamedTuple):
    regions: tuple[str, ...]
    status: str
    reason: str
    sources: tuple[str, ...]
    start: dt.date | None = None  # None: in force for as long as the guide knows of
    known_to: dt.date | None = None  # the newest day its sources speak for, when they say

    @property
    def is_everywhere(self) -> bool:
        return EVERYWHERE in self.regions


class Fact(NamedTuple):
    """A dated event that changes no status (a clause added to the terms, a notice updated): it
    is told, with its sources, beside the answer it happened under, from its date until a newer
    rule gives the answer. "*" means every region here: a fact is not an exception to beat."""

    regions: tuple[str, ...]
    start: dt.date
    text: str
    sources: tuple[str, ...]
    known_to: dt.date | None = None

    @property
    def is_everywhere(self) -> bool:
        return EVERYWHERE in self.regions


class FacilitatorNotes(NamedTuple):
    """For workshop presenters: what to say, what people get stuck on, how long it takes."""

    talking_points: tuple[str, ...] = ()
    common_problems: tuple[str, ...] = ()
    minutes: int = 0  # a usual time for the whole item in a workshop; 0 when unknown


# What finishing an item means, which decides how the person is asked about it at its end:
# a switch reads Off, a form or a request is sent, a signal (a setting that only asks outside AI
# firms not to train, which they may ignore) is set, anything else is done.
SWITCH, REQUEST, SIGNAL, TASK = "switch", "request", "signal", "task"
ITEM_KINDS: tuple[str, ...] = (SWITCH, REQUEST, SIGNAL, TASK)

# Whether a switch starts on, as the sources say: "disputed" when they conflict (the guide then
# says who says what, and picks no side).
DEFAULT_ON, DEFAULT_OFF, DEFAULT_NOT_STATED, DEFAULT_DISPUTED = (
    "on", "off", "not-stated", "disputed")
DEFAULTS: tuple[str, ...] = (DEFAULT_ON, DEFAULT_OFF, DEFAULT_NOT_STATED, DEFAULT_DISPUTED)

# Fields of an item that may rest on one source only: shown with that caveat, and an unverified
# link is never a QR code, a hyperlink or something `o` opens.
UNVERIFIABLE: tuple[str, ...] = ("link", "labels", "default", *SURFACES)


class CannotUndo(NamedTuple):
    """A step whose effect cannot be taken back (closing an account): the person is warned
    before it and asked whether they mean it before it is shown."""

    step: int  # index into every device's steps
    warning: str


class HelpEntry(NamedTuple):
    """One reason a setting may be missing. `surfaces` and `regions` (group ids, "*" for every
    region) say whom it can concern; empty: anyone."""

    text: str
    surfaces: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()

    def concerns(self, surface: str | None, groups: frozenset[str] | None) -> bool:
        """For someone on `surface` (None: any device) whose country is in `groups` (None: the
        person did not say where they live, so every region's reasons can concern them)."""
        if self.surfaces and surface is not None and surface not in self.surfaces:
            return False
        if self.regions and groups is not None and EVERYWHERE not in self.regions:
            return any(g in groups for g in self.regions)
        return True


class LocalLabel(NamedTuple):
    """How the platform shows a label in another language, as `sources` give it: shown beside
    the English label, never made up by us (one source: said as one source's report)."""

    text: str
    sources: tuple[str, ...]


class Item(NamedTuple):
    id: str
    title: str
    summary: str
    link: str
    labels: tuple[str, ...]
    steps: dict[str, tuple[str, ...]]
    does_not: tuple[str, ...]
    help: tuple[str, ...]
    rules: tuple[Rule, ...]
    sources: tuple[str, ...]
    verified: dt.date
    mobile_same: bool = False
    notes: FacilitatorNotes = FacilitatorNotes()
    # True: the labels are a menu path, in order (Settings & Privacy > Data privacy > ...).
    # False: separate things to look for, such as a form and another way to the same end.
    labels_path: bool = True
    facts: tuple[Fact, ...] = ()
    # The path on a device whose menus differ from `labels` (the apps' "Settings" is the web's
    # "Settings & Privacy"); an empty path: nothing to look for there (it is done elsewhere).
    device_labels: Mapping[str, tuple[str, ...]] = NOTHING
    # No source describes the Android app: its steps are the iPhone's, assumed to match.
    android_assumed: bool = False
    kind: str = TASK  # one of ITEM_KINDS
    minutes: int = 0  # about how long a person takes, alone; 0 when the guide does not say
    cannot_undo: CannotUndo | None = None
    then: tuple[str, ...] = ()  # what happens after a request is sent, from the sources
    # `help` with whom each reason can concern; () when the guide gave plain text only.
    help_entries: tuple[HelpEntry, ...] = ()
    audience: str = ""  # whom it is for (accounts, plans, age), as the sources say
    default: str = DEFAULT_NOT_STATED  # one of DEFAULTS
    default_note: str = ""  # who says what about the default (always, when disputed)
    # field (one of UNVERIFIABLE) -> the one source it rests on
    unverified: Mapping[str, str] = NOTHING
    help_link: str = ""  # the platform's own help page for the item
    instead: tuple[str, ...] = ()  # where there is no way to stop it: what a person can do
    instead_does_not: tuple[str, ...] = ()  # ... and what that does not undo
    # language code -> English label (of `labels` or `device_labels`) -> what the platform shows
    local_labels: Mapping[str, Mapping[str, LocalLabel]] = NOTHING
    # Set when shown in another language: the code whose translation lacks some of its texts
    # (they are shown in English); "" when every text is translated, or for English.
    english_in: str = ""

    @property
    def open_link(self) -> str:
        """The address a QR code, a hyperlink and `o` may open: the settings link when more than
        one source gives it, else the platform's help page; "" when there is neither."""
        if self.link and "link" not in self.unverified:
            return self.link
        return self.help_link

    @property
    def unverified_link(self) -> str:
        """The settings link when only one source gives it: shown as text with that caveat."""
        return self.link if "link" in self.unverified else ""

    def help_for(self, surfaces: Iterable[str] | None, groups: frozenset[str] | None
                 ) -> tuple[str, ...]:
        """The reasons that can apply to someone on any of `surfaces` (None: any device), in
        `groups` (see HelpEntry.concerns), in the guide's order."""
        entries = self.help_entries or tuple(HelpEntry(t) for t in self.help)
        on = [None] if surfaces is None else list(surfaces)
        return tuple(e.text for e in entries if any(e.concerns(s, groups) for s in on))

    def labels_on(self, surface: str) -> tuple[str, ...]:
        """The labels to look for on `surface`: its own path, or the item's."""
        return self.device_labels.get(surface, self.labels)


class Guide(NamedTuple):
    id: str
    platform: str
    title: str
    summary: str
    revision: int
    verified: dt.date
    domains: tuple[str, ...]
    main_item: str
    items: tuple[Item, ...]
    sources: Mapping[str, Source] = NOTHING
    path: str = ""
    names: tuple[str, ...] = ()  # other names people know the service by (Instagram for meta)
    # Set when shown in a language it has no translation for at all: that code ("" otherwise).
    untranslated_in: str = ""
    # Set when its own title or summary has no translation in the language shown: that code.
    english_in: str = ""

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def ordered_items(self) -> tuple[Item, ...]:
        """The main item first, then the related ones in file order."""
        main = [i for i in self.items if i.id == self.main_item]
        return tuple(main + [i for i in self.items if i.id != self.main_item])

    def mobile_same_items(self) -> frozenset[str]:
        return frozenset(i.id for i in self.items if i.mobile_same)

    def source_urls(self, ids: tuple[str, ...]) -> list[str]:
        return [self.sources[s].url for s in ids if s in self.sources]
