"""Days, lists and country names in each language come from CLDR: checkup/locale/cldr.json is
what tools/language_data.py makes from the CLDR Babel installs here, and a person reading
Polish sees a day as a Polish date is written, not an English one with the words swapped."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tool_modules import tool

from checkup.guides.regions import default_regions
from checkup.support import cldr
from checkup.support.dates import long_date

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    return tool("language_data")


@pytest.fixture
def in_language() -> Iterator:
    yield cldr.use_language_data
    cldr.use_language_data("en")


def test_the_table_is_current_with_cldr() -> None:
    from babel.core import get_cldr_version

    shipped = (ROOT / "checkup" / "locale" / "cldr.json").read_text(encoding="utf-8")
    was = json.loads(shipped)["cldr_version"]
    assert shipped == _tool().table(), (f"cldr.json was made from CLDR {was}, Babel here has "
                                        f"CLDR {get_cldr_version()}: run tools/language_data.py")


def test_every_language_but_english_has_its_days_lists_and_countries() -> None:
    data = json.loads((ROOT / "checkup" / "locale" / "cldr.json").read_text(encoding="utf-8"))
    assert set(data["languages"]) == {"de", "fr", "nl", "es", "it", "pt", "pl"}
    codes = set(default_regions().countries)
    for code, table in data["languages"].items():
        assert len(table["months"]) == 12, code
        assert all(part in table["day"] for part in ("{day}", "{month}", "{year}")), code
        assert set(table["countries"]) == codes | {"EU"}, code


@pytest.mark.parametrize(("code", "day", "listed", "country"), [
    ("de", "3. November 2025", "LinkedIn, Meta und X", "Deutschland"),
    ("fr", "3 novembre 2025", "LinkedIn, Meta et X", "Allemagne"),
    ("pl", "3 listopada 2025", "LinkedIn, Meta i X", "Niemcy"),  # the month as a date needs it
    ("pt", "3 de novembro de 2025", "LinkedIn, Meta e X", "Alemanha"),
    ("es", "3 de noviembre de 2025", "LinkedIn, Meta y X", "Alemania"),
])
def test_a_language_writes_days_lists_and_countries_its_own_way(
        in_language, code: str, day: str, listed: str, country: str) -> None:
    in_language(code)
    assert long_date(dt.date(2025, 11, 3)) == day
    assert cldr.list_in_language(["LinkedIn", "Meta", "X"]) == listed
    assert default_regions().name("DE") == country


def test_english_keeps_the_programs_own_wording(in_language) -> None:
    in_language("de")
    in_language("en")
    assert long_date(dt.date(2025, 11, 3)) == "3 November 2025"
    assert default_regions().name("DE") == "Germany"
    assert cldr.list_in_language(["A", "B"]) is None


def test_region_groups_are_named_in_the_language(in_language) -> None:
    from checkup.guides.regions import GROUP_NAMES
    from checkup.support import i18n

    regions = default_regions()
    for group in regions.groups.values():  # each name has a maintained source or a catalogue's
        assert len(group.members) == 1 or group.id == "EU" or group.name in GROUP_NAMES, group.id
    i18n.use_language("de")
    assert [regions.group_name(g) for g in ("EU", "EEA", "CH", "UK")] == [
        "Europäische Union", "Europäischer Wirtschaftsraum", "Schweiz", "Vereinigtes Königreich"]
    i18n.use_language("en")
    assert regions.group_name("EEA") == "European Economic Area"


def test_the_country_list_and_search_speak_the_language(in_language) -> None:
    from checkup.guides.country_search import matching_countries
    from checkup.support import i18n

    regions = default_regions()
    i18n.use_language("fr")
    assert ("DE", "Allemagne") in matching_countries(regions, "")
    assert matching_countries(regions, "allemagne")[0] == ("DE", "Allemagne")
    assert matching_countries(regions, "Germany")[0] == ("DE", "Allemagne")  # English too
    i18n.use_language("en")
    assert matching_countries(regions, "germany")[0] == ("DE", "Germany")


def test_the_workshops_devices_are_listed_as_the_language_lists(in_language) -> None:
    from checkup.guides.loader import load_guides
    from checkup.support import i18n
    from checkup.workshop.agenda import default_agenda
    from checkup.workshop.slides import Slide

    part = default_agenda(load_guides(), default_regions()).items[0]
    i18n.use_language("de")
    assert Slide(part, ("ios", "desktop")).device.startswith("iPhone und ")
    i18n.use_language("en")
    assert Slide(part, ("ios", "desktop")).device.startswith("iPhone and ")
