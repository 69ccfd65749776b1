"""The QR core: a link becomes a code that decodes, drawn in cells and in SVG (that every
shipped link does is tested in tests/content)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from made_up_guides import item, write_guide
from qr_pixels import (
    SVG,
    decode,
    rasterise,
)

from checkup.guides.loader import load_paths
from checkup.qr.code import QrRefused, item_for_qr, make_qr, qr_codes
from checkup.qr.svg import qr_svg
from checkup.qr.terminal import cell_rows, cell_size, colour_lines, fitting

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


def test_main_link_is_version_5_at_m_and_4_at_l() -> None:
    m, low = qr_codes(MAIN_URL, ("linkedin.com",))
    assert (m.level, m.version, low.level, low.version) == ("M", 5, "L", 4)
    assert m.domain == "www.linkedin.com"


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


def test_item_for_qr_defaults_to_the_main_item_and_names_the_items_when_unknown(
        tmp_path) -> None:
    guide = load_paths([write_guide(tmp_path, main_item="main", items=[
        item("first"), item("main"), item("ads-data-sharing")])]).guide("example")
    assert item_for_qr(guide).link == "https://www.example.org/settings/main"
    assert item_for_qr(guide, "ads-data-sharing").id == "ads-data-sharing"
    with pytest.raises(Exception, match=r"unknown item 'nope' in guide example \(items: first"):
        item_for_qr(guide, "nope")


# --- SVG ---------------------------------------------------------------------------------------

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
