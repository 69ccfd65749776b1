"""What the shipped LinkedIn guide holds: it loads, each item is complete and cited, and its
timeline gives each region the answer the research found. The engine's own tests use made-up
guides (tests/made_up_guides.py) and live in tests/unit."""

from __future__ import annotations

import datetime as dt

import pytest

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.guides.rules import EVERYWHERE_ELSE, evaluate, outcomes_by_region

D = dt.date.fromisoformat


def test_shipped_guides_load_without_a_problem() -> None:
    loaded = load_guides()
    assert loaded.problems == []
    guide = loaded.guide("linkedin")
    assert guide.main_item == "ai-training"
    assert [i.id for i in guide.ordered_items()][0] == "ai-training"
    assert {"ai-training", "objection-form", "ads-data-sharing", "download-data",
            "delete-data"} <= {i.id for i in guide.items}


def test_every_item_is_complete_and_cited() -> None:
    guide = load_guides().guide("linkedin")
    for item in guide.items:
        assert set(item.steps) == {"desktop", "ios", "android"}
        assert all(item.steps.values()), item.id
        assert item.labels and item.does_not and item.rules and item.sources, item.id
        assert item.link.startswith("https://www.linkedin.com/"), item.id
        for ref in item.sources + tuple(s for r in item.rules for s in r.sources):
            source = guide.sources[ref]
            assert source.url.startswith("https://") and source.date, ref
    # every item that changes something says what it leaves as it was (what was already used or
    # shared); downloading changes nothing and says so, rather than claim more than its source
    for i in guide.items:
        assert any("already" in line or "does not change or delete anything" in line
                   for line in i.does_not), i.id


def test_ai_training_item_carries_the_exact_labels() -> None:
    item = load_guides().guide("linkedin").item("ai-training")
    assert "Data for Generative AI Improvement" in item.labels
    assert "Use my data for training content creation AI models" in item.labels
    assert item.link == "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    assert item.mobile_same and item.steps["ios"] == item.steps["android"]



@pytest.fixture(scope="module")
def ai_training():
    return load_guides().guide("linkedin").item("ai-training")


@pytest.mark.parametrize(
    ("country", "day", "status"),
    [
        ("US", "2024-09-17", "unknown"),       # before the setting existed: no rule, no guess
        ("US", "2024-09-18", "applies"),
        ("US", "2024-10-01", "applies"),
        ("US", "2026-11-23", "applies"),
        ("AU", "2025-06-01", "applies"),       # "most others" follow the default
        ("DE", "2024-10-01", "not-offered"),   # EU
        ("FR", "2025-09-17", "not-offered"),
        # From 2025-09-18 the setting was shown, on by default, ahead of training from
        # 2025-11-03, and regulators urged people to use it: it applies, not "nothing to do".
        ("FR", "2025-09-18", "applies"),
        ("NL", "2025-10-01", "applies"),
        ("FR", "2025-11-02", "applies"),
        ("DE", "2025-11-03", "applies"),       # the extension
        ("DE", "2026-11-23", "applies"),
        ("NO", "2024-10-01", "not-offered"),   # EEA but not EU
        ("NO", "2025-10-15", "applies"),
        ("IS", "2026-01-01", "applies"),
        ("CH", "2024-12-01", "not-offered"),
        ("CH", "2025-10-15", "applies"),
        ("CH", "2025-11-03", "applies"),
        ("GB", "2024-09-19", "applies"),       # not exempt until the ICO's statement
        ("GB", "2024-09-20", "paused"),
        ("GB", "2025-09-17", "paused"),
        ("GB", "2025-10-01", "applies"),       # shown ahead of training, as in the EU
        ("GB", "2025-11-02", "applies"),
        ("GB", "2025-11-03", "applies"),
        ("HK", "2024-10-10", "applies"),
        ("HK", "2024-10-11", "paused"),
        ("HK", "2025-10-01", "paused"),        # whether it was shown then, the sources don't say
        ("HK", "2025-11-02", "paused"),
        ("HK", "2025-11-03", "applies"),
        ("CA", "2024-12-09", "applies"),
        ("CA", "2024-12-10", "paused"),
        ("CA", "2025-10-01", "paused"),
        ("CA", "2025-11-02", "paused"),
        ("CA", "2025-11-03", "applies"),
        # places no source places get the honest answer, not "everywhere else"'s
        ("RE", "2024-10-01", "not-stated"),
        ("GP", "2026-11-23", "not-stated"),
        ("JE", "2024-10-01", "not-stated"),
        ("GI", "2026-11-23", "not-stated"),
        ("AU", "2026-11-23", "applies"),
    ],
)
def test_ai_training_timeline(ai_training, country: str, day: str, status: str) -> None:
    outcome = evaluate(ai_training, country, D(day), default_regions())
    assert outcome.status == status
    assert outcome.reason
    if status != "unknown":
        assert outcome.sources and outcome.rule is not None


