"""The shipped guides, parsed ahead: content/parsed/<name>.json holds what the TOML parser made of
content/<name>.toml, with the SHA-256 of that file's bytes. It is used only when the file read
now has exactly those bytes, so an edited guide is parsed again; what it holds then goes through
every check of the loader like freshly parsed TOML. tools/compile_guides.py writes these files,
and a test checks that each one is current."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from checkup.support.paths import in_archive, shipped_content_dir
from checkup.support.toml_file import MAX_BYTES, Unreadable, read_bytes
from checkup.support.toml_json import opened

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FOLDER = "parsed"


def parsed_file(directory: Path | Traversable, name: str) -> Path | Traversable:
    """Where the parsed form of guide file `name` (linkedin.toml) is kept in `directory`."""
    return directory / FOLDER / (name.removesuffix(".toml") + ".json")


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
