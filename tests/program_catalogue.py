"""A made-up program catalogue, for tests that need checkup to have one in a language: the
shipped ones arrive language by language. It is written where checkup looks for its own
(checkup/locale/<code>/LC_MESSAGES/checkup.mo), in a copy of that folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo


def install_catalogue(monkeypatch: pytest.MonkeyPatch, folder: Path, code: str,
                      messages: dict[str, str]) -> Path:
    """checkup's package folder is `folder` from now on, holding a catalogue for `code`."""
    catalog = Catalog(locale=code)
    for msgid, msgstr in messages.items():
        catalog.add(msgid, msgstr)
    mo = folder / "locale" / code / "LC_MESSAGES" / "checkup.mo"
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as f:
        write_mo(f, catalog)
    import checkup.support.paths as paths

    real = paths.package_dir
    monkeypatch.setattr(paths, "package_dir",
                        lambda package: folder if package == "checkup" else real(package))
    return mo


def said_in(code: str, message: str, **values: str) -> str:
    """`message` as checkup says it in `code`, from the catalogue it ships, with `values` filled
    in (each through the catalogue too, so a language's name is said in that language)."""
    from checkup.support import i18n

    before = i18n.language()
    i18n.use_language(code)
    try:
        return i18n._(message).format(**{k: i18n._(v) for k, v in values.items()})
    finally:
        i18n.use_language(before)
