"""Workshop mode: agendas, the presenter's keys, its QR code, and nothing recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from qr_pixels import cells_image, decode, strip_cells

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.qr.terminal import cell_size
from checkup.screens.app import WorkshopApp
from checkup.workshop.agenda import AgendaError, default_agenda, load_agenda
from checkup.workshop.slides import build_slides, outcome_for

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
        # no source describes the Android app: the room is told its steps are assumed
        assert "iPhone and Android (Android steps assumed): step 1 of 5" in shown(app)
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
        assert "Applies in the United States since 2024-09-18" in shown(app)
        await pilot.press("r")
        await pilot.pause()
        assert "Paused by a regulator in the United Kingdom" in shown(app)
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


SIZES = [(80, 24), (100, 30), (160, 48)]


def _lines(app: WorkshopApp, region) -> list[str]:  # noqa: ANN001 - a Region
    strips = app.screen._compositor.render_strips()
    return [strip.crop(region.x, region.right).text for strip in strips[region.y:region.bottom]]


def body_lines(app: WorkshopApp) -> list[str]:
    """The slide's text as it is on screen now, without the scrollbar."""
    return _lines(app, app.screen.query_one("#slide-body").scrollable_content_region)


def words(text: str) -> str:
    return " ".join(text.split())


async def readable(app: WorkshopApp, pilot) -> list[str]:  # noqa: ANN001
    """Each screenful of the slide's text a person can see: with `k` to its top, then after each
    `j` to its end. A key line offering `j/k scroll` is part of what makes the rest reachable."""
    body = app.screen.query_one("#slide-body")
    while body.scroll_y > 0:
        await pilot.press("k")
        await pilot.pause()
    seen = [words(" ".join(body_lines(app)))]
    if body.max_scroll_y:
        assert "j/k scroll" in shown(app)
    while body.scroll_y < body.max_scroll_y:
        await pilot.press("j")
        await pilot.pause()
        seen.append(words(" ".join(body_lines(app))))
    return seen


def slide_paragraphs(screen, notes: bool) -> list[str]:  # noqa: ANN001 - the presenter
    slide = screen.slide
    item = slide.part.item
    if slide.is_intro:
        outcome = outcome_for(slide, screen.country, screen.on, screen.regions)
        texts = [item.summary, outcome.rule.reason]
        if notes:
            texts += [fact.text for fact in outcome.facts]
    else:
        texts = [slide.text]
    if notes:
        texts += [*item.notes.talking_points, *item.notes.common_problems, *item.help]
    return [words(t) for t in texts]


async def _each_screen(app: WorkshopApp, pilot):  # noqa: ANN001, ANN202 - an async iterator
    """Every slide in turn, and each introduction (which says why, per region) in every region."""
    screen = app.screen
    for _ in screen.slides:
        await pilot.pause()
        for _ in screen.agenda.regions if screen.slide.is_intro else [None]:
            yield
            await pilot.press("r")
            await pilot.pause()
        await pilot.press("space")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("notes", [False, True], ids=["slides", "with-notes"])
async def test_every_word_of_every_slide_can_be_read(size: tuple[int, int], notes: bool) -> None:
    """Without notes the default agenda fits every size, 80x24 too; notes scroll where they must,
    with the keys to do it shown."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        if notes:
            await pilot.press("n")
        async for _ in _each_screen(app, pilot):
            if not notes:
                assert screen.query_one("#slide-body").max_scroll_y == 0, screen.index
                assert "j/k scroll" not in shown(app)
            seen = await readable(app, pilot)
            for paragraph in slide_paragraphs(screen, notes):
                assert any(paragraph in page for page in seen), (screen.index, paragraph)


async def test_notes_open_below_the_step_which_stays_in_view() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "n")  # the first step, then its notes
        await pilot.pause()
        text = words(" ".join(body_lines(app)))
        assert "Open the LinkedIn app and tap your profile photo at the top left." in text
        assert "Facilitator notes" in text and "Say:" in text
        assert "j/k scroll" in shown(app)
        await pilot.press("left", "j")  # the introduction fills the screen: the notes come in
        await pilot.pause()
        assert app.screen.index == 0  # j scrolls, it never changes the slide
        await pilot.press("n", "n")
        await pilot.pause()
        assert "Facilitator notes" in " ".join(body_lines(app))


async def test_scroll_keys_leave_the_clicker_keys_alone() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        body = app.screen.query_one("#slide-body")
        await pilot.press("j")
        await pilot.pause()
        assert body.scroll_y > 0 and app.screen.index == 0
        await pilot.press("k", "k", "k")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("pagedown")  # a clicker's next: the next slide, from its top
        await pilot.pause()
        assert app.screen.index == 1 and body.scroll_y == 0


async def test_quick_scroll_presses_each_count() -> None:
    """Keys that arrive together (held down, or typed ahead) all scroll, not just the first."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "n")
        await pilot.pause()
        body = app.screen.query_one("#slide-body")
        half = body.size.height // 2
        for _ in range(3):  # before any screen refresh, as a burst of key presses is handled
            app.screen.action_scroll(1)
        await pilot.pause()
        assert body.scroll_y == min(3 * half, body.max_scroll_y)


