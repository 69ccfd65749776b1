"""A guess at the person's country from their locale settings, offered first, never assumed."""

from __future__ import annotations

import os
import re

_TERRITORY = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def suggested_country(environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if match := _TERRITORY.match(env.get(var, "")):
            return match.group(1)
    return None
