"""The shipped guides, read ahead. content/parsed/<name>.json holds what the TOML parser made of
content/<name>.toml, with the SHA-256 of that file's bytes; it is used only when the file read
now has exactly those bytes, so an edited file is parsed again, and what it holds goes through
every check of the loader like freshly parsed TOML.

A shipped guide is also kept loaded: content/parsed/<name>.guide.pickle holds the Guide the
loader made of those bytes, every check passed, against the shipped region table. Loading it is
some twenty times faster than checking the guide again, which the wizard's first screen
notices with twelve guides. It is a pickle, which can run code, so it is only ever read from
the folder the program itself is installed in (as Python reads the program's own compiled
files there), never from a folder of guides given by a person or from any cache.
tools/compile_guides.py writes these files, and a test checks that each one is current."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from checkup.support.digest import sha256_hex
from checkup.support.paths import in_archive, shipped_content_dir
from checkup.support.toml_file import MAX_BYTES, Unreadable, read_bytes
from checkup.support.toml_json import opened

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from checkup.guides.model import Guide

FOLDER = "parsed"
LOADED = ".guide.pickle"  # the suffix of a guide kept loaded


def parsed_file(directory: Path | Traversable, name: str) -> Path | Traversable:
    """Where the parsed form of guide file `name` (linkedin.toml) is kept in `directory`."""
    return directory / FOLDER / (name.removesuffix(".toml") + ".json")


def loaded_file(directory: Path | Traversable, name: str) -> Path | Traversable:
    """Where the loaded form of guide file `name` (linkedin.toml) is kept in `directory`."""
    return directory / FOLDER / (name.removesuffix(".toml") + LOADED)


def _is_shipped(path: Path | Traversable) -> bool:
    if in_archive(path):  # checkup.pyz holds only the shipped guides
        return True
    shipped = shipped_content_dir()
    return isinstance(shipped, os.PathLike) and Path(path).parent == Path(shipped)


def shipped_data(path: Path | Traversable, digest: str) -> dict | None:
    """The parsed form of `path`, a shipped guide whose bytes have SHA-256 `digest`, or None:
    not a shipped guide, no parsed form, or one of other bytes."""
    if not _is_shipped(path):
        return None
    try:
        raw = read_bytes(parsed_file(shipped_content_dir(), path.name), "", 4 * MAX_BYTES)
        return opened(raw.decode("utf-8"), digest)
    except (Unreadable, UnicodeDecodeError):
        return None


def shipped_guide(path: Path | Traversable) -> Guide | None:
    """The Guide in `path`, a shipped guide, as loaded (against the shipped region table) when
    it was built, when the file has the same bytes as then; None otherwise (the loader then
    reads and checks the file itself)."""
    from checkup.guides.model import Guide

    if not _is_shipped(path):
        return None
    try:
        digest = sha256_hex(read_bytes(path, "", MAX_BYTES))
        kept = read_bytes(loaded_file(shipped_content_dir(), path.name), "", 4 * MAX_BYTES)
    except Unreadable:  # not built yet: read as any guide
        return None
    try:
        made_from, guide = pickle.loads(kept)
    except Exception:  # made by a checkup whose classes differ: read as any guide
        return None
    if made_from != digest or not isinstance(guide, Guide):
        return None
    return guide._replace(path=str(path))
