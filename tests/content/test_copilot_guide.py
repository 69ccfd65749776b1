"""What the shipped Copilot guide holds: it loads and validates, the switches' names rest on two
sources, the paths and the default are shown only with their one-source caveat, the countries
one guide lists are not turned into "nothing to do", and the EEA is a conflict with no side
picked."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

import pytest
from guide_checks import item_texts, shown_items

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.guides.rules import evaluate
from checkup.words.caveats import default_line, labels_caveat, link_caveat, steps_caveat

# A fact resting on one source, in free text: "One source (NAME) reports ...; check what your
# app shows." (mid-sentence too)
REPORTS = re.compile(r"one source \([^)]+\) reports", re.I)
ONE_SOURCE = re.compile(r"one source \([^)]+\) reports .+; check what your app shows\.", re.I)
FAQ = ("https://support.microsoft.com/topic/privacy-faq-for-microsoft-copilot-27b3a435-8dc9-"
       "4b55-9a4b-58eeb9647a7f")
LISTED = ["BR", "CN", "IL", "NG", "KR", "VN"]  # the one guide's list of countries
ITEMS = ("training-on-text", "training-on-voice")


@pytest.fixture(scope="module")
def guide():
    loaded = load_guides()
    assert loaded.problems == []
    return loaded.guide("copilot")


def _texts(item) -> list[str]:
    return item_texts(item)


def _show(run_cli, region: str, day: str = "2026-12-01") -> dict:
    return shown_items(run_cli, "copilot", "--region", region, "--as-of", day)


def test_validate_passes_and_names_the_guide(run_cli) -> None:
    status, out, err = run_cli("validate")
    assert status == 0, err
    assert "copilot (2 items)" in out


def test_main_item_first_then_the_second_switch(guide) -> None:
    assert guide.main_item == "training-on-text"
    assert [i.id for i in guide.ordered_items()] == list(ITEMS)
    assert "Copilot" in guide.names


def test_no_settings_link_only_microsofts_privacy_faq(guide) -> None:
    assert guide.domains == ("microsoft.com",)
    for item in guide.items:
        assert item.link == "" and item.help_link == FAQ
        assert item.open_link == FAQ  # what a QR code and "open" use
        assert link_caveat(guide, item) == ""


def test_the_fields_resting_on_one_source_are_exactly_these(guide) -> None:
    for item_id in ITEMS:
        item = guide.item(item_id)
        assert item.unverified == {"default": "P28", "desktop": "P27", "ios": "P27",
                                   "android": "P27"}
        # the switches' names are in two sources: no caveat on the labels
        assert labels_caveat(guide, item) == ""
        for surface in ("desktop", "ios", "android"):
            assert steps_caveat(guide, item, surface).startswith(
                "One source reports these steps on ")
            assert "PCMag" in steps_caveat(guide, item, surface)
        assert default_line(guide, item) == (
            "Default: on, as one source reports (DeleteMe: Microsoft Copilot privacy settings "
            "guide); check what your app shows.")
    assert guide.item("training-on-text").labels == ("Model training on text",)
    assert guide.item("training-on-voice").labels == ("Model training on voice",)


def test_every_one_source_fact_in_free_text_is_worded_as_such(guide) -> None:
    for item in guide.items:
        for text in _texts(item):
            if REPORTS.search(text):
                assert ONE_SOURCE.search(text), text
        # who is not trained on rests on DeleteMe alone: the audience says so
        assert "One source (DeleteMe) reports" in item.audience


def test_every_source_listed_is_cited(guide) -> None:
    cited = {s for i in guide.items for s in (*i.sources, *i.unverified.values(),
                                             *(x for r in i.rules for x in r.sources),
                                             *(x for f in i.facts for x in f.sources))}
    assert cited == set(guide.sources)


def test_nothing_is_called_not_used_on_one_source(guide) -> None:
    assert {r.status for i in guide.items for r in i.rules} == {"applies", "not-stated"}


@pytest.mark.parametrize(("country", "status"), [
    ("US", "applies"), ("GB", "applies"), ("CH", "applies"), ("JP", "applies"),
    ("HK", "applies"),                     # the list names China, not Hong Kong
    ("FR", "not-stated"), ("DE", "not-stated"), ("NO", "not-stated"),   # the EEA conflict
    ("RE", "not-stated"),
    *((c, "not-stated") for c in LISTED),
])
def test_both_switches_answer_alike_by_region(run_cli, country: str, status: str) -> None:
    items = _show(run_cli, country)
    assert items["training-on-text"]["main"] is True
    assert items["training-on-text"]["status"] == items["training-on-voice"]["status"] == status


@pytest.mark.parametrize("country", ["FR", "DE", "IE"])
def test_the_eea_is_a_conflict_with_no_side_picked(guide, country: str) -> None:
    for item_id in ITEMS:
        outcome = evaluate(guide.item(item_id), country, dt.date(2026, 12, 1),
                           default_regions())
        assert outcome.status == "not-stated"
        assert outcome.reason.startswith("The sources conflict about the European Economic Area")
        assert "does not pick a side" in outcome.reason
        assert "The Decoder" in outcome.reason and "DeleteMe" in outcome.reason
        assert set(outcome.sources) == {"RS51", "P28"}


@pytest.mark.parametrize("country", LISTED)
def test_the_listed_countries_say_whose_list_it_is(run_cli, country: str) -> None:
    reason = _show(run_cli, country)["training-on-text"]["reason"]
    assert reason.startswith("One source (DeleteMe) reports that Microsoft does not train")
    assert "check what your app shows" in reason


@pytest.mark.parametrize("day", ["2024-01-01", "2026-12-01"])
def test_no_rule_has_a_day_so_the_answer_does_not_change_with_it(run_cli, guide,
                                                                 day: str) -> None:
    assert all(r.start is None for i in guide.items for r in i.rules)
    assert _show(run_cli, "US", day)["training-on-text"]["status"] == "applies"
    assert _show(run_cli, "FR", day)["training-on-text"]["status"] == "not-stated"


def test_show_prints_the_answer_and_the_switch(run_cli) -> None:
    for region, said in (("US", "Yes, this applies to you"),
                         ("FR", "The sources don't say whether this applies where you live")):
        status, out, _ = run_cli("show", "copilot", "--region", region, "--as-of",
                                 "2026-12-01")
        assert status == 0
        lines = out.splitlines()
        assert lines[0] == ("Microsoft Copilot: Stop Microsoft training AI on your Copilot "
                            "conversations")
        assert said in out and 'Switch off "Model training on text".' in out


def _plain(tmp_path, *argv: str) -> str:
    """What plain mode (the screen-reader and script view) prints for the guide's first item,
    words joined as a person reads them, wherever the lines wrap."""
    run = subprocess.run([sys.executable, "-m", "checkup", "--plain", "--guest", "--guide",
                          "copilot", *argv], input="\n" * 10 + "q\n", capture_output=True,
                         text=True, timeout=60, env={**os.environ, "HOME": str(tmp_path)},
                         check=False)
    return " ".join(run.stdout.split())


def test_plain_mode_gives_the_conflict_the_caveats_and_microsofts_help_page(tmp_path) -> None:
    said = _plain(tmp_path, "--region", "FR", "--surface", "android")
    assert "The sources conflict about the European Economic Area" in said
    assert ("Default: on, as one source reports (DeleteMe: Microsoft Copilot privacy settings "
            "guide); check what your app shows.") in said
    assert "One source reports these steps on Android (PCMag" in said
    assert "For Copilot with a personal Microsoft account. One source (DeleteMe) reports" in said
    # no settings link: Microsoft's own help page is what is given (the line wraps the URL)
    assert "Microsoft Copilot's help page for this: https://support.microsoft.com/topic/" in said
