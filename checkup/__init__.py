"""checkup: a guided, offline check-up of the settings that let platforms train AI on your data."""

from os import path as _path

__version__ = "0.1.0"

# Installed, checkup.screens and checkup.content sit inside this package. Started from a source
# checkout with the current folder on sys.path (`pipx run --spec . checkup` in the repository),
# this folder is imported as is and they sit beside it: let the submodule search look there too.
_root = _path.dirname(_path.dirname(_path.abspath(__file__)))
if _path.isfile(_path.join(_root, "screens", "app.tcss")) and _path.isfile(
    _path.join(_root, "content", "linkedin.toml")
):
    __path__.append(_root)  # type: ignore[name-defined]  # noqa: F821
