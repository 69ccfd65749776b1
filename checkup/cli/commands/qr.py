"""`checkup qr GUIDE [ITEM]`: a QR code of the item's direct link, to open it on a phone."""

from __future__ import annotations

import argparse
import sys

from checkup.cli.options import add_guide
from checkup.support.i18n import _
from checkup.support.launch import command


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "qr", help=_("show a QR code that opens a setting's page on your phone"),
        description=_("Print a QR code for an item's direct link (the guide's main item when "
                      "none is given), with the link and its domain as text under it. Scan it "
                      "with your phone's camera. Without colour (NO_COLOR is set, or the output "
                      "is piped) the code is drawn for a dark terminal; use --invert on a light "
                      "one."),
    )
    add_guide(p)
    p.add_argument("item", metavar="ITEM", nargs="?",
                   help=_("an item id from '{command}' (default: the main item)").format(
                       command=command("show", "GUIDE")))
    p.add_argument("--invert", action="store_true",
                   help=_("without colour, draw for a light terminal (dark text on light)"))


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import named_guides
    from checkup.cli.options import find_guide
    from checkup.qr.code import item_for_qr
    from checkup.qr.lines import qr_lines

    guide = find_guide(named_guides([args.guide]), args.guide)
    item = item_for_qr(guide, args.item)
    print("\n".join(qr_lines(item.link, guide.domains, invert=args.invert, stream=sys.stdout)))
    return 0
