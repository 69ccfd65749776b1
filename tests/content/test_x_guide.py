"""What the shipped X guide holds: it loads and validates, the 2024 reports' box and path are
stated, the 2026 name, the phones' path, the direct link and grok.com's setting are each shown
only with their one-source caveat, and the EU gets the 2024 pause and then the disagreement,
with no side picked."""

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
BOX = ("Allow your posts as well as your interactions, inputs, and results with Grok to be used "
       "for training and fine-tuning")


@pytest.fixture(scope="module")
def guide():
    loaded = load_guides()
    assert loaded.problems == []
    return loaded.guide("x")


def _texts(item) -> list[str]:
    return item_texts(item)


def _show(run_cli, region: str, day: str) -> dict:
    return shown_items(run_cli, "x", "--region", region, "--as-of", day)


def test_validate_passes_and_names_the_guide(run_cli) -> None:
    status, out, err = run_cli("validate")
    assert status == 0, err
    assert "x (2 items)" in out


def test_main_item_first_and_other_names(guide) -> None:
    assert guide.main_item == "grok-training"
    assert [i.id for i in guide.ordered_items()] == ["grok-training", "grok-com"]
    assert set(guide.names) == {"Twitter", "Grok"}
    assert guide.domains == ("x.com", "grok.com")


def test_the_fields_resting_on_one_source_are_exactly_these(guide) -> None:
    assert guide.item("grok-training").unverified == {"link": "RS15", "ios": "P9",
                                                       "android": "P9"}
    assert guide.item("grok-com").unverified == {"link": "P10", "labels": "P10",
                                                 "desktop": "P10", "ios": "P10",
                                                 "android": "P10"}


def test_no_link_resting_on_one_source_is_opened_or_drawn_as_a_qr_code(guide) -> None:
    main, grok = guide.item("grok-training"), guide.item("grok-com")
    assert main.unverified_link == "https://x.com/settings/grok_settings"
    assert grok.unverified_link == "https://grok.com/"
    # neither has a help page of X's own: nothing is opened for the person
    assert main.open_link == grok.open_link == ""
    assert link_caveat(guide, main).startswith("One source reports this link (Trusted Reviews")
    assert "not offered as a QR code" in link_caveat(guide, main)


def test_the_box_and_web_path_rest_on_two_reports_the_phones_on_one(guide) -> None:
    main = guide.item("grok-training")
    assert main.labels[-1] == BOX and "Data sharing and personalization" in main.labels
    assert labels_caveat(guide, main) == ""
    assert steps_caveat(guide, main, "desktop") == ""
    for phone in ("ios", "android"):
        assert "MakeUseOf" in steps_caveat(guide, main, phone)
        # the phones look only for labels both reports give: no heading of the web's alone
        assert main.labels_on(phone) == ("Settings and privacy", "Privacy and safety", "Grok",
                                         BOX)
    assert main.mobile_same and main.steps["ios"] == main.steps["android"]


def test_the_2026_name_is_never_given_as_a_label(guide) -> None:
    main = guide.item("grok-training")
    assert all("Third-party Collaborators" not in label for label in main.labels)
    mentions = [t for t in _texts(main) if "Third-party Collaborators" in t]
    assert mentions and all("one source (production ai institute) reports" in t.lower()
                            for t in mentions)


def test_the_default_is_stated_on_two_reports(guide) -> None:
    main = guide.item("grok-training")
    assert main.default == "on" and "default" not in main.unverified
    assert default_line(guide, main).startswith("Default: on. Reports in July and August 2024")
    assert guide.item("grok-com").default == "not-stated"


def test_every_one_source_fact_in_free_text_is_worded_as_such(guide) -> None:
    for item in guide.items:
        for text in _texts(item):
            if REPORTS.search(text):
                assert ONE_SOURCE.search(text), text
    # grok.com's setting rests on SuperGrok alone: its answer says so
    reason = guide.item("grok-com").rules[0].reason
    assert reason.startswith("One source (SuperGrok) reports")


def test_every_source_listed_is_cited(guide) -> None:
    cited = {s for i in guide.items for s in (*i.sources, *i.unverified.values(),
                                             *(x for r in i.rules for x in r.sources),
                                             *(x for f in i.facts for x in f.sources))}
    assert cited == set(guide.sources)


