"""Workshop agendas: which guides and items a session covers, for which devices and regions, and
how long it lasts. Read from TOML; every problem is one line naming the key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from checkup.guides.loader import LoadResult
from checkup.guides.model import SURFACES, Guide, Item
from checkup.guides.regions import RegionTable
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import _
from checkup.support.launch import command
from checkup.support.toml_check import Problems, describe
from checkup.support.toml_file import Unreadable, is_whole_number, read_toml

DEFAULT_ITEMS: tuple[tuple[str, str], ...] = (("linkedin", "ai-training"),
                                              ("linkedin", "objection-form"))
_KEYS = {"title", "length_minutes", "surfaces", "regions", "as_of", "items"}
_ITEM_KEYS = {"guide", "item"}
T = TypeVar("T")

STARTER = '''\
# A checkup workshop agenda. Run it with:  {run}
# Hand-outs to match:                       {handout}

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


class AgendaItem(NamedTuple):
    guide: Guide
    item: Item


class Agenda(NamedTuple):
    title: str
    items: tuple[AgendaItem, ...]
    surfaces: tuple[str, ...]
    regions: tuple[str, ...]  # ISO codes, first shown first
    length_minutes: int
    as_of: dt.date | None = None
    source: str = "the default agenda"


class AgendaError(UsageError):
    """A bad agenda file: the message names the file and the key (exit status 2, like any other
    bad input on the command line)."""


def default_agenda(loaded: LoadResult, regions: RegionTable) -> Agenda:
    items = tuple(AgendaItem(g, g.item(i)) for gid, i in DEFAULT_ITEMS
                  if (g := loaded.guide(gid)) and g.item(i))
    if not items:
        raise CheckupError(_("the default agenda needs the LinkedIn guide, which did not load; "
                             "run '{command}'").format(command=command("validate")))
    # the guide's own title, in the language it is shown in
    return Agenda(title=items[0].guide.title, items=items,
                  surfaces=("ios", "android", "desktop"),
                  regions=tuple(regions.normalise(c) for c in ("DE", "US", "GB")),
                  length_minutes=45)


def _choices(words: tuple[str, ...] | list[str]) -> str:
    quoted = [f'"{w}"' for w in words]
    if len(quoted) == 1:
        return quoted[0]
    return _("{some} or {last}").format(some=", ".join(quoted[:-1]), last=quoted[-1])


class _Reader:
    """Checks one agenda file's values; the first problem raises an AgendaError naming the key,
    so the facilitator fixes one thing at a time, in the order the file reads."""

    def __init__(self, path: Path, loaded: LoadResult, regions: RegionTable) -> None:
        self.path, self.loaded, self.regions = path, loaded, regions
        self.fail = Problems(str(path), AgendaError).stop

    def read(self) -> dict:
        if not self.path.exists():
            make = command("workshop", "--new-agenda", "FILE")
            self.fail("", _("no such agenda file (make one with: {command})").format(
                command=make))
        if self.path.is_dir():
            self.fail("", _("is a folder, not an agenda file"))
        try:
            return read_toml(self.path, _("an agenda"))
        except Unreadable as e:
            reason = str(e)
            self.fail("", reason[:1].lower() + reason[1:])

    def title(self, data: dict) -> str:
        title = data.get("title", _("Checkup workshop"))
        if not isinstance(title, str) or not title.strip() or any(ord(c) < 32 for c in title):
            self.fail("title", _("must be one line of text, not {value}").format(
                value=describe(title)))
        return title.strip()

    def length(self, data: dict) -> int:
        length = data.get("length_minutes", 45)
        if not is_whole_number(length) or not 5 <= length <= 600:
            self.fail("length_minutes", _("must be a whole number of minutes from 5 to 600, "
                                          "not {value}").format(value=describe(length)))
        return length

    def surfaces(self, data: dict) -> tuple[str, ...]:
        surfaces = data.get("surfaces", list(SURFACES))
        if not isinstance(surfaces, list) or not surfaces:
            example = describe(list(SURFACES))
            self.fail("surfaces", _("must be a list of devices such as {example}, not "
                                    "{value}").format(example=example, value=describe(surfaces)))
        for surface in surfaces:
            if surface not in SURFACES:
                self.fail("surfaces", _("{value} is not a device: use {choices}").format(
                    value=describe(surface), choices=_choices(SURFACES)))
        return tuple(dict.fromkeys(surfaces))

    def region_codes(self, data: dict) -> tuple[str, ...]:
        codes = data.get("regions", ["DE", "US", "GB"])
        example = describe(["DE", "US"])
        if not isinstance(codes, list) or not codes:
            self.fail("regions", _("must be a list of country codes such as {example}, not "
                                   "{value}").format(example=example, value=describe(codes)))
        out = []
        for code in codes:
            try:
                out.append(self.regions.normalise(code if isinstance(code, str) else ""))
            except CheckupError:
                self.fail("regions", _("{value} is not a country code: use two-letter ISO "
                                       "3166-1 codes in quotes, such as {choices}").format(
                    value=describe(code), choices=_choices(["DE", "US", "GB"])))
        return tuple(dict.fromkeys(out))

    def as_of(self, data: dict) -> dt.date | None:
        as_of = data.get("as_of")
        if as_of is not None and (isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date)):
            self.fail("as_of", _("must be a date like 2024-10-01 (no quotes, no time), not "
                                 "{value}").format(value=describe(as_of)))
        return as_of

    def items(self, data: dict) -> tuple[AgendaItem, ...]:
        raw_items = data.get("items")
        if raw_items is None:
            self.fail("items", _("missing: add at least one [[items]] with a guide and an "
                                 "item"))
        if not isinstance(raw_items, list) or not raw_items:
            self.fail("items", _("must be one or more [[items]] tables with a guide and an "
                                 "item, not {value}").format(value=describe(raw_items)))
        return tuple(self.item(n, raw) for n, raw in enumerate(raw_items, start=1))

    def item(self, number: int, raw: object) -> AgendaItem:
        where = _("[[items]] number {number}").format(number=number)
        if not isinstance(raw, dict):
            self.fail(where, _("must be a table with a guide and an item, not {value}"
                               ).format(value=describe(raw)))
        for key in sorted(set(raw) - _ITEM_KEYS):
            self.fail(f"{where}, {key}", _("unknown key (known: guide, item)"))
        guides = [g.id for g in self.loaded.guides]
        guide = self._named(where, "guide", raw, guides, self.loaded.guide, _("guides"))
        item = self._named(where, "item", raw, [i.id for i in guide.items], guide.item,
                           _("items in {guide}").format(guide=guide.id))
        return AgendaItem(guide, item)

    def _named(self, where: str, key: str, raw: dict, known: list[str],
               find: Callable[[str], T | None], kind: str) -> T:
        """`raw[key]` as the guide or item it names, or an error listing the known ids."""
        value = raw.get(key)
        found = find(value) if isinstance(value, str) else None
        if found is not None:
            return found
        listed = ", ".join(known) or _("none loaded")
        if value is None:
            problem = _("missing ({kind}: {known})")
        elif not isinstance(value, str):
            problem = (_("must be a guide id in quotes, not {value} ({kind}: {known})")
                       if key == "guide" else
                       _("must be an item id in quotes, not {value} ({kind}: {known})"))
        else:
            problem = (_("no guide {value} ({kind}: {known})") if key == "guide" else
                       _("no item {value} ({kind}: {known})"))
        self.fail(f"{where}, {key}", problem.format(value=describe(value), kind=kind,
                                                    known=listed))


def load_agenda(path: Path, loaded: LoadResult, regions: RegionTable) -> Agenda:
    reader = _Reader(path, loaded, regions)
    data = reader.read()
    for key in sorted(set(data) - _KEYS):
        reader.fail(key, _("unknown key (known: {keys})").format(keys=", ".join(sorted(_KEYS))))
    # checked in the order of the starting agenda, so the first problem reported is the first
    # one the facilitator meets reading the file
    title, length = reader.title(data), reader.length(data)
    surfaces, codes, as_of = reader.surfaces(data), reader.region_codes(data), reader.as_of(data)
    return Agenda(title=title, items=reader.items(data), surfaces=surfaces, regions=codes,
                  length_minutes=length, as_of=as_of, source=str(path))


def write_starter(path: Path) -> None:
    """A commented starting agenda at `path`, which must not exist yet (nor be a link). The text
    is made first, so a name the file cannot hold (not UTF-8, a control character) is written
    into it escaped, and a failed write leaves no empty file behind."""
    from checkup.support.safe_text import printable

    name = printable(path.name)
    text = STARTER.format(run=command("workshop", name),
                          handout=command("export", "--agenda", name, "--blank")).encode("utf-8")
    try:
        with path.open("xb") as out:  # exclusive: never over a file or through a planted link
            try:
                out.write(text)
            except OSError:
                path.unlink(missing_ok=True)
                raise
    except FileExistsError:
        raise UsageError(_("{path}: already exists; choose another name or remove it first"
                           ).format(path=path)) from None
    except OSError as e:
        raise CheckupError(_("{path}: cannot write it: {problem}").format(
            path=path, problem=e.strerror or e)) from None
