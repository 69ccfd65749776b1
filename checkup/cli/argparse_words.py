"""The words argparse itself prints (usage, its headings, its messages about a mistyped option),
marked here so they are in checkup's catalogue, and handed argparse's way, so that `--help` and
a mistake on the command line read in the person's language as the rest does. They are
argparse's own strings, letter for letter: argparse looks them up by their English text."""

from __future__ import annotations

import argparse

from checkup.support.i18n import N_, _, ngettext

# Translators: these are the command line's own words (Python's argparse). Keep every %s, %r
# and %(name)s exactly; "usage: " ends with a space.
ARGPARSE_WORDS: tuple[str, ...] = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("unrecognized arguments: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def speak_argparse() -> None:
    """argparse says its words through checkup's catalogue from now on."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
