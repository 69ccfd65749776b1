"""The LinkedIn guide says only what its sources support, and its timeline is complete."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from checkup.guides.loader import document_problem, load_guides
from checkup.guides.model import SOURCE_KINDS


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("linkedin")


def _show(run_cli, *args: str) -> dict:
    code, out, _ = run_cli("show", "linkedin", "--json", *args)
    assert code == 0
    return {i["id"]: i for i in json.loads(out)["items"]}


def _words(run_cli, *args: str) -> str:
    code, out, _ = run_cli("show", "linkedin", *args)
    assert code == 0
    return " ".join(out.split())


def test_every_date_of_the_research_timeline_is_encoded(guide) -> None:
    item = guide.item("ai-training")
    dates = {r.start.isoformat() for r in item.rules if r.start}
    dates |= {f.start.isoformat() for f in item.facts}
    assert {"2024-09-18", "2024-09-20", "2024-10-11", "2024-11-20", "2024-12-10", "2025-09-18",
            "2025-11-03", "2026-08-21"} <= dates


UA = "https://github.com/OpenTermsArchive/pga-versions/blob/71980c9/LinkedIn/Terms%20of%20Service.md"
EU_NOTICE_2026 = ("https://github.com/OpenTermsArchive/pga-versions/blob/185513a/LinkedIn/"
                  "Privacy%20Policy.md")
EU_NOTICE_2025_09 = ("https://github.com/OpenTermsArchive/pga-versions/blob/326007f/LinkedIn/"
                     "Privacy%20Policy.md")


@pytest.mark.parametrize(("region", "status"), [
    ("US", "applies"), ("DE", "not-offered"), ("CH", "not-offered"), ("GB", "paused"),
    ("HK", "paused"), ("CA", "applies")])
def test_the_user_agreement_clause_of_2024_11_20_is_cited_everywhere(run_cli, region: str,
                                                                     status: str) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2024-11-20")["ai-training"]
    assert ai["status"] == status
    assert 'User Agreement added a "Generative AI Features" clause' in ai["reason"]
    assert UA in ai["sources"] and ai["facts"][0]["date"] == "2024-11-20"
    before = _show(run_cli, "--region", region, "--as-of", "2024-11-19")["ai-training"]
    assert "Generative AI Features" not in before["reason"]


# The notice covers the "Designated Countries" (EU, EEA, Switzerland) and the UK: Norway and
# Switzerland are told too, the US and Canada are not.
@pytest.mark.parametrize(("region", "told"), [("DE", True), ("FR", True), ("GB", True),
                                              ("NO", True), ("IS", True), ("LI", True),
                                              ("CH", True), ("US", False), ("CA", False),
                                              ("HK", False)])
def test_the_european_notice_of_2026_08_21_is_cited_for_every_region_it_covers(
        run_cli, region: str, told: bool) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2026-08-21")["ai-training"]
    assert ai["status"] == "applies" and ai["since"] in ("2024-09-18", "2025-11-03")
    said = "Its sections on AI training did not change" in ai["reason"]
    assert said is told
    if told:  # all it changed: minimum-age checks as well as ID verification
        assert "minimum age" in ai["reason"] and "ID verification providers" in ai["reason"]
        assert EU_NOTICE_2026 in ai["sources"]
    before = _show(run_cli, "--region", region, "--as-of", "2026-08-20")["ai-training"]
    assert "minimum age" not in before["reason"]


def test_show_text_cites_the_dated_facts(run_cli) -> None:
    words = _words(run_cli, "--region", "GB", "--as-of", "2026-08-21", "--surface", "desktop")
    assert ("On 21 August 2026 LinkedIn updated its privacy notice for the EU, EEA, Switzerland "
            "and the UK:") in words
    assert ("Yes, this applies to you: it has applied where you live (United Kingdom) since "
            "3 November 2025.") in words
    assert "rule in force since" not in words
    assert f"Source: {EU_NOTICE_2026}" in words


@pytest.mark.parametrize("region", ["NL", "DE", "NO", "CH", "GB"])
def test_in_the_weeks_before_training_began_in_europe_it_applies_and_says_why(
        run_cli, region: str) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2025-10-01")["ai-training"]
    assert ai["status"] == "applies" and ai["since"] == "2025-09-18"
    assert "showed the setting" in ai["reason"] and "on by default" in ai["reason"]
    assert "3 November 2025" in ai["reason"]
    assert "before 3 November" in ai["reason"]
    assert ai["sources"][0] == EU_NOTICE_2025_09  # LinkedIn's own text first
    if region == "GB":
        assert "ICO" in ai["reason"] and any("ico.org.uk" in s for s in ai["sources"])
    else:  # the regulators' advice, with the regulators' own pages
        assert "regulators" in ai["reason"] and "keeps the data you shared earlier out" in \
            ai["reason"]
        assert any("autoriteprotectiondonnees.be" in s for s in ai["sources"])
        assert any("cnpd.public.lu" in s for s in ai["sources"])


def test_show_for_the_netherlands_in_october_2025_says_it_applies_and_why(run_cli) -> None:
    words = _words(run_cli, "--region", "NL", "--as-of", "2025-10-01")
    first = words[:words.index("2. ")]
    assert ("Yes, this applies to you: it has applied where you live (Netherlands) since "
            "18 September 2025.") in first
    assert "Not offered" not in first and "nothing to do" not in first
    assert "switching it off before then also keeps the data you shared earlier out" in first


@pytest.mark.parametrize("region", ["CA", "HK"])
def test_canada_and_hong_kong_in_the_weeks_before_say_no_more_than_the_sources(
        run_cli, region: str) -> None:
    ai = _show(run_cli, "--region", region, "--as-of", "2025-10-01")["ai-training"]
    assert ai["status"] == "paused"  # no source says the setting was shown there yet
    assert "showed the setting" not in ai["reason"]
    assert any("In Hong Kong and Canada, the sources don't say whether it was shown" in line
               for line in ai["help"])
    hk_fact = "University of Hong Kong's data-protection office" in _show(
        run_cli, "--region", region, "--as-of", "2025-11-02")["ai-training"]["reason"]
    assert hk_fact is (region == "HK")


def test_ai_help_states_only_what_the_sources_support(run_cli) -> None:
    ai = _show(run_cli, "--region", "US")["ai-training"]
    missing = ai["help"][0]
    assert "EU, EEA and Switzerland from 18 September 2024" in missing
    assert "UK from 20 September 2024" in missing
    assert "until about 18 September 2025" in missing
    assert "until 3 November 2025" not in missing  # it appeared weeks before
    assert not any("fallback" in line for line in ai["help"])
    form = next(line for line in ai["help"] if "Objection Form" in line)
    assert "Some reports say the form also has an option" in form
    assert "LinkedIn's own texts read for this guide don't say so" in form
    assert "the sources don't say it can stand in" not in form


def test_labels_in_other_languages_come_from_regulators_and_broadcasters(guide) -> None:
    help_text = " ".join(guide.item("ai-training").help)
    assert "«Daten zur Verbesserung generativer KI»" in help_text  # SRF
    assert "Données pour l'amélioration de l'IA générative" in help_text  # APD Belgium
    assert '"Gegevens voor verbetering van generatieve AI"' in help_text  # AP
    assert '"Dati per migliorare l\'IA generativa"' in help_text  # Sky TG24
    assert "Dati per il miglioramento" not in help_text  # machine translation only
    for kind in ("SRF", "Belgium's data-protection authority", "AP", "Sky TG24"):
        assert kind in help_text


def test_the_talking_points_date_the_european_switch_and_keep_the_under_18_condition(
        guide) -> None:
    points = " ".join(guide.item("ai-training").notes.talking_points)
    assert "around 18 September 2025" in points
    assert "on by default since 3 November 2025" not in points
    assert "if it has reason to believe a member could be under 18" in points
    assert "Members under 18 are not used" not in points


@pytest.mark.parametrize(("region", "status", "since"), [
    ("US", "applies", "2025-11-03"), ("BR", "applies", "2025-11-03"),
    ("CA", "applies", "2025-11-03"), ("HK", "applies", "2025-11-03"),
    ("DE", "not-offered", None), ("NO", "not-offered", None), ("CH", "not-offered", None),
    ("GB", "not-stated", None), ("RE", "not-stated", None), ("IM", "not-stated", None)])
def test_ads_sharing_says_where_linkedin_says_it_shares(run_cli, region: str, status: str,
                                                       since: str | None) -> None:
    ads = _show(run_cli, "--region", region, "--as-of", "2026-11-23")["ads-data-sharing"]
    assert ads["status"] == status and ads["since"] == since
    text = " ".join([ads["reason"], *ads["help"], *ads["does_not"]])
    assert ("Global Privacy Control" in text and '"Ads outside of LinkedIn" also turns off '
            '"Data sharing"' in text)
    lead = "https://www.linkedin.com/help/linkedin/answer/a1397243"
    assert ads["sources"][0] == lead  # LinkedIn's own help first
    if region == "GB":  # the conflict is said as a conflict
        assert "The sources disagree about the UK" in ads["reason"]
        assert any("gulfnews.com" in s for s in ads["sources"])
    if status == "not-offered":
        assert "nothing to switch off" in ads["reason"]


def test_ads_sharing_is_dated_from_the_oldest_source_that_shows_it(run_cli) -> None:
    before = _show(run_cli, "--region", "US", "--as-of", "2022-12-11")["ads-data-sharing"]
    assert before["status"] == "unknown"
    first = _show(run_cli, "--region", "US", "--as-of", "2023-06-01")["ads-data-sharing"]
    assert first["status"] == "applies" and first["since"] == "2022-12-12"
    assert "last revised on 12 December 2022" in first["reason"]
    assert any("/blob/60ff95e/" in s for s in first["sources"])
    later = _show(run_cli, "--region", "US", "--as-of", "2025-11-03")["ads-data-sharing"]
    assert "From 3 November 2025 it shares more kinds of data" in later["reason"]


def test_ads_sharing_uses_linkedins_own_name_and_gives_the_other_as_such(guide) -> None:
    item = guide.item("ads-data-sharing")
    assert item.labels[-1] == "Data sharing"
    assert "Share data with affiliates and partners" not in item.labels
    for steps in item.steps.values():
        assert ('"Data sharing" (some guides show it as "Share data with affiliates and '
                'partners")') in steps[-1]


def test_us_only_fact_on_the_privacy_policy_of_2026_02_23(run_cli) -> None:
    us = _show(run_cli, "--region", "US", "--as-of", "2026-03-01")["ads-data-sharing"]
    assert "On 23 February 2026" in us["reason"]
    br = _show(run_cli, "--region", "BR", "--as-of", "2026-03-01")["ads-data-sharing"]
    assert "On 23 February 2026" not in br["reason"]


@pytest.mark.parametrize(("region", "europe"), [("DE", True), ("CH", True), ("GB", True),
                                                ("US", False), ("CA", False)])
def test_the_objection_form_cites_the_notice_only_where_it_covers(run_cli, region: str,
                                                                  europe: bool) -> None:
    form = _show(run_cli, "--region", region)["objection-form"]
    assert form["status"] == "applies"
    assert ("privacy notice for the EU, EEA, Switzerland and the UK" in form["reason"]) is europe
    assert form["sources"][0].startswith("https://") and (
        "pga-versions" in form["sources"][0]) is europe
    if not europe:
        assert form["sources"][0] == "https://www.linkedin.com/help/linkedin/answer/a6278444"


def test_nothing_is_said_without_a_source(guide) -> None:
    texts = [line for i in guide.items for line in (*i.does_not, *i.help, i.summary)]
    joined = " ".join(texts)
    assert "is final" not in joined  # no source says a closed account cannot come back
    assert "does not undo training" not in " ".join(guide.item("objection-form").does_not)
    assert "already learned" not in " ".join(guide.item("download-data").does_not)


def test_the_global_rule_is_a_lower_bound_and_names_the_affiliates(run_cli) -> None:
    ai = _show(run_cli, "--region", "US", "--as-of", "2026-11-23")["ai-training"]
    assert ai["reason"].startswith("By 18 September 2024, when people noticed the setting")
    assert "LinkedIn and its affiliates" in ai["reason"]
    sharing = next(line for line in ai["does_not"] if "affiliates" in line)
    assert "including Microsoft" in sharing and "Outside the EU, EEA and Switzerland" in sharing
    assert "the sources don't say whether this setting stops that" in sharing
    assert any("vlopses-us-versions/blob/d290d7c" in s for s in ai["item_sources"])


def test_every_source_url_is_the_document_that_was_read(guide) -> None:
    for sid, src in guide.sources.items():
        for url in filter(None, (src.url, src.read_at)):
            assert document_problem(url) is None, (sid, url)
            parts = urlsplit(url)
            assert parts.path.strip("/") or parts.query, (sid, url)  # not a bare domain
            if parts.hostname == "github.com":  # a file at a commit, not the repository
                assert re.fullmatch(r"/[^/]+/[^/]+/blob/[0-9a-f]{7,40}/.+", parts.path), url
        assert src.kind in SOURCE_KINDS, sid
        if src.read_at:  # a copy read elsewhere says so
            assert "copy" in src.title or "quoting" in src.title, sid
    assert guide.sources["S33"].url.startswith("https://dpo.hku.hk/news/linkedin-")


@pytest.mark.parametrize("url", [
    "https://dpo.hku.hk/news/", "https://github.com/OpenTermsArchive/pga-versions",
    "https://github.com/OpenTermsArchive/pga-versions/tree/main/LinkedIn", "https://cairn.nz/",
    "https://example.org"])
def test_an_index_page_or_a_repository_is_not_a_document(url: str) -> None:
    assert document_problem(url)


def test_sources_are_ranked_strongest_first_so_the_first_answer_cites_the_strongest(
        guide) -> None:
    rank = {kind: n for n, kind in enumerate(SOURCE_KINDS)}
    for item in guide.items:
        for cited in (item.sources, *(r.sources for r in item.rules),
                      *(f.sources for f in item.facts)):
            ranks = [rank[guide.sources[s].kind] for s in cited]
            assert ranks == sorted(ranks), (item.id, cited)


def test_no_answer_rests_on_blogs_alone_but_the_one_nothing_better_gives(guide) -> None:
    only_blogs = [(item.id, rule.regions, rule.start.isoformat() if rule.start else None)
                  for item in guide.items for rule in item.rules
                  if {guide.sources[s].kind for s in rule.sources} == {"blog"}]
    # LinkedIn's General Counsel's post of 2024-09-18 is known only as a report quotes it
    assert only_blogs == [("ai-training", ("EEA", "CH"), "2024-09-18")]


def _quoted(steps: tuple[str, ...]) -> list[str]:
    return [q for step in steps for q in re.findall(r'"([^"]+)"', re.sub(r"\([^)]*\)", "", step))]


@pytest.mark.parametrize("surface", ["desktop", "ios", "android"])
def test_the_path_shown_on_each_device_is_that_devices_path(guide, surface: str) -> None:
    for item in guide.items:
        if not item.labels_path or len(item.labels) < 2:  # a menu path, not a form's name
            continue
        labels = list(item.labels_on(surface))
        quoted = _quoted(item.steps[surface])
        # every level of the path is in the steps, in the same order
        found = [q for q in quoted if q in labels]
        assert found == labels, (item.id, surface, found, labels)
        if surface != "desktop":  # the apps say "Settings"; no web level under a phone
            assert "Settings & Privacy" not in " ".join(item.steps[surface]), item.id
            assert all(q in labels for q in quoted), (item.id, surface, quoted)


def test_a_phone_says_when_a_thing_cannot_be_done_there_and_hands_over(guide) -> None:
    item = guide.item("download-data")
    for surface in ("ios", "android"):
        steps = " ".join(item.steps[surface])
        assert "not available on mobile" in steps and "On a computer" in steps
        assert 'Click "' not in steps and "Me" not in _quoted(item.steps[surface])
        assert item.labels_on(surface) == ()


def test_android_steps_without_an_android_source_are_marked_assumed(guide) -> None:
    item = guide.item("ai-training")
    assert item.android_assumed and item.steps["android"] == item.steps["ios"]


def test_show_for_germany_on_an_iphone_gives_the_iphone_path(run_cli) -> None:
    code, out, _ = run_cli("show", "linkedin", "--region", "DE", "--surface", "ios")
    assert code == 0
    first = out[:out.index("\n2. ")]
    words = " ".join(first.split())
    assert ('iPhone: Look for: "Settings" > "Data privacy" > "Data for Generative AI '
            'Improvement" > "Use my data for training content creation AI models"') in words
    assert '"Settings & Privacy"' not in words and "How LinkedIn uses your data" not in words


def test_show_for_android_says_its_steps_are_assumed(run_cli) -> None:
    words = _words(run_cli, "--region", "DE", "--surface", "android")
    assert "Android (no source describes the Android app: these steps are assumed to be the " \
           "iPhone's):" in words
    both = _words(run_cli, "--region", "DE", "--surface", "ios", "--surface", "android")
    assert "iPhone and Android (no source describes the Android app: its steps are assumed " \
           "to be the iPhone's):" in both


def test_show_says_in_plain_words_when_the_sources_do_not_say(run_cli) -> None:
    words = _words(run_cli, "--region", "GB", "--as-of", "2026-11-23")
    assert ("The sources don't say whether this applies where you live (United Kingdom). If "
            "you see the setting, switch it off.") in words
    assert "not-stated" not in words


def test_steps_read_right_without_a_link_below_or_a_qr_code_beside_them(guide) -> None:
    for item in guide.items:
        texts = [item.summary, *(s for steps in item.steps.values() for s in steps)]
        for text in texts:
            for phrase in ("below", "above", "scan the QR code"):
                assert phrase not in text, (item.id, text)
