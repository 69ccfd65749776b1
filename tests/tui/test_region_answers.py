"""The wizard answers "does this apply to me?" in a sentence, keeps the history and sources for
when they are asked for, never shows a status code, and "I can't find it" speaks to the person:
their answer and device first, the link in sight at 80x24, only the reasons that can apply."""

from __future__ import annotations

import pytest
from internal_words import internal_word
from textual.widgets import Link, Static
from wizard_helpers import make_app, press_until, screen_name


def shown_text(app) -> str:
    """What the screen shows now: only widgets drawn in the window, without scrolling."""
    parts = []
    seen = app.screen._compositor.visible_widgets.items()
    for widget, (_region, _clip) in sorted(seen, key=lambda w: (w[1][0].y, w[1][0].x)):
        if isinstance(widget, Link):
            parts.append(widget.text)
        elif isinstance(widget, Static):
            parts.append(str(widget.render()))
    return "\n".join(parts)


def fully_in_sight(app, widget) -> bool:
    seen = app.screen._compositor.visible_widgets.get(widget)
    if seen is None:
        return False
    region, clip = seen
    return clip.contains_region(region) and app.screen.region.contains_region(region)



async def test_the_answer_comes_first_and_the_history_and_sources_on_request() -> None:
    app = make_app("--guest", "--region", "DE")
    async with app.run_test(size=(100, 40)) as pilot:
        await press_until(pilot, "OutcomeScreen", "enter", 10)
        before = shown_text(app)
        assert ("Yes, this applies to you: it has applied where you live (Germany) since "
                "3 November 2025.") in before
        assert "Over time:" not in before and "Source:" not in before
        assert "Press m for more" in before
        await pilot.press("m")
        await pilot.pause()
        body = app.screen.query_one("#body")
        words = "\n".join(str(w.render()) for w in body.query(Static) if w.display)
        assert "Over time:" in words and "Source:" in words
        assert "From 18 September 2024: LinkedIn does not offer this where you live." in words
        assert "From 3 November 2025: this applies where you live.  (the answer now)" in words
        assert words.index("Over time:") < words.index("Source:")
        await pilot.press("m")  # and hidden again
        await pilot.pause()
        assert "Over time:" not in shown_text(app)


async def test_a_legal_word_in_a_reason_is_explained_beside_it() -> None:
    app = make_app("--guest", "--region", "DE")
    async with app.run_test(size=(100, 40)) as pilot:
        await press_until(pilot, "OutcomeScreen", "enter", 10)
        body = app.screen.query_one("#body")
        words = "\n".join(str(w.render()) for w in body.query(Static) if w.display)
        note = 'Note: "legitimate interest" means a legal reason'
        assert words.count(note) == 1
        assert words.index("relying on 'legitimate interest'") < words.index(note)


@pytest.mark.parametrize(("argv", "first"), [
    (("--region", "DE"), "Yes, this applies to you"),
    (("--region", "US"), "Yes, this applies to you"),
    (("--region", "GB", "--as-of", "2025-01-01"), "Not for now: since 20 September 2024"),
    (("--region", "FR", "--as-of", "2024-10-01"), "No: since 18 September 2024"),
    (("--region", "RE"), "The sources don't say whether this applies where you live"),
])
async def test_no_screen_shows_a_status_code(argv: tuple[str, ...], first: str) -> None:
    app = make_app("--guest", *argv)
    async with app.run_test(size=(100, 40)) as pilot:
        await press_until(pilot, "OutcomeScreen", "enter", 10)
        seen = [shown_text(app)]
        assert first in seen[0]
        await pilot.press("m")
        await pilot.pause()
        seen.append("\n".join(str(w.render()) for w in app.screen.query(Static) if w.display))
        await press_until(pilot, "StepScreen", "enter", 10)
        seen.append(shown_text(app))
        await pilot.press("h")
        await pilot.pause()
        assert screen_name(app) == "CantFindScreen"
        seen.append(shown_text(app))
        for text in seen:
            assert internal_word(text) is None, internal_word(text)


async def test_no_screen_shows_a_status_code_when_the_person_prefers_not_to_say() -> None:
    app = make_app("--guest", "--surface", "desktop")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "RegionScreen"
        await pilot.press("enter")  # the first answer offered: prefer not to say
        await pilot.pause()
        await press_until(pilot, "OutcomeScreen", "enter", 10)
        await pilot.press("m")
        await pilot.pause()
        text = "\n".join(str(w.render()) for w in app.screen.query(Static) if w.display)
        assert "Everywhere else: this applies, since 3 November 2025." in text
        assert "European Economic Area, Switzerland: not offered: nothing to do." in text
        assert internal_word(text) is None, internal_word(text)


async def open_cant_find(app, pilot) -> str:
    await press_until(pilot, "StepScreen", "enter", 10)
    await pilot.press("h")
    await pilot.pause()
    assert screen_name(app) == "CantFindScreen"
    return shown_text(app)


async def test_cant_find_for_a_german_desktop_user_at_80x24() -> None:
    app = make_app("--guest", "--region", "DE", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        text = " ".join((await open_cant_find(app, pilot)).split())
        assert text.index("Yes, this applies to you") < text.index("You are looking on: "
                                                                     "Desktop web.")
        link = app.screen.query_one(Link)
        assert link.url == "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
        assert fully_in_sight(app, link)
        body = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "did not show it in the EU, EEA and Switzerland" in body  # Germany's history
        assert "Your app may be out of date" not in body  # not on a computer
        assert "In Hong Kong and Canada" not in body


async def test_cant_find_for_a_us_iphone_user_at_80x24() -> None:
    app = make_app("--guest", "--region", "US", "--surface", "ios")
    async with app.run_test(size=(80, 24)) as pilot:
        text = " ".join((await open_cant_find(app, pilot)).split())
        assert "(United States)" in text and "You are looking on: iPhone." in text
        link = app.screen.query_one(Link)
        assert fully_in_sight(app, link)
        body = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Your app may be out of date" in body
        assert "did not show it in the EU" not in body  # never the rule in the US
        assert "In Hong Kong and Canada" not in body
