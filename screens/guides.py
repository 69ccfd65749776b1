"""Which guides to do, when there is more than one (LinkedIn first)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import SelectionList, Static

from checkup.screens import navigation
from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.tick_list import TickList


class GuidesScreen(Screen):
    CSS = styles_beside(__name__, "guides.tcss")
    BINDINGS = [
        Binding("enter", "next", "Continue", priority=True),  # space ticks a platform
        Binding("b,escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="body"):
            yield Static(SafeText("Which platforms do you use?", style="bold"), classes="title")
            yield Static(plain("Pick them with space, then press enter."))
            yield TickList(
                *[(SafeText(f"{g.platform}: {g.title}"), g.id, n == 0)
                  for n, g in enumerate(self.app.session.guides)],
                id="guides",
            )
        yield ActionBar([("Continue (enter)", "next"), ("Back (b)", "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        self.query_one("#guides").focus()

    def action_next(self) -> None:
        picked = list(self.query_one("#guides", SelectionList).selected)
        if not picked:
            self.notify("Pick at least one platform (space to tick it).", severity="warning",
                        markup=False)
            return
        self.app.session.choose_guides(picked)
        navigation.after_guides(self.app)

    def action_back(self) -> None:
        navigation.go_back(self.app)
