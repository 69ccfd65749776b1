"""Parsing the options several commands share: dates, regions, surfaces, guides."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata

from checkup.guides.country_search import EXACT, Match, ranked_countries, typed_code
from checkup.guides.loader import LoadResult
from checkup.guides.model import SURFACES, Guide, in_surface_order
from checkup.guides.regions import RegionTable
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import _, ngettext
from checkup.support.launch import command

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LISTED = 8  # countries an ambiguous --region names: enough to see which was meant


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
                        help=_("a guide id such as linkedin, or the service's name "
                               "({command})").format(command=command("list")))


def add_region(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--region", metavar="COUNTRY",
        help=_("your country: its two-letter code (DE, US, GB or UK, ...) or its name, in "
               "English or its own language (Germany, Deutschland)")
    )


def add_surface(parser: argparse.ArgumentParser, many: bool = False) -> None:
    parser.add_argument(
        "--surface", choices=SURFACES, action="append" if many else "store",
        help=_("which device's steps: desktop (web), ios (iPhone) or android"),
    )


def region_code(text: str | None, regions: RegionTable) -> str | None:
    """The ISO code for --region, given as a code or a country's name; None only when it was
    not given (an empty one is a mistake, not a wish to be asked). A name that is exactly one
    country's wins over names that merely start with it ('Guinea' is GN, not Guinea-Bissau)."""
    if text is None:
        return None
    if not text.strip():
        raise UsageError(_("--region is empty: give a two-letter country code such as DE, US "
                           "or GB"))
    if (code := typed_code(regions, text)) or len(text.strip()) <= 2:
        return code or regions.normalise(text)  # one or two letters are a code, or a mistake
    matches = ranked_countries(regions, text)
    exact = [m for m in matches if m.rank == EXACT]
    meant = exact or matches
    if len(meant) == 1:
        return meant[0].code
    if not meant:
        raise UsageError(_("--region {typed}: no country has that name; give its two-letter "
                           "code (such as DE, US or GB) or its name (such as Germany or "
                           "Deutschland)").format(typed=repr(text)))
    raise UsageError(_several(text, meant))


def _several(text: str, meant: list[Match]) -> str:
    listed = ", ".join(_("{country} ({code})").format(country=m.name, code=m.code)
                       for m in meant[:LISTED])
    if len(meant) <= LISTED:
        return _("--region {typed} matches several countries: {countries}; give the "
                 "code").format(typed=repr(text), countries=listed)
    return ngettext("--region {typed} matches {count} country, among them {countries}; give "
                    "the code",
                    "--region {typed} matches {count} countries, among them {countries}; give "
                    "the code", len(meant)).format(typed=repr(text), count=len(meant),
                                                   countries=listed)


def _folded(text: str) -> str:
    """For matching a typed name: case and accents left out ("substäck" finds Substack)."""
    split = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in split if not unicodedata.combining(c)).split())


def guides_named(guides: list[Guide], typed: str) -> list[Guide]:
    """The guides a person may mean by `typed`: the one with that id, else those whose
    platform or one of whose other names (`names`: Instagram for meta) it is."""
    wanted = _folded(typed)
    by_id = [g for g in guides if g.id == wanted]
    return by_id or [g for g in guides
                     if wanted in {_folded(n) for n in (g.platform, *g.names)}]


def find_guide(loaded: LoadResult, guide_id: str) -> Guide:
    wanted = guide_id.strip().lower()
    guide = loaded.guide(wanted)
    if guide is not None:
        return guide
    named = guides_named(loaded.guides, guide_id)
    if len(named) == 1:
        return named[0]
    if named:
        raise UsageError(_("{guide} is a name of several guides ({known}): give one of their "
                           "ids").format(guide=repr(guide_id),
                                         known=", ".join(g.id for g in named)))
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
