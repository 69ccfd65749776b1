"""Wrapping plain text for terminals and paper: words whole, URLs never broken."""

from __future__ import annotations

import textwrap


def wrap(text: str, indent: str, width: int, first: str | None = None) -> list[str]:
    """`text` in lines of at most `width` columns, each after `indent` (`first` on the first
    line). Long words (URLs) stay whole so they can be copied and read out."""
    return textwrap.wrap(text, width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False) or [indent.rstrip()]
