"""How deep a TOML text goes, found before the parser sees it.

tomllib takes time and memory quadratic in the parts of a dotted key or table header (40,000
parts, 80 KB, cost it 45 s and 6 GB), and recurses once per level of arrays and inline tables
nested in one another; tomli_w recurses once per level of tables when writing. A file of ours
never comes near the limits below, so anything beyond them is refused with its line number, after
one linear pass over the text that stops at the first problem.
"""

from __future__ import annotations

import re

from checkup.support.i18n import _

# Far beyond any file of ours (a guide nests 6 deep, a profile key has 4 parts), far below what
# makes the parser slow or makes it or the writer recurse too deeply.
MAX_KEY_PARTS = 32  # parts of one dotted key or table header: a.b.c has 3
MAX_NESTING = 32  # arrays and inline tables inside one another
MAX_DEPTH = 48  # tables and lists inside one another once read, however they were written


# Strings and comments, each as a whole, as a TOML reader meets them from left to right: what is
# inside them is text, not structure. A multi-line string may end in up to two quotes of its own
# ("""a""""" is a and two quotes); an unclosed string matches nothing and is the parser's to report.
_TEXT = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""(?:""|")?'
    r"|'''(?:[^']|'(?!''))*'''(?:''|')?"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*")
# A key or table name of more than MAX_KEY_PARTS parts: that many dots in one stretch between
# separators. Tried only where a stretch begins, so the search stays linear.
_MANY_PARTS = re.compile(
    r"(?:\A|(?<=[=,\[\]{}\n]))(?:[^.=,\[\]{}\n]*\.){" + str(MAX_KEY_PARTS) + "}")
_BRACKET = re.compile(r"[\[\]{}]")


def _blank_text(match: re.Match[str]) -> str:
    return '""' + "\n" * match.group().count("\n")  # keeps the line numbers


def shape_problem(text: str, kind: str) -> str | None:
    """Why `text` is not read as `kind` ("a guide"): a key with too many parts, or nesting too
    deep; None when its shape is fine. Text inside strings and comments does not count."""
    bare = _TEXT.sub(_blank_text, text)
    if (many := _MANY_PARTS.search(bare)) is not None:
        line = bare.count("\n", 0, many.start()) + 1
        return _("line {line}: a key or table name has more than {parts} parts, far more than "
                 "{kind} has").format(line=line, parts=MAX_KEY_PARTS, kind=kind)
    nesting, header, line_start, last, first = 0, False, 0, 0, True
    for match in _BRACKET.finditer(bare):
        bracket, at = match.group(), match.start()
        if (newline := bare.rfind("\n", last, at)) >= 0:  # back only to the bracket before
            line_start, header, first = newline + 1, False, True
        first_on_line, first, last = first, False, match.end()
        if header:
            header = bracket != "]"  # [table] or [[table]] ends at its first ]
        elif bracket == "[" and nesting == 0 and first_on_line and not (
                bare[line_start:at].strip()):
            header = True  # its brackets are not nesting
        elif bracket in "[{":
            nesting += 1
            if nesting > MAX_NESTING:
                return _("nested too deeply to be {kind}").format(kind=kind)
        else:
            nesting = max(nesting - 1, 0)
    return None


def too_deep(data: object, limit: int = MAX_DEPTH) -> bool:
    """Whether tables and lists in `data` go more than `limit` deep (found without recursing)."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: list[object] = list(value.values())
        elif isinstance(value, list | tuple):
            children = list(value)
        else:
            continue
        if children and depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
