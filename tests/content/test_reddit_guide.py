"""What the shipped Reddit guide tells a person: there is no opt-out anywhere, deleting is what is
left, and that deleting may not undo training is one commentary's view, said so."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from guide_checks import shown_items

from checkup.guides.loader import load_guides

MAIN = "ai-licensing"


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("reddit")


def _show(run_cli, *args: str) -> dict:
    return shown_items(run_cli, "reddit", *args)


def test_the_guide_validates_with_its_main_item_first(run_cli, guide) -> None:
    code, out, _ = run_cli("validate")
    assert code == 0 and "reddit (1 item)" in out
    assert guide.main_item == MAIN and guide.ordered_items()[0].id == MAIN
    assert guide.revision == 1 and guide.verified.isoformat() == "2026-12-01"


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "JP", "RE", "JE"])
def test_there_is_no_opt_out_anywhere(run_cli, country: str) -> None:
    item = _show(run_cli, "--region", country)[MAIN]
    assert item["status"] == "no-opt-out"
    assert "no setting to opt out of AI training" in item["reason"]
    assert item["since"] == "2024-05-09"


def test_before_the_public_content_policy_the_guide_has_no_answer(run_cli) -> None:
    item = _show(run_cli, "--region", "US", "--as-of", "2024-05-08")[MAIN]
    assert item["status"] == "unknown"


def test_the_answer_says_how_far_its_sources_reach(run_cli) -> None:
    code, out, _ = run_cli("show", "reddit", "--region", "US")
    words = " ".join(out.split())
    assert code == 0 and "There is no way to stop it" in words
    assert "as far as the sources to 13 May 2026 show" in words


def test_there_is_nothing_to_switch_and_deleting_is_what_is_left(guide) -> None:
    item = guide.item(MAIN)
    assert item.labels == () and not any(item.steps.values())
    assert item.instead[0] == "Delete posts and comments you don't want used."
    assert any("delete your account" in line for line in item.instead)
    # the one commentary's view is told as that, never as fact
    undo = [line for line in item.instead_does_not if "undo" in line]
    assert undo and all(line.startswith("One source (Pixel Envy") for line in undo)
    assert item.unverified == {}


def test_the_help_page_is_reddits_own_on_its_domain(guide) -> None:
    item = guide.item(MAIN)
    assert guide.domains == ("reddit.com",) and item.link == ""
    parts = urlsplit(item.open_link)
    assert parts.scheme == "https" and parts.hostname == "www.reddit.com"
    assert guide.sources[item.sources[0]].kind == "platform"
