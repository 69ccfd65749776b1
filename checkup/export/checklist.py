"""What a printed checklist holds, as plain data, and the sentences every format shares.

The renderers take a ChecklistDocument and never look at profiles, rules or regions: the same
document prints as HTML, Markdown or plain text, and a test can build one from any guide.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from checkup.guides.freshness import checked_line
from checkup.guides.model import (
    NO_OPT_OUT,
    SURFACE_NAMES,
    TASK,
    Guide,
    Item,
    Source,
)
from checkup.guides.regions import RegionTable
from checkup.guides.rules import Outcome
from checkup.profile.model import DONE, LATER, SKIPPED, TODO
from checkup.profile.model import NOT_APPLICABLE as NOT_APPLICABLE  # from_profile reads it here
from checkup.qr.code import qr_problem
from checkup.session.progress import no_way_anywhere
from checkup.support.dates import long_date
from checkup.support.i18n import N_, _
from checkup.words.answers import outcome_for_regions, outcome_to_you
from checkup.words.caveats import (
    HELP_PAGE,
    default_line,
    labels_caveat,
    link_caveat,
    signal_note,
    steps_caveat,
)
from checkup.words.finishing import done_heading
from checkup.words.glossary import new_terms
from checkup.words.languages import item_language_note, local_label_sources
from checkup.words.report import item_report, step_groups
from checkup.words.states import state_heading, state_mark
from checkup.words.statuses import status_advice, status_meaning, status_there


class ItemState(NamedTuple):
    state: str = TODO
    reason: str = ""  # why it was skipped or does not apply
    changed: dt.date | None = None
    recheck: bool = False  # done against an older revision of the guide: look again


class ChecklistInput(NamedTuple):
    """Everything a checklist for one guide depends on. `states` is empty for a blank handout."""

    guide: Guide
    country: str | None
    surfaces: tuple[str, ...]
    on: dt.date
    states: Mapping[str, ItemState] = MappingProxyType({})


class RegionLine(NamedTuple):
    """One region's answer: the chosen country's, or a row of the region table."""

    region: str
    status: str
    since: dt.date | None
    reason: str
    sources: tuple[str, ...]  # source ids, listed in full at the end of the guide
    for_reader: bool = False  # the reader's own country, not a row of the table
    answer: str = ""  # the answer in a sentence: "Yes, this applies to you: ..."

    @property
    def advice(self) -> str:
        """What the status asks of the reader in their own country; in the table, what it
        means for people there, in words that suit anyone holding the page."""
        return (status_advice if self.for_reader else status_meaning)(self.status)

    @property
    def status_words(self) -> str:
        """The status in words for the table ("not offered"), never its code."""
        return status_there(self.status)


class StepGroup(NamedTuple):
    heading: str
    steps: tuple[str, ...]
    labels: tuple[str, ...] = ()  # the path on this device; () when nothing is looked for there
    caveats: tuple[str, ...] = ()  # the steps rest on one source: say so with them


class ItemFacts(NamedTuple):
    """What is said beside an item's steps about facts that are not settled, each in the words
    of checkup.words.caveats, so every format says the same: whom it is for, whether the switch
    starts on, a setting that only asks, fields that rest on one source, and what a person can
    do where there is no way to stop it."""

    audience: str = ""
    default: str = ""  # "Default: on." for a switch, or where the guide says
    signal: str = ""
    labels_caveat: str = ""
    unverified_link: str = ""  # shown as text only, with link_caveat: never a QR code or link
    link_caveat: str = ""
    help_heading: str = ""  # "{platform}'s help page for this:" when the link is the help page
    instead: tuple[str, ...] = ()
    instead_does_not: tuple[str, ...] = ()
    language: str = ""  # part of the item (or its whole guide) is in English in this language


def item_facts(guide: Guide, item: Item, instead: bool) -> ItemFacts:
    """`instead`: the reader may be where there is no way to stop it, so what they can do
    instead is told."""
    link_is_help = bool(item.open_link) and item.open_link != item.link
    return ItemFacts(
        audience=item.audience,
        default=default_line(guide, item),
        signal=signal_note(item),
        labels_caveat=labels_caveat(guide, item),
        unverified_link=item.unverified_link,
        link_caveat=link_caveat(guide, item),
        help_heading=_(HELP_PAGE).format(platform=guide.platform) if link_is_help else "",
        instead=item.instead if instead else (),
        instead_does_not=item.instead_does_not if instead else (),
        language=item_language_note(item),
    )


class ChecklistItem(NamedTuple):
    number: int
    item: Item
    main: bool
    state: ItemState | None  # None in a blank handout: nothing is known about the reader
    here: RegionLine | None  # the chosen country's answer
    by_region: tuple[RegionLine, ...]  # every region's answer: in a handout, or with no country
    steps: tuple[StepGroup, ...]
    # The link a QR code and a hyperlink may open (item.open_link: the settings link two sources
    # give, else the help page); "" when there is none.
    link: str
    link_ok: bool  # https on the guide's domains: may be shown as a link and a QR code
    facts: ItemFacts = ItemFacts()
    checked: str = ""  # when the steps were checked, and what to do if that is long ago
    help: tuple[str, ...] = ()  # why it may be missing: what can concern this reader
    notes: tuple[str, ...] = ()  # what a legal word it uses means, where the guide first uses it

    @property
    def labels(self) -> tuple[str, ...]:
        """The path printed once for the item: the chosen devices' own when they share one (an
        iPhone's "Settings", not the web's "Settings & Privacy"), else the item's."""
        paths = {tuple(g.labels) for g in self.steps}
        return paths.pop() if len(paths) == 1 else tuple(self.item.labels)

    @property
    def labels_by_device(self) -> bool:
        """The path is printed with each device's steps when a device's menus differ."""
        return self.full and any(g.labels != self.item.labels for g in self.steps)

    @property
    def full(self) -> bool:
        """Printed with its steps and help. Items already done, or that do not apply, shrink
        to their heading and the reason, so a personal checklist is mostly what is left."""
        s = self.state
        if self.no_way:  # nothing to switch off there: what to do instead is told instead
            return False
        return s is None or s.recheck or s.state in (TODO, LATER, SKIPPED)

    @property
    def no_way(self) -> bool:
        """There is no way to stop it where the reader lives: neither to do nor done."""
        if self.state is not None:
            return self.state.state == NO_OPT_OUT
        if self.here is not None:
            return self.here.status == NO_OPT_OUT
        return no_way_anywhere(self.item)  # a handout for every region

    @property
    def box(self) -> str:
        """The box printed before the item: ticked when done, a slash when it does not apply
        (an empty box would read as still to do), empty otherwise."""
        if self.ticked:
            return state_mark(DONE)
        if self.no_way:
            return state_mark(NO_OPT_OUT)
        return state_mark(NOT_APPLICABLE if self.not_applicable else TODO)

    @property
    def not_applicable(self) -> bool:
        return self.state is not None and self.state.state == NOT_APPLICABLE

    @property
    def ticked(self) -> bool:
        return self.state is not None and self.state.state == DONE and not self.state.recheck


