"""The words for a rule's status, one row per status, used by every view: the wizard, plain
mode, `show`, the exports and the presenter say a status only through this table.

The table keeps the English (marked with N_ for the catalogue); the functions below translate a
row's words when they are shown."""

from __future__ import annotations

from typing import NamedTuple

from checkup.guides.model import (
    APPLIES,
    NO_OPT_OUT,
    NOT_OFFERED,
    NOT_STATED,
    NOT_USED,
    PAUSED,
    UNKNOWN,
)
from checkup.support.i18n import N_, _


class StatusWords(NamedTuple):
    title: str  # a heading for the reader's own region: "Applies to you"
    short: str  # said after the title, "" when the title says it all
    advice: str  # what it asks of the reader in their region, in a sentence about the item
    meaning: str  # what it means for people there, in a table read by anyone
    there: str  # a region's status in a sentence about that region: "Canada: applies"
    presenter: str  # on the room's screen, one whole sentence: "Applies in {region}"


STATUS_WORDS: dict[str, StatusWords] = {
    APPLIES: StatusWords(
        title=N_("Applies to you"),
        short="",
        advice=N_("this is for you"),
        meaning=N_("offered there: do it"),
        there=N_("this applies"),
        presenter=N_("Applies in {region}"),
    ),
    NOT_OFFERED: StatusWords(
        title=N_("Not offered where you live"),
        short=N_("nothing to do"),
        advice=N_("not offered there: nothing to do"),
        meaning=N_("not offered there: nothing to do"),
        there=N_("not offered"),
        presenter=N_("Not offered in {region}"),
    ),
    PAUSED: StatusWords(
        title=N_("Paused by a regulator"),
        short=N_("do it anyway if you see the setting"),
        advice=N_("paused by a regulator: do it anyway if you see the setting"),
        meaning=N_("paused there by a regulator: do it anyway if the setting shows"),
        there=N_("paused by a regulator"),
        presenter=N_("Paused by a regulator in {region}"),
    ),
    NOT_STATED: StatusWords(
        title=N_("Not known where you live"),
        short=N_("the sources don't say; do it if you see the setting"),
        advice=N_("the sources don't say whether this applies here: if you see the setting, "
                  "switch it off"),
        meaning=N_("the sources don't say for there: do it if the setting shows"),
        there=N_("the sources don't say"),
        presenter=N_("Sources don't say, in {region}"),
    ),
    NO_OPT_OUT: StatusWords(
        title=N_("No way to stop it where you live"),
        short=N_("see what you can do instead"),
        advice=N_("done there with no way to stop it: see what you can do instead"),
        meaning=N_("done there with no way to stop it: see what you can do instead"),
        there=N_("no way to stop it"),
        presenter=N_("No way to stop it in {region}"),
    ),
    NOT_USED: StatusWords(
        title=N_("Not done where you live"),
        short=N_("nothing to do"),
        advice=N_("not done there: nothing to do"),
        meaning=N_("not done there: nothing to do"),
        there=N_("not done"),
        presenter=N_("Not done in {region}"),
    ),
    UNKNOWN: StatusWords(
        title=N_("Not known for this date"),
        short=N_("the guide has no answer for this date"),
        advice=N_("the guide has no answer for this date"),
        meaning=N_("the guide has no answer for this date"),
        there=N_("no answer for this date"),
        presenter=N_("No answer for this date in {region}"),
    ),
}

# No region chosen: the answer depends on where the person lives.
NO_REGION_TITLE = N_("Depends on where you live")
NO_REGION_SHORT = N_("do it if you see the setting")


def _word(status: str | None, field: str) -> str:
    row = STATUS_WORDS.get(status or "")
    text = getattr(row, field) if row else ""
    return _(text) if text else ""


def status_title(status: str | None) -> str:
    """'Applies to you'; a status no row knows is shown as itself."""
    if status is None:
        return _(NO_REGION_TITLE)
    return _word(status, "title") or status


def status_short(status: str | None) -> str:
    return _(NO_REGION_SHORT) if status is None else _word(status, "short")


def status_advice(status: str) -> str:
    return _word(status, "advice") or status


def status_meaning(status: str) -> str:
    return _word(status, "meaning") or status


def status_there(status: str) -> str:
    return _word(status, "there") or status


def status_words(status: str | None) -> str:
    """'Applies to you', 'Not offered where you live: nothing to do', ..."""
    title, short = status_title(status), status_short(status)
    return _("{title}: {advice}").format(title=title, advice=short) if short else title
