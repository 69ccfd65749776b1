"""The record says what happened: in the wizard, moving through steps records nothing, and what
an item is recorded as is the person's answer at its end, in the item's own terms."""

from __future__ import annotations

from wizard_helpers import make_app, press_until, screen_name, screen_text

from checkup.cli.main import main

GERMAN_DESKTOP = ("--region", "DE", "--surface", "desktop", "--profile", "p")


def saved():
    from checkup.profile.store import open_store

    return open_store("p").load()


def recorded(item: str) -> str | None:
    record = saved().item("linkedin", item)
    return record.state if record else None



async def test_forward_and_back_through_every_step_records_nothing() -> None:
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        for key in ("n", "enter", "space", "right", "n"):  # every key that goes on
            await pilot.press(key)
            await pilot.pause()
        assert app.screen.pos.step == 5  # the last of six steps, on the main item
        for key in ("left", "b", "left"):
            await pilot.press(key)
            await pilot.pause()
        assert app.screen.pos.step == 2
        await press_until(pilot, "ItemQuestionScreen")
        assert "Does it now read Off?" in screen_text(app)
        await pilot.press("enter")  # enter alone is no answer
        await pilot.pause()
        assert screen_name(app) == "ItemQuestionScreen"
        await pilot.press("escape")  # back to the steps, nothing recorded
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
    assert recorded("ai-training") is None
    assert not saved().guides or all(
        not g.items for g in saved().guides.values())


async def test_yes_at_the_end_records_done_and_leads_to_the_checkpoint() -> None:
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("y")
        await pilot.pause()
        assert screen_name(app) == "CheckpointScreen"
        text = screen_text(app)
        assert "The important part is done." in text
        # the related items still to do where Germany's rules apply, with the guide's times
        assert "3 related items are left for LinkedIn; they take about 18 minutes." in text
        await pilot.press("x")  # stop here
        await pilot.pause()
        assert screen_name(app) == "SummaryScreen"
        text = screen_text(app)
        assert "switched off" in text and "All done" not in text
        assert "What switching it off does not do" in text
    assert recorded("ai-training") == "done"
    assert recorded("objection-form") is None  # stopping leaves it to do, unrecorded


async def test_later_is_to_do_and_status_reminds(run_cli) -> None:
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("l")
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.screen.item_task.item.id == "objection-form"
    assert recorded("ai-training") == "later"
    code, out, _ = run_cli("status", "--profile", "p", "--exit-code")
    assert code == 1
    assert "you put it off for later" in out


async def test_skip_at_the_end_asks_why_and_back_onto_it_keeps_it_skipped() -> None:
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("s")
        await pilot.pause()
        assert screen_name(app) == "SkipScreen"
        await pilot.press("enter")  # the first reason
        await pilot.pause()
        assert app.screen.item_task.item.id == "objection-form"
        assert recorded("ai-training") == "skipped"
        # back onto the skipped item, through its steps and forward again
        await pilot.press("b")
        await pilot.pause()
        assert app.screen.item_task.item.id == "ai-training"
        assert "You skipped this" in screen_text(app)
        await press_until(pilot, "ItemQuestionScreen")
        assert "Leave it as it is (skipped)" in screen_text(app)
        await pilot.press("k")
        await pilot.pause()
        assert app.screen.item_task.item.id == "objection-form"
    assert recorded("ai-training") == "skipped"
    assert saved().item("linkedin", "ai-training").reason == "I don't want to change this"


async def test_a_request_is_asked_whether_it_was_sent_and_said_so_in_the_summary() -> None:
    main(["mark", "linkedin", "ai-training", "done", "--profile", "p"])
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.item_task.item.id == "objection-form"
        # what the form does not do is said before its first step
        assert "It is a request that LinkedIn reviews, not a switch" in screen_text(app)
        await press_until(pilot, "ItemQuestionScreen")
        text = screen_text(app)
        assert "Did you send it?" in text and "What happens next:" in text
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert recorded("objection-form") == "done"


async def test_the_step_that_cannot_be_undone_is_warned_of_and_asked_about_first() -> None:
    for item in ("ai-training", "objection-form", "download-data"):
        main(["mark", "linkedin", item, "done", "--profile", "p"])
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.item_task.item.id == "delete-data"
        assert "Cannot be undone: Closing your account" in screen_text(app)  # at its start
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.pos.step == 1
        await pilot.press("n")
        await pilot.pause()
        assert screen_name(app) == "ConfirmStepScreen"
        assert "The next step cannot be undone" in screen_text(app)
        await pilot.press("n")  # leave that step out: on to the question
        await pilot.pause()
        assert screen_name(app) == "ItemQuestionScreen"
        await pilot.press("b")
        await pilot.pause()
        # back to the steps: the last one is asked about again before it is shown
        assert screen_name(app) == "ConfirmStepScreen"
        await pilot.press("y")
        await pilot.pause()
        assert screen_name(app) == "StepScreen" and app.screen.pos.step == 2
        assert "close your account" in screen_text(app)
    assert recorded("delete-data") is None


async def test_the_summary_says_each_state_in_its_own_words() -> None:
    for item, state in (("ai-training", "done"), ("objection-form", "done"),
                        ("download-data", "later")):
        main(["mark", "linkedin", item, state, "--profile", "p"])
    main(["mark", "linkedin", "delete-data", "skipped", "--reason", "keeping my account",
          "--profile", "p"])
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.screen.item_task.item.id == "download-data"  # later: still to do, first
        app.advance("steps")
        await pilot.pause()
        text = screen_text(app)
    assert "[x] Turn off \"Data for Generative AI Improvement\": switched off" in text
    assert "[x] Object to other AI uses with the Data Processing Objection Form: sent" in text
    assert "LinkedIn reviews your request" in text  # what happens next, for the form
    assert "[ ] Get a copy of your LinkedIn data: for later (to do)" in text
    assert "[-] Delete data you no longer want on LinkedIn: skipped" in text
    assert "keeping my account" in text
    assert "[/] Stop sharing your data with Microsoft for ads: not applicable" in text
    assert "All done" not in text


async def test_nothing_switched_off_says_nothing_of_what_switching_off_does_not_do() -> None:
    main(["mark", "linkedin", "ai-training", "later", "--profile", "p"])
    app = make_app(*GERMAN_DESKTOP)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        app.advance("steps")
        await pilot.pause()
        text = screen_text(app)
    assert "What switching it off does not do" not in text


async def test_returning_the_welcome_says_what_was_done_and_what_is_left() -> None:
    app = make_app("--region", "DE", "--profile", "p")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # start, what applies in Germany, the devices (desktop is ticked)
        await press_until(pilot, "StepScreen", key="enter", limit=4)
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("g")  # go on to the related items
        await pilot.pause()
        await press_until(pilot, "ItemQuestionScreen")
        await pilot.press("l")
        await pilot.pause()
    app = make_app("--region", "DE", "--profile", "p")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Last time: 1 done, 1 for later, 0 skipped; 3 left to do." in text
        await pilot.press("enter")  # resume: on to what is left
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        assert app.screen.item_task.item.id == "download-data"
