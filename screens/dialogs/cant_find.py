""""I can't find it": why a setting may be missing, and the fallback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.session.flow import Task
from checkup.words.i18n import _
from checkup.words.wording import CANT_FIND_SKIP


class CantFindScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,h,q", "close", _("Close"))]

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.item_task = task

    def compose(self) -> ComposeResult:
        item = self.item_task.item
        # The close button stays outside the scrolling text, so a short window never hides it.
        with Vertical(id="dialog"):
            with VerticalScroll(classes="dialog-body"):
                title = SafeText(_("Can't find it? {item}").format(item=item.title),
                                 style="bold")
                yield Static(title, classes="title")
                for line in item.help:
                    yield Static(plain(f"• {line}"))
                yield Static(plain(_("The direct link: {link}").format(link=item.link)))
                yield Static(plain(CANT_FIND_SKIP),
                             classes="dim")
            yield ActionBar([(_("Close (escape)"), "close")])
        yield Keys()

    def on_mount(self) -> None:
        self.query_one(".dialog-body").focus()  # arrows and page keys scroll the help

    def action_close(self) -> None:
        self.dismiss()
