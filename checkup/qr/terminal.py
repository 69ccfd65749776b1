"""Drawing a QR code with terminal cells: two modules per cell, one above the other.

A cell is about twice as tall as it is wide, so a module one cell wide and half a cell tall is
square. With colour, every cell is the upper-half block with the top module as its foreground and
the bottom module as its background, in explicit black and white: a dark theme cannot invert it.
Without colour, a block glyph is drawn in the terminal's own text colour, so which modules get a
block depends on whether the terminal is dark (light text) or light (`invert`).
"""

from __future__ import annotations

from typing import NamedTuple

from checkup.qr.code import QrCode

DARK = "#000000"
LIGHT = "#ffffff"
UPPER_HALF = "\u2580"  # ▀
LOWER_HALF = "\u2584"  # ▄
FULL_BLOCK = "\u2588"  # █
MAX_SCALE = 4

# Select Graphic Rendition codes for black text on white. 256-colour entries 16 and 231 are
# #000000 and #ffffff in every xterm-compatible palette, for terminals without 24-bit colour.
_SGR = {
    "truecolor": {True: ("38;2;0;0;0", "48;2;0;0;0"),
                  False: ("38;2;255;255;255", "48;2;255;255;255")},
    "256": {True: ("38;5;16", "48;5;16"), False: ("38;5;231", "48;5;231")},
}
RESET = "\x1b[0m"

Cell = tuple[bool, bool]  # (top module is dark, bottom module is dark)


class CellSize(NamedTuple):
    columns: int
    rows: int

    def fits(self, columns: int | None, rows: int | None) -> bool:
        """None: that dimension is unlimited (no terminal to fill)."""
        return (columns is None or self.columns <= columns) and (rows is None or self.rows <= rows)


def cell_size(code: QrCode, scale: int = 1) -> CellSize:
    """Columns and rows of cells the code takes with `scale` x `scale` modules per module."""
    side = code.size * scale
    return CellSize(side, (side + 1) // 2)


def fitting(codes: list[QrCode], columns: int | None, rows: int | None,
            scales: range | tuple[int, ...] = (1,)) -> tuple[QrCode, int] | None:
    """The code and scale to draw in `columns` x `rows` cells: the biggest scale first (a phone
    reads big modules from further away), then the most robust level; None if nothing fits."""
    for scale in sorted(scales, reverse=True):
        for code in codes:
            if cell_size(code, scale).fits(columns, rows):
                return code, scale
    return None


def cell_rows(code: QrCode, scale: int = 1) -> list[list[Cell]]:
    """The code as rows of cells, each module drawn `scale` cells wide and `scale` half-cells tall.

    An odd number of module rows leaves the last cell's bottom half over nothing; it is drawn
    light, which only widens the quiet zone.
    """
    if scale < 1:
        raise ValueError(f"scale must be 1 or more, not {scale}")
    wide = [tuple(m for m in row for _ in range(scale)) for row in code.modules]
    rows = [row for row in wide for _ in range(scale)]
    if len(rows) % 2:
        rows.append((False,) * len(rows[0]))
    return [list(zip(top, bottom, strict=True)) for top, bottom in zip(rows[::2], rows[1::2],
                                                                       strict=True)]


def colour_lines(code: QrCode, scale: int = 1, colours: str = "truecolor") -> list[str]:
    """The code with terminal colour escapes; `colours` is "truecolor" or "256"."""
    sgr = _SGR[colours]
    lines = []
    for row in cell_rows(code, scale):
        parts: list[str] = []
        last: Cell | None = None
        for cell in row:
            if cell != last:
                parts.append(f"\x1b[{sgr[cell[0]][0]};{sgr[cell[1]][1]}m")
                last = cell
            parts.append(UPPER_HALF)
        lines.append("".join(parts) + RESET)
    return lines


def glyph_lines(code: QrCode, scale: int = 1, invert: bool = False) -> list[str]:
    """The code without colour, for a dark terminal (light text); `invert` for a light one.

    A glyph lights the parts of a cell it covers in the text colour; the rest shows the
    background. On a dark terminal the light modules get the glyph and dark modules are blank.
    """
    lines = []
    for row in cell_rows(code, scale):
        line = []
        for top_dark, bottom_dark in row:
            top_lit, bottom_lit = (top_dark, bottom_dark) if invert else (not top_dark,
                                                                         not bottom_dark)
            line.append(_GLYPH[top_lit, bottom_lit])
        lines.append("".join(line))
    return lines


_GLYPH = {(True, True): FULL_BLOCK, (True, False): UPPER_HALF, (False, True): LOWER_HALF,
          (False, False): " "}
