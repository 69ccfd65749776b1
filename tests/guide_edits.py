"""The shipped guide's revision, for tests of the shipped guide that should not change with it.
Tests of the engine write made-up guides instead (made_up_guides.py)."""

from __future__ import annotations

import re

from checkup.support.paths import shipped_content_dir

_REVISION = re.compile(r"(?m)^revision = (\d+)$")


def shipped_revision() -> int:
    found = _REVISION.search((shipped_content_dir() / "linkedin.toml").read_text())
    assert found
    return int(found.group(1))
