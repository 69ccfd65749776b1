"""Where the guides live. CHECKUP_CONTENT names another folder of guides (tests, custom sets)."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path


def shipped_content_dir() -> Path:
    """The guides and region data installed with checkup."""
    return Path(str(files("checkup.content")))


def content_dir() -> Path:
    """The folder guides are read from."""
    override = os.environ.get("CHECKUP_CONTENT")
    return Path(override) if override else shipped_content_dir()
