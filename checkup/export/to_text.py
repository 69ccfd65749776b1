"""The checklist as plain text: fits 80 columns, prints anywhere, reads out with a screen reader.

Every line but a URL is at most WIDTH columns; URLs stand on a line of their own and are never
broken, so they can be copied whole. Control characters in any text are replaced, so nothing
printed to a terminal can send it escape sequences.
"""

from __future__ import annotations

from checkup.export.checklist import (
    HOW_TO_USE,
    ChecklistDocument,
    ChecklistItem,
    GuideChecklist,
    for_whom,
    labels_sentence,
    region_sentence,
    source_text,
    sources_sentence,
    state_sentence,
    verified_sentence,
    visible,
)
from checkup.plain_text import wrap

WIDTH = 78  # under 80, so a terminal that wraps at the last column never adds a blank line
RULE = "-" * WIDTH


def _lines(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return wrap(visible(text), indent, WIDTH, first)


def _url(url: str, indent: str) -> str:
    return indent + visible(url).replace(" ", "%20")


def _item(item: ChecklistItem) -> list[str]:
    it = item.item
    box = "[x]" if item.ticked else "[ ]"
    out = [RULE, *_lines(f"{box} {item.number}. {it.title}", "    ", "")]
    if item.state:
        out += _lines(state_sentence(item.state), "    ")
    out += _lines(it.summary, "    ")
    if item.here:
        out += _lines(region_sentence(item.here), "    ")
        out += _lines(f"Why: {item.here.reason} {sources_sentence(item.here.sources)}", "      ")
    out += ["    Link:", _url(it.link, "      ")]
    out += _lines(f"Look for: {labels_sentence(it)}", "      ", "    ")
    if item.full:
        for group in item.steps:
            out += ["", f"    {visible(group.heading)}:"]
            for n, step in enumerate(group.steps, 1):
                out += _lines(step, "         ", f"      {n}. ")
        for title, lines in (("If you cannot find it", it.help),
                             ("What this does not do", it.does_not)):
            if lines:
                out += ["", f"    {title}:"]
                for line in lines:
                    out += _lines(line, "        ", "      - ")
    if item.by_region:
        out += ["", "    Where this applies:"]
        for row in item.by_region:
            out += _lines(region_sentence(row), "        ", "      - ")
            out += _lines(f"{row.reason} {sources_sentence(row.sources)}", "        ")
    out += ["", *_lines(f"Verified {it.verified.isoformat()}. {sources_sentence(it.sources)}",
                        "    ")]
    return [*out, ""]


def _guide(doc: ChecklistDocument, g: GuideChecklist) -> list[str]:
    guide = g.guide
    title = _lines(f"{guide.platform}: {guide.title}")
    out = [*title, "=" * max(len(line) for line in title), ""]
    out += [*_lines(guide.summary), ""]
    out += [*_lines(f"{for_whom(doc, g)} {verified_sentence(g)}"), ""]
    out += [*_lines(HOW_TO_USE["txt"]), ""]
    for item in g.items:
        out += _item(item)
    out += [RULE, "Sources (shown as text: type one in if you want to read it)", ""]
    for src in g.sources:
        out += [*_lines(source_text(src), "    ", "  "), _url(src.url, "    ")]
    return [*out, ""]


def render_text(doc: ChecklistDocument) -> str:
    lines: list[str] = []
    for g in doc.guides:
        lines += _guide(doc, g)
    lines.append(f"Made by checkup {doc.version}, offline.")
    return "\n".join(line.rstrip() for line in lines) + "\n"
