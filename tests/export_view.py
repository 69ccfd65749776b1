"""Reading an exported checklist back as a person (or a forge) would see it.

HTML is parsed with the standard library's parser and Markdown rendered by cmark-gfm, the
renderer GitHub uses, so the tests see what a browser or a forge makes of the file, not the
file's source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import cmarkgfm

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "div", "td", "th", "tr", "br", "section", "article",
          "footer", "ul", "ol", "table", "blockquote", "title"}


@dataclass
class Anchor:
    href: str | None
    text: str = ""


class Page(HTMLParser):
    """Every start tag with its attributes, the anchors with their text, the style sheets, and
    the visible text (style and titles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.anchors: list[Anchor] = []
        self.styles: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0
        self._anchor: Anchor | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self._skip += 1
        if tag in BLOCKS:
            self.chunks.append(" ")
        if tag == "a":
            self._anchor = Anchor(dict(attrs).get("href"))
            self.anchors.append(self._anchor)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1
        if tag in BLOCKS:
            self.chunks.append(" ")
        if tag == "a":
            self._anchor = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self.tags and self.tags[-1][0] == "style":
                self.styles.append(data)
            return
        self.chunks.append(data)
        if self._anchor is not None:
            self._anchor.text += data

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())


def page(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    return p


def forge_html(markdown: str) -> str:
    """What GitHub makes of the Markdown (cmark-gfm with its extensions, raw HTML let through so
    that any left unescaped would show)."""
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


def seen_text(fmt: str, output: str) -> str:
    """The words a reader sees, whitespace collapsed, whatever the format."""
    if fmt == "html":
        return page(output).text
    if fmt == "md":
        return page(forge_html(output)).text
    return " ".join(output.split())


SVG_BLOCK = re.compile(r"<svg\b.*?</svg>", re.S)
