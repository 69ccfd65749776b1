"""How this checkup was started, so that every command it tells a person to type is one that
works for them: `checkup status` once it is installed, `python3 checkup.pyz status` from the
single file, `pipx run privacy-checkup status` through pipx run, `python3 -m checkup status`.

Worked out once, from what the process can see: the archive checkup was imported from, the
virtual environment pipx made (it writes pipx_metadata.json into each one; those `pipx run`
makes live in its cache, those `pipx install` makes in its `venvs` folder), and sys.argv[0]."""

from __future__ import annotations

import os
import shlex
import sys
import zipimport
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

DISTRIBUTION = "privacy-checkup"  # the name on the package index; `checkup` is someone else's
SCRIPT = "checkup"  # the console script

INSTALLED = "installed"  # the `checkup` command (pip, pipx install, a venv's bin folder)
MODULE = "module"  # python -m checkup
PIPX_RUN = "pipx run"  # a temporary environment pipx keeps in its cache
ARCHIVE = "archive"  # python3 checkup.pyz


class Launch(NamedTuple):
    how: str
    words: tuple[str, ...]  # what starts checkup, as typed: ("python3", "checkup.pyz")
    install: tuple[str, ...] = ()  # what installs the `checkup` command for good, if it helps
    windows: bool = False

    def command(self, *args: str) -> str:
        """What to type to run checkup with `args`: command("status") -> "checkup status"."""
        words = [*self.words, *args]
        if self.windows:
            import subprocess  # only there: its quoting is the one Windows programs read

            return subprocess.list2cmdline(words)
        return " ".join(shlex.quote(word) for word in words)

    def install_command(self) -> str | None:
        """The command that makes `checkup` a command of its own, when started without it."""
        return self._replace(words=self.install).command() if self.install else None


def detect(argv0: str, package_dir: Path, archive: str | None, prefix: str, executable: str,
           cwd: str, which: Callable[[str], str | None] | None = None,
           windows: bool = os.name == "nt") -> Launch:
    """How checkup was started, from what the process sees; every input is given, so that each
    way of starting it can be tested on any machine. `which` finds a command on PATH."""
    if which is None:
        from shutil import which
    started = os.path.join(cwd, argv0) if argv0 else ""  # what argv[0] names, from here
    if archive is not None:
        pyz = argv0 if _same(started, archive) else archive  # as typed, when it was typed
        return Launch(ARCHIVE, (_any_python(executable, cwd, which, windows),
                                _shown_path(pyz, cwd, windows)), windows=windows)
    pipx_spec = _pipx_run_spec(Path(prefix))
    if pipx_spec is not None:
        return _pipx_run(pipx_spec, cwd, windows)
    if Path(argv0).name == "__main__.py" and _same(os.path.dirname(started), str(package_dir)):
        return Launch(MODULE, (_this_python(executable, cwd, which, windows), "-m", "checkup"),
                      windows=windows)
    if _script_name(argv0) == SCRIPT and not _is_on_path(started, which):
        return Launch(INSTALLED, (_shown_path(argv0, cwd, windows, runnable=True),),
                      windows=windows)
    # the command on PATH, and whatever else started it (a test, an embedding program)
    return Launch(INSTALLED, (SCRIPT,), windows=windows)


@cache
def current() -> Launch:
    import checkup

    loader = checkup.__spec__.loader
    archive = loader.archive if isinstance(loader, zipimport.zipimporter) else None
    return detect(sys.argv[0] if sys.argv else "", Path(checkup.__file__).parent, archive,
                  sys.prefix, sys.executable or "", os.getcwd())


def command(*args: str) -> str:
    """What to type, here, to run checkup with `args`."""
    return current().command(*args)


def install_command() -> str | None:
    return current().install_command()


# -- pipx -----------------------------------------------------------------------------------
def _pipx_run_spec(prefix: Path) -> str | None:
    """The spec `pipx run` installed (a name such as privacy-checkup, a folder), when this
    environment is one pipx run made; None otherwise, and for pipx install's own."""
    if prefix.parent.name == "venvs":  # pipx install: its `checkup` is on PATH
        return None
    try:
        raw = (prefix / "pipx_metadata.json").read_bytes()
    except OSError:
        return None
    import json

    try:
        spec = json.loads(raw)["main_package"]["package_or_url"]
    except (ValueError, KeyError, TypeError):
        spec = None
    return spec if isinstance(spec, str) and spec.strip() else DISTRIBUTION


def _pipx_run(spec: str, cwd: str, windows: bool) -> Launch:
    if spec == DISTRIBUTION:
        return Launch(PIPX_RUN, ("pipx", "run", DISTRIBUTION), ("pipx", "install", DISTRIBUTION),
                      windows=windows)
    # pipx records a folder as its absolute path: said as `.` where a person stands in it
    local = Path(spec)
    if local.is_absolute() and _same(spec, cwd):
        spec = "."
    return Launch(PIPX_RUN, ("pipx", "run", "--spec", spec, SCRIPT), ("pipx", "install", spec),
                  windows=windows)


# -- paths and interpreters ----------------------------------------------------------------
def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _shown_path(path: str, cwd: str, windows: bool, runnable: bool = False) -> str:
    """A path as short as it still works from here: relative inside the current folder
    (`checkup.pyz`, `.venv/bin/checkup`), else absolute. A program to run by its path alone
    needs a folder in front (`./checkup`), or the shell would look for it on PATH."""
    full = os.path.normpath(os.path.join(cwd, path))
    try:
        relative = os.path.relpath(full, cwd)
    except ValueError:  # another drive, on Windows
        return full
    if relative.startswith(os.pardir) or os.path.dirname(cwd) == cwd:  # outside, or from /
        return full
    if runnable and os.sep not in relative:
        return (".\\" if windows else "./") + relative
    return relative


def _script_name(argv0: str) -> str:
    name = Path(argv0).name.lower()
    return name.removesuffix(".exe").removesuffix("-script.py")


def _is_on_path(argv0: str, which: Callable[[str], str | None]) -> bool:
    """Whether typing `checkup` starts this very script."""
    found = which(SCRIPT)
    return found is not None and any(_same(found, path) for path in (argv0, argv0 + ".exe"))


def _python_names(windows: bool) -> tuple[str, ...]:
    return ("python", "python3") if windows else ("python3", "python")


def _this_python(executable: str, cwd: str, which: Callable[[str], str | None],
                 windows: bool) -> str:
    """The interpreter checkup is installed in: by its short name when that name finds this
    very one on PATH (the same path: a venv's python is a link to the system's, yet only the
    venv has checkup), else by its path."""
    if not executable:
        return "python3"
    for name in _python_names(windows):
        found = which(name)
        if found and os.path.abspath(found) == os.path.abspath(executable):
            return name
    return _shown_path(executable, cwd, windows, runnable=True)


def _any_python(executable: str, cwd: str, which: Callable[[str], str | None],
                windows: bool) -> str:
    """An interpreter for checkup.pyz, which needs nothing installed, only this Python or one
    as new: its short name when that name reaches the same program (a plain `python3` may be an
    older one: macOS's own is 3.9), else the Windows launcher `py`, else its path."""
    for name in _python_names(windows):
        found = which(name)
        if found and _same(found, executable):
            return name
    if windows and which("py"):
        return "py"
    return _shown_path(executable, cwd, windows, runnable=True) if executable else "python3"
