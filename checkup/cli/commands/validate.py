"""`checkup validate`: check guide files, one line per problem; with --max-age, also every item
whose steps were checked longer ago than that."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from checkup.cli.options import add_as_of
from checkup.support.i18n import _, ngettext


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(
            _("{text} is not a whole number of days, such as 180").format(text=repr(text)))
    return int(text)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate", help=_("check guide files"),
        description=_("Check guide files (the shipped guides when no path is given). Prints one "
                      "line per problem, naming the file, the key and what is wrong; exits 1 if "
                      "there is any. With --max-age, also one line per item whose steps were "
                      "verified longer ago than that."),
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=_("guide files or folders"))
    p.add_argument("--max-age", type=_days, metavar="DAYS",
                   help=_("report every item verified more than DAYS days ago (exit 1 if any)"))
    add_as_of(p, _("count ages as on this day (default: today)"))


def stale_lines(guides: list, max_age: int, on: dt.date) -> list[str]:
    """One line per item verified more than `max_age` days before `on`: guide, item, date, age."""
    from checkup.guides.freshness import age_days, is_stale

    return [ngettext("{guide}: {item}: verified {date}, {days} day before {today} (more than "
                     "{max_age})",
                     "{guide}: {item}: verified {date}, {days} days before {today} (more than "
                     "{max_age})", days).format(
                guide=g.id, item=item.id, date=item.verified.isoformat(), days=days,
                today=on.isoformat(), max_age=max_age)
            for g in guides for item in g.items if is_stale(item.verified, on, max_age)
            for days in [age_days(item.verified, on)]]


def run(args: argparse.Namespace) -> int:
    from checkup.guides.loader import load_paths
    from checkup.support.paths import content_dir
    from checkup.support.safe_text import printable

    paths = args.paths or [content_dir()]
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(_("{path}: no such file or folder").format(path=printable(str(p))))
    from checkup.guides.regions import default_regions

    loaded = load_paths([p for p in paths if p.exists()])
    region_problems = default_regions().problems()
    for problem in [*region_problems, *loaded.problems]:
        print(problem)
    stale: list[str] = []
    if args.max_age is not None:
        stale = stale_lines(loaded.guides, args.max_age, args.as_of or dt.date.today())
        for line in stale:
            print(line)
    if missing or loaded.problems or region_problems or stale:
        return 1
    names = ", ".join(ngettext("{guide} ({n} item)", "{guide} ({n} items)", len(g.items)
                               ).format(guide=g.id, n=len(g.items)) for g in loaded.guides)
    count = len(loaded.guides)
    if args.max_age is not None:
        print(ngettext("ok: {n} guide valid: {names}; every item verified within {days} days",
                       "ok: {n} guides valid: {names}; every item verified within {days} days",
                       count).format(n=count, names=names, days=args.max_age))
    else:
        print(ngettext("ok: {n} guide valid: {names}", "ok: {n} guides valid: {names}", count
                       ).format(n=count, names=names))
    return 0
