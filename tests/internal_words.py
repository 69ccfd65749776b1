"""The words a person should never read: the statuses' own names (which `--json` keeps, for
scripts) and the rules' vocabulary. "applies" is fine in a sentence ("this applies", "applies to
you"), not as a bare status ("Germany: applies (...)")."""

from __future__ import annotations

import re

INTERNAL = re.compile(r"not-offered|not-stated|rule since|rule in force|\bStatus: |"
                      r"(?<![Tt]his )(?<!it )(?<!sources don't say whether this )\bapplies\b"
                      r"(?! to you)(?! where you live)(?! in )")


def internal_word(text: str) -> str | None:
    """The first internal word in `text`, with what is around it; None when there is none."""
    found = INTERNAL.search(" ".join(text.split()))
    if found is None:
        return None
    joined = " ".join(text.split())
    return f"{found.group(0)!r} in ...{joined[max(0, found.start() - 60):found.end() + 60]}..."
