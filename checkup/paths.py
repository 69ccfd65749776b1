"""Where the guides live. CHECKUP_CONTENT names another folder of guides (tests, custom sets)."""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path


def package_dir(package: str) -> Path:
    """The folder of an installed subpackage, found through the import system (so editable
    installs, which map screens/ and content/ into checkup, resolve too). Cheaper at start-up
    than importlib.resources, and checkup is always installed as files, never zipped."""
    return Path(import_module(package).__file__).parent


def shipped_content_dir() -> Path:
    """The guides and region data installed with checkup."""
    return package_dir("checkup.content")


def content_dir() -> Path:
    """The folder guides are read from."""
    override = os.environ.get("CHECKUP_CONTENT")
    return Path(override) if override else shipped_content_dir()
