"""The checklist as plain text: fits 80 columns, prints anywhere, reads out with a screen reader.

Every line but a URL is at most WIDTH columns; URLs stand on a line of their own and are never
broken, so they can be copied whole, indented as far as they fit (at the margin if not).
Control characters in any text are replaced, so nothing printed to a terminal can send it escape
sequences.
"""

from __future__ import annotations

import re

from checkup.export.checklist import (
    ChecklistDocument,
    ChecklistItem,
    GuideChecklist,
    copy_sentence,
    for_whom,
    how_to_use,
    labels_sentence,
    region_sentence,
    source_text,
    sources_sentence,
    state_sentence,
    verified_sentence,
    workshop_line,
)
from checkup.support.i18n import _
from checkup.support.plain_text import wrap
from checkup.support.safe_text import flowing
from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
from checkup.words.languages import guide_language_note, unreviewed_note

WIDTH = 78  # under 80, so a terminal that wraps at the last column never adds a blank line
RULE = "-" * WIDTH


# A word with a web address in it, after any opening brackets or quotes that belong to the text.
_WORD = re.compile(r"([(\[\"'\u2018\u201c]*)(\S+)")
_CLOSERS = {")": "(", "]": "["}


def _address_and_after(word: str) -> tuple[str, str]:
    """A word holding a web address, cut from the punctuation after it that ends the sentence
    or a bracket opened before it ("...close-accounts." or "(see https://x)")."""
    end = len(word)
    while end and (_ends_sentence(word[end - 1]) or _unopened(word[:end])):
        end -= 1
    return word[:end], word[end:]


def _ends_sentence(c: str) -> bool:
    return c in ".,;:!?'\"\u2019\u201d"


