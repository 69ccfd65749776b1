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
                      "none is given), or for the platform's help page when no direct link is "
                      "given by more than one source, with the link and its domain as text "
                      "under it. Scan it "
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
    from checkup.support.errors import CheckupError
    from checkup.words.caveats import HELP_PAGE, source_title

    guide = find_guide(named_guides([args.guide]), args.guide)
    item = item_for_qr(guide, args.item)
    target = item.open_link
    if not target:  # only a link that one source gives: never a code to scan
        raise CheckupError(_("no QR code for {guide} {item}: its only link rests on one source "
                             "({source}); '{command}' gives it as text, with what to check"
                             ).format(guide=guide.id, item=item.id,
                                      source=source_title(guide, item.unverified["link"]),
                                      command=command("show", guide.id)))
    if target != item.link:  # the help page stands in for a settings link
        print(_(HELP_PAGE).format(platform=guide.platform))
    print("\n".join(qr_lines(target, guide.domains, invert=args.invert, stream=sys.stdout)))
    return 0
