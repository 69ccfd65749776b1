"""The checklist as GitHub-flavoured Markdown: task-list boxes, renders on common forges.

Guide text is text, never markup: `md_text` backslash-escapes the characters Markdown acts on
(`<` too, so no HTML tag can start, and `&` where it would start an entity), and the forms that
forges and linkify renderers (markdown-it's, which many editors' previews use) turn into links by
themselves: "scheme://", "//host", "www.", and a bare name such as linkedin.com or iPhoned.nl
(its dot is escaped). Every escape is a backslash before punctuation, which CommonMark shows as
the character alone, so a reader and a screen reader get the same text. E-mail addresses are
code: cmark-gfm links them whatever is escaped. The file stays readable as it is: "Settings &
Privacy" is written as such, not as an entity. The only links are item links that are https on
the guide's domains; source addresses are code, shown but not followed.
"""

from __future__ import annotations

import re

from checkup.export.checklist import (
    ChecklistDocument,
    ChecklistItem,
    GuideChecklist,
    RegionLine,
    copy_sentence,
    for_whom,
    how_to_use,
    region_sentence,
    since_text,
    source_text,
    sources_sentence,
    state_sentence,
    verified_sentence,
    workshop_line,
)
from checkup.guides.model import Item
from checkup.support.i18n import _
from checkup.support.safe_text import flowing
from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
from checkup.words.languages import guide_language_note, unreviewed_note

