"""Every catalogue shipped is compiled and current, complete, keeps each {placeholder} and has
its language's plural forms; a guide's translation quotes only labels the English quotes or the
guide's sources give in that language. Each check is first shown to catch what it is for on a
made-up catalogue, then run on every catalogue there is (the languages arrive one by one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from catalogue_checks import label_problems, problems, read
from tool_modules import tool

from checkup.guides.loader import load_file

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = sorted((ROOT / "checkup" / "locale").glob("*/LC_MESSAGES/*.po"))
GUIDES = sorted((ROOT / "content" / "locale").glob("*/LC_MESSAGES/*.po"))


def _tool():
    return tool("compile_catalogues")


def _write(path: Path, code: str, messages: list[tuple], fuzzy: tuple = (),
           paths: dict | None = None) -> Path:
    catalog = Catalog(locale=code)
    for msgid, msgstr in messages:
        catalog.add(msgid, msgstr, flags=("fuzzy",) if msgid in fuzzy else (),
                    auto_comments=[(paths or {}).get(msgid, "items.x.steps.desktop[0]")])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog)
    return path


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    po = _write(tmp_path / "pl" / "LC_MESSAGES" / "checkup.po", "pl", [
        ("{done} of {total} done", "{done} z {razem}"),
        ("Back", ""),
        (("{n} item", "{n} items"), ("{n} element", "{n} elementy", "")),
        (("Type 1", "Type 1 to {count}"), ("Wpisz 1", "Wpisz 1 do {count}", "Wpisz 1-{count}")),
        (("{a} file", "{a} files"), ("{a} plik", "{a} pliki", "pliki")),
        ("Fine", "Dobrze")])
    said = problems(read(po))
    assert "'{done} of {total} done': ['{total}'] missing from '{done} z {razem}'" in said
    assert "'{done} of {total} done': ['{razem}'] added in '{done} z {razem}'" in said
    assert "'{a} file': ['{a}'] missing from 'pliki'" in said
    assert not any("Type 1" in line for line in said)  # the singular has no {count} to keep
    assert "untranslated: 'Back'" in said and "untranslated: '{n} item'" in said
    assert not any("Fine" in line for line in said)
    assert problems(read(_write(tmp_path / "de" / "LC_MESSAGES" / "x.po", "de",
                                [("{a} and {b}", "{b} und {a}")]))) == []


def test_a_catalogue_with_another_languages_plural_forms_is_caught(tmp_path: Path) -> None:
    po = _write(tmp_path / "pl" / "LC_MESSAGES" / "checkup.po", "pl", [("A", "B")])
    text = po.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms:')
    end = text.index("\n", start)
    po.write_text(text[:start] + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"'
                  + text[end:], encoding="utf-8")
    assert any(line.startswith("Plural-Forms:") for line in problems(read(po)))


def test_a_fuzzy_entry_is_not_compiled_and_an_old_mo_is_noticed(tmp_path: Path) -> None:
    import gettext
    import io

    tool = _tool()
    folder = tmp_path / "locale"
    po = _write(folder / "de" / "LC_MESSAGES" / "checkup.po", "de",
                [("Start", "Los"), ("Back", "Zurück")], fuzzy=("Back",))
    assert tool.differences((folder,)) == [f"{po.with_suffix('.mo')}: missing or not what "
                                           f"checkup.po compiles to"]
    po.with_suffix(".mo").write_bytes(tool.compiled(po))
    assert tool.differences((folder,)) == []
    shown = gettext.GNUTranslations(io.BytesIO(po.with_suffix(".mo").read_bytes()))
    assert (shown.gettext("Start"), shown.gettext("Back")) == ("Los", "Back")
    _write(po, "de", [("Start", "Anfangen")])
    assert len(tool.differences((folder,))) == 1


def test_every_committed_mo_is_what_its_po_compiles_to() -> None:
    assert _tool().differences() == [], "run: .venv/bin/python tools/compile_catalogues.py"


@pytest.mark.parametrize("po", PROGRAM + GUIDES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_catalogue_is_complete_with_every_placeholder(po: Path) -> None:
    assert problems(read(po)) == []


def _local_labels(guide_id: str, code: str) -> set[str]:
    guide, _ = load_file(ROOT / "content" / f"{guide_id}.toml")
    return {label.text for item in guide.items
            for label in item.local_labels.get(code, {}).values()}


def test_the_label_check_catches_a_label_we_translated(tmp_path: Path) -> None:
    po = _write(tmp_path / "de" / "LC_MESSAGES" / "linkedin.po", "de", [
        ('In the left menu, click "Data privacy".', "Klicken Sie links auf «Datenschutz»."),
        ('Tap "Data for Generative AI Improvement".', "Tippen Sie auf „Daten für KI“."),
        ('Tap "Settings".', 'Tippen Sie auf "Settings".'),
        ('"I don\'t see it": look again.', "„Ich sehe es nicht“: noch einmal schauen.")],
        paths={'"I don\'t see it": look again.': "items.x.facilitator.common_problems[0]"})
    said = label_problems(read(po), _local_labels("linkedin", "de"))
    assert said == ["'Tap \"Data for Generative AI Improvement\".': 'Daten für KI' is neither "
                    "in the English nor a sourced label"]


@pytest.mark.parametrize("po", GUIDES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_guides_translation_quotes_only_sourced_labels(po: Path) -> None:
    code, guide_id = po.parent.parent.name, po.stem
    assert label_problems(read(po), _local_labels(guide_id, code)) == []
