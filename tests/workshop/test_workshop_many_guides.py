"""A workshop agenda with items from several guides, and what its slides may open: made-up
guides with the keys of the schema for many services."""

from __future__ import annotations

from pathlib import Path

from new_facts_guides import HELP_LINK, UNVERIFIED_LINK, new_facts_guide

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.workshop.agenda import load_agenda
from checkup.workshop.slides import build_slides


def test_an_agenda_takes_items_from_several_guides_in_its_order(made_up_content,
                                                                tmp_path: Path) -> None:
    for gid, platform in (("alpha", "Alpha"), ("beta", "Beta")):
        made_up_content(f"{gid}.toml", **new_facts_guide(gid, platform))
    path = tmp_path / "agenda.toml"
    path.write_text('surfaces = ["ios", "desktop"]\n'
                    '[[items]]\nguide = "beta"\nitem = "doubtful"\n'
                    '[[items]]\nguide = "alpha"\nitem = "no-way"\n'
                    '[[items]]\nguide = "alpha"\nitem = "training-switch"\n')
    agenda = load_agenda(path, load_guides(), default_regions())
    assert [(p.guide.id, p.item.id) for p in agenda.items] == [
        ("beta", "doubtful"), ("alpha", "no-way"), ("alpha", "training-switch")]
    slides = build_slides(agenda)
    by_item = [(s.part.guide.id, s.part.item.id, s.surfaces) for s in slides]
    # an item with no way to stop it has no steps: its introduction only
    assert by_item.count(("alpha", "no-way", ())) == 1
    assert [s for s in by_item if s[1] == "no-way"] == [("alpha", "no-way", ())]
    # the doubtful item's steps differ per device: two each, iPhone then desktop
    assert [s[2] for s in by_item if s[1] == "doubtful"] == [
        (), ("ios",), ("ios",), ("desktop",), ("desktop",)]
    # what the room's code may open: never a link one source gives
    links = {s.part.item.id: s.link for s in slides}
    assert links["doubtful"] == HELP_LINK and UNVERIFIED_LINK not in links.values()
    assert links["training-switch"] == "https://www.example.org/settings/training-switch"
