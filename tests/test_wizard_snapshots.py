"""Every wizard screen at the design size, 80x24, as a person sees it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from wizard_helpers import make_app

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # the suggested country is Germany
    # The summary names the profile's path: a fixed one keeps the picture the same every run.
    home = Path(tempfile.gettempdir()) / "checkup-snapshot-profile"
    shutil.rmtree(home, ignore_errors=True)
    monkeypatch.setenv("CHECKUP_HOME", str(home))
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)


async def _still(pilot) -> None:
    for input_widget in pilot.app.screen.query("Input"):
        input_widget.cursor_blink = False
    await pilot.pause()


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await _still(pilot)

    return run_before


def test_welcome(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys())


def test_region_list(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("enter"))


def test_region_filtered(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=_keys("enter", "n", "e", "t"))


def test_outcome_for_a_region(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=_keys("enter", *"germany", "enter"))


def test_outcome_not_offered_then(snap_compare) -> None:
    assert snap_compare(make_app("--as-of", "2024-10-01"), terminal_size=SIZE,
                        run_before=_keys("enter", *"germany", "enter"))


def test_devices(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=_keys("enter", *"germany", "enter", "enter"))


def test_step_desktop(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=_keys("d", "d"))


def test_step_phone(snap_compare) -> None:
    assert snap_compare(make_app("--region", "US", "--surface", "ios", "--surface", "android"),
                        terminal_size=SIZE, run_before=_keys())


def test_skip_dialog(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=_keys("s"))


def test_cant_find_dialog(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=_keys("h"))


def test_help(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_keys("question_mark"))


def test_summary_all_done(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=_keys(*["d"] * 16))


def test_summary_with_a_skip(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=_keys("s", "enter", *["d"] * 10))


def test_high_contrast_theme(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop", "--theme",
                                 "high-contrast"), terminal_size=SIZE, run_before=_keys())


def test_light_theme(snap_compare) -> None:
    assert snap_compare(make_app("--theme", "light"), terminal_size=SIZE, run_before=_keys())
