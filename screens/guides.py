"""Which guides to do, when there is more than one (LinkedIn first)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import SelectionList, Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.tick_list import TickList
from checkup.session.keys import BACK_BOUND
from checkup.session.stages import GUIDES
from checkup.support.i18n import N_, _
from checkup.support.safe_text import printable


class GuidesScreen(Screen):
    CSS = styles_beside(__name__, "guides.tcss")
    BINDINGS = [
        Binding("enter", "next", N_("Continue"), priority=True),  # space ticks a platform
        Binding(BACK_BOUND, "back", N_("Back")),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="body"):
            yield Static(SafeText(_("Which platforms do you use?"), style="bold"), classes="title")
            yield Static(plain(_("Pick them with space, then press enter.")))
            yield TickList(
                *[(SafeText(_("{platform}: {title}").format(platform=g.platform, title=g.title)),
                   g.id, n == 0)
                  for n, g in enumerate(self.app.session.guides)],
                id="guides",
            )
        yield ActionBar([(_("Continue (enter)"), "next"), (_("Back (b)"), "back")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        self.query_one("#guides").focus()

    def action_next(self) -> None:
        picked = list(self.query_one("#guides", SelectionList).selected)
        if not picked:
            self.notify(printable(_("Pick at least one platform (space to tick it).")),
                        severity="warning",
                        markup=False)
            return
        self.app.session.choose_guides(picked)
        self.app.advance(GUIDES)

    def action_back(self) -> None:
        self.app.back()
