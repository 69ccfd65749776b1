"""Which screen comes next: the wizard's order in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from checkup.session.session import Session


def first_screen(session: Session) -> Screen:
    from checkup.screens.welcome import WelcomeScreen

    if not (session.asks_region or session.asks_devices):
        return steps_screen(session)  # workshops and scripts open at the first step
    return WelcomeScreen()


def after_welcome(app: App) -> None:
    from checkup.screens.guides import GuidesScreen
    from checkup.screens.region import RegionScreen

    session = app.session
    if session.asks_guides:
        app.push_screen(GuidesScreen())
    elif session.asks_region:
        app.push_screen(RegionScreen())
    else:
        after_region(app)


def after_guides(app: App) -> None:
    from checkup.screens.region import RegionScreen

    if app.session.asks_region:
        app.push_screen(RegionScreen())
    else:
        after_region(app)


def after_region(app: App) -> None:
    from checkup.screens.outcome import OutcomeScreen

    app.push_screen(OutcomeScreen())


def after_outcome(app: App) -> None:
    from checkup.screens.devices import DevicesScreen

    if app.session.asks_devices:
        app.push_screen(DevicesScreen())
    else:
        app.push_screen(steps_screen(app.session))


def after_devices(app: App) -> None:
    app.push_screen(steps_screen(app.session))


def resume(app: App) -> None:
    from checkup.screens.devices import DevicesScreen

    # Stopped before the devices question: that is where to carry on.
    app.push_screen(steps_screen(app.session) if app.session.ready_for_steps
                    else DevicesScreen())


def steps_screen(session: Session) -> Screen:
    from checkup.screens.step import StepScreen
    from checkup.screens.summary import SummaryScreen

    pos = session.start_position()
    return SummaryScreen() if pos is None else StepScreen(pos, session.start_surface())


def go_back(app: App, at_start: str = "This is the first screen.") -> None:
    """Back one screen; the first screen has nothing behind it, so say so instead."""
    from checkup.support.safe_text import printable

    if len(app.screen_stack) > 1:
        app.pop_screen()
    else:
        app.notify(printable(at_start), timeout=3, markup=False)
