"""Facts that are not settled are said as what they are, in plain mode and in the wizard: a field
that rests on one source, a default the sources disagree on, a setting that only asks, and an
item the platform offers no way to stop."""

from __future__ import annotations

import io

from made_up_guides import DOMAIN, item, rule, source
from wizard_helpers import DAY, make_app, press_until, screen_text

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.qr.lines import terminal_qr

SETTINGS = f"https://www.{DOMAIN}/settings/training"
HELP = f"https://help.{DOMAIN}/training"
ONE_SOURCE = "A blog post about Example's settings"
SOURCES = {"S1": source(), "B1": source(title=ONE_SOURCE, url="https://blog.example.net/post",
                                        kind="blog")}


def unsettled_guide(made_up_content) -> None:  # noqa: ANN001
    made_up_content(sources=SOURCES, items=[
        item("training-switch", kind="switch", link=SETTINGS, help_link=HELP,
             audience="For personal accounts; for a work account your administrator decides.",
             default="disputed",
             default_note="A 2025 report showed it on; a 2026 report says it is off.",
             unverified={"link": "B1", "labels": "B1", "ios": "B1", "android": "B1"}),
        item("ask-firms", kind="signal", link=f"https://www.{DOMAIN}/settings/ask"),
        item("public-posts", link=None, help_link=HELP, steps=None, labels=None,
             rules=[rule(status="no-opt-out")],
             instead=["Make your account private."],
             instead_does_not=["It does not undo models already trained."]),
    ])


def converse(answers: str, *argv: str) -> str:
    session = build_session(build_parser().parse_args(["--plain", *argv]), today=DAY)
    out = io.StringIO()
    talk = Conversation(io.StringIO(answers), out, width=100, echo=True)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    return out.getvalue()


def test_plain_mode_says_each_unsettled_fact_beside_it(made_up_content, tmp_path) -> None:
    unsettled_guide(made_up_content)
    said = converse("c\n" + "\n" * 10, "--region", "FR", "--surface", "ios",
                    "--guest")
    flat = " ".join(said.split())
    assert "For personal accounts; for a work account your administrator decides." in flat
    assert ("Default: the sources disagree. A 2025 report showed it on; a 2026 report says it "
            "is off.") in flat
    assert f"One source reports these names ({ONE_SOURCE}); check what your app shows." in flat
    assert (f"One source reports these steps on iPhone ({ONE_SOURCE}); check what your app "
            "shows.") in flat
    assert f"One source reports this link ({ONE_SOURCE})" in flat
    # the QR code (c) is of the help page, never of the link one source gives
    assert "Point your phone's camera" in flat
    assert "There is no way to stop it" in flat
    assert "Make your account private." in flat and "It does not undo models already" in flat


def test_no_way_to_stop_it_is_neither_to_do_nor_done(made_up_content, tmp_path) -> None:
    unsettled_guide(made_up_content)
    session = build_session(build_parser().parse_args(
        ["--region", "FR", "--surface", "desktop", "--guest"]), today=DAY)
    assert [t.item.id for t in session.plan.todo] == ["training-switch", "ask-firms"]
    counts = session.counts()
    assert counts["todo"] == 2 and counts["no-opt-out"] == 1 and counts["done"] == 0


async def test_the_wizard_says_the_caveats_and_gives_no_qr_of_an_unverified_link(
        made_up_content, tmp_path) -> None:
    unsettled_guide(made_up_content)
    app = make_app("--region", "FR", "--surface", "desktop", "--guest")
    async with app.run_test(size=(100, 50)) as pilot:
        await press_until(pilot, "StepScreen", key="enter")
        text = " ".join(screen_text(app).split())
        assert "Example's help page for this:" in text
        assert f"One source reports these names ({ONE_SOURCE})" in text
        assert f"One source reports this link ({ONE_SOURCE})" in text
        assert "Default: the sources disagree." in text
        assert "For personal accounts" in text
        link = app.screen.query_one("#link")
        assert link.url == HELP  # the hyperlink, `o` and the QR code: the help page only
