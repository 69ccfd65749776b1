"""How a person is asked about an item at its end, in the item's own terms, and how each answer
is said afterwards: one row per kind of item (a switch, a request, anything else), used by the
wizard, plain mode, the summary and `status`.

A switch is asked "Does it now read Off?", a form "Did you send it?": what the person confirms is
what they can see on their screen, so "done" in the record means what they saw."""

from __future__ import annotations

from typing import NamedTuple

from checkup.guides.model import REQUEST, SIGNAL, SWITCH, TASK
from checkup.support.i18n import N_, _, ngettext

# The answers at the end of an item; each records what it says, and none is taken by default.
ANSWER_DONE, ANSWER_LATER, ANSWER_SKIP, ANSWER_CANT_FIND, ANSWER_KEEP, ANSWER_BACK = (
    "done", "later", "skip", "cant_find", "keep", "back")


class KindWords(NamedTuple):
    question: str  # asked at the end of the item
    yes: str  # the answer that records it done
    done: str  # the summary's word for a done item of this kind
    done_heading: str  # the same at the start of a line


KIND_WORDS: dict[str, KindWords] = {
    SWITCH: KindWords(N_("Does it now read Off?"), N_("Yes, it reads Off"),
                      N_("switched off"), N_("Switched off")),
    REQUEST: KindWords(N_("Did you send it?"), N_("Yes, I sent it"), N_("sent"), N_("Sent")),
    # A signal only asks outside firms: "set", never "stopped".
    SIGNAL: KindWords(N_("Is it set now?"), N_("Yes, it is set"), N_("set"), N_("Set")),
    TASK: KindWords(N_("Have you done it?"), N_("Yes, done"), N_("done"), N_("Done")),
}

LATER_ANSWER = N_("Not yet: I'll do it later")
SKIP_ANSWER = N_("Skip it (you say why)")
CANT_FIND_ANSWER = N_("I can't find it")
BACK_ANSWER = N_("Back to the steps")
KEEP_ANSWER = N_("Leave it as it is ({state})")
THEN_TITLE = N_("What happens next:")
LATER_SAID = N_("For later: {item}. It stays on your list.")
KEPT_SAID = N_("Left as it was: {item} ({state}).")

CONFIRM_QUESTION = N_("The next step cannot be undone. Do you mean to do it?")
CONFIRM_YES = N_("Yes, I mean it: show me the step")
CONFIRM_NO = N_("No, leave that step out")

CHECKPOINT_TITLE = N_("The important part is done.")
CHECKPOINT_GO_ON = N_("Go on to the related items")
CHECKPOINT_STOP = N_("Stop here")


def kind_words(kind: str) -> KindWords:
    return KIND_WORDS.get(kind, KIND_WORDS[TASK])


def question(kind: str) -> str:
    return _(kind_words(kind).question)


def yes_answer(kind: str) -> str:
    return _(kind_words(kind).yes)


def done_word(kind: str) -> str:
    """'switched off', 'sent' or 'done'."""
    return _(kind_words(kind).done)


def done_heading(kind: str) -> str:
    return _(kind_words(kind).done_heading)


def main_done_line(kind: str, item: str) -> str:
    """Said when the main item is confirmed: what was done, in its own terms."""
    if kind == SWITCH:
        return _("{item}: switched off.").format(item=item)
    if kind == REQUEST:
        return _("{item}: sent.").format(item=item)
    return _("{item}: done.").format(item=item)


def time_for(minutes: list[int]) -> str:
    """How long items take, from each one's time in its guide (0: not given)."""
    return time_estimate(sum(minutes), minutes.count(0))


def time_estimate(minutes: int, unknown: int) -> str:
    """'about 10 minutes', from the guide's times; 'at least' when some item has none."""
    if not minutes:
        return _("time not known")
    if unknown:
        return ngettext("at least {n} minute", "at least {n} minutes", minutes).format(n=minutes)
    return ngettext("about {n} minute", "about {n} minutes", minutes).format(n=minutes)
