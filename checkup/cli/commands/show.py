"""`checkup show GUIDE`: each item, whether it applies to a region on a day and why, and how."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from checkup.cli.options import add_as_of, add_region, add_surface
from checkup.support.launch import command
from checkup.support.plain_text import wrap as _wrap
from checkup.support.terminal import text_width
from checkup.words.i18n import _


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show", help=_("show a guide for your region and devices"),
        description=_("Show every item of a guide: whether it applies in your region on a day, "
                      "why (the rule and its source), and the steps for your device(s)."),
    )
    p.add_argument("guide", metavar="GUIDE",
                   help=_("a guide id such as linkedin ({command})").format(
                       command=command("list")))
    add_region(p)
    add_surface(p, many=True)
    add_as_of(p)
    p.add_argument("--json", action="store_true", help=_("print one JSON object instead of text"))


def run(args: argparse.Namespace) -> int:
    from checkup.cli.options import find_guide, region_code, surfaces_or_all
    from checkup.guides.loader import load_guides
    from checkup.guides.regions import default_regions
    from checkup.guides.report import report_json
    from checkup.support.terminal import can_encode

    regions = default_regions()
    country = region_code(args.region, regions)
    guide = find_guide(load_guides(), args.guide)
    on = args.as_of or dt.date.today()
    surfaces = surfaces_or_all(args.surface)
    data = report_json(guide, country, on, surfaces, regions)
    if args.json:
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if not can_encode(sys.stdout, text):  # JSON's own escapes keep every character exact
            text = json.dumps(data, indent=2)
        print(text)
    else:
        print("\n".join(render_text(data, guide.mobile_same_items())))
    return 0


def render_text(data: dict, mobile_same: frozenset[str]) -> list[str]:
    """Plain lines, no colour or box drawing: readable piped, printed or by a screen reader."""
    from checkup.guides.report import ANDROID_ASSUMED, labels_text, region_answer_words, step_groups
    from checkup.words.statuses import status_words

    width = text_width()
    copies = data.get("read_at", {})

    def sources(urls: list[str], indent: str) -> list[str]:
        out = []
        for url in urls:
            out.append(indent + _("Source: {url}").format(url=url))
            if url in copies:
                out.append(indent + "  " + _("(read on a stored copy: {url})").format(
                    url=copies[url]))
        return out

    if data["region"]:
        intro = _("For {country} ({code}), as of {date}. Guide verified {verified}.").format(
            country=data["region_name"], code=data["region"], date=data["as_of"],
            verified=data["verified"])
    else:
        intro = _("For every region, as of {date}. Guide verified {verified}.").format(
            date=data["as_of"], verified=data["verified"])
    out = [f"{data['platform']}: {data['title']}", intro, ""]
    for n, item in enumerate(data["items"], 1):
        out += _wrap(item["title"] + f"  [{item['id']}]", "   ", width, f"{n}. ")
        if item["status"]:
            why = (_("{reason} (rule in force since {date})").format(reason=item["reason"],
                                                                     date=item["since"])
                   if item["since"] else item["reason"])
            status = _("Status: {status}.").format(status=status_words(item["status"]))
            out += _wrap(status, "     ", width, "   ")
            out += _wrap(why, "     ", width, "   " + _("Why:") + " ")
            out += sources(item["sources"], "   ")
        else:
            out.append("   " + _("By region:"))
            for row in item["by_region"]:
                answer = region_answer_words(row["region"], row["status"], row["since"])
                out.append(f"   - {answer}")
                out += _wrap(row["reason"], "     ", width)
                out += sources(row["sources"], "     ")
        out.append("   " + _("Link: {link}").format(link=item["link"]))
        mobile_same_item = item["id"] in mobile_same
        groups = step_groups(item["steps"], mobile_same_item, item["android_assumed"])
        for surface, name, steps in groups:
            out += _wrap(_("{heading}:").format(heading=name), "     ", width, "   ")
            if labels := item["labels_by_device"][surface]:
                out += _wrap(_("Look for: {labels}").format(
                    labels=labels_text(labels, item["labels_path"])),
                             "       ", width, "     ")
            for k, step in enumerate(steps, 1):
                out += _wrap(step, "        ", width, f"     {k}. ")
        if item["android_assumed"] and "android" in item["steps"] and "ios" not in item["steps"]:
            out += _wrap(_(ANDROID_ASSUMED), "     ", width, "   ")
        out.append("   " + _("What this does not do:"))
        for line in item["does_not"]:
            out += _wrap(line, "       ", width, "     - ")
        out.append("   " + _("If you cannot find it:"))
        for line in item["help"]:
            out += _wrap(line, "       ", width, "     - ")
        out += _wrap(item["checked"], "     ", width, "   ")
        out.append("")
    return out