async def test_long_notes_keep_their_bullets_clear() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("space", "n")
        await pilot.pause()
        lines = body_lines(app)
        first = next(n for n, line in enumerate(lines) if "• LinkedIn switched" in line)
        bullet_at = lines[first].index("•")
        assert lines[first + 1][bullet_at:bullet_at + 3] == "  I"  # "In the EU", under the text


@pytest.mark.parametrize("size", SIZES)
async def test_the_qr_code_takes_only_the_columns_it_needs(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        qr = app.screen.query_one("#slide-qr")
        lay = qr.current_layout()
        assert lay.code is not None
        code_columns = cell_size(lay.code, lay.scale).columns
        assert qr.size.width == code_columns  # every other column is the text's
        assert app.screen.query_one("#slide-column").region.width == size[0] - code_columns
        strips = app.screen._compositor.render_strips()
        assert decode(cells_image(strip_cells(strips))) == [MAIN_URL]


async def test_a_link_too_long_for_its_line_breaks_after_a_slash() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = [line.strip() for line in shown(app).splitlines()]
        at = lines.index("https://www.linkedin.com/mypreferences/d/")
        assert lines[at + 1] == "settings/data-for-ai-improvement"


def top_lines(app: WorkshopApp) -> list[str]:
    return [line.strip() for line in _lines(app, app.screen.query_one("#slide-top").region)]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_agendas_title_heads_the_first_screen(tmp_path: Path,
                                                        size: tuple[int, int]) -> None:
    title = "Library session: [bold]who trains on your posts?[/bold] A long title for a room"
    path = _agenda(tmp_path, GOOD.replace('"Library session"', f'"{title}"'))
    app = make_app(load_agenda(path, load_guides(), default_regions()))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert title in " ".join(top_lines(app))  # whole, and as text: never as markup
        await pilot.press("space")
        await pilot.pause()
        assert "Step 2 of" in shown(app)


async def test_a_title_that_fits_one_line_heads_every_screen(tmp_path: Path) -> None:
    app = make_app(load_agenda(_agenda(tmp_path, GOOD), load_guides(), default_regions()))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("space", "space")
        await pilot.pause()
        assert top_lines(app)[0] == "Library session"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        long_title = default_agenda(load_guides(), default_regions()).title
        await pilot.press("space")
        await pilot.pause()
        assert top_lines(app)[0].startswith("Step 2 of")  # at 80x24 the room needs the rows
        assert long_title not in shown(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_one_region_offers_no_region_key(tmp_path: Path, size: tuple[int, int]) -> None:
    path = _agenda(tmp_path, GOOD.replace('["fr", "uk"]', '["fr"]'))
    app = make_app(load_agenda(path, load_guides(), default_regions()))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "r region" not in shown(app) and "n notes" in shown(app)
        assert "Region: France (FR)" in shown(app) and "1 of 1" not in shown(app)
        await pilot.press("r")
        await pilot.pause()
        assert "This agenda has one region" in words(shown(app))  # said, not ignored
        assert "Region: France (FR)" in shown(app)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "r region" in shown(app) and "Region: Germany (DE), 1 of 3" in shown(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_messages_leave_the_qr_code_clear(size: tuple[int, int]) -> None:
    """Said in place of the key line for a few seconds, never over the code being scanned."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press(*["space"] * len(build_slides(app.agenda)))  # once past the end
        await pilot.pause()
        assert "That was the last step." in shown(app) and "q quit" not in shown(app)
        strips = app.screen._compositor.render_strips()
        assert decode(cells_image(strip_cells(strips))) == [app.screen.slide.part.item.link]
        await pilot.press("left")  # the message was about the last step: it goes
        await pilot.pause()
        assert "That was the last step." not in shown(app) and "q quit" in shown(app)


async def test_an_agenda_for_another_day_says_so_in_one_piece(tmp_path: Path) -> None:
    app = make_app(load_agenda(_agenda(tmp_path, GOOD), load_guides(), default_regions()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "t")
        await pilot.pause()
        lines = top_lines(app)
        assert "as of 2024-10-01" in lines[-1]  # never "as of" on one line, its date on the next
        assert any(line.endswith("(timer paused)") for line in lines)


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
         '[[items]] number 1, guide: no guide "myspace" (guides: '
         + ", ".join(sorted(g.id for g in load_guides().guides)) + ")"),
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


@pytest.mark.parametrize(("make", "says"), [
    (lambda d: "/dev/zero", "not a regular file (a device, a pipe or a folder): not read"),
    (lambda d: _agenda(d, "x = " + "[" * 100_000 + "]" * 100_000),
     "nested too deeply to be an agenda"),
    (lambda d: _agenda(d, "# " + "x" * (2 * 1024 * 1024)),
     "larger than 1 MiB, far more than an agenda holds: not read"),
    (lambda d: _agenda(d, "title = "), "not valid TOML: "),
], ids=["device", "deep", "huge", "broken"])
def test_an_agenda_that_is_not_one_is_one_line_not_a_hang(run_cli, tmp_path: Path, make,
                                                          says: str) -> None:
    path = make(tmp_path)
    for args in (("workshop", str(path)), ("export", "--agenda", str(path), "-o", "-")):
        code, out, err = run_cli(*args)
        assert code == 2 and out == "" and err.count("\n") == 1, args
        assert err.startswith(f"checkup: error: {path}: {says}"), err


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


def test_a_new_agenda_with_a_name_that_is_not_utf8_or_holds_an_escape(run_cli, tmp_path) -> None:
    import os

    folder = os.fsencode(tmp_path)
    for raw in (b"\xff.toml", b"\x1b[2J\x1b]0;T\x07.toml"):
        path = Path(os.fsdecode(folder + b"/" + raw))
        code, out, err = run_cli("workshop", "--new-agenda", str(path))
        assert code == 0 and err == "", err
        assert "\x1b" not in out and "\x07" not in out and "\udcff" not in out
        assert path.stat().st_size > 0
        agenda = load_agenda(path, load_guides(), default_regions())  # a working agenda
        assert [p.item.id for p in agenda.items] == ["ai-training", "objection-form"]
        assert "\x1b" not in path.read_text(encoding="utf-8")
        code, out, err = run_cli("workshop", "--new-agenda", str(path))
        assert code == 2 and "already exists" in err and "\x1b" not in err
    assert "\\x1b[2J\\x1b]0;T\\x07.toml" in out + err


def test_a_new_agenda_that_cannot_be_written_leaves_no_empty_file(run_cli, tmp_path) -> None:
    target = tmp_path / "gone" / "session.toml"  # its folder does not exist
    code, out, err = run_cli("workshop", "--new-agenda", str(target))
    assert code == 1 and out == "" and err.count("\n") == 1 and "cannot write it" in err
    assert not target.exists()


def test_the_workshop_without_a_terminal_says_so_and_stops(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "TERM": "xterm-256color"}
    done = subprocess.run([sys.executable, "-m", "checkup", "workshop"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "\x1b" not in done.stderr
    assert "not a terminal" in done.stderr and "needs a terminal window" in done.stderr


@pytest.mark.parametrize(("size", "says"), [
    ((20, 8), "Too small for a QR code. The link:"),
    ((40, 15), "Make this window bigger to show the QR code (it needs 41 columns and 25 rows). "
               "Or open this link:"),
])
async def test_a_window_too_small_for_the_code_wraps_what_it_says(size, says: str) -> None:
    app = make_app()
    url = app.agenda.items[0].item.link
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        lines = [line.strip() for line in shown(app).splitlines() if line.strip()]
    text = " ".join(lines)
    assert says in text  # every word, in order, none cut off at the edge
    # the link whole, on lines of its own, cut after a "/" wherever its parts fit the width
    link_lines = [line for line in lines if line and line in url]
    assert "".join(link_lines) == url
    assert all(line.endswith("/") or len(line) >= size[0] - 2 or line == link_lines[-1]
               for line in link_lines)
