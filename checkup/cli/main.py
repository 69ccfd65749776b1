"""The `checkup` command line: argparse first, everything heavy imported only when needed."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from checkup import __version__
from checkup.cli.language import choose_language, lang_argument
from checkup.cli.options import as_of_date
from checkup.cli.profile_args import add_profile_options
from checkup.guides.model import SURFACES
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import _
from checkup.support.languages import ENGLISH
from checkup.support.launch import command
from checkup.support.safe_text import printable
from checkup.support.terminal import survive_any_encoding

# Each name is a module in checkup.cli.commands with add_parser(subparsers) and run(args) -> int.
COMMANDS: tuple[str, ...] = (
    "list", "show", "validate", "qr", "export", "where", "status", "mark", "reset", "workshop",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(_("{problem} (see '{help}')").format(problem=message,
                                                               help=f"{self.prog} --help"))


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without the commands (faster: ten fewer modules and parsers)
    it parses only what starts the wizard."""
    parser = _Parser(
        prog=command(),
        description=_("A guided, offline check-up of the settings that let platforms train AI "
                      "on your posts and profile. Nothing is sent anywhere; no password is ever "
                      "asked for."),
        epilog=_("Run '{help}' for a command's options.").format(
            help=command("COMMAND", "--help")),
    )
    parser.add_argument("--version", action="version", version=f"checkup {__version__}",
                        help=_("show checkup's version and exit"))
    add_profile_options(parser, top_level=True)
    lang_argument(parser)
    wizard = parser.add_argument_group(_("the wizard (run with no COMMAND)"))
    wizard.add_argument("--region", metavar="COUNTRY",
                        help=_("your country, its code or its name (DE, GB or UK, Germany, "
                               "Deutschland, ...): skips that question"))
    wizard.add_argument("--surface", choices=SURFACES, action="append",
                        help=_("your device(s): desktop, ios, android; skips that question"))
    wizard.add_argument("--guide", action="append", metavar="ID",
                        help=_("which guide(s) to do, such as linkedin"))
    wizard.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD",
                        help=_("decide region rules as on this day (default: today)"))
    wizard.add_argument("--plain", action="store_true",
                        help=_("one question at a time, line by line, for screen readers, simple "
                               "terminals and scripts (chosen by itself when not in a terminal)"))
    wizard.add_argument("--theme", choices=("dark", "light", "high-contrast"), default="dark",
                        help=_("colours: dark (default), light or high-contrast"))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        import_module(f"checkup.cli.commands.{name}").add_parser(sub)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Starting the wizard is parsed without building every command's parser, which costs the
    wizard's first screen several milliseconds. Anything that might name a command, ask for
    help or go wrong is parsed by the whole parser, so its answers and messages are the same."""
    if not any(word in COMMANDS or word in ("-h", "--help") for word in argv):
        try:
            return build_parser(with_commands=False).parse_args(argv)
        except UsageError:
            pass
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    survive_any_encoding()  # first: --help and errors must print in any character set too
    argv = sys.argv[1:] if argv is None else argv
    try:
        if choose_language(argv, COMMANDS) != ENGLISH:  # first: --help and every message
            from checkup.cli.argparse_words import speak_argparse

            speak_argparse()
        args = parse_args(argv)
        if args.command is None:
            from checkup.cli.wizard import run_wizard

            return run_wizard(args)
        return import_module(f"checkup.cli.commands.{args.command}").run(args)
    except UsageError as e:
        print(_("checkup: error: {problem}").format(problem=printable(str(e))), file=sys.stderr)
        return 2
    except CheckupError as e:
        print(_("checkup: error: {problem}").format(problem=printable(str(e))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("checkup: stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head); nothing left to say
        return 0
