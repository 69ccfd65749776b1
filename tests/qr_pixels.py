"""Turning what a terminal or widget shows back into pixels, and reading QR codes from them.

Independent of checkup's own matrix on purpose: if a rendering swaps colours, drops a row or
draws the wrong glyph, the picture is wrong and the decoder says so.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

import zxingcpp
from PIL import Image

RGB = tuple[int, int, int]
Cell = tuple[str, RGB | None, RGB | None]  # character, foreground, background (None: default)

# Terminal defaults used to simulate a dark and a light terminal when nothing is coloured.
DARK_TERMINAL = ((204, 204, 204), (24, 24, 24))  # (text, background)
LIGHT_TERMINAL = ((32, 32, 32), (250, 250, 250))

_CSI = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])")
_CUBE = (0, 95, 135, 175, 215, 255)
_BASIC = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
          (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
          (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]


def xterm_256(n: int) -> RGB:
    if n < 16:
        return _BASIC[n]
    if n < 232:
        n -= 16
        return _CUBE[n // 36], _CUBE[n // 6 % 6], _CUBE[n % 6]
    grey = 8 + 10 * (n - 232)
    return grey, grey, grey


def _extended(params: list[int], i: int) -> tuple[RGB | None, int]:
    """A 38/48 colour starting at params[i] (the 2 or 5); returns it and the index after it."""
    if params[i] == 2:
        return (params[i + 1], params[i + 2], params[i + 3]), i + 4
    if params[i] == 5:
        return xterm_256(params[i + 1]), i + 2
    raise ValueError(f"unsupported colour form {params[i:]}")


def parse_ansi(text: str) -> list[list[Cell]]:
    """Lines of cells from text with SGR colour escapes; colours carry across lines, as they do
    in a terminal (and in `tmux capture-pane -e`)."""
    fg: RGB | None = None
    bg: RGB | None = None
    lines: list[list[Cell]] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        cells: list[Cell] = []
        pos = 0
        for m in _CSI.finditer(raw):
            cells += [(c, fg, bg) for c in raw[pos:m.start()]]
            pos = m.end()
            if m.group(2) != "m":
                continue
            params = [int(p) if p else 0 for p in m.group(1).split(";")]
            i = 0
            while i < len(params):
                p = params[i]
                if p == 0:
                    fg = bg = None
                    i += 1
                elif p in (38, 48):
                    colour, i = _extended(params, i + 1)
                    fg, bg = (colour, bg) if p == 38 else (fg, colour)
                elif p == 39:
                    fg, i = None, i + 1
                elif p == 49:
                    bg, i = None, i + 1
                elif 30 <= p <= 37 or 90 <= p <= 97:
                    fg, i = _BASIC[p - 30 if p < 90 else p - 82], i + 1
                elif 40 <= p <= 47 or 100 <= p <= 107:
                    bg, i = _BASIC[p - 40 if p < 100 else p - 92], i + 1
                else:
                    i += 1  # bold, underline...: no effect on which pixels are lit
        cells += [(c, fg, bg) for c in raw[pos:]]
        lines.append(cells)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def strip_cells(strips: Iterable) -> list[list[Cell]]:
    """Lines of cells from Textual strips, colours taken from each segment's Rich style."""
    lines = []
    for strip in strips:
        cells: list[Cell] = []
        for segment in strip:
            style = segment.style
            fg = _rich_rgb(style.color if style else None)
            bg = _rich_rgb(style.bgcolor if style else None)
            if style is not None and style.reverse:
                fg, bg = bg, fg
            cells += [(c, fg, bg) for c in segment.text]
        lines.append(cells)
    return lines


def _rich_rgb(colour) -> RGB | None:
    if colour is None or colour.is_default:
        return None
    t = colour.get_truecolor()
    return t.red, t.green, t.blue


# How much of a cell each glyph covers in the foreground colour: (top half, bottom half).
_COVER = {"\u2580": (True, False), "\u2584": (False, True), "\u2588": (True, True)}


def cells_image(lines: list[list[Cell]], terminal: tuple[RGB, RGB] = DARK_TERMINAL,
                zoom: int = 6) -> Image.Image:
    """What a terminal shows: each cell one pixel wide and two tall (a square module per half),
    enlarged `zoom` times. Text other than block glyphs is drawn as its background (a letter is
    not part of any code)."""
    default_fg, default_bg = terminal
    width = max((len(line) for line in lines), default=0)
    img = Image.new("RGB", (width, 2 * len(lines)), default_bg)
    px = img.load()
    for y, line in enumerate(lines):
        for x, (char, fg, bg) in enumerate(line):
            fore, back = fg or default_fg, bg or default_bg
            top, bottom = _COVER.get(char, (False, False))
            px[x, 2 * y] = fore if top else back
            px[x, 2 * y + 1] = fore if bottom else back
    return img.resize((width * zoom, 2 * len(lines) * zoom), Image.NEAREST)


def decode(img: Image.Image) -> list[str]:
    """Every QR code's text in the picture; dark-on-light only, as a phone camera expects."""
    return [r.text for r in zxingcpp.read_barcodes(img.convert("L"),
                                                   formats=zxingcpp.BarcodeFormat.QRCode,
                                                   try_invert=False)]


# --- SVG, as checkup.qr.svg writes it -------------------------------------------------------

_RUN = re.compile(r"M(\d+),(\d+)h(\d+)v1h-(\d+)z")
SVG = "{http://www.w3.org/2000/svg}"


def rasterise(svg: str, px: int = 8) -> Image.Image:
    """A rasteriser for exactly the SVG we write (a white rect and one path of rectangles);
    anything else in the file fails the test rather than being ignored."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert [child.tag for child in root] == [f"{SVG}title", f"{SVG}rect", f"{SVG}path"]
    x0, y0, w, h = (int(v) for v in root.get("viewBox").split())
    assert (x0, y0) == (0, 0) and w == h
    rect, path = root.find(f"{SVG}rect"), root.find(f"{SVG}path")
    assert (rect.get("width"), rect.get("height"), rect.get("fill")) == (str(w), str(h), "#ffffff")
    img = Image.new("L", (w * px, h * px), 255)
    d = path.get("d")
    runs = list(_RUN.finditer(d))
    assert "".join(m.group(0) for m in runs) == d, "the path holds something we cannot draw"
    assert path.get("fill") == "#000000"
    for m in runs:
        x, y, n, back = (int(g) for g in m.groups())
        assert n == back
        img.paste(0, (x * px, y * px, (x + n) * px, (y + 1) * px))
    return img
