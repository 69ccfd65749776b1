"""The command palette's commands (ctrl+p): the wizard's own, each the same action as its key,
offered only where it does something."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from textual.app import SystemCommand
from textual.screen import Screen

from checkup.support.i18n import _
from checkup.support.safe_text import printable

EXPORT_COMMAND = "checkup export"


def palette_commands(app: Any, screen: Screen) -> Iterator[SystemCommand]:
    """`app`: the CheckupApp. Titles are searched as the person types; the help line says what
    the command does."""
    from checkup.screens.step import StepScreen

    yield SystemCommand(_("Theme"), _("Switch theme: dark, light, high contrast"),
                        app.action_cycle_theme)
    yield SystemCommand(_("Help"), _("The keys, and what checkup does and does not do"),
                        app.action_help)
    if isinstance(screen, StepScreen):
        yield SystemCommand(_("QR code"), _("Show a QR code to open the page on your phone"),
                            screen.action_qr)
        if screen.check_action("open_link", ()):
            yield SystemCommand(_("Open link"), _("Open this item's link in your browser"),
                                screen.action_open_link)
    # The wizard has no export of its own: the command says how to get one.
    yield SystemCommand(_("Export a checklist"),
                        _("How to write a checklist to print, with what you have done ticked"),
                        lambda: app.notify(printable(_(
                            "To write a checklist to print, quit and run: {command}").format(
                                command=EXPORT_COMMAND)), timeout=10, markup=False))
    yield SystemCommand(_("Quit"), _("Quit; your progress is already saved"),
                        app.action_quit_saving)
