"""The checklist as one self-contained HTML file, made to be printed.

Inline CSS and inline SVG QR codes only: no script, no stylesheet, image or font from anywhere,
so it opens and prints the same offline, years later. Every piece of text goes through `_t` (or
`_a` in an attribute), and the only links are item links that are https on the guide's domains,
each shown in full as its own text. Nothing relies on colour: states are words, boxes are outlines.
"""

from __future__ import annotations

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
from checkup.guides.model import Source
from checkup.support.i18n import _, language
from checkup.support.safe_text import html_text
from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
from checkup.words.languages import guide_language_note, unreviewed_note

PAPER_SIZES: dict[str, str] = {"auto": "auto", "a4": "A4", "letter": "letter"}

# Margins that suit A4 and US Letter alike; the content column is narrower than either page.
PAGE = "@page { size: %s; margin: 14mm 14mm 16mm 14mm; }"
CSS = """
html { color: #000; background: #fff; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
       margin: 0 auto; max-width: 180mm; }
@media screen { body { padding: 8mm; } }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 2mm; }
.workshop { font-size: 12pt; font-weight: bold; margin: 0 0 3mm; padding-bottom: 1.5mm;
            border-bottom: 0.6pt solid #000; }
h2 { font-size: 13pt; line-height: 1.25; margin: 0 0 1.5mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 2.5mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0; }
.guide + .guide { break-before: page; }
.lead, .meta { break-inside: avoid; }
.meta { font-size: 9.5pt; }
.howto { border: 1pt solid #000; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
.item { border-top: 1.5pt solid #000; margin-top: 5mm; padding-top: 3mm; }
.head { display: flow-root; break-inside: avoid; break-after: avoid; }
.qr { float: right; width: 34mm; margin: 0 0 2mm 4mm; text-align: center; }
.qr svg { display: block; width: 34mm; height: 34mm; }
.url, .src-url { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt;
                 overflow-wrap: anywhere; }
.qr .url { display: block; margin-top: 1mm; text-align: left; }
.qr-what { display: block; font-size: 8pt; margin-bottom: 1mm; text-align: left; }
.caveat { font-style: italic; }
a { color: #000; text-decoration: none; }
.box { display: inline-block; box-sizing: border-box; width: 5.5mm; height: 5.5mm;
       border: 1.3pt solid #000; margin-right: 2.5mm; vertical-align: -1mm; text-align: center;
       font-size: 11pt; line-height: 5mm; font-weight: bold; }
.state { font-weight: bold; }
.labels .label { font-weight: bold; white-space: nowrap; }
.device, .notes, .rules, .verified { break-inside: avoid; }
ol.steps { margin: 0; padding-left: 7mm; }
ol.steps li { break-inside: avoid; margin: 0.5mm 0; }
ul { margin: 0; padding-left: 6mm; }
li { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-top: 1mm; }
th, td { border: 0.6pt solid #000; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; }
th:nth-child(1) { width: 16%; } th:nth-child(2) { width: 15%; } th:nth-child(5) { width: 10%; }
td:nth-child(3) { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.sources { break-before: auto; margin-top: 6mm; }
.sources li { margin: 0.8mm 0; }
.aside { font-size: 9pt; font-weight: normal; }
footer { margin-top: 5mm; font-size: 8.5pt; break-inside: avoid; }
"""


def _t(text: str) -> str:
    """Text content, escaped."""
    return html_text(text)


def _a(text: str) -> str:
    """An attribute value, escaped (quotes too)."""
    return html_text(text, quote=True)


def _qr_block(item: ChecklistItem, domains: tuple[str, ...]) -> str:
    from checkup.qr.code import make_qr
    from checkup.qr.svg import qr_svg

    svg = qr_svg(make_qr(item.link, domains))
    heading = (f'<span class="qr-what">{_t(item.facts.help_heading)}</span>'
               if item.facts.help_heading else "")
    return f'<div class="qr">{heading}{svg}<a class="url" href="{_a(item.link)}">' \
           f"{_t(item.link)}</a></div>"


def _link_line(item: ChecklistItem) -> str:
    """The link in text for items printed without a QR code; a link only when it may be one."""
    if not item.link:
        return ""
    if item.link_ok:
        link = f'<a class="url" href="{_a(item.link)}">{_t(item.link)}</a>'
    else:
        link = f'<span class="url">{_t(item.link)}</span>'
    heading = item.facts.help_heading or _("Link:")  # outside the f-string: extraction finds it
    return f"<p>{_t(heading)} {link}</p>"


def _unverified_link(item: ChecklistItem) -> str:
    """A link one source gives: text only, never a hyperlink or a QR code, with what to check."""
    facts = item.facts
    if not facts.unverified_link:
        return ""
    return (f'<p class="caveat">{_t(facts.link_caveat)} '
            f'<span class="url">{_t(facts.unverified_link)}</span></p>')


def _said(text: str, kind: str = "caveat") -> str:
    return f'<p class="{kind}">{_t(text)}</p>' if text else ""


def _labels(item: ChecklistItem, labels: tuple[str, ...] | None = None) -> str:
    if labels == ():  # nothing to look for on this device
        return ""
    between = " &gt; " if item.item.labels_path else ", "  # a menu path, or separate things
    shown = between.join(f'<span class="label">&quot;{_t(label)}&quot;</span>'
                         for label in (item.item.labels if labels is None else labels))
    look_for = _("Look for:")  # outside the f-string, where extraction finds it
    return f'<p class="labels">{_t(look_for)} {shown}</p>'


def _region_block(line: RegionLine) -> str:
    why = _("Why: {reason} {sources}").format(reason=line.reason,
                                             sources=sources_sentence(line.sources))
    return (f'<div class="rules"><p><strong>{_t(region_sentence(line))}</strong></p>'
            f"<p>{_t(why)}</p></div>")


