"""The whole LinkedIn timeline from the research, evaluated for every group and window."""

from __future__ import annotations

import datetime as dt

import pytest

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.guides.rules import EVERYWHERE_ELSE, evaluate, outcomes_by_region

D = dt.date.fromisoformat


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


def test_every_status_has_a_row_of_words_for_every_view() -> None:
    """A status added to the model without its words would show as a bare code somewhere."""
    import dataclasses

    from checkup.guides.model import STATUSES, UNKNOWN
    from checkup.words.statuses import STATUS_WORDS, status_words

    for status in (*STATUSES, UNKNOWN):
        row = STATUS_WORDS[status]
        for field in dataclasses.fields(row):
            if field.name != "short":  # "Applies to you" needs nothing after it
                assert getattr(row, field.name), (status, field.name)
    assert set(STATUS_WORDS) == {*STATUSES, UNKNOWN}
    assert status_words("not-stated") == (
        "Not known where you live: the sources don't say; do it if you see the setting")
    assert status_words(None) == "Depends on where you live: do it if you see the setting"


def test_every_item_state_has_words_and_a_mark() -> None:
    from checkup.profile.model import DONE, NOT_APPLICABLE, SKIPPED, TODO
    from checkup.words.states import STATE_CHOICES, STATE_TABLE

    assert set(STATE_TABLE) == set(STATE_CHOICES) == {DONE, SKIPPED, NOT_APPLICABLE, TODO}
    assert all(row.word and row.heading and row.mark for row in STATE_TABLE.values())


def test_a_rule_may_say_its_sources_do_not_say(guide_dir, run_cli, monkeypatch) -> None:
    path = guide_dir / "linkedin.toml"
    text = path.read_text()
    old = 'regions = ["EEA", "CH"]\nfrom = 2024-09-18\nstatus = "not-offered"'
    assert old in text
    path.write_text(text.replace(old, old.replace("not-offered", "not-stated")))
    monkeypatch.setenv("CHECKUP_CONTENT", str(guide_dir))
    code, out, _ = run_cli("show", "linkedin", "--region", "DE", "--as-of", "2024-10-01")
    assert code == 0
    words = " ".join(out.split())
    assert ("The sources don't say whether this applies where you live (Germany). If you see "
            "the setting, switch it off.") in words
    assert "not-stated" not in words  # the words the wizard uses, never the status's own name


FACT_TEXT = "On 5 December 2024 the terms gained a clause."
FACT = f'''
[[items.facts]]
regions = ["*"]
from = 2024-12-05
text = "{FACT_TEXT}"
sources = ["S1"]

'''


def _with_fact(guide_dir, monkeypatch, fact: str = FACT) -> None:
    path = guide_dir / "linkedin.toml"
    text = path.read_text()
    anchor = '[[items]]\nid = "objection-form"'
    assert anchor in text
    path.write_text(text.replace(anchor, fact + anchor))
    monkeypatch.setenv("CHECKUP_CONTENT", str(guide_dir))


@pytest.mark.parametrize(("region", "day", "told", "since"), [
    ("DE", "2024-12-04", False, "2024-09-18"),
    ("DE", "2024-12-05", True, "2024-09-18"),   # under the EEA's exemption, which still holds
    ("US", "2025-01-01", True, "2024-09-18"),
    ("GB", "2025-01-01", True, "2024-09-20"),
    ("DE", "2025-11-03", False, "2025-11-03"),  # a newer rule gives the answer now
])
def test_a_dated_fact_is_told_with_the_answer_it_happened_under(
        guide_dir, run_cli, monkeypatch, region: str, day: str, told: bool, since: str) -> None:
    import json

    _with_fact(guide_dir, monkeypatch)
    code, out, _ = run_cli("show", "linkedin", "--region", region, "--as-of", day, "--json")
    assert code == 0
    item = json.loads(out)["items"][0]
    assert (FACT_TEXT in item["reason"]) is told
    assert item["since"] == since  # a fact never moves the date the answer holds from
    assert any(f["date"] == "2024-12-05" and f["text"] == FACT_TEXT
               for f in item["facts"]) is told


@pytest.mark.parametrize(("fact", "line"), [
    (FACT.replace("from = 2024-12-05\n", ""), "items[0].facts[3].from: missing"),
    (FACT.replace('["*"]', '["MARS"]'), "items[0].facts[3].regions[0]: unknown region group"),
    (FACT.replace('["S1"]', '["S99"]'), "items[0].facts[3].sources[0]: no source 'S99'"),
    (FACT.replace("text =", "txt ="), "items[0].facts[3].txt: unknown key"),
])
def test_a_broken_fact_is_named_by_key(guide_dir, run_cli, monkeypatch, fact: str,
                                       line: str) -> None:
    _with_fact(guide_dir, monkeypatch, fact)
    path = guide_dir / "linkedin.toml"
    code, out, _ = run_cli("validate", str(path))
    assert code == 1 and any(x.startswith(f"{path}: {line}") for x in out.splitlines()), out
