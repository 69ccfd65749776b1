"""Every sentence a person reads is marked for translation: the template catalogue that the next
language starts from is extracted from the code and kept current, and with a pseudo-translation
installed every line of English the program prints comes out marked. Guide text, URLs, region
names and codes, paths and numbers are data, never translated by us: what is allowed through
unmarked is built from the guide and region files themselves."""

from __future__ import annotations

import contextlib
import dataclasses
import gettext
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from tool_modules import tool

from checkup.support import i18n

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "\u27e6", "\u27e7"


def _extract(tmp_path: Path) -> Path:
    return tool("extract_messages").extract(tmp_path / "checkup.pot")


def _messages(path: Path) -> dict[object, object]:
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        catalog = read_po(f)
    return {m.id: m.flags for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[object, object]:
    return _messages(_extract(tmp_path_factory.mktemp("pot")))


def test_the_extraction_finds_sentences_counts_and_table_rows(extracted) -> None:
    assert "Applies to you" in extracted  # a row of the status table (N_)
    assert "not applicable" in extracted  # a row of the state table
    assert "Wrote {path}" in extracted  # a command's output (_)
    assert ("ok: {n} guide valid: {names}", "ok: {n} guides valid: {names}") in extracted
    # --help
    assert "record an item as done, for later, skipped, not applicable or to do" in extracted
    # guide text is data, never in the catalogue
    assert not any("Data for Generative AI Improvement" in str(m) for m in extracted)


def test_every_placeholder_is_named(extracted) -> None:
    from checkup.cli.argparse_words import ARGPARSE_WORDS

    # argparse's own words keep argparse's placeholders: argparse fills them, letter for letter
    unnamed = [m for m in extracted if re.search(r"\{\}|\{\d+\}|%[sdr]", str(m))
               and m not in ARGPARSE_WORDS]
    assert unnamed == []


def test_the_committed_template_is_up_to_date(extracted) -> None:
    committed = _messages(ROOT / "checkup" / "locale" / "checkup.pot")
    new = sorted(map(str, extracted.keys() - committed.keys()))
    gone = sorted(map(str, committed.keys() - extracted.keys()))
    assert (new, gone) == ([], []), "run: .venv/bin/python tools/extract_messages.py"


# -- the pseudo-translation ------------------------------------------------------------------
class Pseudo(gettext.NullTranslations):
    """Every message visibly marked, its {placeholders} left as they are."""

    def gettext(self, message: str) -> str:
        return f"{OPEN}{message}{CLOSE}"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"{OPEN}{singular if n == 1 else plural}{CLOSE}"


@pytest.fixture
def pseudo() -> Iterator[None]:
    i18n.use(Pseudo())
    try:
        yield
    finally:
        i18n.use(gettext.NullTranslations())


def _strings(value: object, seen: set[int]) -> Iterator[str]:
    """Every text inside a guide or region table: what they say is data."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k, seen)
            yield from _strings(v, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _strings(v, seen)
    elif hasattr(value, "__dict__"):
        yield from _strings(vars(value), seen)


def _collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def data_texts() -> list[str]:
    """Guide and region text, whitespace collapsed, longest first (so a title goes before a
    word inside it)."""
    from checkup.guides.loader import load_guides
    from checkup.guides.regions import default_regions

    regions = default_regions()
    regions.countries  # noqa: B018 - read the lazy country names
    seen: set[int] = set()
    found = {*_strings(load_guides().guides, seen), *_strings(regions, seen)}
    # argparse's own words come from argparse's catalogue, not ours
    found |= {"usage:", "options:", "positional arguments:", "show this help message and exit",
              "show program's version number and exit", "error:"}
    texts = {_collapse(t) for t in found if t.strip()}
    texts |= {t.rstrip(".") for t in texts}  # plain text drops a full stop after an address
    return sorted(texts, key=len, reverse=True)


def _outside_marks(text: str) -> list[str]:
    """The runs of text outside every mark (marks nest: a marked sentence holds a marked word)."""
    runs, depth, run = [], 0, []
    for ch in text:
        if ch == OPEN:
            depth += 1
            runs.append("".join(run))
            run = []
        elif ch == CLOSE:
            depth -= 1
        elif depth == 0:
            run.append(ch)
    runs.append("".join(run))
    return runs


_NOT_WORDS = [
    re.compile(r"\S*(://|/|\\|www\.|\.toml|\.html|\.md|\.txt|\.pot)\S*"),  # URLs and paths
    re.compile(r"(?<!\w)--?[\w-]+"),  # options
    re.compile(r"\{[^}]*\}"),  # argparse's choices
    re.compile(r"\b[A-Z][A-Z0-9_]*\b"),  # metavars and codes: GUIDE, CC, DE
    re.compile(r"\b[\w-]+\.(com|org|eu|nl)\b"),  # domains
]


def unmarked_prose(output: str, data: list[str], words: frozenset[str]) -> list[str]:
    """What is left of `output` outside the marks once data is taken out: English that was not
    marked. `words` are identifiers that are data too (guide and item ids, command names)."""
    left = []
    for run in _outside_marks(output):
        text = _collapse(run.replace("\\", ""))  # Markdown's escapes
        for known in data:  # whole words only: "on" (a default) is no part of "done"
            if known in text:
                text = re.sub(rf"(?<!\w){re.escape(known)}(?!\w)", " ", text)
        for pattern in _NOT_WORDS:
            text = pattern.sub(" ", text)
        rest = [w for w in re.findall(r"[^\W\d_][\w'-]*", text) if w.lower() not in words]
        if rest:
            left.append(" ".join(rest))
    return left


def _html_text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.fixture(scope="module")
def ids() -> frozenset[str]:
    from checkup.cli.main import COMMANDS
    from checkup.guides.loader import load_guides
    from checkup.guides.model import STATUSES, SURFACES
    from checkup.session.keys import APP_KEYS, STEP_KEYS
    from checkup.words.states import STATE_CHOICES, STATE_TABLE

    names = {"checkup", "privacy-checkup", "python", "python3", "dark", "light",
             "high-contrast", "auto", "a4", "letter", "html", "md", "txt", "unknown",
             *COMMANDS, *SURFACES, *STATUSES, *STATE_CHOICES,
             # keys are typed as they are, and a state's box ("[x]") is not a word
             *(k for key in (*STEP_KEYS, *APP_KEYS) for k in (key.key, *key.also)), "esc",
             "enter", "space",
             *(c for row in STATE_TABLE.values() for c in row.mark if c.isalpha())}
    for g in load_guides().guides:
        names |= {g.id, *(i.id for i in g.items), *g.sources}
    return frozenset(n.lower() for n in names)


CLI_RUNS = [
    ("list",),
    ("show", "linkedin", "--region", "DE", "--as-of", "2026-11-23"),
    ("show", "linkedin", "--as-of", "2026-11-23"),
    ("status",),
    ("export", "--format", "txt", "--blank", "-o", "-", "--as-of", "2026-11-23"),
    ("export", "--format", "md", "--blank", "-o", "-", "--as-of", "2026-11-23"),
    ("export", "--format", "html", "--blank", "-o", "-", "--as-of", "2026-11-23"),
    ("export", "--format", "txt", "--region", "DE", "-o", "-", "--as-of", "2026-11-23"),
    ("validate",),
    ("where",),
    ("mark", "linkedin", "ai-training", "skipped", "--reason", "later"),
    ("--help",),
    ("export", "--help"),
    ("mark", "--help"),
    ("show", "nosuchguide"),  # a usage error of ours
    ("export", "--paper", "a4", "--format", "txt"),
    ("--as-of", "23.11.2026"),  # argparse's error, with our hint
]


@pytest.mark.parametrize("argv", CLI_RUNS, ids=" ".join)
def test_every_sentence_the_command_line_prints_is_translated(
        argv, pseudo, capsys, data_texts, ids) -> None:
    from checkup.cli.main import main

    with contextlib.suppress(SystemExit):  # --help: argparse prints it and stops
        main(list(argv))
    out, err = capsys.readouterr()
    text = _html_text(out) if "html" in argv and "--help" not in argv else out
    assert OPEN in text + err  # the pseudo-translation was in use
    assert unmarked_prose(text + "\n" + err, data_texts, ids) == []


def test_status_with_items_recorded_is_translated(pseudo, capsys, data_texts, ids) -> None:
    from checkup.cli.main import main

    main(["mark", "linkedin", "ai-training", "done"])
    main(["mark", "linkedin", "objection-form", "skipped", "--reason", "later"])
    main(["mark", "linkedin", "ads-data-sharing", "not-applicable"])
    capsys.readouterr()
    main(["status"])
    out, err = capsys.readouterr()
    assert "ai-training" in out and OPEN in out
    assert unmarked_prose(out + "\n" + err, data_texts, ids) == []


def test_the_check_finds_an_unmarked_sentence(data_texts, ids) -> None:
    """The test above could not fail if this one did not."""
    guide_step = next(t for t in data_texts if len(t.split()) > 6)
    assert unmarked_prose(f"{OPEN}Wrote {CLOSE} {guide_step}", data_texts, ids) == []
    assert unmarked_prose(f"{OPEN}Wrote{CLOSE}\nNothing was deleted.", data_texts, ids) == [
        "Nothing was deleted"]


# -- the views ---------------------------------------------------------------------------------
def test_every_sentence_plain_mode_says_is_translated(pseudo, data_texts, ids) -> None:
    from plain.test_plain_mode import converse

    # Germany, a computer: every answer at the end of an item once, with its help, and the
    # checkpoint, the step that cannot be undone, the summary and back from it
    answers = ("1\nDE\n1\n" + "\n" * 6 + "?\n1\n" + "?\n1\n"  # switched off, go on
               + "\n" * 3 + "2\n"  # the form for later
               + "\n" * 4 + "3\n1\n"  # the copy skipped, with a reason
               + "\n\n" + "?\n\n" + "4\n\n"  # closing left out; can't find it, then later
               + "b\n" + "n\n" + "5\n" + "\n")  # back from the summary, left as it is, finish
    _code, transcript, session = converse(answers)
    said = " ".join(transcript.split())
    for shown in ("Does it now read Off?", "Did you send it?", "Have you done it?",
                  "The important part is done.", "The next step cannot be undone.",
                  "Can't find it?", "Leave it as it is", "Your checkup so far"):
        assert shown in said, shown  # each part was gone through
    assert [session.state(t) for t in session.plan.todo] == ["done", "later", "skipped",
                                                              "later"]
    assert unmarked_prose(transcript, data_texts, ids) == []


async def _wizard_walk(keys: tuple[str, ...], ids: frozenset[str],
                       argv: tuple[str, ...] = ("--region", "DE", "--surface", "desktop")
                       ) -> tuple[str, list[str], frozenset[str]]:
    """Press `keys` in the wizard for a German computer user (`argv`), keeping every screen's
    text and every key a screen binds; (the screen at the end, the texts, the keys)."""
    from wizard_helpers import make_app, screen_text

    app = make_app(*argv)
    seen, known = [], set(ids)
    async with app.run_test(size=(100, 40)) as pilot:
        for key in (*keys, None):
            await pilot.pause()
            seen.append(screen_text(app))
            # a dialog's own keys ("y" yes) are listed as they are typed, as a step's are
            known |= {part for b in (*type(app.screen).BINDINGS, *type(app).BINDINGS)
                      for k in b.key.split(",") for part in (k, *k.split("+"))}
            if key:
                await pilot.press(key)
        return type(app.screen).__name__, seen, frozenset(known)


async def test_every_sentence_the_wizard_shows_is_translated(pseudo, data_texts, ids) -> None:
    # the first item's six steps, the question at its end, yes, the checkpoint, on to the
    # next item, its help and the skip dialog
    last, seen, keys = await _wizard_walk(
        ("enter", "enter", "enter", "enter", "n", "n", "y", "g", "h", "escape", "s"), ids)
    assert last == "SkipScreen"
    said = " ".join(" ".join(seen).split())
    assert "Does it now read Off?" in said and "The important part is done." in said
    assert [line for text in seen for line in unmarked_prose(text, data_texts, keys)] == []


async def test_the_questions_before_the_steps_are_translated(pseudo, data_texts, ids) -> None:
    """The welcome, where a person lives (its list of answers too) and the answer for the
    region, for someone who gave no answer on the command line."""
    last, seen, keys = await _wizard_walk(("enter", "enter"), ids, ())
    assert last == "OutcomeScreen"
    said = " ".join(" ".join(seen).split())
    assert "Where do you live?" in said and "Prefer not to say" in said
    assert [line for text in seen for line in unmarked_prose(text, data_texts, keys)] == []


async def test_the_wizards_warning_before_a_step_that_cannot_be_undone_is_translated(
        pseudo, data_texts, ids, run_cli) -> None:
    for item in ("ai-training", "objection-form", "download-data"):
        run_cli("mark", "linkedin", item, "done")
    # delete-data's first two steps, then the question before closing the account; left out,
    # the question at the item's end
    last, seen, keys = await _wizard_walk(("n", "n", "n"), ids)
    assert last == "ItemQuestionScreen"
    said = " ".join(" ".join(seen).split())
    assert "The next step cannot be undone." in said and "Have you done it?" in said
    assert [line for text in seen for line in unmarked_prose(text, data_texts, keys)] == []


def test_no_sentence_is_marked_inside_an_f_string() -> None:
    """Babel's extractor does not look inside f-strings: a sentence marked there never reaches
    the catalogue, and stays English in every language."""
    import ast

    inside = []
    for path in [*(ROOT / "checkup").rglob("*.py"), *(ROOT / "screens").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                inside += [f"{path.relative_to(ROOT)}:{call.lineno}" for call in ast.walk(node)
                           if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                           and call.func.id in ("_", "ngettext", "N_") and call.args
                           and isinstance(call.args[0], ast.Constant)]  # a sentence written there
    assert inside == []
