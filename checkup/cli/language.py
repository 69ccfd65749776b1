"""Which language checkup speaks: --lang, else the one the profile remembers, else the system's
locale, else English. It is chosen before the command line is parsed, so --help and every
message are in it too."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence

from checkup.support.errors import UsageError
from checkup.support.i18n import _, language, use_language
from checkup.support.languages import CODES, ENGLISH, known_codes, system_language


def language_code(text: str) -> str:
    """--lang's value, checked: one of CODES (any case), else a one-line error naming them."""
    code = text.strip().lower()
    if code not in CODES:
        raise UsageError(_("--lang {typed}: checkup speaks {codes}").format(
            typed=repr(text), codes=known_codes()))
    return code


def lang_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", metavar="CODE", type=_argparse_code,
        help=_("the language checkup speaks: {codes} (default: the one you chose last, else "
               "your system's)").format(codes=known_codes()))


def _argparse_code(text: str) -> str:
    try:
        return language_code(text)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _option_value(argv: Sequence[str], option: str, stop: Sequence[str] = ()) -> str | None:
    """The value of `option` ("--lang X" or "--lang=X"), looking no further than the first of
    `stop` (a command's name) or "--"; the last one given wins, as with argparse."""
    found = None
    words = list(argv)
    for n, word in enumerate(words):
        if word == "--" or word in stop:
            break
        if word == option and n + 1 < len(words):
            found = words[n + 1]
        elif word.startswith(option + "="):
            found = word.split("=", 1)[1]
    return found


def typed_language(argv: Sequence[str], commands: Sequence[str]) -> str | None:
    """The code given with --lang before any command; UsageError for one checkup lacks."""
    typed = _option_value(argv, "--lang", commands)
    return None if typed is None else language_code(typed)


def remembered_language(argv: Sequence[str]) -> str | None:
    """The language the profile that `argv` names remembers (None for --guest or none). A value
    checkup does not know is said in one line and left in the file untouched."""
    if "--guest" in argv:
        return None
    from checkup.profile.store import open_store

    try:
        store = open_store(_option_value(argv, "--profile"))
    except UsageError:
        return None  # a bad --profile is said by the parser, in the language chosen without it
    code, problem = store.remembered_language()
    if problem:
        from checkup.support.safe_text import printable

        print(f"checkup: {printable(problem)}", file=sys.stderr)
    return code


# The commands that open the profile anyway; the others (list, show, validate, qr, workshop) do
# not look up where profiles live, so they do not read it for its language either.
PROFILE_COMMANDS = frozenset({"status", "mark", "export", "where", "reset"})


def _opens_profile(argv: Sequence[str], commands: Sequence[str]) -> bool:
    named = next((word for word in argv if word in commands), None)
    return named is None or named in PROFILE_COMMANDS  # no command: the wizard


def choose_language(argv: Sequence[str], commands: Sequence[str],
                    environ: Mapping[str, str] | None = None) -> str:
    """Picks and switches to the language for this run; returns its code."""
    code = (typed_language(argv, commands)
            or (remembered_language(argv) if _opens_profile(argv, commands) else None)
            or system_language(environ) or ENGLISH)
    if code != language():  # English, the start, reads nothing
        use_language(code)
    return code
