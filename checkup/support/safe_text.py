"""Text from a file or a person is data: it may hold anything a person (or a broken file) put
there. This module is the one way such text is made safe for each kind of output; every view
uses it rather than a check of its own:

- `printable`: a terminal line (plain mode, `status`, messages that echo a name or an
  argument) and, through screens.common.SafeText, every Textual widget;
- `flowing`: prose in a file (the text and Markdown exports; `html_text` for HTML);
- `control_problem`: for text typed in now (a skip reason), which is refused rather than kept.

Control and invisible-formatting characters are shown as escapes such as \\x1b or \\u202e, so
nothing can move the cursor, set the clipboard or the title, plant a link, change colours, or
hide or reorder text for a screen reader, and what was there can still be seen."""

from __future__ import annotations

import unicodedata

from checkup.support.i18n import _

_INVISIBLE = ("Cc", "Cf", "Cs", "Zl", "Zp")


def _escape(c: str) -> str:
    code = ord(c)
    return (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
            else f"\\U{code:08x}")


def printable(text: str) -> str:
    """`text` on one line with every control or invisible-formatting character escaped."""
    return "".join(_escape(c) if unicodedata.category(c) in _INVISIBLE else c for c in text)


def flowing(text: str) -> str:
    """`text` as prose to be wrapped: tabs and line breaks become spaces, everything else that
    is not visible text is escaped as in `printable`."""
    return printable("".join(" " if c in "\t\n\r" else c for c in text))


def html_text(text: str, quote: bool = False) -> str:
    """Text content (or, with `quote`, an attribute value) for HTML: escaped twice over, as
    prose and as HTML."""
    import html  # only exports need it

    return html.escape(flowing(text), quote=quote)


def control_problem(text: str) -> str | None:
    """Why `text`, typed in now, holds a character that is not plain text, or None."""
    for c in text:
        if unicodedata.category(c) in _INVISIBLE:
            return _("it contains a control or formatting character ({character}); type plain "
                     "text only").format(character=_escape(c))
    return None
