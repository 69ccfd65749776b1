"""The Textual QR widget and full-screen view: the cells on screen decode to the link."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from qr_pixels import DARK_TERMINAL, LIGHT_TERMINAL, cells_image, decode, strip_cells
from textual.app import App, ComposeResult

from checkup.guides.loader import load_guides
from checkup.qr.code import make_qr, qr_codes
from checkup.qr.terminal import cell_size
from checkup.screens.widgets.qr_widget import QrCodeView, QrScreen, layout, snug_width, wrap

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
# what a QR code may be made of: a settings link more than one source gives, or a help page
LINKS = list({(url, guide.domains): None for guide in load_guides().guides
              for item in guide.items for url in (item.open_link, item.help_link) if url})


class Harness(App):
    def __init__(self, view: QrCodeView | None = None, theme: str = "textual-dark",
                 ansi_color: bool | None = None) -> None:
        super().__init__(ansi_color=ansi_color)
        self.view = view
        self.start_theme = theme

    def compose(self) -> ComposeResult:
        if self.view is not None:
            yield self.view

    def on_mount(self) -> None:
        self.theme = self.start_theme


def screen_cells(app: App):
    """What the terminal would show: the composited screen, colours from each cell's style."""
    return strip_cells(app.screen._compositor.render_strips())


def screen_text(app: App) -> list[str]:
    return [strip.text.strip() for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize(("url", "domains"), LINKS)
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_widget_shows_a_code_that_decodes_with_link_and_domain(url: str, domains,
                                                                     theme: str) -> None:
    app = Harness(QrCodeView(url, domains), theme)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        assert decode(cells_image(screen_cells(app))) == [url]
        text = screen_text(app)
        hint = f"Scan it with your phone's camera. It opens {urlsplit(url).hostname}"
        assert url in "".join(text) and hint in text  # a long link is folded after a "/"


async def test_widget_in_a_dark_and_a_light_terminal_reads_the_same() -> None:
    app = Harness(QrCodeView(MAIN_URL, ("linkedin.com",)))
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        cells = screen_cells(app)
        code_cells = [c for line in cells for c in line if c[0] == "\u2580"]
        assert len(code_cells) == 45 * 23  # level M, two modules per cell
        assert {c[1] for c in code_cells} | {c[2] for c in code_cells} == {(0, 0, 0),
                                                                          (255, 255, 255)}
        for terminal in (DARK_TERMINAL, LIGHT_TERMINAL):
            assert decode(cells_image(cells, terminal)) == [MAIN_URL]


# links whose code fits twice over in the 100 columns the full screen is tried at
SHORT_LINKS = [(url, domains) for url, domains in LINKS if 2 * make_qr(url, domains).size <= 100]


@pytest.mark.parametrize(("url", "domains"), SHORT_LINKS)
async def test_full_screen_view_scales_the_code_up_and_closes_with_escape(url: str,
                                                                          domains) -> None:
    app = Harness()
    async with app.run_test(size=(100, 50)) as pilot:
        app.push_screen(QrScreen(url, domains))
        await pilot.pause()
        cells = screen_cells(app)
        widest = max(sum(c[0] == "\u2580" for c in line) for line in cells)
        assert widest >= 2 * 41  # two cells per module at least
        assert decode(cells_image(cells, zoom=3)) == [url]
        assert url in "".join(screen_text(app)) and "Press Escape to go back." in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, QrScreen)


async def test_full_screen_closes_with_q_too() -> None:
    app = Harness()
    async with app.run_test(size=(100, 50)) as pilot:
        app.push_screen(QrScreen(MAIN_URL, ("linkedin.com",)))
        await pilot.pause()
        await pilot.press("q")
        assert not isinstance(app.screen, QrScreen)


async def test_full_screen_follows_resizes_and_says_when_too_small() -> None:
    app = Harness()
    async with app.run_test(size=(100, 50)) as pilot:
        app.push_screen(QrScreen(MAIN_URL, ("linkedin.com",)))
        await pilot.pause()
        await pilot.resize_terminal(40, 16)
        await pilot.pause()
        cells = screen_cells(app)
        assert not any(c[0] == "\u2580" for line in cells for c in line)  # no cut-off code
        text = " ".join(screen_text(app))
        assert "Make this window bigger to show the QR code" in text
        assert MAIN_URL in text.replace(" ", "")  # the link, wrapped to the narrow window
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert decode(cells_image(screen_cells(app))) == [MAIN_URL]
        assert MAIN_URL in screen_text(app)
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        cells = screen_cells(app)
        assert max(sum(c[0] == "\u2580" for c in line) for line in cells) == 45 * 2
        assert decode(cells_image(cells, zoom=2)) == [MAIN_URL]


async def test_widget_at_a_small_size_shows_the_message_and_link() -> None:
    app = Harness(QrCodeView(MAIN_URL, ("linkedin.com",)))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        assert not any(c[0] == "\u2580" for line in screen_cells(app) for c in line)
        text = screen_text(app)
        assert "Make this window bigger to show the QR code" in " ".join(text)
        assert MAIN_URL in text and "It opens www.linkedin.com" in text
        assert "Scan" not in " ".join(text)  # there is no code to scan


@pytest.mark.parametrize("url", ["http://www.linkedin.com/mypreferences",
                                 "https://evil.example/www.linkedin.com"])
async def test_widget_refuses_a_link_off_the_guides_domains(url: str) -> None:
    app = Harness(QrCodeView(url, ("linkedin.com",)))
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        assert not any(c[0] == "\u2580" for line in screen_cells(app) for c in line)
        assert decode(cells_image(screen_cells(app))) == []
        assert any(line.startswith("No QR code for this link:") for line in screen_text(app))


async def test_no_color_with_an_ansi_theme_draws_glyphs_for_a_dark_terminal(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = Harness(QrCodeView(MAIN_URL, ("linkedin.com",)), "ansi-dark", ansi_color=True)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        cells = screen_cells(app)
        assert all(fg is None and bg is None for line in cells for _, fg, bg in line)
        assert decode(cells_image(cells, DARK_TERMINAL)) == [MAIN_URL]


@pytest.mark.parametrize(("width", "lines"), [
    (41, ["https://www.linkedin.com/mypreferences/d/", "settings/data-for-ai-improvement"]),
    (45, ["https://www.linkedin.com/mypreferences/d/", "settings/data-for-ai-improvement"]),
    (55, ["https://www.linkedin.com/mypreferences/d/settings/", "data-for-ai-improvement"]),
    (20, ["https://www.linkedin", ".com/mypreferences/d", "/settings/data-for-a",
          "i-improvement"]),  # at slashes it would take six lines: cut anywhere instead
])
def test_a_long_link_breaks_after_a_slash_unless_that_costs_lines(width: int,
                                                                   lines: list[str]) -> None:
    assert wrap(MAIN_URL, width) == lines


@pytest.mark.parametrize(("width", "height"), [(44, 24), (55, 30), (88, 48)])
def test_snug_width_keeps_the_code_and_its_text_and_gives_up_the_rest(width: int,
                                                                      height: int) -> None:
    codes = qr_codes(MAIN_URL, ("linkedin.com",))
    wide = layout(codes, MAIN_URL, width, height, zoom=True)
    snug = snug_width(codes, MAIN_URL, width, height, zoom=True)
    assert wide.code is not None and snug == cell_size(wide.code, wide.scale).columns < width
    narrow = layout(codes, MAIN_URL, snug, height, zoom=True)
    assert (narrow.code, narrow.scale) == (wide.code, wide.scale)
    assert "".join("".join(narrow.text).split()) == "".join("".join(wide.text).split())
