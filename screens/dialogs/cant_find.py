""""I can't find it": why a setting may be missing, and the fallback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from checkup.screens.common import SafeText, plain
from checkup.screens.dialogs.base import TextDialog
from checkup.session.flow import Task
from checkup.words.wording import CANT_FIND_SKIP


class CantFindScreen(TextDialog):
    BINDINGS = [Binding("escape,h,q", "close", "Close")]

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.item_task = task

    def body(self) -> ComposeResult:
        item = self.item_task.item
        title = SafeText("Can't find it? ", style="bold")
        title.append(item.title)
        yield Static(title, classes="title")
        for line in item.help:
            yield Static(plain(f"• {line}"))
        yield Static(plain(f"The direct link: {item.link}"))
        yield Static(plain(CANT_FIND_SKIP),
                     classes="dim")
