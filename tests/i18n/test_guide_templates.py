"""Each shipped guide's translation template holds the guide's sentences, English as the msgid
and the key path as a comment, and nothing a person must find on screen as the platform shows
it (labels) or that is not prose (URLs, source titles, ids); the committed templates are
the ones the guides give today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from tool_modules import tool

from checkup.guides.loader import load_file

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


def _tool():
    return tool("extract_guide_messages")


def _read(path: Path) -> dict[str, list[str]]:
    with path.open("rb") as f:
        return {m.id: list(m.auto_comments) for m in read_po(f) if m.id}


@pytest.fixture(scope="module")
def linkedin(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    out = tmp_path_factory.mktemp("pot")
    return _read(_tool().template(CONTENT / "linkedin.toml", out))


def test_a_step_is_a_message_with_its_key_path(linkedin) -> None:
    step = 'In the left menu, click "Data privacy".'
    assert linkedin[step] == ["items.ai-training.steps.desktop[2]"]
    assert "items.ai-training.rules[0].reason" in linkedin[
        "By 18 September 2024, when people noticed the setting, LinkedIn and its affiliates "
        "were using members' data to train content-generating AI, on by default, with a "
        "setting to turn it off."]


def test_a_text_used_twice_is_one_message_with_both_paths(linkedin) -> None:
    assert linkedin['Tap "Data privacy".'] == ["items.ai-training.steps.ios[2]",
                                               "items.ai-training.steps.android[2]"]


def test_every_kind_of_sentence_is_there_and_no_label_url_or_source_title(linkedin) -> None:
    guide, _ = load_file(CONTENT / "linkedin.toml")
    paths = {p for comments in linkedin.values() for p in comments}
    kinds = {re.sub(r"\[\d+\]", "", p.split(".", 2)[-1] if p.startswith("items.") else p)
             for p in paths}
    assert {"title", "summary", "steps.desktop", "steps.ios", "steps.android", "does_not", "help",
            "facilitator.talking_points", "facilitator.common_problems", "rules.reason",
            "facts.text", "cannot_undo.warning"} <= kinds
    assert guide.title in linkedin and guide.summary in linkedin
    labels = {label for item in guide.items for label in item.labels}
    not_prose = labels | {s.title for s in guide.sources.values()} | {
        s.url for s in guide.sources.values()} | {i.id for i in guide.items} | {guide.platform}
    assert not_prose & linkedin.keys() == set()


def test_the_committed_templates_are_those_of_todays_guides(tmp_path: Path) -> None:
    tool = _tool()
    for guide_file in sorted(CONTENT.glob("*.toml")):
        guide, _ = load_file(guide_file)
        if guide is None:
            continue  # region data
        fresh = _read(tool.template(guide_file, tmp_path))
        committed = CONTENT / "locale" / f"{guide.id}.pot"
        assert committed.is_file(), "run: .venv/bin/python tools/extract_guide_messages.py"
        assert _read(committed) == fresh, (
            f"{committed.name} is old: run .venv/bin/python tools/extract_guide_messages.py")
