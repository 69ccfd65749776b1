"""The languages checkup speaks, and which one the person's system asks for.

English is the master: every other language is translated from it. `reviewed` says whether a
native speaker has checked the translation; until one has, the program says so."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from checkup.support.i18n import N_

ENGLISH = "en"


class Language:
    """One row of the table (a plain class: it is read at every start)."""

    __slots__ = ("code", "own_name", "name", "reviewed", "quotes")

    def __init__(self, code: str, own_name: str, name: str, reviewed: bool,
                 quotes: tuple[str, str]) -> None:
        self.code = code
        self.own_name = own_name  # as its speakers write it: shown in the list of languages
        self.name = name  # its English name, translated where it is shown (N_)
        self.reviewed = reviewed  # a native speaker has checked the translation
        self.quotes = quotes  # how a label the platform shows is quoted in this language


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", N_("English"), True, ("\u201c", "\u201d")),
    Language("de", "Deutsch", N_("German"), False, ("\u00ab", "\u00bb")),
    Language("fr", "Français", N_("French"), False, ("\u00ab\u00a0", "\u00a0\u00bb")),
    Language("nl", "Nederlands", N_("Dutch"), False, ('"', '"')),
    Language("es", "Español", N_("Spanish"), False, ('"', '"')),
    Language("it", "Italiano", N_("Italian"), False, ('"', '"')),
    Language("pt", "Português", N_("Portuguese"), False, ('"', '"')),
    Language("pl", "Polski", N_("Polish"), False, ("\u201e", "\u201d")),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}



def language(code: str) -> Language | None:
    return _BY_CODE.get(code)


def known_codes() -> str:
    """The codes as a person types them, for a message: "en, de, fr, ..."."""
    return ", ".join(CODES)


def from_locale_name(name: str) -> str | None:
    """The language of a locale name ("fr_FR.UTF-8" -> "fr"); English for C and POSIX; None
    for a language checkup does not speak or a name that is not a locale."""
    name = name.strip()
    if name in ("C", "POSIX") or name.startswith(("C.", "POSIX.")):
        return ENGLISH
    # "fr_FR.UTF-8", "pt-PT", "de": the language, before any territory, encoding or modifier
    # (split by hand: a regular expression would be compiled at every start)
    code = name
    for mark in "_-.@":
        code = code.split(mark, 1)[0]
    code = code.lower()
    return code if code in _BY_CODE else None


def system_language(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """The language the person's system asks for: LC_ALL, LC_MESSAGES, LANG (the first one set
    decides, as the C library reads them); on macOS, only when none is set, the user's
    AppleLocale; on Windows the user's interface language. None when it names none we speak."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    setting = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    if setting:
        return from_locale_name(setting)
    if platform == "darwin":
        return from_locale_name(_apple_locale())
    if platform == "win32":
        return from_locale_name(_windows_language())
    return None


def _apple_locale() -> str:
    """macOS's own setting ("de_DE"), read only when no locale variable is set."""
    import subprocess

    try:
        done = subprocess.run(["defaults", "read", "-g", "AppleLocale"], capture_output=True,
                              text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _windows_language() -> str:
    """The Windows user's interface language as a locale name ("de_DE"), or ""."""
    try:
        import ctypes
        import locale

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return locale.windows_locale.get(lang_id, "")
    except (ImportError, AttributeError, OSError):
        return ""
