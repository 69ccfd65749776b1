"""Links a person can act on (whole, first on a computer, a hyperlink, opened with one key) and
keys that work as in other Textual apps (words, back everywhere, ctrl+c, the command palette)."""

from __future__ import annotations

import webbrowser

import pytest
from textual.command import CommandPalette
from textual.geometry import Region
from wizard_helpers import make_app, screen_name, screen_text

from checkup.guides.loader import load_guides


def longest_link() -> str:
    return max((i.link for g in load_guides().guides for i in g.items), key=len)


def link_lines(app) -> list[tuple[str, set]]:  # noqa: ANN001 - a running CheckupApp
    """The step's link as drawn: each line's text and the hyperlink targets on it."""
    link = app.screen.query_one("#link")
    strips = link.render_lines(Region(0, 0, link.size.width, link.size.height))
    return [("".join(s.text for s in strip).rstrip(),
             {s.style.link for s in strip if s.style and s.style.link}) for strip in strips]


async def to_step_with(app, pilot, url: str) -> None:  # noqa: ANN001
    for _ in range(40):
        if app.screen.query_one("#link").url == url:
            return
        await pilot.press("d")
        await pilot.pause()
    raise AssertionError(f"no step shows {url}")


@pytest.mark.parametrize("columns", [80, 60])
async def test_the_longest_link_is_whole_and_a_hyperlink(columns: int) -> None:
    url = longest_link()
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(columns, 24)) as pilot:
        await pilot.pause()
        await to_step_with(app, pilot, url)
        lines = [(text, links) for text, links in link_lines(app) if text]
        width = app.screen.query_one("#link").size.width
        assert "".join(text for text, _ in lines) == url  # nothing lost, nothing added
        assert all(len(text) <= width for text, _ in lines)
        assert all(text.endswith("/") for text, _ in lines[:-1])  # folded only after a "/"
        assert (len(lines) > 1) == (len(url) > width)
        assert all(links == {url} for _, links in lines)  # OSC 8: the whole link, every line
        # on a computer the link comes before the menu path
        text = screen_text(app)
        assert text.index("Open this link, or go by the menu:") < text.index("Path: ")


async def test_on_a_phone_the_path_comes_first_and_o_does_nothing(monkeypatch) -> None:  # noqa: ANN001
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = make_app("--region", "DE", "--surface", "ios", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#link-intro").display
        assert "Open link" not in [what for _k, what in app.screen.query_one("Keys").shown]
        await pilot.press("o")
        await pilot.pause()
        assert opened == []
        assert not app.screen.query_one("#link-said").display


@pytest.mark.parametrize(("outcome", "said"), [
    (True, "Opened the link in your browser."),
    (False, "No browser could be opened: copy the link instead."),
    (OSError("no display"), "No browser could be opened: copy the link instead."),
])
async def test_o_opens_the_link_and_says_whether_it_did(monkeypatch, outcome, said) -> None:  # noqa: ANN001
    opened = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(webbrowser, "open", fake_open)
    monkeypatch.setattr(webbrowser, "get", lambda *a: type("Firefox", (), {"name": "firefox"})())
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        url = app.screen.query_one("#link").url
        assert "Open link" in [what for _k, what in app.screen.query_one("Keys").shown]
        await pilot.press("o")
        await pilot.pause()
        assert opened == [url]
        line = app.screen.query_one("#link-said")
        assert line.display and str(line.render()) == said
        await pilot.press("n")  # the next step starts without it
        await pilot.pause()
        assert not app.screen.query_one("#link-said").display


async def test_a_text_browser_in_this_terminal_is_not_started(monkeypatch) -> None:  # noqa: ANN001
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda *a: type("Lynx", (), {"name": "lynx"})())
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert opened == []
        assert "No browser could be opened" in str(app.screen.query_one("#link-said").render())


