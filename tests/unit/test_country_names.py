"""content/country_names.toml is what tools/country_names.py makes from the CLDR that Babel
installs here: a name CLDR adds or changes shows up as a failure naming the command to run."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tool_modules import tool

from checkup.support.paths import shipped_content_dir

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    return tool("country_names")


def test_the_names_table_is_current_with_cldr() -> None:
    from babel.core import get_cldr_version

    shipped = (shipped_content_dir() / "country_names.toml").read_text(encoding="utf-8")
    made = _tool().table()
    was = tomllib.loads(shipped)["cldr_version"]
    assert shipped == made, (f"country_names.toml was made from CLDR {was}, Babel here has CLDR "
                             f"{get_cldr_version()}: run tools/country_names.py")


def test_the_table_covers_every_language_of_the_covered_regions() -> None:
    data = tomllib.loads((shipped_content_dir() / "country_names.toml").read_text("utf-8"))
    eu = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
          "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}
    assert eu | {"is", "nb", "rm", "zh_Hant"} <= set(data["languages"])
    assert "Deutschland" in data["names"]["DE"] and "Suisse" in data["names"]["CH"]
    assert "Germany" not in data["names"]["DE"]  # countries.toml's own name is not repeated
