"""What the shipped Gemini guide holds: it loads and validates, Google's own paths are stated,
the one-source default is shown only with its caveat, and each region and day gets the answer
the research supports."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from guide_checks import item_texts, shown_items

from checkup.guides.loader import load_guides
from checkup.words.caveats import default_line, link_caveat, steps_caveat

# A fact resting on one source, in free text: "One source (NAME) reports ...; check what your
# app shows." (mid-sentence too)
REPORTS = re.compile(r"one source \([^)]+\) reports", re.I)
ONE_SOURCE = re.compile(r"one source \([^)]+\) reports .+; check what your app shows\.", re.I)


@pytest.fixture(scope="module")
def guide():
    loaded = load_guides()
    assert loaded.problems == []
    return loaded.guide("gemini")


def _texts(item) -> list[str]:
    return item_texts(item)


def _show(run_cli, region: str, day: str = "2026-12-01") -> dict:
    return shown_items(run_cli, "gemini", "--region", region, "--as-of", day)


def test_validate_passes_and_names_the_guide(run_cli) -> None:
    status, out, err = run_cli("validate")
    assert status == 0, err
    assert "gemini (2 items)" in out


def test_main_item_first_and_related_items(guide) -> None:
    assert guide.main_item == "keep-activity"
    assert [i.id for i in guide.ordered_items()] == ["keep-activity", "delete-activity"]
    assert {"Gemini", "Gemini Apps"} <= set(guide.names)


def test_links_are_https_on_googles_domains_and_open_without_a_caveat(guide) -> None:
    assert guide.domains == ("google.com",)
    for item in guide.items:
        assert item.link == "https://myactivity.google.com/product/gemini"
        assert item.help_link == "https://support.google.com/gemini/answer/13278892"
        # Google's own help gives the address: it is what a QR code and "open" use
        assert item.open_link == item.link and item.unverified_link == ""
        assert link_caveat(guide, item) == ""


def test_only_the_default_rests_on_one_source(guide) -> None:
    main = guide.item("keep-activity")
    assert main.unverified == {"default": "P45a"}
    assert guide.item("delete-activity").unverified == {}
    assert main.default == "on"
    # the default is never said without its caveat, and the note adds only the age
    assert default_line(guide, main) == (
        "Default: on, as one source reports (Unanswered.io: how to stop Google Gemini from "
        "using your data); check what your app shows. That source reports this for people "
        "18 and over.")
    # Google's help gives the iPhone's path and two reports Android's: no steps caveat
    assert all(steps_caveat(guide, main, s) == "" for s in ("desktop", "ios", "android"))
    assert not main.android_assumed and main.mobile_same


def test_keep_activity_carries_googles_labels(guide) -> None:
    main = guide.item("keep-activity")
    assert main.labels == ("Settings & help", "Activity", "Turn off")
    assert main.labels_on("ios") == main.labels_on("android") == ("Gemini Apps Activity",
                                                                   "Turn off")
    assert "Keep Activity" in main.title and "Gemini Apps Activity" in main.title
    assert main.audience.startswith("For personal Google accounts")
    assert "administrator" in main.audience


def test_every_one_source_fact_in_free_text_is_worded_as_such(guide) -> None:
    for item in guide.items:
        for text in _texts(item):
            if REPORTS.search(text):
                assert ONE_SOURCE.search(text), text
    # the uploads report rests on Digit alone: it is told once, as a dated fact, with its caveat
    facts = [f.text for f in guide.item("keep-activity").facts if "uploads" in f.text]
    assert len(facts) == 1 and facts[0].startswith("One source (Digit) reports")
    assert not any("uploads" in t for t in guide.item("keep-activity").does_not)


def test_every_source_listed_is_cited(guide) -> None:
    cited = {s for i in guide.items for s in (*i.sources, *i.unverified.values(),
                                             *(x for r in i.rules for x in r.sources),
                                             *(x for f in i.facts for x in f.sources))}
    assert cited == set(guide.sources)


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "JP", "CH"])
def test_both_items_apply_everywhere_for_personal_accounts(run_cli, country: str) -> None:
    items = _show(run_cli, country)
    assert items["keep-activity"]["main"] is True
    assert items["keep-activity"]["status"] == items["delete-activity"]["status"] == "applies"
    assert "personal Google account" in items["keep-activity"]["reason"]


@pytest.mark.parametrize(("country", "day", "ireland"), [
    ("FR", "2026-04-01", False),   # before the privacy policy of 2 April 2026
    ("FR", "2026-04-02", True),
    ("DE", "2026-12-01", True),
    ("NO", "2026-12-01", True),    # EEA, not EU
    ("CH", "2026-12-01", True),
    ("GB", "2026-12-01", False),   # the policy names the EEA and Switzerland only
    ("US", "2026-12-01", False),
])
def test_google_ireland_is_told_in_the_eea_and_switzerland_from_its_day(
        run_cli, country: str, day: str, ireland: bool) -> None:
    facts = [f["text"] for f in _show(run_cli, country, day)["keep-activity"]["facts"]]
    assert any("Google Ireland" in f for f in facts) is ireland


@pytest.mark.parametrize(("day", "told"), [("2025-09-01", False), ("2025-09-02", True)])
def test_the_uploads_report_is_told_from_its_day(run_cli, day: str, told: bool) -> None:
    facts = [f["text"] for f in _show(run_cli, "US", day)["keep-activity"]["facts"]]
    assert any("One source (Digit) reports" in f for f in facts) is told


def test_show_prints_the_answer_and_the_path(run_cli) -> None:
    status, out, _ = run_cli("show", "gemini", "--region", "FR", "--as-of", "2026-12-01")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Google Gemini: Stop Google using your Gemini chats to improve its AI"
    assert lines[1].startswith("For France (FR), as of 1 December 2026.")
    assert "Yes, this applies to you" in out
    assert 'Look for: "Gemini Apps Activity" > "Turn off"' in out
    assert "72 hours" in out and "3 years" in out


def test_every_item_is_verified_on_the_day(guide) -> None:
    assert guide.revision == 1
    assert {guide.verified} | {i.verified for i in guide.items} == {dt.date(2026, 12, 1)}
