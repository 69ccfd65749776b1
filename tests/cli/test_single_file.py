"""checkup.pyz, the single file, run as on a workshop's USB stick: by a Python with nothing
installed, without a network, from the folder it is in.

It is built by `python tools/build_pyz.py` (which needs pip and the package index), so these
tests run on a built file named by CHECKUP_PYZ, as .ci/run does, and are skipped without one."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pseudo_terminal import until_shown

from checkup import __version__
from checkup.guides.loader import load_guides

ROOT = Path(__file__).resolve().parents[2]  # tests/<kind>/this file
BUILT = os.environ.get("CHECKUP_PYZ", "")
pytestmark = pytest.mark.skipif(
    not BUILT, reason="no checkup.pyz to test: build one with `python tools/build_pyz.py` and "
    "name it in CHECKUP_PYZ (.ci/run does both)")


def _offline() -> list[str]:
    """A prefix that runs a command with no network at all (a namespace of its own), where the
    system allows one; else nothing, and the run is only as offline as the machine."""
    try:
        works = subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    except OSError:
        works = False
    return ["unshare", "-n"] if works else []


OFFLINE = _offline()


@pytest.fixture(scope="module")
def stick(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding only checkup.pyz, as a USB stick would."""
    folder = tmp_path_factory.mktemp("stick")
    shutil.copy(BUILT, folder / "checkup.pyz")
    return folder


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Python with nothing installed: a fresh venv without even pip."""
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    assert subprocess.run([str(python), "-c", "import textual"],
                          capture_output=True).returncode != 0  # really nothing
    return python


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """Nothing of this project's environment: no PYTHONPATH, a home of its own."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
            "CHECKUP_HOME": str(tmp_path / "profiles"), "LANG": "C.UTF-8", "NO_COLOR": "1"}


def run(python: Path, stick: Path, env: dict[str, str], *args: str,
        answers: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*OFFLINE, str(python), "checkup.pyz", *args], cwd=stick, env=env,
                          input=answers, capture_output=True, text=True, timeout=120)


def test_it_starts_with_nothing_installed(bare_python: Path, stick: Path, clean_env) -> None:
    version = run(bare_python, stick, clean_env, "--version")
    assert (version.returncode, version.stdout) == (0, f"checkup {__version__}\n")
    listed = run(bare_python, stick, clean_env, "list")
    assert listed.returncode == 0 and listed.stdout.startswith("linkedin\tLinkedIn\t")


def test_it_shows_a_guide_from_inside_the_archive(bare_python: Path, stick: Path,
                                                  clean_env) -> None:
    shown = run(bare_python, stick, clean_env, "show", "linkedin", "--region", "DE")
    assert shown.returncode == 0, shown.stderr
    assert "For Germany (DE)" in shown.stdout
    assert '"Data for Generative AI Improvement"' in shown.stdout
    named = run(bare_python, stick, clean_env, "show", "linkedin", "--region", "Schweiz")
    assert "For Switzerland (CH)" in named.stdout, named.stderr  # names read from the zip
    where = run(bare_python, stick, clean_env, "where")
    assert "checkup.pyz" in where.stdout  # the guides it read are the ones it carries


def test_it_speaks_another_language_from_inside_the_archive(bare_python: Path, stick: Path,
                                                            clean_env) -> None:
    shown = run(bare_python, stick, clean_env, "--lang", "de", "show", "linkedin", "--region",
                "DE")
    assert shown.returncode == 0, shown.stderr
    assert "«Daten zur Verbesserung generativer KI»" in " ".join(shown.stdout.split())


def test_it_writes_a_blank_handout(bare_python: Path, stick: Path, clean_env) -> None:
    made = run(bare_python, stick, clean_env, "export", "--blank")
    assert made.returncode == 0, made.stderr
    # every service the single file carries, in one handout
    services = len(load_guides().guides)
    handout = stick / f"checkup-{services}-services-blank-{dt.date.today().isoformat()}.html"
    assert str(handout.name) in made.stdout
    html = handout.read_text(encoding="utf-8")
    handout.unlink()
    assert "Data for Generative AI Improvement" in html and "<script" not in html
    assert "Improve the model for everyone" in html and "Minimize third-party training" in html
    assert "<svg" in html  # its QR codes, drawn by the bundled qrcode


def test_the_commands_it_suggests_name_the_file(bare_python: Path, stick: Path,
                                                clean_env) -> None:
    plain = run(bare_python, stick, clean_env, "--guest", "--region", "DE", "--surface",
                "desktop", answers="q\n")
    assert plain.returncode == 0, plain.stderr
    note = " ".join(plain.stderr.split())
    assert re.search(r"\(\S+ checkup\.pyz --plain\)\.$", note), note
    status = run(bare_python, stick, clean_env, "status")
    assert re.search(r"\S+ checkup\.pyz mark GUIDE ITEM done", status.stdout), status.stdout


def test_the_wizard_draws_its_first_screen_in_a_terminal(bare_python: Path, stick: Path,
                                                         clean_env) -> None:
    env = {k: v for k, v in clean_env.items() if k != "NO_COLOR"}
    screen = until_shown([*OFFLINE, str(bare_python), "checkup.pyz"], env, "Welcome to checkup",
                         b"q", 80, 24, cwd=str(stick))
    assert "works offline" in screen and "never asks for" in screen
    assert "\x1b[?1049h" in screen  # the full screen, not plain mode's lines
    assert screen.rstrip().endswith("Nothing was recorded yet, so there was nothing to save.")


def test_it_carries_every_licence_and_no_compiled_code() -> None:
    archive = zipfile.ZipFile(BUILT)
    names = archive.namelist()
    ours = (ROOT / "LICENSE").read_bytes()
    assert archive.read("LICENSE") == ours
    assert archive.read(next(n for n in names if n.startswith("privacy_checkup-")
                             and n.endswith("/licenses/LICENSE"))) == ours
    projects = {n.split("/")[0] for n in names if ".dist-info/" in n}
    assert {p.split("-")[0] for p in projects} >= {
        "privacy_checkup", "textual", "rich", "platformdirs", "tomli_w", "qrcode"}
    for project in projects:
        licences = [n for n in names if n.startswith(project + "/")
                    and re.search(r"/(licenses/|LICEN[CS]E|COPYING)", n)]
        assert licences, f"{project} is bundled without its licence"
    assert not [n for n in names if n.endswith((".so", ".pyd", ".dylib", ".dll"))]
    assert "checkup/screens/app.tcss" in names and "checkup/content/linkedin.toml" in names
    assert "checkup/screens/step.tcss" in names and "checkup/screens/dialogs/dialog.tcss" in names
    # every compiled catalogue, the program's and the guides', where checkup reads it
    compiled = [f"checkup/{mo.relative_to(ROOT / 'checkup').as_posix()}"
                for mo in (ROOT / "checkup").glob("locale/*/LC_MESSAGES/*.mo")]
    compiled += [f"checkup/content/{mo.relative_to(ROOT / 'content').as_posix()}"
                 for mo in (ROOT / "content").glob("locale/*/LC_MESSAGES/*.mo")]
    assert [name for name in compiled if name not in names] == []


@pytest.mark.skipif(not OFFLINE, reason="cannot make a network namespace here")
def test_offline_here_means_no_network(bare_python: Path, clean_env) -> None:
    probe = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=2)"
    result = subprocess.run([*OFFLINE, str(bare_python), "-c", probe], env=clean_env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Network is unreachable" in result.stderr
