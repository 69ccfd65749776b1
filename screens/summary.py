"""Summary: what is done, skipped and not applicable, what it does not do, and what next."""

from __future__ import annotations

from checkup.screens import navigation
from checkup.screens.common import plain
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from checkup.session import DONE, NOT_APPLICABLE, SKIPPED, TODO

MARKS = {DONE: "[x]", SKIPPED: "[-]", NOT_APPLICABLE: "[ ]", TODO: "[ ]"}
WORDS = {DONE: "done", SKIPPED: "skipped", NOT_APPLICABLE: "not applicable", TODO: "to do"}


class SummaryScreen(Screen):
    BINDINGS = [Binding("b", "back", "Back"), Binding("enter", "finish", "Finish")]

    def compose(self) -> ComposeResult:
        session = self.app.session
        plan = session.plan
        counts = session.counts()
        with VerticalScroll(id="body"):
            if counts[TODO] == 0 and counts[SKIPPED] == 0:
                yield Static(Text("All done. Well done!", style="bold"), id="celebrate")
                yield Static(plain("Every setting that applies to you is switched off."))
            else:
                yield Static(Text("Your checkup so far", style="bold"), classes="title")
            yield Static(plain(
                f"{counts[DONE]} done, {counts[SKIPPED]} skipped, {counts[TODO]} to do, "
                f"{counts[NOT_APPLICABLE]} not applicable."))
            for task in plan.tasks:
                state = NOT_APPLICABLE if task.not_offered else session.state(task)
                if state not in MARKS:
                    state = TODO
                line = Text(f"{MARKS[state]} ", style="bold")
                line.append(task.item.title)
                line.append(f": {WORDS[state]}", style="dim")
                yield Static(line, classes=f"summary-line {state}")
                why = session.reason(task) if state in (SKIPPED, NOT_APPLICABLE) else ""
                if why:
                    yield Static(plain(why), classes="summary-reason")
            main = next((t for t in plan.tasks if t.is_main), None)
            if main:
                yield Static(Text("What switching it off does not do", style="bold"),
                             classes="title")
                for line in main.item.does_not:
                    yield Static(plain(f"• {line}"))
            yield Static(Text("What next", style="bold"), classes="title")
            for line in self._next_steps(counts):
                yield Static(plain(f"• {line}"))
        with Horizontal(classes="actions"):
            yield Button("Finish (enter)", id="finish", variant="primary")
            yield Button("Back (b)", id="back")
        yield Footer()

    def _next_steps(self, counts: dict[str, int]) -> list[str]:
        lines = []
        if counts[TODO] or counts[SKIPPED]:
            lines.append("Run checkup again to finish the items left; it resumes where you "
                         "stopped.")
        lines.append("Platforms change these settings. Run `checkup status` now and then: it "
                     "tells you when a guide has changed and an item needs a re-check.")
        lines.append("Check that it worked: open the setting's link again and see that it "
                     "reads Off.")
        lines.append(self.app.session.recorder.describe())
        return lines

    def on_mount(self) -> None:
        self.query_one("#finish").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_finish() if event.button.id == "finish" else self.action_back()

    def action_finish(self) -> None:
        self.app.action_quit_saving()

    def action_back(self) -> None:
        navigation.go_back(self.app)
