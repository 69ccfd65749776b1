"""A guide is shown in the chosen language from its catalogue, English being the master: a text
whose English changed after it was translated no longer matches, so it is shown in English and
its item says so, once, in show, the exports and plain mode; a guide with no catalogue in the
language says it is shown in English. A made-up guide and catalogue, so no shipped text matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from made_up_guides import item, steps
from program_catalogue import said_in
from tool_modules import tool

from checkup.guides.loader import load_file
from checkup.guides.texts import guide_texts

ROOT = Path(__file__).resolve().parents[2]


def PART() -> str:  # noqa: N802 - read as the constant it stands for
    """The note, in German as the German catalogue says it."""
    return said_in("de", "Part of this is shown in English: its {language} translation is "
                   "missing or older than the English text.", language="German")


def NONE() -> str:  # noqa: N802
    return said_in("de", "This guide has no {language} translation yet, so it is shown in "
                   "English.", language="German")

CHANGED = "On the web, open the new privacy page first."


def _compile(po: Path) -> None:
    po.with_suffix(".mo").write_bytes(tool("compile_catalogues").compiled(po))


@pytest.fixture
def translated_then_changed(made_up_content) -> Path:
    """Every text of the made-up guide translated into "German" (DE: ...), then the first
    desktop step of its main item rewritten in English."""
    items = [item(), item("second-switch")]
    path = made_up_content(items=items)
    guide, problems = load_file(path)
    assert problems == []
    catalog = Catalog(locale="de")
    for _path, text in guide_texts(guide):
        catalog.add(text, f"DE: {text}")
    po = path.parent / "locale" / "de" / "LC_MESSAGES" / "example.po"
    po.parent.mkdir(parents=True)
    with po.open("wb") as f:
        write_po(f, catalog)
    _compile(po)
    changed = steps()
    changed["desktop"][0] = CHANGED
    made_up_content(items=[item(steps=changed), item("second-switch")])
    return po


def _said(out: str) -> str:
    return " ".join(out.split())


def test_show_gives_the_translation_and_the_changed_english_with_a_note(
        translated_then_changed, run_cli) -> None:
    code, out, err = run_cli("--lang", "de", "show", "example", "--region", "DE",
                             "--surface", "desktop")
    assert code == 0, err
    said = _said(out)
    assert "DE: Stop Example training on your posts" in said  # the guide's title
    assert "1. DE: Turn off training-switch" in said and "2. DE: Turn off second-switch" in said
    assert f"1. {CHANGED}" in said and "2. DE: On the web, step 2." in said
    assert said.count(PART()) == 1  # the changed item only, once
    first, second = said.split("2. DE: Turn off second-switch")
    assert PART() in first and PART() not in second


def test_the_exports_and_plain_mode_say_it_too(translated_then_changed, run_cli,
                                               monkeypatch) -> None:
    for kind in ("txt", "md", "html"):
        code, out, err = run_cli("--lang", "de", "export", "--guide", "example", "--region",
                                 "DE", "--format", kind, "-o", "-")
        assert code == 0, err
        assert _said(out).count(PART()) == 1, kind
        assert CHANGED in out and "DE: On the web, step 2." in out
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("\n\n\n\n\nq\n"))
    code, out, err = run_cli("--lang", "de", "--plain", "--guide", "example", "--region", "DE",
                             "--surface", "desktop")
    said = _said(out)
    assert PART() in said and "DE: Turn off training-switch" in said


def test_a_guide_without_a_catalogue_in_the_language_says_it_is_in_english(
        translated_then_changed, run_cli) -> None:
    translated_then_changed.with_suffix(".mo").unlink()
    code, out, err = run_cli("--lang", "de", "show", "example", "--region", "DE")
    assert code == 0, err
    said = _said(out)
    assert said.count(NONE()) == 1 and "DE:" not in said and PART() not in said
    code, out, err = run_cli("--lang", "de", "export", "--guide", "example", "--format", "txt",
                             "-o", "-")
    assert _said(out).count(NONE()) == 1
    code, out, err = run_cli("show", "example", "--region", "DE")  # English: nothing to say
    assert "shown in English" not in _said(out)


def test_a_guides_own_summary_changed_is_said_at_its_head(translated_then_changed,
                                                          made_up_content, run_cli) -> None:
    made_up_content(items=[item(), item("second-switch")],
                    summary="Example now trains on your messages too; this guide finds it.")
    code, out, err = run_cli("--lang", "de", "export", "--guide", "example", "--format", "txt",
                             "-o", "-")
    assert code == 0, err
    said = _said(out)
    assert said.count(PART()) == 1  # at the guide's head: every item's own texts are translated
    assert said.index(PART()) < said.index("DE: Turn off training-switch")
    assert "Example now trains on your messages too" in said
