"""How old what a guide says is, in words every view shares: when its steps were checked, and
how far its sources reach. Days are written by support.dates.long_date ("23 November 2026"), the
one way every view writes a day for a person."""

from __future__ import annotations

import datetime as dt

from checkup.support.dates import long_date
from checkup.support.i18n import N_, _, ngettext

# Steps checked longer ago than this may no longer match the app a person is looking at.
STALE_AFTER_DAYS = 180

CHECKED = N_("Steps checked against their sources on {checked}.")
KNOWN_TO = N_("That is as far as the sources to {known_to} show.")

# What to do when a step no longer matches, said the way each view offers its help.
HELP_HINT: dict[str, str] = {
    "wizard": N_("If a step does not match what you see, press h (\"I can't find it\")."),
    "plain": N_("If a step does not match what you see, type h (\"can't find it\")."),
    "page": N_("If a step does not match what you see, read \"If you cannot find it\" for this "
               "item."),
    "presenter": N_("If the room's screens do not match the steps, use \"If they can't find "
                    "it\" below."),
}


def day_text(day: dt.date) -> str:
    """'23 November 2026': no ambiguous 11/12, and the month in the reader's language."""
    return long_date(day)


def age_days(verified: dt.date, today: dt.date) -> int:
    return (today - verified).days


def is_stale(verified: dt.date, today: dt.date, max_age: int = STALE_AFTER_DAYS) -> bool:
    return age_days(verified, today) > max_age


def checked_line(verified: dt.date, today: dt.date, platform: str, view: str) -> str:
    """'Steps checked against their sources on 23 November 2026.', or, when that is long ago,
    that the platform may look different now and where the help is in this view."""
    if not is_stale(verified, today):
        return _(CHECKED).format(checked=day_text(verified))
    days = age_days(verified, today)
    return ngettext("Steps checked against their sources on {checked}, {days} day before "
                    "{today}: {platform} may look different now. {help}",
                    "Steps checked against their sources on {checked}, {days} days before "
                    "{today}: {platform} may look different now. {help}", days).format(
        checked=day_text(verified), days=days, today=day_text(today), platform=platform,
        help=_(HELP_HINT[view]))


def known_to_sentence(known_to: dt.date) -> str:
    """Said after an answer whose newest source is older than the day it is asked for."""
    return _(KNOWN_TO).format(known_to=day_text(known_to))
