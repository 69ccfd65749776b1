"""What each stage shows a person, as plain rows both views draw: the Textual wizard lays them
out on a screen, plain mode says them line by line. Nothing here draws or prints; what an item's
rows say, which items a summary lists and in what state, and which country is offered first are
decided here, once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from checkup.guides.freshness import checked_line
from checkup.guides.model import SWITCH
from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED, TODO
from checkup.session import stages
from checkup.session.flow import Position, Task
from checkup.session.stages import related_left
from checkup.session.welcome import (  # noqa: F401 - the views of every screen, in one place
    WelcomeView,
    device_name,
    platform_names,
    welcome_view,
)
from checkup.support.dates import long_date
from checkup.support.i18n import _, ngettext
from checkup.words.answers import (
    HistoryLine,
    history,
    history_everywhere,
    outcome_for_regions,
    outcome_to_you,
)
from checkup.words.caveats import (
    HELP_PAGE,
    default_line,
    labels_caveat,
    link_caveat,
    signal_note,
    steps_caveat,
)
from checkup.words.finishing import (
    ANSWER_BACK,
    ANSWER_CANT_FIND,
    ANSWER_DONE,
    ANSWER_KEEP,
    ANSWER_LATER,
    ANSWER_SKIP,
    BACK_ANSWER,
    CANT_FIND_ANSWER,
    CHECKPOINT_GO_ON,
    CHECKPOINT_STOP,
    CHECKPOINT_TITLE,
    KEEP_ANSWER,
    LATER_ANSWER,
    SKIP_ANSWER,
    done_word,
    main_done_line,
    question,
    time_for,
    yes_answer,
)
from checkup.words.glossary import new_terms
from checkup.words.languages import guide_language_note, item_language_note
from checkup.words.report import ANDROID_ASSUMED, alike_regions
from checkup.words.states import state_word
from checkup.words.wording import (
    ALL_DONE,
    ALL_DONE_MORE,
    CANT_FIND_SKIP,
    LINK_FIRST,
    LINK_ONLY,
    PHONE_HINT,
    SO_FAR,
    SUMMARY_MARKS,
    all_done,
    counts_line,
    items_left,
    next_steps,
    some_names,
    status_words,
)

if TYPE_CHECKING:
    from checkup.session.session import Session


MENTIONS_LINK = re.compile(r"\blink\b", re.IGNORECASE)


# -- region ----------------------------------------------------------------------------------
class Suggestion(NamedTuple):
    """The answer offered first to "Where do you live?": the last answer (a country, or None
    for "prefer not to say"), else the country the system's settings name, else not saying."""

    code: str | None
    from_system: bool = False
    last_time: bool = False


def suggested_region(session: Session, system_country: str | None) -> Suggestion:
    if session.country_chosen:
        return Suggestion(session.country, last_time=True)
    if system_country in session.regions.countries:
        return Suggestion(system_country, from_system=True)
    return Suggestion(None)


# -- what applies ----------------------------------------------------------------------------
class SourceRow(NamedTuple):
    title: str
    date: str
    url: str
    read_at: str  # the stored copy actually read, "" when none: text only, never a link


class OutcomeRow(NamedTuple):
    """One item: for a country, its status, since when and why; for "prefer not to say", one
    answer per group of regions alike."""

    title: str
    is_main: bool
    for_country: bool  # one answer for the person's country, rather than one per region group
    status: str | None
    answer: str  # "Yes, this applies to you: ..." for a country; "" with one answer per region
    reason: str
    regions: tuple[tuple[str, str], ...]  # (answer for these regions, why)
    sources: tuple[SourceRow, ...]
    history: tuple[HistoryLine, ...] = ()  # the answers over time, shown on request
    notes: tuple[str, ...] = ()  # what a legal word used above means, where it first appears
    audience: str = ""  # whom the item is for
    platform: str = ""  # the service, so a list of several services says whose item it is
    # Where there is no way to stop it (for the person's country, or for any region shown):
    instead: tuple[str, ...] = ()  # what a person can do instead
    instead_does_not: tuple[str, ...] = ()  # and what that does not undo
    service: str = ""  # the service it belongs to, said above its first item when several


