"""The QR core: every shipped link becomes a code that decodes, drawn in cells and in SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from qr_pixels import (
    DARK_TERMINAL,
    LIGHT_TERMINAL,
    SVG,
    cells_image,
    decode,
    parse_ansi,
    rasterise,
)

from checkup.guides.loader import load_guides
from checkup.qr.code import QUIET_ZONE, QrRefused, item_for_qr, make_qr, qr_codes
from checkup.qr.svg import qr_svg
from checkup.qr.terminal import cell_rows, cell_size, colour_lines, fitting, glyph_lines

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


def _links() -> list[tuple[str, tuple[str, ...]]]:
    return [(item.link, guide.domains) for guide in load_guides().guides for item in guide.items]


LINKS = _links()


def test_every_shipped_guide_has_links_to_check() -> None:
    assert len(LINKS) >= 5 and MAIN_URL in [url for url, _ in LINKS]


@pytest.mark.parametrize(("url", "domains"), LINKS)
@pytest.mark.parametrize("level", ["M", "L"])
def test_matrix_is_square_with_a_light_quiet_zone(url: str, domains, level: str) -> None:
    code = make_qr(url, domains, level)
    assert code.level == level and code.size == 17 + 4 * code.version + 2 * QUIET_ZONE
    assert all(len(row) == code.size for row in code.modules)
    border = [code.modules[y][x] for y in range(code.size) for x in range(code.size)
              if min(x, y, code.size - 1 - x, code.size - 1 - y) < QUIET_ZONE]
    assert not any(border)


def test_main_link_is_version_5_at_m_and_4_at_l() -> None:
    m, low = qr_codes(MAIN_URL, ("linkedin.com",))
    assert (m.level, m.version, low.level, low.version) == ("M", 5, "L", 4)
    assert m.domain == "www.linkedin.com"


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


def test_colour_rendering_is_upper_half_blocks_in_black_and_white_only() -> None:
    text = "".join(colour_lines(make_qr(MAIN_URL, ("linkedin.com",)), 1, "truecolor"))
    glyphs = set(re.sub(r"\x1b\[[0-9;]*m", "", text))
    assert glyphs == {"\u2580"}
    colours = set(re.findall(r"\x1b\[([0-9;]*)m", text)) - {"0"}
    allowed = {f"{fg};{bg}" for fg in ("38;2;0;0;0", "38;2;255;255;255")
               for bg in ("48;2;0;0;0", "48;2;255;255;255")}
    assert colours <= allowed


def test_two_modules_per_cell_and_scaling() -> None:
    code = make_qr(MAIN_URL, ("linkedin.com",))
    assert (cell_size(code).columns, cell_size(code).rows) == (45, 23)
    assert len(cell_rows(code)) == 23 and len(cell_rows(code)[0]) == 45
    assert (cell_size(code, 2).columns, cell_size(code, 2).rows) == (90, 45)
    assert len(cell_rows(code, 2)) == 45 and len(cell_rows(code, 2)[0]) == 90


def test_fitting_prefers_bigger_then_more_robust_and_gives_up_when_nothing_fits() -> None:
    m, low = qr_codes(MAIN_URL, ("linkedin.com",))
    assert fitting([m, low], 80, 23) == (m, 1)
    assert fitting([m, low], 80, 21) == (low, 1)
    assert fitting([m, low], 100, 47, range(1, 5)) == (m, 2)
    assert fitting([m, low], 40, 50) is None
    assert fitting([m, low], None, None) == (m, 1)


@pytest.mark.parametrize(
    ("url", "message"),
    [("http://www.linkedin.com/mypreferences", "must use https"),
     ("https://www.linkedin.com.evil.example/x", "not on the guide's domains"),
     ("https://evil.example/?https://www.linkedin.com", "not on the guide's domains"),
     ("https://user@www.linkedin.com/", "must not carry a user name"),
     ("https://www.linkedin.com:8443/x", "must not name a port"),
     ("https://evil.example\\@www.linkedin.com/", "a backslash"),
     ("javascript:alert(1)", "must use https"),
     ("https://www.linkedin.com/\nhttps://evil.example", "control character")],
)
def test_links_off_the_guides_domains_are_refused(url: str, message: str) -> None:
    with pytest.raises(QrRefused, match=message) as e:
        make_qr(url, ("linkedin.com",))
    assert str(e.value).startswith("no QR code for this link: ")


def test_item_for_qr_defaults_to_the_main_item_and_names_the_items_when_unknown() -> None:
    guide = load_guides().guide("linkedin")
    assert item_for_qr(guide).link == MAIN_URL
    assert item_for_qr(guide, "ads-data-sharing").id == "ads-data-sharing"
    with pytest.raises(Exception, match=r"unknown item 'nope' in guide linkedin \(items: ai-tr"):
        item_for_qr(guide, "nope")


# --- SVG ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "domains"), LINKS)
def test_svg_decodes_to_the_link(url: str, domains) -> None:
    assert decode(rasterise(qr_svg(make_qr(url, domains)))) == [url]


def test_svg_is_crisp_self_contained_and_sized() -> None:
    code = make_qr(MAIN_URL, ("linkedin.com",))
    svg = qr_svg(code, module_px=10)
    root = ET.fromstring(svg)
    assert root.get("shape-rendering") == "crispEdges"
    assert (root.get("width"), root.get("height")) == ("450", "450")
    assert root.get("viewBox") == "0 0 45 45"
    assert "script" not in svg.lower() and "href" not in svg and "url(" not in svg
    assert root.get("aria-label") == f"QR code for {MAIN_URL}"


def test_svg_escapes_the_link_text() -> None:
    # "<", ">" and '"' cannot be in a link at all (loader.url_problem); "&" and "'" can
    url = "https://www.linkedin.com/search?a=1&b='2'&c=&amp;"
    svg = qr_svg(make_qr(url, ("linkedin.com",)))
    root = ET.fromstring(svg)  # would raise on an unescaped & or <
    assert root.find(f"{SVG}title").text == f"QR code for {url}"
    assert decode(rasterise(svg)) == [url]
