"""The welcome, a step and the summary in each language at 80x24, as a person sees them: long
German words and all, every action and key still on the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from wizard_helpers import make_app, pressing

from checkup.support import i18n

SIZE = (80, 24)
ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = sorted(p.parent.parent.name
                   for p in (ROOT / "checkup" / "locale").glob("*/LC_MESSAGES/checkup.po"))
COUNTRY = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL"}


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    # the summary names the profile's path: the same picture every run
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CHECKUP_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)


def _in(code: str, *argv: str):
    i18n.use_language(code)  # before the session: guides are read in the language
    return make_app(*argv)


@pytest.mark.parametrize("code", LANGUAGES)
def test_welcome(snap_compare, code: str) -> None:
    assert snap_compare(_in(code), terminal_size=SIZE, run_before=pressing())


@pytest.mark.parametrize("code", LANGUAGES)
def test_step(snap_compare, code: str) -> None:
    assert snap_compare(_in(code, "--region", COUNTRY[code], "--surface", "desktop"),
                        terminal_size=SIZE, run_before=pressing("n", "n"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_summary(snap_compare, code: str) -> None:
    # switched off, then "stop here": what it does not do, and the rest to do
    assert snap_compare(_in(code, "--region", COUNTRY[code], "--surface", "desktop"),
                        terminal_size=SIZE, run_before=pressing(*"nnnnnny", "x"))
