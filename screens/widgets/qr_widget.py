"""A QR code in the Textual app: a widget with the link and its domain beneath, and a full-screen
view that makes the code as big as the window allows, for a phone held further away.

Both redraw to fit on every resize; when the window is too small for any code they say so and
show the link instead, never a cut-off code.
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.app import ComposeResult
from textual.binding import Binding
from textual.filter import NoColor
from textual.geometry import Size
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from checkup.qr.code import QrCode, opens_hint, qr_codes, qr_problem, scan_hint
from checkup.qr.terminal import (
    DARK,
    LIGHT,
    MAX_SCALE,
    UPPER_HALF,
    cell_rows,
    cell_size,
    fitting,
    glyph_lines,
)
from checkup.session.keys import BACK
from checkup.support.i18n import N_, _
from checkup.support.plain_text import cut_link
from checkup.support.safe_text import printable

# Explicit colours, never theme variables: a dark theme must not turn the code light-on-dark.
_CELL_STYLE = {
    (top, bottom): Style(color=Color.parse(DARK if top else LIGHT),
                         bgcolor=Color.parse(DARK if bottom else LIGHT))
    for top in (True, False) for bottom in (True, False)
}


class QrLayout(NamedTuple):
    """What fits in a space: a code at a scale with text beneath, or (code None) only text."""

    code: QrCode | None
    scale: int
    text: tuple[str, ...]


def wrap(line: str, width: int, below_code: bool = True) -> list[str]:
    """Words kept whole where they fit; a link too long for the width is cut after a "/" (a
    reader copying it sees whole path parts) unless, `below_code`, that takes more lines than
    cutting it anywhere: the code above needs the rows more."""
    if width < 1:
        return []
    lines = textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False)
    # a path part wider than the whole width is cut where it must: a line drawn wider would be
    # cropped by the code's centring, and lost
    return [part[i:i + width] for text in lines or [""]
            for part in cut_link(text, width, fewest_lines=below_code)
            for i in range(0, max(len(part), 1), width)]


def layout(codes: list[QrCode], url: str, width: int, height: int, zoom: bool,
           hint: str = "") -> QrLayout:
    """The biggest code (with `zoom`) or the normal one that fits above its text; the hint line
    is the first thing dropped when space is short."""
    scales = range(1, MAX_SCALE + 1) if zoom else (1,)
    caption = [url, scan_hint(codes[0])]
    # Space short: drop the hint first, then say only where the code leads (never less).
    short = [url, _("Opens {domain}").format(domain=codes[0].domain)]
    for lines in ([*caption, hint] if hint else caption, caption, short):
        text = [part for line in lines for part in wrap(line, width)]
        chosen = fitting(codes, width, height - len(text), scales)
        if chosen is not None:
            return QrLayout(chosen[0], chosen[1], tuple(text))
    smallest = cell_size(codes[-1])
    text_width = max(width, smallest.columns)
    need_rows = smallest.rows + len([p for line in caption for p in wrap(line, text_width)])
    message = _("Make this window bigger to show the QR code (it needs {columns} columns and "
                "{rows} rows). Or open this link:").format(columns=smallest.columns,
                                                          rows=need_rows)
    shorter = _("Too small for a QR code ({columns}x{rows}). The link:").format(
        columns=smallest.columns, rows=need_rows)
    # No code is shown, so nothing to scan: the link and where it leads, wrapped, never cut.
    # Where the rows are short the hints go first, then most of the words; the link stays.
    lines: list[str] = []
    for shown in ([message, url, opens_hint(url), hint], [message, url, opens_hint(url)],
                  [shorter, url], [_("Too small for a QR code. The link:"), url], [url]):
        lines = [part for line in shown if line for part in wrap(line, width, below_code=False)]
        if len(lines) <= height:
            break
    return QrLayout(None, 0, tuple(lines))


def _words(lay: QrLayout) -> tuple:
    """What a layout shows, however its text is wrapped."""
    return lay.code, lay.scale, "".join("".join(lay.text).split())


def snug_width(codes: list[QrCode], url: str, width: int, height: int, zoom: bool,
               hint: str = "") -> int:
    """The narrowest width up to `width` that shows the same code, scale and text as `width`
    does, so a layout can give the columns the code does not need to something else."""
    if not codes:
        return width
    wanted = layout(codes, url, width, height, zoom, hint)
    if wanted.code is None:
        return width
    narrowest = cell_size(wanted.code, wanted.scale).columns
    return next((w for w in range(narrowest, width)
                 if _words(layout(codes, url, w, height, zoom, hint)) == _words(wanted)), width)


class QrCodeView(Widget):
    """The QR code for `url` (an https link on one of `domains`), the link, and its domain.

    `zoom`: as big as the space allows (the full-screen view); otherwise two modules per cell.
    `invert`: only matters when colour is off (NO_COLOR with an ANSI theme); draw for a light
    terminal. A link that may not become a code is shown as the reason, never as a code.
    """

    DEFAULT_CSS = """
    QrCodeView {
        width: 1fr;
        height: 1fr;
    }
    """

    def __init__(self, url: str, domains: tuple[str, ...], *, zoom: bool = False,
                 invert: bool = False, hint: str = "", name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.zoom = zoom
        self.invert = invert
        self.hint = hint
        self.set_link(url, domains)

    def set_link(self, url: str, domains: tuple[str, ...]) -> None:
        """Show another link (the presenter moving to the next item)."""
        self.url = url
        self.problem = qr_problem(url, domains)
        self.codes = [] if self.problem else qr_codes(url, domains)
        self._cache: tuple[tuple, list[Strip]] | None = None
        self.refresh()

    def current_layout(self, size: Size | None = None) -> QrLayout:
        width, height = size or self.size
        if self.problem:
            return QrLayout(None, 0, tuple(wrap(_("No QR code for this link: {problem}").format(
                problem=self.problem), width)))
        return layout(self.codes, self.url, width, height, self.zoom, self.hint)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """For `height: auto`: the code at its normal size and the text beneath."""
        lay = self.current_layout(Size(width, viewport.height))
        return (cell_size(lay.code, lay.scale).rows if lay.code else 0) + len(lay.text)

    def snug_width(self, width: int, height: int) -> int:
        """See `snug_width`: the columns this view needs out of `width` at `height`."""
        if self.problem:
            return width
        return snug_width(self.codes, self.url, width, height, self.zoom, self.hint)

    def _colour_off(self) -> bool:
        """NO_COLOR with an ANSI theme strips every colour: then glyphs must carry the code."""
        return any(isinstance(f, NoColor) for f in self.app.get_line_filters())

    def render_line(self, y: int) -> Strip:
        base = self.visual_style.rich_style
        key = (self.size, base, self._colour_off())
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, self._strips(base))
        strips = self._cache[1]
        return strips[y] if y < len(strips) else Strip.blank(self.size.width, base)

    def _strips(self, base: Style) -> list[Strip]:
        width, height = self.size
        lay = self.current_layout()
        rows = self._code_strips(lay, base) if lay.code else []
        rows += [Strip([Segment(printable(line), base)]) for line in lay.text]
        top = max(0, (height - len(rows)) // 2)
        blank = Strip.blank(width, base)
        return [blank] * top + [_centred(strip, width, base) for strip in rows[:height - top]]

    def _code_strips(self, lay: QrLayout, base: Style) -> list[Strip]:
        assert lay.code is not None
        if self._colour_off():
            return [Strip([Segment(line, base)])
                    for line in glyph_lines(lay.code, lay.scale, self.invert)]
        return [Strip([Segment(UPPER_HALF, _CELL_STYLE[cell]) for cell in row]).simplify()
                for row in cell_rows(lay.code, lay.scale)]


def _centred(strip: Strip, width: int, base: Style) -> Strip:
    left = max(0, (width - strip.cell_length) // 2)
    padded = Strip([Segment(" " * left, base), *strip, Segment(" " * width, base)])
    return padded.crop(0, width)


class QrScreen(Screen[None]):
    """The code filling the window, for a phone across a table or a room. Escape or q closes."""

    BINDINGS = [Binding(f"escape,{BACK},q", "close", N_("Close"))]

    def __init__(self, url: str, domains: tuple[str, ...], *, invert: bool = False,
                 name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.view = QrCodeView(url, domains, zoom=True, invert=invert,
                               hint=_("Press Escape to go back."))

    def compose(self) -> ComposeResult:
        yield self.view

    def action_close(self) -> None:
        self.dismiss()
