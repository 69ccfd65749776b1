"""Small helpers the screens share: content text is always data, never markup."""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Footer, SelectionList, Static
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist

from checkup.model import SURFACE_NAMES
from checkup.wording import STATUS_ADVICE_SHORT, STATUS_TITLE

LABEL_STYLE = "bold underline"
_QUOTED = re.compile(r'"([^"]+)"')


def plain(text: str, style: str = "") -> Text:
    """Guide and profile text as a Text: brackets stay brackets, nothing is parsed as markup."""
    return Text(text, style=style)


def with_labels(text: str, labels: tuple[str, ...]) -> Text:
    """Step text with the exact labels to look for stand out (bold, underlined, still quoted)."""
    out = Text(text)
    for match in _QUOTED.finditer(text):
        if match.group(1) in labels or any(label in match.group(1) for label in labels):
            out.stylize(LABEL_STYLE, match.start(), match.end())
    return out


def breadcrumb(labels: tuple[str, ...], step_text: str) -> Text:
    """The menu path; the labels this step mentions are highlighted."""
    out = Text()
    out.append("Path: ", style="dim")
    for n, label in enumerate(labels):
        if n:
            out.append(" › ", style="dim")
        out.append(label, style="reverse bold" if f'"{label}"' in step_text else "")
    return out


def status_line(status: str | None, since: str | None = None) -> Text:
    out = Text(STATUS_TITLE.get(status, status or ""), style="bold")
    if advice := STATUS_ADVICE_SHORT.get(status, ""):
        out.append(f": {advice}")
    if since:
        out.append(f" (rule since {since})", style="dim")
    return out


def surface_name(surface: str) -> str:
    return SURFACE_NAMES.get(surface, surface)


class Keys(Footer):
    """The footer. Below 80 columns it tightens, and leaves out the keys the screen's action
    bar already shows right above it (a screen lists their actions in IN_ACTION_BAR), so the
    rest, Quit included, still fits at 60."""

    async def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < 80
        if narrow != self.compact:
            self.compact = narrow
            await self.recompose()

    def compose(self) -> ComposeResult:
        shown_above = getattr(self.screen, "IN_ACTION_BAR", ()) if self.compact else ()
        for key in super().compose():
            if getattr(key, "action", None) not in shown_above:
                yield key


class TickList(SelectionList[str]):
    """A SelectionList whose boxes are empty until ticked: ticked and not ticked differ in
    shape, not only in colour, so they read without colour and in every theme."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        if len(segments) < 2 or segments[1].text != ToggleButton.BUTTON_INNER:
            return line
        try:
            value = self.get_option_at_index(self.scroll_offset.y + y).value
        except OptionDoesNotExist:
            return line
        ticked = value in self.selected
        segments[1] = Segment(ToggleButton.BUTTON_INNER if ticked else " ", segments[1].style)
        return Strip(segments, line.cell_length)


class ActionBar(Static):
    """A row of clickable actions drawn as one widget. A row of Buttons costs noticeably more
    time before the first frame; each action here also has its key, shown in its label."""

    def __init__(self, actions: list[tuple[str, str]], id: str | None = None) -> None:
        # Labels and action names are this program's own constants, never guide text.
        markup = "  ".join(f"[@click=screen.{action}] {label} [/]" for label, action in actions)
        super().__init__(Content.from_markup(markup), id=id, classes="action-bar")
