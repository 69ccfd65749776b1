"""How deep a TOML text goes, found before the parser sees it.

tomllib takes time and memory quadratic in the parts of a dotted key or table header (40,000
parts, 80 KB, cost it 45 s and 6 GB), and recurses once per level of arrays and inline tables
nested in one another; tomli_w recurses once per level of tables when writing. A file of ours
never comes near the limits below, so anything beyond them is refused with its line number, after
one linear pass over the text that stops at the first problem.
"""

from __future__ import annotations

import re

# Far beyond any file of ours (a guide nests 6 deep, a profile key has 4 parts), far below what
# makes the parser slow or makes it or the writer recurse too deeply.
MAX_KEY_PARTS = 32  # parts of one dotted key or table header: a.b.c has 3
MAX_NESTING = 32  # arrays and inline tables inside one another
MAX_DEPTH = 48  # tables and lists inside one another once read, however they were written

# Where the scan stops: string openings, comments, brackets, separators and dots.
_TOKEN = re.compile(r'"""|' + r"'''" + r"""|["'#\[\]{}=,.\n]""")
_STRING_REST = {  # from just after the opening quotes to just after the closing ones
    '"': re.compile(r'(?:[^"\\\n]|\\.)*"'),
    "'": re.compile(r"[^'\n]*'"),
    # a multi-line string may end in up to two quotes of its own: """a""""" is a and ""
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""(?:""|")?', re.DOTALL),
    "'''": re.compile(r"(?:[^']|'(?!''))*'''(?:''|')?"),
}


def shape_problem(text: str, kind: str) -> str | None:
    """Why `text` is not read as `kind` ("a guide"): a key with too many parts, or nesting too
    deep; None when its shape is fine. Text inside strings and comments does not count."""
    nesting, parts = 0, 1
    header = False  # between the brackets of [table] or [[table]]
    line, line_start, new_line = 1, 0, True
    pos = 0
    while (match := _TOKEN.search(text, pos)) is not None:
        token, pos = match.group(), match.end()
        first_on_line, new_line = new_line, False
        if token in _STRING_REST:
            end = _STRING_REST[token].match(text, pos)
            if end is not None:  # an unclosed string is the parser's to report
                line += text.count("\n", pos, end.end())
                pos = end.end()
        elif token == "#":
            end_of_line = text.find("\n", pos)
            pos = len(text) if end_of_line < 0 else end_of_line
        elif token == "\n":
            line, line_start, new_line, parts, header = line + 1, pos, True, 1, False
        elif token == ".":
            parts += 1
            if parts > MAX_KEY_PARTS:
                return (f"line {line}: a key or table name has more than {MAX_KEY_PARTS} "
                        f"parts, far more than {kind} has")
        elif token == "[" and nesting == 0 and not header and first_on_line and not (
                text[line_start:match.start()].strip()):
            header, parts = True, 1  # [table] or [[table]]: its brackets are not nesting
            if text.startswith("[", pos):
                pos += 1
        else:  # = , { } ] or the [ of an array: a new key or value begins
            parts = 1
            if token == "]" and header:
                header = False
            elif token in "[{":
                nesting += 1
                if nesting > MAX_NESTING:
                    return f"nested too deeply to be {kind}"
            elif token in "]}":
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
