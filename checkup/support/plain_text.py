"""Wrapping plain text for terminals and paper: words whole, URLs never broken."""

from __future__ import annotations

import re
import textwrap


def wrap(text: str, indent: str, width: int, first: str | None = None) -> list[str]:
    """`text` in lines of at most `width` columns, each after `indent` (`first` on the first
    line). Long words (URLs) stay whole so they can be copied and read out."""
    return textwrap.wrap(text, width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False) or [indent.rstrip()]


def cut_link(link: str, width: int, fewest_lines: bool = False) -> list[str]:
    """A link too long for `width` in lines each ending after a "/", so each line is whole path
    parts and joined they are the link again. A part longer than the width keeps a line of its
    own, longer than the width: it is never cut inside (whoever draws it shortens it with an
    ellipsis, or lets the terminal run it on). With `fewest_lines`, cut anywhere instead when
    that takes fewer lines (a QR code above needs the rows more)."""
    if len(link) <= width or width < 1:
        return [link]
    out = [""]
    for piece in re.findall(r"[^/]*/|[^/]+", link):  # each path part with its slash
        if out[-1] and len(out[-1]) + len(piece) > width:
            out.append("")
        out[-1] += piece
    anywhere = [link[i:i + width] for i in range(0, len(link), width)]
    return anywhere if fewest_lines and len(anywhere) < len(out) else out
