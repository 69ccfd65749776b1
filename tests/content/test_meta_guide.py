"""What the shipped Meta guide tells a person: the objection form where Meta offers it and what is
left where it does not, Meta AI chats used for ads except where reports say they are not, and the
third-party data form, each fact at the strength its sources give."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from guide_checks import shown_items, shown_words

from checkup.guides.loader import load_guides
from checkup.guides.model import SOURCE_KINDS
from checkup.words.caveats import field_caveat, link_caveat

MAIN = "object-ai-training"
ADS = "meta-ai-chats-ads"
THIRD = "third-party-data"
# Sources that are one source each for what this guide takes from them: named in free text only
# as "One source (NAME) ...".
ONE_SOURCE_NAMES = ("Legal Clarity", "Sky TG24", "ITV", "Dr Dave Heath")


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("meta")


def _show(run_cli, *args: str) -> dict:
    return shown_items(run_cli, "meta", *args)


def _words(run_cli, *args: str) -> str:
    return shown_words(run_cli, "meta", *args)


def test_the_guide_validates_and_is_found_by_its_other_names(run_cli, guide) -> None:
    code, out, _ = run_cli("validate")
    assert code == 0 and "meta (3 items)" in out
    assert guide.names == ("Facebook", "Instagram", "Meta AI")
    assert guide.revision == 1 and guide.verified.isoformat() == "2026-12-01"
    assert {i.verified.isoformat() for i in guide.items} == {"2026-12-01"}


def test_the_main_item_comes_first(run_cli, guide) -> None:
    assert guide.main_item == MAIN
    assert [i.id for i in guide.ordered_items()] == [MAIN, ADS, THIRD]
    items = list(_show(run_cli, "--region", "FR").values())
    assert items[0]["id"] == MAIN and items[0]["main"] is True


@pytest.mark.parametrize(("country", "status"), [
    ("FR", "applies"), ("DE", "applies"), ("NO", "applies"), ("IS", "applies"),
    ("GB", "applies"),
    # elsewhere the research found no opt-out (not re-checked for 2026, and said so)
    ("US", "no-opt-out"), ("AU", "no-opt-out"), ("IN", "no-opt-out"), ("CA", "no-opt-out"),
    # leads the research could not verify: neither answer is given
    ("CH", "not-stated"), ("BR", "not-stated"), ("JP", "not-stated"), ("KR", "not-stated"),
    # places no source places
    ("RE", "not-stated"), ("GP", "not-stated"), ("JE", "not-stated"), ("GI", "not-stated"),
])
def test_who_can_object(run_cli, country: str, status: str) -> None:
    item = _show(run_cli, "--region", country)[MAIN]
    assert item["status"] == status
    assert item["reason"] and item["sources"]
    if status == "no-opt-out":
        assert "not re-checked in 2026" in item["reason"]
        assert "private account" in item["reason"]


def test_the_eu_deadline_changes_what_an_objection_covers(run_cli) -> None:
    before = _show(run_cli, "--region", "FR", "--as-of", "2025-05-20")[MAIN]
    assert before["status"] == "applies"
    assert "To keep what you posted earlier out, object before training begins" in before["reason"]
    # both days the sources give still read as "before" on the 27th
    assert "object before training begins" in _show(
        run_cli, "--region", "DE", "--as-of", "2025-05-27")[MAIN]["reason"]
    after = _show(run_cli, "--region", "FR", "--as-of", "2025-05-28")[MAIN]
    assert after["status"] == "applies" and after["since"] == "2025-05-28"
    assert "covers what you share from then on" in after["reason"]
    assert "26 or 27 May 2025" in after["reason"]


def test_where_there_is_no_form_the_person_reads_what_is_left(run_cli, guide) -> None:
    words = _words(run_cli, "--region", "US")
    assert "There is no way to stop it" in words
    item = guide.item(MAIN)
    assert any("private" in line for line in item.instead)
    assert any("Delete" in line for line in item.instead)
    # that deleting does not undo training rests on one source, and is said so
    assert any(line.startswith("One source (Dr Dave Heath)") and "does not undo training" in line
               for line in item.instead_does_not)


@pytest.mark.parametrize(("country", "day", "status"), [
    ("US", "2025-09-30", "unknown"),      # before Meta's announcement: no answer, no guess
    ("US", "2025-10-01", "not-used"),     # announced; not used for ads before 16 December
    ("US", "2025-12-15", "not-used"),
    ("US", "2025-12-16", "no-opt-out"),
    ("US", "2026-12-01", "no-opt-out"),
    ("BR", "2026-12-01", "no-opt-out"),
    ("CH", "2026-12-01", "no-opt-out"),   # the reports leave out only the EU, the UK, South Korea
    ("FR", "2025-10-01", "not-used"),     # the EU's rule and the EEA's start on the same day
    ("FR", "2026-12-01", "not-used"),
    ("DE", "2025-12-16", "not-used"),
    ("GB", "2026-12-01", "not-used"),
    ("KR", "2026-12-01", "not-used"),
    ("NO", "2025-10-01", "not-stated"),   # in the EEA, not the EU: the reports name the EU
    ("NO", "2026-12-01", "not-stated"),
    ("LI", "2026-12-01", "not-stated"),
    ("RE", "2026-12-01", "not-stated"),
    ("JE", "2026-12-01", "not-stated"),
])
def test_meta_ai_chats_and_ads(run_cli, country: str, day: str, status: str) -> None:
    item = _show(run_cli, "--region", country, "--as-of", day)[ADS]
    assert item["status"] == status
    if status == "no-opt-out":
        assert "no opt-out other than not using Meta AI" in item["reason"]
        assert "sensitive topics are left out" in item["reason"]


def test_in_the_eu_the_ai_terms_are_told_with_the_answer(run_cli) -> None:
    item = _show(run_cli, "--region", "FR", "--as-of", "2026-02-01")[ADS]
    assert "improve AI at Meta" in item["reason"]
    assert item["facts"][0]["date"] == "2026-01-05"
    assert "improve AI at Meta" not in _show(
        run_cli, "--region", "FR", "--as-of", "2026-01-04")[ADS]["reason"]
    assert "improve AI at Meta" not in _show(run_cli, "--region", "US")[ADS]["reason"]


def test_the_third_party_form_claims_no_region(run_cli) -> None:
    for country in ("FR", "GB", "US", "KR", "BR"):
        item = _show(run_cli, "--region", country)[THIRD]
        assert item["status"] == "not-stated"
        assert item["reason"].startswith("One source (Legal Clarity) reports this form")


def test_exactly_these_fields_rest_on_one_source(guide) -> None:
    assert guide.item(MAIN).unverified == {"ios": "P6", "android": "P6"}
    assert guide.item(ADS).unverified == {}
    assert guide.item(THIRD).unverified == {
        "link": "RS7", "labels": "RS7", "desktop": "RS7", "ios": "RS7", "android": "RS7"}
    for item in guide.items:
        assert "default" not in item.unverified and item.default == "not-stated", item.id


def caveats_beside_steps(guide, item) -> list[str]:  # noqa: ANN001
    """The caveats said beside the names and the steps (the link's is said beside it)."""
    return [field_caveat(guide, item, f) for f in item.unverified if f != "link"]


def test_one_source_fields_carry_their_caveat(guide) -> None:
    main = guide.item(MAIN)
    lines = caveats_beside_steps(guide, main)
    assert len(lines) == 2 and all("Sky TG24" in line for line in lines)
    third = guide.item(THIRD)
    assert "Legal Clarity" in link_caveat(guide, third)
    assert len(caveats_beside_steps(guide, third)) == 4


def test_one_source_facts_in_free_text_are_worded_as_one_source(guide) -> None:
    for item in guide.items:
        texts = [item.summary, item.audience, *item.does_not, *item.help, *item.then,
                 *item.instead, *item.instead_does_not, *item.notes.talking_points,
                 *(r.reason for r in item.rules)]
        for text in texts:
            for name in ONE_SOURCE_NAMES:
                if name in text:
                    assert re.search(rf"[Oo]ne source \({re.escape(name)}", text), (item.id, text)


def test_links_are_https_on_metas_domains_and_one_source_links_open_nothing(guide) -> None:
    assert guide.domains == ("facebook.com", "instagram.com")
    for item in guide.items:
        for url in (item.link, item.help_link):
            if url:
                parts = urlsplit(url)
                assert parts.scheme == "https"
                assert parts.hostname.endswith((".facebook.com", ".instagram.com")), url
    # the form's address rests on one source: shown as text, never the QR code or "open" target
    third = guide.item(THIRD)
    assert third.unverified_link == "https://www.facebook.com/help/contact/510058597920541"
    assert third.open_link == "https://www.facebook.com/privacy/guide/genai"
    assert guide.item(MAIN).open_link == "https://www.facebook.com/privacy/guide/genai"


def test_sources_are_documents_and_listed_strongest_first(guide) -> None:
    rank = {kind: n for n, kind in enumerate(SOURCE_KINDS)}
    for item in guide.items:
        rules = [(f"{item.id} rule {n}", r.sources) for n, r in enumerate(item.rules)]
        for where, refs in [(item.id, item.sources), *rules]:
            kinds = [rank[guide.sources[s].kind] for s in refs]
            assert kinds == sorted(kinds), where
    assert guide.item(MAIN).sources[0] == "P3"  # Meta's own terms first
    for source in guide.sources.values():
        assert source.url.startswith("https://") and source.date and source.title
