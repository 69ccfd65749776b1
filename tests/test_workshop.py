"""Workshop mode: agendas, the presenter's keys, its QR code, and nothing recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from qr_pixels import cells_image, decode, strip_cells

from checkup.agenda import AgendaError, default_agenda, load_agenda
from checkup.app import WorkshopApp
from checkup.loader import load_guides
from checkup.regions import default_regions
from checkup.slides import build_slides

DAY = dt.date(2026, 11, 23)
MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_app(agenda=None, clock=None, on: dt.date = DAY) -> WorkshopApp:  # noqa: ANN001
    regions = default_regions()
    agenda = agenda or default_agenda(load_guides(), regions)
    app = WorkshopApp(agenda, regions, on, clock=clock or FakeClock())
    app.animation_level = "none"
    return app


def shown(app: WorkshopApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def test_default_agenda_is_linkedins_switch_and_the_objection_form() -> None:
    agenda = default_agenda(load_guides(), default_regions())
    assert [p.item.id for p in agenda.items] == ["ai-training", "objection-form"]
    slides = build_slides(agenda)
    # an introduction per item, then the phones' steps together (the same), then desktop's
    first = [s for s in slides if s.part.item.id == "ai-training"]
    assert first[0].is_intro
    assert first[1].surfaces == ("ios", "android") and first[1].steps == 5
    assert first[-1].surfaces == ("desktop",) and first[-1].steps == 6
    assert len(first) == 1 + 5 + 6


async def test_stepping_forward_and_back() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "Step 1 of" in shown(app)
        assert "can use your data" in shown(app)  # the item's introduction
        await pilot.press("space")
        await pilot.pause()
        assert screen.index == 1 and "Open the LinkedIn app" in shown(app)
        assert "iPhone and Android (the same steps): step 1 of 5" in shown(app)
        for key in ("right", "pagedown", "down"):
            await pilot.press(key)
        await pilot.pause()
        assert screen.index == 4
        for key in ("left", "pageup"):
            await pilot.press(key)
        await pilot.pause()
        assert screen.index == 2
        await pilot.press(*["space"] * 40)  # past the end: stays on the last step
        await pilot.pause()
        assert screen.index == len(screen.slides) - 1
        assert "Objection" in shown(app)


async def test_notes_toggle_with_talking_points_and_problems() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "Facilitator notes" not in shown(app)
        await pilot.press("n")
        await pilot.pause()
        text = shown(app)
        assert "Facilitator notes" in text and "usually about 5 minutes" in text
        assert "I don't see the setting" in text
        await pilot.press("n")
        await pilot.pause()
        assert "Facilitator notes" not in shown(app)


async def test_region_switch_changes_what_is_shown() -> None:
    app = make_app(on=dt.date(2025, 1, 1))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "Region: Germany (DE)" in shown(app)
        assert "Not offered in Germany since 2024-09-18" in shown(app)
        await pilot.press("r")
        await pilot.pause()
        assert "Region: United States (US)" in shown(app)
        assert "Applies in United States since 2024-09-18" in shown(app)
        await pilot.press("r")
        await pilot.pause()
        assert "Paused by a regulator in United Kingdom" in shown(app)
        await pilot.press("r")
        await pilot.pause()
        assert "Region: Germany (DE)" in shown(app)


async def test_timer_counts_and_pauses() -> None:
    clock = FakeClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        clock.now += 125
        app.screen.show_top()
        await pilot.pause()
        assert "2:05 of 45:00" in shown(app)
        await pilot.press("t")
        clock.now += 600
        app.screen.show_top()
        await pilot.pause()
        assert "2:05 of 45:00 (timer paused)" in shown(app)
        await pilot.press("t")
        clock.now += 5
        app.screen.show_top()
        await pilot.pause()
        assert "2:10 of 45:00" in shown(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_presenter_qr_code_decodes_to_the_steps_link(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for _ in range(12):  # through the first item to the objection form's introduction
            await pilot.press("space")
        await pilot.pause()
        link = app.screen.slide.part.item.link
        assert link.endswith("TS-DPRO")
        strips = app.screen._compositor.render_strips()
        assert decode(cells_image(strip_cells(strips))) == [link]
        assert "linkedin.com" in shown(app)
        await pilot.press("left")
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        assert decode(cells_image(strip_cells(strips))) == [MAIN_URL]


async def test_quitting_writes_no_profile(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "space", "q")
        await pilot.pause()
    home = tmp_path / "home"
    assert not home.exists() or not any(home.rglob("*.toml"))


def _agenda(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agenda.toml"
    path.write_text(text)
    return path


GOOD = """
title = "Library session"
length_minutes = 30
surfaces = ["desktop"]
regions = ["fr", "uk"]
as_of = 2024-10-01
[[items]]
guide = "linkedin"
item = "download-data"
"""


def test_an_agenda_file_chooses_items_devices_regions_and_length(tmp_path: Path) -> None:
    agenda = load_agenda(_agenda(tmp_path, GOOD), load_guides(), default_regions())
    assert agenda.title == "Library session" and agenda.length_minutes == 30
    assert agenda.surfaces == ("desktop",) and agenda.regions == ("FR", "GB")
    assert agenda.as_of == dt.date(2024, 10, 1)
    assert [p.item.id for p in agenda.items] == ["download-data"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = [", "not valid TOML"),
        (GOOD.replace("length_minutes = 30", "length_minutes = 2"),
         "length_minutes: must be a whole number of minutes from 5 to 600, not 2"),
        (GOOD.replace('["desktop"]', '["fax"]'),
         'surfaces: "fax" is not a device: use "desktop", "ios" or "android"'),
        (GOOD.replace('["fr", "uk"]', '["fr", "XX"]'), 'regions: "XX" is not a country code'),
        (GOOD.replace('item = "download-data"', 'item = "nope"'),
         '[[items]] number 1, item: no item "nope" (items in linkedin: ai-training,'),
        (GOOD.replace('guide = "linkedin"', 'guide = "myspace"'),
         '[[items]] number 1, guide: no guide "myspace" (guides: linkedin)'),
        (GOOD + "\ncolour = 1\n", "colour: unknown key"),
        (GOOD.replace("as_of = 2024-10-01", 'as_of = "last year"'),
         'as_of: must be a date like 2024-10-01 (no quotes, no time), not "last year"'),
        ('title = "x"\n', "items: missing: add at least one [[items]]"),
    ],
)
def test_a_bad_agenda_is_refused_with_one_line_naming_the_key(tmp_path: Path, text: str,
                                                              message: str) -> None:
    path = _agenda(tmp_path, text)
    with pytest.raises(AgendaError) as e:
        load_agenda(path, load_guides(), default_regions())
    assert message in str(e.value) and str(path) in str(e.value)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("title = true", "title: must be one line of text, not true"),
        ('title = ""', "title: must be one line of text, not empty text"),
        ("length_minutes = true", "length_minutes: must be a whole number of minutes from 5 to "
                                  "600, not true"),
        ('surfaces = "ios"', 'surfaces: must be a list of devices such as ["desktop", "ios", '
                             '"android"], not "ios"'),
        ("regions = [49]", "regions: 49 is not a country code"),
        ("as_of = 2024-10-01T09:30:00", "as_of: must be a date like 2024-10-01 (no quotes, "
                                        "no time), not 2024-10-01T09:30:00"),
        ('items = "linkedin"', 'items: must be one or more [[items]] tables with a guide and '
                               'an item, not "linkedin"'),
        ('items = ["linkedin"]', '[[items]] number 1: must be a table with a guide and an item, '
                                 'not "linkedin"'),
        ('[[items]]\nguide = true\nitem = "ai-training"',
         "[[items]] number 1, guide: must be a guide id in quotes, not true"),
        ('[[items]]\nitem = "ai-training"', "[[items]] number 1, guide: missing (guides: "),
    ],
)
def test_agenda_messages_quote_the_file_not_python(tmp_path: Path, line: str,
                                                   message: str) -> None:
    """Values are quoted as they are written in TOML (true, "text"), never as Python spells
    them (True, 'text', None)."""
    path = _agenda(tmp_path, line + "\n")
    with pytest.raises(AgendaError) as e:
        load_agenda(path, load_guides(), default_regions())
    text = str(e.value)
    assert text.startswith(f"{path}: {message}")
    for python in ("True", "False", "None", "'", "items[0]", "datetime"):
        assert python not in text.removeprefix(str(path))


def test_cli_refuses_a_bad_agenda_and_writes_a_starter(run_cli, tmp_path: Path) -> None:
    bad = _agenda(tmp_path, GOOD.replace('["desktop"]', '["fax"]'))
    code, out, err = run_cli("workshop", str(bad))
    # a bad agenda is bad input, like an unknown region or guide: exit status 2
    assert code == 2 and out == "" and err.count("\n") == 1 and "surfaces" in err
    code, out, err = run_cli("workshop", str(tmp_path / "missing.toml"))
    assert code == 2 and out == "" and "no such agenda file" in err
    starter = tmp_path / "session.toml"
    code, out, _ = run_cli("workshop", "--new-agenda", str(starter))
    assert code == 0 and str(starter) in out
    agenda = load_agenda(starter, load_guides(), default_regions())
    assert [p.item.id for p in agenda.items] == ["ai-training", "objection-form"]
    assert "# " in starter.read_text()  # commented for the facilitator
    code, _, err = run_cli("workshop", "--new-agenda", str(starter))
    assert code == 2 and "already exists" in err


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_presenter_snapshot(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=_keys("space", "space"))


def test_presenter_with_notes_snapshot(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(160, 48),
                        run_before=_keys("space", "n", "r"))


def test_export_with_an_agenda_makes_the_matching_handout(run_cli, tmp_path: Path) -> None:
    path = _agenda(tmp_path, GOOD.replace('item = "download-data"', 'item = "objection-form"')
                   + '\n[[items]]\nguide = "linkedin"\nitem = "ai-training"\n')
    code, out, _ = run_cli("export", "--agenda", str(path), "--format", "txt", "-o", "-")
    assert code == 0
    boxes = [line for line in out.splitlines() if line.startswith("[ ]")]
    assert len(boxes) == 2 and "Objection Form" in boxes[0] and "Generative AI" in boxes[1]
    words = " ".join(out.split())
    assert "Devices: Desktop web." in words and "iPhone and Android" not in out  # its devices
    assert "as of 2024-10-01" in out  # the agenda's day
    code, _, err = run_cli("export", "--agenda", str(tmp_path / "missing.toml"))
    assert code == 2 and "no such agenda file" in err
