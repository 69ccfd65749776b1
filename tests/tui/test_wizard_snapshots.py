"""Every wizard screen at the design size, 80x24, as a person sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from wizard_helpers import make_app, pressing

from checkup.cli.main import main

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    # The suggested country is Germany; the pictures are of the English screens, so commands
    # run here say --lang en (a German locale would choose German).
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    # The summary names the profile's path, as ~/.local/share/checkup/profile.toml: the same
    # picture every run, with a home folder of this test's own.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CHECKUP_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)


def test_welcome(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=pressing())


def test_region_list(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=pressing("enter"))


def test_region_filtered(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=pressing("enter", "n", "e", "t"))


def test_outcome_for_a_region(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=pressing("enter", *"germany", "enter"))


def test_outcome_not_offered_then(snap_compare) -> None:
    assert snap_compare(make_app("--as-of", "2024-10-01"), terminal_size=SIZE,
                        run_before=pressing("enter", *"germany", "enter"))


def test_devices(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=pressing("enter", *"germany", "enter", "enter"))


def test_step_desktop(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("d", "d"))


def test_step_phone(snap_compare) -> None:
    assert snap_compare(make_app("--region", "US", "--surface", "ios", "--surface", "android"),
                        terminal_size=SIZE, run_before=pressing())


def test_skip_dialog(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("s"))


def test_cant_find_dialog(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("h"))


def test_help(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=pressing("question_mark"))


def test_summary_all_done(snap_compare) -> None:
    # on a day the AI switch was not offered in Germany: the summary says so, with the reason
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop", "--as-of",
                                 "2025-01-01"), terminal_size=SIZE,
                        run_before=pressing(*"nnny", *"nnnny", "n", "n", "y", "n", "y"))


def test_summary_with_a_skip(snap_compare) -> None:
    # the main item skipped, the form sent, the copy of the data put off for later
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("s", "enter", *"nnny", *"nnnnl", "n", "n", "y", "n",
                                         "y"))


def test_summary_after_the_important_part(snap_compare) -> None:
    # switched off, then "Stop here": what switching it off does not do, the rest to do
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing(*"nnnnnny", "x"))


def test_the_question_at_the_end_of_an_item(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing(*"nnnnnn"))


def test_the_checkpoint_after_the_main_switch(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing(*"nnnnnny"))


def test_asked_before_a_step_that_cannot_be_undone(snap_compare) -> None:
    for item in ("ai-training", "objection-form", "download-data"):
        main(["--lang", "en", "mark", "linkedin", item, "done"])
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("n", "n"))


def test_welcome_back_with_what_was_done_and_what_is_left(snap_compare) -> None:
    from checkup.profile.store import open_store

    def answered(profile) -> None:  # noqa: ANN001 - a Profile
        profile.set_region("DE")
        profile.set_surfaces(("desktop",))

    open_store().update(answered)
    main(["--lang", "en", "mark", "linkedin", "ai-training", "done"])
    main(["--lang", "en", "mark", "linkedin", "objection-form", "later"])
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=pressing())


def test_high_contrast_theme(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop", "--theme",
                                 "high-contrast"), terminal_size=SIZE, run_before=pressing())


def test_light_theme(snap_compare) -> None:
    assert snap_compare(make_app("--theme", "light"), terminal_size=SIZE, run_before=pressing())


def test_qr_code_full_screen(snap_compare) -> None:
    assert snap_compare(make_app("--region", "US", "--surface", "ios"), terminal_size=SIZE,
                        run_before=pressing("c"))


def test_platform_picker_with_two_guides(snap_compare, monkeypatch, tmp_path: Path) -> None:
    from checkup.support.paths import shipped_content_dir

    folder = tmp_path / "guides"
    folder.mkdir()
    text = (shipped_content_dir() / "linkedin.toml").read_text(encoding="utf-8")
    (folder / "linkedin.toml").write_text(text, encoding="utf-8")
    second = text.replace('id = "linkedin"', 'id = "linkedin-second"', 1).replace(
        'title = "', 'title = "A second guide: ', 1)
    (folder / "second.toml").write_text(second, encoding="utf-8")
    monkeypatch.setenv("CHECKUP_CONTENT", str(folder))
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=pressing("enter"))


def test_too_small_a_window(snap_compare) -> None:
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"),
                        terminal_size=(40, 12), run_before=pressing())


def test_services_question_with_a_dozen_services(snap_compare, monkeypatch, tmp_path: Path
                                                 ) -> None:
    # two ticked, one of them found by another name it goes by
    from made_up_guides import write_services

    write_services(tmp_path / "services")
    monkeypatch.setenv("CHECKUP_CONTENT", str(tmp_path / "services"))
    assert snap_compare(make_app(), terminal_size=SIZE,
                        run_before=pressing("enter", "down", "space", *"twit", "space"))


def test_the_checkpoint_between_services(snap_compare, monkeypatch, tmp_path: Path) -> None:
    from made_up_guides import write_services

    from checkup.profile.store import open_store

    write_services(tmp_path / "services")
    monkeypatch.setenv("CHECKUP_CONTENT", str(tmp_path / "services"))
    open_store().update(lambda p: p.set_services(["chatgpt", "claude", "reddit"]))
    assert snap_compare(make_app("--region", "DE", "--surface", "desktop"), terminal_size=SIZE,
                        run_before=pressing("n", "n", "y"))
