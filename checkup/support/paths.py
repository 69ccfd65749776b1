"""Where the guides live. CHECKUP_CONTENT names another folder of guides (tests, custom sets)."""

from __future__ import annotations

import os
import zipimport
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_dir(package: str) -> Path | Traversable:
    """The folder of an installed subpackage, found through the import system (so editable
    installs, which map screens/ and content/ into checkup, resolve too). Cheaper at start-up
    than importlib.resources, which is only asked when checkup runs from its single-file
    archive (checkup.pyz): there the folder is inside a zip, read through the archive."""
    module = import_module(package)
    if isinstance(module.__spec__.loader, zipimport.zipimporter):
        from importlib.resources import files

        return files(package)
    return Path(module.__file__).parent


def in_archive(folder: Path | Traversable) -> bool:
    """Whether `folder` is inside checkup.pyz rather than on disk."""
    return not isinstance(folder, os.PathLike)


def shipped_content_dir() -> Path | Traversable:
    """The guides and region data installed with checkup."""
    return package_dir("checkup.content")


def content_dir() -> Path | Traversable:
    """The folder guides are read from."""
    override = os.environ.get("CHECKUP_CONTENT")
    return Path(override) if override else shipped_content_dir()