def _region_table(rows: tuple[RegionLine, ...]) -> str:
    body = "".join(
        f"<tr><td>{_t(r.region)}</td><td>{_t(r.status_words)}<br>({_t(r.advice)})</td>"
        f"<td>{_t(since_text(r))}</td>"
        f"<td>{_t(r.reason)}</td><td>{_t(', '.join(r.sources))}</td></tr>"
        for r in rows
    )
    head = "".join(f"<th>{_t(name)}</th>" for name in (_("Region"), _("Status"), _("Since"),
                                                        _("Why"), _("Sources")))
    title = _("Where this applies")  # outside the f-string, where extraction finds it
    return (f'<div class="table"><h3>{_t(title)}</h3><table><thead><tr>'
            f"{head}</tr></thead><tbody>{body}</tbody></table></div>")


def _list(title: str, lines: tuple[str, ...]) -> str:
    if not lines:
        return ""
    entries = "".join(f"<li>{_t(line)}</li>" for line in lines)
    return f'<div class="notes"><h3>{_t(title)}</h3><ul>{entries}</ul></div>'


def _item(item: ChecklistItem, g: GuideChecklist) -> str:
    it = item.item
    out = [f'<section class="item" id="{_a(g.guide.id + "-" + it.id)}"><div class="head">']
    if item.full and item.link_ok:
        out.append(_qr_block(item, g.guide.domains))
    tick = ("&#x2713;" if item.ticked else "~" if item.no_way
            else "/" if item.not_applicable else "")
    out.append(f'<h2><span class="box" aria-hidden="true">{tick}</span>'
               f"{item.number}. {_t(it.title)}</h2>")
    if item.state is not None:
        out.append(f'<p class="state">{_t(state_sentence(item.state, it.kind))}</p>')
    out.append(f"<p>{_t(it.summary)}</p>")
    if item.here:
        out.append(_region_block(item.here))
    facts = item.facts
    out += [_said(facts.language), _said(facts.audience, "audience"), _said(facts.signal),
            _said(facts.default, "default")]
    out += [f'<p class="note"><em>{_t(note)}</em></p>' for note in item.notes]
    if not (item.full and item.link_ok):
        out.append(_link_line(item))
    out.append(_unverified_link(item))
    if not item.labels_by_device and item.labels:
        out.append(_labels(item, item.labels))
    if item.labels:
        out.append(_said(facts.labels_caveat))
    out.append("</div>")
    out.append(_list(_(INSTEAD_TITLE), facts.instead))
    out.append(_list(_(INSTEAD_DOES_NOT_TITLE), facts.instead_does_not))
    if item.full:
        for group in item.steps:
            steps = "".join(f"<li>{_t(step)}</li>" for step in group.steps)
            path = _labels(item, group.labels) if item.labels_by_device else ""
            caveats = "".join(_said(c) for c in group.caveats)
            out.append(f'<div class="device"><h3>{_t(group.heading)}</h3>{caveats}{path}'
                       f'<ol class="steps">{steps}</ol></div>')
        out.append(_list(_("If you cannot find it"), item.help))
        out.append(_list(_("What this does not do"), it.does_not))
    if item.by_region:
        out.append(_region_table(item.by_region))
    out.append(f'<p class="verified">{_t(item.checked)} '
               f"{_t(sources_sentence(it.sources))}</p></section>")
    return "".join(out)


def _source_entry(s: Source) -> str:
    copy = (f'<br>{_t(copy_sentence(s))} <span class="src-url">{_t(s.read_at)}</span>'
            if s.read_at else "")
    return f'<li>{_t(source_text(s))}<br><span class="src-url">{_t(s.url)}</span>{copy}</li>'


def _sources(g: GuideChecklist) -> str:
    entries = "".join(_source_entry(s) for s in g.sources)
    title, aside = _("Sources"), _("(shown as text on purpose: type one in if you want to read it)")
    return (f'<section class="sources"><h2>{_t(title)} <span class="aside">'
            f'{_t(aside)}</span>'
            f"</h2><ul>{entries}</ul></section>")


def _guide(doc: ChecklistDocument, g: GuideChecklist) -> str:
    guide = g.guide
    items = "".join(_item(i, g) for i in g.items)
    howto = how_to_use("html")
    said = guide_language_note(guide)
    in_english = f'<p class="language">{_t(said)}</p>' if said else ""
    return (f'<article class="guide"><h1>{_t(guide.platform)}: {_t(guide.title)}</h1>'
            f'<p class="lead">{_t(guide.summary)}</p>{in_english}'
            f'<p class="meta">{_t(for_whom(doc, g))} {_t(verified_sentence(g))}</p>'
            f'<p class="howto">{_t(howto)}</p>{items}{_sources(g)}</article>')


def render_html(doc: ChecklistDocument, paper: str = "auto") -> str:
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, not {paper!r}")
    names = ", ".join(g.guide.platform for g in doc.guides)
    kind = doc.workshop or (_("Checklist") if doc.blank else _("Your checklist"))
    body = "".join(_guide(doc, g) for g in doc.guides)
    made = _("Made by checkup {version}, offline: this page loads nothing from the internet."
             ).format(version=doc.version)
    if said := unreviewed_note():
        body = f'<p class="unreviewed">{_t(said)}</p>{body}'
    if doc.workshop:
        body = f'<p class="workshop">{_t(workshop_line(doc))}</p>{body}'
    css = PAGE % PAPER_SIZES[paper] + CSS
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_t(language())}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_t(kind)}: {_t(names)} ({_t(doc.on.isoformat())})</title>"
        f"<style>{css}</style></head>\n<body>{body}"
        f"<footer>{_t(made)}</footer></body></html>\n"
    )
