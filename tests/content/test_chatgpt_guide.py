"""What the shipped ChatGPT guide holds, as a person sees it: it loads and validates, each
region gets the answer OpenAI's own texts support, the main item comes first, its links stay on
OpenAI's domains, and what rests on one source only is worded as such."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from guide_checks import shown_items

from checkup.guides.loader import load_guides
from checkup.words.caveats import default_line

GUIDE = "chatgpt"
EUROPE_POLICY = ("https://github.com/OpenTermsArchive/genai-eu-versions/blob/e65db9d/ChatGPT/"
                 "Privacy%20Policy.md")
DATA_CONTROLS_FAQ = "https://help.openai.com/en/articles/7730893-data-controls-faq"


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide(GUIDE)


def _show(run_cli, *args: str) -> dict:
    return shown_items(run_cli, GUIDE, *args)


def test_the_guide_loads_and_validates(run_cli) -> None:
    loaded = load_guides()
    assert [p for p in loaded.problems if GUIDE in str(p)] == []
    code, _, err = run_cli("validate")
    assert code == 0, err


def test_the_main_item_comes_first_then_the_related_ones(guide, run_cli) -> None:
    assert guide.main_item == "model-training"
    assert [i.id for i in guide.ordered_items()] == ["model-training", "temporary-chat",
                                                      "privacy-portal"]
    code, out, _ = run_cli("show", GUIDE, "--region", "FR")
    assert code == 0
    first = out.index('Turn off "Improve the model for everyone"')
    assert first < out.index("Temporary Chat") < out.index("privacy portal")


def test_people_find_it_by_its_other_names(guide) -> None:
    assert {"OpenAI"} <= set(guide.names)


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "CH", "NO", "US", "KR", "BR", "JP",
                                     "RE", "JE"])
def test_the_switch_applies_everywhere(run_cli, country: str) -> None:
    item = _show(run_cli, "--region", country, "--as-of", "2026-12-01")["model-training"]
    assert item["status"] == "applies"
    assert "Improve the model for everyone" in item["reason"]


# OpenAI's policy for Europe covers the EEA, the UK and Switzerland: it is cited for them, not
# for the rest of the world, which the help pages speak for.
@pytest.mark.parametrize(("country", "europe"), [("FR", True), ("DE", True), ("GB", True),
                                                 ("CH", True), ("NO", True), ("US", False),
                                                 ("KR", False), ("BR", False)])
def test_the_european_policy_is_cited_where_it_covers(run_cli, country: str,
                                                      europe: bool) -> None:
    item = _show(run_cli, "--region", country, "--as-of", "2026-12-01")["model-training"]
    assert ("4 June 2026" in item["reason"]) is europe
    assert (EUROPE_POLICY in item["sources"]) is europe
    assert DATA_CONTROLS_FAQ in item["sources"]


@pytest.mark.parametrize("item_id", ["temporary-chat", "privacy-portal"])
@pytest.mark.parametrize("country", ["FR", "US", "KR"])
def test_the_related_items_apply_everywhere(run_cli, item_id: str, country: str) -> None:
    assert _show(run_cli, "--region", country)[item_id]["status"] == "applies"


def test_no_field_rests_on_one_source_only(guide) -> None:
    # The one-source direct settings address was left out rather than shown: nothing in the
    # structured fields is unverified, so every item opens OpenAI's own pages.
    assert {i.id: i.unverified for i in guide.items} == {
        "model-training": {}, "temporary-chat": {}, "privacy-portal": {}}
    assert guide.item("model-training").link == ""


def test_links_and_qr_targets_stay_on_openais_domains(guide) -> None:
    assert guide.domains == ("chatgpt.com", "openai.com")
    main = guide.item("model-training")
    assert main.open_link == DATA_CONTROLS_FAQ
    for item in guide.items:
        for url in (item.link, item.help_link, item.open_link):
            if url:
                host = urlsplit(url).netloc
                assert url.startswith("https://") and host.endswith(".openai.com"), url
    assert guide.item("privacy-portal").open_link.startswith("https://privacy.openai.com/")


def test_the_default_and_the_audience_are_said_with_their_sources(guide) -> None:
    main = guide.item("model-training")
    assert main.default == "on"
    assert "Two independent sources" in main.default_note and '"may use"' in main.default_note
    assert "business products" in main.audience and "Enterprise" in main.audience
    assert default_line(guide, main) == ("Default: on. Two independent sources say your chats "
                                         "are used unless you turn this off; OpenAI's own "
                                         "policy says it \"may use\" your content.")


def test_what_one_source_says_is_worded_as_one_source(guide) -> None:
    main = guide.item("model-training")
    lines = [t for t in main.help if "without an account" in t]
    assert lines == ["One source (AI Search Watch) reports that ChatGPT used without an account "
                     "is used for training unless you turn this off; check what your app shows."]
    assert "AI Search Watch" in guide.sources["P20"].title


def test_the_phones_share_the_path_openai_gives_for_mobile(guide, run_cli) -> None:
    main = guide.item("model-training")
    assert main.mobile_same and not main.android_assumed
    assert main.steps["ios"] == main.steps["android"]
    assert main.labels_on("ios") == ("Data Controls", "Improve the model for everyone")
    code, out, _ = run_cli("show", GUIDE, "--region", "US", "--surface", "android")
    assert code == 0 and "side-bar menu" in out and "assumed" not in out


def test_what_the_switch_does_not_do_is_said(guide) -> None:
    does_not = " ".join(guide.item("model-training").does_not)
    assert "already" in does_not and "history" in does_not
    assert '"if you provide feedback"' in does_not


def test_every_source_cited_is_listed_and_dated(guide) -> None:
    for item in guide.items:
        assert item.verified.isoformat() == "2026-12-01"
        for ref in item.sources + tuple(s for r in item.rules for s in r.sources):
            assert guide.sources[ref].date and guide.sources[ref].url.startswith("https://"), ref
    assert guide.revision == 1 and guide.verified.isoformat() == "2026-12-01"
