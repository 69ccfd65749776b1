"""Devices: desktop web, iPhone, Android, any of them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, SelectionList, Static

from checkup.model import SURFACES
from checkup.screens import navigation
from checkup.screens.common import plain, surface_name
from checkup.wording import DEVICE_HINTS, DEVICES_EXPLAINED, DEVICES_QUESTION

HINTS = DEVICE_HINTS


class DevicesScreen(Screen):
    BINDINGS = [
        Binding("enter", "next", "Continue", priority=True),  # space ticks a device
        Binding("b,escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        chosen = self.app.session.surfaces or ("desktop",)
        with VerticalScroll(id="body"):
            yield Static(Text(DEVICES_QUESTION, style="bold"), classes="title")
            yield Static(plain(f"Pick one or more with space, then press enter. "
                               f"{DEVICES_EXPLAINED}"))
            yield SelectionList[str](
                *[(Text(f"{surface_name(s)}: {HINTS[s]}"), s, s in chosen) for s in SURFACES],
                id="devices",
            )
        with Horizontal(classes="actions"):
            yield Button("Continue (enter)", id="next", variant="primary")
            yield Button("Back (b)", id="back")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#devices").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_next() if event.button.id == "next" else self.action_back()

    def action_next(self) -> None:
        ticked = self.query_one("#devices", SelectionList).selected
        picked = tuple(s for s in SURFACES if s in ticked)
        if not picked:
            self.notify("Pick at least one device (space to tick it).", severity="warning")
            return
        self.app.session.choose_surfaces(picked)
        navigation.after_devices(self.app)

    def action_back(self) -> None:
        navigation.go_back(self.app)
