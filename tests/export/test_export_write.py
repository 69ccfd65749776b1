"""`checkup export -o FILE` never costs an earlier file: a failure (a full disk) leaves it byte for
byte, no half-written checklist or temporary file is left, and a personal checklist (region,
devices, progress) is owner-only whatever the umask, as the profile is."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from checkup.profile import safe_file


class _FullDisk:
    """A file that takes the first 100 bytes of a write, then the disk is full."""

    def __init__(self, real) -> None:  # noqa: ANN001
        self.real = real

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        self.real.close()

    def write(self, data: bytes) -> int:
        self.real.write(data[:100])
        self.real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.real, name)


@pytest.fixture
def full_disk(monkeypatch):  # noqa: ANN201
    def fill() -> None:
        real_fdopen = os.fdopen
        monkeypatch.setattr(safe_file.os, "fdopen",
                            lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))
    return fill


@pytest.mark.parametrize("blank", [False, True])
def test_a_full_disk_leaves_an_earlier_export_exactly_as_it_was(
        tmp_path: Path, run_cli, full_disk, blank: bool) -> None:
    out = tmp_path / "checklist.html"
    extra = ["--blank"] if blank else []
    code, _, err = run_cli("export", *extra, "-o", str(out))
    assert code == 0, err
    before = out.read_bytes()
    full_disk()
    code, _, err = run_cli("export", *extra, "--region", "FR", "-o", str(out))
    assert code == 1
    assert err.strip() == f"checkup: error: cannot write {out}: No space left on device"
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["checklist.html"]  # no temporary left


def test_a_failed_first_export_leaves_no_empty_file(tmp_path: Path, run_cli,
                                                   full_disk) -> None:
    full_disk()
    code, _, err = run_cli("export", "-o", str(tmp_path / "new.html"))
    assert code == 1 and "No space left on device" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("blank", "mode"), [(False, 0o600), (True, 0o644)])
def test_a_personal_checklist_is_owner_only_and_a_handout_readable_by_all(
        tmp_path: Path, run_cli, blank: bool, mode: int) -> None:
    out = tmp_path / "checklist.txt"
    out.write_text("an older one, readable by all")
    os.chmod(out, 0o666)
    old = os.umask(0)
    try:
        code, _, err = run_cli("export", "--format", "txt", *(["--blank"] if blank else []),
                               "-o", str(out))
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert "LinkedIn" in out.read_text()


def test_a_link_named_as_output_is_written_through_and_a_device_written_to(
        tmp_path: Path, run_cli) -> None:
    real = tmp_path / "kept" / "checklist.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    code, out, err = run_cli("export", "--format", "md", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and "LinkedIn" in real.read_text()
    assert out.strip() == f"Wrote {real}"
    code, out, err = run_cli("export", "--format", "txt", "-o", os.devnull)
    assert code == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_folder_named_as_output_is_one_line(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("export", "-o", str(tmp_path))
    assert code == 1 and err.strip() == f"checkup: error: cannot write {tmp_path}: Is a directory"