@pytest.mark.parametrize(("country", "day", "status"), [
    ("US", "2024-07-25", "unknown"),      # before the oldest report read: no guess
    ("US", "2024-07-26", "applies"),
    ("US", "2026-12-01", "applies"),
    ("GB", "2026-12-01", "applies"),      # no source sets the UK apart
    ("KR", "2026-12-01", "applies"),
    ("BR", "2026-12-01", "applies"),
    ("NO", "2026-12-01", "applies"),      # the 2024 agreement concerned EU users
    ("FR", "2024-08-01", "applies"),      # the DPC: EU posts used until 1 August 2024
    ("FR", "2024-08-02", "paused"),
    ("DE", "2025-04-23", "paused"),
    ("DE", "2025-04-24", "not-stated"),   # xAI's Europe addendum: the sources disagree
    ("FR", "2026-12-01", "not-stated"),
    ("RE", "2024-07-30", "applies"),
    ("RE", "2026-12-01", "not-stated"),   # no source places Réunion
])
def test_the_main_items_answer_by_region_and_day(run_cli, country: str, day: str,
                                                 status: str) -> None:
    assert _show(run_cli, country, day)["grok-training"]["status"] == status


def test_the_eu_answer_names_both_sides_and_picks_neither(guide) -> None:
    outcome = evaluate(guide.item("grok-training"), "FR", dt.date(2026, 12, 1),
                       default_regions())
    assert outcome.status == "not-stated"
    assert "Data Protection Commission" in outcome.reason
    assert '"X Public posts for over 18 year olds"' in outcome.reason
    assert "one source (Titanic News, 2026) reports" in outcome.reason
    assert "does not pick a side" in outcome.reason
    assert outcome.sources[0] == "P8"  # xAI's own text first


@pytest.mark.parametrize("country", ["FR", "US", "KR"])
def test_grok_com_is_offered_everywhere_on_its_one_source(run_cli, country: str) -> None:
    item = _show(run_cli, country, "2026-12-01")["grok-com"]
    assert item["status"] == "applies"
    assert item["reason"].startswith("One source (SuperGrok) reports")


def test_show_prints_the_answer_and_the_box(run_cli) -> None:
    status, out, _ = run_cli("show", "x", "--region", "US", "--as-of", "2026-12-01")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "X: Stop X and Grok training AI on your posts and chats"
    assert lines[1].startswith("For United States (US), as of 1 December 2026.")
    assert "since 26 July 2024" in out
    assert "Untick" in out and "fine-tuning" in out


def _plain(tmp_path, *argv: str) -> str:
    """What plain mode (the screen-reader and script view) prints for the guide's first item,
    words joined as a person reads them, wherever the lines wrap."""
    run = subprocess.run([sys.executable, "-m", "checkup", "--plain", "--guest", "--guide", "x",
                          *argv], input="\n" * 10 + "q\n", capture_output=True, text=True,
                         timeout=60, env={**os.environ, "HOME": str(tmp_path)}, check=False)
    return " ".join(run.stdout.split())


def test_plain_mode_shows_the_one_source_link_as_text_with_its_caveat(tmp_path) -> None:
    said = _plain(tmp_path, "--region", "US", "--surface", "ios")
    assert ("One source reports this link (Trusted Reviews: how to stop Elon Musk training his "
            "Grok AI on your tweets); check what your app shows. It is not offered as a QR code "
            "or opened for you. https://x.com/settings/grok_settings") in said
    assert "One source reports these steps on iPhone (MakeUseOf" in said
    assert "Default: on. Reports in July and August 2024" in said
    assert "For anyone with an X account." in said


@pytest.mark.parametrize("typed", ["Twitter", "grok", "X"])
def test_the_guide_is_found_by_the_names_people_know(run_cli, typed: str) -> None:
    status, out, err = run_cli("show", typed, "--region", "US", "--as-of", "2026-12-01")
    assert status == 0, err
    assert out.splitlines()[0] == "X: Stop X and Grok training AI on your posts and chats"


def test_qr_refuses_the_one_source_link_and_says_where_it_is_given(run_cli) -> None:
    status, out, err = run_cli("qr", "x", "grok-training")
    assert status != 0 and out == ""
    assert "rests on one source (Trusted Reviews" in err
