"""What the shipped Perplexity guide holds, as a person sees it: it loads and validates, it
applies everywhere, it opens Perplexity's own FAQ because no settings address is verified, and
it says plainly that no source describes the apps."""

from __future__ import annotations

import pytest
from guide_checks import plain_words, shown_items
from qr_pixels import decode, rasterise

from checkup.guides.loader import load_guides
from checkup.qr.code import make_qr
from checkup.qr.svg import qr_svg
from checkup.words.caveats import default_line

GUIDE = "perplexity"
FAQ = "https://www.perplexity.ai/hub/faq/what-data-does-perplexity-collect-about-me"


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
    assert guide.main_item == "ai-data-retention"
    assert guide.ordered_items()[0].id == "ai-data-retention"


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "KR", "BR", "IN"])
@pytest.mark.parametrize("day", ["2025-06-01", "2026-12-01"])
def test_the_setting_applies_everywhere(run_cli, country: str, day: str) -> None:
    item = _show(run_cli, "--region", country, "--as-of", day)["ai-data-retention"]
    assert item["status"] == "applies"
    assert '"AI data retention"' in item["reason"] and '"AI Data Usage"' in item["reason"]
    assert item["sources"][0] == FAQ  # Perplexity's own text first


def test_no_field_rests_on_one_source_only(guide) -> None:
    assert {i.id: i.unverified for i in guide.items} == {"ai-data-retention": {}}


def test_with_no_verified_address_it_opens_perplexitys_faq(guide) -> None:
    main = guide.item("ai-data-retention")
    assert main.link == "" and main.help_link == FAQ and main.open_link == FAQ
    assert guide.domains == ("perplexity.ai",)
    # the QR code a view draws for it opens that page
    assert decode(rasterise(qr_svg(make_qr(main.open_link, guide.domains)))) == [FAQ]


def test_the_default_and_the_audience(guide) -> None:
    main = guide.item("ai-data-retention")
    assert main.default == "on" and "Two independent sources" in main.default_note
    assert "Free, Pro and Max" in main.audience and "Enterprise" in main.audience
    assert default_line(guide, main).startswith("Default: on. Two independent sources say")


def test_the_phones_say_no_source_describes_the_app(guide, run_cli) -> None:
    main = guide.item("ai-data-retention")
    assert main.steps["ios"] == main.steps["android"]
    assert main.steps["ios"][0].startswith("No source read for this guide describes the "
                                           "Perplexity app")
    # nothing claims a source gives the apps' path: not "one path for both apps", not "assumed"
    assert not main.mobile_same and not main.android_assumed
    code, out, _ = run_cli("show", GUIDE, "--region", "DE", "--surface", "ios")
    words = " ".join(out.split())
    assert code == 0 and "describes the Perplexity app" in words
    assert "one path for both apps" not in words


def test_what_one_source_says_is_worded_as_one_source(guide) -> None:
    lines = [t for t in guide.item("ai-data-retention").help if "without an account" in t]
    assert lines == ["One source (DeleteMe) reports that Perplexity also trains on Perplexity "
                     "used without an account, by default; check what your app shows."]


def test_the_older_name_from_perplexitys_own_faq_is_given(guide) -> None:
    main = guide.item("ai-data-retention")
    assert main.labels[-1] == "AI data retention"
    assert any('"AI Data Usage"' in t for t in main.help)


def test_every_source_cited_is_listed_and_dated(guide) -> None:
    for item in guide.items:
        for ref in item.sources + tuple(s for r in item.rules for s in r.sources):
            assert guide.sources[ref].date and guide.sources[ref].url.startswith("https://"), ref
        assert item.verified.isoformat() == "2026-12-01"
    assert guide.revision == 1


def _plain(answers: str, *argv: str) -> str:
    return plain_words(answers, *argv)


def test_plain_mode_gives_the_default_and_the_faq_as_qr(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("LINES", "60")  # room for the code, whatever the test runner's terminal
    said = _plain("c\n" + "\n" * 10, "--guide", GUIDE, "--region", "US", "--surface",
                  "desktop", "--guest")
    assert "Default: on. Two independent sources say it starts on" in said
    assert "Point your phone's camera" in said and FAQ in said
