"""What the terminal we print to can show: its size and whether colour may be used."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from checkup.support.i18n import _


def _env_int(environ: Mapping[str, str], name: str) -> int | None:
    try:
        value = int(environ.get(name, ""))
    except ValueError:
        return None
    return value if value > 0 else None


def terminal_size(environ: Mapping[str, str] = os.environ) -> tuple[int | None, int | None]:
    """(columns, rows) of the terminal, None where unknown (no terminal: a file, a cron job).

    COLUMNS and LINES win, as with every other tool. Otherwise stdout is asked first, then
    stderr and stdin, so `checkup qr linkedin | less` still knows the window it will appear in.
    """
    columns, rows = _env_int(environ, "COLUMNS"), _env_int(environ, "LINES")
    if columns is None or rows is None:
        for stream in (sys.stdout, sys.stderr, sys.stdin):
            try:
                size = os.get_terminal_size(stream.fileno())
            except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
                continue
            columns = columns or size.columns or None
            rows = rows or size.lines or None
            break
    return columns, rows


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is a terminal; a closed or unreal stream (a test's) is not."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def served_to_a_browser(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a Textual host runs checkup for a browser (textual-serve, `textual serve`): it
    names the driver that talks to the browser in TEXTUAL_DRIVER, and the program's input and
    output are that host's pipes, never a terminal, yet the full-screen wizard is what shows."""
    return bool(environ.get("TEXTUAL_DRIVER", "").strip())


def why_not_full_screen(stdin: TextIO, stdout: TextIO, environ: Mapping[str, str],
                        what: str | None = None) -> str | None:
    """Why `what` (the wizard, the workshop presenter) cannot run here, or None when it can."""
    if served_to_a_browser(environ):  # the browser is the terminal, whatever TERM says
        return None
    if environ.get("TERM") == "dumb":
        return _("this terminal (TERM=dumb) cannot show {what}").format(
            what=what or _("a full-screen view"))
    if not is_terminal(stdin):
        return _("the input is not a terminal")
    if not is_terminal(stdout):
        return _("the output is not a terminal")
    return None


def text_width() -> int:
    """Columns to wrap plain text to: the terminal's (or COLUMNS), at most 100, since long lines
    read badly; one spare column so a terminal never wraps a full line itself."""
    import shutil

    return min(shutil.get_terminal_size((80, 24)).columns, 100) - 1


def colour_mode(stream: TextIO, environ: Mapping[str, str] = os.environ) -> str | None:
    """"truecolor", "256", or None for plain text: NO_COLOR is set, TERM=dumb, or not a terminal."""
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb" or not is_terminal(stream):
        return None
    if environ.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "truecolor"
    return "256"


def can_encode(stream: TextIO, text: str) -> bool:
    """Whether `stream`'s character set can show every character of `text` (an ASCII-only
    console cannot show a QR code's block characters)."""
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def survive_any_encoding() -> None:
    """Let output in a character set that cannot show a character (PYTHONIOENCODING=ascii, an
    old console) show a stand-in for it instead of ending in a traceback: '?' on stdout, an
    escape such as \\xe4 on stderr, as Python itself does there."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        if getattr(stream, "errors", None) == "strict":
            # not a text stream we can change (closed, or replaced by a caller): leave it
            with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors=errors)  # type: ignore[union-attr]
