"""`checkup export`: a checklist to print, from your progress or blank for a handout."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from checkup.cli.options import add_as_of, add_region, add_surface
from checkup.cli.profile_args import add_profile_options
from checkup.support.i18n import _
from checkup.support.launch import command

if TYPE_CHECKING:
    from checkup.export.checklist import ChecklistDocument, ChecklistInput
    from checkup.guides.loader import LoadResult
    from checkup.guides.model import Guide
    from checkup.guides.regions import RegionTable
    from checkup.profile.model import Profile

FORMATS: dict[str, str] = {"html": "html", "md": "md", "txt": "txt"}  # format: file extension
NAMED_GUIDES = 3  # guides named in a file's name; more are counted


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help=_("write a checklist to print: yours, or a blank one to hand out"),
        description=_("Write a checklist to print or keep: the steps, the exact labels to look "
                      "for, a QR code and the address of each setting, where each item applies "
                      "and why, and the sources. By default it is your own checklist (your "
                      "region, your devices, what you have done ticked); --blank makes a "
                      "handout for anyone, with every device's steps and the table of which "
                      "regions each item applies in. Nothing is fetched from the internet."),
    )
    p.add_argument("--format", choices=tuple(FORMATS), default="html",
                   help=_("html (default: open it in a browser and print), md (Markdown) or txt"))
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("where to write it; '-' for standard output (default: a file named "
                          "after the guide and date in the current folder)"))
    p.add_argument("--blank", action="store_true",
                   help=_("a handout for anyone: every device, nothing ticked, the region table"))
    p.add_argument("--agenda", type=Path, metavar="AGENDA.toml",
                   help=_("the attendee handout for a workshop agenda: its items and devices, "
                          "blank (see '{command}')").format(command=command("workshop")))
    p.add_argument("--guide", action="append", metavar="ID",
                   help=_("only this guide, by id or the service's name (may be given more than "
                          "once; default: the services you chose or have records for, else "
                          "every guide)"))
    # --region and --surface override the profile's for this checklist (they are not saved).
    add_region(p)
    add_surface(p, many=True)
    add_as_of(p)
    add_profile_options(p)
    p.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto",
                   help=_("HTML only: the page size to print on (default: the printer's own)"))


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import all_guides, named_guides
    from checkup.cli.options import report_broken_guides
    from checkup.export.checklist import build_document
    from checkup.guides.regions import default_regions
    from checkup.support.errors import UsageError

    if args.paper != "auto" and args.format != "html":
        raise UsageError(_("--paper sets the page size of an HTML checklist: add --format "
                           "html"))
    # an agenda may name any guide; --guide alone only its own
    loaded = named_guides(args.guide) if args.guide and not args.agenda else all_guides()
    report_broken_guides(loaded)
    regions = default_regions()
    on = args.as_of or dt.date.today()
    workshop = ""
    if args.agenda:
        from checkup.workshop.agenda import load_agenda

        agenda = load_agenda(args.agenda, loaded, regions)
        args.blank, args.surface = True, list(agenda.surfaces)  # a handout for the room
        on = args.as_of or agenda.as_of or on
        guides = agenda_guides(agenda)
        workshop = agenda.title
    profile = None if args.blank else load_profile(args)
    if not args.agenda:
        guides = chosen_guides(loaded, args.guide, profile)
    inputs = checklist_inputs(args, guides, regions, on, profile)
    doc = build_document(inputs, regions, args.blank, on, workshop)
    write(render(doc, args.format, args.paper), args.output or default_name(doc, args.format),
          personal=not args.blank)
    return 0


def load_profile(args: argparse.Namespace) -> Profile:
    from checkup.cli.profile_args import print_warnings, store_from_args

    store = store_from_args(args)
    profile = store.load()
    print_warnings(store)
    return profile


def chosen_guides(loaded: LoadResult, ids: list[str] | None, profile: Profile | None = None
                  ) -> list[Guide]:
    """--guide's guides; else, for a personal checklist, the services the person said they use
    and any guide they have recorded something in; else every guide."""
    from checkup.cli.options import find_guide
    from checkup.session.progress import persons_guides
    from checkup.support.errors import CheckupError

    if ids:
        picked = [find_guide(loaded, i) for i in ids]
        return [g for n, g in enumerate(picked) if g not in picked[:n]]
    if not loaded.guides:
        raise CheckupError(_("no guide could be loaded, so there is nothing to export"))
    if profile is not None and (mine := persons_guides(loaded.guides, profile)):
        return mine
    return list(loaded.guides)


def agenda_guides(agenda) -> list[Guide]:  # noqa: ANN001 - an Agenda
    """Each guide of the agenda with only the agenda's items, in the agenda's order."""

    guides: dict[str, Guide] = {}
    for part in agenda.items:
        # the agenda's first item leads, so the handout follows the presenter's order
        guide = guides.get(part.guide.id, part.guide._replace(items=(), main_item=part.item.id))
        if part.item not in guide.items:
            guides[part.guide.id] = guide._replace(items=(*guide.items, part.item))
    return list(guides.values())


def checklist_inputs(args: argparse.Namespace, guides: list[Guide], regions: RegionTable,
                     on: dt.date, profile: Profile | None = None) -> list[ChecklistInput]:
    """Blank: the command line's region and devices, nothing recorded. Personal: the profile's
    region, devices and progress, the command line's region or devices if given."""
    from checkup.cli.options import region_code, surfaces_or_all
    from checkup.export.checklist import ChecklistInput

    country = region_code(args.region, regions)
    if args.blank:
        return [ChecklistInput(g, country, surfaces_or_all(args.surface), on) for g in guides]
    from checkup.export.from_profile import inputs_from_profile

    profile = profile or load_profile(args)
    surfaces = surfaces_or_all(args.surface or list(profile.surfaces))
    return inputs_from_profile(guides, profile, country or profile.region, surfaces, on, regions)


def render(doc: ChecklistDocument, fmt: str, paper: str) -> str:
    if fmt == "html":
        from checkup.export.to_html import render_html

        return render_html(doc, paper)
    if fmt == "md":
        from checkup.export.to_markdown import render_markdown

        return render_markdown(doc)
    from checkup.export.to_text import render_text

    return render_text(doc)


def default_name(doc: ChecklistDocument, fmt: str) -> str:
    """checkup-linkedin-2026-11-25.html; a handout says so, so it never replaces your own. Past
    a few guides the name counts them, so a checklist of a dozen has a name one can type."""
    ids = "-".join(g.guide.id for g in doc.guides)
    if len(doc.guides) > NAMED_GUIDES:
        ids = f"{len(doc.guides)}-services"
    blank = "-blank" if doc.blank else ""
    return f"checkup-{ids}{blank}-{doc.on.isoformat()}.{FORMATS[fmt]}"


def write(text: str, output: str, personal: bool) -> None:
    """`personal`: the checklist holds the person's region and progress, so only they may read
    the file."""
    from checkup.export.to_file import write_export
    from checkup.support.errors import CheckupError

    if output == "-":
        sys.stdout.write(text)
        return
    try:
        written = write_export(Path(output), text.encode("utf-8"), personal)
    except OSError as e:
        raise CheckupError(_("cannot write {path}: {problem}").format(
            path=output, problem=e.strerror or e)) from None
    from checkup.support.safe_text import printable

    print(_("Wrote {path}").format(path=printable(str(written))))
