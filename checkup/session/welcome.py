"""What the welcome screen says, in both views: kept apart from the other screens' views so
the first screen a person sees does not wait for the rest of them to be built."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from checkup.guides.model import SURFACE_NAMES
from checkup.profile.model import DONE, LATER, SKIPPED, TODO
from checkup.support.i18n import _, ngettext
from checkup.words.finishing import time_for
from checkup.words.languages import unreviewed_note
from checkup.words.wording import some_names, welcome_paragraphs

if TYPE_CHECKING:
    from checkup.session.session import Session


def device_name(surface: str) -> str:
    """'iPhone', 'Desktop web': a device as a person reads it, in the language in use."""
    return _(SURFACE_NAMES[surface]) if surface in SURFACE_NAMES else surface


# -- welcome ---------------------------------------------------------------------------------
class WelcomeView(NamedTuple):
    platforms: str  # the guides covered, as one phrase
    in_progress: bool  # a checkup to resume
    resume_to: str  # where resuming leads, as a sentence ("" when it leads to the steps' start)
    last_time: str  # what was recorded last time, as a sentence ("" the first time)
    main_time: str  # about how long the main settings take ("about 3 minutes")
    related_time: str  # and the related items, if the person wants them
    what: str = ""  # what this is and how long it takes, in paragraphs
    promise: str = ""
    services_line: str = ""  # the services the person picked last time; "" when not asked
    unreviewed: str = ""  # the translation has not been checked by a native speaker


def platform_names(session: Session) -> str:
    """The platforms of the guides gone through, as one phrase ("LinkedIn")."""
    return ", ".join(g.platform for g in session.guides) or _("no guide could be loaded")


def welcome_view(session: Session) -> WelcomeView:
    platforms = platform_names(session)
    in_progress = session.has_work_in_progress()
    resume_to = ""
    pos = session.start_position() if session.ready_for_steps else None
    if in_progress and pos is not None:  # where resuming leads, which is where they stopped
        task, device = session.plan.todo[pos.task], device_name(session.start_surface())
        if len(session.guides) > 1:  # which service it is, among several
            resume_to = _("Resuming takes you to: {item} ({platform}), step {n}, {device}."
                          ).format(item=task.item.title, platform=task.guide.platform,
                                   n=pos.step + 1, device=device)
        else:
            resume_to = _("Resuming takes you to: {item}, step {n}, {device}.").format(
                item=task.item.title, n=pos.step + 1, device=device)
    elif in_progress and not session.services_chosen:
        resume_to = _("Resuming takes you to the question about the services you use.")
    elif in_progress and not session.ready_for_steps:
        resume_to = _("Resuming takes you to the question about your devices.")
    main_time, related_time = times(session)
    timed = any(i.minutes for g in session.guides for i in g.items)  # else no time to say
    what, promise = welcome_paragraphs(len(session.offered), platforms, main_time, related_time,
                                       session.services_chosen and timed, session.asks_guides)
    return WelcomeView(platforms, in_progress, resume_to,
                       last_time_line(session) if in_progress else "", main_time, related_time,
                       what, promise, services_line(session), unreviewed_note())


def services_line(session: Session) -> str:
    """'Last time you picked 3 services: LinkedIn, ChatGPT, Claude.', when the person was asked
    before; "" otherwise."""
    if not (session.asks_guides and session.services_chosen):
        return ""
    names = [g.platform for g in session.guides]
    return ngettext("Last time you picked {n} service: {names}.",
                    "Last time you picked {n} services: {names}.", len(names)).format(
                        n=len(names), names=some_names(names))


def times(session: Session) -> tuple[str, str]:
    """About how long the main items take, and the related ones, from the guides' times."""
    items = [(g.main_item == i.id, i.minutes) for g in session.guides for i in g.ordered_items()]
    return (time_for([m for is_main, m in items if is_main]),
            time_for([m for is_main, m in items if not is_main]))


def last_time_line(session: Session) -> str:
    """'Last time: 1 done, 1 for later, 0 skipped; 3 left to do.', or "" when nothing was
    answered yet."""
    if not session.ready_for_steps:
        return ""
    counts = session.counts()
    if not (counts[DONE] or counts[LATER] or counts[SKIPPED]):
        return ""
    return _("Last time: {done} done, {later} for later, {skipped} skipped; {left} left to do."
             ).format(done=counts[DONE], later=counts[LATER], skipped=counts[SKIPPED],
                      left=counts[TODO])
