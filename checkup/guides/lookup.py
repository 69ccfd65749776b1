"""Reading only the guides a command names: a guide is usually in <its id>.toml, so that one file
is read, and the others only when it is not there (a file named otherwise, a broken or missing
one): then every guide is read, as load_guides does, and the answer is the one it gives. (When
two files give the same id, which `checkup validate` reports, <id>.toml is the one taken here.)"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checkup.guides.loader import _ID, LoadResult, _load_one, load_paths
from checkup.guides.regions import default_regions
from checkup.support.paths import content_dir
from checkup.support.toml_file import read_toml

if TYPE_CHECKING:
    from checkup.guides.loader import Ahead, Read


def load_named(ids: Iterable[str], directory: Path | None = None, read: Read = read_toml,
               ahead: Ahead | None = None) -> LoadResult:
    """The guides `ids` names (as typed: case and spaces around do not matter), each read from
    its own file when that file holds a guide of that id without a problem; else every guide
    in the folder, so a guide in a file of another name is found, a broken one said to be broken
    and an unknown one named among those there are."""
    folder = directory or content_dir()
    regions = default_regions()
    result = LoadResult()
    for wanted in dict.fromkeys(i.strip().lower() for i in ids):
        if not _ID.fullmatch(wanted):  # never a path: "../x" is no file name of a guide
            return load_paths([folder], regions, read, ahead)
        path = folder / f"{wanted}.toml"
        if not path.is_file():
            return load_paths([folder], regions, read, ahead)
        guide, problems, _raw_id = _load_one(path, regions, read, ahead)
        if guide is None or problems or guide.id != wanted:
            return load_paths([folder], regions, read, ahead)
        result.guides.append(guide)
    return result
