"""Writing an export to the file the person named, so that a failure never costs the old one.

`export -o FILE` over an earlier checklist used to truncate it first: on a full disk the old file
was gone and the new one cut off. Now the checklist goes to a temporary file beside it, is synced,
and only then renamed over the old one. A personal checklist (the person's region, devices and
progress) is owner-only, as the profile is; a blank handout is readable by all.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from checkup.profile.safe_file import write_atomic

PERSONAL_MODE = 0o600
HANDOUT_MODE = 0o644


def write_export(path: Path, data: bytes, personal: bool) -> Path:
    """Write `data` to `path` (a link there: to the file it names, as the person asked) and
    return the file written. A device or pipe there (/dev/stdout) is written to as it is: it has
    nothing to lose. OSError when it could not be written; then an earlier file is unchanged."""
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if mode is not None and not stat.S_ISREG(mode):
        with open(target, "wb") as f:
            f.write(data)
        return target
    # The folder not being synced after the rename is no reason to say it was not written.
    write_atomic(target, data, PERSONAL_MODE if personal else HANDOUT_MODE)
    return target
