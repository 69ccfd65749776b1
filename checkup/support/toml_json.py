"""Parsed TOML as JSON text and back, every value with its own type: JSON is read by C code
many times faster than TOML is parsed, and, unlike pickle or marshal, reading it never runs
code, so a file someone else wrote can at worst be wrong data, never a program.

TOML has dates and times, which JSON has not: they are written as a small table under a key
no guide uses (TAG, a NUL character), {"\\u0000": "date", "v": "2026-11-23"}. Data that
itself holds that key is not written (dumps gives None), so a table is never read back as a
date. Integers, floats (inf, nan and -0.0 too), booleans and strings keep their types."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

TAG = "\x00"
_FROM_TEXT = {"datetime": dt.datetime.fromisoformat, "date": dt.date.fromisoformat,
              "time": dt.time.fromisoformat}


class _HasTag(Exception):
    pass


def _tagged(value: object) -> object:
    """json.dumps calls this for what JSON cannot hold: TOML's dates and times."""
    for name, kind in (("datetime", dt.datetime), ("date", dt.date), ("time", dt.time)):
        if isinstance(value, kind):  # datetime first: it is a date too
            return {TAG: name, "v": value.isoformat()}
    raise TypeError(f"not a TOML value: {type(value).__name__}")


def _check_keys(value: object) -> None:
    if isinstance(value, dict):
        if TAG in value:
            raise _HasTag
        for inner in value.values():
            _check_keys(inner)
    elif isinstance(value, list):
        for inner in value:
            _check_keys(inner)


def dumps(data: dict) -> str | None:
    """`data` (what tomllib returned) as JSON text, or None when it cannot be written
    unambiguously (a table with the key TAG)."""
    try:
        _check_keys(data)
    except _HasTag:
        return None
    return json.dumps(data, default=_tagged, ensure_ascii=False, separators=(",", ":"))


def _no_null(values: Iterable[object]) -> None:
    """JSON's null is no TOML value: data holding one was not written by dumps."""
    for value in values:
        if value is None:
            raise ValueError("null is no TOML value")
        if type(value) is list:  # a table in it is checked by its own _untag
            _no_null(value)


def _untag(table: dict) -> object:
    _no_null(table.values())
    if TAG not in table:
        return table
    tag = table[TAG]
    if len(table) != 2 or not isinstance(table.get("v"), str) or tag not in ("datetime", "date",
                                                                              "time"):
        raise ValueError("not a tagged date or time")
    return _FROM_TEXT[tag](table["v"])


def loads(text: str) -> dict:
    """The data `dumps` wrote; ValueError (json.JSONDecodeError is one) when `text` is not
    such data, RecursionError when it is nested too deeply to read."""
    data = json.loads(text, object_hook=_untag)
    if not isinstance(data, dict):
        raise ValueError("not a table")
    return data


def envelope(digest: str, data: dict, **stamp: str) -> str | None:
    """`data` with the SHA-256 of the bytes it was parsed from and `stamp` (who read it), as
    one JSON text; None as for dumps."""
    body = dumps(data)
    if body is None:
        return None
    head = json.dumps({"sha256": digest, **stamp}, ensure_ascii=False, separators=(",", ":"))
    return f'{head[:-1]},"data":{body}}}'


def opened(text: str, digest: str, **stamp: str) -> dict | None:
    """The data of an envelope, when it was parsed from bytes of SHA-256 `digest` and carries
    `stamp`; None when it is anything else (another file's, another reader's, not ours)."""
    try:
        whole = loads(text)
    except (ValueError, RecursionError):
        return None
    if whole.get("sha256") != digest or any(whole.get(k) != v for k, v in stamp.items()):
        return None
    data = whole.get("data")
    return data if isinstance(data, dict) else None
