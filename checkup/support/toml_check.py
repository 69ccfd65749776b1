"""Checking the values of a TOML file someone may have got wrong (a guide, a profile, an
agenda): one collector of problems, each with the key path it is about, and one way to name a
value in a message, spelled as it is written in the file."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple, NoReturn

from checkup.support.i18n import N_, _
from checkup.support.safe_text import printable

SHOWN_LENGTH = 60  # a value quoted in a message: longer ones are cut, a file may be huge
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]{1,60}")


_KINDS = {str: N_("text"), int: N_("a number"), float: N_("a number"), bool: N_("true/false"),
          list: N_("a list"), dict: N_("a table")}


def kind(value: Any) -> str:
    """What sort of value `value` is, in words: "text", "a number", "a list"."""
    words = _KINDS.get(type(value))
    return _(words) if words else type(value).__name__


def describe(value: Any) -> str:
    """`value` as the file spells it (true, "text", 2024-10-01, ["ios", "android"]), so a
    message quotes what the person typed; short, on one line, nothing hidden. A table, or a
    list holding more than a few plain values, is named by its kind (it may be nested
    thousands deep)."""
    if value is None:
        return _("nothing (it is missing)")
    if isinstance(value, list) and not all(_plain(v) for v in value):
        return kind(value)
    if isinstance(value, dict):
        return kind(value)
    if isinstance(value, str) and not value:
        return _("empty text")
    text = _spelled(value) if not isinstance(value, list) else (
        "[" + ", ".join(_spelled(v) for v in value[:SHOWN_LENGTH]) + "]")
    if len(text) > SHOWN_LENGTH:
        return kind(value) if isinstance(value, list) else text[:SHOWN_LENGTH - 3] + "..."
    return text


def _plain(value: Any) -> bool:
    return not isinstance(value, list | dict)


def _spelled(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        import json  # only when a wrong value is described, not for every file read

        return printable(json.dumps(value, ensure_ascii=False))
    if isinstance(value, dt.date | dt.time):  # a datetime is a date too
        return value.isoformat()
    return printable(str(value))


def key_path(*parts: str) -> str:
    """A key path as TOML spells it (guides.linkedin.items), quoting parts that are not bare
    keys, so a key holding a dot or a space cannot pass for two."""
    return ".".join(p if _BARE_KEY.fullmatch(p) else describe(p) for p in parts)


class Problem(NamedTuple):
    file: str
    key: str
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.key) if part)
        # a key or file name may hold a newline or an escape code: one line, nothing hidden
        return printable(f"{where}: {self.message}" if where else self.message)


class Problems:
    """The problems found in one file, each with its key path. `add` collects them, so a guide
    reports all it finds and a profile repairs every entry; `stop` raises the problem as
    `error`, for a file told one problem at a time in the order it is read (an agenda)."""

    def __init__(self, file: str = "", error: type[Exception] = ValueError) -> None:
        self.file = file
        self.error = error
        self.found: list[Problem] = []

    def add(self, key: str, message: str) -> None:
        self.found.append(Problem(self.file, key, message))

    def stop(self, key: str, message: str) -> NoReturn:
        raise self.error(str(Problem(self.file, key, message))) from None

    def unknown_keys(self, table: dict, allowed: set[str], path: str,
                     known: bool = False) -> None:
        """A problem for each key of `table` not in `allowed`; `known`: say which are."""
        hint = (_("unknown key (known: {keys})").format(keys=", ".join(sorted(allowed))) if known
                else _("unknown key (a typo?)"))
        for key in sorted(set(table) - allowed):
            self.add(f"{path}.{key}" if path else key, hint)

    def __bool__(self) -> bool:
        return bool(self.found)
