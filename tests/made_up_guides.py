"""Small made-up guides for tests of the engine, so no such test depends on what a shipped guide
says today. guide() is a minimal valid guide: one source, one item with one rule; keyword
arguments replace any field (None leaves it out), and write_guide() writes it as TOML.

    write_guide(folder, revision=2, items=[item(rules=[rule(status="paused")])])
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

DOMAIN = "example.org"
VERIFIED = dt.date(2026, 12, 1)


def _with(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`base` with `changes` applied; a change to None removes the key."""
    out = {**base, **changes}
    return {k: v for k, v in out.items() if v is not None}


def source(**changes: Any) -> dict[str, Any]:
    return _with({"title": "Example Help: the training setting",
                  "url": f"https://www.{DOMAIN}/help/training-setting",
                  "date": "2026-11-01", "kind": "platform", "accessed": VERIFIED}, changes)


def rule(**changes: Any) -> dict[str, Any]:
    return _with({"regions": ["*"], "status": "applies",
                  "reason": "Example uses members' posts to train its models unless they opt out.",
                  "sources": ["S1"]}, changes)


def fact(**changes: Any) -> dict[str, Any]:
    return _with({"regions": ["*"], "from": dt.date(2024, 12, 5),
                  "text": "On 5 December 2024 the terms gained a clause.", "sources": ["S1"]},
                 changes)


def steps(n: int = 2, phone: str = "In the app") -> dict[str, list[str]]:
    """Steps for every device; the phones' are alike."""
    return {"desktop": [f"On the web, step {k}." for k in range(1, n + 1)],
            "ios": [f"{phone}, step {k}." for k in range(1, n + 1)],
            "android": [f"{phone}, step {k}." for k in range(1, n + 1)]}


def item(item_id: str = "training-switch", **changes: Any) -> dict[str, Any]:
    return _with({"id": item_id, "title": f"Turn off {item_id}",
                  "summary": "Example trains its models on your posts unless you switch it off.",
                  "link": f"https://www.{DOMAIN}/settings/{item_id}",
                  "labels": ["Settings", "Training"],
                  "mobile_same": True,
                  "does_not": ["It does not undo training that has already taken place."],
                  "help": ["Update the app if you cannot find the setting."],
                  "sources": ["S1"], "verified": VERIFIED, "steps": steps(),
                  "rules": [rule()]}, changes)


def guide(**changes: Any) -> dict[str, Any]:
    """A whole guide; `items` and `sources` replace the one item and the one source."""
    base = {"schema": 1, "id": "example", "platform": "Example",
            "title": "Stop Example training on your posts",
            "summary": "Example trains models on your posts; this guide finds the switch.",
            "revision": 1, "verified": VERIFIED, "domains": [DOMAIN],
            "main_item": "training-switch", "sources": {"S1": source()}, "items": [item()]}
    return _with(base, changes)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, dt.date)):
        return v.isoformat() if isinstance(v, dt.date) else repr(v)
    if isinstance(v, str):
        return json.dumps(v)  # a JSON string is a TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"no TOML for {v!r}")


def _key(k: str) -> str:
    return k if k.replace("-", "").replace("_", "").isalnum() and k.isascii() else json.dumps(k)


def _table(lines: list[str], header: str, table: dict[str, Any]) -> None:
    """`table` under `header`: its plain values first, then its tables and lists of tables."""
    lines.append(header)
    nested = {k: v for k, v in table.items() if isinstance(v, dict)
              or (isinstance(v, list) and v and all(isinstance(x, dict) for x in v))}
    lines += [f"{_key(k)} = {_value(v)}" for k, v in table.items() if k not in nested]
    name = header.strip("[]")
    for k, v in nested.items():
        if isinstance(v, dict):
            _table(lines, f"[{name}.{_key(k)}]" if name else f"[{_key(k)}]", v)
        else:
            for entry in v:
                _table(lines, f"[[{name}.{_key(k)}]]" if name else f"[[{_key(k)}]]", entry)


def toml_text(data: dict[str, Any]) -> str:
    lines: list[str] = []
    _table(lines, "", data)
    return "\n".join(line for line in lines if line) + "\n"


def guide_toml(**changes: Any) -> str:
    return toml_text(guide(**changes))


def write_guide(folder: Path, name: str = "example.toml", **changes: Any) -> Path:
    """The made-up guide, with `changes`, written as `folder`/`name`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(guide_toml(**changes), encoding="utf-8")
    return path


# A dozen made-up services, as the shipped guides will name them: (id, platform, other names).
SERVICES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("linkedin", "LinkedIn", ()),
    ("chatgpt", "ChatGPT", ("OpenAI",)),
    ("meta", "Meta", ("Facebook", "Instagram", "Meta AI")),
    ("gemini", "Gemini", ("Google Gemini",)),
    ("x", "X", ("Twitter", "Grok")),
    ("copilot", "Copilot", ("Microsoft Copilot",)),
    ("claude", "Claude", ("Anthropic",)),
    ("grammarly", "Grammarly", ()),
    ("perplexity", "Perplexity", ()),
    ("reddit", "Reddit", ()),
    ("medium", "Medium", ()),
    ("substack", "Substäck", ()),  # an accent to search past
)


def service_guide(service_id: str, platform: str, names: tuple[str, ...] = (),
                  **changes: Any) -> dict[str, Any]:
    """A made-up guide for one service: its main switch and two related items."""
    return guide(id=service_id, platform=platform, names=list(names) or None,
                 title=f"Stop {platform} training on your data",
                 items=[item("training-switch", title=f"Turn off {platform} training",
                             minutes=2),
                        item("history", title=f"Clear {platform} history", minutes=3),
                        item("download", title=f"Download your {platform} data", minutes=4)],
                 **changes)


def write_services(folder: Path, count: int = len(SERVICES)) -> list[str]:
    """The first `count` made-up services, one guide file each; returns their ids."""
    for service_id, platform, names in SERVICES[:count]:
        write_guide(folder, f"{service_id}.toml", **service_guide(service_id, platform, names))
    return [s[0] for s in SERVICES[:count]]
