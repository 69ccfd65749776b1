"""The guides a command reads, through the cache of parsed guides (checkup.profile.guide_cache):
every guide, or only those it names. `checkup validate` reads the files themselves instead."""

from __future__ import annotations

from collections.abc import Iterable

from checkup.guides.loader import LoadResult, load_guides
from checkup.guides.lookup import load_named
from checkup.profile.guide_cache import guide_reader


def all_guides() -> LoadResult:
    return load_guides(read=guide_reader())


def named_guides(ids: Iterable[str]) -> LoadResult:
    """The guides `ids` names, reading only their own files where that answers."""
    return load_named(ids, read=guide_reader())
