"""Skip an item, saying why: the reason is kept so the summary and `status` can show it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from checkup.profile.model import new_reason_problem
from checkup.screens.common import ActionBar, Keys, SafeText, plain
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.plain_input import PlainInput
from checkup.support.i18n import N_, _
from checkup.words.wording import NO_REASON, SKIP_OTHER, SKIP_QUESTION, SKIP_REASONS


class SkipScreen(ModalScreen[str | None]):
    CSS = styles_beside(__name__, "dialog.tcss", "skip.tcss")
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, item_title: str) -> None:
        super().__init__()
        self.item_title = item_title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            title = SafeText(_("Skip: {item}").format(item=self.item_title), style="bold")
            yield Static(title, classes="title")
            yield Static(plain(_("{question} Pick one and press enter.").format(
                question=_(SKIP_QUESTION))))
            yield OptionList(*[Option(SafeText(_(r)), id=r) for r in (*SKIP_REASONS, SKIP_OTHER)],
                             id="reasons")
            yield PlainInput(placeholder=_("Your reason"), id="other", max_length=200)
            yield Static(id="reason-problem")
            yield ActionBar([(_("Cancel (escape)"), "cancel")])
        yield Keys()

    def on_mount(self) -> None:
        self.query_one("#other").display = False
        self.query_one("#reason-problem").display = False
        self.query_one("#reasons", OptionList).highlighted = 0
        self.query_one("#reasons").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == SKIP_OTHER:
            field = self.query_one("#other", Input)
            field.display = True
            field.focus()
        else:
            self.dismiss(_(event.option.id))  # recorded as the person read it

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        reason = " ".join(event.value.split())
        if problem := new_reason_problem(reason):  # said here, and the reason can be mended
            self._refuse(problem)
            return
        self.dismiss(reason or _(NO_REASON))

    def on_plain_input_refused(self, event: PlainInput.Refused) -> None:
        event.stop()
        self._refuse(event.problem)

    def _refuse(self, problem: str) -> None:
        said = self.query_one("#reason-problem", Static)
        said.update(plain(_("Not taken: {problem}.").format(problem=problem), style="bold"))
        said.display = True

    def action_cancel(self) -> None:
        self.dismiss(None)
