"""Welcome: what this is, how long it takes, the promise, and resume."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.screens import navigation
from checkup.screens.common import ActionBar, Keys, SafeText
from checkup.words.wording import WELCOME_TITLE, welcome_paragraphs


class WelcomeScreen(Screen):
    BINDINGS = [
        # enter resumes when there is a checkup to resume, else starts: the footer says which
        Binding("enter", "resume", "Resume"),
        Binding("enter", "start", "Start"),
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
            text = SafeText()
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
        # "Resume" and "Start again" only mean something when there is a checkup to resume,
        # and then enter resumes rather than starts.
        in_progress = self.app.session.has_work_in_progress()
        if action in ("resume", "start_again"):
            return in_progress
        return action != "start" or not in_progress

    def action_start(self) -> None:
        navigation.after_welcome(self.app)

    def action_start_again(self) -> None:
        self.action_start()

    def action_resume(self) -> None:
        if self.app.session.has_work_in_progress():
            navigation.resume(self.app)
