"""Walking the wizard as a person would, with the keyboard, and checking what it recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import made_up_guides
import pytest
from guide_edits import shipped_revision
from wizard_helpers import (
    answer_every_item,
    make_app,
    screen_name,
    screen_text,
    state_of,
    to_the_question,
)

from checkup.support.paths import shipped_content_dir


def saved_profile(name: str | None = None):
    """The profile as a fresh process would read it from disk."""
    from checkup.profile.store import open_store

    return open_store(name).load()



async def test_whole_flow_where_the_setting_applies() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "WelcomeScreen"
        assert "never asks for a password" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "RegionScreen"
        await pilot.press(*"germ", "enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        text = screen_text(app)
        assert "What applies to you: Germany (DE)" in text
        assert ("Yes, this applies to you: it has applied where you live (Germany) since "
                "3 November 2025.") in text and "Source:" in text
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "DevicesScreen"
        await pilot.press("enter")  # desktop is ticked by default
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.screen.item_task.item.id == "ai-training"  # the main item leads
        assert "Open linkedin.com in your web browser" in screen_text(app)
        assert "0 of 4 items done" in screen_text(app)
        await answer_every_item(pilot)
        assert "All done. Well done!" in screen_text(app)
    profile = saved_profile()
    assert profile.region == "DE" and profile.surfaces == ("desktop",)
    for item in ("ai-training", "objection-form", "download-data", "delete-data"):
        assert profile.state("linkedin", item) == "done"
        assert profile.item("linkedin", item).revision == shipped_revision()
    # LinkedIn's help: no sharing with Microsoft for ads in the EU. Not offered, never walked
    # through, and what a rule says is not recorded as the person's answer
    assert profile.item("linkedin", "ads-data-sharing") is None
    assert profile.position is None  # finished: nothing to resume


async def test_not_offered_on_the_day_is_explained_and_never_walked_through(run_cli) -> None:
    app = make_app("--as-of", "2024-10-01")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # France, French Guiana, ... match: nothing is picked until the arrow keys pick it
        await pilot.press("enter", *"france", "down", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "No: since 18 September 2024, LinkedIn does not offer this where you live" in text
        assert "would not show the setting there" in text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        seen = set()
        while screen_name(app) != "SummaryScreen":
            if screen_name(app) == "StepScreen":
                seen.add(app.screen.item_task.item.id)
            key = {"ItemQuestionScreen": "y", "CheckpointScreen": "g",
                   "ConfirmStepScreen": "y"}.get(screen_name(app), "n")
            await pilot.press(key)
            await pilot.pause()
        assert "ai-training" not in seen and "objection-form" in seen
        assert screen_name(app) == "SummaryScreen"
        summary = screen_text(app)
        assert "not applicable" in summary and "would not show the setting there" in summary
    assert state_of(app, "ai-training") == "not-applicable"
    # Today the setting is offered in France: status says it is to do, not "you said so".
    code, out, _ = run_cli("status", "--exit-code")
    assert code == 1
    assert "to do: Turn off \"Data for Generative AI Improvement\"" in out


@pytest.mark.parametrize("surface", ["desktop", "ios", "android"])
async def test_each_device_gets_its_own_steps(surface: str) -> None:
    from checkup.guides.loader import load_guides

    item = load_guides().guide("linkedin").item("ai-training")
    app = make_app("--region", "US", "--surface", surface)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"  # region and device given: straight to steps
        for n, step in enumerate(item.steps[surface]):
            text = screen_text(app)
            assert step in text and f"Step {n + 1} of {len(item.steps[surface])}" in text
            await pilot.press("n")
            await pilot.pause()
        assert screen_name(app) == "ItemQuestionScreen"
        await pilot.press("y")  # it reads Off
        await pilot.pause()
        await pilot.press("g")  # go on to the related items
        await pilot.pause()
        assert app.screen.item_task.item.id != "ai-training"
    assert state_of(app, "ai-training") == "done"
    assert state_of(app, "objection-form") == "todo"


async def test_skip_asks_why_and_keeps_the_reason() -> None:
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert screen_name(app) == "SkipScreen"
        await pilot.press("down", "down", "enter")  # "I don't have this account or app"
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.screen.item_task.item.id == "objection-form"
    assert state_of(app, "ai-training") == "skipped"
    assert app.session.reason(app.session.plan.tasks[0]) == "I don't have this account or app"


async def test_skip_with_a_typed_reason_and_cancel() -> None:
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s", "escape")
        await pilot.pause()
        assert screen_name(app) == "StepScreen" and state_of(app, "ai-training") == "todo"
        await pilot.press("s", "end", "enter", *"no time", "enter")
        await pilot.pause()
    assert app.session.reason(app.session.plan.tasks[0]) == "no time"


async def test_back_goes_one_step_back_and_to_the_previous_item() -> None:
    app = make_app("--region", "US", "--surface", "ios")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "b")
        await pilot.pause()
        assert app.screen.pos.step == 1
        await to_the_question(pilot)
        await pilot.press("l")  # later: on to the next item
        await pilot.pause()
        assert app.screen.item_task.item.id == "objection-form"
        await pilot.press("b")
        await pilot.pause()
        assert app.screen.item_task.item.id == "ai-training" and app.screen.pos.step == 4


async def test_cant_find_it_gives_help_and_the_fallback() -> None:
    app = make_app("--region", "GB", "--surface", "desktop", "--as-of", "2025-01-01")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Not for now: since 20 September 2024, LinkedIn has paused this" in \
            screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert screen_name(app) == "CantFindScreen"
        text = screen_text(app)
        assert "Data Processing Objection Form" in text
        assert "app may be out of date" not in text  # on a computer: no app to update
        await pilot.press("escape")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"


async def test_prefer_not_to_say_shows_every_region() -> None:
    app = make_app("--as-of", "2025-01-01")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("home", "enter")  # the first option: prefer not to say
        await pilot.pause()
        text = screen_text(app)
        assert "every region" in text
        assert "Canada: paused after a regulator stepped in, since 10 December 2024" in text
        assert "Everywhere else: this applies, since 18 September 2024." in text
        # each answer's source is named (under More, m), as it is for one region
        assert "priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b" in text
    assert app.session.country is None and app.session.country_chosen


async def test_help_and_theme_keys() -> None:
    app = make_app("--theme", "high-contrast")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "checkup-high-contrast"
        await pilot.press("question_mark")
        await pilot.pause()
        assert screen_name(app) == "HelpScreen" and "quit" in screen_text(app)
        await pilot.press("escape", "t")
        await pilot.pause()
        assert app.theme == "textual-dark"
        await pilot.press("t")
        assert app.theme == "textual-light"


async def test_q_quits_from_any_screen() -> None:
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "q")
        await pilot.pause()
    assert app.return_code == 0 or app.return_code is None
    assert not app.is_running


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_small_terminals_still_show_every_action(size: tuple[int, int]) -> None:
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        bar = app.screen.query_one("#actions")
        assert bar.region.width > 0 and bar.region.bottom <= size[1] - 1  # above the footer
        shown = str(bar.render())
        for label in ("Next (n)", "Skip (s)", "Back (b)", "I can't find it (h)"):
            assert label in shown
        await pilot.click("#actions", offset=(3, 0))  # on "Next"
        await pilot.pause()
        assert app.screen.pos.step == 1
        await pilot.click("#actions", offset=(shown.index("Back") + 1, 0))
        await pilot.pause()
        assert app.screen.pos.step == 0


async def test_guide_text_is_shown_as_text_never_as_markup(tmp_path: Path, monkeypatch) -> None:
    text = (shipped_content_dir() / "linkedin.toml").read_text()
    text = text.replace('"Open linkedin.com in your web browser and sign in."',
                        '"Open [bold red]linkedin.com[/] and [@click=app.quit]x[/]."')
    (tmp_path / "linkedin.toml").write_text(text)
    monkeypatch.setenv("CHECKUP_CONTENT", str(tmp_path))
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "[bold red]linkedin.com[/]" in shown
        assert "[@click=app.quit]x[/]" in shown


async def test_answers_given_as_options_are_on_disk_once_the_first_step_shows() -> None:
    """They are written after the step is drawn, so a person never waits for the disk before
    seeing it; but written they are, without any key pressed."""
    assert saved_profile().region is None
    app = make_app("--region", "DE", "--surface", "ios", hold_writes=True)
    assert saved_profile().region is None  # held: nothing is written before the screen
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        on_disk = saved_profile()
        assert (on_disk.region, on_disk.surfaces) == ("DE", ("ios",))
        assert on_disk.position is not None and on_disk.position.item == "ai-training"


def test_as_of_decides_the_day() -> None:
    app = make_app("--as-of", "2024-10-01")
    assert app.session.today == dt.date(2024, 10, 1)


async def test_c_opens_a_qr_code_for_the_current_item() -> None:
    app = make_app("--region", "US", "--surface", "android")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "Press c for a QR code" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert screen_name(app) == "QrScreen"
        view = app.screen.view
        assert view.url.endswith("/data-for-ai-improvement") and view.problem is None
        await pilot.press("escape")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"


async def test_quitting_midway_keeps_everything_and_the_next_start_resumes() -> None:
    app = make_app("--profile", "kiosk", "--region", "US", "--surface", "ios", "--surface",
                   "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v", "n", "n", "q")  # desktop comes first: switch to the iPhone
        await pilot.pause()
    assert 'Run "checkup" again to carry on' in app.farewell
    profile = saved_profile("kiosk")
    assert (profile.position.item, profile.position.surface, profile.position.step) == (
        "ai-training", "ios", 2)
    again = make_app("--profile", "kiosk")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(again) == "WelcomeScreen"
        assert "Resume where I stopped" in screen_text(again)
        await pilot.press("enter")  # the first action: resume
        await pilot.pause()
        assert screen_name(again) == "StepScreen"
        assert again.screen.item_task.item.id == "ai-training" and again.screen.pos.step == 2
        assert again.screen.surface == "ios"


async def test_a_done_item_is_not_asked_again_but_a_changed_guide_is(made_up_content) -> None:
    two_items = {"main_item": "first", "items": [made_up_guides.item("first"),
                                                 made_up_guides.item("second")]}
    made_up_content(revision=1, **two_items)
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await to_the_question(pilot)
        await pilot.press("y")  # done; then go on to the second item
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert app.screen.item_task.item.id == "second"
    again = make_app("--region", "US", "--surface", "desktop")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.item_task.item.id == "second"
    made_up_content(revision=2, **two_items)  # the guide changed
    changed = make_app("--region", "US", "--surface", "desktop")
    async with changed.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert changed.screen.item_task.item.id == "first"  # re-check it


async def test_guest_mode_writes_nothing(tmp_path: Path) -> None:
    app = make_app("--guest", "--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "q")
        await pilot.pause()
    assert "nothing was kept" in app.farewell
    home = tmp_path / "home"
    assert not any(p.is_file() for p in home.rglob("*")) if home.exists() else True


async def test_a_corrupt_profile_is_set_aside_with_a_message(tmp_path: Path) -> None:
    from checkup.profile.store import open_store

    store = open_store()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b"\x00\xffnot toml at all")
    app = make_app("--region", "US", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("unreadable" in n or "set aside" in n or "moved" in n for n in notes), notes
        await pilot.press("n")
        await pilot.pause()
    aside = list(store.path.parent.glob("profile.toml.unreadable-*"))
    assert aside and aside[0].read_bytes() == b"\x00\xffnot toml at all"
    assert saved_profile().region == "US"


@pytest.mark.parametrize(
    ("argv", "keys", "screen"),
    [((), (), "WelcomeScreen"), ((), ("enter",), "RegionScreen"),
     ((), ("enter", *"france", "down", "enter"), "OutcomeScreen"),
     ((), ("enter", *"france", "down", "enter", "enter"), "DevicesScreen"),
     (("--region", "FR", "--surface", "ios"), ("s",), "SkipScreen"),
     (("--region", "FR", "--surface", "ios"), ("h",), "CantFindScreen"),
     (("--region", "FR", "--surface", "ios"), ("question_mark",), "HelpScreen"),
     (("--region", "FR", "--surface", "ios"), ("n",) * 5 + ("y", "x"), "SummaryScreen")],
)
async def test_every_screen_keeps_its_actions_and_keys_on_a_60x20_terminal(argv, keys,
                                                                          screen) -> None:
    app = make_app(*argv)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert screen_name(app) == screen
        for bar in app.screen.query(".action-bar"):
            region = bar.region
            assert region.height > 0 and region.right <= 60 and region.bottom <= 19, bar
            assert len(str(bar.render()).rstrip()) <= region.width  # no label cut off
        footer = app.screen.query_one("Keys")
        shown = [what for _key, what in footer.shown]
        assert {"Quit", "Close", "Cancel"} & set(shown), shown
        assert len(str(footer.render()).rstrip()) <= 60, shown  # every key fits


async def test_a_country_named_in_its_own_language_is_recorded() -> None:
    from checkup.guides.regions import default_regions

    default_regions.cache_clear()  # as a fresh start: no earlier search has read the names
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        # the names in other languages are read at the first letter typed, not before
        assert "names_in_languages" not in vars(app.session.regions)
        await pilot.press(*"Deutschland")
        await pilot.pause()
        assert "names_in_languages" in vars(app.session.regions)
        assert app.screen.query_one("#countries").highlighted == 0  # the only match
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        assert "What applies to you: Germany (DE)" in screen_text(app)
    assert saved_profile().region == "DE"


async def test_a_name_several_countries_match_picks_none_until_the_person_does() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *"niger")
        await pilot.pause()
        countries = app.screen.query_one("#countries")
        assert countries.option_count == 2 and countries.highlighted is None
        await pilot.press("enter")  # enter alone takes neither Niger nor Nigeria
        await pilot.pause()
        assert screen_name(app) == "RegionScreen" and app.session.country is None
        assert "2 countries match: pick yours with the arrow keys" in str(
            [n.message for n in app._notifications])
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
    assert saved_profile().region == "NG"


async def test_a_typed_code_is_taken_by_enter_though_names_contain_it() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *"ch", "enter")  # Chad, Chile, China start with it too
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
    assert saved_profile().region == "CH"
