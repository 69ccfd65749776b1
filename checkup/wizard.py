"""Starting the wizard from the command line: answers given as options skip their screens."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from checkup.errors import CheckupError


def build_session(args: argparse.Namespace, today: dt.date | None = None):  # noqa: ANN201
    from checkup.loader import load_guides
    from checkup.options import find_guide, region_code, surfaces_or_all
    from checkup.profile_args import store_from_args
    from checkup.profile_recorder import ProfileRecorder
    from checkup.regions import default_regions
    from checkup.session import Session

    regions = default_regions()
    loaded = load_guides()
    for problem in loaded.problems:
        print(f"checkup: skipped a broken guide: {problem}", file=sys.stderr)
    if not loaded.guides:
        raise CheckupError("no guide could be loaded; run 'checkup validate' to see why")
    guides = [find_guide(loaded, g) for g in args.guide] if args.guide else loaded.guides
    session = Session(
        guides=guides,
        regions=regions,
        today=args.as_of or today or dt.date.today(),
        recorder=ProfileRecorder(store_from_args(args)),
        preset_region=bool(args.region),
        preset_surfaces=bool(args.surface),
        preset_guides=bool(args.guide),
    )
    if args.region:
        session.choose_region(region_code(args.region, regions))
    if args.surface:
        session.choose_surfaces(surfaces_or_all(args.surface))
    return session


def run_wizard(args: argparse.Namespace) -> int:
    session = build_session(args)
    from checkup.app import CheckupApp

    app = CheckupApp(session, theme=args.theme)
    app.run()
    for message in session.recorder.take_warnings():
        print(f"checkup: {message}", file=sys.stderr)
    if app.farewell:
        print(app.farewell)
    return 0
