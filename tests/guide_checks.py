"""What the shipped guides' tests read a guide through, as a person would see it: `show` as
words or as JSON, and every text of an item a person can read."""

from __future__ import annotations

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
