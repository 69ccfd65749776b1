"""Small helpers the screens share: content text is always data, never markup.

Every text a screen draws is a SafeText: whatever string goes into it, from a guide, a profile,
an agenda or this program, passes through `safe_text.printable` on the way in, so no escape
sequence, control or invisible formatting character reaches the terminal, and nothing is parsed
as markup. Screens never build a Rich Text or a markup string of their own (a test walks their
source to make sure)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Static

from checkup.support.i18n import _
from checkup.support.safe_text import printable
from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
from checkup.words.statuses import status_short, status_title

LABEL_STYLE = "bold underline"
_QUOTED = re.compile(r'"([^"]+)"')


def shown(text: str) -> str:
    """`text` as a screen draws it: line breaks stay line breaks (Textual draws each line
    itself), every other control or formatting character is shown as an escape."""
    return "\n".join(printable(line) for line in text.split("\n"))


class SafeText(Text):
    """A Rich Text that escapes every string put into it (see the module's docstring)."""

    def __init__(self, text: str = "", style: str = "", **kwargs: object) -> None:
        super().__init__(shown(text), style, **kwargs)  # type: ignore[arg-type]

    def append(self, text: Text | str, style: str | None = None) -> SafeText:
        if isinstance(text, str):
            text = shown(text)
        elif not isinstance(text, SafeText):
            raise TypeError("only a SafeText or a string can be added to a SafeText")
        super().append(text, style)
        return self

    def append_text(self, text: Text) -> SafeText:
        if not isinstance(text, SafeText):
            raise TypeError("only a SafeText can be added to a SafeText")
        super().append_text(text)
        return self


def plain(text: str, style: str = "") -> SafeText:
    """Guide and profile text as a Text: brackets stay brackets, nothing is parsed as markup."""
    return SafeText(text, style=style)


def with_labels(text: str, labels: tuple[str, ...]) -> SafeText:
    """Step text with the exact labels to look for stand out (bold, underlined, still quoted)."""
    out = SafeText(text)
    text = out.plain  # the spans below are found in the text as shown
    for match in _QUOTED.finditer(text):
        if match.group(1) in labels or any(label in match.group(1) for label in labels):
            out.stylize(LABEL_STYLE, match.start(), match.end())
    return out


def breadcrumb(labels: tuple[str, ...], step_text: str, path: bool = True) -> SafeText:
    """The menu path (or, when the labels are separate things, the list of them); the labels
    this step mentions are highlighted."""
    out = SafeText()
    out.append(_("Path: ") if path else _("Look for: "), style="dim")
    for n, label in enumerate(labels):
        if n:
            out.append(" › " if path else ", ", style="dim")
        out.append(label, style="reverse bold" if f'"{label}"' in step_text else "")
    return out


def status_line(status: str | None, answer: str = "") -> SafeText:
    """The answer to "does this apply to me?" in its sentence; with no country given, what to do
    wherever one lives."""
    if answer:
        return SafeText(answer, style="bold")
    out = SafeText(status_title(status), style="bold")
    if advice := status_short(status):
        out.append(_(": {advice}").format(advice=advice))  # after the status, in bold before it
    return out


class Keys(Static):
    """The footer: the keys that work on this screen, each clickable, drawn as one widget
    (Textual's Footer makes a widget per key, which delays the first frame). When they do not
    all fit on the line (below 80 columns, or in a language of longer words) it leaves out the
    keys the screen's action bar already shows right above it (a screen lists their actions in
    IN_ACTION_BAR), so the rest, Quit included, still fits."""

    DEFAULT_CSS = """
    Keys {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        background: $footer-background;
        color: $footer-description-foreground;
        link-style: bold;
        link-color: $footer-key-foreground;
        link-background: $footer-key-background;
        link-style-hover: bold reverse;
    }
    """

    def __init__(self) -> None:
        super().__init__(id="keys")
        self.shown: list[tuple[str, str]] = []  # (key as shown, what it does)
        self._width = 0

    def on_mount(self) -> None:
        self._watched = self.screen  # gone from self.screen by the time this unmounts
        self._watched.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._show_keys()
        # Focus settles after mounting (a dialog takes it from the screen below): look again.
        self.call_after_refresh(self._show_keys)

    def on_unmount(self) -> None:
        self._watched.bindings_updated_signal.unsubscribe(self)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self._show_keys()

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self._watched:
            self.call_after_refresh(self._show_keys)

    def _keys(self, left_out: set[str]) -> list[tuple[str, str, str]]:
        """(key, what it does, binding's key) for each key shown, an action once."""
        keys = []
        for _node, binding, enabled, _tip in self._watched.active_bindings.values():
            if not (binding.show and enabled) or binding.action in left_out:
                continue
            left_out.add(binding.action)
            # A binding's description is marked with N_ where it is declared (at import, before
            # any language is chosen): it is translated here, as it is drawn.
            keys.append((self.app.get_key_display(binding), _(binding.description), binding.key))
        return keys

    def _show_keys(self) -> None:
        if not self.is_attached:  # the screen closed before this came round
            return
        keys = self._keys(set())
        width = self._width or self.size.width
        if width and sum(cell_len(f" {key} {said} ") for key, said, _b in keys) > width:
            keys = self._keys(set(getattr(self._watched, "IN_ACTION_BAR", ())))
        shown = [(key, said) for key, said, _b in keys]
        if shown != self.shown:  # redrawing the same keys would only delay the next frame
            self.shown = shown
            # Keys and descriptions are this program's own constants, never guide text.
            self.update(Content.from_markup(" ".join(
                f"[@click=app.simulate_key({bound!r})] {escape(key)} [/]{escape(said)}"
                for key, said, bound in keys)))


class ActionBar(Static):
    """A row of clickable actions drawn as one widget. A row of Buttons costs noticeably more
    time before the first frame; each action here also has its key, shown in its label."""

    DEFAULT_CSS = """
    ActionBar {
        height: auto;
        margin: 1 1 0 1;
        link-style: bold;
        link-color: $text;
        link-background: $primary;
        link-style-hover: bold underline;
        link-background-hover: $accent;
    }
    """

    def __init__(self, actions: list[tuple[str, str]], id: str | None = None) -> None:
        # Action names are this program's own constants; labels may come from a translation,
        # so they are escaped like any other text.
        markup = "  ".join(f"[@click=screen.{action}] {escape(label)} [/]"
                           for label, action in actions)
        super().__init__(Content.from_markup(markup), id=id, classes="action-bar")


def instead_lines(instead: tuple[str, ...], does_not: tuple[str, ...]) -> Iterator[Static]:
    """Where there is no way to stop it: what a person can do instead, and what that does not
    undo, under the item it is about."""
    if not instead:
        return
    yield Static(SafeText(_(INSTEAD_TITLE), style="bold"), classes="summary-reason")
    for line in instead:
        yield Static(plain(f"• {line}"), classes="summary-reason")
    if does_not:
        yield Static(SafeText(_(INSTEAD_DOES_NOT_TITLE), style="bold"), classes="summary-reason")
        for line in does_not:
            yield Static(plain(f"• {line}"), classes="summary-reason")
