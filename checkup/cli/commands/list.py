"""`checkup list`: the guides, one line each."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from checkup.support.i18n import _

if TYPE_CHECKING:
    from checkup.guides.model import Guide


def add_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("list", help=_("list the guides"),
                   description=_("List the guides, one per line: id, platform, title, the date "
                                 "its facts were last verified, and other names the service is "
                                 "known by. Any of these names or the id works where a command "
                                 "asks for a guide."))


def guide_rows(guides: list[Guide]) -> list[list[str]]:
    rows = []
    for g in guides:
        row = [g.id, g.platform, g.title, _("verified {date}").format(date=g.verified.isoformat())]
        if g.names:
            row.append(_("also: {names}").format(names=", ".join(g.names)))
        rows.append(row)
    return rows


def lined_up(rows: list[list[str]]) -> list[str]:
    """On a screen, the id and platform padded into columns, so a dozen guides read down as a
    table; piped, one tab between fields, for a script to cut."""
    width = [max((len(r[k]) for r in rows), default=0) for k in (0, 1)]
    return ["  ".join([r[0].ljust(width[0]), r[1].ljust(width[1]), *r[2:]]) for r in rows]


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import all_guides
    from checkup.cli.options import report_broken_guides
    from checkup.support.safe_text import printable

    loaded = all_guides()
    rows = [[printable(f) for f in row] for row in guide_rows(loaded.guides)]
    lines = lined_up(rows) if sys.stdout.isatty() else ["\t".join(r) for r in rows]
    for line in lines:
        print(line)
    report_broken_guides(loaded)
    return 0 if loaded.guides or not loaded.problems else 1
