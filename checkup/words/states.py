"""The words for an item's state (done, skipped, not applicable, to do), one row per state, used
by every view: the summary, `status`, `mark` and the printed checklist.

The state names themselves are the profile's (profile.model); the table keeps the English
(marked with N_) and the functions translate it when shown."""

from __future__ import annotations

from typing import NamedTuple

from checkup.guides.model import NO_OPT_OUT
from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED, TODO
from checkup.support.i18n import N_, _


class StateWords(NamedTuple):
    word: str  # in a sentence or a list: "not applicable"
    heading: str  # at the start of a line: "Not applicable"
    mark: str  # the box printed before it: "[x]"; not words, never translated


STATE_TABLE: dict[str, StateWords] = {
    DONE: StateWords(N_("done"), N_("Done"), "[x]"),
    SKIPPED: StateWords(N_("skipped"), N_("Skipped"), "[-]"),
    # Not an empty box: that reads as something still to do.
    NOT_APPLICABLE: StateWords(N_("not applicable"), N_("Not applicable"), "[/]"),
    TODO: StateWords(N_("to do"), N_("To do"), "[ ]"),
    LATER: StateWords(N_("for later (to do)"), N_("For later"), "[ ]"),
    # Never recorded: the region rules say so on the day. Neither to do nor done.
    NO_OPT_OUT: StateWords(N_("no way to stop it here"), N_("No way to stop it here"), "[~]"),
}

# The states as typed on a command line (`checkup mark ... STATE`), in the order offered.
STATE_CHOICES: tuple[str, ...] = (DONE, LATER, SKIPPED, NOT_APPLICABLE, TODO)


def state_word(state: str) -> str:
    """'not applicable'; a state no row knows is shown as itself."""
    row = STATE_TABLE.get(state)
    return _(row.word) if row else state


def state_heading(state: str) -> str:
    row = STATE_TABLE.get(state)
    return _(row.heading) if row else state


def state_mark(state: str) -> str:
    row = STATE_TABLE.get(state)
    return row.mark if row else STATE_TABLE[TODO].mark
