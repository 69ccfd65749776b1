"""A QR code for a terminal that prints line by line (`checkup qr`, plain mode): the biggest code
that fits the window, in colour when allowed, the link and its domain always under it as text."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NamedTuple, TextIO

from checkup.support.i18n import _, ngettext

if TYPE_CHECKING:
    from checkup.qr.terminal import CellSize


def text_rows(lines: list[str], columns: int | None) -> int:
    """Rows the lines take once the terminal wraps them."""
    if columns is None:
        return len(lines)
    return sum(max(1, -(-len(line) // columns)) for line in lines)


def too_small(smallest: CellSize, columns: int | None, rows: int | None, text: list[str]) -> str:
    """One line saying what the window lacks, measured against the smallest code."""
    if columns is not None and columns < smallest.columns:
        return ngettext(
            "This window is too small for the QR code (the code needs {need} column, the "
            "window has {have}). Make it bigger, or open this link:",
            "This window is too small for the QR code (the code needs {need} columns, the "
            "window has {have}). Make it bigger, or open this link:",
            smallest.columns).format(need=smallest.columns, have=columns)
    need = smallest.rows + text_rows(text, columns) + 1
    return ngettext(
        "This window is too small for the QR code (the code needs {need} row, the window has "
        "{have}). Make it bigger, or open this link:",
        "This window is too small for the QR code (the code needs {need} rows, the window has "
        "{have}). Make it bigger, or open this link:", need).format(need=need, have=rows)


class TerminalQr(NamedTuple):
    """A QR code ready to print: its lines, or, when none can be drawn here, why not; then the
    text that goes under it (the link, and where it leads)."""

    code: list[str]
    why_not: str
    text: list[str]

    def lines(self) -> list[str]:
        return [*self.code, *self.text] if self.code else [self.why_not, *self.text]


def qr_lines(link: str, domains: tuple[str, ...], invert: bool = False,
             stream: TextIO | None = None) -> list[str]:
    """The lines to print for `link`: the code, then the link and where it leads. When the window
    cannot hold the code, a line saying so, the link and where it leads, never a broken code
    (nor a word about scanning one)."""
    return terminal_qr(link, domains, invert, stream).lines()


def terminal_qr(link: str, domains: tuple[str, ...], invert: bool = False,
                stream: TextIO | None = None) -> TerminalQr:
    """See qr_lines."""
    from checkup.qr.code import opens_hint, qr_codes, scan_hint
    from checkup.qr.terminal import (
        FULL_BLOCK,
        LOWER_HALF,
        UPPER_HALF,
        cell_size,
        colour_lines,
        fitting,
        glyph_lines,
    )
    from checkup.support.terminal import can_encode, colour_mode, terminal_size

    codes = qr_codes(link, domains)
    out = stream or sys.stdout
    if not can_encode(out, UPPER_HALF + LOWER_HALF + FULL_BLOCK):
        charset = getattr(out, "encoding", None) or "unknown"
        return TerminalQr([], _("This terminal's character set ({charset}) cannot draw a QR "
                                "code. Open this link:").format(charset=charset),
                          [link, opens_hint(link)])
    text = [link, scan_hint(codes[0])]
    columns, rows = terminal_size()
    # The whole code must stay on screen: keep a row for the prompt after the text.
    free_rows = None if rows is None else rows - text_rows(text, columns) - 1
    chosen = fitting(codes, columns, free_rows)
    if chosen is None:
        return TerminalQr([], too_small(cell_size(codes[-1]), columns, rows, text),
                          [link, opens_hint(link)])
    code, scale = chosen
    colours = colour_mode(out)
    lines = (colour_lines(code, scale, colours) if colours
             else glyph_lines(code, scale, invert=invert))
    return TerminalQr(lines, "", text)