def _unopened(word: str) -> bool:
    """Ends in a bracket closing one opened before the address, not inside it."""
    c = word[-1]
    return c in _CLOSERS and word.count(c) > word.count(_CLOSERS[c])


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut around its web addresses: (words, False) to wrap, (address, True) to print
    on a line of its own. A full stop ending the text after an address is left out: the address
    on its own line ends the sentence, and a copied line must be the address alone."""
    out: list[tuple[str, bool]] = []
    start, carry = 0, ""
    for m in _WORD.finditer(text):
        if "://" not in m.group(2):
            continue
        address, after = _address_and_after(m.group(2))
        out += [(carry + text[start:m.start(2)], False), (address, True)]
        start, carry = m.end(), after
    out.append((carry + text[start:], False))
    if len(out) > 1 and out[-1][0].strip() == ".":
        out.pop()
    return [(t, is_address) for t, is_address in out if is_address or t.strip()]


def _lines(text: str, indent: str = "", first: str | None = None) -> list[str]:
    """`text` wrapped to WIDTH after `indent` (`first` on the first line), each web address in it
    on a line of its own."""
    out: list[str] = []
    lead = first
    for piece, is_address in _pieces(flowing(text)):
        if is_address:
            if lead and lead.strip():  # a bullet or number, then the address under it
                out.append(lead.rstrip())
            out.append(_url(piece, indent))
        else:
            out += wrap(piece.strip(), indent, WIDTH, lead)
        lead = None
    return out or [(indent if first is None else first).rstrip()]


def _url(url: str, indent: str) -> str:
    """A URL whole, indented as far as it fits (at the margin if it does not), so the page is
    only ever wider than 80 columns for an address that is itself longer."""
    url = flowing(url).replace(" ", "%20")
    return indent[:max(0, WIDTH - len(url))] + url


def _links(item: ChecklistItem) -> list[str]:
    """The link to open (the settings page, or the help page standing in for it), then a link
    that one source gives, as text with what to check."""
    facts, out = item.facts, []
    if item.link:
        out += ["    " + (facts.help_heading or _("Link:")), _url(item.link, "      ")]
    if facts.unverified_link:
        out += [*_lines(facts.link_caveat, "      ", "    "), _url(facts.unverified_link, "      ")]
    return out


def _instead(item: ChecklistItem) -> list[str]:
    out = []
    for title, lines in ((_(INSTEAD_TITLE), item.facts.instead),
                         (_(INSTEAD_DOES_NOT_TITLE), item.facts.instead_does_not)):
        if lines:
            out += ["", "    " + title]
            for line in lines:
                out += _lines(line, "        ", "      - ")
    return out


def _item(item: ChecklistItem) -> list[str]:
    it, facts = item.item, item.facts
    box = item.box
    out = [RULE, *_lines(f"{box} {item.number}. {it.title}", "    ", "")]
    if item.state:
        out += _lines(state_sentence(item.state, it.kind), "    ")
    out += _lines(it.summary, "    ")
    if item.here:
        out += _lines(region_sentence(item.here), "    ")
        out += _lines(_("Why: {reason} {sources}").format(
            reason=item.here.reason, sources=sources_sentence(item.here.sources)), "      ")
    for said in (facts.language, facts.audience, facts.signal, facts.default):
        if said:
            out += _lines(said, "    ")
    for note in item.notes:
        out += _lines(note, "    ")
    out += _links(item)
    if not item.labels_by_device and item.labels:
        out += _lines(_("Look for: {labels}").format(labels=labels_sentence(it, item.labels)),
                      "      ", "    ")
    if facts.labels_caveat and item.labels:
        out += _lines(facts.labels_caveat, "      ", "    ")
    out += _instead(item)
    if item.full:
        for group in item.steps:
            out += ["", *_lines(_("{heading}:").format(heading=group.heading), "      ", "    ")]
            for caveat in group.caveats:
                out += _lines(caveat, "        ", "      ")
            if item.labels_by_device and group.labels:
                path = labels_sentence(it, group.labels)
                out += _lines(_("Look for: {labels}").format(labels=path), "        ", "      ")
            for n, step in enumerate(group.steps, 1):
                out += _lines(step, "         ", f"      {n}. ")
        for title, lines in ((_("If you cannot find it"), item.help),
                             (_("What this does not do"), it.does_not)):
            if lines:
                out += ["", "    " + _("{heading}:").format(heading=title)]
                for line in lines:
                    out += _lines(line, "        ", "      - ")
    if item.by_region:
        out += ["", "    " + _("Where this applies:")]
        for row in item.by_region:
            out += _lines(region_sentence(row), "        ", "      - ")
            out += _lines(f"{row.reason} {sources_sentence(row.sources)}", "        ")
    out += ["", *_lines(f"{item.checked} {sources_sentence(it.sources)}", "    ")]
    return [*out, ""]


def _guide(doc: ChecklistDocument, g: GuideChecklist) -> list[str]:
    guide = g.guide
    title = _lines(f"{guide.platform}: {guide.title}")
    out = [*title, "=" * max(len(line) for line in title), ""]
    out += [*_lines(guide.summary), ""]
    if said := guide_language_note(guide):
        out += [*_lines(said), ""]
    out += [*_lines(f"{for_whom(doc, g)} {verified_sentence(g)}"), ""]
    out += [*_lines(how_to_use("txt")), ""]
    for item in g.items:
        out += _item(item)
    out += [RULE, _("Sources (shown as text: type one in if you want to read it)"), ""]
    for src in g.sources:
        out += [*_lines(source_text(src), "    ", "  "), _url(src.url, "    ")]
        if src.read_at:
            out += [*_lines(copy_sentence(src), "    "), _url(src.read_at, "    ")]
    return [*out, ""]


def render_text(doc: ChecklistDocument) -> str:
    lines: list[str] = [*_lines(workshop_line(doc)), ""] if doc.workshop else []
    if said := unreviewed_note():
        lines += [*_lines(said), ""]
    for g in doc.guides:
        lines += _guide(doc, g)
    lines.append(_("Made by checkup {version}, offline.").format(version=doc.version))
    return "\n".join(line.rstrip() for line in lines) + "\n"
