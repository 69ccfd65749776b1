"""Which screen shows which stage: a table. The order of the stages is the session's
(checkup.session.stages); screens never import this module, they ask the app to go on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkup.screens.devices import DevicesScreen
from checkup.screens.guides import GuidesScreen
from checkup.screens.outcome import OutcomeScreen
from checkup.screens.region import RegionScreen
from checkup.screens.step import StepScreen
from checkup.screens.summary import SummaryScreen
from checkup.screens.welcome import WelcomeScreen
from checkup.session.stages import DEVICES, GUIDES, OUTCOME, REGION, STEPS, SUMMARY, WELCOME

if TYPE_CHECKING:
    from textual.screen import Screen

    from checkup.session.session import Session

SCREENS: dict[str, type[Screen]] = {
    WELCOME: WelcomeScreen,
    GUIDES: GuidesScreen,
    REGION: RegionScreen,
    OUTCOME: OutcomeScreen,
    DEVICES: DevicesScreen,
    STEPS: StepScreen,
    SUMMARY: SummaryScreen,
}


def screen_for(stage: str, session: Session) -> Screen:
    if stage == STEPS:  # the steps open where the person is
        pos = session.start_position()
        if pos is not None:
            return StepScreen(pos, session.start_surface())
        return SummaryScreen()
    return SCREENS[stage]()
