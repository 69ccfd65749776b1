"""An exported checklist loads nothing, runs nothing, and shows guide text as text.

The HTML's only links are item links (https on the guide's domains), each showing its own
address; every QR code in it decodes to its item's link. Hostile text reaches the renderers two
ways: through a guide file the validator accepts, and through Guide objects made directly with
what the validator would refuse (defence in depth).
"""

from __future__ import annotations

import re
from pathlib import Path

import made_up_guides
import pytest
from export_view import SVG_BLOCK, forge_html, page, seen_text
from made_up_guides import write_guide
from qr_pixels import decode, rasterise
from test_export import blank, linkedin, personal

from checkup.export.to_html import render_html
from checkup.export.to_markdown import md_text, render_markdown
from checkup.export.to_text import render_text
from checkup.guides.loader import load_paths
from checkup.guides.model import Guide

RENDER = {"html": render_html, "md": render_markdown, "txt": render_text}
# Tags and attributes that fetch, embed, navigate or run something.
FETCHING_TAGS = {"script", "img", "iframe", "object", "embed", "link", "base", "form", "input",
                 "audio", "video", "source", "picture", "frame", "frameset", "applet", "use",
                 "image", "foreignobject", "meta-refresh"}
FETCHING_ATTRS = {"src", "srcset", "action", "formaction", "poster", "data", "background",
                  "xlink:href", "ping", "style", "srcdoc", "lowsrc", "dynsrc"}


def audit_html(html: str, allowed_links: set[str], forge: bool = False) -> None:
    """Fails on anything in the page that loads, runs or links outside `allowed_links`.
    `forge`: a forge's rendering of Markdown, where task lists are disabled checkboxes and
    there is no style sheet."""
    p = page(html)
    for tag, attrs in p.tags:
        if forge and tag == "input":
            assert attrs.get("type") == "checkbox" and "disabled" in attrs, attrs
            continue
        assert tag not in FETCHING_TAGS, tag
        assert not (tag == "meta" and "http-equiv" in attrs), attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in FETCHING_ATTRS, (tag, name)
            if name == "xmlns":
                assert value == "http://www.w3.org/2000/svg"
            elif name == "href":
                assert tag == "a" and value in allowed_links, (tag, value)
            elif tag == "svg" and name == "aria-label":  # the QR code names its own link
                assert value.removeprefix("QR code for ") in allowed_links, value
            else:
                assert not re.search(r"(https?|javascript|data|file|ftp):", value or "", re.I), \
                    (tag, name, value)
    for anchor in p.anchors:  # a link shows where it goes, whole
        assert anchor.href in allowed_links and anchor.text == anchor.href
    assert [t for t, _ in p.tags].count("style") == (0 if forge else 1)
    css = "".join(p.styles)
    assert "url(" not in css and "@import" not in css and "http" not in css
    assert "<script" not in html.lower()


@pytest.mark.parametrize("make", [blank, personal], ids=["blank", "personal"])
def test_html_loads_nothing_and_links_only_to_the_guides_items(make) -> None:
    guide = linkedin()
    doc = make(guide)
    html = render_html(doc)
    links = {item.link for item in guide.items}
    audit_html(html, links)
    hrefs = {a.href for a in page(html).anchors}
    assert hrefs == links  # every item's link is there, and nothing else
    assert doc.guides[0].sources
    for source in doc.guides[0].sources:  # cited, shown, never linked
        if source.url not in links:
            assert source.url in page(html).text and f'href="{source.url}"' not in html


@pytest.mark.parametrize("make", [blank, personal], ids=["blank", "personal"])
def test_every_qr_code_in_the_html_decodes_to_its_items_link(make) -> None:
    guide = linkedin()
    doc = make(guide)
    html = render_html(doc)
    svgs = SVG_BLOCK.findall(html)
    decoded = [decode(rasterise(svg, px=6)) for svg in svgs]
    expected = [i.link for g in doc.guides for i in g.items if i.full and i.link_ok]
    assert decoded == [[url] for url in expected]
    assert len(expected) == (len(guide.items) if doc.blank else 3)  # personal: what is left


def test_paper_size_is_chosen_in_the_page_rule() -> None:
    doc = blank()
    assert "@page { size: auto;" in render_html(doc)
    assert "@page { size: A4;" in render_html(doc, "a4")
    assert "@page { size: letter;" in render_html(doc, "letter")
    with pytest.raises(ValueError, match="paper"):
        render_html(doc, "a3")
    css = render_html(doc)
    for block in (".device", ".notes", "ol.steps li", "tr", ".head"):
        assert re.search(re.escape(block) + r"[^{]*\{[^}]*break-inside: avoid", css) or \
            re.search(r"\.device, \.notes, \.rules, \.verified \{ break-inside: avoid", css)
    # an item's heading block (title, QR code, labels) stays with its first steps
    assert re.search(r"\.head \{[^}]*break-after: avoid", css)
    assert "color: #000" in css and not re.search(r"color: #(?!000|fff)", css)


# --- Hostile text --------------------------------------------------------------------------------

HOSTILE_IN_FILE = [  # what the guide validator lets through: markup without foreign URLs
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "**bold** and _italic_ and `code`",
    "[click](#here) ![pic](x.png)",
    "a | table | cell &amp; an entity",
    "# not a heading",
]
HOSTILE_DIRECT = HOSTILE_IN_FILE + [  # and what it refuses
    "<img src=https://evil.example/x>",
    "[x](javascript:alert(1))",
    "see https://evil.example/x or www.evil.example or mail evil@evil.example",
    "\x1b[31mred\x1b[0m and \u202egnirts desrever",
]