class OutcomeView(NamedTuple):
    where: str  # "Germany (DE)" or every region
    on: str  # the day the rules are read for
    rows: tuple[OutcomeRow, ...]
    left: str  # how much there is to do, as a sentence


def _sources(task: Task, ids: tuple[str, ...]) -> tuple[SourceRow, ...]:
    return tuple(SourceRow(s.title, s.date, s.url, s.read_at or "")
                 for s in (task.guide.sources.get(i) for i in ids) if s)


def where_text(session: Session) -> str:
    if session.country:
        return _("{country} ({code})").format(country=session.regions.name(session.country),
                                               code=session.country)
    return _("every region (you preferred not to say)")


def your_answer(session: Session, task: Task) -> str:
    """The answer for the person's country in a sentence; "" when they did not say."""
    rep = task.report
    if not (rep.outcome and session.country):
        return ""
    return outcome_to_you(rep.outcome, session.regions.name(session.country),
                          task.guide.platform, session.plan.on)


def service_heading(session: Session, task: Task) -> str:
    """The service's name above its first item, when there are several; "" otherwise."""
    first = task.guide.ordered_items()[0]
    return task.guide.platform if len(session.guides) > 1 and task.item is first else ""


def outcome_view(session: Session) -> OutcomeView:
    plan = session.plan
    rows = []
    explained: set[str] = set()
    for task in plan.tasks:
        rep = task.report
        if rep.outcome and session.country:
            past = history(task.item, session.country, task.guide.platform, plan.on,
                           session.regions)
            notes = new_terms([task.item.title, rep.outcome.reason], explained)
            no_way = task.no_way
            rows.append(OutcomeRow(task.item.title, task.is_main, True, rep.status,
                                   your_answer(session, task), rep.outcome.reason, (),
                                   _sources(task, rep.outcome.sources), past, tuple(notes),
                                   task.item.audience, task.guide.platform,
                                   task.item.instead if no_way else (),
                                   task.item.instead_does_not if no_way else (),
                                   service=service_heading(session, task)))
        else:
            regions = tuple((outcome_for_regions(names, o), o.reason)
                            for names, o in alike_regions(rep.by_region))
            notes = new_terms([task.item.title, *(why for _answer, why in regions)], explained)
            rows.append(OutcomeRow(task.item.title, task.is_main, False, None, "", "", regions,
                                   _sources(task, rep.source_ids()),
                                   history_everywhere(task.item, plan.on, session.regions),
                                   tuple(notes), task.item.audience, task.guide.platform,
                                   task.item.instead, task.item.instead_does_not,
                                   service=service_heading(session, task)))
    return OutcomeView(where_text(session), long_date(plan.on), tuple(rows),
                       items_left(session))


# -- a step ----------------------------------------------------------------------------------
class StepView(NamedTuple):
    pos: Position  # on this device's steps
    surface: str
    title: str
    platform: str
    kind: str  # "main setting" or "related"
    item_number: int
    items: int
    step_number: int
    steps: int
    device: str
    switch_to: str | None  # the device v shows, None with one device
    text: str
    labels: tuple[str, ...]  # to look for on this device; none where it is done elsewhere
    labels_path: bool  # a menu path rather than separate things
    android_note: str
    link: str
    link_first: str  # said before the link: on a computer it comes before the menu path
    mentions_link: bool  # the step speaks of "the link"
    phone_hint: str  # for phones: how to get the link there
    status: str | None
    answer: str  # whether it applies, in a sentence ("" when no country was given)
    why: str  # why it applies, or what the item is
    notes: tuple[str, ...]  # what a legal word in `why` means
    first_step: bool
    done_items: int  # items confirmed done: the checkup's one measure of progress
    checked: str  # how fresh the steps are, and where the help is in this view
    recorded: str  # what the person recorded for this item before, as a sentence; "" if nothing
    does_not: tuple[str, ...]  # what the item does not do: said at its first step, before it
    undo_warning: str  # at the step that cannot be undone, and at the item's first step
    # What is not settled, said beside it (checkup.words.caveats); "" when nothing is.
    audience: str = ""  # whom the item is for, with the answer
    default: str = ""  # whether the switch starts on (switches only)
    signal: str = ""  # a setting that only asks outside firms, which may ignore it
    labels_caveat: str = ""  # the names to look for rest on one source
    steps_caveat: str = ""  # this device's steps rest on one source
    unverified_link: str = ""  # a settings link only one source gives: text, never opened
    link_caveat: str = ""
    link_name: str = ""  # what `link` is, said before it: the direct link, or a help page
    language_note: str = ""  # part of the item is in English in this language: at its first step


