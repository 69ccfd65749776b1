"""Reading guide files faster than parsing their TOML every time: the shipped guides' parsed form
(checkup.guides.precompiled), else what this user's cache folder kept of the same bytes, else
the TOML parser, whose result is then kept there.

Whatever way the data comes, it is the parser's output for exactly the bytes just read (the
entry names their SHA-256), so an edited file is parsed again, and the loader checks the data
as it checks freshly parsed TOML: nothing it says about a guide can come from an older file.
An entry is JSON, read as data and never run, in an owner-only folder: a folder another user
can write to, or one that is a link or someone else's, is not used at all. An entry that is not
a regular file of ours, cannot be read, or is not what it should be is ignored and written
anew. When the folder cannot be made (a read-only home, a kiosk) guides are simply parsed.
`checkup validate` does not read through here: it always parses the files themselves."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from checkup import __version__
from checkup.guides.precompiled import shipped_data
from checkup.profile.safe_file import make_private_folders, open_own_file
from checkup.support.digest import sha256_hex
from checkup.support.toml_file import MAX_BYTES, decode, read_bytes
from checkup.support.toml_json import envelope, opened

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CACHE_ENV = "CHECKUP_CACHE"  # another folder for the cache; "off": no cache at all
# Who parsed an entry: another checkup or another Python may read a file differently.
READER = f"checkup {__version__}, Python {sys.version_info[0]}.{sys.version_info[1]}"
MAX_ENTRY = 4 * MAX_BYTES  # JSON of a guide is about its TOML's size
KEEP = 256  # entries kept (about 40 KiB each); each edit of a guide leaves one, so the oldest go


def default_folder() -> Path | None:
    """The folder entries are kept in: CHECKUP_CACHE, else the platform's user cache folder."""
    override = os.environ.get(CACHE_ENV, "").strip()
    if override.lower() == "off":
        return None
    if override:
        return Path(os.path.expanduser(override)).absolute()
    if sys.platform.startswith("linux"):  # what platformdirs says here, without importing it
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
        return Path(base) / "checkup" / "guides"
    import platformdirs  # pragma: no cover - other systems

    return Path(platformdirs.user_cache_dir("checkup", appauthor=False)) / "guides"


class GuideReader:
    """read_toml for guides, through the parsed forms above; call it as read_toml."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._usable: bool | None = None  # the folder, looked at once, when first needed

    def __call__(self, path: Path | Traversable, kind: str) -> dict:
        raw = read_bytes(path, kind)
        digest = sha256_hex(raw)
        data = shipped_data(path, digest)
        if data is None:
            data = self._kept(digest)
        if data is None:
            data = decode(raw, kind)  # Unreadable, with its reason, as without a cache
            self._keep(digest, data)
        return data

    def _ready(self) -> bool:
        """Whether the folder is there (made owner-only when missing) and ours alone."""
        if self._usable is None:
            self._usable = self.folder is not None and _own_folder(self.folder)
        return self._usable

    def _kept(self, digest: str) -> dict | None:
        if not self._ready():
            return None
        try:
            fd = open_own_file(self.folder / f"{digest}.json", os.O_RDONLY)
        except OSError:  # missing, a link, not ours, not readable: parsed and written anew
            return None
        try:
            with os.fdopen(fd, "rb") as f:
                raw = f.read(MAX_ENTRY + 1)
            if len(raw) > MAX_ENTRY:
                return None
            return opened(raw.decode("utf-8"), digest, reader=READER)
        except (OSError, UnicodeDecodeError):
            return None

    def _keep(self, digest: str, data: dict) -> None:
        if not self._ready() or (text := envelope(digest, data, reader=READER)) is None:
            return
        try:
            _write_replacing(self.folder / f"{digest}.json", text.encode("utf-8"))
            _forget_oldest(self.folder)
        except OSError:  # a full disk, a folder made read-only since: it stays a cache
            return


def _own_folder(folder: Path) -> bool:
    try:
        make_private_folders(folder)
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):  # a link (even to a folder), a file
        return False
    if os.name != "posix":  # pragma: no cover - no owners or modes to check
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & 0o077


def _write_replacing(path: Path, data: bytes) -> None:
    """Atomic (a temporary file renamed over the entry) but not synced to the disk: an entry a
    power cut cut short is not valid JSON of those bytes, so it is ignored and written again."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:  # mkstemp creates its file exclusively, owner-only, and never through a link
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _forget_oldest(folder: Path) -> None:
    with os.scandir(folder) as scan:
        entries = [e for e in scan if e.name.endswith(".json") and e.is_file(follow_symlinks=False)]
    if len(entries) <= KEEP:
        return
    entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime)
    for entry in entries[:-KEEP]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def guide_reader() -> GuideReader:
    return GuideReader(default_folder())
