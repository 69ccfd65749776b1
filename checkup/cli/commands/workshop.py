"""`checkup workshop [AGENDA.toml]`: the presenter for a room; `--new-agenda FILE` starts one."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from checkup.support.i18n import _
from checkup.support.launch import command


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "workshop", help=_("present a checkup to a room (projector + attendees' phones)"),
        description=_("The presenter view: one step per screen, large, with a QR code for the "
                      "step's page. Keys: space or arrows (or a clicker) move, n notes, j/k "
                      "scroll, r region, t timer, q quit. Nothing is recorded in workshop mode."),
    )
    p.add_argument("agenda", nargs="?", type=Path, metavar="AGENDA.toml",
                   help=_("the session's agenda (default: LinkedIn's AI switch and objection "
                          "form)"))
    p.add_argument("--new-agenda", type=Path, metavar="FILE",
                   help=_("write a commented starting agenda to FILE and stop"))
    p.add_argument("--theme", choices=("dark", "light", "high-contrast"), default="dark",
                   help=_("colours; high-contrast often projects best"))


def load_for(args: argparse.Namespace):  # noqa: ANN201 - (Agenda, RegionTable)
    from checkup.cli.guide_loading import all_guides
    from checkup.guides.regions import default_regions
    from checkup.workshop.agenda import default_agenda, load_agenda

    regions = default_regions()
    loaded = all_guides()
    if args.agenda:
        return load_agenda(args.agenda, loaded, regions), regions
    return default_agenda(loaded, regions), regions


def run(args: argparse.Namespace) -> int:
    import os
    import sys

    from checkup.support.errors import CheckupError
    from checkup.support.safe_text import printable
    from checkup.support.terminal import why_not_full_screen

    if args.new_agenda:
        from checkup.workshop.agenda import write_starter

        write_starter(args.new_agenda)
        name = printable(str(args.new_agenda))
        run_it = command("workshop", name)
        print(_("Wrote a starting agenda to {path}. Edit it, then run: {command}").format(
            path=name, command=run_it))
        return 0
    agenda, regions = load_for(args)  # a bad agenda is said first, terminal or not
    if reason := why_not_full_screen(sys.stdin, sys.stdout, os.environ):
        # The presenter only draws on a screen; without one it would wait for keys forever.
        raise CheckupError(_("{reason}, and the workshop presenter needs a terminal window "
                             "(hand-outs need none: checkup export --agenda AGENDA.toml --blank)"
                             ).format(reason=reason))
    from checkup.screens.app import WorkshopApp

    WorkshopApp(agenda, regions, dt.date.today(), theme=args.theme).run()
    return 0
