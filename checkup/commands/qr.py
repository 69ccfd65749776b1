"""`checkup qr GUIDE [ITEM]`: a QR code of the item's direct link, to open it on a phone."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkup.qr_terminal import CellSize


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "qr", help="show a QR code that opens a setting's page on your phone",
        description="Print a QR code for an item's direct link (the guide's main item when none "
        "is given), with the link and its domain as text under it. Scan it with your phone's "
        "camera. Without colour (NO_COLOR is set, or the output is piped) the code is drawn for a "
        "dark terminal; use --invert on a light one.",
    )
    p.add_argument("guide", metavar="GUIDE", help="a guide id such as linkedin (checkup list)")
    p.add_argument("item", metavar="ITEM", nargs="?",
                   help="an item id from 'checkup show GUIDE' (default: the main item)")
    p.add_argument("--invert", action="store_true",
                   help="without colour, draw for a light terminal (dark text on light)")


def text_rows(lines: list[str], columns: int | None) -> int:
    """Rows the lines take once the terminal wraps them."""
    if columns is None:
        return len(lines)
    return sum(max(1, -(-len(line) // columns)) for line in lines)


def too_small(smallest: CellSize, columns: int | None, rows: int | None, text: list[str]) -> str:
    """One line saying what the window lacks, measured against the smallest code."""
    if columns is not None and columns < smallest.columns:
        need = f"{smallest.columns} columns, the window has {columns}"
    else:
        need = f"{smallest.rows + text_rows(text, columns) + 1} rows, the window has {rows}"
    return (f"This window is too small for the QR code (the code needs {need}). Make it bigger, "
            "or open this link:")


def run(args: argparse.Namespace) -> int:
    from checkup.loader import load_guides
    from checkup.options import find_guide
    from checkup.qr import item_for_qr, qr_codes, scan_hint
    from checkup.qr_terminal import cell_size, colour_lines, fitting, glyph_lines
    from checkup.terminal import colour_mode, terminal_size

    guide = find_guide(load_guides(), args.guide)
    item = item_for_qr(guide, args.item)
    codes = qr_codes(item.link, guide.domains)
    text = [item.link, scan_hint(codes[0])]
    columns, rows = terminal_size()
    # The whole code must stay on screen: keep a row for the shell prompt after the text.
    free_rows = None if rows is None else rows - text_rows(text, columns) - 1
    chosen = fitting(codes, columns, free_rows)
    if chosen is None:
        print(too_small(cell_size(codes[-1]), columns, rows, text))
        print("\n".join(text))
        return 0
    code, scale = chosen
    colours = colour_mode(sys.stdout)
    if colours:
        lines = colour_lines(code, scale, colours)
    else:
        lines = glyph_lines(code, scale, invert=args.invert)
    print("\n".join(lines + text))
    return 0