class GuideChecklist(NamedTuple):
    guide: Guide
    country: str | None
    country_name: str | None
    surfaces: tuple[str, ...]
    on: dt.date
    items: tuple[ChecklistItem, ...]
    sources: tuple[Source, ...]  # every source the items cite, in the guide's order


class ChecklistDocument(NamedTuple):
    blank: bool
    on: dt.date
    guides: tuple[GuideChecklist, ...]
    version: str
    workshop: str = ""  # a workshop's title: the handout says which session it belongs to


def _region_line(region: str, outcome: Outcome, answer: str, for_reader: bool = False
                 ) -> RegionLine:
    return RegionLine(region, outcome.status, outcome.since, outcome.reason, outcome.sources,
                      for_reader, answer)


def build_guide(inp: ChecklistInput, regions: RegionTable, blank: bool) -> GuideChecklist:
    guide = inp.guide
    items = []
    cited: set[str] = set()
    explained: set[str] = set()  # legal words already explained on this guide's pages
    for number, item in enumerate(guide.ordered_items(), 1):
        here = None
        if inp.country:
            outcome = item_report(item, inp.country, inp.on, regions).outcome
            assert outcome is not None  # a country always gets an answer, if only "unknown"
            answer = outcome_to_you(outcome, regions.name(inp.country), guide.platform, inp.on)
            if blank:  # a handout is read by anyone, not only by someone living there
                answer = outcome_for_regions([regions.name(inp.country)], outcome)
            here = _region_line(f"{regions.name(inp.country)} ({inp.country})", outcome, answer,
                                not blank)
        rows: tuple[RegionLine, ...] = ()
        if blank or not inp.country:  # a handout always has the table: it travels
            rows = tuple(_region_line(r.region, r.outcome, outcome_for_regions([r.region],
                                                                                r.outcome))
                         for r in item_report(item, None, inp.on, regions).by_region)
        steps = {s: item.steps[s] for s in inp.surfaces if item.steps.get(s)}
        groups = tuple(StepGroup(h, tuple(st), item.labels_on(s),
                                 group_caveats(guide, item, s, steps))
                       for s, h, st in step_groups(steps, item.mobile_same,
                                                   item.android_assumed))
        state = None if blank else inp.states.get(item.id, ItemState())
        # a handout may be read anywhere, on any device: every reason; else what can concern
        # this reader, on the devices they chose
        concerns = (item.help if blank else item.help_for(
            inp.surfaces, regions.groups_of(inp.country) if inp.country else None))
        link = item.open_link
        no_way_here = here is not None and here.status == NO_OPT_OUT
        facts = item_facts(guide, item, instead=no_way_here or any(
            r.status == NO_OPT_OUT for r in rows))
        entry = ChecklistItem(number, item, item.id == guide.main_item, state, here, rows,
                              groups, link,
                              bool(link) and qr_problem(link, guide.domains) is None, facts,
                              checked_line(item.verified, inp.on, guide.platform, "page"),
                              concerns)
        if not entry.full and not entry.no_way:  # done or not applicable: the table is noise
            entry = entry._replace(by_region=())
        read = [item.title, item.summary, *([here.reason] if here else []),
                *(r.reason for r in entry.by_region), *(concerns if entry.full else ())]
        entry = entry._replace(notes=tuple(new_terms(read, explained)))
        items.append(entry)
        rows = entry.by_region
        cited |= set(item.sources) | set(local_label_sources(item))
        for line in ([here] if here else []) + list(rows):
            cited |= set(line.sources)
    sources = tuple(src for sid, src in guide.sources.items() if sid in cited)
    name = regions.name(inp.country) if inp.country else None
    return GuideChecklist(guide, inp.country, name, inp.surfaces, inp.on, tuple(items), sources)


