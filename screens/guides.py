"""Which services the person uses: a list to tick, with a search box above it. Typing filters
the list; the arrow keys move in it, space ticks, enter goes on. What was ticked stays ticked
while the search changes, and the last answer is ticked when the person comes back."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, SelectionList, Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.plain_input import PlainInput
from checkup.screens.widgets.tick_list import TickList
from checkup.session.services import filtered, service_label
from checkup.session.stages import GUIDES
from checkup.support.i18n import N_, _, ngettext
from checkup.support.safe_text import printable
from checkup.words.wording import some_names


class SearchInput(PlainInput):
    """The search box, which keeps the focus: letters search; space ticks and enter goes on
    here rather than as the screen's keys, so each comes after the letters typed before it,
    however fast (a name is found without its spaces, "metaai" finds Meta AI)."""

    BINDINGS = [
        Binding("space", "tick", N_("Tick")),
        Binding("enter", "next", N_("Continue")),
    ]

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return key != "space" and super().check_consume_key(key, character)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "space":  # a printable key: the box would take it before its binding
            event.stop()
            event.prevent_default()
            self.action_tick()

    def action_tick(self) -> None:
        self.screen.tick(self.value)  # type: ignore[attr-defined]

    def action_next(self) -> None:
        self.screen.tick_and_go(self.value)  # type: ignore[attr-defined]


class GuidesScreen(Screen):
    CSS = styles_beside(__name__, "guides.tcss")
    BINDINGS = [
        # Letters go to the search box, so moving, ticking and going on have keys of their own.
        Binding("down", "move(1)", N_("Move"), key_display="up/down", priority=True),
        Binding("up", "move(-1)", N_("Up"), show=False, priority=True),
        Binding("enter", "next", N_("Continue")),  # as the search box's enter, where it is not
        # escape empties the search first, then goes back; b is a letter to search with here
        Binding("escape", "back", N_("Back")),
        Binding("ctrl+q", "app.quit_saving", N_("Quit"), priority=True),
    ]

    ticked: set[str]
    query_shown = ""  # the search the list shows

    def compose(self) -> ComposeResult:
        self.ticked = set(self.app.session.ticked_services())
        with Vertical(id="body"):
            yield Static(SafeText(_("Which services do you use?"), style="bold"), classes="title")
            yield Static(plain(_("Tick yours: type to search, up/down move, space ticks, enter "
                                 "goes on.")))
            yield SearchInput(placeholder=_("Search: a name such as ChatGPT or Instagram"),
                             id="search")
            yield TickList(id="guides")
            yield Static(id="ticked")
        yield ActionBar([(_("Continue (enter)"), "next"), (_("Back (escape)"), "back")],
                        id="actions")
        yield Keys()

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#search", Input).focus()

    # -- the list --------------------------------------------------------------------------------
    def _fill(self, query: str) -> None:
        self.query_shown = query
        shown = self.query_one("#guides", SelectionList)
        shown.clear_options()
        found = filtered(self.app.session.offered, query)
        shown.add_options([(SafeText(service_label(g)), g.id, g.id in self.ticked)
                           for g in found])
        shown.highlighted = 0 if found else None
        self._say_ticked(query if not found else "")

    def _say_ticked(self, not_found: str = "") -> None:
        offered = self.app.session.offered
        names = [g.platform for g in offered if g.id in self.ticked]
        if not_found:
            line = _("No service matches '{typed}'; escape empties the search."
                     ).format(typed=not_found)
        elif names:
            line = ngettext("{n} of {total} ticked: {names}", "{n} of {total} ticked: {names}",
                            len(names)).format(n=len(names), total=len(offered),
                                               names=some_names(names))
        else:
            line = _("None ticked yet.")
        self.query_one("#ticked", Static).update(plain(line))

    def on_input_changed(self, event: Input.Changed) -> None:
        # the box as it is now: after fast typing, the changes before it need no filling
        value = self.query_one("#search", Input).value
        if value != self.query_shown:
            self._fill(value)

    def on_plain_input_refused(self, event: PlainInput.Refused) -> None:
        self.notify(printable(event.problem), severity="warning", markup=False)

    def on_selection_list_selection_toggled(self, event: SelectionList.SelectionToggled) -> None:
        """A tick by a click: kept whatever the search shows next."""
        value = event.selection.value
        if value in event.selection_list.selected:
            self.ticked.add(value)
        else:
            self.ticked.discard(value)
        self._say_ticked()

    # -- actions ---------------------------------------------------------------------------------
    def action_move(self, delta: int) -> None:
        shown = self.query_one("#guides", SelectionList)
        if delta > 0:
            shown.action_cursor_down()
        else:
            shown.action_cursor_up()

    def tick(self, query: str) -> None:
        """Tick or untick the highlighted service in the list for `query`, filled first if the
        letters before it are not shown yet."""
        if query != self.query_shown:
            self._fill(query)
        shown = self.query_one("#guides", SelectionList)
        if shown.highlighted is None:
            return
        value = shown.get_option_at_index(shown.highlighted).value
        if value in self.ticked:
            self.ticked.discard(value)
            shown.deselect(value)
        else:
            self.ticked.add(value)
            shown.select(value)
        self._say_ticked()

    def tick_and_go(self, query: str) -> None:
        if query != self.query_shown:
            self._fill(query)
        self.action_next()

    def action_next(self) -> None:
        session = self.app.session
        picked = [g.id for g in session.offered if g.id in self.ticked]
        if not picked:
            self.notify(printable(_("Tick at least one service: space ticks the one picked "
                                    "out in the list.")), severity="warning", markup=False)
            return
        session.choose_guides(picked)
        self.app.advance(GUIDES)

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""  # the whole list again, ticks kept
            return
        self.app.back()
