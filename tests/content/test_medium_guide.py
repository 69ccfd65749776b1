"""What the shipped Medium guide holds: it loads and validates, its one item is a signal that only
asks AI companies, every label and path is Medium's own, and the one fact resting on a single
outside source (the day the settings were announced) is only ever told as that source's report."""

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
HELP = ("https://help.medium.com/hc/en-us/articles/39084471091991-"
        "Managing-Your-Third-Party-AI-Settings")


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("medium")


@pytest.fixture(scope="module")
def item(guide):
    return guide.item("third-party-ai")


def _words(run_cli, *args: str) -> str:
    return shown_words(run_cli, "medium", *args)


def _every_text(item) -> list[str]:
    return item_texts(item)


def test_the_guide_loads_and_validates(run_cli) -> None:
    assert load_guides().problems == []
    code, out, _ = run_cli("validate")
    assert code == 0 and "medium (1 item)" in out


def test_the_main_item_is_first_and_is_a_signal(guide, item) -> None:
    assert guide.main_item == "third-party-ai"
    assert guide.ordered_items()[0].id == "third-party-ai"
    assert item.kind == "signal"
    # Medium's own words: the options only "Ask" AI companies
    assert any('only "Ask" them not to train' in line for line in item.does_not)


def test_labels_and_paths_are_medium_s_own_so_nothing_is_unverified(guide, item) -> None:
    assert dict(item.unverified) == {}
    assert item.labels == ("Settings", "Account", "Third-party AI and your stories",
                           "Minimize third-party training")
    assert item.device_labels["ios"] == item.device_labels["android"] == item.labels[1:]
    # Medium's help gives one path for "iOS and Android": not assumed from the iPhone
    assert item.mobile_same and not item.android_assumed
    assert item.sources[0] == "P37" and guide.sources["P37"].kind == "platform"


def test_the_default_is_said_with_what_it_asks_for(item) -> None:
    assert item.default == "off"  # the stricter option is not the default
    assert '"Prioritize maximum reach" as the default' in item.default_note
    assert "unless that would also stop them crediting your work" in item.default_note


def test_the_announcement_day_is_only_told_as_one_source_s_report(guide, item) -> None:
    said = [t for t in _every_text(item) if "19 March 2026" in t]
    assert said == ["One source (The Human2AI) reports that Medium announced these settings on "
                    "19 March 2026; check what your app shows."]
    assert guide.sources["P38"].kind == "blog"
    # a one-source day is never a rule's start, and no rule rests on that source
    assert all(r.start is None and "P38" not in r.sources for r in item.rules)


def test_the_only_link_is_medium_s_help_page(guide, item) -> None:
    assert guide.domains == ("help.medium.com",)
    assert (item.link, item.help_link) == ("", HELP)
    assert link_problem(item.help_link, guide.domains) is None
    # a writer's own address under medium.com is not Medium's: never a link or QR code
    assert link_problem("https://someone.medium.com/settings", guide.domains) is not None


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "JP", "AU"])
@pytest.mark.parametrize("day", ["2026-03-19", "2026-12-01"])
def test_it_applies_in_every_country(item, country: str, day: str) -> None:
    outcome = evaluate(item, country, D(day), default_regions())
    assert outcome.status == "applies"
    assert "names no country where they are missing" in outcome.reason
    assert tuple(outcome.sources) == ("P37",)  # Medium's own help, never the one-source blog


def test_show_for_france_gives_the_path_and_says_it_is_a_request(run_cli) -> None:
    words = _words(run_cli, "--region", "FR")
    assert words.startswith("Medium: Ask AI companies not to train on your Medium stories")
    assert "Yes, this applies to you" in words and "(France)" in words
    assert ('Look for: "Settings" > "Account" > "Third-party AI and your stories" > '
            '"Minimize third-party training"') in words
    assert "It does not make AI companies comply" in words
    assert f"Source: {HELP}" in words


def test_show_for_the_us_in_json_has_the_same_answer(run_cli) -> None:
    code, out, _ = run_cli("show", "medium", "--json", "--region", "US")
    assert code == 0
    shown = json.loads(out)["items"][0]
    assert shown["id"] == "third-party-ai" and shown["main"] is True
    assert shown["status"] == "applies"
    assert shown["steps"]["ios"] == shown["steps"]["android"]
    assert shown["steps"]["desktop"][-1].startswith('Choose "Minimize third-party training".')


def _plain(title: str) -> str:
    """What plain mode says for the guide's first item on an iPhone in France, up to quitting."""
    session = build_session(build_parser().parse_args(
        ["--plain", "--guest", "--guide", "medium", "--region", "FR", "--surface", "ios"]),
        today=DAY)
    out = io.StringIO()
    talk = Conversation(io.StringIO("q\n"), out, width=100, echo=True)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    flat = " ".join(out.getvalue().split())
    assert f"Item 1 of {len(load_guides().guide('medium').items)}: {title}" in flat
    return flat


def test_plain_mode_says_whom_it_is_for_and_what_is_not_settled() -> None:
    flat = _plain("Choose \"Minimize third-party training\"")
    assert ("For anyone who publishes stories on Medium: it is a setting of your Medium account "
            "and covers the stories you publish there.") in flat
    assert ("This only asks outside AI firms not to train on your writing; they may ignore it."
            in flat)
    assert "Medium's help page for this:" in flat
    assert "Default: on" not in flat