def step_view(session: Session, pos: Position, surface: str, view: str) -> StepView:
    """The step at `pos` on `surface`; `view` ("wizard" or "plain") words where the help is."""
    plan = session.plan
    task = plan.todo[pos.task]
    item = task.item
    steps = item.steps[surface]
    pos = Position(pos.task, min(pos.step, len(steps) - 1))
    text = steps[pos.step]
    rep = task.report
    undo = item.cannot_undo
    first = pos.step == 0
    why = rep.outcome.reason if rep.outcome else item.summary
    switch_to = plan.next_surface(surface)
    guide = task.guide
    return StepView(
        pos=pos, surface=surface, title=item.title, platform=task.guide.platform,
        kind=_("main setting") if task.is_main else _("related"),
        item_number=pos.task + 1, items=len(plan.todo),
        step_number=pos.step + 1, steps=len(steps), device=device_name(surface),
        switch_to=device_name(switch_to) if switch_to else None,
        text=text, labels=item.labels_on(surface), labels_path=item.labels_path,
        android_note=ANDROID_ASSUMED if surface == "android" and item.android_assumed else "",
        link=item.open_link, mentions_link=bool(MENTIONS_LINK.search(text)) and bool(
            item.open_link),
        link_first=link_intro(task, surface),
        phone_hint=_(PHONE_HINT) if surface != "desktop" and item.open_link else "",
        status=rep.status, answer=your_answer(session, task), why=why,
        notes=tuple(new_terms([item.title, why], set())),
        first_step=first, done_items=session.counts()[DONE],
        checked=checked_line(item.verified, plan.on, task.guide.platform, view),
        recorded=recorded_line(session, task), does_not=item.does_not if first else (),
        undo_warning=undo.warning if undo and (first or undo.step == pos.step) else "",
        audience=item.audience if first else "",
        default=default_line(guide, item) if first else "",
        signal=signal_note(item), labels_caveat=labels_caveat(guide, item, surface),
        steps_caveat=steps_caveat(guide, item, surface),
        unverified_link=item.unverified_link, link_caveat=link_caveat(guide, item),
        link_name=link_name(task),
        language_note=(item_language_note(item) or guide_language_note(guide)) if first else "")


def link_name(task: Task) -> str:
    """'The direct link:', or the platform's help page when that is the link offered."""
    item = task.item
    if item.open_link and item.open_link != item.link:
        return _(HELP_PAGE).format(platform=task.guide.platform)
    return _("The direct link:")


def link_intro(task: Task, surface: str) -> str:
    """What is said before the link: on a computer, the settings page first; on any device,
    that it is the platform's help page when that is the only link that may be opened (so
    nobody takes it for the setting itself); "" on a phone otherwise (the QR code takes the
    link there) and when there is no link to open."""
    item = task.item
    if not item.open_link:
        return ""
    if item.open_link != item.link:
        return link_name(task)
    if surface != "desktop":
        return ""
    return _(LINK_FIRST if item.labels_on(surface) else LINK_ONLY)


def recorded_line(session: Session, task: Task) -> str:
    """What the person recorded for an item, said when they come back onto it: the record is
    changed only by answering again at the end of the item."""
    state = session.state(task)
    if state == DONE:
        return _("You recorded this as {state}. Moving through the steps changes nothing; "
                 "you can answer again at the end.").format(state=done_word(task.item.kind))
    if state == LATER:
        return _("You put this off for later. It is still on your list.")
    if state == SKIPPED:
        reason = session.reason(task)
        if reason:
            return _("You skipped this ({reason}). Moving through the steps changes nothing; "
                     "you can answer again at the end.").format(reason=reason)
        return _("You skipped this. Moving through the steps changes nothing; you can answer "
                 "again at the end.")
    return ""


# -- the end of an item ----------------------------------------------------------------------
class Answer(NamedTuple):
    answer: str  # an ANSWER_* of checkup.words.finishing
    label: str
    key: str  # the key that gives it in the wizard


