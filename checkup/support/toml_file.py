"""Reading a small TOML file someone may have got wrong: guides, workshop agendas, profiles.

Only a regular file of a sane size is read, opened without blocking, so a pipe waits for nobody
and a device (/dev/zero) is not read forever; a shape that would cost the parser far more than
the file's size (checkup.support.toml_shape), or nesting too deep for it, is a reason, not a crash.
Every way it fails is an Unreadable whose text is the whole reason, in a few words."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

from checkup.support.i18n import _
from checkup.support.toml_shape import shape_problem, too_deep

MAX_BYTES = 1024 * 1024  # guides and agendas are a few KiB; far bigger is not one


class Unreadable(Exception):
    """Why a file was not read; str(error) is the whole reason."""


def is_whole_number(value: object) -> bool:
    """An integer as TOML writes one: true and false are ints to Python, not here."""
    return isinstance(value, int) and not isinstance(value, bool)


def read_bytes(path: Path | Traversable, kind: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; `kind` ("a guide") words the reason."""
    if not isinstance(path, os.PathLike):  # shipped inside checkup.pyz: read from the archive
        return _archive_member(path, kind, max_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise Unreadable(_("cannot read: {problem}").format(problem=e.strerror or e)) from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise Unreadable(_("not a regular file (a device, a pipe or a folder): not read"))
        return _read_limited(f, kind, max_bytes)


def _archive_member(path: Traversable, kind: str, max_bytes: int) -> bytes:
    """A file of the guides that checkup.pyz carries; the same size limit as on disk."""
    try:
        with path.open("rb") as f:
            return _read_limited(f, kind, max_bytes)
    except OSError as e:
        raise Unreadable(_("cannot read: {problem}").format(problem=e.strerror or e)) from None


def _read_limited(f: BinaryIO, kind: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of `f`: one byte more says it is far bigger than `kind` can be."""
    try:
        data = f.read(max_bytes + 1)
    except OSError as e:
        raise Unreadable(_("cannot read: {problem}").format(problem=e.strerror or e)) from None
    if len(data) > max_bytes:
        raise Unreadable(_("larger than {size} MiB, far more than {kind} holds: not read"
                           ).format(size=max_bytes // (1024 * 1024), kind=kind))
    return data


def decode(raw: bytes, kind: str) -> dict:
    """The TOML in `raw`, which must be UTF-8 (a byte order mark is allowed)."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # some editors add a BOM
    except UnicodeDecodeError:
        raise Unreadable(_("not UTF-8 text")) from None
    if problem := shape_problem(text, kind):
        raise Unreadable(problem)
    import tomllib  # here: a guide read from its parsed form never needs the parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise Unreadable(_("not valid TOML: {problem}").format(problem=e)) from None
    except RecursionError:
        raise Unreadable(_("nested too deeply to be {kind}").format(kind=kind)) from None
    except MemoryError:
        raise Unreadable(_("too big to read as {kind}").format(kind=kind)) from None
    if too_deep(data):
        raise Unreadable(_("nested too deeply to be {kind}").format(kind=kind))
    return data


def read_toml(path: Path | Traversable, kind: str) -> dict:
    return decode(read_bytes(path, kind), kind)
