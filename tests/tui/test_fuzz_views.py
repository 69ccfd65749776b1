"""Random profiles, guides and agendas through loading, saving and every view.

Whatever a file holds (control characters in a reason, keys no version knows, wrong types), and
whatever text a guide or an agenda carries, every command ends without a traceback, nothing
reaches the terminal or a file as a control character, and a mark that said "Recorded" is in
the profile afterwards. Bounded: few examples each, no deadline, well under a minute in all.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import re
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from checkup.cli.main import build_parser, main
from checkup.profile.model import ITEM_STATES
from checkup.support.paths import shipped_content_dir

# Control characters but tab and newline, DEL, C1, and the bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SHIPPED = tomllib.loads((shipped_content_dir() / "linkedin.toml").read_text(encoding="utf-8"))
ITEM_IDS = [item["id"] for item in SHIPPED["items"]]
# No shrinking: it can take minutes; a failure is reported with the example as generated.
FEW = settings(max_examples=12, deadline=None, derandomize=True, database=None,
               phases=[Phase.explicit, Phase.generate],
               suppress_health_check=[HealthCheck.function_scoped_fixture,
                                      HealthCheck.too_slow, HealthCheck.data_too_large])

HOSTILE = ["\x1b]52;c;Y3VybA==\x07", "\x1b]0;TITLE\x1b\\", "\x1b]8;;http://evil\x1b\\L\x1b]8;;\x1b\\",
           "\x1b[2J", "\x9b31m", "\u202e", "\u2066", "\x07", "\x00", "\r", "\n", "\t",
           "[bold]x[/]", "[@click=app.quit]q[/]", "<script>x</script>", "//evil.com",
           "mail@evil.com", "www.evil.com", "linkedin.com", "\u2028", "\ufeff", "\U000e0041"]
text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)),
                max_size=5).map("".join)
odd_keys = st.dictionaries(st.text(min_size=1, max_size=8),
                           st.one_of(text, st.integers(-5, 2**40), st.booleans()), max_size=3)


@contextlib.contextmanager
def env(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run(*args: str) -> tuple[int, str, str]:
    """`checkup ARGS` in this process: an exception here is a traceback a person would see."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_clean(*outputs: str) -> None:
    for output in outputs:
        found = CONTROL.search(output)
        assert found is None, (found, output[max(0, found.start() - 40):found.end() + 40])


@st.composite
def profiles(draw: st.DrawFn) -> dict:
    items = {}
    for item_id in draw(st.lists(st.sampled_from([*ITEM_IDS, "no-such-item"]), max_size=4,
                                 unique=True)):
        record = {"state": draw(st.one_of(st.sampled_from(ITEM_STATES), text)),
                  "reason": draw(text), **draw(odd_keys)}
        if draw(st.booleans()):
            record["revision"] = draw(st.integers(-3, 5))
        items[item_id] = record
    data = {"schema": draw(st.sampled_from([1, 1, 1, 2])),
            "region": draw(st.one_of(st.sampled_from(["DE", "US", "GB", "BR"]), text)),
            "surfaces": draw(st.lists(st.sampled_from(["desktop", "ios", "android", "fax"]),
                                      max_size=3)),
            "guides": {draw(st.sampled_from(["linkedin", "other"])): {"items": items}},
            **draw(odd_keys)}
    if draw(st.booleans()):
        data["position"] = {"guide": draw(st.sampled_from(["linkedin", "x\x1b[2J"])),
                            "item": draw(st.sampled_from([*ITEM_IDS, "gone\u202e"])),
                            "step": draw(st.integers(0, 9))}
    return data


def _plain_mode(answers: str) -> str:
    from checkup.cli.wizard import build_session
    from checkup.plain.conversation import Conversation
    from checkup.plain.mode import PlainCheckup

    session = build_session(build_parser().parse_args(["--plain", "--region", "DE"]))
    out = io.StringIO()
    PlainCheckup(session, Conversation(io.StringIO(answers), out, width=79, echo=True),
                 lambda link, domains: [link], None).run()
    return out.getvalue()


@FEW
@given(profile=profiles(), item=st.sampled_from(ITEM_IDS), reason=text)
def test_any_profile_through_every_view_and_a_mark(profile: dict, item: str, reason: str) -> None:
    with tempfile.TemporaryDirectory() as home, env(CHECKUP_HOME=home):
        Path(home).chmod(0o700)
        path = Path(home) / "profile.toml"
        path.write_text(tomli_w.dumps(profile), encoding="utf-8")
        path.chmod(0o600)
        outputs = []
        for args in (("status",), ("status", "--json"), ("where",), ("show", "linkedin"),
                     ("export", "--format", "html", "-o", "-"),
                     ("export", "--format", "md", "-o", "-"),
                     ("export", "--format", "txt", "-o", "-")):
            code, out, err = run(*args)
            assert code in (0, 1), (args, err)
            outputs += [out, err]
        outputs.append(_plain_mode("1\n" * 3 + "d\n" * 30))
        assert_clean(*outputs)
        # a mark that says it was recorded is in the profile afterwards
        code, out, err = run("mark", "linkedin", item, "skipped", "--reason", reason)
        assert_clean(out, err)
        if code == 0:
            assert out.startswith("Recorded: ")
            from checkup.profile.store import open_store

            record = open_store(None).load().guides["linkedin"].items[item]
            assert (record.state, record.reason) == ("skipped", reason.strip())
        else:
            assert "Recorded" not in out and err.count("\n") >= 1


