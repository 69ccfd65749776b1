"""After a service's main item is confirmed: the important part is done; its related items are
offered as a choice, with about how long they take, or the next service (or, when no service's
main item is left, stopping there)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.session import stages
from checkup.session.views import CheckpointView
from checkup.support.i18n import N_, _


class CheckpointScreen(ModalScreen[str]):
    """Dismissed with the answer: stages.RELATED, stages.NEXT_SERVICE or stages.STOP."""

    CSS = styles_beside(__name__, "dialog.tcss")
    BINDINGS = [
        Binding("g,enter", "go_on", N_("Go on")),
        Binding("n", "next_service", N_("Next service")),
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
            for title in shown.related:  # this service's items, under its name in `offer`
                yield Static(plain(f"  • {title}"))
            if shown.later:
                yield Static(plain(shown.later))
            second = ("next_service", "n") if shown.second == stages.NEXT_SERVICE else (
                "stop", "x")
            yield ActionBar([(_("{label} ({key})").format(label=shown.go_on, key="g"), "go_on"),
                             (_("{label} ({key})").format(label=shown.stop, key=second[1]),
                              second[0])])
        yield Keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The second answer is the next service while one's main item is left, else stopping.
        if action == "next_service":
            return self.shown.second == stages.NEXT_SERVICE
        if action == "stop":
            return self.shown.second == stages.STOP
        return True

    def action_go_on(self) -> None:
        self.dismiss(stages.RELATED)

    def action_next_service(self) -> None:
        self.dismiss(stages.NEXT_SERVICE)

    def action_stop(self) -> None:
        self.dismiss(stages.STOP)
