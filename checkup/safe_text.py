"""Profile text is data: it may hold anything a person (or a broken file) put there. Before it
reaches a terminal, control and formatting characters are shown as escapes, so nothing in it can
move the cursor, change colours or hide text from a screen reader."""

from __future__ import annotations

import unicodedata

_INVISIBLE = ("Cc", "Cf", "Cs", "Zl", "Zp")


def printable(text: str) -> str:
    """`text` on one line with every control or invisible-formatting character escaped."""
    out = []
    for c in text:
        if unicodedata.category(c) in _INVISIBLE:
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                       else f"\\U{code:08x}")
        else:
            out.append(c)
    return "".join(out)
