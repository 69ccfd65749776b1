"""Starting the wizard from the command line: answers given as options skip their screens."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from checkup.support.errors import CheckupError
from checkup.support.i18n import _
from checkup.support.launch import command
from checkup.support.plain_text import wrap
from checkup.support.safe_text import printable
from checkup.support.terminal import (
    is_terminal,
    served_to_a_browser,
    text_width,
    why_not_full_screen,
)


def build_session(args: argparse.Namespace, today: dt.date | None = None,  # noqa: ANN201
                  hold_writes: bool = False):
    """The session the options describe. `hold_writes`: the answers the options give are
    written when the recorder is released (the wizard does that once its first screen is drawn)
    rather than before anything is shown."""
    from checkup.cli.guide_loading import all_guides, named_guides
    from checkup.cli.options import find_guide, region_code, report_broken_guides, surfaces_or_all
    from checkup.cli.profile_args import store_from_args
    from checkup.guides.regions import default_regions
    from checkup.session.recorder import ProfileRecorder
    from checkup.session.session import Session

    regions = default_regions()
    loaded = named_guides(args.guide) if args.guide else all_guides()
    report_broken_guides(loaded)
    if not loaded.guides:
        raise CheckupError(_("no guide could be loaded; run '{command}' to see why").format(
            command=command("validate")))
    if args.guide:  # each once, however often it was named
        guides = list({g.id: g for g in (find_guide(loaded, name) for name in args.guide)}.values())
    else:
        guides = loaded.guides
    country = region_code(args.region, regions)  # before anything starts: a bad one is an error
    recorder = ProfileRecorder(store_from_args(args))
    if hold_writes:
        recorder.hold()
    session = Session(
        guides=guides,
        regions=regions,
        today=args.as_of or today or dt.date.today(),
        recorder=recorder,
        preset_region=country is not None,
        preset_surfaces=bool(args.surface),
        preset_guides=bool(args.guide),
    )
    if country is not None and args.surface:
        session.choose_region_and_surfaces(country, surfaces_or_all(args.surface))
    elif country is not None:
        session.choose_region(country)
    elif args.surface:
        session.choose_surfaces(surfaces_or_all(args.surface))
    return session


def why_plain(stdin: TextIO, stdout: TextIO, environ: Mapping[str, str]) -> str | None:
    """Why the full-screen wizard cannot run here, or None when it can."""
    return why_not_full_screen(stdin, stdout, environ, _("the full-screen wizard"))


def run_plain_mode(session, stdin: TextIO, stdout: TextIO) -> int:  # noqa: ANN001 - a Session
    from checkup.plain.conversation import Conversation
    from checkup.plain.mode import run_plain

    if hasattr(stdin, "reconfigure"):  # bytes that are not text become U+FFFD, not a crash
        stdin.reconfigure(errors="replace")
    width = text_width()
    try:
        code = run_plain(session, Conversation(stdin, stdout, width, echo=not is_terminal(stdin)))
    except KeyboardInterrupt:
        from checkup.words.wording import farewell

        said = printable(_("Stopped. {farewell}").format(farewell=farewell(session)))
        print("\n" + "\n".join(wrap(said, "", width)), file=stdout)
        code = 130
    finish_saving(session.recorder)
    for message in session.recorder.take_warnings():
        print(f"checkup: {printable(message)}", file=sys.stderr)
    return code


def finish_saving(recorder) -> None:  # noqa: ANN001 - a Recorder
    """On the way out, answers still waiting for another checkup's lock get one longer wait,
    said on screen and cut short by Ctrl+C; if they still cannot be written, that is said."""
    from checkup.profile.safe_file import LOCK_WAIT_SECONDS

    recorder.release()  # what was held for the first screen, if it never came to be drawn
    if not recorder.unsaved:
        return
    wait = f"{LOCK_WAIT_SECONDS:.0f}"
    print(_("checkup: another checkup is saving your profile; waiting up to {seconds} s to save "
            "your last answers (Ctrl+C: stop waiting).").format(seconds=wait), file=sys.stderr)
    try:
        saved = recorder.save_waiting(wait=LOCK_WAIT_SECONDS)
    except KeyboardInterrupt:
        saved = False
    if not saved:
        print(_("checkup: not saved: your last answers could not be written, because another "
                "checkup kept the profile busy; record them again with checkup or checkup mark."),
              file=sys.stderr)


def run_wizard(args: argparse.Namespace) -> int:
    reason = None if args.plain else why_plain(sys.stdin, sys.stdout, os.environ)
    full_screen = not (args.plain or reason)
    session = build_session(args, hold_writes=full_screen)  # bad options are said first
    if getattr(args, "lang", None):  # chosen here: the next start speaks it without --lang
        session.recorder.record_language(args.lang)
    if not full_screen:
        if reason:
            note = _("checkup: {reason}, so this is plain mode: one question at a time "
                     "({command}).").format(reason=reason, command=command("--plain"))
            print("\n".join(wrap(note, "", text_width())), file=sys.stderr)
        return run_plain_mode(session, sys.stdin, sys.stdout)
    from checkup.screens.app import CheckupApp

    app = CheckupApp(session, theme=args.theme)
    app.run()
    # The screen is gone: what the recorder says from now on goes to the terminal.
    session.recorder.on_warning(lambda message: print(f"checkup: {printable(message)}",
                                                      file=sys.stderr))
    finish_saving(session.recorder)
    if app.farewell:
        from checkup.words.wording import farewell

        # again: the last answers may have been saved since. Served to a browser, standard
        # output is the host's channel to it, closed by now.
        print(printable(farewell(session)),
              file=sys.stderr if served_to_a_browser() else sys.stdout)
    return 0