# Emphasis, code, link brackets (so "](" and "![" mean nothing), table pipes, strikethrough,
# headings' closing hashes, '<' (so no HTML tag or autolink can open); '&' only where it would
# start an entity ("&copy;", "&#60;"); and ':' before '//', so "https://" in text is no autolink
# ("\:" renders as ":" but no longer ends a scheme).
_SPECIAL = re.compile(r"([\\`*_\[\]|~#<]|&(?=#?\w+;)|:(?=//))")
# A list item, a heading underline or a block quote, where the text starts a line.
_BLOCK_START = re.compile(r"^(\s*\d*)([-+=.)>])")
# A dot inside a name (linkedin.com, x.png, www.): linkify renderers link any name that ends in
# a known top-level domain. A dot before a digit (1.5, 10.0.0.1) is left alone.
_NAME_DOT = re.compile(r"(?<=[\w-])\.(?=[^\W\d_])")
_TWO_SLASHES = re.compile(r"//")  # "//host" is a link to linkify renderers
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _escaped(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    text = _TWO_SLASHES.sub(r"\\/\\/", text)
    return _NAME_DOT.sub(r"\\.", text)


def md_text(text: str) -> str:
    """One line of guide text, safe anywhere in a Markdown line (a table cell included)."""
    text = " ".join(flowing(text).split())
    out, at = [], 0
    for email in _EMAIL.finditer(text):
        out += [_escaped(text[at:email.start()]), md_code(email.group())]
        at = email.end()
    out.append(_escaped(text[at:]))
    return _BLOCK_START.sub(r"\1\\\2", "".join(out))


def md_code(text: str) -> str:
    """Inline code: shown as typed, never a link. The fence is longer than any run of
    backticks inside, as CommonMark asks."""
    text = " ".join(flowing(text).split())
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def _link(item: ChecklistItem) -> str:
    url = item.link
    if item.link_ok and not re.search(r"[<>`\s]", url):
        return f"<{url}>"
    return md_code(url)


def _links(item: ChecklistItem) -> list[str]:
    """The link to open, then a link that one source gives: code, never a link, with what to
    check."""
    facts, out = item.facts, []
    if item.link and facts.help_heading:
        out += [f"{md_text(facts.help_heading)} {_link(item)}", ""]
    elif item.link:
        out += [_("Link: {link}").format(link=_link(item)), ""]
    if facts.unverified_link:
        out += [f"{md_text(facts.link_caveat)} {md_code(facts.unverified_link)}", ""]
    return out


def _region_table(rows: tuple[RegionLine, ...]) -> list[str]:
    title = _("Where this applies")  # outside the f-string, where extraction finds it
    out = [f"**{title}**", "",
           "| {} | {} | {} | {} | {} |".format(_("Region"), _("Status"), _("Since"), _("Why"),
                                               _("Sources")),
           "|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {md_text(r.region)} | {md_text(r.status_words)} ({md_text(r.advice)}) | "
                   f"{since_text(r)} | {md_text(r.reason)} | {md_text(', '.join(r.sources))} |")
    return [*out, ""]


def _bullets(title: str, lines: tuple[str, ...]) -> list[str]:
    if not lines:
        return []
    return [f"**{md_text(title)}**", "", *(f"- {md_text(line)}" for line in lines), ""]


def _labels(it: Item, labels: tuple[str, ...]) -> str:
    return (" > " if it.labels_path else ", ").join(f'"{md_text(label)}"' for label in labels)


def _item(item: ChecklistItem) -> list[str]:
    it = item.item
    box = item.box
    state = state_sentence(item.state, it.kind) if item.state else _("Tick when done.")
    out = [f"## {item.number}. {md_text(it.title)}", "", f"- {box} {md_text(state)}", "",
           md_text(it.summary), ""]
    if item.here:
        why = _("Why: {reason} {sources}").format(reason=item.here.reason,
                                                 sources=sources_sentence(item.here.sources))
        out += [f"**{md_text(region_sentence(item.here))}** {md_text(why)}", ""]
    facts = item.facts
    said_first = (facts.language, facts.audience, facts.signal, facts.default)
    out += [f"{md_text(said)}\n" for said in said_first if said]
    for note in item.notes:
        out += [f"*{md_text(note)}*", ""]
    out += _links(item)
    if not item.labels_by_device and item.labels:
        out += [_("Look for: {labels}").format(labels=_labels(it, item.labels)), ""]
    if facts.labels_caveat and item.labels:
        out += [md_text(facts.labels_caveat), ""]
    out += _bullets(_(INSTEAD_TITLE), facts.instead)
    out += _bullets(_(INSTEAD_DOES_NOT_TITLE), facts.instead_does_not)
    if item.full:
        for group in item.steps:
            out += [f"**{md_text(group.heading)}**", ""]
            out += [f"{md_text(caveat)}\n" for caveat in group.caveats]
            if item.labels_by_device and group.labels:
                out += [_("Look for: {labels}").format(labels=_labels(it, group.labels)), ""]
            out += [f"{n}. {md_text(step)}" for n, step in enumerate(group.steps, 1)]
            out.append("")
        out += _bullets(_("If you cannot find it"), item.help)
        out += _bullets(_("What this does not do"), it.does_not)
    if item.by_region:
        out += _region_table(item.by_region)
    out += [f"*{md_text(item.checked)}* {md_text(sources_sentence(it.sources))}", ""]
    return out


def _guide(doc: ChecklistDocument, g: GuideChecklist) -> list[str]:
    guide = g.guide
    out = [f"# {md_text(guide.platform)}: {md_text(guide.title)}", "", md_text(guide.summary), "",
           f"{md_text(for_whom(doc, g))} {md_text(verified_sentence(g))}", "",
           f"> {md_text(how_to_use('md'))}", ""]
    if said := guide_language_note(guide):
        out += [f"*{md_text(said)}*", ""]
    for item in g.items:
        out += _item(item)
    out += ["## " + _("Sources"), "",
            _("Shown as text on purpose: type one in if you want to read it."), ""]
    out += [f"- {md_text(source_text(s))}: {md_code(s.url)}"
            + (f" {md_text(copy_sentence(s))} {md_code(s.read_at)}" if s.read_at else "")
            for s in g.sources]
    return [*out, ""]


def render_markdown(doc: ChecklistDocument) -> str:
    lines: list[str] = [f"**{md_text(workshop_line(doc))}**", ""] if doc.workshop else []
    if said := unreviewed_note():
        lines += [f"*{md_text(said)}*", ""]
    for g in doc.guides:
        lines += _guide(doc, g)
    made = _("Made by checkup {version}, offline.").format(version=doc.version)
    lines.append(f"*{md_text(made)}*")
    return "\n".join(lines) + "\n"
