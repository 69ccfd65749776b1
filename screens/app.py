"""The Textual wizard: the only module of the core that imports textual."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from checkup.screens.sizes import MIN_COLUMNS, MIN_ROWS
from checkup.session import stages
from checkup.session.keys import app_key, key_words
from checkup.session.session import Session
from checkup.support.i18n import _
from checkup.support.paths import in_archive, package_dir
from checkup.support.safe_text import printable

HIGH_CONTRAST = Theme(
    name="checkup-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffff00",
    error="#ff5f5f",
    dark=True,
)


def _styles() -> tuple[str | None, str]:
    """(CSS_PATH, CSS): the wizard's stylesheet by its path, or by its text when it is inside
    checkup.pyz, where Textual cannot open it as a file."""
    sheet = package_dir("checkup.screens") / "app.tcss"
    if in_archive(sheet):
        return None, sheet.read_text(encoding="utf-8")
    return str(sheet), ""


STYLES = _styles()

THEMES: dict[str, str] = {
    "dark": "textual-dark",
    "light": "textual-light",
    "high-contrast": HIGH_CONTRAST.name,
}


class CheckupApp(App[None]):
    """Welcome, region, devices, steps, summary: one screen at a time."""

    TITLE = "checkup"
    CSS_PATH, CSS = STYLES
    BINDINGS = [
        Binding("question_mark", "help", (app_key("help").label), key_display="?"),
        Binding("t", "cycle_theme", (app_key("cycle_theme").label), show=False),
        Binding("q", "quit_saving", (app_key("quit_saving").label)),
        # ctrl+q quits as in every Textual app, and says where progress is kept, as q does.
        Binding("ctrl+q", "quit_saving", (app_key("quit_saving").label), show=False,
                priority=True),
        # The command palette, as in other Textual apps, offering this program's commands.
        Binding("ctrl+p", "command_palette", (app_key("command_palette").label), show=False,
                priority=True),
    ]

    def __init__(self, session: Session, theme: str = "dark") -> None:
        super().__init__()
        self.sub_title = _("switch off AI training on your data")  # in the language chosen
        self.session = session
        self.register_theme(HIGH_CONTRAST)
        self.theme = THEMES.get(theme, theme)
        self.farewell = ""

    def on_mount(self) -> None:
        self.session.recorder.on_warning(
            lambda message: self.notify(printable(message), severity="warning", timeout=12,
                                        markup=False))
        # Answers another checkup's lock kept from the disk are retried without waiting, so the
        # screen never stops answering keys meanwhile.
        self.set_interval(1.0, self._save_waiting)
        # What the command line answered is written once the first screen is on it.
        self.call_after_refresh(self.session.recorder.release)

    def _save_waiting(self) -> None:
        if self.session.recorder.unsaved:
            self.session.recorder.save_waiting(wait=0)

    def on_resize(self, event: events.Resize) -> None:
        """Below the smallest usable size, say so instead of drawing a cut-off wizard."""
        columns, rows = event.size
        covered = type(self.screen).__name__ == "TooSmallScreen"
        if columns >= MIN_COLUMNS and rows >= MIN_ROWS:
            if covered:
                self.pop_screen()
        elif covered:
            self.screen.show_size(columns, rows)
        else:
            from checkup.screens.dialogs.too_small import TooSmallScreen

            self.push_screen(TooSmallScreen())

    def get_default_screen(self) -> Screen:
        # The first screen is the app's default one: pushing it on top of an empty default
        # screen would cost a second screen and a frame before the person sees anything.
        from checkup.screens.navigation import screen_for
        from checkup.screens.styles import adopt_styles

        return adopt_styles(self, screen_for(stages.first_stage(self.session), self.session))

    # -- the way through: the session says which stage is next, the table which screen --------
    def advance(self, finished: str) -> None:
        """`finished` is the stage the person just answered: on to the one after it."""
        from checkup.screens.navigation import screen_for

        stage = stages.after(self.session, finished)
        if stage == stages.END:
            self.action_quit_saving()
        else:
            self.push_screen(screen_for(stage, self.session))

    def resume(self) -> None:
        from checkup.screens.navigation import screen_for

        self.push_screen(screen_for(stages.resume_stage(self.session), self.session))

    def get_key_display(self, binding: Binding) -> str:
        """Keys as words ("ctrl+q"), as the help and plain mode write them, never "^q"."""
        return binding.key_display or key_words(binding.key)

    def action_help_quit(self) -> None:
        """ctrl+c (bound by Textual) no longer quits: say which key does. Textual's own hint looks
        for its "quit" action, which this app replaces with one that says where progress is."""
        self.notify(printable(_("Press {key} to quit; your progress is already saved.").format(
            key=key_words("ctrl+q"))), title=printable(_("Do you want to quit?")), markup=False)

    def action_command_palette(self) -> None:
        """Textual's palette, its search field worded in the language chosen."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=_("Search for commands…"),
                                            id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p): this program's commands, in place of Textual's (whose
        Quit would not say where the progress is kept, and whose Screenshot writes a file)."""
        from checkup.screens.commands import palette_commands

        yield from palette_commands(self, screen)

    def back(self, at_start: str | None = None) -> None:
        """Back one screen; the first screen has nothing behind it, so say so instead."""
        if len(self.screen_stack) > 1:
            self.pop_screen()
        else:
            self.notify(printable(at_start or _("This is the first screen.")), timeout=3,
                        markup=False)

    def action_help(self) -> None:
        from checkup.screens.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(switch_device=len(self.session.surfaces) > 1,
                                        open_link="desktop" in self.session.surfaces))

    def action_cycle_theme(self) -> None:
        names = list(THEMES.values())
        self.theme = names[(names.index(self.theme) + 1) % len(names)] if (
            self.theme in names) else names[0]
        name = next(k for k, v in THEMES.items() if v == self.theme)
        self.notify(printable(_("Theme: {name}").format(name=name)), markup=False)

    def action_quit_saving(self) -> None:
        # Every answer is already recorded the moment it is given; quitting only says where.
        from checkup.words.wording import farewell

        self.farewell = farewell(self.session)
        self.exit()


class WorkshopApp(App[None]):
    """The presenter for a room: no profile is read or written."""

    CSS_PATH, CSS = STYLES
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, agenda, regions, on, theme: str = "dark",  # noqa: ANN001
                 clock=None) -> None:  # noqa: ANN001
        super().__init__()
        self.title = _("checkup workshop")  # in the language chosen
        self.agenda, self.regions, self.on, self.clock = agenda, regions, on, clock
        self.register_theme(HIGH_CONTRAST)
        self.theme = THEMES.get(theme, theme)

    def get_default_screen(self) -> Screen:
        import time

        from checkup.screens.presenter import PresenterScreen
        from checkup.screens.styles import adopt_styles

        return adopt_styles(self, PresenterScreen(self.agenda, self.regions, self.on,
                                                  clock=self.clock or time.monotonic))
