"""Write checkup/locale/cldr.json: for each language checkup speaks besides English, how it writes
a day ("3. November 2025"), joins a list ("A, B und C") and names each country, from the Unicode
CLDR as Babel ships it.

    .venv/bin/python tools/language_data.py            # rewrites checkup/locale/cldr.json
    .venv/bin/python tools/language_data.py --check    # exit 1 when the file is out of date

The table is made here, once, rather than by Babel at run time: Babel would cost every start
the reading of its locale files, and checkup.pyz (a zip) does not carry them. Run it again when
Babel (and with it CLDR) is upgraded; tests/unit/test_language_data.py says when the file no
longer matches. English keeps the program's own wording ("3 November 2025"), so it is not here.

This script is not part of the installed package: it lives beside it, as benchmarks/ does.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))  # its neighbour, however this file was loaded

from generated import table_tool  # noqa: E402

OUTPUT = ROOT / "checkup" / "locale" / "cldr.json"
COUNTRIES = ROOT / "content" / "countries.toml"

# checkup's language code -> the CLDR locale it is written in (Portuguese as in Portugal).
LOCALES: dict[str, str] = {
    "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt_PT", "pl": "pl",
}

_FIELD = re.compile(r"'([^']*)'|(d+|M+|y+)|([^'dMy]+)")


def day_pattern(cldr: str) -> str:
    """A CLDR date pattern ("d 'de' MMMM 'de' y") as a format string with {day}, {month} and
    {year}. Any field other than those three is refused: the program fills only them."""
    out = []
    for quoted, field, literal in _FIELD.findall(cldr):
        if field:
            if field not in ("d", "MMMM", "y"):
                raise ValueError(f"date pattern {cldr!r}: field {field!r} is not filled by checkup")
            out.append({"d": "{day}", "MMMM": "{month}", "y": "{year}"}[field])
        else:
            out.append((quoted or literal).replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def language(locale_name: str, codes: list[str]) -> dict:
    from babel import Locale

    locale = Locale.parse(locale_name)
    lists = locale.list_patterns["standard"]
    return {
        "months": [locale.months["format"]["wide"][m] for m in range(1, 13)],
        "day": day_pattern(locale.date_formats["long"].pattern),
        "list": {part: lists[part] for part in ("2", "start", "middle", "end")},
        "countries": {code: locale.territories[code] for code in codes
                      if code in locale.territories},
    }


def table() -> str:
    from babel.core import get_cldr_version

    with COUNTRIES.open("rb") as f:
        codes = sorted(tomllib.load(f)["countries"])
    codes.append("EU")  # the European Union: a region group CLDR names as it names countries
    data = {
        "source": "Unicode CLDR (https://cldr.unicode.org, Unicode License v3), read through "
                  "Babel (https://babel.pocoo.org) by tools/language_data.py: do not edit",
        "cldr_version": get_cldr_version(),
        "languages": {code: language(name, codes) for code, name in LOCALES.items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    return table_tool(argv, __doc__.split("\n\n")[0], OUTPUT, ROOT, table,
                      "tools/language_data.py")

if __name__ == "__main__":
    sys.exit(main())
