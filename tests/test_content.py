"""The LinkedIn guide says only what its sources support, and its timeline is complete."""

from __future__ import annotations

import json

import pytest

from checkup.loader import load_guides


def _show(run_cli, *args: str) -> dict:
    code, out, _ = run_cli("show", "linkedin", "--json", *args)
    assert code == 0
    return {i["id"]: i for i in json.loads(out)["items"]}


def test_every_date_of_the_research_timeline_is_encoded() -> None:
    item = load_guides().guide("linkedin").item("ai-training")
    dates = {r.start.isoformat() for r in item.rules if r.start}
    dates |= {f.start.isoformat() for f in item.facts}
    assert {"2024-09-18", "2024-09-20", "2024-10-11", "2024-11-20", "2024-12-10", "2025-11-03",
            "2026-08-21"} <= dates


S3 = "https://github.com/OpenTermsArchive/pga-versions"


@pytest.mark.parametrize(("region", "status"), [
    ("US", "applies"), ("DE", "not-offered"), ("CH", "not-offered"), ("GB", "paused"),
    ("HK", "paused"), ("CA", "applies")])
def test_the_user_agreement_clause_of_2024_11_20_is_cited_everywhere(run_cli, region: str,
                                                                     status: str) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2024-11-20")["ai-training"]
    assert ai["status"] == status
    assert 'User Agreement added a "Generative AI Features" clause' in ai["reason"]
    assert S3 in ai["sources"] and ai["facts"][0]["date"] == "2024-11-20"
    before = _show(run_cli, "--region", region, "--as-of", "2024-11-19")["ai-training"]
    assert "Generative AI Features" not in before["reason"]


@pytest.mark.parametrize(("region", "told"), [("DE", True), ("FR", True), ("GB", True),
                                              ("NO", False), ("US", False), ("CA", False)])
def test_the_eu_and_uk_notice_of_2026_08_21_is_cited_there(run_cli, region: str,
                                                           told: bool) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2026-08-21")["ai-training"]
    assert ai["status"] == "applies" and ai["since"] in ("2024-09-18", "2025-11-03")
    said = "its sections on AI training did not change" in ai["reason"]
    assert said is told
    if told:
        assert "https://github.com/OpenTermsArchive/pga-versions" in ai["sources"]


def test_show_text_cites_the_dated_facts(run_cli) -> None:
    _, out, _ = run_cli("show", "linkedin", "--region", "GB", "--as-of", "2026-08-21",
                        "--surface", "desktop")
    words = " ".join(out.split())
    assert ("On 21 August 2026 LinkedIn updated its privacy notice for the EU and the UK (on ID "
            "verification); its sections on AI training did not change. (rule in force since "
            "2025-11-03)") in words
    assert f"Source: {S3}" in out


def test_ai_help_states_only_what_the_sources_support(run_cli) -> None:
    ai = _show(run_cli, "--region", "US")["ai-training"]
    missing = ai["help"][0]
    assert "during pauses in Hong Kong and Canada" not in missing
    assert "EU, EEA and Switzerland from 18 September 2024" in missing
    assert "UK from 20 September 2024" in missing
    assert "For Hong Kong and Canada during their pauses, the sources don't say" in missing
    assert not any("fallback" in line for line in ai["help"])
    assert any("the sources don't say it can stand in for the switch" in line
               for line in ai["help"])


@pytest.mark.parametrize(("region", "status"), [
    ("US", "applies"), ("BR", "applies"), ("DE", "not-stated"), ("NO", "not-stated"),
    ("CH", "not-stated"), ("GB", "not-stated"), ("CA", "not-stated"), ("HK", "not-stated")])
def test_ads_sharing_claims_only_what_the_sources_say(run_cli, region: str, status: str) -> None:
    ads = _show(run_cli, "--region", region, "--as-of", "2026-11-23")["ads-data-sharing"]
    assert ads["status"] == status and ads["since"] == "2025-11-03"
    assert "US and most other regions" in ads["reason"]
    text = " ".join([ads["reason"], *ads["help"], *ads["does_not"]])
    assert "only outside" not in text and "does not share" not in text
    assert ("Global Privacy Control" in text and '"Ads outside of LinkedIn" also turns off '
            '"Data sharing"' in text)


def test_ads_sharing_says_nothing_before_the_sources_do(run_cli) -> None:
    ads = _show(run_cli, "--region", "US", "--as-of", "2025-11-02")["ads-data-sharing"]
    assert ads["status"] == "unknown"


def test_show_says_in_plain_words_when_the_sources_do_not_say(run_cli) -> None:
    _, out, _ = run_cli("show", "linkedin", "--region", "DE", "--as-of", "2026-11-23")
    words = " ".join(out.split())
    assert ("Status: not-stated: the sources don't say whether this applies here: if you see "
            "the setting, switch it off.") in words


def test_steps_read_right_without_a_link_below_or_a_qr_code_beside_them() -> None:
    for item in load_guides().guide("linkedin").items:
        texts = [item.summary, *(s for steps in item.steps.values() for s in steps)]
        for text in texts:
            for phrase in ("below", "above", "scan the QR code"):
                assert phrase not in text, (item.id, text)
