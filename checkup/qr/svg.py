"""A QR code as a self-contained SVG for printed checklists and slides.

One unit of the viewBox is one module, the quiet zone included, so the code scales to any size
without blurring. The dark modules are one path of axis-aligned rectangles (one per run of dark
modules in a row) on a white square; crispEdges stops renderers from anti-aliasing the edges. No
script, no external reference: the file is safe to embed anywhere.
"""

from __future__ import annotations

from html import escape

from checkup.qr.code import QrCode
from checkup.qr.terminal import DARK, LIGHT
from checkup.support.i18n import _


def dark_runs(code: QrCode) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs = []
    for y, row in enumerate(code.modules):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs


def qr_svg(code: QrCode, module_px: int = 8) -> str:
    """The SVG document: `module_px` pixels per module at its natural size."""
    side = code.size
    label = escape(_("QR code for {url}").format(url=code.url), quote=True)
    path = "".join(f"M{x},{y}h{n}v1h-{n}z" for y, x, n in dark_runs(code))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {side} {side}" '
        f'width="{side * module_px}" height="{side * module_px}" shape-rendering="crispEdges" '
        f'role="img" aria-label="{label}">\n'
        f"<title>{label}</title>\n"
        f'<rect x="0" y="0" width="{side}" height="{side}" fill="{LIGHT}"/>\n'
        f'<path fill="{DARK}" d="{path}"/>\n'
        "</svg>\n"
    )
