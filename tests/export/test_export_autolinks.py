"""The Markdown checklist in renderers that make links by themselves: nothing in guide text
becomes a link, in cmark-gfm (GitHub's, with its autolink extension) or in markdown-it with
linkify (the parser many editors' previews use); only the item links meant as links are links,
and the words read the same."""

from __future__ import annotations

import pytest
from export_view import forge_html, page
from markdown_it import MarkdownIt
from test_export import blank, linkedin, personal

from checkup.export.to_markdown import md_text, render_markdown

# What the reliability attack saw linkified, and the like.
SELF_LINKING = [
    "see //evil.com and //evil.com/t.png, ![x](//evil.com/x.png)",
    "write to mail@evil.com or first.last+tag@sub.evil.co.uk",
    "bare names: linkedin.com, iPhoned.nl, techgolly.com, Service.md, x.png, evil.co.uk/path",
    "www.evil.com and WWW.Evil.com/x",
    "https://evil.com/x, ftp://evil.com, mailto:a@evil.com, xmpp:a@evil.com",
    "//localhost/x and a/b//c",
    "e.g. version 1.5 at 10.0.0.1, end.",
]


def linkify_html(markdown: str) -> str:
    renderer = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable("linkify")
    return renderer.render(markdown)


RENDERERS = {"cmark-gfm": forge_html, "markdown-it-linkify": linkify_html}


@pytest.mark.parametrize("render", RENDERERS.values(), ids=RENDERERS.keys())
@pytest.mark.parametrize("text", SELF_LINKING)
def test_text_that_renderers_would_link_stays_text_and_reads_the_same(render, text) -> None:
    for doc in (md_text(text), f"- {md_text(text)}", f"| Head |\n|---|\n| {md_text(text)} |"):
        shown = page(render(doc))
        assert shown.anchors == [], (doc, shown.anchors)
        assert " ".join(text.split()) in shown.text


def _guide_with_self_linking_text():
    guide = linkedin()
    items = [item._replace(summary=SELF_LINKING[n % len(SELF_LINKING)],
                                 does_not=tuple(SELF_LINKING))
             for n, item in enumerate(guide.items)]
    return guide._replace(items=tuple(items), summary=" ".join(SELF_LINKING))


@pytest.mark.parametrize("render", RENDERERS.values(), ids=RENDERERS.keys())
@pytest.mark.parametrize("make", [blank, personal], ids=["blank", "personal"])
@pytest.mark.parametrize("hostile", [False, True], ids=["shipped", "self-linking"])
def test_the_only_links_in_the_markdown_are_the_item_links(render, make, hostile) -> None:
    guide = _guide_with_self_linking_text() if hostile else linkedin()
    shown = page(render(render_markdown(make(guide))))
    links = {item.link for item in guide.items}
    assert shown.anchors and all(a.href in links and a.text == a.href for a in shown.anchors)