def _hostile_guide_file(folder: Path) -> Path:
    """A made-up guide with hostile text in a title, a summary, a label, a step, a help line, a
    'does not' line and a rule's reason."""
    h = HOSTILE_IN_FILE
    return write_guide(folder, items=[made_up_guides.item(
        title="Turn off " + h[0], labels=["Settings", h[1], "Training"],
        steps={**made_up_guides.steps(), "desktop": ["Open example.org " + h[2], "Switch it off."]},
        does_not=[h[3], "It does not stop you using the app."],
        help=[h[4], "Update the app if you cannot find the setting."],
        rules=[made_up_guides.rule(reason=h[5])])])


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_hostile_text_in_a_guide_file_comes_out_as_text(fmt: str, tmp_path: Path, run_cli,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _hostile_guide_file(tmp_path / "guides")
    monkeypatch.setenv("CHECKUP_CONTENT", str(path.parent))
    code, out, err = run_cli("validate", str(path))
    assert code == 0, out + err  # the validator accepts all of it: the renderers must cope
    code, out, err = run_cli("export", "--blank", "--format", fmt, "-o", "-")
    assert code == 0, err
    links = {i.link for g in load_paths([path]).guides for i in g.items}
    _assert_shown_as_text(fmt, out, HOSTILE_IN_FILE, links)


def _hostile_guide() -> Guide:
    """Hostile text in every field a renderer prints, and items whose links must not become
    links or QR codes: one not https, one on another domain."""
    guide = linkedin()
    h = HOSTILE_DIRECT
    items = []
    for n, item in enumerate(guide.items):
        rules = tuple(r._replace(reason=h[(n + 5) % len(h)]) for r in item.rules)
        items.append(item._replace(
            title=f"{item.title} {h[n % len(h)]}", summary=h[(n + 1) % len(h)],
            labels=(*item.labels, h[(n + 2) % len(h)]),
            steps={s: (*steps, h[(n + 3) % len(h)]) for s, steps in item.steps.items()},
            does_not=(h[(n + 4) % len(h)],), help=tuple(h), rules=rules))
    items[1] = items[1]._replace(link="javascript:alert(1)")
    items[2] = items[2]._replace(link="https://evil.example/linkedin.com")
    sources = {sid: s._replace(title=h[k % len(h)])
               for k, (sid, s) in enumerate(guide.sources.items())}
    return guide._replace(title=h[0], summary=h[1], platform=h[2], items=tuple(items),
                          sources=sources)


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
@pytest.mark.parametrize("make", [blank, personal], ids=["blank", "personal"])
def test_hostile_text_made_past_the_validator_comes_out_as_text(fmt: str, make) -> None:
    guide = _hostile_guide()
    out = RENDER[fmt](make(guide))
    safe_links = {guide.items[i].link for i in (0, 3, 4)}
    _assert_shown_as_text(fmt, out, HOSTILE_DIRECT[:-1], safe_links)
    assert "\x1b" not in out and "\u202e" not in out  # control and bidi characters replaced
    seen = seen_text(fmt, out)
    assert "javascript:alert(1)" in seen and "https://evil.example/linkedin.com" in seen


def _assert_shown_as_text(fmt: str, out: str, hostile: list[str], links: set[str]) -> None:
    if fmt == "html":
        audit_html(out, links)
        for svg in SVG_BLOCK.findall(out):  # codes only for the links that may have one
            assert decode(rasterise(svg, px=4))[0] in links
    elif fmt == "md":
        forge = forge_html(out)
        audit_html(forge, links, forge=True)
        assert "<strong>bold</strong>" not in forge and "<em>italic</em>" not in forge
        assert "<code>code</code>" not in forge and "<h1>not a heading" not in forge
    seen = seen_text(fmt, out)
    for text in hostile:
        assert " ".join(text.split()) in seen, text


@pytest.mark.parametrize("text", [
    *HOSTILE_DIRECT[:-1], "1. not a list", "- not a list", "+ nor this", "= not a heading",
    "two  spaces\nand a line", "back\\slash \\* and \\_", "&copy; &#60;b&#62;", "~~struck~~",
    "Title #", "`` double ``", "<!-- a comment -->", "a\\\nb",
    "> not a quote", "a > b & c", "AT&T", "&amp;x; &#x3C;b&#x3E; &", "<https://evil.example>",
    "1> x", "<b>bold</b>", "< a >",
])
def test_md_text_renders_on_a_forge_as_exactly_the_text(text: str) -> None:
    """Alone in a paragraph, in a list item and in a table cell, the forge shows the text as is."""
    cell = md_text(text)
    expected = " ".join(text.split())
    for doc, shows in ((cell, expected), (f"- {cell}", expected),
                       (f"| Head |\n|---|\n| {cell} |", f"Head {expected}")):
        forge = forge_html(doc)
        # an e-mail address is code (shown, not linked); nothing else becomes markup
        blocks = ("p", "ul", "li", "table", "thead", "tr", "th", "tbody", "td",
                  *(("code",) if "@" in text else ()))
        assert [t for t, _ in page(forge).tags if t not in blocks] == []
        shown = page(forge).text
        assert shown == shows
