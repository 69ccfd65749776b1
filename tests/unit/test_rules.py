"""Rules and dated facts as the views tell them, and the words every status and state has
(on made-up guides; the LinkedIn timeline itself is checked in tests/content)."""

from __future__ import annotations

import datetime as dt

import pytest
from made_up_guides import fact, item, rule

D = dt.date.fromisoformat


def test_every_status_has_a_row_of_words_for_every_view() -> None:
    """A status added to the model without its words would show as a bare code somewhere."""
    from checkup.guides.model import STATUSES, UNKNOWN
    from checkup.words.statuses import STATUS_WORDS, status_words

    for status in (*STATUSES, UNKNOWN):
        row = STATUS_WORDS[status]
        for field in row._fields:
            if field != "short":  # "Applies to you" needs nothing after it
                assert getattr(row, field), (status, field)
    assert set(STATUS_WORDS) == {*STATUSES, UNKNOWN}
    assert status_words("not-stated") == (
        "Not known where you live: the sources don't say; do it if you see the setting")
    assert status_words(None) == "Depends on where you live: do it if you see the setting"


def test_every_item_state_has_words_and_a_mark() -> None:
    from checkup.guides.model import NO_OPT_OUT
    from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED, TODO
    from checkup.words.states import STATE_CHOICES, STATE_TABLE

    # what a person can record, and the one state only the region rules give (never typed)
    assert set(STATE_CHOICES) == {DONE, SKIPPED, NOT_APPLICABLE, TODO, LATER}
    assert set(STATE_TABLE) == set(STATE_CHOICES) | {NO_OPT_OUT}
    assert all(row.word and row.heading and row.mark for row in STATE_TABLE.values())
    # on a printed list, only what is still to do has an empty box to tick
    assert {s for s, row in STATE_TABLE.items() if row.mark == "[ ]"} == {TODO, LATER}


def test_a_rule_may_say_its_sources_do_not_say(made_up_content, run_cli) -> None:
    made_up_content(items=[item(rules=[
        rule(**{"from": D("2024-09-18")}),
        rule(regions=["EEA", "CH"], status="not-stated", **{"from": D("2024-09-18")})])])
    code, out, _ = run_cli("show", "example", "--region", "DE", "--as-of", "2024-10-01")
    assert code == 0
    words = " ".join(out.split())
    assert ("The sources don't say whether this applies where you live (Germany). If you see "
            "the setting, switch it off.") in words
    assert "not-stated" not in words  # the words the wizard uses, never the status's own name


FACT_TEXT = "On 5 December 2024 the terms gained a clause."
# Training everywhere from 2024-09-18, but not offered in the EEA and Switzerland until
# 2025-11-03, and paused in the UK from 2024-09-20.
TIMELINE = [
    rule(**{"from": D("2024-09-18")}),
    rule(regions=["EEA", "CH"], status="not-offered", **{"from": D("2024-09-18")}),
    rule(regions=["UK"], status="paused", **{"from": D("2024-09-20")}),
    rule(regions=["EEA", "CH"], **{"from": D("2025-11-03")}),
]


def _with_fact(made_up_content, dated: dict | None = None):
    return made_up_content(items=[item(rules=TIMELINE, facts=[dated or fact(text=FACT_TEXT)])])


@pytest.mark.parametrize(("region", "day", "told", "since"), [
    ("DE", "2024-12-04", False, "2024-09-18"),
    ("DE", "2024-12-05", True, "2024-09-18"),   # under the EEA's exemption, which still holds
    ("US", "2025-01-01", True, "2024-09-18"),
    ("GB", "2025-01-01", True, "2024-09-20"),
    ("DE", "2025-11-03", False, "2025-11-03"),  # a newer rule gives the answer now
])
def test_a_dated_fact_is_told_with_the_answer_it_happened_under(
        made_up_content, run_cli, region: str, day: str, told: bool, since: str) -> None:
    import json

    _with_fact(made_up_content)
    code, out, _ = run_cli("show", "example", "--region", region, "--as-of", day, "--json")
    assert code == 0
    shown = json.loads(out)["items"][0]
    assert (FACT_TEXT in shown["reason"]) is told
    assert shown["since"] == since  # a fact never moves the date the answer holds from
    assert any(f["date"] == "2024-12-05" and f["text"] == FACT_TEXT
               for f in shown["facts"]) is told


@pytest.mark.parametrize(("dated", "line"), [
    (fact(**{"from": None}), "items[0].facts[0].from: missing"),
    (fact(regions=["MARS"]), "items[0].facts[0].regions[0]: unknown region group"),
    (fact(sources=["S99"]), "items[0].facts[0].sources[0]: no source 'S99'"),
    (fact(text=None, txt=FACT_TEXT), "items[0].facts[0].txt: unknown key"),
])
def test_a_broken_fact_is_named_by_key(made_up_content, run_cli, dated: dict,
                                       line: str) -> None:
    path = _with_fact(made_up_content, dated)
    code, out, _ = run_cli("validate", str(path))
    assert code == 1 and any(x.startswith(f"{path}: {line}") for x in out.splitlines()), out
