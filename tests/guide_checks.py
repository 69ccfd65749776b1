"""What the shipped guides' tests read a guide through, as a person would see it: `show` as
words or as JSON, and every text of an item a person can read."""

from __future__ import annotations

import datetime as dt
import io
import json

from checkup.guides.model import Item


def shown_items(run_cli, guide_id: str, *args: str) -> dict[str, dict]:  # noqa: ANN001
    """`checkup show GUIDE --json ARGS`, item by item id."""
    code, out, err = run_cli("show", guide_id, "--json", *args)
    assert code == 0, err
    return {i["id"]: i for i in json.loads(out)["items"]}


def shown_words(run_cli, guide_id: str, *args: str) -> str:  # noqa: ANN001
    """`checkup show GUIDE ARGS` as one line of words, however it was wrapped."""
    code, out, err = run_cli("show", guide_id, *args)
    assert code == 0, err
    return " ".join(out.split())


def item_texts(item: Item) -> list[str]:
    """Every free text of an item a person can read, in any view."""
    notes = item.notes
    texts = [item.title, item.summary, item.audience, item.default_note, *item.does_not,
             *item.help, *notes.talking_points, *notes.common_problems,
             *(s for steps in item.steps.values() for s in steps),
             *(r.reason for r in item.rules), *(f.text for f in item.facts),
             *item.instead, *item.instead_does_not, *item.then]
    return [t for t in texts if t]


def plain_words(answers: str, *argv: str, today: dt.date = dt.date(2026, 12, 1)) -> str:
    """What plain mode (the screen-reader and script mode) says, answering `answers`, as one
    line of words."""
    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session
    from checkup.plain.conversation import Conversation
    from checkup.plain.mode import PlainCheckup
    from checkup.qr.lines import terminal_qr

    session = build_session(build_parser().parse_args(["--plain", *argv]), today=today)
    out = io.StringIO()
    talk = Conversation(io.StringIO(answers), out, width=100, echo=True)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    return " ".join(out.getvalue().split())