def group_caveats(guide: Guide, item: Item, surface: str, steps: Mapping[str, object]
                   ) -> tuple[str, ...]:
    """The one-source caveats for a group of steps: the iPhone's group stands for Android too
    when the item gives one path for both phones."""
    covers = [surface]
    if surface == "ios" and item.mobile_same and "android" in steps:
        covers.append("android")
    return tuple(c for c in (steps_caveat(guide, item, s) for s in covers) if c)


def build_document(inputs: Sequence[ChecklistInput], regions: RegionTable, blank: bool,
                   on: dt.date, workshop: str = "") -> ChecklistDocument:
    from checkup import __version__

    guides = tuple(build_guide(i, regions, blank) for i in inputs)
    return ChecklistDocument(blank, on, guides, __version__, workshop)


# --- Sentences every format prints the same way ------------------------------------------------

# A sentence already ends here: at a full stop, question or exclamation mark or ellipsis,
# perhaps inside a closing quote or bracket.
_ENDED = re.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*$")


def full_stop(sentence: str) -> str:
    """The sentence ended once: reasons (a guide's, or one typed in) often end in their own."""
    sentence = sentence.rstrip()
    return sentence if _ENDED.search(sentence) else sentence + "."


def state_sentence(state: ItemState, kind: str = TASK) -> str:
    """What the person recorded, in one sentence, a done item in its own terms: 'Switched off
    on 2026-11-20.', 'Sent on ...', 'Done on ...'."""
    day = state.changed.isoformat() if state.changed else None
    if state.recheck:
        if day:
            return _("Done on {date}, but the guide has changed since: check it again."
                     ).format(date=day)
        return _("Done, but the guide has changed since: check it again.")
    if state.state == LATER:
        if day:
            return _("Put off for later on {date}: still to do.").format(date=day)
        return _("Put off for later: still to do.")
    words = done_heading(kind) if state.state == DONE else state_heading(state.state)
    if state.state == TODO:
        day = None
    if day and state.reason:
        said = _("{state} on {date}: {reason}").format(state=words, date=day,
                                                        reason=state.reason)
    elif day:
        said = _("{state} on {date}").format(state=words, date=day)
    elif state.reason:
        said = _("{state}: {reason}").format(state=words, reason=state.reason)
    else:
        said = words
    return full_stop(said)


