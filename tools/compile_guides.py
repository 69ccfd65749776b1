"""Write content/parsed/<name>.json, the shipped guides and region data as the TOML parser reads
them, and content/parsed/<name>.guide.pickle, each shipped guide as the loader makes it, so the
wizard's first start waits neither for the parser nor for the guides' checks
(checkup.guides.precompiled says how they are used: only for a file of exactly the bytes they
were made from).

    .venv/bin/python tools/compile_guides.py           # after changing any content/*.toml
    .venv/bin/python tools/compile_guides.py --check   # exit 1 when one is missing or old

A test runs the check, so a guide changed without this is noticed before it ships.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))  # its neighbour, however this file was loaded

from generated import files_tool  # noqa: E402

from checkup.guides.loader import DATA_FILES, guide_files, load_file  # noqa: E402
from checkup.guides.precompiled import FOLDER, LOADED, loaded_file, parsed_file  # noqa: E402
from checkup.support.digest import sha256_hex  # noqa: E402
from checkup.support.toml_file import Unreadable, decode, read_bytes  # noqa: E402
from checkup.support.toml_json import envelope  # noqa: E402

CONTENT = ROOT / "content"


def wanted(content: Path = CONTENT) -> dict[Path, bytes]:
    """Each file there should be in content/parsed, with what it should hold."""
    out: dict[Path, bytes] = {}
    data_files = [content / name for name in sorted(DATA_FILES) if (content / name).is_file()]
    guides = guide_files(content)
    for path in [*guides, *data_files]:
        raw = read_bytes(path, "a guide")
        try:
            data = decode(raw, "a guide")
        except Unreadable:
            continue  # `checkup validate` says why; nothing to parse ahead
        text = envelope(sha256_hex(raw), data)
        if text is not None:
            out[parsed_file(content, path.name)] = (text + "\n").encode("utf-8")
        guide, problems = load_file(path) if path in guides else (None, [])
        if guide is not None and not problems:
            kept = (sha256_hex(raw), guide._replace(path=""))
            out[loaded_file(content, path.name)] = pickle.dumps(kept, protocol=5)
    return out


def _same(path: Path, should: bytes) -> bool:
    """Whether `path` holds what it should: a kept guide is compared as the Guide it loads as
    (another Python may write the same Guide in other bytes)."""
    if not path.is_file():
        return False
    if path.name.endswith(LOADED):
        try:
            return pickle.loads(path.read_bytes()) == pickle.loads(should)
        except Exception:  # written by a checkup of other classes
            return False
    return path.read_bytes() == should


def _kept(folder: Path) -> set[Path]:
    return set(folder.glob("*.json")) | set(folder.glob(f"*{LOADED}")) if folder.is_dir() else set()


def differences(content: Path = CONTENT) -> list[str]:
    """What is missing, old or left over in content/parsed/, one line each."""
    should = wanted(content)
    lines = [f"{p.relative_to(content.parent)}: missing or not of its guide's current bytes"
             for p, made in should.items() if not _same(p, made)]
    folder = content / FOLDER
    extra = sorted(_kept(folder) - set(should))
    lines += [f"{p.relative_to(content.parent)}: no guide of that name" for p in extra]
    return lines


def write() -> None:
    should = wanted()
    folder = CONTENT / FOLDER
    folder.mkdir(exist_ok=True)
    for path in _kept(folder) - set(should):
        path.unlink()
    for path, made in should.items():
        path.write_bytes(made)
    print(f"{len(should)} parsed guide(s) in {folder}")


def main(argv: list[str] | None = None) -> int:
    return files_tool(argv, __doc__.split("\n\n")[0], differences, write,
                      "tools/compile_guides.py")


if __name__ == "__main__":
    raise SystemExit(main())
