"""What applies where the person lives, item by item, and why, with the source and the date."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from checkup.screens.common import ActionBar, FoldedLink, Keys, SafeText, plain, status_line
from checkup.screens.styles import styles_beside
from checkup.session.keys import BACK_BOUND
from checkup.session.stages import OUTCOME
from checkup.session.views import SourceRow, outcome_view
from checkup.support.i18n import N_, _


def _sources(sources: tuple[SourceRow, ...]) -> Iterator[Widget]:
    """Each source, its address on a line of its own (cut after a "/" if it must be)."""
    for source in sources:
        line = SafeText(_("Source: "), style="dim")
        line.append(_("{title}, {date}:").format(title=source.title, date=source.date))
        yield Static(line, classes="source")
        # text only, never a link: a source may be on any site
        yield FoldedLink(source.url, classes="source-link")
        if source.read_at:  # the copy actually read: text only, never a link (it may be http)
            yield Static(plain(_("Read on a stored copy: {address}").format(
                address=source.read_at)), classes="source")


class OutcomeScreen(Screen):
    CSS = styles_beside(__name__, "outcome.tcss")
    BINDINGS = [
        Binding("enter", "next", N_("Continue")),
        Binding(BACK_BOUND, "back", N_("Back")),
    ]

    def compose(self) -> ComposeResult:
        shown = outcome_view(self.app.session)
        with VerticalScroll(id="body"):
            yield Static(SafeText(_("What applies to you: {where}").format(where=shown.where),
                                  style="bold"), classes="title")
            yield Static(plain(_("As of {day}.").format(day=shown.on)), classes="dim")
            for row in shown.rows:
                title = SafeText(row.title, style="bold")
                if row.is_main:
                    title.append("  " + _("(the main setting)"), style="italic")
                yield Static(title, classes="item-title")
                if row.for_country:
                    yield Static(status_line(row.status, row.since), classes=f"status {row.status}")
                    yield Static(plain(row.reason), classes="reason")
                for answer, why in row.regions:
                    line = SafeText(answer, style="bold")
                    line.append(f" {why}")
                    yield Static(line, classes="reason")
                yield from _sources(row.sources)
            yield Static(plain(shown.left), classes="note")
        yield ActionBar([(_("Continue (enter)"), "next"), (_("Back (b)"), "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        # The text is what may need scrolling: arrows and page keys scroll it.
        self.query_one("#body").focus()

    def action_next(self) -> None:
        self.app.advance(OUTCOME)

    def action_back(self) -> None:
        self.app.back()
