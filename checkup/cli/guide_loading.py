"""The guides a command reads, through the cache of parsed guides (checkup.profile.guide_cache):
every guide, or only those it names. `checkup validate` reads the files themselves instead."""

from __future__ import annotations

from collections.abc import Iterable

from checkup.guides.loader import LoadResult, load_guides
from checkup.guides.lookup import load_named
from checkup.guides.precompiled import shipped_guide
from checkup.profile.guide_cache import guide_reader
from checkup.support.i18n import language
from checkup.support.languages import ENGLISH


def all_guides() -> LoadResult:
    """Every guide, in the order every view offers them: LinkedIn first, then by id."""
    from checkup.session.flow import order_guides

    loaded = load_guides(read=guide_reader(), ahead=shipped_guide)
    loaded.guides[:] = order_guides(loaded.guides)
    return in_chosen_language(loaded)


def named_guides(ids: Iterable[str]) -> LoadResult:
    """The guides `ids` names, reading only their own files where that answers."""
    return in_chosen_language(load_named(ids, read=guide_reader(), ahead=shipped_guide))


def in_chosen_language(loaded: LoadResult) -> LoadResult:
    """The guides' texts in the language checkup speaks (English: as they are, nothing read)."""
    code = language()
    if code != ENGLISH:
        from checkup.guides.translation import in_language
        from checkup.support.paths import content_dir

        folder = content_dir()
        loaded.guides[:] = [in_language(g, code, folder) for g in loaded.guides]
    return loaded
