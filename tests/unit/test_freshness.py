"""How fresh the guide is, said where a person decides to trust it: when its steps were
checked, what to do when that is long ago, and how far its sources reach."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from made_up_guides import VERIFIED, item, rule, source

from checkup.guides.freshness import STALE_AFTER_DAYS, checked_line, day_text, is_stale

D = dt.date.fromisoformat
PATH = ["Settings & Privacy", "Data privacy", "Training data"]
APP_PATH = ["Settings", "Data privacy", "Training data"]  # the apps say "Settings"


def _item(item_id: str) -> dict:
    return item(item_id, labels=PATH, device_labels={"ios": APP_PATH, "android": APP_PATH},
                android_assumed=True,
                help=['No "Training data" entry: the setting is not shown everywhere.'],
                rules=[rule(sources=["S4"]),  # an undated source says nothing of its reach
                       rule(regions=["EEA"], sources=["S2"], **{"from": D("2025-09-18")}),
                       rule(regions=["EEA"], sources=["S1"], **{"from": D("2025-11-03")}),
                       rule(regions=["UK"], sources=["S1"]),
                       rule(regions=["CA"], sources=["S3"])])


ITEMS = ("training-switch", "ads-sharing")


@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    """Two items verified on 1 Dec 2026, whose sources reach to different days."""
    made_up_content(items=[_item(i) for i in ITEMS], sources={
        "S1": source(date="2026-08-22 (archived)", shows_to=D("2026-08-22")),
        "S2": source(date="2025-09-29"), "S3": source(date="2025-11-01"),
        "S4": source(date="undated copy")})


def test_days_are_written_out_with_the_month_named() -> None:
    assert day_text(D("2026-11-23")) == "23 November 2026"
    assert day_text(D("2027-01-05")) == "5 January 2027"


@pytest.mark.parametrize(("today", "stale"), [
    ("2026-12-01", False), ("2027-05-30", False),  # 180 days: still fresh
    ("2027-05-31", True), ("2028-01-01", True)])
def test_steps_checked_more_than_180_days_before_are_said_to_be_old(today: str,
                                                                     stale: bool) -> None:
    assert STALE_AFTER_DAYS == 180
    assert is_stale(VERIFIED, D(today)) is stale
    line = checked_line(VERIFIED, D(today), "LinkedIn", "wizard")
    assert line.startswith("Steps checked against their sources on 1 December 2026")
    assert ("LinkedIn may look different now" in line) is stale
    assert ("press h (\"I can't find it\")" in line) is stale


def _show_words(run_cli, *args: str) -> str:
    code, out, _ = run_cli("show", "example", "--region", "DE", "--surface", "desktop", *args)
    assert code == 0
    return " ".join(out.split())


def test_show_says_when_the_steps_were_checked_and_points_to_the_help_when_long_ago(
        run_cli) -> None:
    fresh = _show_words(run_cli, "--as-of", "2026-12-01")
    assert fresh.count("Steps checked against their sources on 1 December 2026.") == len(ITEMS)
    assert "may look different now" not in fresh
    old = _show_words(run_cli, "--as-of", "2027-07-01")
    assert ("Steps checked against their sources on 1 December 2026, 212 days before 1 July "
            "2027: Example may look different now. If a step does not match what you see, read "
            "\"If you cannot find it\" for this item.") in old
    assert "If you cannot find it: - No \"Training data\" entry" in old


@pytest.mark.parametrize(("region", "day", "known_to"), [
    ("DE", "2026-12-01", "22 August 2026"), ("GB", "2026-12-01", "22 August 2026"),
    ("CA", "2026-12-01", "1 November 2025"), ("NL", "2025-10-01", "29 September 2025"),
    ("DE", "2026-08-01", None), ("US", "2026-12-01", None)])
def test_an_answer_says_how_far_its_sources_reach(run_cli, region: str, day: str,
                                                  known_to: str | None) -> None:
    import json

    code, out, _ = run_cli("show", "example", "--json", "--region", region, "--as-of", day)
    assert code == 0
    reason = json.loads(out)["items"][0]["reason"]
    said = f"That is as far as the sources to {known_to} show." if known_to else "as far as"
    assert (said in reason) is (known_to is not None)


def test_exports_say_when_the_steps_were_checked(run_cli) -> None:
    for fmt in ("txt", "md", "html"):
        code, out, _ = run_cli("export", "--guest", "--blank", "--format", fmt, "-o", "-",
                               "--as-of", "2027-07-01")
        assert code == 0
        words = " ".join(out.split())
        assert ("Steps checked against their sources on 1 December 2026, 212 days before "
                "1 July 2027") in words, fmt
        assert "Example may look different now" in words


def test_plain_mode_says_it_at_each_item() -> None:
    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session
    from checkup.plain.conversation import Conversation
    from checkup.plain.mode import PlainCheckup
    from checkup.qr.lines import terminal_qr

    args = build_parser().parse_args(["--plain", "--guest", "--region", "DE", "--surface",
                                      "android"])
    session = build_session(args, today=D("2027-07-01"))
    out = io.StringIO()
    talk = Conversation(io.StringIO("q\n"), out, width=79)
    PlainCheckup(session, talk, lambda link, d: terminal_qr(link, d, stream=out), None).run()
    words = " ".join(out.getvalue().split())
    assert ("Example may look different now. If a step does not match what you see, type h "
            "(\"can't find it\").") in words
    # the Android app's own path, and that no source describes it
    assert 'Look for: "Settings" > "Data privacy" > "Training data"' in words
    assert "No source describes the Android app: these steps are the iPhone's" in words


async def test_the_wizard_step_says_when_the_steps_were_checked() -> None:
    from wizard_helpers import make_app, screen_text

    app = make_app("--region", "DE", "--surface", "ios", "--as-of", "2027-07-01")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        while type(app.screen).__name__ != "StepScreen":
            await pilot.press("enter")
            await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Path: Settings › Data privacy › Training data" in text
        assert "Settings & Privacy" not in text
        assert "Example may look different now. If a step does not match what you see, press h" \
            in text


def test_validate_max_age_reports_nothing_on_the_day_the_guide_was_checked(run_cli) -> None:
    code, out, _ = run_cli("validate", "--max-age", "180", "--as-of", "2026-12-01")
    assert code == 0
    assert out.splitlines() == [
        "ok: 1 guide valid: example (2 items); every item verified within 180 days"]


def test_validate_max_age_reports_each_item_checked_too_long_ago(run_cli) -> None:
    code, out, _ = run_cli("validate", "--max-age", "180", "--as-of", "2027-06-30")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == len(ITEMS)
    assert lines[0] == ("example: training-switch: verified 2026-12-01, 211 days before "
                        "2027-06-30 (more than 180)")
    assert {line.split(": ")[1] for line in lines} == set(ITEMS)
    code, _, _ = run_cli("validate", "--max-age", "211", "--as-of", "2027-06-30")
    assert code == 0  # exactly 211 days is not more than 211


@pytest.mark.parametrize("bad", ["x", "-1", "1.5"])
def test_validate_max_age_must_be_whole_days(run_cli, bad: str) -> None:
    code, out, err = run_cli("validate", "--max-age", bad)
    assert code == 2 and out == "" and "whole number of days" in err
