"""Each language checkup ships, as a person reading it meets it: `show`, plain mode and the
wizard's screens say no sentence in English that the language's catalogues translate, and plain
mode records the same profile whatever the language."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from wizard_helpers import make_app, screen_text

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.profile.store import open_store
from checkup.support import i18n

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "checkup" / "locale"
GUIDES = ROOT / "content" / "locale"
LANGUAGES = sorted(p.parent.parent.name for p in PROGRAM.glob("*/LC_MESSAGES/checkup.po"))
# The country each language is tried in: one where LinkedIn's switch applies.
COUNTRY = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL"}
WORDS = 3  # an English text this long or longer, found as it is, is a sentence left in English


def _english_texts(catalogue: Path, code: str) -> set[str]:
    """The English texts `catalogue` translates into other words, each cut at its placeholders:
    every piece of WORDS words or more is English that must not be shown as it is."""
    with catalogue.open("rb") as f:
        entries = read_po(f, locale=code)
    texts = set()
    for entry in entries:
        if not entry.id or entry.fuzzy:
            continue
        pairs = (zip(entry.id, entry.string, strict=False) if isinstance(entry.id, tuple)
                 else [(entry.id, entry.string)])
        for english, translated in pairs:
            if not translated or translated == english:
                continue  # a name, or a text the language writes the same
            for literal, *_ in string.Formatter().parse(english):
                piece = " ".join(literal.split()).strip(" :;,.()")
                if len(piece.split()) >= WORDS:
                    texts.add(piece)
    return texts


def _left_in_english(shown: str, code: str) -> list[str]:
    said = " ".join(shown.split())
    english = _english_texts(PROGRAM / code / "LC_MESSAGES" / "checkup.po", code)
    guide = GUIDES / code / "LC_MESSAGES" / "linkedin.po"
    if guide.exists():
        english |= _english_texts(guide, code)
    return sorted(t for t in english if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", said))


def test_the_check_finds_english_left_untranslated(run_cli) -> None:
    status, out, _err = run_cli("show", "linkedin", "--region", "DE")  # English, as shipped
    assert status == 0
    left = _left_in_english(out, LANGUAGES[0])
    assert "Open linkedin.com in your web browser and sign in" in left  # a guide's step
    assert any("applies to you" in t for t in left)  # a sentence of the program


def test_every_language_has_its_catalogues() -> None:
    assert set(LANGUAGES) == set(COUNTRY), "a language without its program catalogue"
    for code in LANGUAGES:
        assert (GUIDES / code / "LC_MESSAGES" / "linkedin.po").exists(), code


@pytest.mark.parametrize("code", LANGUAGES)
def test_show_says_nothing_in_english_the_language_translates(code: str, run_cli) -> None:
    status, out, err = run_cli("--lang", code, "show", "linkedin", "--region", COUNTRY[code])
    assert status == 0, err
    assert _left_in_english(out, code) == []


def _plain(code: str, answers: str, *argv: str) -> tuple[str, object]:
    i18n.use_language(code)
    session = build_session(build_parser().parse_args(["--plain", *argv]))
    out = io.StringIO()
    PlainCheckup(session, Conversation(io.StringIO(answers), out, width=79, echo=True),
                 lambda link, domains: None, None).run()
    return out.getvalue(), session


# LinkedIn alone, for a computer: the first item's steps, "yes" at its end, then "stop here" at
# the checkpoint, and the summary closed with Enter.
WALK = "\n" * 6 + "1\n" + "2\n" + "\n"


@pytest.mark.parametrize("code", LANGUAGES)
def test_plain_mode_says_nothing_in_english_the_language_translates(code: str) -> None:
    out, _session = _plain(code, WALK, "--guide", "linkedin", "--region", COUNTRY[code],
                           "--surface", "desktop", "--profile", code)
    assert _left_in_english(out, code) == []


def test_plain_mode_in_polish_piped_records_what_english_records() -> None:
    """The profile is data: the same keys and values whatever language the person read, with
    the answers piped in as a script or a screen reader's user gives them."""
    import subprocess
    import sys

    argv = ["--plain", "--guide", "linkedin", "--region", "PL", "--surface", "desktop"]
    said = {}
    for code in ("pl", "en"):
        done = subprocess.run([sys.executable, "-m", "checkup", "--lang", code, *argv,
                               "--profile", code], input=WALK, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        said[code] = done.stdout
    assert "Witaj w checkup" in said["pl"] and "Welcome to checkup" in said["en"]
    assert _left_in_english(said["pl"], "pl") == []
    polish, english = open_store("pl").load(), open_store("en").load()
    assert polish.item("linkedin", "ai-training").state == "done"
    assert ({k: v.state for k, v in polish.guides["linkedin"].items.items()}
            == {k: v.state for k, v in english.guides["linkedin"].items.items()})
    assert (polish.region, polish.surfaces) == (english.region, english.surfaces) == (
        "PL", ("desktop",))
    assert (polish.language, english.language) == ("pl", "en")  # each remembers its own


async def _screens(code: str, keys: tuple[str, ...], *argv: str) -> list[str]:
    i18n.use_language(code)
    app = make_app(*argv)
    seen = []
    async with app.run_test(size=(80, 24)) as pilot:
        for key in (*keys, None):
            await pilot.pause()
            seen.append(screen_text(app))
            if key:
                await pilot.press(key)
    return seen


@pytest.mark.parametrize("code", LANGUAGES)
async def test_the_wizard_says_nothing_in_english_the_language_translates(code: str) -> None:
    # the welcome, where a person lives and the answer there, which devices
    seen = await _screens(code, ("enter", "enter", "enter"))
    # a step, the question at its end, the checkpoint and the summary after "stop here"
    seen += await _screens(code, (*"nnnnnny", "x"), "--region", COUNTRY[code],
                           "--surface", "desktop")
    assert [t for text in seen for t in _left_in_english(text, code)] == []


@pytest.mark.parametrize("code", LANGUAGES)
async def test_at_80_columns_every_screens_keys_fit_and_quit_is_there(code: str) -> None:
    """Longer words than English's: the footer leaves out what the action bar shows rather
    than cutting off the end of the line, where Quit is."""
    from rich.cells import cell_len

    i18n.use_language(code)
    app = make_app("--region", COUNTRY[code], "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("n", "n", "n", "n", "n", "n", "y", "x", None):
            await pilot.pause()
            keys = app.screen.query_one("#keys")
            line = keys.render().plain
            assert cell_len(line) <= 80, (type(app.screen).__name__, line)
            assert "q" in [k for k, _said in keys.shown] or type(app.screen).__name__ in (
                "ItemQuestionScreen", "CheckpointScreen"), (type(app.screen).__name__, line)
            if key:
                await pilot.press(key)


@pytest.mark.parametrize("code", LANGUAGES)
def test_help_and_a_mistyped_option_are_in_the_language(code: str, run_cli) -> None:
    """argparse's own words (usage, its headings, its messages) come from the catalogue too."""
    import subprocess
    import sys

    from program_catalogue import said_in

    shown = subprocess.run([sys.executable, "-m", "checkup", "--lang", code, "--help"],
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(said_in(code, "usage: "))
    assert f"\n{said_in(code, 'options')}:\n" in shown.stdout
    assert said_in(code, "show this help message and exit") in " ".join(shown.stdout.split())
    status, _out, err = run_cli("--lang", code, "show", "linkedin", "--bogus")
    assert status == 2
    assert said_in(code, "unrecognized arguments: %s") % "--bogus" in err
