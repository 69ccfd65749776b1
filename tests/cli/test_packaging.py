"""The wheel installs one package, `checkup`, with its screens and guides inside it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]  # tests/<kind>/this file


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (built,) = out.glob("privacy_checkup-*.whl")
    return built


def test_wheel_holds_only_the_checkup_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    dist_info = [n for n in names if ".dist-info/" in n]
    outside = [n for n in names if not n.startswith("checkup/") and n not in dist_info]
    assert outside == []
    assert "checkup/content/linkedin.toml" in names
    assert "checkup/content/countries.toml" in names and "checkup/content/regions.toml" in names
    assert "checkup/content/country_names.toml" in names  # the country search's other languages
    assert "checkup/screens/__init__.py" in names
    assert "checkup/locale/checkup.pot" in names  # the next language is translated from it
    assert "checkup/locale/cldr.json" in names  # days, lists and countries in each language
    # each shipped guide kept loaded, so an installed wizard does not check them all again
    kept = [f"checkup/content/parsed/{p.name}" for p in (ROOT / "content" / "parsed").glob(
        "*.guide.pickle")]
    assert kept and [name for name in kept if name not in names] == []
    # every compiled catalogue, the program's and the guides', is shipped where it is read
    compiled = [f"checkup/{mo.relative_to(ROOT / 'checkup').as_posix()}"
                for mo in (ROOT / "checkup").glob("locale/*/LC_MESSAGES/*.mo")]
    compiled += [f"checkup/content/{mo.relative_to(ROOT / 'content').as_posix()}"
                 for mo in (ROOT / "content").glob("locale/*/LC_MESSAGES/*.mo")]
    assert [name for name in compiled if name not in names] == []
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in dist_info if n.endswith("entry_points.txt"))).decode()
    assert "checkup = checkup.cli.main:main" in entry_points
    assert "[pipx.run]" in entry_points
    assert "privacy-checkup = checkup.cli.main:main" in entry_points


def test_installed_wheel_runs_from_its_own_files(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    probe = ("import checkup, sys; from checkup.cli.main import main; print(checkup.__file__); "
             "sys.exit(main(['show', 'linkedin', '--region', 'DE', '--json']))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, env={"PYTHONPATH": str(target), "PATH": ""})
    assert result.returncode == 0, result.stderr
    first, rest = result.stdout.split("\n", 1)
    assert first.startswith(str(target))
    assert '"guide": "linkedin"' in rest


def test_started_in_the_checkout_with_a_wheel_installed(wheel: Path, tmp_path: Path) -> None:
    """`pipx run --spec . checkup` in the repository imports ./checkup, not the installed copy."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    probe = ("import sys; from checkup.cli.main import main; "
             "sys.exit(main(['show', 'linkedin', '--region', 'FR', '--json']))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={"PYTHONPATH": str(target), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert '"region": "FR"' in result.stdout


def test_python_dash_m_checkup_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "checkup", "list"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("linkedin\t")


def test_wheel_carries_the_licence_pyproject_declares(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    (licence,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert archive.read(licence) == (ROOT / "LICENSE").read_bytes()
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