def test_uk_rule_mentions_microsoft_training(ai_training) -> None:
    outcome = evaluate(ai_training, "GB", D("2026-01-01"), default_regions())
    assert "Microsoft" in outcome.reason


def test_every_region_listed_without_a_region(ai_training) -> None:
    rows = dict(outcomes_by_region(ai_training, D("2025-01-01"), default_regions()))
    assert rows["European Economic Area"].status == "not-offered"
    assert rows["EU outermost regions with their own country code"].status == "not-stated"
    assert rows["Crown dependencies and Gibraltar"].status == "not-stated"
    assert rows["United Kingdom"].status == "paused"
    assert rows["Canada"].status == "paused"
    assert rows["Hong Kong"].status == "paused"
    assert rows[EVERYWHERE_ELSE].status == "applies"
    window = dict(outcomes_by_region(ai_training, D("2025-10-15"), default_regions()))
    assert window["European Economic Area"].status == "applies"
    assert window["United Kingdom"].status == "applies"
    assert window["Canada"].status == window["Hong Kong"].status == "paused"
    later = dict(outcomes_by_region(ai_training, D("2026-11-23"), default_regions()))
    assert {o.status for n, o in later.items() if n not in (
        "EU outermost regions with their own country code", "Crown dependencies and Gibraltar")
            } == {"applies"}


@pytest.mark.parametrize(("country", "day", "status"), [
    ("US", "2022-12-11", "unknown"),      # before the oldest source that shows the sharing
    ("US", "2022-12-12", "applies"),      # the California notice of 2022-12-12
    ("US", "2025-11-02", "applies"),
    ("US", "2025-11-03", "applies"),      # more data shared from this day
    ("AU", "2026-01-01", "applies"),
    ("CA", "2026-01-01", "applies"),      # outside the EU, EEA and Switzerland (LinkedIn's help)
    ("HK", "2026-01-01", "applies"),
    ("DE", "2024-01-01", "not-offered"),  # LinkedIn's help: not in the EU, EEA, Switzerland
    ("DE", "2026-01-01", "not-offered"),
    ("NO", "2026-01-01", "not-offered"),
    ("CH", "2026-01-01", "not-offered"),
    ("GB", "2026-01-01", "not-stated"),   # LinkedIn's help and Gulf News disagree
    ("RE", "2026-01-01", "not-stated"),
    ("JE", "2026-01-01", "not-stated"),
])
def test_ads_sharing_claims_only_what_the_sources_say(country: str, day: str,
                                                      status: str) -> None:
    item = load_guides().guide("linkedin").item("ads-data-sharing")
    outcome = evaluate(item, country, D(day), default_regions())
    assert outcome.status == status
    if status == "applies":
        assert "outside the EU, the EEA and Switzerland" in outcome.reason
        assert ("more kinds of data" in outcome.reason) is (D(day) >= D("2025-11-03"))


def test_every_item_of_the_shipped_guide_is_verified_on_a_real_day() -> None:
    guide = load_guides().guide("linkedin")
    assert guide.verified == D("2026-12-01") and guide.revision >= 3
    assert {i.verified for i in guide.items} == {D("2026-12-01")}
