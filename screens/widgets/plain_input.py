"""A text field for plain text: what a person types or pastes is shown as text, never run."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from checkup.support.safe_text import control_problem


class PlainInput(Input):
    """A text field that takes plain text only: Input draws what it holds as it is, so a pasted
    control character is kept out (and said, with Refused) rather than drawn raw."""

    class Refused(Message):
        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    def replace(self, text: str, start: int, end: int) -> None:
        if problem := control_problem(text):
            self.post_message(self.Refused(problem))
            return
        super().replace(text, start, end)
