"""Parsing the options several commands share: dates, regions, surfaces, guides."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from checkup.guides.loader import LoadResult
from checkup.guides.model import SURFACES, Guide, in_surface_order
from checkup.guides.regions import RegionTable
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import _
from checkup.support.launch import command

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_of_date(text: str) -> dt.date:
    """A day written YYYY-MM-DD, as the help says: fromisoformat alone also takes 20241001 and
    2024-W40, which nobody reading the help would write on purpose."""
    try:
        if not _DAY.fullmatch(text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date like 2026-11-23 (YYYY-MM-DD)").format(text=repr(text))
        ) from None


def add_as_of(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    help = help or _("decide region rules as on this day (default: today)")
    parser.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=help)


def add_guide(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("guide", metavar="GUIDE",
                        help=_("a guide id such as linkedin ({command})").format(
                            command=command("list")))


def add_region(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--region", metavar="CC",
        help=_("your country as a two-letter code (DE, US, GB or UK, ...)")
    )


def add_surface(parser: argparse.ArgumentParser, many: bool = False) -> None:
    parser.add_argument(
        "--surface", choices=SURFACES, action="append" if many else "store",
        help=_("which device's steps: desktop (web), ios (iPhone) or android"),
    )


def region_code(text: str | None, regions: RegionTable) -> str | None:
    """The ISO code for --region; None only when it was not given (an empty one is a mistake,
    not a wish to be asked)."""
    if text is None:
        return None
    if not text.strip():
        raise UsageError(_("--region is empty: give a two-letter country code such as DE, US "
                           "or GB"))
    return regions.normalise(text)


def find_guide(loaded: LoadResult, guide_id: str) -> Guide:
    wanted = guide_id.strip().lower()
    guide = loaded.guide(wanted)
    if guide is not None:
        return guide
    if broken := loaded.broken_file(wanted):
        raise CheckupError(_("the guide {guide} could not be loaded: {file} has problems; "
                             "'{command}' says which").format(
            guide=repr(guide_id), file=broken, command=command("validate", broken)))
    if not loaded.guides:
        raise UsageError(_("unknown guide {guide} (guides: none could be loaded)").format(
            guide=repr(guide_id)))
    known = ", ".join(g.id for g in loaded.guides)
    raise UsageError(_("unknown guide {guide} (guides: {known})").format(guide=repr(guide_id),
                                                                         known=known))


def report_broken_guides(loaded: LoadResult) -> None:
    """One line on stderr per guide file that could not be read, so a command that goes on
    with the rest says what it left out."""
    for problem in loaded.problems:
        print(_("checkup: skipped a broken guide: {problem}").format(problem=problem),
              file=sys.stderr)


def surfaces_or_all(chosen: str | list[str] | None) -> tuple[str, ...]:
    if not chosen:
        return SURFACES
    picked = [chosen] if isinstance(chosen, str) else chosen
    return in_surface_order(picked)
