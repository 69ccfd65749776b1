"""What applies where the person lives, item by item, and why, with the source and the date."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.flow import Task
from checkup.report import alike_regions, region_answer
from checkup.screens import navigation
from checkup.screens.common import ActionBar, Keys, plain, status_line
from checkup.wording import items_left


def _source_line(task: Task, ids: tuple[str, ...]) -> Text:
    """Each source, its address on a line of its own, so it is never split between two."""
    sources = [task.guide.sources[s] for s in ids if s in task.guide.sources]
    out = Text()
    for n, source in enumerate(sources):
        out.append("\n" if n else "")
        out.append("Source: ", style="dim")
        out.append(f"{source.title}, {source.date}:\n{source.url}")
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
                    for names, outcome in alike_regions(rep.by_region):
                        line = Text(region_answer(names, outcome), style="bold")
                        line.append(f" {outcome.reason}")
                        yield Static(line, classes="reason")
                    yield Static(_source_line(task, rep.source_ids()), classes="source")
            yield Static(plain(items_left(session)), classes="note")
        yield ActionBar([("Continue (enter)", "next"), ("Back (b)", "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        # The text is what may need scrolling: arrows and page keys scroll it.
        self.query_one("#body").focus()

    def action_next(self) -> None:
        navigation.after_outcome(self.app)

    def action_back(self) -> None:
        navigation.go_back(self.app)
