"""Compiles every translation catalogue to the .mo file checkup reads, beside its .po: the
program's (checkup/locale/<code>/LC_MESSAGES/checkup.po) and each guide's
(content/locale/<code>/LC_MESSAGES/<guide>.po). Fuzzy entries are left out: a sentence whose
English changed shows in English until its translation is brought up to date.

    .venv/bin/python tools/compile_catalogues.py           # after editing any .po
    .venv/bin/python tools/compile_catalogues.py --check   # exit 1 when a .mo is missing or old

The .mo files are committed and shipped; a test fails while one is not what its .po gives."""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))  # its neighbour, however this file was loaded

from generated import files_tool  # noqa: E402

FOLDERS = (ROOT / "checkup" / "locale", ROOT / "content" / "locale")


def catalogues(folders: tuple[Path, ...] = FOLDERS) -> list[Path]:
    """Every .po in <folder>/<code>/LC_MESSAGES/, in a stable order."""
    return sorted(p for folder in folders for p in folder.glob("*/LC_MESSAGES/*.po"))


def compiled(po: Path) -> bytes:
    """The .mo that `po` compiles to (without its fuzzy entries)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f, locale=po.parent.parent.name)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def differences(folders: tuple[Path, ...] = FOLDERS) -> list[str]:
    """Each .mo that is missing, old or without a .po, one line each."""
    lines = []
    for po in catalogues(folders):
        mo = po.with_suffix(".mo")
        if not mo.is_file() or mo.read_bytes() != compiled(po):
            lines.append(f"{mo}: missing or not what {po.name} compiles to")
    for folder in folders:
        for mo in sorted(folder.glob("*/LC_MESSAGES/*.mo")):
            if not mo.with_suffix(".po").is_file():
                lines.append(f"{mo}: no {mo.with_suffix('.po').name} beside it")
    return lines


def write() -> None:
    for po in catalogues():
        po.with_suffix(".mo").write_bytes(compiled(po))
        print(po.with_suffix(".mo"))


def main(argv: list[str] | None = None) -> int:
    return files_tool(argv, __doc__.split("\n\n")[0], differences, write,
                      "tools/compile_catalogues.py")


if __name__ == "__main__":
    sys.exit(main())
