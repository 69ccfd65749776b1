"""Small file primitives that never leave a half-written file and never go through a link: an
advisory lock held while a file is read, changed and written, reading a file only when it is a
regular file of ours, and an atomic replace (temporary file in the same folder, flush, fsync,
rename over the old one, fsync the folder).

Nothing here follows a symbolic link planted where a file should be: files are opened with
O_NOFOLLOW, and what was opened is checked (fstat) to be a regular file owned by us."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from checkup.support.errors import CheckupError
from checkup.support.i18n import _

try:  # POSIX; Windows gets msvcrt below
    import fcntl
except ImportError:  # pragma: no cover - only on Windows
    fcntl = None  # type: ignore[assignment]

LOCK_WAIT_SECONDS = 10.0  # a write takes milliseconds: waiting longer means something is stuck
_POLL = 0.02  # Windows only: it has no blocking lock that can be given up
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _my_uid() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None


class LockTimeout(CheckupError):
    """Another process held the lock for longer than LOCK_WAIT_SECONDS."""


class FileTooLarge(OSError):
    """Refused to read a file bigger than the caller's limit."""


class NotRegularFile(OSError):
    """Something other than a regular file has the name: a symbolic link, a folder, a pipe, a
    device. It was not opened (or not read), so nothing waits on it and no link is followed."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(_("it is {what}, not a regular file").format(what=what))
        self.path, self.what = path, what

    def __str__(self) -> str:
        return str(self.args[0])


class NotOwnFile(OSError):
    """A regular file owned by another user: not ours to read or lock."""

    def __init__(self, path: Path, uid: int) -> None:
        super().__init__(_("it belongs to another user (user id {uid})").format(uid=uid))
        self.path, self.uid = path, uid

    def __str__(self) -> str:
        return str(self.args[0])


def kind_of(mode: int) -> str:
    """What a file of this st_mode is, in a few words for a message."""
    for test, what in ((stat.S_ISLNK, _("a symbolic link")), (stat.S_ISDIR, _("a folder")),
                       (stat.S_ISFIFO, _("a named pipe")), (stat.S_ISSOCK, _("a socket")),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return what
    return _("a regular file") if stat.S_ISREG(mode) else _("something other than a file")


def _check_opened(fd: int, path: Path) -> os.stat_result:
    """What `fd` is, if it is a regular file of ours; NotRegularFile or NotOwnFile otherwise."""
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(path, kind_of(st.st_mode))
    uid = _my_uid()
    if uid is not None and st.st_uid != uid:
        raise NotOwnFile(path, st.st_uid)
    return st


def open_own_file(path: Path, flags: int, mode: int = 0o600) -> int:
    """os.open(path, flags) without following a link at `path` and without waiting on a pipe;
    then the same checks as _check_opened. The caller closes the descriptor."""
    try:
        fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _CLOEXEC, mode)
    except OSError:  # ELOOP for a link, ENXIO for a socket: say what is there, if not a file
        try:
            there = os.lstat(path).st_mode
        except OSError:
            there = stat.S_IFREG
        if not stat.S_ISREG(there):
            raise NotRegularFile(path, kind_of(there)) from None
        raise
    try:
        _check_opened(fd, path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _try_lock(fd: int) -> bool:
    """Take the lock without waiting; False when someone else holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt  # pragma: no cover - only on Windows

    try:  # pragma: no cover
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:  # pragma: no cover
        return False
    return True  # pragma: no cover


def _wait_for_lock(fd: int, wait: float) -> bool:
    """Take the lock, waiting at most `wait` seconds; False if it did not come in time.

    A blocking flock is woken by the kernel the moment the lock is free, so a waiter gets its
    turn; polling with LOCK_NB lost the race, again and again, to a writer that released and
    re-took the lock between two polls. The blocking call runs in a helper thread on a
    duplicate descriptor, so the caller can give up after `wait`: the helper closes its
    duplicate when its flock returns, and a lock it gets after the caller gave up (and closed
    the original) goes away with that last descriptor at once."""
    if fcntl is None:  # pragma: no cover - only on Windows
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                return False
            time.sleep(_POLL)
        return True
    waiter = os.dup(fd)
    got = threading.Event()
    failed: list[OSError] = []

    def take() -> None:
        try:
            fcntl.flock(waiter, fcntl.LOCK_EX)
            got.set()
        except OSError as e:
            failed.append(e)
            got.set()
        finally:
            os.close(waiter)

    threading.Thread(target=take, name="checkup-lock", daemon=True).start()
    got.wait(wait)
    if failed:
        raise failed[0]
    return got.is_set()


@contextlib.contextmanager
def exclusive_lock(lock_path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on `lock_path` (created owner-only if missing, never
    through a link, and only ever a regular file of ours). The lock goes away with the file
    descriptor, so a killed process never leaves it held. `wait` 0: do not wait at all."""
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    fd = open_own_file(lock_path, os.O_RDWR | os.O_CREAT)
    try:
        if not _try_lock(fd) and (wait <= 0 or not _wait_for_lock(fd, wait)):
            raise LockTimeout(_("another checkup has been saving {folder} for over {wait} s; "
                                "try again, or close the other checkup").format(
                                  folder=lock_path.parent, wait=f"{wait:.0f}"))
        yield
    finally:
        os.close(fd)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file of ours (never a link, a pipe or a device: see
    NotRegularFile and NotOwnFile), or FileTooLarge when it holds more than `limit`."""
    st = os.lstat(path)  # FileNotFoundError when there is nothing
    if not stat.S_ISREG(st.st_mode):  # not even opened: a pipe would wait, a device not end
        raise NotRegularFile(path, kind_of(st.st_mode))
    fd = open_own_file(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(_("it is larger than {size} KiB, far more than it should hold").format(
                               size=limit // 1024))
    return data


def fsync_directory(directory: Path) -> None:
    """Make the rename itself durable. Not possible (nor needed) on Windows."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> OSError | None:
    """Replace `path` with `data` so that a reader, or a crash at any moment, sees either the old
    file or the new one, never a mix. The new file gets `mode` whatever the umask. A link at
    `path` is replaced, never written through.

    Raises when the old file is still there. Once the rename has landed the file is written:
    if the folder then cannot be synced, that is returned (the rename may not survive a power
    cut yet), not raised, so nobody is told a save that happened did not."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=".tmp")
    try:  # mkstemp creates its file exclusively and without following links
        with os.fdopen(fd, "wb") as f:
            if hasattr(os, "fchmod"):
                os.fchmod(f.fileno(), mode)  # the file, not whatever is at its name by now
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if not hasattr(os, "fchmod"):  # pragma: no cover - only on Windows
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        fsync_directory(path.parent)
    except OSError as e:
        return e
    return None


def make_private_folders(directory: Path) -> None:
    """Create `directory` and any missing parents owner-only (0700) whatever the umask."""
    missing: list[Path] = []
    at = directory
    while not os.path.lexists(at):
        missing.append(at)
        if at.parent == at:
            break
        at = at.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue  # made by someone else just now: the caller checks who owns it
        if not hasattr(os, "fchmod"):  # pragma: no cover - Windows has no modes to set
            continue
        fd = os.open(folder, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fchmod(fd, 0o700)  # mkdir's mode is masked by the umask
        finally:
            os.close(fd)


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files a killed writer left behind. Call only while holding the lock: then no
    other writer can be using one."""
    for tmp in path.parent.glob(temp_prefix(path) + "*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
