"""The --profile and --guest options, and opening the profile store they name.

They are accepted before the command (`checkup --profile demo status`) and after it
(`checkup status --profile demo`). The copies on each command default to SUPPRESS so that, when
left out there, they do not overwrite what was given before the command."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from checkup.support.errors import UsageError
from checkup.support.i18n import _

if TYPE_CHECKING:
    from checkup.profile.store import ProfileStore


def profile_name(text: str) -> str:
    """argparse type for --profile: a one-line error naming a bad name."""
    from checkup.profile.store import check_profile_name

    try:
        return check_profile_name(text)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_profile_options(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    keep_earlier = {} if top_level else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "--profile", metavar="NAME", type=profile_name,
        help=_("use the named profile NAME (kept beside the default one), for shared machines "
               "and workshops"), **({"default": None} if top_level else keep_earlier))
    parser.add_argument(
        "--guest", action="store_true",
        help=_("keep nothing on disk: what you record lasts until checkup ends"),
        **({"default": False} if top_level else keep_earlier))


def store_from_args(args: argparse.Namespace) -> ProfileStore:
    from checkup.profile.store import open_store

    name, guest = getattr(args, "profile", None), getattr(args, "guest", False)
    if guest and name:
        raise UsageError(_("--guest keeps nothing on disk, so it cannot go with --profile {name}"
                           ).format(name=name))
    return open_store(name, guest=guest)


def print_warnings(store: ProfileStore) -> None:
    """The store's one-line messages, on stderr, made safe for a terminal."""
    from checkup.support.safe_text import printable

    for message in store.take_warnings():
        print(f"checkup: {printable(message)}", file=sys.stderr)
