"""The commands checkup tells a person to type are the ones that work where it was started:
the `checkup` command, `python -m checkup`, `pipx run`, or the single file checkup.pyz."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checkup.profile.model import DONE, NOT_APPLICABLE, SKIPPED, TODO
from checkup.support import launch
from checkup.support.launch import ARCHIVE, INSTALLED, MODULE, PIPX_RUN, detect
from checkup.words import wording

ROOT = Path(__file__).resolve().parents[2]  # tests/<kind>/this file
PACKAGE = ROOT / "checkup"


def on_path(**found: Path):
    """A PATH that holds only these commands."""
    return lambda name: str(found[name]) if name in found else None


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def pipx_venv(folder: Path, spec: str) -> Path:
    """An environment as pipx makes one: its metadata names the spec it installed."""
    executable(folder / "bin" / "python")
    (folder / "pipx_metadata.json").write_text(json.dumps(
        {"main_package": {"package": "privacy-checkup", "package_or_url": spec,
                          "apps": ["checkup"]}, "pipx_metadata_version": "0.5"}))
    return folder


def test_the_checkup_command_on_path_is_suggested_as_checkup(tmp_path: Path) -> None:
    script = executable(tmp_path / "bin" / "checkup")
    found = detect(str(script), PACKAGE, None, str(tmp_path), str(tmp_path / "bin/python"),
                   str(tmp_path / "elsewhere"), which=on_path(checkup=script))
    assert (found.how, found.command("status")) == (INSTALLED, "checkup status")
    assert found.install_command() is None


def test_a_checkup_not_on_path_is_suggested_by_its_path(tmp_path: Path) -> None:
    """`.venv/bin/checkup` in a checkout: typing `checkup` would not find it."""
    script = executable(tmp_path / ".venv" / "bin" / "checkup")
    other = executable(tmp_path / "usr" / "bin" / "checkup")  # someone else's, on PATH
    found = detect(".venv/bin/checkup", PACKAGE, None, str(tmp_path / ".venv"),
                   str(tmp_path / ".venv/bin/python"), str(tmp_path), which=on_path(checkup=other))
    assert found.command("export", "--blank") == ".venv/bin/checkup export --blank"
    outside = detect(str(script), PACKAGE, None, str(tmp_path / ".venv"), "", "/",
                     which=on_path())
    assert outside.command("status") == f"{script} status"


def test_python_dash_m_is_suggested_with_the_python_that_has_checkup(tmp_path: Path) -> None:
    main = str(PACKAGE / "__main__.py")
    system = executable(tmp_path / "usr" / "bin" / "python3")
    found = detect(main, PACKAGE, None, "/usr", str(system), str(tmp_path),
                   which=on_path(python3=system))
    assert (found.how, found.command("status")) == (MODULE, "python3 -m checkup status")
    # a venv's python is a link to the system's, but only the venv has checkup: by its path
    venv_python = tmp_path / "work" / ".venv" / "bin" / "python"
    venv_python.parent.mkdir(parents=True)
    venv_python.symlink_to(system)
    found = detect(main, PACKAGE, None, str(tmp_path / "work/.venv"), str(venv_python),
                   str(tmp_path / "work"), which=on_path(python3=system))
    assert found.command("status") == ".venv/bin/python -m checkup status"


def test_pipx_run_of_the_package_suggests_pipx_run_and_offers_to_install(tmp_path: Path) -> None:
    cache = pipx_venv(tmp_path / ".cache" / "pipx" / "88776e8afc611ed", "privacy-checkup")
    # `pipx run privacy-checkup` starts the pipx.run entry point with argv[0] set to its name
    found = detect("privacy-checkup", PACKAGE, None, str(cache), str(cache / "bin/python"),
                   str(tmp_path), which=on_path())
    assert found.how == PIPX_RUN
    assert found.command("status") == "pipx run privacy-checkup status"
    assert found.install_command() == "pipx install privacy-checkup"


def test_pipx_run_of_a_checkout_names_the_checkout(tmp_path: Path) -> None:
    checkout = tmp_path / "checkup-src"
    checkout.mkdir()
    # pipx records `--spec .` as the folder's absolute path
    cache = pipx_venv(tmp_path / "pipx" / ".cache" / "0a1b2c", str(checkout))
    argv0 = str(cache / "bin" / "checkup")
    here = detect(argv0, PACKAGE, None, str(cache), "", str(checkout), which=on_path())
    assert here.command("status") == "pipx run --spec . checkup status"
    assert here.install_command() == "pipx install ."
    there = detect(argv0, PACKAGE, None, str(cache), "", str(tmp_path), which=on_path())
    assert there.command("status") == f"pipx run --spec {checkout} checkup status"


def test_pipx_install_is_the_checkup_command(tmp_path: Path) -> None:
    venv = pipx_venv(tmp_path / "pipx" / "venvs" / "privacy-checkup", "privacy-checkup")
    link = executable(tmp_path / ".local" / "bin" / "checkup")
    found = detect(str(link), PACKAGE, None, str(venv), str(venv / "bin/python"), str(tmp_path),
                   which=on_path(checkup=link))
    assert (found.how, found.command("status"), found.install_command()) == (
        INSTALLED, "checkup status", None)


def test_the_single_file_is_suggested_as_typed(tmp_path: Path) -> None:
    pyz = tmp_path / "stick" / "checkup.pyz"
    pyz.parent.mkdir()
    pyz.write_bytes(b"PK")
    python3 = executable(tmp_path / "usr" / "bin" / "python3")
    found = detect("checkup.pyz", PACKAGE, str(pyz), "/usr", str(python3), str(pyz.parent),
                   which=on_path(python3=python3))
    assert (found.how, found.command("status")) == (ARCHIVE, "python3 checkup.pyz status")
    from_elsewhere = detect(str(pyz), PACKAGE, str(pyz), "/usr", str(python3), str(tmp_path),
                            which=on_path(python3=python3))
    assert from_elsewhere.command("export", "--blank") == "python3 stick/checkup.pyz export --blank"


def test_the_single_file_under_a_python_that_python3_does_not_reach(tmp_path: Path) -> None:
    """macOS: `python3` is Apple's 3.9, checkup.pyz was started with a newer one."""
    old = executable(tmp_path / "usr" / "bin" / "python3")
    new = executable(tmp_path / "opt" / "python3.12")
    pyz = tmp_path / "checkup.pyz"
    pyz.write_bytes(b"PK")
    found = detect("checkup.pyz", PACKAGE, str(pyz), "/", str(new), str(tmp_path),
                   which=on_path(python3=old))
    assert found.command("status") == "opt/python3.12 checkup.pyz status"


