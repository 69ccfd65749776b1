""""I can't find it": for this person, their region's answer and their device, the direct link,
then only the reasons that can apply to them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from checkup.screens.common import SafeText, plain
from checkup.screens.dialogs.base import TextDialog
from checkup.screens.widgets.folded_link import FoldedLink
from checkup.session.flow import Task
from checkup.session.keys import BACK
from checkup.session.views import cant_find_view
from checkup.support.i18n import N_


class CantFindScreen(TextDialog):
    BINDINGS = [Binding(f"escape,{BACK},h,q", "close", N_("Close"))]

    def __init__(self, task: Task, surface: str) -> None:
        super().__init__()
        self.item_task, self.surface = task, surface

    def body(self) -> ComposeResult:
        shown = cant_find_view(self.app.session, self.item_task, self.surface)
        yield Static(SafeText(shown.title, style="bold"), classes="title")
        yield Static(SafeText(shown.answer, style="bold"))
        yield Static(plain(shown.device))
        # The link before the reasons, so it is in sight at 80x24 however many there are.
        if shown.link:
            yield Static(plain(shown.link_name))
            yield FoldedLink(shown.link, self.item_task.guide.domains)
        for line in shown.reasons:
            yield Static(plain(f"• {line}"))
        for note in shown.notes:
            yield Static(SafeText(note, style="italic"))
        yield Static(plain(shown.skip), classes="dim")
