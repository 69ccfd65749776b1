"""`checkup reset`: delete the profile, after asking (kiosk machines between attendees)."""

from __future__ import annotations

import argparse
import sys

from checkup.cli.profile_args import add_profile_options
from checkup.support.i18n import _


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reset", help=_("delete your profile (everything you recorded)"),
        description=_("Delete the profile file, and any copies set aside because they could "
                      "not be read, after asking you to confirm. Guides are not touched."))
    p.add_argument("--yes", action="store_true", help=_("do not ask: delete straight away"))
    add_profile_options(p)


def run(args: argparse.Namespace) -> int:
    from checkup.cli.profile_args import print_warnings, store_from_args
    from checkup.support.errors import CheckupError, UsageError
    from checkup.support.safe_text import printable

    store = store_from_args(args)
    if store.guest or store.path is None:
        print(_("Nothing to delete: --guest keeps nothing on disk."))
        return 0
    try:
        targets = store.deletable()
    except OSError as e:
        raise CheckupError(_("cannot look in {folder}: {problem}").format(
            folder=store.directory, problem=e.strerror or e)) from None
    if not targets:
        print(_("Nothing to delete: there is no profile at {path}.").format(
            path=printable(str(store.path))))
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(_("reset deletes what you recorded: add --yes to do it without "
                               "asking"))
        listed = ", ".join(printable(str(t)) for t in targets)
        try:
            answer = input(_("Delete {paths}? Everything recorded there is lost. Type yes to "
                             "delete: ").format(paths=listed))
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print(_("Nothing was deleted."))
            return 1
    try:
        removed = store.reset()
    except OSError as e:
        raise CheckupError(_("could not delete {path}: {problem}").format(
            path=e.filename or store.path, problem=e.strerror or e)) from None
    print_warnings(store)
    for path in removed:
        print(_("Deleted {path}").format(path=printable(str(path))))
    return 0
