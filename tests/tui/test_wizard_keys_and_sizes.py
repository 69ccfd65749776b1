"""The wizard from the keyboard alone and in windows of every size: what is on screen can be
reached, the footer shows the keys that work, and nothing is cut off or lost."""

from __future__ import annotations

from wizard_helpers import answer_every_item, make_app, screen_name, screen_text, to_the_question

from checkup.profile.store import open_store


def footer_keys(app) -> list[str]:  # noqa: ANN001 - a running CheckupApp
    return [what for _key, what in app.screen.query_one("Keys").shown]


async def test_page_keys_scroll_the_outcome_and_the_summary() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer_every_item(pilot)
        assert screen_name(app) == "SummaryScreen"
        assert "\"checkup export\" writes a checklist to print" in screen_text(app)  # what next
        body = app.screen.query_one("#body")
        assert body.max_scroll_y > 0  # more than fits: "What next" is below the fold
        await pilot.press("pagedown", "end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
    app = make_app("--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *"germany", "enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        body = app.screen.query_one("#body")
        await pilot.press("down", "down", "pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("enter")  # still goes on
        await pilot.pause()
        assert screen_name(app) == "DevicesScreen"


async def test_welcome_says_what_enter_does_when_there_is_a_checkup_to_resume() -> None:
    app = make_app("--region", "US", "--surface", "desktop", "--profile", "w")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "q")
        await pilot.pause()
    again = make_app("--profile", "w")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = str(again.screen.query_one("#actions").render())
        assert "Resume where I stopped (enter)" in bar and "Start again (a)" in bar
        assert footer_keys(again)[:2] == ["Resume", "Start again"]
        await pilot.press("a")
        await pilot.pause()
        assert screen_name(again) == "RegionScreen"
    fresh = make_app("--profile", "someone-else")
    async with fresh.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Start (enter)" in str(fresh.screen.query_one("#actions").render())
        assert footer_keys(fresh)[0] == "Start"  # nothing to resume or start again


async def test_quitting_before_the_devices_resumes_at_the_devices() -> None:
    app = make_app("--profile", "early")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *"germany", "enter")
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        await pilot.press("q")
        await pilot.pause()
    assert open_store("early").load().region == "DE"
    again = make_app("--profile", "early")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "You have a checkup in progress." in screen_text(again)
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(again) == "DevicesScreen"
        await pilot.press("b")  # and the region asked again offers the last answer first
        await pilot.pause()
    start_again = make_app("--profile", "early")
    async with start_again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        options = start_again.screen.query_one("#countries")
        highlighted = options.get_option_at_index(options.highlighted)
        assert str(highlighted.prompt) == "Germany (DE), your answer last time"


async def test_a_window_too_small_says_so_and_the_wizard_comes_back() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--profile", "tiny")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "TooSmallScreen"
        assert ("This window is 40x12: checkup needs at least 60x20. Make it bigger"
                in screen_text(app))
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        assert screen_name(app) == "StepScreen"
        await pilot.press("n")
        await pilot.pause()
        await pilot.resize_terminal(59, 30)
        await pilot.pause(0.2)
        assert "This window is 59x30" in screen_text(app)
        await pilot.press("q")
        await pilot.pause()
    assert app.farewell.startswith("Your progress is saved in")
    assert open_store("tiny").load().position.step == 1  # nothing recorded was lost


async def test_ctrl_q_quits_and_says_where_progress_is_kept() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--profile", "ctrl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert 'Run "checkup" again to carry on' in app.farewell


async def test_guest_mode_does_not_promise_to_carry_on() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.farewell == "Guest mode: nothing was kept on disk."


async def test_narrow_footers_leave_out_what_the_action_bar_shows_and_keep_quit() -> None:
    app = make_app("--region", "GB", "--surface", "ios", "--surface", "android", "--guest")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert footer_keys(app) == ["QR", "Device", "Help", "Quit"]
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        assert footer_keys(app) == ["Next", "Skip", "Back", "Can't find", "QR", "Device", "Help",
                                    "Quit"]


async def test_dialogs_show_their_own_keys_and_scroll_from_the_keyboard() -> None:
    app = make_app("--region", "GB", "--surface", "ios", "--guest")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert footer_keys(app) == ["Close"]
        body = app.screen.query_one(".dialog-body")
        assert body.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert footer_keys(app) == ["Cancel"]


async def test_region_footer_shows_how_to_move_and_quit_while_typing() -> None:
    app = make_app("--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert footer_keys(app) == ["Move", "Back", "Quit"]
        await pilot.press(*"uni", "down", "down", "enter")
        await pilot.pause()
        assert app.session.country == "GB"  # United Arab Emirates, then United Kingdom


async def test_a_small_window_shows_the_step_before_the_why() -> None:
    app = make_app("--region", "GB", "--surface", "desktop", "--guest")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        body = app.screen.query_one("#body")
        step = app.screen.query_one("#step")
        assert step.region.bottom <= body.region.bottom  # visible without scrolling
        assert "Open linkedin.com in your web browser" in str(step.render())
        link = app.screen.query_one("#link")
        assert link.region.height == 2  # folded onto two lines, not cut off


async def test_progress_reads_without_colour() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = str(app.screen.query_one("#progress").render())
        assert bar == "─" * 30 + " 0 of 4 items done"  # moving through steps moves nothing
        await to_the_question(pilot)
        await pilot.press("y", "g")  # it reads Off; go on
        await pilot.pause()
        bar = str(app.screen.query_one("#progress").render())
        done = round(30 * 1 / 4)
        assert bar == "━" * done + "─" * (30 - done) + " 1 of 4 items done"  # thick done


async def test_ticked_and_unticked_devices_differ_without_colour() -> None:
    app = make_app("--region", "DE", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in ("welcome", "what applies"):
            await pilot.press("enter")
            await pilot.pause()
        assert screen_name(app) == "DevicesScreen"
        devices = app.screen.query_one("#devices")
        rows = [devices.render_line(y).text for y in range(3)]
        assert [row[:3] for row in rows] == ["▐X▌", "▐ ▌", "▐ ▌"]
        await pilot.press("down", "space")
        await pilot.pause()
        assert devices.render_line(1).text[:3] == "▐X▌"


async def test_prefer_not_to_say_then_quitting_resumes_at_the_devices() -> None:
    app = make_app("--profile", "secret")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "home", "enter")  # welcome; the first option: not saying
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        await pilot.press("q")
        await pilot.pause()
    assert open_store("secret").load().region_declined
    again = make_app("--profile", "secret")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert footer_keys(again)[0] == "Resume"
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(again) == "DevicesScreen"
        assert again.session.country is None and again.session.country_chosen


async def test_coming_back_with_only_skipped_items_goes_through_them() -> None:
    app = make_app("--region", "DE", "--surface", "desktop", "--profile", "skipper")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while screen_name(app) != "SummaryScreen":
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("enter")  # "I'll do it later"
            await pilot.pause()
        assert 'Run "checkup" again to go through what you skipped' in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
    again = make_app("--region", "DE", "--surface", "desktop", "--profile", "skipper")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(again) == "StepScreen"
        assert again.screen.item_task.item.id == "ai-training"


async def test_help_lists_v_only_when_there_is_another_device() -> None:
    for surfaces, listed in ((("desktop",), False), (("desktop", "ios"), True)):
        argv = [arg for s in surfaces for arg in ("--surface", s)]
        app = make_app("--region", "DE", *argv, "--guest")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            assert ("show the steps for another of your devices" in screen_text(app)) == listed


async def test_v_goes_round_every_device_and_names_the_next() -> None:
    app = make_app("--region", "US", "--surface", "desktop", "--surface", "ios", "--surface",
                   "android", "--guest")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = []
        for _ in range(4):
            seen.append((app.screen.surface, str(app.screen.query_one("#step").render())))
            await pilot.press("v")
            await pilot.pause()
    assert [s for s, _ in seen] == ["desktop", "ios", "android", "desktop"]
    assert "(v: iPhone steps)" in seen[0][1] and "(v: Android steps)" in seen[1][1]
    assert "(v: Desktop web steps)" in seen[2][1]


async def test_a_long_link_is_cut_after_a_slash_not_in_a_word() -> None:
    app = make_app("--region", "GB", "--surface", "desktop", "--guest")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        link = app.screen.query_one("#link")
        assert link.text == ("https://www.linkedin.com/mypreferences/d/settings/\n"
                             "data-for-ai-improvement")
        assert link.url == "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
