"""Summary: what is done, skipped and not applicable, what it does not do, and what next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.screens import navigation
from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.session.session import NOT_APPLICABLE, SKIPPED, TODO
from checkup.words.wording import (
    ALL_DONE,
    ALL_DONE_MORE,
    DOES_NOT_TITLE,
    NEXT_TITLE,
    SO_FAR,
    SUMMARY_MARKS,
    SUMMARY_WORDS,
    all_done,
    counts_line,
    next_steps,
)


class SummaryScreen(Screen):
    CSS = styles_beside(__name__, "summary.tcss")
    BINDINGS = [Binding("enter", "finish", "Finish"), Binding("b", "back", "Back")]

    def compose(self) -> ComposeResult:
        session = self.app.session
        plan = session.plan
        counts = session.counts()
        with VerticalScroll(id="body"):
            if all_done(counts):
                yield Static(SafeText(ALL_DONE, style="bold"), id="celebrate")
                yield Static(plain(ALL_DONE_MORE))
            else:
                yield Static(SafeText(SO_FAR, style="bold"), classes="title")
            yield Static(plain(counts_line(counts)))
            for task in plan.tasks:
                state = NOT_APPLICABLE if task.not_offered else session.state(task)
                if state not in SUMMARY_MARKS:
                    state = TODO
                line = SafeText()
                line.append(f"{SUMMARY_MARKS[state]} ", style="bold")
                line.append(task.item.title)
                line.append(f": {SUMMARY_WORDS[state]}", style="dim")
                yield Static(line, classes=f"summary-line {state}")
                why = session.reason(task) if state in (SKIPPED, NOT_APPLICABLE) else ""
                if why:
                    yield Static(plain(why), classes="summary-reason")
            main = next((t for t in plan.tasks if t.is_main), None)
            if main:
                yield Static(SafeText(DOES_NOT_TITLE, style="bold"),
                             classes="title")
                for line in main.item.does_not:
                    yield Static(plain(f"• {line}"))
            yield Static(SafeText(NEXT_TITLE, style="bold"), classes="title")
            for line in [*next_steps(counts, session.recorder.keeps_progress()),
                         session.recorder.describe()]:
                yield Static(plain(f"• {line}"))
        yield ActionBar([("Finish (enter)", "finish"), ("Back (b)", "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        # The text is what may need scrolling: arrows and page keys scroll it.
        self.query_one("#body").focus()

    def action_finish(self) -> None:
        self.app.action_quit_saving()

    def action_back(self) -> None:
        navigation.go_back(self.app)
