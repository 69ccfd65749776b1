"""Welcome: what this is, how long it takes, the promise, and resume."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.screens import navigation
from checkup.screens.common import ActionBar, Keys
from checkup.wording import WELCOME_TITLE, welcome_paragraphs


class WelcomeScreen(Screen):
    BINDINGS = [
        Binding("enter", "go_on", "Start"),
        Binding("a", "start_again", "Start again"),
        Binding("r", "resume", "Resume", show=False),
    ]

    def compose(self) -> ComposeResult:
        session = self.app.session
        platforms = ", ".join(g.platform for g in session.guides) or "no guide could be loaded"
        in_progress = session.has_work_in_progress()
        with VerticalScroll(id="body"):
            # One widget for the text: each widget costs start-up time, and this is the first
            # screen a person waits for.
            what, promise = welcome_paragraphs(platforms)
            text = Text()
            text.append(f"{WELCOME_TITLE}\n\n", style="bold")
            text.append(f"{what}\n\n")
            text.append(promise, style="bold")
            if in_progress:
                text.append("\n\nYou have a checkup in progress.")
            yield Static(text, id="welcome-text")
        # Clickable words rather than Buttons: a row of Buttons delays the first frame.
        if in_progress:
            yield ActionBar([("Resume where I stopped (enter)", "resume"),
                             ("Start again (a)", "start_again")], id="actions")
        else:
            yield ActionBar([("Start (enter)", "start")], id="actions")
        yield Keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Start again" only means something when there is a checkup to resume.
        return action != "start_again" or self.app.session.has_work_in_progress()

    def action_go_on(self) -> None:
        if self.app.session.has_work_in_progress():
            self.action_resume()
        else:
            self.action_start()

    def action_start(self) -> None:
        navigation.after_welcome(self.app)

    def action_start_again(self) -> None:
        self.action_start()

    def action_resume(self) -> None:
        if self.app.session.has_work_in_progress():
            navigation.resume(self.app)
