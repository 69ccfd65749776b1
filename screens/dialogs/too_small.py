"""Said in place of the wizard while the window is smaller than the wizard can be used in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import SafeText
from checkup.screens.sizes import MIN_COLUMNS, MIN_ROWS
from checkup.screens.styles import styles_beside
from checkup.support.i18n import N_, _


class TooSmallScreen(ModalScreen[None]):
    """Covers everything, so no half-drawn dialog or cut-off button is shown; goes away by
    itself once the window is big enough. Nothing recorded is touched; q still quits."""

    CSS = styles_beside(__name__, "too_small.tcss")
    BINDINGS = [Binding("q", "app.quit_saving", N_("Quit"))]

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self.show_size(self.app.size.width, self.app.size.height)

    def show_size(self, columns: int, rows: int) -> None:
        self.query_one("#too-small", Static).update(SafeText(
            _("This window is {columns}x{rows}: checkup needs at least {min_columns}x{min_rows}. "
              "Make it bigger (or the font smaller). Your progress is kept; q quits.").format(
                columns=columns, rows=rows, min_columns=MIN_COLUMNS, min_rows=MIN_ROWS)))
