"""Devices: desktop web, iPhone, Android, any of them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import SelectionList, Static

from checkup.guides.model import SURFACES, in_surface_order
from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.tick_list import TickList
from checkup.session.keys import BACK_BOUND
from checkup.session.stages import DEVICES
from checkup.session.welcome import device_name, platform_names
from checkup.support.i18n import N_, _
from checkup.support.safe_text import printable
from checkup.words.wording import DEVICES_EXPLAINED, DEVICES_QUESTION, device_hints


class DevicesScreen(Screen):
    CSS = styles_beside(__name__, "devices.tcss")
    BINDINGS = [
        Binding("enter", "next", N_("Continue"), priority=True),  # space ticks a device
        Binding(BACK_BOUND, "back", N_("Back")),
    ]

    def compose(self) -> ComposeResult:
        chosen = self.app.session.surfaces or ("desktop",)
        session = self.app.session
        hints = device_hints(platform_names(session), several=len(session.guides) > 1)
        with VerticalScroll(id="body"):
            yield Static(SafeText(_(DEVICES_QUESTION), style="bold"), classes="title")
            yield Static(plain(_("Pick one or more with space, then press enter. {explained}")
                               .format(explained=_(DEVICES_EXPLAINED))))
            yield TickList(
                *[(SafeText(_("{device}: {hint}").format(device=device_name(s),
                                                          hint=hints[s])), s, s in chosen)
                  for s in SURFACES],
                id="devices",
            )
        yield ActionBar([(_("Continue (enter)"), "next"), (_("Back (b)"), "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        self.query_one("#devices").focus()

    def action_next(self) -> None:
        ticked = self.query_one("#devices", SelectionList).selected
        picked = in_surface_order(ticked)
        if not picked:
            self.notify(printable(_("Pick at least one device (space to tick it).")),
                        severity="warning",
                        markup=False)
            return
        self.app.session.choose_surfaces(picked)
        self.app.advance(DEVICES)

    def action_back(self) -> None:
        self.app.back()
