"""Finding the country a person means from the name they type: in their own language, with or
without accents, with a slip of the keyboard, and never one country guessed among several."""

from __future__ import annotations

import pytest

from checkup.guides.country_search import (
    CLOSE,
    CONTAINS,
    EXACT,
    STARTS,
    folded,
    matching_countries,
    ranked_countries,
)
from checkup.guides.regions import default_regions, load_regions
from checkup.support.paths import shipped_content_dir


def codes(query: str) -> list[str]:
    return [code for code, _ in matching_countries(default_regions(), query)]


@pytest.mark.parametrize(("typed", "code"), [
    ("Deutschland", "DE"), ("España", "ES"), ("Österreich", "AT"), ("Schweiz", "CH"),
    ("Suisse", "CH"), ("Svizzera", "CH"), ("Polska", "PL"), ("Italia", "IT"), ("Brasil", "BR"),
    ("Sverige", "SE"), ("Danmark", "DK"), ("Suomi", "FI"), ("Česko", "CZ"),
    ("Magyarország", "HU"), ("România", "RO"), ("Ελλάδα", "GR"), ("Allemagne", "DE"),
    ("Alemania", "DE"), ("Niemcy", "DE"), ("Tyskland", "DE"), ("Duitsland", "DE"),
    ("Royaume-Uni", "GB"), ("Vereinigtes Königreich", "GB"), ("Estados Unidos", "US"),
    ("Norge", "NO"), ("德國", "DE"), ("Hrvatska", "HR"),
])
def test_a_countrys_name_in_a_covered_language_finds_it_alone(typed: str, code: str) -> None:
    assert codes(typed) == [code]


@pytest.mark.parametrize(("typed", "code"), [
    ("deutschland", "DE"), ("ESPANA", "ES"), ("osterreich", "AT"), ("Oesterreich", None),
    ("cesko", "CZ"), ("ellada", None), ("Magyarorszag", "HU"),
])
def test_case_and_accents_do_not_matter(typed: str, code: str | None) -> None:
    """Without the accent the name is found; a spelling CLDR does not give is a slip away at
    most (Oesterreich), and a transliteration is not guessed at."""
    found = ranked_countries(default_regions(), typed)
    if code is None:
        assert all(m.rank == CLOSE for m in found)
    else:
        assert [(m.code, m.rank) for m in found] == [(code, EXACT)]


def test_nederland_is_the_netherlands_first_then_what_only_contains_it() -> None:
    found = ranked_countries(default_regions(), "Nederland")
    assert [(m.code, m.rank) for m in found] == [("NL", EXACT), ("BQ", CONTAINS)]


@pytest.mark.parametrize(("typed", "code", "also"), [
    ("Ísland", "IS", "BV"),  # Bouvet Island
    ("Éire", "IE", "AS"),  # Samoa Mheiriceá, American Samoa in Irish
])
def test_a_name_inside_other_names_is_that_country_first(typed: str, code: str,
                                                          also: str) -> None:
    found = ranked_countries(default_regions(), typed)
    assert (found[0].code, found[0].rank) == (code, EXACT)
    assert also in [m.code for m in found[1:]] and all(m.rank > EXACT for m in found[1:])


@pytest.mark.parametrize(("typed", "first"), [
    ("Germnay", "DE"), ("Swizerland", "CH"), ("Frnace", "FR"), ("Itlay", "IT"),
    ("Polnad", "PL"), ("Deutchland", "DE"), ("Östereich", "AT"), ("Portugl", "PT"),
])
def test_a_slip_of_the_keyboard_still_finds_the_country(typed: str, first: str) -> None:
    found = ranked_countries(default_regions(), typed)
    assert found and found[0].code == first and found[0].rank == CLOSE


def test_a_guessed_slip_never_joins_a_name_that_was_found() -> None:
    """Iran is a name: Iraq, one letter away, is not offered beside it."""
    assert codes("Iran") == ["IR"]
    assert codes("Iraq") == ["IQ"]


@pytest.mark.parametrize("typed", ["ita", "xyz", "zzz", "qqq", "abc"])
def test_short_queries_are_never_guessed_at(typed: str) -> None:
    assert all(m.rank != CLOSE for m in ranked_countries(default_regions(), typed))


@pytest.mark.parametrize("typed", ["xyzzy", "linkedin", "qwertz", "zzzzzzzz"])
def test_a_word_that_is_no_country_matches_none(typed: str) -> None:
    assert codes(typed) == []


def test_a_guess_is_only_a_slip_or_two_away() -> None:
    """Seven letters may be two slips off, shorter ones one: 'Gremnay' is two from Germany."""
    assert codes("Grmany") == ["DE"]
    assert codes("Gremnay") == ["DE"]
    assert "DE" not in codes("Grmny")  # two slips in five letters is too far


def test_exact_names_come_first_then_starts_then_contains() -> None:
    found = ranked_countries(default_regions(), "Guinea")
    assert [(m.code, m.rank) for m in found] == [
        ("GN", EXACT), ("GQ", STARTS), ("GW", STARTS), ("PG", CONTAINS)]
    assert codes("Niger") == ["NE", "NG"]


def test_a_code_or_alias_is_that_country_first() -> None:
    assert codes("de")[0] == "DE" and len(codes("de")) > 1  # Bangladesh, Deutschland, ...
    assert codes("uk")[0] == "GB"


def test_no_query_lists_every_country_by_its_name() -> None:
    everything = matching_countries(default_regions(), "  ")
    assert len(everything) == len(default_regions().countries)
    assert [name for _, name in everything] == sorted(name for _, name in everything)


def test_the_shown_name_is_the_english_one_whichever_name_matched() -> None:
    assert matching_countries(default_regions(), "Schweiz") == [("CH", "Switzerland")]


def test_other_names_kept_by_hand_still_find_their_country() -> None:
    assert codes("England") == ["GB"] and codes("Burma") == ["MM"]


def test_without_the_names_file_the_english_names_still_work(tmp_path) -> None:
    for name in ("countries.toml", "regions.toml"):
        (tmp_path / name).write_bytes((shipped_content_dir() / name).read_bytes())
    regions = load_regions(tmp_path)
    assert codes("Germany") == [c for c, _ in matching_countries(regions, "Germany")]
    assert matching_countries(regions, "Deutschland") == []


@pytest.mark.parametrize(("text", "folds_to"), [
    ("Côte d’Ivoire", "cote d ivoire"), ("St. Lucia", "st lucia"),
    ("Myanmar (Burma)", "myanmar burma"), ("  GUINEA-Bissau ", "guinea bissau"),
    ("Ελλάς", "ελλασ"),
])
def test_folding_drops_case_accents_and_punctuation(text: str, folds_to: str) -> None:
    assert folded(text) == folds_to
