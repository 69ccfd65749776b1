"""What applies where the person lives, item by item: the answer in a sentence and why; on
request (m, "More"), the answers over time and the sources."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, instead_lines, plain, status_line
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.folded_link import FoldedLink
from checkup.session.keys import BACK_BOUND
from checkup.session.stages import OUTCOME
from checkup.session.views import OutcomeRow, SourceRow, outcome_view
from checkup.support.i18n import N_, _


def _sources(sources: tuple[SourceRow, ...]) -> Iterator[Widget]:
    """Each source, its address on a line of its own (cut after a "/" if it must be)."""
    for source in sources:
        line = SafeText(_("Source: "), style="dim")
        line.append(_("{title}, {date}:").format(title=source.title, date=source.date))
        yield Static(line, classes="source more")
        # text only, never a link: a source may be on any site
        yield FoldedLink(source.url, classes="source-link more")
        if source.read_at:  # the copy actually read: text only, never a link (it may be http)
            yield Static(plain(_("Read on a stored copy: {address}").format(
                address=source.read_at)), classes="source more")


def _history(row: OutcomeRow) -> Iterator[Widget]:
    """The answers over time, oldest first, the one that holds now marked; shown on request."""
    if not row.history:
        return
    yield Static(SafeText(_("Over time:"), style="bold"), classes="history-title more")
    for line in row.history:
        said = SafeText(line.said, style="bold" if line.in_force else "")
        if line.in_force:
            said.append("  " + _("(the answer now)"), style="italic")
        if line.why:
            said.append("\n")
            said.append(line.why, style="dim")
        yield Static(said, classes="history more")


class OutcomeScreen(Screen):
    CSS = styles_beside(__name__, "outcome.tcss")
    BINDINGS = [
        Binding("enter", "next", N_("Continue")),
        Binding("m", "more", N_("More")),
        Binding(BACK_BOUND, "back", N_("Back")),
    ]

    def compose(self) -> ComposeResult:
        shown = outcome_view(self.app.session)
        with VerticalScroll(id="body"):
            yield Static(SafeText(_("What applies to you: {where}").format(where=shown.where),
                                  style="bold"), classes="title")
            yield Static(plain(_("As of {day}.").format(day=shown.on)), classes="dim")
            yield Static(plain(_("Press m for more: how each answer changed over time, and "
                                 "the sources.")), classes="dim less")
            for row in shown.rows:
                if row.service:  # several services: each one's items under its name
                    yield Static(SafeText(row.service, style="bold"), classes="title")
                title = SafeText(row.title, style="bold")
                if row.is_main:
                    title.append("  " + _("(the main setting)"), style="italic")
                yield Static(title, classes="item-title")
                if row.for_country:
                    yield Static(status_line(row.status, row.answer),
                                 classes=f"status {row.status}")
                    yield Static(plain(row.reason), classes="reason")
                if row.audience:
                    yield Static(plain(row.audience), classes="reason")
                for answer, why in row.regions:
                    line = SafeText(answer, style="bold")
                    line.append(f" {why}")
                    yield Static(line, classes="reason")
                for note in row.notes:
                    yield Static(SafeText(note, style="italic"), classes="reason")
                yield from instead_lines(row.instead, row.instead_does_not)
                yield from _history(row)
                yield from _sources(row.sources)
            yield Static(plain(shown.left), classes="note")
        yield ActionBar([(_("Continue (enter)"), "next"), (_("More (m)"), "more"),
                         (_("Back (b)"), "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        # The text is what may need scrolling: arrows and page keys scroll it.
        self.query_one("#body").focus()

    def action_more(self) -> None:
        """Shows, or hides again, each item's answers over time and its sources."""
        self.toggle_class("-more")

    def action_next(self) -> None:
        self.app.advance(OUTCOME)

    def action_back(self) -> None:
        self.app.back()
