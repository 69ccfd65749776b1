"""What the shipped Grammarly guide holds: it loads and validates, both items rest on Grammarly's
own help (so nothing is marked unverified), every country gets the same answer, and it says who
decides on each plan."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from guide_checks import shown_items, shown_words
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
PRIVACY = "https://account.grammarly.com/security/privacy"
HELP = ("https://support.grammarly.com/hc/en-us/articles/25555503115277-"
        "Product-Improvement-and-Training-Control")
BUSINESS_HELP = "https://support.grammarly.com/hc/en-us/articles/21530921234829"


@pytest.fixture(scope="module")
def guide():
    return load_guides().guide("grammarly")


def _words(run_cli, *args: str) -> str:
    return shown_words(run_cli, "grammarly", *args)


def _json(run_cli, *args: str) -> dict:
    return shown_items(run_cli, "grammarly", *args)


def test_the_guide_loads_and_validates(run_cli) -> None:
    loaded = load_guides()
    assert loaded.problems == []
    code, out, _ = run_cli("validate")
    assert code == 0 and "grammarly (2 items)" in out


def test_the_personal_control_comes_first_then_the_administrators(guide) -> None:
    assert guide.main_item == "product-improvement"
    assert [i.id for i in guide.ordered_items()] == ["product-improvement",
                                                     "business-data-settings"]


def test_every_field_rests_on_grammarlys_own_help(guide) -> None:
    # P29 and P30 are Grammarly's help pages ([O]): no field rests on one outside source
    assert {s.kind for s in guide.sources.values()} == {"platform"}
    assert {i.id: dict(i.unverified) for i in guide.items} == {
        "product-improvement": {}, "business-data-settings": {}}
    main = guide.item("product-improvement")
    assert main.labels == ("Product Improvement and Training",)
    assert main.default == "on" and "on for individual users by default" in main.default_note
    admin = guide.item("business-data-settings")
    assert admin.labels[-1] == "Product Improvement & Training"  # Grammarly's own "&" here
    assert admin.default == "on"


def test_links_are_https_on_grammarlys_domain_and_qr_ready(guide) -> None:
    assert guide.domains == ("grammarly.com",)
    main = guide.item("product-improvement")
    assert (main.link, main.help_link) == (PRIVACY, HELP)
    admin = guide.item("business-data-settings")
    # the administrators' page was named but its address not read: only the help page
    assert (admin.link, admin.help_link) == ("", BUSINESS_HELP)
    for url in (main.link, main.help_link, admin.help_link):
        assert link_problem(url, guide.domains) is None


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "JP", "IN", "CH",
                                     "RE"])
@pytest.mark.parametrize("day", ["2024-01-01", "2026-12-01"])
def test_it_applies_in_every_country(guide, country: str, day: str) -> None:
    # Grammarly's help names no country and no day: the same answer everywhere, every day
    for item in guide.items:
        outcome = evaluate(item, country, D(day), default_regions())
        assert outcome.status == "applies", (item.id, country)
        assert "names no country where the control is missing" in outcome.reason
        assert outcome.sources


def test_show_for_france_says_it_applies_and_gives_the_exact_label(run_cli) -> None:
    words = _words(run_cli, "--region", "FR")
    assert words.startswith("Grammarly: Stop Grammarly training its AI on your writing")
    first = words[:words.index("2. For administrators")]
    assert "Yes, this applies to you" in first and "(France)" in first
    assert 'Look for: "Product Improvement and Training"' in first
    assert f"Link: {PRIVACY}" in first
    assert "https://account.grammarly.com/admin/data_settings" in first  # single-user Pro


def test_show_for_the_us_says_who_decides_on_each_plan(run_cli) -> None:
    items = _json(run_cli, "--region", "US")
    main, admin = items["product-improvement"], items["business-data-settings"]
    assert main["status"] == admin["status"] == "applies"
    assert any("more than one user you cannot change it yourself" in line
               for line in main["does_not"])
    assert any("only the account's administrators can change it" in line
               for line in main["help"])
    assert any("only administrators can change it, for the whole organisation" in line
               for line in admin["does_not"])
    words = _words(run_cli, "--region", "US")
    assert "Free, Premium and single-user Pro" in words


def test_the_phones_open_the_web_page_the_same_way(guide) -> None:
    for item in guide.items:
        assert item.mobile_same and not item.android_assumed
        assert item.steps["ios"] == item.steps["android"]
        assert "web browser" in item.steps["ios"][0]


def test_every_item_says_what_it_leaves_as_it_was(guide) -> None:
    for item in guide.items:
        assert any("already taken place" in line for line in item.does_not), item.id
        assert item.verified == D("2026-12-01") and item.sources[0] in ("P29", "P30")
    assert guide.verified == D("2026-12-01") and guide.revision == 1


def _plain(title: str) -> str:
    """What plain mode says for the guide's first item on an iPhone in France, up to quitting."""
    session = build_session(build_parser().parse_args(
        ["--plain", "--guest", "--guide", "grammarly", "--region", "FR", "--surface", "ios"]),
        today=DAY)
    out = io.StringIO()
    talk = Conversation(io.StringIO("q\n"), out, width=100, echo=True)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    flat = " ".join(out.getvalue().split())
    assert f"Item 1 of {len(load_guides().guide('grammarly').items)}: {title}" in flat
    return flat


def test_plain_mode_says_whom_it_is_for_and_what_is_not_settled() -> None:
    flat = _plain("Turn off \"Product Improvement and Training\"")
    assert ("For Grammarly Free, Premium and single-user Pro accounts. On a Grammarly Pro account "
            "with more than one user, or a business account, the account's administrators "
            "decide.") in flat
    assert ("Default: on. Grammarly's help says it is on for individual users by default."
            in flat)
    assert "This only asks outside AI firms" not in flat  # a switch, not a signal
    assert "https://account.grammarly.com/security/privacy" in flat
