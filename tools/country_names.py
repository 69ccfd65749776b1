"""Write content/country_names.toml: every country's name in the languages of the places the
guides cover, from the Unicode CLDR as Babel ships it, for the country search.

    .venv/bin/python tools/country_names.py            # rewrites content/country_names.toml
    .venv/bin/python tools/country_names.py --check    # exit 1 when the file is out of date

The table is made here, once, instead of by Babel when someone searches: Babel reads its 35 MB
of locale data from files on disk, which checkup.pyz (a zip) does not have, and checkup never
needs more than these few thousand names. Run it again when Babel (and with it CLDR) is
upgraded; tests/unit/test_country_names.py says when the file no longer matches.

This script is not part of the installed package: it lives beside it, as benchmarks/ does.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # checkup.guides.country_search.folded, run from a checkout
sys.path.insert(0, str(ROOT / "tools"))  # its neighbour, however this file was loaded

from generated import table_tool  # noqa: E402

from checkup.guides.country_search import folded  # noqa: E402

OUTPUT = ROOT / "content" / "country_names.toml"
COUNTRIES = ROOT / "content" / "countries.toml"

# The official languages of the places content/regions.toml groups: the 24 of the European
# Union; Icelandic and both written Norwegians (EEA); Romansh (Switzerland, with German, French
# and Italian); Luxembourgish; Welsh and Scottish Gaelic (United Kingdom, with English and
# Irish); Traditional Chinese and Cantonese (Hong Kong); English, French and Spanish (Canada,
# the United States).
LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
    "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    "is", "nb", "nn", "rm", "lb", "cy", "gd", "zh_Hant", "yue",
)

HEADER = """\
# Country names in the official languages of the places the guides cover, for the country
# search ("Deutschland", "Suisse", "Polska"). Made by tools/country_names.py from the Unicode
# CLDR as Babel ships it: do not edit by hand, run the tool again. A name is left out when it
# is, letter for letter, the name in countries.toml or one of its other names there.
# Source: https://cldr.unicode.org (Unicode License v3), read through Babel
# (https://babel.pocoo.org).
"""


def known_names(countries_file: Path) -> dict[str, set[str]]:
    """The names countries.toml already gives each country, folded."""
    with countries_file.open("rb") as f:
        data = tomllib.load(f)
    known = {code: {folded(name)} for code, name in data["countries"].items()}
    for code, others in data.get("other_names", {}).items():
        known[code] |= {folded(n) for n in others}
    return known


def cldr_names(codes: set[str]) -> dict[str, list[str]]:
    """Every name CLDR gives each code in LANGUAGES, one per folded spelling."""
    from babel import Locale

    names: dict[str, set[str]] = {code: set() for code in codes}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in names:
                names[code].add(name)
    return {code: sorted(found) for code, found in names.items()}


def table(countries_file: Path = COUNTRIES) -> str:
    """The text of country_names.toml for the Babel installed here."""
    from babel.core import get_cldr_version

    known = known_names(countries_file)
    lines = [HEADER, f'cldr_version = "{get_cldr_version()}"',
             "languages = [" + ", ".join(f'"{x}"' for x in LANGUAGES) + "]", "", "[names]"]
    for code, names in sorted(cldr_names(set(known)).items()):
        seen = set(known[code])
        kept = []
        for name in sorted(names, key=lambda n: (folded(n), n)):
            if folded(name) not in seen:
                seen.add(folded(name))
                kept.append(name)
        if kept:
            lines.append(f"{code} = [" + ", ".join(_quoted(n) for n in kept) + "]")
    return "\n".join(lines) + "\n"


def _quoted(name: str) -> str:
    """A TOML basic string; CLDR names hold no control characters, so only \\ and " need it."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str] | None = None) -> int:
    return table_tool(argv, __doc__.split("\n\n")[0], OUTPUT, ROOT, table,
                      "tools/country_names.py")

if __name__ == "__main__":
    sys.exit(main())
