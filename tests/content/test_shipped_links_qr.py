"""Every link the shipped guides carry becomes a QR code that decodes, drawn in cells and in
SVG, on any theme."""

from __future__ import annotations

import pytest
from qr_pixels import DARK_TERMINAL, LIGHT_TERMINAL, cells_image, decode, parse_ansi, rasterise

from checkup.guides.loader import load_guides
from checkup.qr.code import QUIET_ZONE, make_qr
from checkup.qr.svg import qr_svg
from checkup.qr.terminal import colour_lines, glyph_lines

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


def _links() -> list[tuple[str, tuple[str, ...]]]:
    """Every link a QR code may be made of: each item's settings link where more than one source
    gives it, and its help page; never a link that rests on one source."""
    links = {(url, guide.domains): None for guide in load_guides().guides
             for item in guide.items
             for url in (item.open_link, item.help_link) if url}
    return list(links)


LINKS = _links()


def test_every_shipped_guide_has_links_to_check() -> None:
    assert len(LINKS) >= 5 and MAIN_URL in [url for url, _ in LINKS]
    guides = load_guides().guides
    # a guide whose every link rests on one source (X: no help page of its own was read) has
    # none a QR code may carry; every other guide has one
    assert all(any(domains == g.domains for _url, domains in LINKS)
               or all(i.unverified_link and not i.help_link for i in g.items) for g in guides)


def test_no_link_that_rests_on_one_source_becomes_a_qr_code() -> None:
    unverified = {item.unverified_link for g in load_guides().guides for item in g.items}
    assert not unverified & {url for url, _ in LINKS}


@pytest.mark.parametrize(("url", "domains"), LINKS)
@pytest.mark.parametrize("level", ["M", "L"])
def test_matrix_is_square_with_a_light_quiet_zone(url: str, domains, level: str) -> None:
    code = make_qr(url, domains, level)
    assert code.level == level and code.size == 17 + 4 * code.version + 2 * QUIET_ZONE
    assert all(len(row) == code.size for row in code.modules)
    border = [code.modules[y][x] for y in range(code.size) for x in range(code.size)
              if min(x, y, code.size - 1 - x, code.size - 1 - y) < QUIET_ZONE]
    assert not any(border)


@pytest.mark.parametrize(("url", "domains"), LINKS)
@pytest.mark.parametrize("colours", ["truecolor", "256"])
@pytest.mark.parametrize("scale", [1, 2, 3])
def test_colour_rendering_decodes_on_any_theme(url: str, domains, colours: str, scale: int
                                               ) -> None:
    lines = parse_ansi("\n".join(colour_lines(make_qr(url, domains), scale, colours)))
    for terminal in (DARK_TERMINAL, LIGHT_TERMINAL):  # explicit colours: the theme cannot matter
        assert decode(cells_image(lines, terminal)) == [url]


@pytest.mark.parametrize(("url", "domains"), LINKS)
def test_glyph_rendering_decodes_only_on_the_terminal_it_is_drawn_for(url: str, domains) -> None:
    code = make_qr(url, domains)
    for_dark = parse_ansi("\n".join(glyph_lines(code)))
    for_light = parse_ansi("\n".join(glyph_lines(code, invert=True)))
    assert decode(cells_image(for_dark, DARK_TERMINAL)) == [url]
    assert decode(cells_image(for_light, LIGHT_TERMINAL)) == [url]
    # The wrong polarity is a light-on-dark code that a phone camera does not read.
    assert decode(cells_image(for_dark, LIGHT_TERMINAL)) == []
    assert decode(cells_image(for_light, DARK_TERMINAL)) == []


@pytest.mark.parametrize(("url", "domains"), LINKS)
def test_svg_decodes_to_the_link(url: str, domains) -> None:
    assert decode(rasterise(qr_svg(make_qr(url, domains)))) == [url]


