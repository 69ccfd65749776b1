"""What applies where the person lives, item by item, and why, with the source and the date."""

from __future__ import annotations

from checkup.screens import navigation
from checkup.screens.common import plain, status_line
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from checkup.flow import Task


def _source_line(task: Task, ids: tuple[str, ...]) -> Text:
    sources = [task.guide.sources[s] for s in ids if s in task.guide.sources]
    out = Text("Source: ", style="dim")
    out.append("; ".join(f"{s.title}, {s.date}: {s.url}" for s in sources))
    return out


class OutcomeScreen(Screen):
    BINDINGS = [
        Binding("enter", "next", "Continue"),
        Binding("b,escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        session = self.app.session
        plan = session.plan
        where = (f"{session.regions.name(session.country)} ({session.country})"
                 if session.country else "every region (you preferred not to say)")
        with VerticalScroll(id="body"):
            yield Static(Text(f"What applies to you: {where}", style="bold"), classes="title")
            yield Static(plain(f"As of {plan.on.isoformat()}."), classes="dim")
            for task in plan.tasks:
                rep = task.report
                title = Text(task.item.title, style="bold")
                if task.is_main:
                    title.append("  (the main setting)", style="italic")
                yield Static(title, classes="item-title")
                if rep.outcome:
                    since = rep.outcome.since.isoformat() if rep.outcome.since else None
                    yield Static(status_line(rep.status, since), classes=f"status {rep.status}")
                    yield Static(plain(rep.outcome.reason), classes="reason")
                    yield Static(_source_line(task, rep.outcome.sources), classes="source")
                else:
                    for row in rep.by_region:
                        line = Text(f"{row.region}: ", style="bold")
                        line.append(row.outcome.status)
                        if row.outcome.since:
                            line.append(f" since {row.outcome.since.isoformat()}", style="dim")
                        line.append(f". {row.outcome.reason}")
                        yield Static(line, classes="reason")
            todo = len(plan.todo)
            yield Static(plain(f"{todo} item(s) to go through; "
                               f"{len(plan.not_applicable)} not offered where you live."),
                         classes="note")
        with Horizontal(classes="actions"):
            yield Button("Continue (enter)", id="next", variant="primary")
            yield Button("Back (b)", id="back")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#next").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_next() if event.button.id == "next" else self.action_back()

    def action_next(self) -> None:
        navigation.after_outcome(self.app)

    def action_back(self) -> None:
        navigation.go_back(self.app)
