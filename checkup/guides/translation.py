"""A guide shown in another language: English is the master, and each text is replaced by its
translation from content/locale/<code>/LC_MESSAGES/<guide>.mo where there is one. A text without
one (never translated, or its English changed since, so its msgid no longer matches) stays
English, and its item is marked so that every view says part of it is in English."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import TYPE_CHECKING

from checkup.guides.texts import item_texts, translated_guide
from checkup.support.i18n import read_catalogue
from checkup.support.languages import ENGLISH

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from checkup.guides.model import Guide

class _Misses(gettext.NullTranslations):
    """The fallback of a guide's catalogue: notes each text the catalogue has no translation
    for, and gives its English."""

    def __init__(self) -> None:
        super().__init__()
        self.missing: set[str] = set()

    def gettext(self, message: str) -> str:
        self.missing.add(message)
        return message


def catalogue_path(content: Path | Traversable, code: str, guide_id: str) -> Path | Traversable:
    return content / "locale" / code / "LC_MESSAGES" / f"{guide_id}.mo"


def in_language(guide: Guide, code: str, content: Path | Traversable) -> Guide:
    """`guide` with its texts in `code` where its catalogue in `content` translates them.
    English, the master, is returned as it is, without looking for a file."""
    if code == ENGLISH:
        return guide
    found = read_catalogue(catalogue_path(content, code, guide.id))
    if found is None:
        return guide._replace(untranslated_in=code)
    misses = _Misses()
    found.add_fallback(misses)
    shown = translated_guide(guide, found.gettext)
    own_in_english = guide.title in misses.missing or guide.summary in misses.missing
    return shown._replace(english_in=code if own_in_english else "", items=tuple(
        t._replace(english_in=code) if any(x in misses.missing for x in item_texts(o)) else t
        for o, t in zip(guide.items, shown.items, strict=True)))
