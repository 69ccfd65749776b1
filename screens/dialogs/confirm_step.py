"""Before a step that cannot be undone (closing an account): the warning, and whether the person
means it. Either answer records nothing; it only decides whether the step is shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.support.i18n import N_, _
from checkup.words.finishing import CONFIRM_NO, CONFIRM_QUESTION, CONFIRM_YES


class ConfirmStepScreen(ModalScreen[bool | None]):
    """Dismissed with True (show the step), False (leave it out) or None (back a step)."""

    CSS = styles_beside(__name__, "dialog.tcss")
    AUTO_FOCUS = None  # enter alone means nothing here
    BINDINGS = [
        Binding("y", "mean_it", N_("Yes, I mean it")),
        Binding("n", "leave_out", N_("Leave it out")),
        Binding("b,escape", "back", N_("Back")),
    ]

    def __init__(self, title: str, warning: str) -> None:
        super().__init__()
        self.item_title, self.warning = title, warning

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            with VerticalScroll(classes="dialog-body"):
                yield Static(SafeText(self.item_title, style="bold"), classes="title")
                yield Static(SafeText(_(CONFIRM_QUESTION), style="bold"), id="question")
                yield Static(plain(self.warning), id="warning")
            yield ActionBar([(_("{label} ({key})").format(label=_(CONFIRM_YES), key="y"),
                              "mean_it"),
                             (_("{label} ({key})").format(label=_(CONFIRM_NO), key="n"),
                              "leave_out")])
        yield Keys()

    def action_mean_it(self) -> None:
        self.dismiss(True)

    def action_leave_out(self) -> None:
        self.dismiss(False)

    def action_back(self) -> None:
        self.dismiss(None)
