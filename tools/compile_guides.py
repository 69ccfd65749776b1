"""Write content/parsed/<name>.json, the shipped guides and region data as the TOML parser reads
them, so the wizard's first start does not wait for the parser (checkup.guides.precompiled says
how they are used: only for a file of exactly the bytes they were made from).

    .venv/bin/python tools/compile_guides.py           # after changing any content/*.toml
    .venv/bin/python tools/compile_guides.py --check   # exit 1 when one is missing or old

A test runs the check, so a guide changed without this is noticed before it ships.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkup.guides.loader import DATA_FILES, guide_files  # noqa: E402
from checkup.guides.precompiled import FOLDER, parsed_file  # noqa: E402
from checkup.support.digest import sha256_hex  # noqa: E402
from checkup.support.toml_file import Unreadable, decode, read_bytes  # noqa: E402
from checkup.support.toml_json import envelope  # noqa: E402

CONTENT = ROOT / "content"


def wanted(content: Path = CONTENT) -> dict[Path, str]:
    """Each parsed file there should be, with the text it should hold."""
    out: dict[Path, str] = {}
    data_files = [content / name for name in sorted(DATA_FILES) if (content / name).is_file()]
    for path in [*guide_files(content), *data_files]:
        raw = read_bytes(path, "a guide")
        try:
            data = decode(raw, "a guide")
        except Unreadable:
            continue  # `checkup validate` says why; nothing to parse ahead
        text = envelope(sha256_hex(raw), data)
        if text is not None:
            out[parsed_file(content, path.name)] = text + "\n"
    return out


def differences(content: Path = CONTENT) -> list[str]:
    """What is missing, old or left over in content/parsed/, one line each."""
    should = wanted(content)
    lines = [f"{p.relative_to(content.parent)}: missing or not of its guide's current bytes"
             for p, text in should.items()
             if not p.is_file() or p.read_text(encoding="utf-8") != text]
    folder = content / FOLDER
    extra = sorted(set(folder.glob("*.json")) - set(should)) if folder.is_dir() else []
    lines += [f"{p.relative_to(content.parent)}: no guide of that name" for p in extra]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what is not current")
    options = parser.parse_args(argv)
    if options.check:
        lines = differences()
        for line in lines:
            print(line)
        if lines:
            print("run: python tools/compile_guides.py")
        return 1 if lines else 0
    should = wanted()
    (CONTENT / FOLDER).mkdir(exist_ok=True)
    for path in set((CONTENT / FOLDER).glob("*.json")) - set(should):
        path.unlink()
    for path, text in should.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(should)} parsed guide(s) in {CONTENT / FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
