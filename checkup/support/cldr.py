"""How the language in use writes a day, joins a list and names a country, as the Unicode CLDR
says: checkup/locale/cldr.json, written from Babel's copy of CLDR by tools/language_data.py.
English keeps the program's own wording and reads nothing, so starting in English costs nothing
here; another language reads the file once, when it is chosen."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from checkup.support.paths import package_dir

_language: dict | None = None  # the chosen language's table; None: English


def use_language_data(code: str) -> None:
    """Days, lists and country names from now on in `code` ("en": the program's own)."""
    global _language
    if code == "en":
        _language = None
        return
    data = json.loads((package_dir("checkup") / "locale" / "cldr.json").read_text("utf-8"))
    _language = data["languages"][code]


def day_in_language(day: dt.date) -> str | None:
    """'3. November 2025' in German; None in English (the caller has its own wording)."""
    if _language is None:
        return None
    return _language["day"].format(day=day.day, month=_language["months"][day.month - 1],
                                   year=day.year)


def list_in_language(names: Sequence[str]) -> str | None:
    """'A, B und C' in German; None in English."""
    if _language is None:
        return None
    patterns = _language["list"]
    if len(names) < 2:
        return "".join(names)
    if len(names) == 2:
        return patterns["2"].format(*names)
    joined = patterns["end"].format(names[-2], names[-1])
    for name in reversed(names[1:-2]):
        joined = patterns["middle"].format(name, joined)
    return patterns["start"].format(names[0], joined)


def country_in_language(code: str) -> str | None:
    """'Deutschland' for DE in German; None in English or when CLDR has no name for it."""
    return None if _language is None else _language["countries"].get(code)
