"""Guides, profiles and agendas name a wrong value the same way, as the file spells it, and say
where it is: one checker reads all three."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from made_up_guides import write_guide

from checkup.guides.loader import load_paths
from checkup.guides.regions import default_regions
from checkup.profile.model import parse_profile
from checkup.support.toml_check import describe
from checkup.workshop.agenda import AgendaError, load_agenda


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        ("true", "true"),
        ('"DEU"', '"DEU"'),
        ('""', "empty text"),
        ("2024-10-01", "2024-10-01"),
        ("1.5", "1.5"),
        ('["ios", "android"]', '["ios", "android"]'),
        ("[[1]]", "a list"),
        ("{a = 1}", "a table"),
        ('"' + "x" * 100 + '"', '"' + "x" * 56 + "..."),
        ('"a\\u001b[2Jb"', '"a\\u001b[2Jb"'),
        ('"a\\u202eb"', '"a\\u202eb"'),
    ],
)
def test_a_value_is_named_as_the_file_spells_it_on_one_line(toml: str, shown: str) -> None:
    import tomllib

    value = tomllib.loads(f"v = {toml}")["v"]
    assert describe(value) == shown


def test_guide_profile_and_agenda_name_the_same_wrong_value_alike(tmp_path: Path) -> None:
    guide = write_guide(tmp_path / "broken", schema=True)
    guide_lines = [str(p) for p in load_paths([guide]).problems]
    assert f"{guide}: schema: must be 1, not true" in guide_lines

    profile_lines = parse_profile({"schema": 1, "region_declined": "yes"}).problems
    assert profile_lines == ['region_declined: must be true or false, not "yes"']

    agenda = tmp_path / "agenda.toml"
    agenda.write_text('title = true\n[[items]]\nguide = "example"\nitem = "training-switch"\n',
                      encoding="utf-8")
    guides = load_paths([write_guide(tmp_path / "guides")])
    with pytest.raises(AgendaError) as error:
        load_agenda(agenda, guides, default_regions())
    assert str(error.value) == f"{agenda}: title: must be one line of text, not true"


def test_a_profile_key_that_is_not_a_bare_key_is_quoted_in_the_path() -> None:
    parsed = parse_profile({"schema": 1, "guides": {"linked.in": 5},
                            "position": {"guide": "x", "item": "y", "changed": dt.time(1)}})
    assert 'guides."linked.in": must be a table, not a number' in parsed.problems
