"""Which screen shows which stage: a table. The order of the stages is the session's
(checkup.session.stages); screens never import this module, they ask the app to go on.

Each screen's module is imported when its stage is first reached: importing all of them before
the welcome screen is drawn would delay the first frame a person waits for."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from checkup.session.stages import DEVICES, GUIDES, OUTCOME, REGION, STEPS, SUMMARY, WELCOME

if TYPE_CHECKING:
    from textual.screen import Screen

    from checkup.session.session import Session

SCREENS: dict[str, str] = {
    WELCOME: "checkup.screens.welcome:WelcomeScreen",
    GUIDES: "checkup.screens.guides:GuidesScreen",
    REGION: "checkup.screens.region:RegionScreen",
    OUTCOME: "checkup.screens.outcome:OutcomeScreen",
    DEVICES: "checkup.screens.devices:DevicesScreen",
    STEPS: "checkup.screens.step:StepScreen",
    SUMMARY: "checkup.screens.summary:SummaryScreen",
}


def screen_class(stage: str) -> type[Screen]:
    module, name = SCREENS[stage].split(":")
    return getattr(import_module(module), name)


def screen_for(stage: str, session: Session) -> Screen:
    if stage == STEPS:  # the steps open where the person is
        pos = session.start_position()
        if pos is not None:
            return screen_class(STEPS)(pos, session.start_surface())
        return screen_class(SUMMARY)()
    return screen_class(stage)()
