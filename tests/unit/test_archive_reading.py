"""Guides read from inside a zip archive, as checkup.pyz carries them: the same guides as on
disk, under the same size limit; and a package imported from a zip is known to be in one."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from made_up_guides import item, write_guide

from checkup.guides.loader import load_paths
from checkup.support.paths import in_archive, package_dir, shipped_content_dir
from checkup.support.toml_file import MAX_BYTES, Unreadable, read_bytes


@pytest.fixture
def on_disk(tmp_path: Path) -> Path:
    """A folder of content as checkup ships it: a (made-up) guide and the region data."""
    folder = tmp_path / "content"
    write_guide(folder, main_item="second", items=[item("first"), item("second")])
    for name in ("regions.toml", "countries.toml", "__init__.py"):
        (folder / name).write_bytes((shipped_content_dir() / name).read_bytes())
    return folder


@pytest.fixture
def archive(tmp_path: Path, on_disk: Path) -> Path:
    path = tmp_path / "checkup.pyz"
    with zipfile.ZipFile(path, "w") as z:
        for file in sorted(on_disk.iterdir()):
            z.writestr(f"checkup/content/{file.name}", file.read_bytes())
        z.writestr("checkup/content/huge.toml", b"#" * (MAX_BYTES + 1))
        z.writestr("zipped_pkg/__init__.py", "")
        z.writestr("zipped_pkg/app.tcss", "Screen { color: red; }")
    return path


def test_guides_in_an_archive_are_the_guides_on_disk(archive: Path, on_disk: Path) -> None:
    inside = zipfile.Path(archive, "checkup/content/")
    assert in_archive(inside)
    loaded = load_paths([inside])
    from_disk = load_paths([on_disk])
    assert [g.id for g in loaded.guides] == [g.id for g in from_disk.guides] == ["example"]
    assert [i.id for i in loaded.guides[0].items] == [i.id for i in from_disk.guides[0].items]
    assert loaded.guides[0].main_item == "second"
    # the oversized member is refused as one on disk would be, not read whole
    assert [p.message for p in loaded.problems] == [
        "larger than 1 MiB, far more than a guide holds: not read"]
    with pytest.raises(Unreadable, match="larger than 1 MiB"):
        read_bytes(inside / "huge.toml", "a guide")


def test_a_package_imported_from_a_zip_is_read_through_it(archive: Path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(archive))
    try:
        folder = package_dir("zipped_pkg")
        assert in_archive(folder)
        assert (folder / "app.tcss").read_text() == "Screen { color: red; }"
    finally:
        sys.modules.pop("zipped_pkg", None)
    assert not in_archive(package_dir("checkup.screens"))
