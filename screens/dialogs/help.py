"""Help: the keys, and what checkup does and does not do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from checkup.screens.common import SafeText
from checkup.screens.dialogs.base import TextDialog
from checkup.session.keys import APP_KEYS, BACK, OPEN_LINK, STEP_KEYS, SWITCH_DEVICE
from checkup.support.i18n import N_, _


class HelpScreen(TextDialog):
    BINDINGS = [Binding(f"escape,{BACK},q,question_mark", "close", N_("Close"))]

    def __init__(self, switch_device: bool = True, open_link: bool = True) -> None:
        """`switch_device`: whether v does anything (more than one device picked);
        `open_link`: whether o does (a computer is among the devices)."""
        super().__init__()
        left_out = {SWITCH_DEVICE: switch_device, OPEN_LINK: open_link}
        self.keys = [(k.shown, _(k.help)) for k in (*STEP_KEYS, *APP_KEYS)
                     if left_out.get(k.key, True)]

    def body(self) -> ComposeResult:
        yield Static(SafeText(_("Help"), style="bold"), classes="title")
        table = SafeText()
        for key, what in self.keys:
            table.append(f"{key:>10}  ", style="bold")
            table.append(what + "\n")
        yield Static(table)
        yield Static(SafeText(_(
            "checkup never connects to the network and never asks for a password. "
            "Everything works with the keyboard alone, and with the mouse.")))
