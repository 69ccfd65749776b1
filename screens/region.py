"""Region: pick a country from a list you can type to filter, or prefer not to say."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from checkup.guides.country_search import matching_countries, typed_code
from checkup.screens.common import Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.session.stages import REGION
from checkup.session.views import suggested_region
from checkup.support.i18n import N_, _, ngettext
from checkup.support.locale_country import suggested_country
from checkup.support.safe_text import printable
from checkup.words.wording import NOT_SAYING as NOT_SAYING_TEXT
from checkup.words.wording import REGION_EXPLAINED, REGION_QUESTION

NOT_SAYING = "-"


class RegionScreen(Screen):
    CSS = styles_beside(__name__, "region.tcss")
    BINDINGS = [
        Binding("escape", "back", N_("Back")),
        # The arrows move in the list while typing goes to the filter.
        Binding("down", "move(1)", N_("Move"), key_display="↑↓", priority=True),
        Binding("up", "move(-1)", N_("Up"), show=False, priority=True),
        # q and ? are letters to type here, so the footer shows the other way to quit.
        Binding("ctrl+q", "app.quit_saving", N_("Quit"), priority=True),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="body"):
            yield Static(SafeText(_(REGION_QUESTION), style="bold"), classes="title")
            yield Static(plain(_("{explained} Type to filter the list, use the arrow keys, and "
                                 "press enter.").format(explained=_(REGION_EXPLAINED))))
            yield Input(placeholder=_("Type a country name or code, e.g. Germany, Deutschland "
                                      "or DE"), id="filter")
            yield OptionList(id="countries")
        yield Keys()

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#filter", Input).focus()

    def _options(self, query: str) -> list[Option]:
        regions = self.app.session.regions
        q = query.strip().lower()
        suggested, why = self._suggestion()
        options = []
        if not q:
            options.append(Option(SafeText(_(NOT_SAYING_TEXT)), id=NOT_SAYING))
            if suggested in regions.countries:
                options.append(Option(SafeText(why.format(
                    country=regions.name(suggested), code=suggested)), id=suggested))
        for code, name in matching_countries(regions, query):
            if not q and code == suggested:
                continue
            options.append(Option(SafeText(_("{country} ({code})").format(
                country=name, code=code)), id=code))
        return options

    def _suggestion(self) -> tuple[str | None, str]:
        """The country offered first (the session's choice) and the line that offers it."""
        offered = suggested_region(self.app.session, suggested_country())
        if offered.last_time:
            return offered.code, _("{country} ({code}), your answer last time")
        return offered.code, _("{country} ({code}), from your system settings")

    def _fill(self, query: str) -> None:
        option_list = self.query_one("#countries", OptionList)
        option_list.clear_options()
        options = self._options(query)
        option_list.add_options(options)
        option_list.highlighted = self._taken_by_enter(query, options)

    def _taken_by_enter(self, query: str, options: list[Option]) -> int | None:
        """The option enter takes without a move: the one offered first, the code typed, or
        the only match. When a name matches several countries (Niger, Nigeria) none is: the
        person picks with the arrow keys, nothing is picked for them."""
        if not options:
            return None
        if not query.strip():
            return 1 if len(options) > 1 and options[1].id == self._suggestion()[0] else 0
        if len(options) == 1 or typed_code(self.app.session.regions, query):
            return 0
        return None

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        option_list = self.query_one("#countries", OptionList)
        if option_list.highlighted is None:
            if option_list.option_count:
                self.notify(printable(ngettext(
                    "{count} country matches: pick it with the arrow keys and press enter.",
                    "{count} countries match: pick yours with the arrow keys and press enter.",
                    option_list.option_count).format(count=option_list.option_count)),
                    markup=False)
            else:
                self.notify(printable(_("No country matches; try fewer letters.")),
                            severity="warning", markup=False)
            return
        self._choose(option_list.get_option_at_index(option_list.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def action_move(self, delta: int) -> None:
        option_list = self.query_one("#countries", OptionList)
        if delta > 0:
            option_list.action_cursor_down()
        else:
            option_list.action_cursor_up()

    def _choose(self, code: str | None) -> None:
        self.app.session.choose_region(None if code in (None, NOT_SAYING) else code)
        self.app.advance(REGION)

    def action_back(self) -> None:
        self.app.back()
