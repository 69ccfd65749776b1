"""Building the wizard for tests: fixed day, options as on the command line, plain theme."""

from __future__ import annotations

import datetime as dt
import os

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.screens.app import CheckupApp

DAY = dt.date(2026, 11, 23)


def linkedin_only(argv: list[str] | tuple[str, ...]) -> list[str]:
    """Options for a checkup of LinkedIn alone, as a script or a person who names the service
    gives them (`--guide linkedin`): most wizard tests follow LinkedIn's items, not the
    question of which services a person uses, which has tests of its own. Left as they are
    when a guide is named, a command is given, or the guides are a test's own
    (CHECKUP_CONTENT)."""
    argv = list(argv)
    commands = {"list", "show", "qr", "status", "mark", "export", "workshop", "validate",
                "where", "reset"}
    if ("--guide" in argv or os.environ.get("CHECKUP_CONTENT")
            or any(a in commands for a in argv[:1])):
        return argv
    return [*argv, "--guide", "linkedin"]


def make_app(*argv: str, today: dt.date = DAY, hold_writes: bool = False) -> CheckupApp:
    """`hold_writes`: as `checkup` starts the wizard, the options' answers written once its
    first screen is drawn (a test that uses the session without running the app leaves it)."""
    args = build_parser().parse_args(linkedin_only(argv))
    app = CheckupApp(build_session(args, today=today, hold_writes=hold_writes),
                     theme=args.theme)
    app.animation_level = "none"
    return app


def screen_name(app: CheckupApp) -> str:
    return type(app.screen).__name__


def screen_text(app: CheckupApp) -> str:
    """Everything the current screen shows, as plain text."""
    from textual.widgets import Button, Link, OptionList, Static

    parts = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static | Button):
            parts.append(str(widget.render()))
        elif isinstance(widget, Link):
            parts.append(widget.text)
        elif isinstance(widget, OptionList):  # the choices a list offers (countries, services)
            parts += [str(widget.get_option_at_index(n).prompt)
                      for n in range(widget.option_count)]
    return "\n".join(parts)


def state_of(app: CheckupApp, item_id: str, guide_id: str = "linkedin") -> str:
    session = app.session
    task = next(t for t in session.plan.tasks if t.key == (guide_id, item_id))
    return session.state(task)


async def to_the_question(pilot, limit: int = 30) -> None:
    """Through the current item's steps ("n", recording nothing) to the question at its end;
    a step that cannot be undone is shown ("y": I mean it)."""
    for _ in range(limit):
        name = screen_name(pilot.app)
        if name == "ItemQuestionScreen":
            return
        await pilot.press("y" if name == "ConfirmStepScreen" else "n")
        await pilot.pause()
    raise AssertionError(f"never reached the question; on {screen_name(pilot.app)}")


async def answer_every_item(pilot, answer: str = "y", limit: int = 120) -> None:
    """Through every item to the summary, giving `answer` at the end of each ("y" yes, "l"
    later), going on after the main item and showing every step."""
    for _ in range(limit):
        name = screen_name(pilot.app)
        if name == "SummaryScreen":
            return
        key = {"ItemQuestionScreen": answer, "CheckpointScreen": "g",
               "ConfirmStepScreen": "y"}.get(name, "n")
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"never reached the summary; on {screen_name(pilot.app)}")


async def press_until(pilot, screen: str, key: str = "n", limit: int = 30) -> None:
    """Press `key` until `screen` is in front; fails after `limit` presses."""
    for _ in range(limit):
        if screen_name(pilot.app) == screen:
            return
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"never reached {screen}; on {screen_name(pilot.app)}")


async def _still(pilot) -> None:
    for input_widget in pilot.app.screen.query("Input"):
        input_widget.cursor_blink = False
    await pilot.pause()


def pressing(*keys: str):
    """A snapshot's run_before: press `keys`, waiting for each dialog or screen to open, then
    hold the picture still (no blinking cursor)."""
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            screen = pilot.app.screen
            await pilot.press(key)
            await pilot.pause()
            if key in ("s", "h", "n", "y", "x", "enter", "question_mark") and (
                    pilot.app.screen is screen):
                await pilot.pause(0.2)  # a dialog or a new screen may still be opening
        await _still(pilot)

    return run_before
