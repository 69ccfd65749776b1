"""Small helpers the screens share: content text is always data, never markup."""

from __future__ import annotations

import re

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

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


class ActionBar(Static):
    """A row of clickable actions drawn as one widget. A row of Buttons costs noticeably more
    time before the first frame; each action here also has its key, shown in its label."""

    def __init__(self, actions: list[tuple[str, str]], id: str | None = None) -> None:
        # Labels and action names are this program's own constants, never guide text.
        markup = "  ".join(f"[@click=screen.{action}] {label} [/]" for label, action in actions)
        super().__init__(Content.from_markup(markup), id=id, classes="action-bar")
