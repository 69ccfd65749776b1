"""What applies where the person lives, item by item, and why, with the source and the date."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from checkup.guides.report import alike_regions, region_answer
from checkup.screens import navigation
from checkup.screens.common import ActionBar, FoldedLink, Keys, SafeText, plain, status_line
from checkup.screens.styles import styles_beside
from checkup.session.flow import Task
from checkup.words.wording import items_left


def _sources(task: Task, ids: tuple[str, ...]) -> Iterator[Widget]:
    """Each source, its address on a line of its own (cut after a "/" if it must be)."""
    for source in (task.guide.sources[s] for s in ids if s in task.guide.sources):
        line = SafeText("Source: ", style="dim")
        line.append(f"{source.title}, {source.date}:")
        yield Static(line, classes="source")
        yield FoldedLink(source.url, url=source.url, classes="source-link")
        if source.read_at:  # the copy actually read: text only, never a link (it may be http)
            yield Static(plain(f"Read on a stored copy: {source.read_at}"), classes="source")


class OutcomeScreen(Screen):
    CSS = styles_beside(__name__, "outcome.tcss")
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
            yield Static(SafeText(f"What applies to you: {where}", style="bold"), classes="title")
            yield Static(plain(f"As of {plan.on.isoformat()}."), classes="dim")
            for task in plan.tasks:
                rep = task.report
                title = SafeText(task.item.title, style="bold")
                if task.is_main:
                    title.append("  (the main setting)", style="italic")
                yield Static(title, classes="item-title")
                if rep.outcome:
                    since = rep.outcome.since.isoformat() if rep.outcome.since else None
                    yield Static(status_line(rep.status, since), classes=f"status {rep.status}")
                    yield Static(plain(rep.outcome.reason), classes="reason")
                    yield from _sources(task, rep.outcome.sources)
                else:
                    for names, outcome in alike_regions(rep.by_region):
                        line = SafeText(region_answer(names, outcome), style="bold")
                        line.append(f" {outcome.reason}")
                        yield Static(line, classes="reason")
                    yield from _sources(task, rep.source_ids())
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
