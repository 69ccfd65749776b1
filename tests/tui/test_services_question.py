"""Which services a person uses, asked in the wizard with a dozen made-up services: a list to
tick with a search box, at 80x24 without the mouse; remembered in the profile; then the
checkup goes service by service."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from made_up_guides import SERVICES, write_services
from wizard_helpers import make_app, press_until, screen_name, screen_text

from checkup.profile.store import open_store

GERMAN_DESKTOP = ("--region", "DE", "--surface", "desktop")


@pytest.fixture(autouse=True)
def dozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = tmp_path / "services"
    ids = write_services(folder)
    monkeypatch.setenv("CHECKUP_CONTENT", str(folder))
    return ids


def profile_file() -> dict:
    store = open_store()
    assert store.path is not None
    return tomllib.loads(store.path.read_text(encoding="utf-8"))


def shown_ids(app) -> list[str]:  # noqa: ANN001
    listed = app.screen.query_one("#guides")
    return [listed.get_option_at_index(n).value for n in range(listed.option_count)]


async def type_text(pilot, text: str) -> None:  # noqa: ANN001
    for key in text:
        await pilot.press(key)
    await pilot.pause()


async def test_every_service_is_offered_at_80x24_with_nothing_ticked_the_first_time() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        welcome = " ".join(screen_text(app).split())
        assert "This checkup covers 12 services" in welcome
        assert "Substäck" not in welcome and "Grammarly" not in welcome  # counted, not listed
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "GuidesScreen"
        assert "Which services do you use?" in screen_text(app)
        assert sorted(shown_ids(app)) == sorted(s[0] for s in SERVICES)
        listed = app.screen.query_one("#guides")
        assert listed.selected == []  # nothing is ticked for the person
        assert listed.scrollable_content_region.height >= 12  # all twelve in view at once
        assert "None ticked yet." in screen_text(app)
        await pilot.press("enter")  # nothing ticked: asked again, never a guess
        await pilot.pause()
        assert screen_name(app) == "GuidesScreen"


@pytest.mark.parametrize(("typed", "found"), [
    ("insta", ["meta"]),  # another name the guide gives
    ("TWITTER", ["x"]),  # any case
    ("substack", ["substack"]),  # the platform is Substäck: accents do not matter
    ("chatgpt", ["chatgpt"]),  # the id
    ("metaai", ["meta"]),  # "Meta AI" without its space (space ticks)
    ("download", []),  # not the items' titles
])
async def test_typing_filters_by_name_title_id_and_other_names(typed: str, found: list[str]
                                                             ) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, typed)
        assert shown_ids(app) == found
        if not found:
            assert "No service matches" in screen_text(app)


async def test_arrows_and_space_tick_through_searches_and_enter_remembers_them() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "space")  # the second in the list: ChatGPT
        await type_text(pilot, "faceb")  # Meta, by another of its names
        await pilot.press("space")
        await pilot.pause()
        assert shown_ids(app) == ["meta"]
        await pilot.press("escape")  # empties the search: the whole list, ticks kept
        await pilot.pause()
        assert len(shown_ids(app)) == 12
        assert sorted(app.screen.query_one("#guides").selected) == ["chatgpt", "meta"]
        assert "2 of 12 ticked: ChatGPT, Meta" in screen_text(app)
        await pilot.press("space")  # LinkedIn, first in the list, then untick it again
        await pilot.press("space")
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "RegionScreen"
    assert profile_file()["services"] == ["chatgpt", "meta"]
    assert [g.id for g in app.session.guides] == ["chatgpt", "meta"]


async def test_coming_back_the_last_answer_is_ticked_and_named_on_the_welcome() -> None:
    open_store().update(lambda p: p.set_services(["claude", "linkedin", "gone-guide"]))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Last time you picked 2 services: LinkedIn, Claude." in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "GuidesScreen"
        listed = app.screen.query_one("#guides")
        assert sorted(listed.selected) == ["claude", "linkedin"]
        assert "gone-guide" not in shown_ids(app)  # a removed guide is not offered
        await type_text(pilot, "reddit")
        await pilot.press("space", "enter")
        await pilot.pause()
    # the new answer, in the offered order; the removed guide's id is kept after it
    assert profile_file()["services"] == ["linkedin", "claude", "reddit", "gone-guide"]


async def test_guide_on_the_command_line_skips_the_question_and_keeps_the_answer() -> None:
    open_store().update(lambda p: p.set_services(["claude", "linkedin"]))
    app = make_app("--guide", "chatgpt")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "RegionScreen"
        assert [g.id for g in app.session.guides] == ["chatgpt"]
    assert profile_file()["services"] == ["claude", "linkedin"]


async def test_with_every_answer_remembered_the_checkup_opens_at_the_first_service() -> None:
    open_store().update(lambda p: p.set_services(["reddit", "chatgpt"]))
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.session.plan.todo[app.screen.pos.task].guide.id == "chatgpt"


async def test_service_by_service_with_the_checkpoint_offering_the_next_one() -> None:
    open_store().update(lambda p: p.set_services(["reddit", "chatgpt", "claude"]))
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        plan = app.session.plan
        assert [t.guide.id for t in plan.todo] == ["chatgpt"] * 3 + ["claude"] * 3 + [
            "reddit"] * 3
        assert [t.is_main for t in plan.todo[:3]] == [True, False, False]
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("y")
        await pilot.pause()
        assert screen_name(app) == "CheckpointScreen"
        text = screen_text(app)
        assert "ChatGPT: Turn off ChatGPT training: done." in text
        assert "Clear ChatGPT history" in text and "Download your ChatGPT data" in text
        assert "Next service: Claude (n)" in text
        assert "Still to come: Claude, Reddit." in text
        assert "Stop here" not in text  # stopping now would leave out two services
        await pilot.press("x")  # not an answer here
        await pilot.pause()
        assert screen_name(app) == "CheckpointScreen"
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert plan.todo[app.screen.pos.task].key == ("claude", "training-switch")
        for _service in ("claude", "reddit"):
            await press_until(pilot, "ItemQuestionScreen")
            await pilot.press("y")
            await pilot.pause()
            await pilot.press("n" if _service == "claude" else "x")
            await pilot.pause()
        # after the last main item "stop here": the summary, by service
        assert screen_name(app) == "SummaryScreen"
        summary = screen_text(app)
        for name in ("ChatGPT", "Claude", "Reddit"):
            assert f"\n{name}\n" in f"\n{summary}\n"
        assert summary.index("ChatGPT") < summary.index("Claude") < summary.index("Reddit")
        assert "[ ] Clear Reddit history: to do" in summary


async def test_resume_goes_straight_on_with_the_remembered_services() -> None:
    def stopped(profile) -> None:  # noqa: ANN001 - a Profile
        profile.set_region("DE")
        profile.set_surfaces(("desktop",))
        profile.set_services(["claude", "x"])
        profile.set_item("claude", "training-switch", "done", revision=1)
        profile.set_position("claude", "history", "desktop", 1)

    open_store().update(stopped)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Last time you picked 2 services: Claude, X." in text
        assert "Resuming takes you to: Clear Claude history (Claude), step 2" in text
        await pilot.press("enter")  # resume
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.session.plan.todo[app.screen.pos.task].key == ("claude", "history")
        assert [g.id for g in app.session.guides] == ["claude", "x"]
