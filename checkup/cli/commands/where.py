"""`checkup where`: where the profile is kept, whether it exists, and where guides are read."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
from pathlib import Path

from checkup.cli.profile_args import add_profile_options
from checkup.support.i18n import _


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "where", help=_("show where your progress is kept"),
        description=_("Show the profile file's path, whether it exists yet, the folder it is "
                      "in, and the folder the guides are read from."))
    add_profile_options(p)


def run(args: argparse.Namespace) -> int:
    from checkup.cli.profile_args import print_warnings, store_from_args
    from checkup.support.paths import content_dir
    from checkup.support.safe_text import printable

    store = store_from_args(args)
    lines = [_("Profile name: {name}").format(name=store.display_name)]
    if store.path is None or store.directory is None:
        lines.insert(0, _("Profile: none: --guest keeps nothing on disk"))
    else:
        lines.insert(0, _("Profile: {path}").format(path=printable(str(store.path))))
        problem = store.folder_problem()
        lines.append(_("Exists: {answer}").format(answer=_exists(store.path)))
        lines.append(_("Folder: {path} ({why})").format(path=printable(str(store.directory)),
                                                         why=store.home_source))
        if problem:
            lines.append(_("Not used: {problem}").format(problem=printable(problem)))
        for aside in store.set_aside_copies():
            lines.append(_("Set aside (could not be read): {path}").format(
                path=printable(str(aside))))
    override = os.environ.get("CHECKUP_CONTENT")
    folder = printable(str(content_dir()))
    lines.append(_("Guides: {path} (set by CHECKUP_CONTENT)").format(path=folder) if override
                 else _("Guides: {path} (shipped with checkup)").format(path=folder))
    print("\n".join(lines))
    print_warnings(store)
    return 0


def _exists(path: Path) -> str:
    """What is at the profile's name, and what checkup does about it (nothing is opened)."""
    from checkup.profile.safe_file import kind_of

    try:
        st = path.lstat()  # a link is described, never followed
    except FileNotFoundError:
        return _("no: it is created when you first record something")
    except OSError as e:
        return _("cannot tell ({problem})").format(problem=e.strerror or e)
    if not stat.S_ISREG(st.st_mode):
        return _("no: {kind} has that name; checkup does not open it, and moves it aside, under "
                 "a new name beside it, the next time it reads the profile"
                 ).format(kind=kind_of(st.st_mode))
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        return _("yes, but it belongs to another user (user id {uid}), so checkup neither "
                 "reads nor changes it").format(uid=st.st_uid)
    saved = dt.datetime.fromtimestamp(st.st_mtime)  # local time: what people read
    return _("yes, last saved {when}").format(when=f"{saved:%Y-%m-%d %H:%M}")
