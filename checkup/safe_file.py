"""Small file primitives that never leave a half-written file: an advisory lock held while a
file is read, changed and written, and an atomic replace (temporary file in the same folder,
flush, fsync, rename over the old one, fsync the folder)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from checkup.errors import CheckupError

try:  # POSIX; Windows gets msvcrt below
    import fcntl
except ImportError:  # pragma: no cover - only on Windows
    fcntl = None  # type: ignore[assignment]

LOCK_WAIT_SECONDS = 10.0  # a write takes milliseconds: waiting longer means something is stuck
_POLL = 0.02


class LockTimeout(CheckupError):
    """Another process held the lock for longer than LOCK_WAIT_SECONDS."""


class FileTooLarge(OSError):
    """Refused to read a file bigger than the caller's limit."""


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


@contextlib.contextmanager
def exclusive_lock(lock_path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on `lock_path` (created owner-only if missing). The lock
    goes away with the file descriptor, so a killed process never leaves it held."""
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise LockTimeout(f"another checkup has been saving {lock_path.parent} for over "
                                  f"{wait:.0f} s; try again, or close the other checkup")
            time.sleep(_POLL)
        yield
    finally:
        os.close(fd)


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, or FileTooLarge when it holds more than `limit`."""
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"it is larger than {limit // 1024} KiB, far more than it should hold")
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


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that a reader, or a crash at any moment, sees either the old
    file or the new one, never a mix. The new file gets `mode` whatever the umask."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_directory(path.parent)


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files a killed writer left behind. Call only while holding the lock: then no
    other writer can be using one."""
    for tmp in path.parent.glob(temp_prefix(path) + "*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