class QuestionView(NamedTuple):
    """Asked at the end of an item, in its own terms; no answer is taken by default."""

    title: str
    question: str
    recorded: str  # what was recorded before, "" when nothing
    answers: tuple[Answer, ...]
    then: tuple[str, ...]  # for a request: what happens after it is sent


def question_view(session: Session, pos: Position) -> QuestionView:
    task = session.plan.todo[pos.task]
    item, state = task.item, session.state(task)
    answers = [Answer(ANSWER_DONE, yes_answer(item.kind), "y"),
               Answer(ANSWER_LATER, _(LATER_ANSWER), "l"),
               Answer(ANSWER_SKIP, _(SKIP_ANSWER), "s"),
               Answer(ANSWER_CANT_FIND, _(CANT_FIND_ANSWER), "h")]
    if state in (DONE, LATER, SKIPPED):
        kept = state_name(task, state, brief=True)
        answers.append(Answer(ANSWER_KEEP, _(KEEP_ANSWER).format(state=kept), "k"))
    answers.append(Answer(ANSWER_BACK, _(BACK_ANSWER), "b"))
    return QuestionView(item.title, question(item.kind), recorded_line(session, task),
                        tuple(answers), item.then)


def state_name(task: Task, state: str, brief: bool = False) -> str:
    """An item's state as the summary says it: 'switched off' for a switch that is done;
    `brief`: inside brackets, 'for later' rather than 'for later (to do)'."""
    if state == LATER and brief:
        return _("for later")
    return done_word(task.item.kind) if state == DONE else state_word(state)


# -- after the main item ---------------------------------------------------------------------
class CheckpointView(NamedTuple):
    title: str  # "The important part is done."
    done: str  # what was done, in the item's terms, with the service's name
    offer: str  # the related items and about how long they take
    go_on: str
    stop: str  # the second answer: on to the next service, or stop here
    related: tuple[str, ...] = ()  # the service's related items left, by title
    service: str = ""  # the service whose main item was done
    second: str = stages.STOP  # what `stop` does: stages.NEXT_SERVICE or stages.STOP
    later: str = ""  # the services after it whose main item is left, "" when none


def checkpoint_view(session: Session, finished: Task) -> CheckpointView:
    """After a service's main item is confirmed: its related items as a choice, and the next
    service (or, when no service's main item is left, stopping here)."""
    at = session.plan.todo.index(finished)
    left = related_left(session, at)
    platform = finished.guide.platform
    offer = ngettext(
        "{n} related item is left for {platform}; it takes {time}. You can do it now, or stop "
        "here: it stays on your list.",
        "{n} related items are left for {platform}; they take {time}. You can do them now, or "
        "stop here: they stay on your list.", len(left)).format(
            n=len(left), platform=platform, time=time_for([t.item.minutes for t in left]))
    _related, second = stages.checkpoint_choices(session, Position(at + 1, 0))
    go_on = _(CHECKPOINT_GO_ON)
    stop, later = _(CHECKPOINT_STOP), ""
    if second == stages.NEXT_SERVICE:
        ahead = services_ahead(session, at)
        offer = ngettext(
            "{n} related item is left for {platform}; it takes {time}. You can do it now, or "
            "go on to the next service: it stays on your list.",
            "{n} related items are left for {platform}; they take {time}. You can do them now, "
            "or go on to the next service: they stay on your list.", len(left)).format(
                n=len(left), platform=platform, time=time_for([t.item.minutes for t in left]))
        go_on = _("Related items for {platform}").format(platform=platform)
        stop = _("Next service: {platform}").format(platform=ahead[0])
        later = _("Still to come: {names}.").format(names=some_names(ahead))
    elif len(session.guides) > 1:
        go_on = _("Related items for {platform}").format(platform=platform)
    done = main_done_line(finished.item.kind, finished.item.title)
    if len(session.guides) > 1:
        done = _("{platform}: {done}").format(platform=platform, done=done)
    return CheckpointView(_(CHECKPOINT_TITLE), done, offer, go_on, stop,
                          tuple(t.item.title for t in left), platform, second, later)


def services_ahead(session: Session, task_at: int) -> list[str]:
    """The services left after the one of `task_at` (stages.services_left), by name."""
    todo = session.plan.todo
    return [todo[n].guide.platform for n in stages.services_left(session, task_at)]


