"""The wizard and plain mode are two views of one checkup: the same answers, given in each,
leave the same profile and the same summary, where the main setting applies (Germany today)
and where it was not offered (Germany before LinkedIn offered the switch in the EU)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from wizard_helpers import linkedin_only, make_app, screen_name, screen_text

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.profile.store import open_store
from checkup.session.flow import Plan

SKIP_REASON = 2  # "I don't have this account or app"
CASES = {
    "applies": ("DE", "2026-11-23", "ai-training"),
    "not-offered": ("DE", "2024-10-01", None),
}


def plan_for(region: str, day: str) -> Plan:
    args = build_parser().parse_args(linkedin_only(["--region", region, "--surface", "desktop",
                                                    "--as-of", day, "--guest"]))
    return build_session(args).plan


def record(name: str) -> dict:
    """The profile's TOML as a fresh process reads it, without the times answers were given."""
    path = open_store(name).path
    assert path is not None and path.exists()

    def timeless(value: object) -> object:
        if isinstance(value, dict):
            return {k: timeless(v) for k, v in value.items() if k != "changed"}
        return value

    return timeless(tomllib.loads(path.read_text(encoding="utf-8")))


def summary_facts(text: str, plan: Plan) -> dict[str, str]:
    """What the summary says of each item ("[x] ...: done"), and the counts line."""
    flat = " ".join(text.split())
    facts = {}
    for task in plan.tasks:
        said = re.search(rf"(\[.\]) {re.escape(task.item.title)}: "
                         r"(switched off|sent|done|for later \(to do\)|skipped|not applicable|"
                         r"to do)", flat)
        facts[task.item.id] = f"{said.group(1)} {said.group(2)}" if said else "missing"
    counts = re.search(r"\d+ done, \d+ skipped, \d+ to do, \d+ not applicable\.", flat)
    facts["counts"] = counts.group(0) if counts else "missing"
    facts["all done"] = str("All done. Well done!" in flat)
    return facts


async def through_the_wizard(region: str, day: str, skip: str, profile: str) -> str:
    app = make_app("--as-of", day, "--profile", profile)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", *region.lower(), "enter")  # welcome, then the country
        await pilot.pause()
        assert screen_name(app) == "OutcomeScreen"
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "DevicesScreen"
        await pilot.press("enter")  # a computer, ticked already
        await pilot.pause()
        for _ in range(80):
            name = screen_name(app)
            if name == "SummaryScreen":
                break
            if name == "StepScreen" and app.screen.item_task.item.id == skip:
                await pilot.press("s")
                await pilot.pause()
                await pilot.press(*["down"] * (SKIP_REASON - 1), "enter")
            else:  # the next step; at an item's end yes; go on; show a step that can't be undone
                await pilot.press({"ItemQuestionScreen": "y", "CheckpointScreen": "g",
                                   "ConfirmStepScreen": "y"}.get(name, "n"))
            await pilot.pause()
        assert screen_name(app) == "SummaryScreen"
        return screen_text(app)


def through_plain_mode(region: str, day: str, skip: str, profile: str, plan: Plan) -> str:
    answers = [region]  # where you live
    answers.append("")  # the devices: a computer, the default
    for task in plan.todo:
        if task.item.id == skip:
            answers += ["s", str(SKIP_REASON)]
            continue
        steps = [""] * len(plan.steps(task, "desktop"))  # Enter alone: the next step
        if task.item.cannot_undo:  # "2": yes, show me the step that cannot be undone
            steps.insert(task.item.cannot_undo.step, "2")
        answers += steps + ["1"]  # "1": yes, it reads Off (or: I sent it, done)
        if task.is_main and len(plan.todo) > 1:
            answers.append("1")  # go on to the related items
    answers.append("")  # finish
    result = subprocess.run(
        [sys.executable, "-m", "checkup",
         *linkedin_only(["--plain", "--as-of", day, "--profile", profile])],
        input="\n".join(answers) + "\n", capture_output=True, text=True, timeout=120,
        env=os.environ | {"NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.mark.parametrize("case", CASES)
async def test_the_same_answers_leave_the_same_profile_and_summary(case: str,
                                                                   tmp_path: Path) -> None:
    region, day, main = CASES[case]
    plan = plan_for(region, day)
    assert (main in [t.item.id for t in plan.todo]) == (main is not None)
    if main is None:  # the main setting is not offered there on that day: never walked through
        assert any(t.is_main for t in plan.not_applicable)
    skip = plan.todo[1].item.id  # the second item to go through is skipped, with a reason

    shown = await through_the_wizard(region, day, skip, "wizard")
    said = through_plain_mode(region, day, skip, "plain", plan)

    assert record("wizard") == record("plain")
    wizard_record = record("wizard")
    assert wizard_record["region"] == region
    items = wizard_record["guides"]["linkedin"]["items"]
    assert items[skip]["state"] == "skipped" and items[skip]["reason"]
    assert all(items[t.item.id]["state"] == "done" for t in plan.todo if t.item.id != skip)
    assert not any(t.item.id in items for t in plan.not_applicable)

    facts = summary_facts(shown, plan)
    assert facts == summary_facts(said, plan)
    assert "missing" not in facts.values()
    assert facts[skip] == "[-] skipped"
    for task in plan.not_applicable:
        assert facts[task.item.id] == "[/] not applicable"
