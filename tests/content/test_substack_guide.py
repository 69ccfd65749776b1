"""What the shipped Substack guide holds: it loads and validates, its one item is a publication's
signal for writers, its labels are Substack's own (2023), and the 2026 label that rests on one
forum post is never a label to look for, only one source's report."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from guide_checks import item_texts, shown_words
from wizard_helpers import DAY

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.guides.loader import link_problem, load_guides
from checkup.guides.regions import default_regions
from checkup.guides.rules import evaluate
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.qr.lines import terminal_qr

D = dt.date.fromisoformat
HELP = ("https://support.substack.com/hc/en-us/articles/20382615953556-"
        "How-can-I-block-AI-from-using-my-Substack-publication-to-train-their-models")
NEW_LABEL = "Opt out of AI training"


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("substack")


@pytest.fixture(scope="module")
def item(guide):
    return guide.item("block-ai-training")


def _words(run_cli, *args: str) -> str:
    return shown_words(run_cli, "substack", *args)


def _every_text(item) -> list[str]:
    return item_texts(item)


def test_the_guide_loads_and_validates(run_cli) -> None:
    assert load_guides().problems == []
    code, out, _ = run_cli("validate")
    assert code == 0 and "substack (1 item)" in out


def test_the_main_item_is_first_and_is_a_signal_in_substack_s_words(guide, item) -> None:
    assert guide.main_item == "block-ai-training"
    assert guide.ordered_items()[0].id == "block-ai-training"
    assert item.kind == "signal"
    assert any('"will only apply to AI tools that respect this setting"' in line
               for line in item.does_not)
    assert "publication" in item.audience and "writers" in item.audience


def test_the_labels_are_substack_s_own_and_nothing_is_unverified(guide, item) -> None:
    assert dict(item.unverified) == {}
    assert item.labels == ("Settings", "Publication details", "Block AI training")
    assert NEW_LABEL not in item.labels
    assert all(NEW_LABEL not in labels for labels in item.device_labels.values())
    assert item.sources[0] == "P39" and guide.sources["P39"].kind == "platform"


def test_the_2026_label_is_only_told_as_one_source_s_report(guide, item) -> None:
    said = [t for t in _every_text(item) if NEW_LABEL in t]
    assert said  # told where a person looks for it: the help and the presenter's notes
    for text in said:
        assert "one source (a writer's post on reddit's r/substack, may 2026) reports" in \
            text.lower(), text
        assert text.endswith("; check what your app shows."), text
    assert guide.sources["P40"].kind == "blog"
    assert all("P40" not in r.sources for r in item.rules)


def test_the_default_is_off_and_says_what_off_means(item) -> None:
    assert item.default == "off"
    assert "does not ask AI tools not to train" in item.default_note


def test_the_only_link_is_substack_s_help_page(guide, item) -> None:
    assert guide.domains == ("support.substack.com",)
    assert (item.link, item.help_link) == ("", HELP)
    assert link_problem(item.help_link, guide.domains) is None
    # every publication has its own address under substack.com: none is a link or QR code
    assert link_problem("https://someone.substack.com/publish/settings",
                        guide.domains) is not None


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "JP", "AU"])
def test_it_applies_everywhere_from_the_day_of_substack_s_help(item, country: str) -> None:
    # before the help page's day no source shows the setting: no answer is guessed
    assert evaluate(item, country, D("2023-10-25"), default_regions()).status == "unknown"
    for day in ("2023-10-26", "2026-12-01"):
        outcome = evaluate(item, country, D(day), default_regions())
        assert outcome.status == "applies"
        assert outcome.reason.startswith("By 26 October 2023")
        assert tuple(outcome.sources) == ("P39",)


def test_show_for_france_gives_the_path_and_the_caveat(run_cli) -> None:
    words = _words(run_cli, "--region", "FR")
    assert words.startswith("Substack: Ask AI tools not to train on your Substack publication")
    assert ("Yes, this applies to you: it has applied where you live (France) since "
            "26 October 2023.") in words
    assert 'Look for: "Settings" > "Publication details" > "Block AI training"' in words
    assert ('One source (a writer\'s post on Reddit\'s r/Substack, May 2026) reports that the '
            'setting is now shown as "Opt out of AI training"') in words
    assert f"Source: {HELP}" in words


def test_show_for_the_us_before_and_after_the_help_page(run_cli) -> None:
    code, out, _ = run_cli("show", "substack", "--json", "--region", "US")
    assert code == 0
    shown = json.loads(out)["items"][0]
    assert shown["status"] == "applies" and shown["since"] == "2023-10-26"
    assert shown["steps"]["ios"] == shown["steps"]["android"]
    assert "web browser" in shown["steps"]["ios"][0]
    code, out, _ = run_cli("show", "substack", "--json", "--region", "US", "--as-of",
                           "2023-01-01")
    assert code == 0 and json.loads(out)["items"][0]["status"] == "unknown"


def _plain(title: str) -> str:
    """What plain mode says for the guide's first item on an iPhone in France, up to quitting."""
    session = build_session(build_parser().parse_args(
        ["--plain", "--guest", "--guide", "substack", "--region", "FR", "--surface", "ios"]),
        today=DAY)
    out = io.StringIO()
    talk = Conversation(io.StringIO("q\n"), out, width=100, echo=True)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    flat = " ".join(out.getvalue().split())
    assert f"Item 1 of {len(load_guides().guide('substack').items)}: {title}" in flat
    return flat


def test_plain_mode_says_whom_it_is_for_and_what_is_not_settled() -> None:
    flat = _plain("Turn on \"Block AI training\" for your publication")
    assert ("For writers who run a Substack publication: it is set in the publication's settings "
            "and covers the content the publication publishes.") in flat
    assert ("This only asks outside AI firms not to train on your writing; they may ignore it."
            in flat)
    assert "Substack's help page for this:" in flat
    assert 'Look for: "Settings" > "Publication details" > "Block AI training"' in flat
