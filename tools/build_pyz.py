"""Build checkup.pyz: checkup and its pure-Python dependencies in one file that any Python 3.11+
runs, offline, on Linux, macOS and Windows:

    .venv/bin/python tools/build_pyz.py            # writes dist/checkup.pyz
    python3 dist/checkup.pyz                       # the wizard; python3 dist/checkup.pyz --help

It installs this checkout and its runtime dependencies with pip into a scratch folder (pip needs
the package index for them, or `--find-links WHEELS` for a folder of wheels, offline), keeps each
bundled project's licence files (redistributing them requires it), and writes a zipapp. The zip
is written here rather than by `python -m zipapp`, whose writer takes files in the order the
folder lists them, with their own times: so two builds of the same checkout with the same
dependencies give the same bytes.

This script is not part of the installed package: it lives beside it, as benchmarks/ does.
"""

from __future__ import annotations

import argparse
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTERPRETER = "/usr/bin/env python3"  # the first line, so `./checkup.pyz` runs on Linux and macOS
# The archive's entry point. It keeps main()'s exit status (zipapp's own would drop it), and
# on a Python too old for checkup says so in one line, in words an old Python still reads.
MAIN = """\
import sys

if sys.version_info < (3, 11):
    sys.stderr.write("checkup: error: checkup needs Python 3.11 or newer; this is Python %d.%d. "
                     "Install Python 3.11 or newer and run this file with it.\\n"
                     % sys.version_info[:2])
    sys.exit(1)

from checkup.cli.main import main

sys.exit(main())
"""
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # every member's time: the bytes depend on the contents only
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
# What pip leaves that the program never reads: its own records (RECORD names files that are
# not in the archive, direct_url.json the folder this was built in), scripts, caches.
DROPPED_METADATA = frozenset({"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"})


def install(stage: Path, find_links: Path | None) -> None:
    """pip install this checkout and its dependencies into `stage`."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-compile",
               "--disable-pip-version-check", "--target", str(stage)]
    if find_links is not None:
        command += ["--no-index", "--find-links", str(find_links)]
    subprocess.run([*command, str(ROOT)], check=True)


def is_licence(path: Path) -> bool:
    return path.name.upper().startswith(LICENCE_NAMES) or "licenses" in path.parts


def prune(stage: Path) -> None:
    """Drop what the program never reads; keep every licence file."""
    shutil.rmtree(stage / "bin", ignore_errors=True)
    for cache in list(stage.rglob("__pycache__")):
        shutil.rmtree(cache)
    for path in list(stage.rglob("*")):
        if path.is_file() and (path.suffix in (".pyc", ".pyo") or (
                path.parent.name.endswith(".dist-info") and path.name in DROPPED_METADATA)):
            path.unlink()


def check_pure_python(stage: Path) -> None:
    """A compiled module would run only on the system it was built for: refuse to bundle one."""
    compiled = [p for p in stage.rglob("*") if p.suffix in (".so", ".pyd", ".dylib", ".dll")]
    if compiled:
        raise SystemExit(f"build_pyz: not pure Python, cannot bundle: {compiled}")


def check_licences(stage: Path) -> list[str]:
    """Each bundled project with its licence files; none may lack one."""
    found = []
    for info in sorted(stage.glob("*.dist-info")):
        licences = sorted(p.relative_to(info).as_posix() for p in info.rglob("*")
                          if p.is_file() and is_licence(p.relative_to(info)))
        if not licences:
            raise SystemExit(f"build_pyz: {info.name} has no licence file to ship with it")
        found.append(f"{info.name.removesuffix('.dist-info')}: {', '.join(licences)}")
    return found


def compile_for_this_python(stage: Path) -> None:
    """Byte-code beside each module, which zipimport uses when the running Python is this one
    (it cannot write a cache into the archive, so without it every start compiles textual
    afresh); other versions ignore it and read the source. Checked by hash, not by file time,
    so the output does not depend on when the files were written."""
    for source in sorted(stage.rglob("*.py")):
        py_compile.compile(str(source), cfile=str(source) + "c", dfile=source.relative_to(
            stage).as_posix(), doraise=True,
            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)


def write_archive(stage: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        out.write(b"#!" + INTERPRETER.encode() + b"\n")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            members = [("__main__.py", MAIN.encode()), ("LICENSE", (ROOT / "LICENSE").read_bytes())]
            members += [(p.relative_to(stage).as_posix(), p.read_bytes())
                        for p in stage.rglob("*") if p.is_file()]
            for name, data in sorted(members):
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
    partial.chmod(0o755)
    os.replace(partial, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build checkup.pyz, the single-file checkup.")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "dist" / "checkup.pyz",
                        help="where to write it (default: dist/checkup.pyz)")
    parser.add_argument("--find-links", type=Path, metavar="WHEELS",
                        help="take the dependencies from this folder of wheels, offline")
    parser.add_argument("--no-compile", action="store_true",
                        help="leave out byte-code: smaller, but slower to start")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="checkup-pyz-") as scratch:
        stage = Path(scratch) / "app"
        install(stage, args.find_links)
        prune(stage)
        check_pure_python(stage)
        licences = check_licences(stage)
        if not args.no_compile:
            compile_for_this_python(stage)
        write_archive(stage, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB), bundling:")
    print("\n".join(f"  {line}" for line in licences))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
