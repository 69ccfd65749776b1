"""Help: the keys, and what checkup does and does not do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from checkup.screens.common import SafeText
from checkup.screens.dialogs.base import TextDialog

KEYS = [
    ("d", "mark the current step done and go on"),
    ("s", "skip this item (you will be asked why)"),
    ("b", "go back one step or one screen"),
    ("h", "help for a step: \"I can't find it\""),
    ("c", "show a QR code to open the page on your phone"),
    ("v", "show the steps for another of your devices"),
    ("t", "switch theme: dark, light, high contrast"),
    ("q", "quit; your progress is already saved"),
    ("?", "this help"),
    ("tab", "move between buttons; enter presses one"),
]


class HelpScreen(TextDialog):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, switch_device: bool = True) -> None:
        """`switch_device`: whether v does anything (more than one device picked)."""
        super().__init__()
        self.keys = [(k, what) for k, what in KEYS if k != "v" or switch_device]

    def body(self) -> ComposeResult:
        yield Static(SafeText("Help", style="bold"), classes="title")
        table = SafeText()
        for key, what in self.keys:
            table.append(f"{key:>5}  ", style="bold")
            table.append(what + "\n")
        yield Static(table)
        yield Static(SafeText(
            "checkup never connects to the network and never asks for a password. "
            "Everything works with the keyboard alone, and with the mouse."))