def test_on_windows_the_launcher_and_its_quoting(tmp_path: Path) -> None:
    folder = tmp_path / "My Stick"
    folder.mkdir()
    pyz = folder / "checkup.pyz"
    pyz.write_bytes(b"PK")
    py = executable(tmp_path / "py.exe")
    found = detect(str(pyz), PACKAGE, str(pyz), "/", str(tmp_path / "python.exe"), "/",
                   which=on_path(py=py), windows=True)
    assert found.command("status") == f'py "{pyz}" status'


def test_a_path_with_a_space_is_quoted_for_the_shell(tmp_path: Path) -> None:
    pyz = tmp_path / "my files" / "checkup.pyz"
    pyz.parent.mkdir()
    pyz.write_bytes(b"PK")
    python3 = executable(tmp_path / "python3")
    found = detect(str(pyz), PACKAGE, str(pyz), "/", str(python3), str(tmp_path),
                   which=on_path(python3=python3))
    assert found.command("status") == "python3 'my files/checkup.pyz' status"


@pytest.mark.parametrize(("how", "words", "install"), [
    (INSTALLED, ("checkup",), ()),
    (ARCHIVE, ("python3", "checkup.pyz"), ()),
    (PIPX_RUN, ("pipx", "run", "privacy-checkup"), ("pipx", "install", "privacy-checkup")),
])
def test_what_next_names_the_commands_as_started(monkeypatch, how, words, install) -> None:
    started = launch.Launch(how, words, install)
    monkeypatch.setattr(launch, "current", lambda: started)
    counts = {DONE: 1, SKIPPED: 0, TODO: 1, NOT_APPLICABLE: 0}
    lines = wording.next_steps(counts)
    text = " ".join(lines)
    run = started.command()
    assert lines[0].startswith(f'Run "{run}" again to finish the items left')
    assert f'Run "{run} status" now and then' in text
    assert f'"{run} export" writes a checklist' in text
    assert f'"{run} export --blank" makes one for a friend' in text
    offers = [line for line in lines if "pipx install" in line]
    assert offers == (['To keep checkup on this computer, so that it starts at once as the '
                       'command "checkup": "pipx install privacy-checkup".'] if install else [])


# -- as started for real -------------------------------------------------------------------
def plain_note(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """The one-line note plain mode starts with, which names the command for plain mode."""
    result = subprocess.run([*command, "--guest", "--region", "DE", "--surface", "desktop"],
                            input="q\n", capture_output=True, text=True, timeout=120, cwd=cwd,
                            env=os.environ | {"NO_COLOR": "1"} | (env or {}))
    assert result.returncode == 0, result.stderr
    return " ".join(result.stderr.split())


def test_started_as_python_dash_m(tmp_path: Path) -> None:
    # PATH without this venv: `python3` there is another Python, without checkup
    note = plain_note([sys.executable, "-m", "checkup"], tmp_path, {"PATH": "/usr/bin:/bin"})
    assert note.endswith(f"({sys.executable} -m checkup --plain).")


def test_started_as_the_console_script_by_its_path_and_from_path(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "checkup"
    if not script.is_file():
        pytest.skip(f"no console script beside {sys.executable}")
    assert plain_note([str(script)], tmp_path).endswith(f"({script} --plain).")
    on_path = {"PATH": f"{script.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    assert plain_note(["checkup"], tmp_path, on_path).endswith("(checkup --plain).")
