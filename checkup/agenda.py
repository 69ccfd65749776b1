"""Workshop agendas: which guides and items a session covers, for which devices and regions, and
how long it lasts. Read from TOML; every problem is one line naming the key."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from checkup.errors import CheckupError
from checkup.loader import LoadResult
from checkup.model import SURFACES, Guide, Item
from checkup.regions import RegionTable

DEFAULT_ITEMS: tuple[tuple[str, str], ...] = (("linkedin", "ai-training"),
                                              ("linkedin", "objection-form"))
_KEYS = {"title", "length_minutes", "surfaces", "regions", "as_of", "items"}
_ITEM_KEYS = {"guide", "item"}

STARTER = '''\
# A checkup workshop agenda. Run it with:  checkup workshop {name}
# Hand-outs to match:                       checkup export --agenda {name} --blank

# Shown on the first screen.
title = "Stop LinkedIn training AI on your posts and profile"

# How long the session lasts; the presenter's timer counts towards it.
length_minutes = 45

# Which devices' steps to show: "desktop", "ios", "android". Most attendees follow on phones.
surfaces = ["ios", "android", "desktop"]

# Regions to explain, as country codes; `r` in the presenter switches between them.
# The first is shown first. "UK" works for GB.
regions = ["DE", "US", "GB"]

# Decide the region rules as on this day instead of today (for explaining history).
# as_of = 2024-10-01

# The items to go through, in order: a guide id and an item id (see `checkup show linkedin`).
[[items]]
guide = "linkedin"
item = "ai-training"

[[items]]
guide = "linkedin"
item = "objection-form"
'''


@dataclass(frozen=True)
class AgendaItem:
    guide: Guide
    item: Item


@dataclass(frozen=True)
class Agenda:
    title: str
    items: tuple[AgendaItem, ...]
    surfaces: tuple[str, ...]
    regions: tuple[str, ...]  # ISO codes, first shown first
    length_minutes: int
    as_of: dt.date | None = None
    source: str = "the default agenda"


class AgendaError(CheckupError):
    """A bad agenda file: the message names the file and the key."""


def default_agenda(loaded: LoadResult, regions: RegionTable) -> Agenda:
    items = tuple(AgendaItem(g, g.item(i)) for gid, i in DEFAULT_ITEMS
                  if (g := loaded.guide(gid)) and g.item(i))
    if not items:
        raise CheckupError("the default agenda needs the LinkedIn guide, which did not load; "
                           "run 'checkup validate'")
    return Agenda(title="Stop LinkedIn training AI on your posts and profile", items=items,
                  surfaces=("ios", "android", "desktop"),
                  regions=tuple(regions.normalise(c) for c in ("DE", "US", "GB")),
                  length_minutes=45)


def load_agenda(path: Path, loaded: LoadResult, regions: RegionTable) -> Agenda:
    def fail(key: str, message: str) -> AgendaError:
        return AgendaError(f"{path}: {key}: {message}" if key else f"{path}: {message}")

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise fail("", "no such agenda file (make one with: checkup workshop --new-agenda FILE)"
                   ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise fail("", f"cannot read it: {getattr(e, 'strerror', None) or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise fail("", f"not valid TOML: {e}") from None

    for key in sorted(set(data) - _KEYS):
        raise fail(key, f"unknown key (known: {', '.join(sorted(_KEYS))})")
    title = data.get("title", "Checkup workshop")
    if not isinstance(title, str) or not title.strip() or any(ord(c) < 32 for c in title):
        raise fail("title", "must be one line of text")
    length = data.get("length_minutes", 45)
    if not isinstance(length, int) or isinstance(length, bool) or not 5 <= length <= 600:
        raise fail("length_minutes", f"must be a whole number from 5 to 600, not {length!r}")
    surfaces = data.get("surfaces", list(SURFACES))
    if (not isinstance(surfaces, list) or not surfaces
            or any(s not in SURFACES for s in surfaces)):
        raise fail("surfaces", f"must be a list of {', '.join(SURFACES)}, not {surfaces!r}")
    codes = data.get("regions", ["DE", "US", "GB"])
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
        raise fail("regions", "must be a list of country codes such as [\"DE\", \"US\"]")
    try:
        region_codes = tuple(dict.fromkeys(regions.normalise(c) for c in codes))
    except CheckupError as e:
        raise fail("regions", str(e)) from None
    as_of = data.get("as_of")
    if as_of is not None and (isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date)):
        raise fail("as_of", f"must be a date like 2024-10-01 (no quotes), not {as_of!r}")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise fail("items", "at least one [[items]] with a guide and an item is needed")
    items = []
    for n, raw in enumerate(raw_items):
        where = f"items[{n}]"
        if not isinstance(raw, dict):
            raise fail(where, "must be a table with guide and item")
        for key in sorted(set(raw) - _ITEM_KEYS):
            raise fail(f"{where}.{key}", "unknown key (known: guide, item)")
        guide_id, item_id = raw.get("guide"), raw.get("item")
        guide = loaded.guide(guide_id) if isinstance(guide_id, str) else None
        if guide is None:
            known = ", ".join(g.id for g in loaded.guides) or "none loaded"
            raise fail(f"{where}.guide", f"no guide {guide_id!r} (guides: {known})")
        item = guide.item(item_id) if isinstance(item_id, str) else None
        if item is None:
            known = ", ".join(i.id for i in guide.items)
            raise fail(f"{where}.item", f"no item {item_id!r} in {guide.id} (items: {known})")
        items.append(AgendaItem(guide, item))
    return Agenda(title=title.strip(), items=tuple(items),
                  surfaces=tuple(dict.fromkeys(surfaces)), regions=region_codes,
                  length_minutes=length, as_of=as_of, source=str(path))


def write_starter(path: Path) -> None:
    if path.exists():
        raise CheckupError(f"{path}: already exists; choose another name or remove it first")
    try:
        path.write_text(STARTER.format(name=path.name), encoding="utf-8")
    except OSError as e:
        raise CheckupError(f"{path}: cannot write it: {e.strerror or e}") from None
