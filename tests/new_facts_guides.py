"""Made-up guides that use every key of the schema for many services (names, audience, default,
unverified, help_link, kind "signal", instead, statuses "no-opt-out" and "not-used"), built on
made_up_guides, so the commands' and exports' tests need no shipped guide."""

from __future__ import annotations

from typing import Any

from made_up_guides import DOMAIN, guide, item, rule, source

ONE_SOURCE_TITLE = "A lone blog post about the toggle"
# What every view says beside the doubtful item's fields, and the signal item's note.
CAVEATS = (
    f"One source reports this link ({ONE_SOURCE_TITLE}); check what your app shows. It is not "
    "offered as a QR code or opened for you.",
    f"One source reports these names ({ONE_SOURCE_TITLE}); check what your app shows.",
    f"Default: on, as one source reports ({ONE_SOURCE_TITLE}); check what your app shows.",
    *(f"One source reports these steps on {device} ({ONE_SOURCE_TITLE}); check what your app "
      "shows." for device in ("Desktop web", "iPhone", "Android")),
)
SIGNAL_NOTE = ("This only asks outside AI firms not to train on your writing; they may ignore "
               "it.")
UNVERIFIED_LINK = f"https://www.{DOMAIN}/settings/one-source-toggle"
HELP_LINK = f"https://help.{DOMAIN}/answer/training"
AUDIENCE = "For personal accounts; on a work account, your administrator decides."
INSTEAD = "Delete the posts you do not want used."
INSTEAD_DOES_NOT = "Deleting does not undo models already trained."
NOT_USED_REASON = "Example says it does not do this in South Korea."


def sources() -> dict[str, Any]:
    return {"S1": source(), "S2": source(title=ONE_SOURCE_TITLE, kind="blog",
                                         url="https://blog.invalid/toggle")}


def doubtful_item(**changes: Any) -> dict[str, Any]:
    """A switch whose link, labels, default and every device's steps rest on one source (S2),
    with a help page and an audience."""
    return item("doubtful", **{
        "title": "Turn off the doubtful toggle", "kind": "switch", "mobile_same": False,
        "link": UNVERIFIED_LINK, "help_link": HELP_LINK, "audience": AUDIENCE, "default": "on",
        "unverified": {"link": "S2", "labels": "S2", "default": "S2", "desktop": "S2",
                       "ios": "S2", "android": "S2"},
        "sources": ["S1", "S2"], **changes})


def no_way_item(**changes: Any) -> dict[str, Any]:
    """No way to stop it anywhere but South Korea, where it is not done."""
    return item("no-way", **{
        "title": "Public posts used for training", "steps": None, "labels": [],
        "link": None, "help_link": HELP_LINK, "instead": [INSTEAD],
        "instead_does_not": [INSTEAD_DOES_NOT],
        "rules": [rule(status="no-opt-out", reason="Example offers no way to stop it."),
                  rule(regions=["KR"], status="not-used", reason=NOT_USED_REASON)],
        **changes})


def signal_item(**changes: Any) -> dict[str, Any]:
    return item("signal", **{"title": "Ask outside firms not to train", "kind": "signal",
                             **changes})


def new_facts_guide(guide_id: str = "example", platform: str = "Example",
                    names: list[str] | None = None, **changes: Any) -> dict[str, Any]:
    """A guide with the main switch, then the doubtful switch, the item with no way to stop
    it, and the signal."""
    items = [item(kind="switch"), doubtful_item(), no_way_item(), signal_item()]
    return guide(**{"id": guide_id, "platform": platform, "names": names, "sources": sources(),
                    "items": items, **changes})
