"""Editing a copy of a shipped guide in tests, without depending on its current revision."""

from __future__ import annotations

import re
from pathlib import Path

from checkup.support.paths import shipped_content_dir

_REVISION = re.compile(r"(?m)^revision = (\d+)$")


def shipped_revision() -> int:
    found = _REVISION.search((shipped_content_dir() / "linkedin.toml").read_text())
    assert found
    return int(found.group(1))


REVISION_LINE = f"revision = {shipped_revision()}"


def set_revision(path: Path, revision: int) -> None:
    """The guide at `path` with its revision line set to `revision`."""
    text, n = _REVISION.subn(f"revision = {revision}", path.read_text(), count=1)
    assert n == 1
    path.write_text(text)


def bump_revision(path: Path) -> int:
    """Raise the guide's revision by one, as a content change would; returns the new one."""
    found = _REVISION.search(path.read_text())
    assert found
    set_revision(path, int(found.group(1)) + 1)
    return int(found.group(1)) + 1
