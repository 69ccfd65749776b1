"""tools/build_pyz.py, on a small folder made here (the real build needs pip and the index, and
its result is tested in test_single_file.py): what it keeps, what it refuses, what it writes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]  # tests/<kind>/this file
_spec = importlib.util.spec_from_file_location("build_pyz", ROOT / "tools" / "build_pyz.py")
build_pyz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_pyz)


def installed(stage: Path, exit_status: int = 0) -> Path:
    """What `pip install --target` leaves: a package, its dist-info, scripts and caches."""
    package = stage / "checkup"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "cli").mkdir()
    (package / "cli" / "__init__.py").write_text("")
    (package / "cli" / "main.py").write_text(f"def main():\n    return {exit_status}\n")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "main.cpython-311.pyc").write_bytes(b"stale")
    info = stage / "privacy_checkup-0.1.0.dist-info"
    (info / "licenses").mkdir(parents=True)
    (info / "licenses" / "LICENSE").write_text("MIT License\n")
    for name in ("METADATA", "RECORD", "INSTALLER", "direct_url.json"):
        (info / name).write_text(name)
    other = stage / "mdurl-0.1.2.dist-info"
    other.mkdir()
    (other / "LICENSE").write_text("MIT License\n")
    (other / "METADATA").write_text("Name: mdurl\n")
    (stage / "bin").mkdir()
    (stage / "bin" / "checkup").write_text("#!/usr/bin/python3\n")
    return stage


def test_pruning_keeps_the_licences_and_drops_the_records(tmp_path: Path) -> None:
    stage = installed(tmp_path / "app")
    build_pyz.prune(stage)
    left = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file())
    assert left == [
        "checkup/__init__.py", "checkup/cli/__init__.py", "checkup/cli/main.py",
        "mdurl-0.1.2.dist-info/LICENSE", "mdurl-0.1.2.dist-info/METADATA",
        "privacy_checkup-0.1.0.dist-info/METADATA",
        "privacy_checkup-0.1.0.dist-info/licenses/LICENSE",
    ]
    assert build_pyz.check_licences(stage) == [
        "mdurl-0.1.2: LICENSE", "privacy_checkup-0.1.0: licenses/LICENSE"]


def test_a_project_without_its_licence_is_not_bundled(tmp_path: Path) -> None:
    stage = installed(tmp_path / "app")
    (stage / "mdurl-0.1.2.dist-info" / "LICENSE").unlink()
    with pytest.raises(SystemExit, match="mdurl-0.1.2.dist-info has no licence"):
        build_pyz.check_licences(stage)


def test_compiled_code_is_not_bundled(tmp_path: Path) -> None:
    stage = installed(tmp_path / "app")
    (stage / "checkup" / "_speedups.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    with pytest.raises(SystemExit, match="not pure Python"):
        build_pyz.check_pure_python(stage)


def test_the_archive_keeps_the_exit_status_and_is_the_same_every_time(tmp_path: Path) -> None:
    stage = installed(tmp_path / "app", exit_status=3)
    build_pyz.prune(stage)
    first, second = tmp_path / "one" / "checkup.pyz", tmp_path / "two" / "checkup.pyz"
    build_pyz.write_archive(stage, first)
    for path in stage.rglob("*"):  # the same files written again, later
        path.touch()
    build_pyz.write_archive(stage, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"#!/usr/bin/env python3\n")
    names = zipfile.ZipFile(first).namelist()
    assert names == sorted(names) and "LICENSE" in names and "__main__.py" in names
    assert subprocess.run([sys.executable, str(first)], timeout=60).returncode == 3
