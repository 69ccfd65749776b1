"""`checkup show GUIDE`: each item, whether it applies to a region on a day and why, and how."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, NamedTuple

from checkup.cli.options import add_as_of, add_guide, add_region, add_surface
from checkup.support.i18n import _
from checkup.support.plain_text import wrap as _wrap
from checkup.support.terminal import text_width

if TYPE_CHECKING:
    from checkup.guides.model import Guide, Item
    from checkup.words.report import ItemReport


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show", help=_("show a guide for your region and devices"),
        description=_("Show every item of a guide: whether it applies in your region on a day, "
                      "why (the rule and its source), and the steps for your device(s)."),
    )
    add_guide(p)
    add_region(p)
    add_surface(p, many=True)
    add_as_of(p)
    p.add_argument("--json", action="store_true", help=_("print one JSON object instead of text"))


class Shown(NamedTuple):
    """A guide's report for one region (or every region), day and set of devices: what
    `checkup show` prints, read once and rendered as text or as JSON."""

    guide: Guide
    country: str | None
    region_name: str | None
    on: dt.date
    surfaces: tuple[str, ...]
    reports: list[ItemReport]


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import named_guides
    from checkup.cli.options import find_guide, region_code, surfaces_or_all
    from checkup.guides.regions import default_regions
    from checkup.support.terminal import can_encode
    from checkup.words.report import guide_report, report_json

    regions = default_regions()
    country = region_code(args.region, regions)
    guide = find_guide(named_guides([args.guide]), args.guide)
    on = args.as_of or dt.date.today()
    shown = Shown(guide, country, regions.name(country) if country else None, on,
                  surfaces_or_all(args.surface), guide_report(guide, country, on, regions))
    if args.json:
        data = report_json(guide, country, on, shown.surfaces, regions, shown.reports)
        for entry, rep in zip(data["items"], shown.reports, strict=True):
            entry |= new_facts_json(guide, rep.item)
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if not can_encode(sys.stdout, text):  # JSON's own escapes keep every character exact
            text = json.dumps(data, indent=2)
        print(text)
    else:
        print("\n".join(render_text(shown)))
    return 0


def new_facts_json(guide: Guide, item: Item) -> dict:
    """What the text says beside the steps, for a script: the caveats in the same words."""
    from checkup.words.caveats import default_line, field_caveat, signal_note
    from checkup.words.languages import item_language_note, local_label_lines

    fields = {f: {"source": sid, "caveat": field_caveat(guide, item, f)}
              for f, sid in item.unverified.items()}
    return {
        "kind": item.kind,
        "audience": item.audience or None,
        "default": item.default,
        "default_note": item.default_note or None,
        "default_line": default_line(guide, item) or None,
        "signal_note": signal_note(item) or None,
        "unverified": fields,
        "help_link": item.help_link or None,
        "open_link": item.open_link or None,  # the one a QR code or a hyperlink may open
        "instead": list(item.instead),
        "instead_does_not": list(item.instead_does_not),
        # in a language other than English: what is still English, and the platform's own
        # names for the labels there, with their sources
        "language_note": item_language_note(item) or None,
        "local_labels": local_label_lines(guide, item),
    }


def render_text(shown: Shown) -> list[str]:
    """Plain lines, no colour or box drawing: readable piped, printed or by a screen reader."""
    from checkup.export.checklist import group_caveats, item_facts
    from checkup.guides.freshness import checked_line
    from checkup.guides.model import NO_OPT_OUT
    from checkup.guides.regions import default_regions
    from checkup.support.dates import long_date
    from checkup.words.answers import history, outcome_for_regions, outcome_to_you
    from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
    from checkup.words.glossary import new_terms
    from checkup.words.languages import guide_language_note
    from checkup.words.report import ANDROID_ASSUMED, labels_text, step_groups

    width = text_width()
    guide = shown.guide
    regions = default_regions()
    groups = regions.groups_of(shown.country) if shown.country else None
    explained: set[str] = set()
    copies = {src.url: src.read_at for src in guide.sources.values() if src.read_at}
    mobile_same = guide.mobile_same_items()

    def sources(ids: tuple[str, ...], indent: str) -> list[str]:
        out = []
        for url in guide.source_urls(ids):
            out.append(indent + _("Source: {url}").format(url=url))
            if url in copies:
                out.append(indent + "  " + _("(read on a stored copy: {url})").format(
                    url=copies[url]))
        return out

    if shown.country:
        intro = _("For {country} ({code}), as of {date}. Guide verified {verified}.").format(
            country=shown.region_name, code=shown.country, date=long_date(shown.on),
            verified=long_date(guide.verified))
    else:
        intro = _("For every region, as of {date}. Guide verified {verified}.").format(
            date=long_date(shown.on), verified=long_date(guide.verified))
    out = [f"{guide.platform}: {guide.title}", intro, ""]
    if said := guide_language_note(guide):
        out[2:2] = _wrap(said, "", width)
    for n, rep in enumerate(shown.reports, 1):
        item = rep.item
        out += _wrap(item.title + f"  [{item.id}]", "   ", width, f"{n}. ")
        if rep.outcome and shown.country:
            o = rep.outcome
            answer = outcome_to_you(o, shown.region_name or shown.country, guide.platform,
                                    shown.on)
            out += _wrap(answer, "     ", width, "   ")
            if item.audience:  # whom the answer is for, with it
                out += _wrap(item.audience, "     ", width, "   ")
            out += _wrap(o.reason, "     ", width, "   " + _("Why:") + " ")
            for note in new_terms([item.title, o.reason], explained):
                out += _wrap(note, "     ", width, "   ")
            # After the answer: how it came to be, then what it rests on.
            out.append("   " + _("Over time:"))
            for line in history(item, shown.country, guide.platform, shown.on, regions):
                said = (_("{answer} This is the answer now.").format(answer=line.said)
                        if line.in_force else line.said)
                out += _wrap(said, "       ", width, "     - ")
                if line.why:
                    out += _wrap(line.why, "       ", width, "       ")
            out += sources(o.sources, "   ")
        else:
            if item.audience:
                out += _wrap(item.audience, "     ", width, "   ")
            out.append("   " + _("By region:"))
            for row in rep.by_region:
                out += _wrap(outcome_for_regions([row.region], row.outcome), "     ", width,
                             "   - ")
                out += _wrap(row.outcome.reason, "     ", width, "     ")
                out += sources(row.outcome.sources, "     ")
        no_way = (rep.status == NO_OPT_OUT if shown.country
                   else any(r.outcome.status == NO_OPT_OUT for r in rep.by_region))
        facts = item_facts(guide, item, instead=no_way)
        for said in (facts.language, facts.signal, facts.default):
            if said:
                out += _wrap(said, "     ", width, "   ")
        if item.link and not facts.unverified_link:
            out.append("   " + _("Link: {link}").format(link=item.link))
        if facts.unverified_link:
            out += _wrap(facts.link_caveat, "     ", width, "   ")
            out.append("     " + facts.unverified_link)
        if facts.help_heading:
            out += _wrap(facts.help_heading, "     ", width, "   ")
            out.append("     " + item.open_link)
        for title, lines in ((INSTEAD_TITLE, facts.instead),
                             (INSTEAD_DOES_NOT_TITLE, facts.instead_does_not)):
            if lines:
                out.append("   " + _(title))
                for line in lines:
                    out += _wrap(line, "       ", width, "     - ")
        steps = {s: item.steps[s] for s in shown.surfaces if item.steps.get(s)}
        said_labels = False
        for surface, name, group in step_groups(steps, item.id in mobile_same,
                                                item.android_assumed):
            out += _wrap(_("{heading}:").format(heading=name), "     ", width, "   ")
            for caveat in group_caveats(guide, item, surface, steps):
                out += _wrap(caveat, "       ", width, "     ")
            if labels := item.labels_on(surface):
                out += _wrap(_("Look for: {labels}").format(
                    labels=labels_text(labels, item.labels_path)),
                             "       ", width, "     ")
                if facts.labels_caveat and not said_labels:
                    out += _wrap(facts.labels_caveat, "       ", width, "     ")
                    said_labels = True
            for k, step in enumerate(group, 1):
                out += _wrap(step, "        ", width, f"     {k}. ")
        if facts.labels_caveat and not said_labels and item.labels:
            out += _wrap(facts.labels_caveat, "     ", width, "   ")
        if item.android_assumed and "android" in steps and "ios" not in steps:
            out += _wrap(_(ANDROID_ASSUMED), "     ", width, "   ")
        if item.does_not:
            out.append("   " + _("What this does not do:"))
        for line in item.does_not:
            out += _wrap(line, "       ", width, "     - ")
        if helps := item.help_for(shown.surfaces, groups):
            out.append("   " + _("If you cannot find it:"))
        for line in helps:
            out += _wrap(line, "       ", width, "     - ")
        out += _wrap(checked_line(item.verified, shown.on, guide.platform, "page"), "     ",
                     width, "   ")
        out.append("")
    return out
