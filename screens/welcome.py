"""Welcome: what this is, how long it takes, the promise, and resume."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from checkup.screens import navigation
from checkup.wording import WELCOME_TITLE, welcome_paragraphs


class WelcomeScreen(Screen):
    BINDINGS = [
        Binding("enter", "start", "Start", show=True, priority=False),
        Binding("r", "resume", "Resume"),
    ]

    def compose(self) -> ComposeResult:
        session = self.app.session
        platforms = ", ".join(g.platform for g in session.guides) or "no guide could be loaded"
        with VerticalScroll(id="body"):
            # One widget for the text: each widget costs start-up time, and this is the first
            # screen a person waits for.
            what, promise = welcome_paragraphs(platforms)
            text = Text()
            text.append(f"{WELCOME_TITLE}\n\n", style="bold")
            text.append(f"{what}\n\n")
            text.append(promise, style="bold")
            if session.has_work_in_progress():
                text.append("\n\nYou have a checkup in progress.")
            yield Static(text, id="welcome-text")
        with Horizontal(classes="actions"):
            if session.has_work_in_progress():
                yield Button("Resume where I stopped (r)", id="resume", variant="primary")
                yield Button("Start again (enter)", id="start")
            else:
                yield Button("Start (enter)", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(".actions Button").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_resume() if event.button.id == "resume" else self.action_start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "resume" or self.app.session.has_work_in_progress()

    def action_start(self) -> None:
        navigation.after_welcome(self.app)

    def action_resume(self) -> None:
        if self.app.session.has_work_in_progress():
            navigation.resume(self.app)
