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
_language = "en"  # the code of the language sentences are shown in (checkup.support.languages)


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


def language() -> str:
    """The code of the language chosen with use_language(): "en" until one is."""
    return _language


def translated() -> bool:
    """Whether the sentences come from a catalogue (not the English they are written in)."""
    return type(_translation) is not gettext.NullTranslations


def use_language(code: str) -> None:
    """Sentences from now on in `code` (one of checkup.support.languages.CODES), from the
    catalogue shipped in checkup/locale/<code>/LC_MESSAGES/checkup.mo. English, the master, reads
    no file. A language whose catalogue is not there yet shows the English sentences."""
    from checkup.support.cldr import use_language_data

    global _language
    use(gettext.NullTranslations() if code == "en" else catalogue(code))
    use_language_data(code)  # days, lists and country names as CLDR writes them there
    _language = code


def catalogue(code: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The shipped program catalogue for `code`; the English sentences when there is none."""
    from checkup.support.paths import package_dir

    found = read_catalogue(package_dir("checkup") / "locale" / code / "LC_MESSAGES"
                           / f"{domain}.mo")
    return found or gettext.NullTranslations()


def read_catalogue(path) -> gettext.GNUTranslations | None:  # noqa: ANN001 - Path, Traversable
    """The compiled catalogue at `path` (the program's or a guide's), or None when there is
    none or it is not a catalogue."""
    try:
        with path.open("rb") as f:
            return gettext.GNUTranslations(f)
    except (OSError, ValueError):  # absent (FileNotFoundError is an OSError) or not a catalogue
        return None
