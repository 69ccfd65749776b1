"""What the shipped Claude guide holds, as a person sees it: it loads and validates, its answer
starts on the day Anthropic introduced the choice, and where the sources conflict on whether the
switch starts on it says so and never picks a side."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from guide_checks import plain_words, shown_items

from checkup.guides.loader import load_guides
from checkup.words.caveats import default_line

GUIDE = "claude"
HELP = ("https://privacy.anthropic.com/en/articles/12109829-how-do-i-change-my-model-improvement-"
        "privacy-settings")


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


def test_the_main_item_comes_first(guide) -> None:
    assert guide.main_item == "model-improvement"
    assert guide.ordered_items()[0].id == "model-improvement"
    assert {"Anthropic", "Claude Code"} <= set(guide.names)


@pytest.mark.parametrize(("country", "day", "status"), [
    ("US", "2025-08-27", "unknown"),   # before the choice was introduced: no rule, no guess
    ("FR", "2025-08-27", "unknown"),
    ("US", "2025-08-28", "applies"),
    ("FR", "2025-08-28", "applies"),
    ("DE", "2026-12-01", "applies"),
    ("GB", "2026-12-01", "applies"),
    ("US", "2026-12-01", "applies"),
    ("KR", "2026-12-01", "applies"),
    ("BR", "2026-12-01", "applies"),
])
def test_the_choice_applies_from_the_day_it_was_introduced(run_cli, country: str, day: str,
                                                           status: str) -> None:
    item = _show(run_cli, "--region", country, "--as-of", day)["model-improvement"]
    assert item["status"] == status
    if status == "applies":
        assert item["since"] == "2025-08-28" and "Free, Pro and Max" in item["reason"]


def test_the_deadline_is_told_with_the_one_source_that_disagrees(run_cli) -> None:
    item = _show(run_cli, "--region", "US", "--as-of", "2025-09-01")["model-improvement"]
    assert "28 September 2025, as two news reports say" in item["reason"]
    assert "One source (a summary on ellis.replygirl.club) reports 8 October 2025" in item["reason"]


def test_the_default_is_disputed_and_both_sides_are_named(guide) -> None:
    main = guide.item("model-improvement")
    assert main.default == "disputed"
    note = main.default_note
    assert "show the switch on" in note and "off by default" in note and "PCMag" in note
    assert "does not say which is right" in note


def _every_text(item) -> list[str]:
    texts = [item.title, item.summary, item.audience, *item.does_not, *item.help,
             *item.notes.talking_points, *item.notes.common_problems,
             *(s for steps in item.steps.values() for s in steps),
             *(r.reason for r in item.rules), *(f.text for f in item.facts)]
    return [t for t in texts if t]


def test_no_text_but_the_note_says_how_the_switch_starts(guide) -> None:
    # "on by default", "off by default", "starts on/off", "is on for everyone" ... only the
    # default note may speak of it, and it gives both sides.
    picks_a_side = re.compile(r"\b(on|off) by default\b|\bstarts (on|off)\b|\bdefaults? to\b",
                              re.I)
    for item in guide.items:
        for text in _every_text(item):
            # a sentence that asks "whether it starts on" says the question, not an answer
            for sentence in re.split(r"(?<=[.:;])\s+", text):
                if "whether" not in sentence:
                    assert not picks_a_side.search(sentence), sentence


def test_what_a_person_reads_says_the_sources_conflict(guide, run_cli) -> None:
    code, out, _ = run_cli("show", GUIDE, "--region", "FR")
    words = " ".join(out.split())
    assert code == 0
    assert "The sources disagree on whether the switch starts on, so check yours." in words
    # the default's line, as every view words it
    line = default_line(guide, guide.item("model-improvement"))
    assert line.startswith("Default: the sources disagree. Reports of the 2025 pop-up")
    assert "PCMag" in line and "Default: on" not in line and "Default: off" not in line


def test_no_field_rests_on_one_source_only(guide) -> None:
    # The one-source settings address and the 2026 wording of the switch were left out.
    assert {i.id: i.unverified for i in guide.items} == {"model-improvement": {}}
    main = guide.item("model-improvement")
    assert main.link == "" and main.labels == ("Settings", "Privacy", "Help Improve Claude")


def test_links_and_qr_targets_stay_on_anthropics_domains(guide) -> None:
    main = guide.item("model-improvement")
    assert main.help_link == HELP and main.open_link == HELP
    for item in guide.items:
        host = urlsplit(item.open_link).netloc
        assert item.open_link.startswith("https://")
        assert any(host == d or host.endswith("." + d) for d in guide.domains)


def test_what_switching_off_does_not_do_is_said(guide) -> None:
    does_not = " ".join(guide.item("model-improvement").does_not)
    assert "already started" in does_not and "safety review" in does_not
    assert "feedback" in does_not
    assert "Team, Enterprise" in guide.item("model-improvement").audience


def test_every_source_cited_is_listed_and_dated(guide) -> None:
    for item in guide.items:
        for ref in item.sources + tuple(s for r in item.rules for s in r.sources) + tuple(
                s for f in item.facts for s in f.sources):
            assert guide.sources[ref].date and guide.sources[ref].url.startswith("https://"), ref
        assert item.verified.isoformat() == "2026-12-01"
    assert guide.sources["P21"].kind == "platform" and guide.sources["P25"].kind == "press"


def _plain(answers: str, *argv: str) -> str:
    return plain_words(answers, *argv)


def test_plain_mode_says_the_conflict_and_gives_the_help_page_as_qr(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("LINES", "60")  # room for the code, whatever the test runner's terminal
    said = _plain("c\n" + "\n" * 10, "--guide", GUIDE, "--region", "FR", "--surface",
                  "desktop", "--guest")
    assert "Default: the sources disagree. Reports of the 2025 pop-up show the switch on" in said
    assert "PCMag" in said and "Default: on" not in said and "Default: off" not in said
    assert "For Claude Free, Pro and Max accounts" in said
    assert "Point your phone's camera" in said and HELP in said
