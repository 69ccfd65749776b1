"""The question at the end of an item, in its own terms ("Does it now read Off?"): the person's
answer is what is recorded. No answer is taken by default: enter alone answers nothing here, and
escape goes back to the steps."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.session.views import QuestionView
from checkup.support.i18n import N_, _
from checkup.words.finishing import (
    THEN_TITLE,
)


class ItemQuestionScreen(ModalScreen[str]):
    """Dismissed with the ANSWER_* the person gave."""

    CSS = styles_beside(__name__, "dialog.tcss")
    AUTO_FOCUS = None  # nothing focused, so enter presses no answer
    BINDINGS = [
        Binding("y", "answer('done')", N_("Yes")),
        Binding("l", "answer('later')", N_("Later")),
        Binding("s", "answer('skip')", N_("Skip")),
        Binding("h", "answer('cant_find')", N_("Can't find")),
        Binding("k", "answer('keep')", N_("Leave as it is")),
        Binding("b,escape", "answer('back')", N_("Back")),
    ]

    def __init__(self, shown: QuestionView) -> None:
        super().__init__()
        self.shown = shown
        self.offered = {a.answer for a in shown.answers}

    def compose(self) -> ComposeResult:
        shown = self.shown
        with Vertical(id="dialog"):
            with VerticalScroll(classes="dialog-body"):
                yield Static(SafeText(shown.title, style="bold"), classes="title")
                yield Static(SafeText(shown.question, style="bold"), id="question")
                if shown.recorded:
                    yield Static(plain(shown.recorded), classes="dim")
                if shown.then:
                    yield Static(plain(_(THEN_TITLE)))
                    for line in shown.then:
                        yield Static(plain(f"• {line}"))
            with Vertical(id="answers"):  # one answer a line: each read whole, never wrapped
                for a in shown.answers:
                    yield ActionBar([(_("{label} ({key})").format(label=a.label, key=a.key),
                                      f"answer({a.answer!r})")])
        yield Keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # an answer the question does not offer ("leave it as it is" with nothing recorded)
        # is no key here, and out of the footer
        return action != "answer" or not parameters or parameters[0] in self.offered

    def action_answer(self, answer: str) -> None:
        if answer in self.offered:
            self.dismiss(answer)
