"""After the main item is confirmed: the important part is done; the related items are offered
as a choice, with about how long they take, or stopping there."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.session.views import CheckpointView
from checkup.support.i18n import N_, _


class CheckpointScreen(ModalScreen[bool]):
    """Dismissed with True to go on, False to stop here."""

    CSS = styles_beside(__name__, "dialog.tcss")
    BINDINGS = [
        Binding("g,enter", "go_on", N_("Go on")),
        Binding("x", "stop", N_("Stop here")),
    ]

    def __init__(self, shown: CheckpointView) -> None:
        super().__init__()
        self.shown = shown

    def compose(self) -> ComposeResult:
        shown = self.shown
        with Vertical(id="dialog"):
            yield Static(SafeText(shown.title, style="bold"), id="celebrate", classes="title")
            yield Static(plain(shown.done))
            yield Static(plain(shown.offer))
            yield ActionBar([(_("{label} ({key})").format(label=shown.go_on, key="g"), "go_on"),
                             (_("{label} ({key})").format(label=shown.stop, key="x"), "stop")])
        yield Keys()

    def action_go_on(self) -> None:
        self.dismiss(True)

    def action_stop(self) -> None:
        self.dismiss(False)
