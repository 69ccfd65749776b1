""""I can't find it": why a setting may be missing, and the fallback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from checkup.screens.common import FoldedLink, SafeText, plain
from checkup.screens.dialogs.base import TextDialog
from checkup.session.flow import Task
from checkup.session.keys import BACK
from checkup.support.i18n import N_, _
from checkup.words.wording import CANT_FIND_SKIP


class CantFindScreen(TextDialog):
    BINDINGS = [Binding(f"escape,{BACK},h,q", "close", N_("Close"))]

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.item_task = task

    def body(self) -> ComposeResult:
        item = self.item_task.item
        title = SafeText(_("Can't find it? {item}").format(item=item.title), style="bold")
        yield Static(title, classes="title")
        for line in item.help:
            yield Static(plain(f"• {line}"))
        yield Static(plain(_("The direct link:")))
        yield FoldedLink(item.link, self.item_task.guide.domains)
        yield Static(plain(_(CANT_FIND_SKIP)),
                     classes="dim")
