"""The `checkup` command line: argparse first, everything heavy imported only when needed."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from checkup import __version__
from checkup.errors import CheckupError, UsageError
from checkup.profile_args import add_profile_options

# Each name is a module in checkup.commands with add_parser(subparsers) and run(args) -> int.
COMMANDS: tuple[str, ...] = ("list", "show", "validate", "where", "status", "mark", "reset")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="checkup",
        description="A guided, offline check-up of the settings that let platforms train AI on "
        "your posts and profile. Nothing is sent anywhere; no password is ever asked for.",
        epilog="Run 'checkup COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"checkup {__version__}")
    add_profile_options(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        import_module(f"checkup.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 0
        return import_module(f"checkup.commands.{args.command}").run(args)
    except UsageError as e:
        print(f"checkup: error: {e}", file=sys.stderr)
        return 2
    except CheckupError as e:
        print(f"checkup: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("checkup: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head); nothing left to say
        return 0
