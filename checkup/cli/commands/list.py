"""`checkup list`: the guides, one line each."""

from __future__ import annotations

import argparse

from checkup.support.i18n import _


def add_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("list", help=_("list the guides"),
                   description=_("List the guides, one per line: id, platform, title and the date "
                                 "its facts were last verified."))


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import all_guides
    from checkup.cli.options import report_broken_guides

    loaded = all_guides()
    for g in loaded.guides:
        verified = _("verified {date}").format(date=g.verified.isoformat())
        print(f"{g.id}\t{g.platform}\t{g.title}\t{verified}")
    report_broken_guides(loaded)
    return 0 if loaded.guides or not loaded.problems else 1
