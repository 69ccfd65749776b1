"""A line-by-line conversation on a pair of text streams: say something, ask one question, read one
answer. No colour, no cursor movement, no screen clearing: what a screen reader, a serial console
or a script can follow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from checkup.support.i18n import _, ngettext
from checkup.support.plain_text import cut_link, wrap
from checkup.support.safe_text import printable

BACK = "b"
QUIT = "q"
HELP = "?"


# Words people type for the one-letter answers.
WORDS = {"help": HELP, "quit": QUIT, "exit": QUIT, "back": BACK, "next": "n", "skip": "s"}
ECHO_LIMIT = 200  # characters of an answer said back; a pasted page is not read out again


def quoted(answer: str) -> str:
    """An answer said back in a message: escaped once, shortened, in quotes."""
    shown = printable(answer)
    return f"'{shown[:ECHO_LIMIT]}…'" if len(shown) > ECHO_LIMIT else f"'{shown}'"


class InputEnded(Exception):
    """The input stream closed (end of a pipe, Ctrl+D), or a pipe gives only empty lines where
    an answer is needed."""


# Empty lines in a row, from input that is not a terminal, where a question has no answer
# Enter alone takes: `yes ''` piped in would otherwise be asked the same question for ever.
EMPTY_LINES_ENOUGH = 3


class QuitAsked(Exception):
    """The person typed q."""


class Conversation:
    def __init__(self, inp: TextIO, out: TextIO, width: int = 80, echo: bool = False) -> None:
        """`echo`: write each answer after its prompt, so a transcript of piped answers reads
        like the conversation it was (a terminal echoes what is typed by itself)."""
        self.inp, self.out, self.width, self.echo = inp, out, max(width, 20), echo
        self.empty_in_a_row = 0

    # -- saying ------------------------------------------------------------------------------
    def say(self, text: str = "", indent: str = "", first: str | None = None) -> None:
        """A paragraph, wrapped to the width; words and links are never broken."""
        if not text:
            self.out.write("\n")
            return
        for paragraph in text.split("\n"):
            paragraph = printable(paragraph)  # whatever it quotes, from a file or a person
            lines = wrap(paragraph, indent, self.width, first) if paragraph else [""]
            self.out.write("\n".join(lines) + "\n")
        self.out.flush()

    def lines(self, lines: Sequence[str]) -> None:
        """Lines exactly as given: a link on a line of its own, a QR code."""
        self.out.write("".join(line + "\n" for line in lines))
        self.out.flush()

    def link(self, url: str, indent: str = "") -> None:
        """A link on lines of its own: whole when it fits, else each line ending after a "/",
        so no part of it is cut and the lines joined are the link again."""
        url = printable(url)
        self.lines([indent + part for part in cut_link(url, self.width - len(indent))])

    def items(self, entries: Sequence[str], marker: str = "-") -> None:
        for entry in entries:
            self.say(entry, " " * (len(marker) + 1), f"{marker} ")

    def numbered(self, choices: Sequence[str]) -> None:
        pad = len(str(len(choices)))
        for n, choice in enumerate(choices, 1):
            self.say(choice, " " * (pad + 2), f"{n:>{pad}}. ")

    # -- asking ------------------------------------------------------------------------------
    def ask(self, prompt: str, explain: str, default: str = "") -> str:
        """One answer, stripped; `default` for an empty one. `?` explains and asks again, `q`
        raises QuitAsked, the end of input raises InputEnded."""
        # Wrapped here, not by the terminal, which would cut words in two.
        asked = printable(f"{prompt} [{default}]:" if default else f"{prompt}:")
        shown = "\n".join(wrap(asked, "", self.width)) + " "
        while True:
            self.out.write(shown)
            self.out.flush()
            raw = self.inp.readline()
            if not raw:
                self.out.write("\n")
                raise InputEnded
            answer = " ".join(raw.split())
            if self.echo:
                self.out.write(quoted(answer)[1:-1] + "\n")
            word = WORDS.get(answer.lower(), answer.lower())
            if word == HELP:
                self.say(explain)
                continue
            if word == QUIT:
                raise QuitAsked
            self._count_empty(answer, default)
            return WORDS.get(answer.lower(), answer) or default

    def _count_empty(self, answer: str, default: str) -> None:
        """Piped input that keeps answering a question nothing is taken for by default with
        empty lines has no answer to give: that ends the input, as its end would."""
        if answer or default or not self.echo:
            self.empty_in_a_row = 0
            return
        self.empty_in_a_row += 1
        if self.empty_in_a_row >= EMPTY_LINES_ENOUGH:
            self.say(ngettext(
                "No answer came: {count} empty line in a row, where one of the answers must be "
                "typed.",
                "No answer came: {count} empty lines in a row, where one of the answers must be "
                "typed.", self.empty_in_a_row).format(count=self.empty_in_a_row))
            raise InputEnded

    def choose(self, prompt_for: str, choices: Sequence[str], explain: str,
               default: int | None = 1, back: bool = True) -> int | None:
        """A number from the list (1-based); None when the person typed b to go back. With no
        `default`, Enter alone asks again: the person picks, nothing is picked for them."""
        self.numbered(choices)
        count = len(choices)
        if back:
            asked = ngettext("{prompt}: type 1, b to go back, ? for help",
                             "{prompt}: type a number from 1 to {count}, b to go back, ? for help",
                             count)
        else:
            asked = ngettext("{prompt}: type 1, ? for help",
                             "{prompt}: type a number from 1 to {count}, ? for help", count)
        while True:
            answer = self.ask(asked.format(prompt=prompt_for, count=count), explain,
                              "" if default is None else str(default))
            if back and answer.lower() == BACK:
                return None
            if answer.isdigit() and 1 <= int(answer) <= count:
                return int(answer)
            if not answer:
                self.say(_("Type one of the numbers 1 to {count}: none is picked for you."
                           ).format(count=count))
                continue
            self.say(_("{answer} is not one of the numbers 1 to {count}.").format(
                answer=quoted(answer), count=count))

    def choose_many(self, prompt_for: str, choices: Sequence[str], explain: str,
                    default: Sequence[int]) -> list[int] | None:
        """Numbers from the list, given as "1 3" or "1,3"; None for b (back)."""
        self.numbered(choices)
        count = len(choices)
        shown = ",".join(str(n) for n in default)
        while True:
            answer = self.ask(_("{prompt}: type one or more numbers from 1 to {count} (such as "
                                "1,3), b to go back, ? for help").format(
                                    prompt=prompt_for, count=count), explain, shown)
            if answer.lower() == BACK:
                return None
            words = answer.replace(",", " ").split()
            if words and all(w.isdigit() and 1 <= int(w) <= count for w in words):
                return sorted({int(w) for w in words})
            self.say(_("{answer}: type numbers from 1 to {count}, such as 1,3.").format(
                answer=quoted(answer), count=count))
