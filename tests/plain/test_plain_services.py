"""Plain mode asks which services a person uses as the wizard does: a numbered list, answered
with numbers or names; the same answer remembered; --guide skips it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from made_up_guides import write_services
from wizard_helpers import DAY

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.profile.store import open_store

GERMAN_DESKTOP = ("--region", "DE", "--surface", "desktop")


@pytest.fixture(autouse=True)
def dozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = tmp_path / "services"
    ids = write_services(folder)
    monkeypatch.setenv("CHECKUP_CONTENT", str(folder))
    return ids


def converse(answers: str, *argv: str):  # noqa: ANN201
    session = build_session(build_parser().parse_args(["--plain", *argv]), today=DAY)
    out = io.StringIO()
    PlainCheckup(session, Conversation(io.StringIO(answers), out, width=79, echo=True),
                 lambda link, domains: None, None).run()
    return out.getvalue(), session


def listed_number(out: str, platform: str) -> int:
    line = next(line for line in out.splitlines() if f". {platform}: " in line)
    return int(line.split(".")[0])


def test_numbers_pick_services_and_the_answer_is_remembered() -> None:
    out, session = converse("2 4\nq\n", *GERMAN_DESKTOP)
    assert "This checkup covers 12 services" in " ".join(out.split())
    assert "Which services do you use?" in out
    assert " 1. LinkedIn: Stop LinkedIn training on your data" in out
    assert "12. X: Stop X training on your data (also: Twitter, Grok)" in out
    chosen = sorted(g.id for g in session.guides)
    assert open_store().load().services == tuple(g.id for g in session.guides)
    assert len(chosen) == 2
    # next time the same numbers are offered for Enter alone
    again, _session = converse("q\n", *GERMAN_DESKTOP)
    assert "Last time you picked 2 services:" in again


def test_names_are_searched_and_an_unclear_one_is_asked_again() -> None:
    out, session = converse("instagram, stop\nmyspace\n13\ninstagram, substack\nq\n",
                            *GERMAN_DESKTOP)
    # a number and its service never part at a line's end
    assert ("'stop' matches several services: 1.\u00a0LinkedIn, 2.\u00a0ChatGPT"
            in out.replace("\n", " "))
    assert "No service matches 'myspace'." in out
    assert "'13' is not one of the numbers 1 to 12." in out
    assert [g.id for g in session.guides] == ["meta", "substack"]
    assert "Your services: Meta, Substäck." in out


def test_enter_alone_picks_nothing_the_first_time_and_the_last_answer_after() -> None:
    out, session = converse("\nclaude\nq\n", *GERMAN_DESKTOP)
    assert "Type at least one number or name: none is picked for you." in out
    assert [g.id for g in session.guides] == ["claude"]
    # back later, starting again (2): Enter alone takes the last answer
    out, session = converse("2\n\nq\n")
    n = listed_number(out, "Claude")
    assert f"numbers or names, b to go back, ? for help [{n}]:" in " ".join(out.split())
    assert [g.id for g in session.guides] == ["claude"]


def test_guide_on_the_command_line_skips_the_question_and_keeps_the_answer() -> None:
    open_store().update(lambda p: p.set_services(["claude"]))
    out, session = converse("q\n", "--guide", "reddit", "--region", "DE")
    assert "Which services do you use?" not in out
    assert [g.id for g in session.guides] == ["reddit"]
    assert open_store().load().services == ("claude",)


def test_service_by_service_with_the_checkpoint_and_the_summary_by_service() -> None:
    open_store().update(lambda p: p.set_services(["reddit", "chatgpt"]))
    # ChatGPT's main item: two steps, yes; the checkpoint: the next service (2); Reddit's
    # main item: two steps, yes; the checkpoint: stop here (2); Enter at the summary
    out, session = converse("\n\n1\n2\n\n\n1\n2\n\n", *GERMAN_DESKTOP)
    said = " ".join(out.split())
    # what applies, each service's items under its name
    assert said.index("What applies to you") < said.index("ChatGPT: 1. Turn off ChatGPT") < (
        said.index("Reddit: 4. Turn off Reddit"))
    assert said.index("Item 1 of 6: Turn off ChatGPT training (ChatGPT") < said.index(
        "Item 4 of 6: Turn off Reddit training (Reddit")
    assert "2. Next service: Reddit" in out
    assert "Still to come: Reddit." in out
    assert "2. Stop here" in out  # after Reddit's: no service's main item is left
    summary = out[out.index("Your checkup so far"):]
    assert summary.index("ChatGPT:") < summary.index("[x] Turn off ChatGPT training") < (
        summary.index("Reddit:")) < summary.index("[ ] Clear Reddit history: to do")
    assert [session.state(t) for t in session.plan.todo] == [
        "done", "todo", "todo", "done", "todo", "todo"]


def test_a_corrupt_services_value_is_said_in_one_line_and_the_question_asked_again() -> None:
    store = open_store()
    assert store.path is not None
    store.path.parent.mkdir(parents=True, mode=0o700)
    store.path.write_text('schema = 2\nregion = "DE"\nservices = {chatgpt = true}\n'
                          '[guides.reddit.items.history]\nstate = "later"\n', encoding="utf-8")
    out, session = converse("2\nclaude\nq\n")  # start again: the question, nothing ticked
    said = " ".join(out.split())
    assert said.count("Note: ") == 1  # one message, wrapped to the width
    assert "entry that could not be read was left out (first: services: must be a list of " \
           "up to 200 guide ids" in said
    assert "Which services do you use?" in out and "Last time: Reddit" not in out
    assert [g.id for g in session.guides] == ["claude"]
    kept = open_store().load()
    assert kept.region == "DE" and kept.state("reddit", "history") == "later"
    assert kept.services == ("claude",)


def test_services_named_on_the_command_line_are_not_offered_as_a_list_to_tick(tmp_path) -> None:
    import io

    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session
    from checkup.plain.conversation import Conversation
    from checkup.plain.mode import PlainCheckup

    session = build_session(build_parser().parse_args(
        ["--plain", "--guest", "--guide", "linkedin", "--guide", "instagram"]))
    out = io.StringIO()
    PlainCheckup(session, Conversation(io.StringIO("q\n"), out, width=200, echo=True),
                 lambda link, domains: None, None).run()
    said = " ".join(out.getvalue().split())
    assert "This checkup covers the 2 services you named (LinkedIn, Meta)" in said
    assert "you tick the ones you use" not in said and "Which services do you use?" not in said
