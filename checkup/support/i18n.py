"""The one way a sentence becomes what a person reads: `_()` for a sentence, `ngettext()` for one
that depends on a count, `N_()` to mark a sentence in a table that is looked up later (the table
keeps the English, the view calls `_()` on it when it shows it).

Sentences are whole, with named placeholders filled after translation
(`_("{done} of {total} done").format(done=..., total=...)`), never glued from pieces, so a
translator can order the words as their language needs. Until a language is chosen the sentences
are the English ones; `use()` switches every view at once."""

from __future__ import annotations

import gettext

DOMAIN = "checkup"

_translation: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the name the extraction tools know
    """Marks `message` for the catalogue without translating it yet."""
    return message


def use(translation: gettext.NullTranslations) -> None:
    """Every sentence from now on comes from `translation` (a catalogue, or a test's own)."""
    global _translation
    _translation = translation