async def test_keys_read_as_words_and_ctrl_c_says_how_to_quit() -> None:
    app = make_app("--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "RegionScreen"
        keys = [key for key, _what in app.screen.query_one("Keys").shown]
        assert "ctrl+q" in keys and not any("^" in key for key in keys)
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any("Press ctrl+q to quit" in m for m in said), said
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        help_text = screen_text(app)
        assert "ctrl+q" in help_text and "ctrl+p" in help_text and "b, escape" in help_text
        assert "^" not in help_text


async def test_back_is_b_and_escape_on_every_screen() -> None:
    for back in ("b", "escape"):
        app = make_app("--guest")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press(back)  # the first screen: nothing behind it, and it says so
            await pilot.pause()
            assert screen_name(app) == "WelcomeScreen"
            assert any("first screen" in str(n.message) for n in app._notifications)
            await pilot.press("enter")
            await pilot.pause()
            assert screen_name(app) == "RegionScreen"
            await pilot.press("escape")  # letters are typed here: escape alone
            await pilot.pause()
            assert screen_name(app) == "WelcomeScreen"
            await pilot.press("enter", *"germany", "enter")
            await pilot.pause()
            visited = []
            for _ in range(2):  # the outcome, then the devices
                visited.append(screen_name(app))
                await pilot.press(back)
                await pilot.pause()
                assert screen_name(app) != visited[-1]
                await pilot.press("enter")
                await pilot.pause()
                assert screen_name(app) == visited[-1]
                await pilot.press("enter")
                await pilot.pause()
            assert visited == ["OutcomeScreen", "DevicesScreen"]
            assert screen_name(app) == "StepScreen"
            for dialog in ("question_mark", "h", "c"):  # help, can't find, the QR code
                await pilot.press(dialog)
                await pilot.pause()
                assert screen_name(app) != "StepScreen"
                await pilot.press(back)
                await pilot.pause()
                assert screen_name(app) == "StepScreen"
            await pilot.press("n", back)
            await pilot.pause()
            assert app.screen.pos.step == 0
            await pilot.press(back)
            await pilot.pause()
            assert screen_name(app) == "DevicesScreen"
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while screen_name(app) == "StepScreen":  # through the main item's steps
            await pilot.press("n")
            await pilot.pause()
        await pilot.press("y")  # it reads Off
        await pilot.pause()
        await pilot.press("x")  # stop after the important part
        await pilot.pause()
        assert screen_name(app) == "SummaryScreen"
        await pilot.press("escape")
        await pilot.pause()
        # back onto the last step, closing the account: asked about before it is shown
        assert screen_name(app) == "ConfirmStepScreen"
        await pilot.press("escape")  # back: the step before it
        await pilot.pause()
        assert screen_name(app) == "StepScreen"


def palette_titles(app) -> list[str]:  # noqa: ANN001
    return [str(c.title) for c in app.get_system_commands(app.screen)]


async def test_the_command_palette_offers_the_wizards_commands_and_runs_them() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert palette_titles(app) == ["Theme", "Help", "QR code", "Open link",
                                       "Export a checklist", "Quit"]
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"theme")
        await pilot.pause(0.3)
        theme = app.theme
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.theme != theme
        assert any("Theme: light" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+p", *"export", "enter")
        await pilot.pause(0.3)
        assert any("checkup export" in str(n.message) for n in app._notifications)
    phone = make_app("--region", "DE", "--surface", "ios", "--guest")
    async with phone.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Open link" not in palette_titles(phone) and "QR code" in palette_titles(phone)
    welcome = make_app("--guest")
    async with welcome.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert palette_titles(welcome) == ["Theme", "Help", "Export a checklist", "Quit"]


async def test_a_source_is_shown_as_text_never_a_hyperlink() -> None:
    app = make_app("--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *"germany", "enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        sources = list(app.screen.query(".source-link"))
        assert sources
        for source in sources:
            strips = source.render_lines(Region(0, 0, source.size.width, source.size.height))
            assert not any(s.style and s.style.link for strip in strips for s in strip)
            assert not source.can_focus  # tab and enter go past it


async def test_clicking_the_link_opens_it_as_o_does(monkeypatch) -> None:  # noqa: ANN001
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda *a: type("Firefox", (), {"name": "firefox"})())
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#link")
        await pilot.pause()
        assert opened == [app.screen.query_one("#link").url]
        assert str(app.screen.query_one("#link-said").render()) == (
            "Opened the link in your browser.")
