"""Summary: what is done, skipped and not applicable, what it does not do, and what next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, instead_lines, plain
from checkup.screens.styles import styles_beside
from checkup.session.keys import BACK_BOUND
from checkup.session.views import summary_view
from checkup.support.i18n import N_, _
from checkup.words.wording import DOES_NOT_TITLE, NEXT_TITLE


class SummaryScreen(Screen):
    CSS = styles_beside(__name__, "summary.tcss")
    BINDINGS = [Binding("enter", "finish", N_("Finish")),
                Binding(BACK_BOUND, "back", N_("Back"))]

    def compose(self) -> ComposeResult:
        shown = summary_view(self.app.session)
        with VerticalScroll(id="body"):
            if shown.all_done:
                yield Static(SafeText(shown.heading, style="bold"), id="celebrate")
                yield Static(plain(shown.more))
            else:
                yield Static(SafeText(shown.heading, style="bold"), classes="title")
            yield Static(plain(shown.counts))
            for row in shown.rows:
                line = SafeText()
                line.append(f"{row.mark} ", style="bold")
                line.append(row.title)
                line.append(f": {row.word}", style="dim")
                yield Static(line, classes=f"summary-line {row.state}")
                if row.reason:
                    yield Static(plain(row.reason), classes="summary-reason")
                for then in row.then:  # a request sent: what happens next
                    yield Static(plain(then), classes="summary-reason")
                yield from instead_lines(row.instead, row.instead_does_not)
            if shown.does_not:
                yield Static(SafeText(_(DOES_NOT_TITLE), style="bold"), classes="title")
                for line in shown.does_not:
                    yield Static(plain(f"• {line}"))
            yield Static(SafeText(_(NEXT_TITLE), style="bold"), classes="title")
            for line in [*shown.next, shown.where_kept]:
                yield Static(plain(f"• {line}"))
        yield ActionBar([(_("Finish (enter)"), "finish"), (_("Back (b)"), "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        # The text is what may need scrolling: arrows and page keys scroll it.
        self.query_one("#body").focus()

    def action_finish(self) -> None:
        self.app.action_quit_saving()

    def action_back(self) -> None:
        """Back to the last step: the steps screen below goes there, and asks first when that
        step cannot be undone."""
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        self.app.back()
        if below is not None and hasattr(below, "back_from_summary"):
            below.back_from_summary()
