"""`checkup qr`: the code a person sees decodes to the link, in a real terminal and piped."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from pseudo_terminal import in_terminal
from qr_pixels import DARK_TERMINAL, LIGHT_TERMINAL, cells_image, decode, parse_ansi

from checkup.guides.loader import load_guides

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
# Every shipped item that has a link a code may open: its settings link, or its help page.
ITEMS = [(guide.id, item.id, item.open_link) for guide in load_guides().guides
         for item in guide.items if item.open_link]


def _code_part(out: str) -> str:
    """The code and the text under it: the line saying a help page stands in goes first."""
    lines = out.splitlines()
    if lines[0].endswith("help page for this:"):
        lines = lines[1:]
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _no_colour_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "LINES", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(("guide", "item", "url"), ITEMS)
def test_piped_output_is_glyphs_for_a_dark_terminal(run_cli, guide: str, item: str, url: str
                                                    ) -> None:
    code, out, err = run_cli("qr", guide, item)
    assert code == 0 and err == ""
    assert "\x1b" not in out
    lines = out.splitlines()
    domain = urlsplit(url).hostname
    assert lines[-2:] == [url, f"Scan it with your phone's camera. It opens {domain}"]
    out = _code_part(out)
    assert decode(cells_image(parse_ansi(out), DARK_TERMINAL)) == [url]
    assert decode(cells_image(parse_ansi(out), LIGHT_TERMINAL)) == []


@pytest.mark.parametrize(("guide", "item", "url"), ITEMS)
def test_invert_draws_for_a_light_terminal(run_cli, guide: str, item: str, url: str) -> None:
    code, out, _ = run_cli("qr", guide, item, "--invert")
    assert code == 0 and "\x1b" not in out
    out = _code_part(out)
    assert decode(cells_image(parse_ansi(out), LIGHT_TERMINAL)) == [url]
    assert decode(cells_image(parse_ansi(out), DARK_TERMINAL)) == []


def test_main_item_is_the_default(run_cli) -> None:
    code, out, _ = run_cli("qr", "linkedin")
    assert code == 0 and out.splitlines()[-2] == MAIN_URL
    assert decode(cells_image(parse_ansi(out))) == [MAIN_URL]


@pytest.mark.parametrize(("columns", "lines", "says"), [
    ("30", None, "the code needs 41 columns, the window has 30"),
    ("30", "10", "the code needs 41 columns, the window has 30"),
    ("80", "20", "the code needs 24 rows, the window has 20"),
])
def test_too_small_a_window_gets_a_message_and_the_link_not_a_broken_code(
        run_cli, monkeypatch, columns: str, lines: str | None, says: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    if lines:
        monkeypatch.setenv("LINES", lines)
    code, out, _ = run_cli("qr", "linkedin")
    assert code == 0
    assert out.splitlines() == [
        f"This window is too small for the QR code ({says}). Make it bigger, or open this link:",
        MAIN_URL, "It opens www.linkedin.com"]  # no code shown, so nothing to scan


def test_no_color_gives_glyphs_even_in_a_terminal() -> None:
    from checkup.support.terminal import colour_mode

    class Tty:
        def isatty(self) -> bool:
            return True

    assert colour_mode(Tty(), {"TERM": "xterm-256color"}) == "256"
    assert colour_mode(Tty(), {"COLORTERM": "truecolor"}) == "truecolor"
    assert colour_mode(Tty(), {"NO_COLOR": "1", "COLORTERM": "truecolor"}) is None
    assert colour_mode(Tty(), {"TERM": "dumb"}) is None


@pytest.mark.parametrize(("args", "message"), [
    (["qr", "nosuch"], "unknown guide 'nosuch'"),
    (["qr", "linkedin", "nosuch"], "unknown item 'nosuch' in guide linkedin (items: ai-training"),
    (["qr"], "the following arguments are required: GUIDE"),
])
def test_bad_arguments_give_one_line_and_exit_2(run_cli, args: list[str], message: str) -> None:
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def _run_in_terminal(columns: int, rows: int, env: dict[str, str]) -> str:
    """`checkup qr linkedin` with a real pseudo-terminal of that size as its output."""
    return in_terminal(["qr", "linkedin"], env, columns, rows)


@pytest.mark.parametrize("env", [{}, {"COLORTERM": "truecolor"}])
def test_an_80x24_terminal_shows_the_whole_code_and_the_link(env: dict[str, str]) -> None:
    out = _run_in_terminal(80, 24, env)
    lines = out.replace("\r\n", "\n").rstrip("\n").split("\n")
    assert len(lines) <= 23  # with the shell prompt after it, nothing scrolls off the top
    assert lines[-2:] == [MAIN_URL, "Scan it with your phone's camera. It opens www.linkedin.com"]
    assert "\x1b[38;2;" in out if env else "\x1b[38;5;" in out
    for terminal in (DARK_TERMINAL, LIGHT_TERMINAL):
        assert decode(cells_image(parse_ansi(out), terminal)) == [MAIN_URL]


def test_a_big_terminal_gets_the_more_robust_code() -> None:
    from qr_pixels import _CSI

    out = _run_in_terminal(120, 40, {})
    code_rows = [line for line in out.split("\r\n") if "\u2580" in _CSI.sub("", line)]
    assert len(code_rows) == 23  # version 5 at level M: 45 modules, two per row
    assert decode(cells_image(parse_ansi(out))) == [MAIN_URL]
