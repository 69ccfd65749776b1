"""The one way a day is written for a person to read: "3 November 2025". ISO dates stay in JSON
and file names, for scripts; every sentence says a day through long_date, so a language can
order the day, the month and the year its own way."""

from __future__ import annotations

import datetime as dt

from checkup.support.cldr import day_in_language
from checkup.support.i18n import N_, _

MONTHS: tuple[str, ...] = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)


def long_date(day: dt.date) -> str:
    """'3 November 2025'; in another language as CLDR writes a day there ('3 listopada 2025':
    Polish months take the form a date needs, which a translated month name alone would not)."""
    if in_language := day_in_language(day):
        return in_language
    return _("{day} {month} {year}").format(day=day.day, month=_(MONTHS[day.month - 1]),
                                            year=day.year)
