"""The shape of a dialog that only gives text to read: the text scrolls, and the way out stays
below it, outside the scrolling, so a short window never hides it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen

from checkup.screens.common import ActionBar, Keys
from checkup.screens.styles import styles_beside
from checkup.support.i18n import _


class TextDialog(ModalScreen[None]):
    """Subclasses give the text (body) and the keys that close it (BINDINGS to "close"): escape
    first, as the action bar says, and b, the wizard's back key, too."""

    CSS = styles_beside(__name__, "dialog.tcss")

    def body(self) -> ComposeResult:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            with VerticalScroll(classes="dialog-body"):
                yield from self.body()
            yield ActionBar([(_("Close (escape)"), "close")])
        yield Keys()

    def on_mount(self) -> None:
        self.query_one(".dialog-body").focus()  # arrows and page keys scroll the text

    def action_close(self) -> None:
        self.dismiss()