def _fuzzed_guide(draw: st.DrawFn) -> dict:
    """The shipped guide with its text fields (titles, summaries, steps, labels, help) fuzzed."""
    data = tomllib.loads(tomli_w.dumps(SHIPPED))  # a deep copy
    data["title"], data["summary"] = draw(text) or "t", draw(text) or "s"
    for item in data["items"]:
        item["title"] = draw(text) or "t"
        item["summary"] = draw(text) or "s"
        for key in ("labels", "does_not", "help"):
            if isinstance(item.get(key), list) and item[key]:
                item[key][0] = draw(text) or "x"
        for steps in (item.get("steps") or {}).values():
            if isinstance(steps, list) and steps:
                steps[-1] = draw(text) or "x"
    return data


@FEW
@given(data=st.data())
def test_any_guide_text_through_validate_show_and_every_export(data: st.DataObject) -> None:
    guide = _fuzzed_guide(data.draw)
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as content, \
            env(CHECKUP_HOME=home, CHECKUP_CONTENT=content):
        path = Path(content) / "linkedin.toml"
        path.write_text(tomli_w.dumps(guide), encoding="utf-8")
        outputs = []
        for args in (("validate", str(path)), ("list",), ("show", "linkedin"),
                     ("show", "linkedin", "--json"), ("status",),
                     ("export", "--blank", "--format", "html", "-o", "-"),
                     ("export", "--blank", "--format", "md", "-o", "-"),
                     ("export", "--blank", "--format", "txt", "-o", "-")):
            code, out, err = run(*args)
            assert code in (0, 1, 2), (args, err)
            assert code == 0 or (out + err).strip(), args  # said why
            outputs += [out, err]
        assert_clean(*outputs)


@st.composite
def agendas(draw: st.DrawFn) -> dict:
    return {"title": draw(text) or "t",
            "length_minutes": draw(st.one_of(st.integers(-5, 500), st.just(45))),
            "surfaces": draw(st.lists(st.sampled_from(["desktop", "ios", "android"]),
                                      min_size=1, max_size=3, unique=True)),
            "regions": draw(st.lists(st.sampled_from(["DE", "US", "GB", "UK", "BR", "XX"]),
                                     min_size=1, max_size=3, unique=True)),
            "items": [{"guide": "linkedin", "item": i}
                      for i in draw(st.lists(st.sampled_from(ITEM_IDS), min_size=1,
                                             max_size=3, unique=True))],
            **draw(odd_keys)}


def _presenter_frames(agenda_path: Path) -> list[str]:
    """The presenter's screen, as sent to the terminal, on its first slides and notes."""
    import datetime as dt

    from checkup.guides.loader import load_guides
    from checkup.guides.regions import default_regions
    from checkup.screens.app import WorkshopApp
    from checkup.workshop.agenda import load_agenda

    regions = default_regions()
    agenda = load_agenda(agenda_path, load_guides(), regions)
    app = WorkshopApp(agenda, regions, dt.date(2026, 11, 23), clock=lambda: 0.0)
    app.animation_level = "none"
    texts: list[str] = []

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            for keys in ((), ("n",), ("space",), ("r",)):
                await pilot.press(*keys)
                await pilot.pause()
                update = app.screen._compositor.render_full_update()
                texts.extend(seg.text for strip in update.strips for seg in strip)

    asyncio.run(drive())
    return texts


@settings(FEW, max_examples=6)
@given(agenda=agendas())
def test_any_agenda_through_the_handout_and_the_presenter(agenda: dict) -> None:
    with tempfile.TemporaryDirectory() as home, env(CHECKUP_HOME=home):
        path = Path(home) / "agenda.toml"
        path.write_text(tomli_w.dumps(agenda), encoding="utf-8")
        code, out, err = run("export", "--agenda", str(path), "--format", "md", "-o", "-")
        assert code in (0, 2), err
        assert_clean(out, err)
        if code == 0:
            assert_clean(*_presenter_frames(path))


@settings(FEW, max_examples=4)
@given(reason=text.filter(lambda r: r.strip()))
def test_any_reason_in_the_profile_on_the_wizards_summary(reason: str) -> None:
    from wizard_helpers import make_app, screen_name

    with tempfile.TemporaryDirectory() as home, env(CHECKUP_HOME=home):
        Path(home).chmod(0o700)
        path = Path(home) / "profile.toml"
        path.write_text(tomli_w.dumps({"schema": 1, "guides": {"linkedin": {"items": {
            item: {"state": "skipped", "reason": reason, "revision": 2}
            for item in ITEM_IDS}}}}), encoding="utf-8")
        path.chmod(0o600)
        app = make_app("--region", "DE", "--surface", "desktop")
        texts: list[str] = []

        async def drive() -> None:
            async with app.run_test(size=(100, 40)) as pilot:
                for _ in range(30):
                    if screen_name(app) == "SummaryScreen":
                        break
                    await pilot.press("d")
                    await pilot.pause()
                assert screen_name(app) in ("SummaryScreen", "StepScreen")
                await pilot.pause()
                update = app.screen._compositor.render_full_update()
                texts.extend(seg.text for strip in update.strips for seg in strip)

        asyncio.run(drive())
        assert_clean(*texts)
