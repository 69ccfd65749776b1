"""A link that folds onto more lines at its slashes instead of being cut."""

from __future__ import annotations

from rich.style import Style
from textual.widgets import Link

from checkup.guides.loader import link_problem
from checkup.screens.common import SafeText
from checkup.support.plain_text import cut_link
from checkup.support.safe_text import printable


class FoldedLink(Link):
    """A link that, when longer than the window is wide, goes onto more lines, each ending after
    a "/": never cut inside a part, and joined the lines are the whole link. A part wider than
    the window ends in an ellipsis; the whole link is the tooltip and the hyperlink's target.

    Only an https link on the guide's own `domains` is a link: in a terminal that supports
    them a hyperlink (OSC 8) the terminal itself opens, and clicking it opens the browser.
    Anything else (a source's address) is shown as text only."""

    DEFAULT_CSS = """
    FoldedLink {
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, url: str = "", domains: tuple[str, ...] = (), *,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", url=url, id=id, classes=classes)
        self.domains = domains
        self.show(url, domains)

    @property
    def linked(self) -> bool:
        return bool(self.url) and link_problem(self.url, self.domains) is None

    def show(self, url: str, domains: tuple[str, ...]) -> None:
        self.url, self.domains = url, domains
        self.tooltip = printable(url) if url else None
        self.can_focus = self.linked  # text is no stop for tab, and enter goes on past it
        self._fold()

    def on_resize(self) -> None:
        self._fold()

    def _fold(self) -> None:
        width = self.content_size.width
        text = "\n".join(cut_link(self.url, width)) if width else self.url
        self.set_reactive(Link.text, text)  # what the link says, as a test or a reader reads it
        style = Style(link=self.url) if self.linked else ""
        self.update(SafeText(text, style=style))  # type: ignore[arg-type]

    def action_open_link(self) -> None:
        """A click or enter: as o does on a step, whose screen then says whether it opened."""
        if not self.linked:
            return
        if opener := getattr(self.screen, "action_open_link", None):
            opener()
        else:
            self.app.open_url(self.url)
