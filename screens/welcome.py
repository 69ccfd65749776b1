"""Welcome: what this is, how long it takes, the promise, and resume."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText
from checkup.session.keys import BACK_BOUND
from checkup.session.stages import WELCOME
from checkup.session.welcome import welcome_view
from checkup.support.i18n import N_, _
from checkup.words.wording import WELCOME_TITLE


class WelcomeScreen(Screen):
    BINDINGS = [
        # enter resumes when there is a checkup to resume, else starts: the footer says which
        Binding("enter", "resume", N_("Resume")),
        Binding("enter", "start", N_("Start")),
        Binding("a", "start_again", N_("Start again")),
        Binding("r", "resume", N_("Resume"), show=False),
        # back works here as on every screen, and says there is nothing behind
        Binding(BACK_BOUND, "back", N_("Back"), show=False),
    ]

    def compose(self) -> ComposeResult:
        shown = welcome_view(self.app.session)
        in_progress = shown.in_progress
        with VerticalScroll(id="body"):
            # One widget for the text: each widget costs start-up time, and this is the first
            # screen a person waits for.
            text = SafeText()
            text.append(_(WELCOME_TITLE) + "\n\n", style="bold")
            if shown.unreviewed:
                text.append(shown.unreviewed + "\n\n", style="italic")
            text.append(f"{shown.what}\n\n")
            text.append(shown.promise, style="bold")
            if shown.services_line:
                text.append("\n\n" + shown.services_line)
            if in_progress:
                text.append("\n\n" + _("You have a checkup in progress."), style="bold")
                for line in (shown.last_time, shown.resume_to):
                    if line:  # what was done and what is left, then where resuming leads
                        text.append("\n" + line)
            yield Static(text, id="welcome-text")
        # Clickable words rather than Buttons: a row of Buttons delays the first frame.
        if in_progress:
            yield ActionBar([(_("Resume where I stopped (enter)"), "resume"),
                             (_("Start again (a)"), "start_again")], id="actions")
        else:
            yield ActionBar([(_("Start (enter)"), "start")], id="actions")
        yield Keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Resume" and "Start again" only mean something when there is a checkup to resume,
        # and then enter resumes rather than starts.
        in_progress = self.app.session.has_work_in_progress()
        if action in ("resume", "start_again"):
            return in_progress
        return action != "start" or not in_progress

    def action_start(self) -> None:
        self.app.advance(WELCOME)

    def action_back(self) -> None:
        self.app.back()

    def action_start_again(self) -> None:
        self.action_start()

    def action_resume(self) -> None:
        if self.app.session.has_work_in_progress():
            self.app.resume()
