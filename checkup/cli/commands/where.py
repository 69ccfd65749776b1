"""`checkup where`: where the profile is kept, whether it exists, and where guides are read."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
from pathlib import Path

from checkup.cli.profile_args import add_profile_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "where", help="show where your progress is kept",
        description="Show the profile file's path, whether it exists yet, the folder it is in, "
        "and the folder the guides are read from.")
    add_profile_options(p)


def run(args: argparse.Namespace) -> int:
    from checkup.cli.profile_args import print_warnings, store_from_args
    from checkup.support.paths import content_dir
    from checkup.support.safe_text import printable

    store = store_from_args(args)
    lines = [f"Profile name: {store.display_name}"]
    if store.path is None or store.directory is None:
        lines.insert(0, "Profile: none: --guest keeps nothing on disk")
    else:
        lines.insert(0, f"Profile: {printable(str(store.path))}")
        problem = store.folder_problem()
        lines.append(f"Exists: {_exists(store.path)}")
        lines.append(f"Folder: {printable(str(store.directory))} ({store.home_source})")
        if problem:
            lines.append(f"Not used: {printable(problem)}")
        for aside in store.set_aside_copies():
            lines.append(f"Set aside (could not be read): {printable(str(aside))}")
    override = os.environ.get("CHECKUP_CONTENT")
    lines.append(f"Guides: {printable(str(content_dir()))} "
                 f"({'set by CHECKUP_CONTENT' if override else 'shipped with checkup'})")
    print("\n".join(lines))
    print_warnings(store)
    return 0


def _exists(path: Path) -> str:
    """What is at the profile's name, and what checkup does about it (nothing is opened)."""
    from checkup.profile.safe_file import kind_of

    try:
        st = path.lstat()  # a link is described, never followed
    except FileNotFoundError:
        return "no: it is created when you first record something"
    except OSError as e:
        return f"cannot tell ({e.strerror or e})"
    if not stat.S_ISREG(st.st_mode):
        return (f"no: {kind_of(st.st_mode)} has that name; checkup does not open it, and moves "
                "it aside, under a new name beside it, the next time it reads the profile")
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        return (f"yes, but it belongs to another user (user id {st.st_uid}), so checkup "
                "neither reads nor changes it")
    saved = dt.datetime.fromtimestamp(st.st_mtime)  # local time: what people read
    return f"yes, last saved {saved:%Y-%m-%d %H:%M}"
