"""The style sheet beside a screen's module, as text.

Each screen carries its own rules in a .tcss file next to its module and hands the text to
Textual as the screen's CSS, which Textual scopes to that screen, so a rule written for one
screen cannot reach another. Read as text rather than named by CSS_PATH because inside
checkup.pyz the file is a member of the archive, which Textual cannot open by path."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING

from checkup.support.paths import package_dir

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


def styles_beside(module: str, *sheets: str) -> str:
    """The text of `sheets` (file names) in the folder of `module` (a screen's __name__)."""
    folder = package_dir(module.rpartition(".")[0])
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in sheets)


def adopt_styles(app: App, screen: Screen) -> Screen:
    """`screen` with its CSS added to `app`'s style sheet, for the app's first screen: Textual
    adds a screen's CSS when the screen is pushed, but not for the screen an app starts on
    (get_default_screen). Added under the name Textual gives it, so it is never added twice."""
    try:
        file = inspect.getfile(type(screen))
    except (TypeError, OSError):  # as Textual names it when the file cannot be told
        file = ""
    read_from = (file, f"{type(screen).__name__}.CSS")
    if screen.CSS and not app.stylesheet.has_source(*read_from):
        app.stylesheet.add_source(screen.CSS, read_from=read_from, is_default_css=False,
                                  scope=type(screen).__name__ if screen.SCOPED_CSS else "")
    return screen