# -- "I can't find it" ------------------------------------------------------------------------
class CantFindView(NamedTuple):
    title: str
    answer: str  # whether it applies where the person lives
    device: str  # the device they are looking on
    link: str
    link_name: str  # what the link is: the direct link, or a help page
    reasons: tuple[str, ...]  # only those that can apply to this person, on this device
    notes: tuple[str, ...]  # what a legal word in the reasons means
    skip: str


def cant_find_view(session: Session, task: Task, surface: str) -> CantFindView:
    """Speaks to this person: their region's answer and their device first, then the guide's
    reasons that can concern them (by each reason's own devices and regions)."""
    item = task.item
    groups = session.regions.groups_of(session.country) if session.country else None
    reasons = item.help_for([surface], groups)
    answer = your_answer(session, task) or status_words(task.report.status)
    return CantFindView(
        title=_("Can't find it? {item}").format(item=item.title), answer=answer,
        device=_("You are looking on: {device}.").format(device=device_name(surface)),
        link=item.open_link, link_name=link_name(task), reasons=reasons,
        notes=tuple(new_terms(reasons, set())),
        skip=_(CANT_FIND_SKIP))


# -- the summary -----------------------------------------------------------------------------
class SummaryRow(NamedTuple):
    mark: str  # "[x]", "[-]", "[/]", "[ ]"
    title: str
    word: str  # switched off, sent, done, for later, skipped, not applicable, to do
    state: str
    reason: str  # why skipped or not applicable; "" otherwise
    then: tuple[str, ...] = ()  # for a request sent: what happens next
    platform: str = ""  # the service the item is of
    instead: tuple[str, ...] = ()  # no way to stop it here: what a person can do instead
    instead_does_not: tuple[str, ...] = ()


class SummaryGroup(NamedTuple):
    """One service's rows, under its name."""

    service: str
    rows: tuple[SummaryRow, ...]


class SummaryView(NamedTuple):
    all_done: bool
    heading: str
    more: str  # said under the heading when all is done
    counts: str
    rows: tuple[SummaryRow, ...]
    does_not: tuple[str, ...]  # what switching the main setting off does not do, once it is off
    next: tuple[str, ...]  # what to do after the checkup
    where_kept: str  # where the answers are recorded
    asks_to_finish: bool  # something is left, so going back to it is offered
    groups: tuple[SummaryGroup, ...] = ()  # the rows by service, in the checkup's order
    by_service: bool = False  # several services: each group is shown under its name


def summary_view(session: Session) -> SummaryView:
    plan, counts = session.plan, session.counts()
    rows = []
    by_guide: dict[str, list[SummaryRow]] = {}
    for task in plan.tasks:
        state = NOT_APPLICABLE if task.not_offered else session.state(task)
        state = state if state in SUMMARY_MARKS else TODO
        reason = session.reason(task) if state in (SKIPPED, NOT_APPLICABLE) else ""
        then = task.item.then if state == DONE else ()
        no_way = task.no_way
        row = SummaryRow(SUMMARY_MARKS[state], task.item.title, state_name(task, state), state,
                         reason, then, task.guide.platform,
                         task.item.instead if no_way else (),
                         task.item.instead_does_not if no_way else ())
        rows.append(row)
        by_guide.setdefault(task.guide.id, []).append(row)
    groups = tuple(SummaryGroup(g.platform, tuple(by_guide[g.id])) for g in session.guides
                   if g.id in by_guide)
    finished = all_done(counts)
    switched_off = [t for t in plan.tasks if t.is_main and t.item.kind == SWITCH
                    and not t.not_offered and session.state(t) == DONE]
    return SummaryView(
        all_done=finished, heading=_(ALL_DONE) if finished else _(SO_FAR),
        more=_(ALL_DONE_MORE) if finished else "", counts=counts_line(counts), rows=tuple(rows),
        does_not=tuple(line for t in switched_off for line in t.item.does_not),
        next=tuple(next_steps(counts, session.recorder.keeps_progress())),
        where_kept=session.recorder.describe(),
        asks_to_finish=bool(plan.todo) and not finished, groups=groups,
        by_service=len(groups) > 1)