def region_sentence(line: RegionLine) -> str:
    """'Yes, this applies to you: it has applied where you live (Germany) since 3 November
    2025.', or for a row of the table 'Canada: this applies, since 3 November 2025.'"""
    return line.answer


def since_text(line: RegionLine) -> str:
    """The table's "Since" cell."""
    return long_date(line.since) if line.since else _("always")


def labels_sentence(item: Item, labels: Sequence[str] | None = None) -> str:
    """The item's labels to look for, or `labels` (one device's path) in the item's manner."""
    from checkup.words.report import labels_text

    return labels_text(item.labels if labels is None else labels, item.labels_path)


def copy_sentence(src: Source) -> str:
    """Where a source's text was read when that was a stored copy; its address follows."""
    return _("Read on a stored copy:") if src.read_at else ""


def sources_sentence(ids: Sequence[str]) -> str:
    return _("Sources: {ids}.").format(ids=", ".join(ids)) if ids else ""


def source_text(src: Source) -> str:
    """A citation without its URL (printed after it, never as a link)."""
    return _("{id}: {title} ({date}; read {accessed})").format(
        id=src.id, title=src.title, date=src.date, accessed=src.accessed.isoformat())


def for_whom(doc: ChecklistDocument, g: GuideChecklist) -> str:
    """The line under the title: who the checklist is for and on what day."""
    devices = ", ".join(_(SURFACE_NAMES[s]) for s in g.surfaces)
    day = g.on.isoformat()
    if doc.blank and g.country:
        return _("A checklist for anyone, for {country} ({code}), as of {date}. Devices: "
                 "{devices}.").format(country=g.country_name, code=g.country, date=day,
                                      devices=devices)
    if doc.blank:
        return _("A checklist for anyone, for every region, as of {date}. Devices: {devices}."
                 ).format(date=day, devices=devices)
    if g.country:
        return _("Your checklist in {country} ({code}), as of {date}. Devices: {devices}."
                 ).format(country=g.country_name, code=g.country, date=day, devices=devices)
    return _("Your checklist (no region chosen: see where each item applies), as of {date}. "
             "Devices: {devices}.").format(date=day, devices=devices)


def workshop_line(doc: ChecklistDocument) -> str:
    """The first line of a workshop's handout: the title the presenter shows on its first
    screen, so attendees know the paper belongs to the session. Empty for any other checklist."""
    return _("Workshop handout: {title}").format(title=doc.workshop) if doc.workshop else ""


def verified_sentence(g: GuideChecklist) -> str:
    return _("Guide verified {date} (revision {revision}).").format(
        date=g.guide.verified.isoformat(), revision=g.guide.revision)


# How to use the checklist, for what each format holds: only the HTML has QR codes; a Markdown
# file's links open with a click; plain text has addresses to type or copy. Each is one whole
# text for a translator; how_to_use() translates it.
HOW_TO_USE: dict[str, str] = {
    "html": N_("Tick each box when you have done it. Each item has a direct link; scan its QR "
               "code with your phone's camera to open it there, and check that the phone shows "
               "the same web address before you sign in. Nothing here asks for a password: only "
               "ever type it into the platform's own app or website."),
    "md": N_("Tick each box when you have done it. Each item has a direct link to the setting: "
             "open it, and check that your browser shows the same web address before you sign "
             "in. Nothing here asks for a password: only ever type it into the platform's own "
             "app or website."),
    "txt": N_("Tick each [ ] when you have done it. Each item has the web address of the setting "
              "on a line of its own: type or copy it into your web browser, and check that your "
              "browser shows the same address before you sign in. Nothing here asks for a "
              "password: only ever type it into the platform's own app or website."),
}


def how_to_use(fmt: str) -> str:
    return _(HOW_TO_USE[fmt])
