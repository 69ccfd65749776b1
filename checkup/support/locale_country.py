"""A guess at the person's country from their locale settings, offered first, never assumed."""

from __future__ import annotations

import os
import re

_TERRITORY = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def suggested_country(environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    # As the C library reads them: the first one set decides (LC_ALL=C names no country).
    setting = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    match = _TERRITORY.match(setting)
    return match.group(1) if match else None
