"""A guide gives the labels its platform shows in other languages only with sources: the loader
names, by key path, a label that is not the item's, a source the guide lacks and a language
checkup does not speak; a language with no sourced label shows the English one with a note."""

from __future__ import annotations

from made_up_guides import item
from program_catalogue import said_in

from checkup.guides.loader import load_file


def _problems(made_up_content, local_labels) -> list[str]:
    path = made_up_content(items=[item(local_labels=local_labels)])
    _guide, problems = load_file(path)
    return [f"{p.key}: {p.message}" for p in problems]


def test_a_sourced_label_of_the_item_loads(made_up_content) -> None:
    path = made_up_content(items=[item(local_labels={
        "de": {"Training": {"text": "Training (de)", "sources": ["S1"]}}})])
    guide, problems = load_file(path)
    assert problems == []
    label = guide.items[0].local_labels["de"]["Training"]
    assert (label.text, label.sources) == ("Training (de)", ("S1",))


def test_each_mistake_is_named_with_its_key_path(made_up_content) -> None:
    said = _problems(made_up_content, {
        "de": {"Trainig": {"text": "Training", "sources": ["S1"]},
               "Settings": {"text": "Einstellungen", "sources": ["S9"]}},
        "sv": {"Settings": {"text": "Inställningar", "sources": ["S1"]}}})
    assert said == [
        "items[0].local_labels.de.Trainig: 'Trainig' is not one of this item's labels",
        "items[0].local_labels.de.Settings.sources[0]: no source 'S9' in [sources]",
        "items[0].local_labels.sv: 'sv' is not a language code checkup speaks besides English "
        "(en, de, fr, nl, es, it, pt, pl)"]


def test_without_a_sourced_label_the_english_is_shown_with_a_note(made_up_content,
                                                                   run_cli) -> None:
    made_up_content(items=[item(local_labels={
        "fr": {"Training": {"text": "Entraînement", "sources": ["S1"]}}})])
    code, out, err = run_cli("--lang", "fr", "show", "example", "--region", "FR")
    said = " ".join(out.split())
    assert code == 0, err
    # in French, from its catalogue: the label as the source gives it, the English beside it
    label = said_in("fr", '{local} ("{english}" in English)', local="« Entraînement »",
                    english="Training")
    assert said_in("fr", "One source reports that in {language} {platform} shows {label} "
                   "({source}); check what your app shows.", language="French",
                   platform="Example", label=label,
                   source="Example Help: the training setting") in said
    # and the one no source gives stays in English, said to be so
    assert said_in("fr", "{platform} may show {labels} in {language}: no source gives the "
                   "{language} names, so they are given here in English.", platform="Example",
                   labels='"Settings"', language="French") in said
    code, out, err = run_cli("--lang", "it", "show", "example", "--region", "IT")
    assert said_in("it", "{platform} may show {labels} in {language}: no source gives the "
                   "{language} names, so they are given here in English.", platform="Example",
                   labels='"Settings", "Training"', language="Italian") in " ".join(out.split())
