"""The profile: what a person recorded, as plain data, and its mapping to and from TOML.

Reading is forgiving: an entry that cannot be read is reported (with its key path) and left out,
the rest is kept. Keys this version does not know (written by a newer checkup) are carried along
untouched, so reading and writing a profile never drops them. Values are strict: a newer version
that changes what a value may be must raise the schema version, which makes this one read-only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from checkup.guides.model import SURFACES, Guide, in_surface_order
from checkup.support.i18n import _, ngettext
from checkup.support.languages import CODES, known_codes
from checkup.support.safe_text import control_problem
from checkup.support.toml_check import Problems, describe, key_path, kind
from checkup.support.toml_file import Unreadable, decode, is_whole_number
from checkup.support.toml_shape import MAX_DEPTH, too_deep

# 2: an item may be "later" (the person means to do it, and it stays on their list). A checkup
# that knows only 1 opens a profile of 2 read-only instead of dropping those entries.
# `services` (the services a person said they use) needs no new schema: it is a new top-level
# key, and a checkup that does not know it carries it along untouched (see `extra`), while no
# value an older checkup reads changes meaning.
SCHEMA_VERSION = 2

DONE = "done"
SKIPPED = "skipped"
NOT_APPLICABLE = "not-applicable"
TODO = "todo"  # recorded when someone un-marks an item; no record at all means the same
LATER = "later"  # the person said "I'll do it later": still to do, and reminded of
ITEM_STATES: tuple[str, ...] = (DONE, SKIPPED, NOT_APPLICABLE, TODO, LATER)
OPEN_STATES: frozenset[str] = frozenset({TODO, LATER})  # still to do, whatever the words
STATES_WITH_REASON: frozenset[str] = frozenset({SKIPPED, NOT_APPLICABLE})
MAX_REASON = 1000  # a sentence or two; a profile is not a notebook

_REGION = re.compile(r"^[A-Z]{2}$")
_SERVICE = re.compile(r"[a-z0-9][a-z0-9-]*")  # a guide id, as guides write it (fullmatch)
MAX_SERVICES = 200  # far more than there are guides: a longer list is not a person's answer
_TOP_KEYS = {"schema", "region", "region_declined", "surfaces", "services", "position",
             "guides", "language"}
_GUIDE_KEYS = {"items"}
_ITEM_KEYS = {"state", "reason", "changed", "revision"}
_POSITION_KEYS = {"guide", "item", "surface", "step", "changed"}

HEADER = (
    "# checkup profile: what you recorded, so checkup can pick up where you stopped and ask you\n"
    "# to re-check an item when its guide changes. Written by checkup; only you can read it.\n\n"
)


def now_utc() -> dt.datetime:
    """Seconds are precise enough, and keep the file readable."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass
class ItemRecord:
    state: str
    changed: dt.datetime | None = None
    revision: int | None = None  # the guide revision the state was recorded against
    reason: str = ""  # only for skipped and not-applicable
    extra: dict[str, Any] = field(default_factory=dict)  # keys from a newer checkup


@dataclass
class GuideRecord:
    items: dict[str, ItemRecord] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Position:
    """Where the person stopped, so the wizard can offer to resume there."""

    guide: str
    item: str
    surface: str | None = None
    step: int = 0  # index into the item's steps for `surface`
    changed: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Profile:
    schema: int = SCHEMA_VERSION
    region: str | None = None  # ISO 3166-1 alpha-2, upper case
    region_declined: bool = False  # asked, and preferred not to say
    surfaces: tuple[str, ...] = ()
    # The guides' ids the person said they use; None when never asked. Ids of guides this
    # checkup does not have (removed, or from another version) are kept, only not offered.
    services: tuple[str, ...] | None = None
    position: Position | None = None
    guides: dict[str, GuideRecord] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    # The language last chosen with --lang (one of checkup.support.languages.CODES); None in a
    # profile an older checkup wrote. A value this checkup does not know stays in `extra`.
    language: str | None = None

    # -- reading --------------------------------------------------------------------------------

    def item(self, guide_id: str, item_id: str) -> ItemRecord | None:
        record = self.guides.get(guide_id)
        return record.items.get(item_id) if record else None

    def state(self, guide_id: str, item_id: str) -> str:
        record = self.item(guide_id, item_id)
        return record.state if record else TODO

    def needs_recheck(self, guide: Guide) -> tuple[str, ...]:
        """Items done against an older revision of the guide (or an unknown one), in guide
        order: the steps or rules may have changed since, so the person should look again."""
        out = []
        for item in guide.ordered_items():
            record = self.item(guide.id, item.id)
            if record and record.state == DONE and (
                record.revision is None or record.revision < guide.revision
            ):
                out.append(item.id)
        return tuple(out)

    # -- changing -------------------------------------------------------------------------------

    def set_region(self, code: str | None) -> None:
        if code is not None and not _REGION.match(code):
            raise ValueError(_("region must be a two-letter upper-case code, not {code}").format(
                                 code=repr(code)))
        self.region = code
        self.region_declined = False

    def decline_region(self) -> None:
        """The person was asked where they live and preferred not to say."""
        self.region, self.region_declined = None, True

    def set_surfaces(self, surfaces: tuple[str, ...] | list[str]) -> None:
        unknown = [s for s in surfaces if s not in SURFACES]
        if unknown:
            raise ValueError(_("unknown surfaces {unknown}; known: {known}").format(
                                 unknown=unknown, known=', '.join(SURFACES)))
        self.surfaces = in_surface_order(surfaces)

    def set_language(self, code: str) -> None:
        if code not in CODES:
            raise ValueError(_("language must be one of {codes}, not {code}").format(
                                 codes=known_codes(), code=repr(code)))
        self.language = code
        self.extra.pop("language", None)  # a value from elsewhere, now replaced

    def set_services(self, services: tuple[str, ...] | list[str]) -> None:
        """The services the person uses, by guide id, each once, in the order given."""
        bad = [s for s in services if not (isinstance(s, str) and _SERVICE.fullmatch(s))]
        if bad:
            raise ValueError(_("services must be guide ids such as linkedin, not {bad}").format(
                                 bad=", ".join(map(repr, bad))))
        self.services = tuple(dict.fromkeys(services))[:MAX_SERVICES]

    def set_item(self, guide_id: str, item_id: str, state: str, *, revision: int,
                 reason: str = "", when: dt.datetime | None = None) -> ItemRecord:
        """Record `state` for an item, done against guide `revision`. Keys a newer checkup
        stored on the item are kept."""
        if state not in ITEM_STATES:
            raise ValueError(_("state must be one of {known}, not {state}").format(
                                 known=', '.join(ITEM_STATES), state=repr(state)))
        if reason and state not in STATES_WITH_REASON:
            raise ValueError(_("a reason goes with skipped or not-applicable, not {state}").format(
                                 state=state))
        if problem := new_reason_problem(reason):
            raise ValueError(problem)
        guide = self.guides.setdefault(guide_id, GuideRecord())
        old = guide.items.get(item_id)
        record = ItemRecord(state, when or now_utc(), revision, reason.strip(),
                            dict(old.extra) if old else {})
        guide.items[item_id] = record
        return record

    def set_position(self, guide_id: str, item_id: str, surface: str | None = None,
                     step: int = 0, when: dt.datetime | None = None) -> None:
        if surface is not None and surface not in SURFACES:
            raise ValueError(_("unknown surface {surface}; known: {known}").format(
                                 surface=repr(surface), known=', '.join(SURFACES)))
        if step < 0:
            raise ValueError(_("step must be 0 or more"))
        extra = dict(self.position.extra) if self.position else {}
        self.position = Position(guide_id, item_id, surface, step, when or now_utc(), extra)

    def clear_position(self) -> None:
        self.position = None


def reason_problem(reason: str) -> str | None:
    """Why `reason` cannot be stored, or None. It must be text the file can hold as UTF-8."""
    if len(reason) > MAX_REASON:
        return ngettext("the reason is {length} character long; keep it under {limit}",
                        "the reason is {length} characters long; keep it under {limit}",
                        len(reason)).format(length=len(reason), limit=MAX_REASON)
    try:
        reason.encode("utf-8")
    except UnicodeEncodeError:
        return _("the reason has bytes that are not UTF-8 text")
    return None


def new_reason_problem(reason: str) -> str | None:
    """Why a reason typed in now cannot be recorded, or None. Beyond what the file can hold, it
    must be plain text: a control character in it could steer a terminal it is shown on. (One
    already in a file is kept, and shown escaped.)"""
    return reason_problem(reason) or control_problem(reason)


# -- TOML mapping ------------------------------------------------------------------------------


class ProfileUnwritable(ValueError):
    """The profile cannot be written as TOML (keys carried along from the file nest too deeply);
    str(error) says why. Nothing was written."""


def profile_to_toml(profile: Profile) -> str:
    import tomli_w  # only writers pay for it

    data = profile_to_data(profile)
    # tomli_w recurses once per level: what was read is depth-checked, but a save must never
    # end in RecursionError whatever the profile holds.
    if too_deep(data):
        raise ProfileUnwritable(_("it holds tables nested more than {depth} deep").format(
                                    depth=MAX_DEPTH))
    try:
        return HEADER + tomli_w.dumps(data)
    except RecursionError:
        raise ProfileUnwritable(_("it holds tables nested too deeply to be written")) from None


def profile_to_data(profile: Profile) -> dict[str, Any]:
    data: dict[str, Any] = {"schema": profile.schema}
    if profile.region:
        data["region"] = profile.region
    elif profile.region_declined:
        data["region_declined"] = True
    if profile.surfaces:
        data["surfaces"] = list(profile.surfaces)
    if profile.services is not None:
        data["services"] = list(profile.services)
    if profile.language:
        data["language"] = profile.language
    data |= profile.extra
    if profile.position:
        p = profile.position
        pos: dict[str, Any] = {"guide": p.guide, "item": p.item}
        if p.surface:
            pos["surface"] = p.surface
        pos["step"] = p.step
        if p.changed:
            pos["changed"] = p.changed
        data["position"] = pos | p.extra
    guides: dict[str, Any] = {}
    for gid, g in profile.guides.items():
        items: dict[str, Any] = {}
        for iid, rec in g.items.items():
            entry: dict[str, Any] = {"state": rec.state}
            if rec.reason:
                entry["reason"] = rec.reason
            if rec.changed:
                entry["changed"] = rec.changed
            if rec.revision is not None:
                entry["revision"] = rec.revision
            items[iid] = entry | rec.extra
        guides[gid] = g.extra | {"items": items}
    if guides:
        data["guides"] = guides
    return data


@dataclass
class Parsed:
    profile: Profile
    problems: list[str]  # "key.path: what is wrong", one per entry left out or repaired
    newer_schema: int | None = None  # set when a newer checkup wrote the file


def _when(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):  # a hand-edited day: keep it as that day's start, in UTC
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    return None


class ProfileUnreadable(ValueError):
    """The file as a whole is not a profile; str(error) says why, in a few words."""


def decode_profile(raw: bytes) -> Parsed:
    """Parse a profile file's bytes; ProfileUnreadable when nothing in it can be trusted."""
    if not raw.strip():
        raise ProfileUnreadable(_("it is empty"))
    try:
        data = decode(raw, _("a profile"))  # the same guarded reading as guides and agendas
    except Unreadable as e:
        said = str(e)
        raise ProfileUnreadable(_("it is {problem}").format(problem=said)
                                if said.startswith("not ") else said) from None
    if "schema" not in data:  # every profile checkup writes starts with it: cut short, or not ours
        raise ProfileUnreadable(_("it has no 'schema' line, so it is cut short or not a profile"))
    return parse_profile(data)


def parse_profile(data: dict[str, Any]) -> Parsed:
    """The profile in `data` (from tomllib), with a note for each entry that was left out."""
    problems = Problems()
    schema = data.get("schema")
    newer = schema if is_whole_number(schema) and schema > SCHEMA_VERSION else None
    if not is_whole_number(schema) or schema < 1:
        problems.add("schema", _("must be a whole number from 1 up, not {shown}").format(
            shown=describe(schema)))
    profile = Profile(schema=schema if newer else SCHEMA_VERSION)
    profile.extra = {k: v for k, v in data.items() if k not in _TOP_KEYS}

    region = data.get("region")
    if region is not None:
        if isinstance(region, str) and _REGION.match(region):
            profile.region = region
        else:
            problems.add("region", _("must be a two-letter code such as 'DE', not {shown}").format(
                shown=describe(region)))

    declined = data.get("region_declined", False)
    if isinstance(declined, bool):
        profile.region_declined = declined and profile.region is None
    else:
        problems.add("region_declined", _("must be true or false, not {shown}").format(
            shown=describe(declined)))

    surfaces = data.get("surfaces")
    if surfaces is not None:
        if isinstance(surfaces, list) and all(s in SURFACES for s in surfaces):
            profile.surfaces = in_surface_order(surfaces)
        else:
            problems.add("surfaces", _("must be a list of {known}, not {shown}").format(
                known=", ".join(SURFACES), shown=describe(surfaces)))

    if "services" in data:
        profile.services = _parse_services(data["services"], problems)

    language = data.get("language")
    if isinstance(language, str) and language in CODES:
        profile.language = language
    elif language is not None:  # not used, never lost: written back as it was
        profile.extra["language"] = language

    if "position" in data:
        profile.position = _parse_position(data["position"], problems)

    guides = data.get("guides", {})
    if not isinstance(guides, dict):
        problems.add("guides", _("must be a table, not {kind}").format(kind=kind(guides)))
        guides = {}
    for gid, raw in guides.items():
        if not isinstance(raw, dict):
            problems.add(key_path("guides", gid), _("must be a table, not {kind}").format(
                kind=kind(raw)))
            continue
        record = GuideRecord(extra={k: v for k, v in raw.items() if k not in _GUIDE_KEYS})
        items = raw.get("items", {})
        if not isinstance(items, dict):
            problems.add(key_path("guides", gid, "items"), _("must be a table, not {kind}").format(
                kind=kind(items)))
            items = {}
        for iid, item_raw in items.items():
            item = _parse_item(item_raw, key_path("guides", gid, "items", iid), problems)
            if item:
                record.items[iid] = item
        profile.guides[gid] = record
    return Parsed(profile, [str(p) for p in problems.found], newer)


def _parse_item(raw: Any, where: str, problems: Problems) -> ItemRecord | None:
    if not isinstance(raw, dict):
        problems.add(where, _("must be a table, not {kind}").format(kind=kind(raw)))
        return None
    state = raw.get("state")
    if state not in ITEM_STATES:
        problems.add(f"{where}.state", _("must be one of {known}, not {shown}").format(
            known=", ".join(ITEM_STATES), shown=describe(state)))
        return None
    record = ItemRecord(state, extra={k: v for k, v in raw.items() if k not in _ITEM_KEYS})
    reason = raw.get("reason", "")
    if isinstance(reason, str) and not reason_problem(reason):
        record.reason = reason  # kept even beside "done": it is what the person wrote
    else:
        problems.add(f"{where}.reason", ngettext(
            "must be text under {limit} character", "must be text under {limit} characters",
            MAX_REASON).format(limit=MAX_REASON))
    if "changed" in raw:
        record.changed = _when(raw["changed"])
        if record.changed is None:
            problems.add(f"{where}.changed", _("must be a date and time, not {kind}").format(
                kind=kind(raw["changed"])))
    revision = raw.get("revision")
    if is_whole_number(revision) and revision >= 1:
        record.revision = revision
    elif revision is not None:
        problems.add(f"{where}.revision", _("must be a whole number from 1 up, not {shown}").format(
            shown=describe(revision)))
    return record


def _parse_services(raw: Any, problems: Problems) -> tuple[str, ...] | None:
    """The guide ids in `raw`, each once; an entry that is not an id is noted and left out. A
    value that is not a list is noted and read as no service: the question is asked again,
    with nothing ticked (not guessed from what the profile records)."""
    if not isinstance(raw, list) or len(raw) > MAX_SERVICES:
        problems.add("services", _("must be a list of up to {limit} guide ids such as "
                                   "linkedin, not {shown}").format(
            limit=MAX_SERVICES, shown=describe(raw)))
        return ()
    out = []
    for n, entry in enumerate(raw):
        if isinstance(entry, str) and _SERVICE.fullmatch(entry):
            out.append(entry)
        else:
            problems.add(f"services[{n}]", _("must be a guide id such as linkedin, not "
                                             "{shown}").format(shown=describe(entry)))
    return tuple(dict.fromkeys(out))


def _parse_position(raw: Any, problems: Problems) -> Position | None:
    if not isinstance(raw, dict):
        problems.add("position", _("must be a table, not {kind}").format(kind=kind(raw)))
        return None
    guide, item = raw.get("guide"), raw.get("item")
    surface, step = raw.get("surface"), raw.get("step", 0)
    if not (isinstance(guide, str) and isinstance(item, str)
            and (surface is None or surface in SURFACES) and is_whole_number(step) and step >= 0):
        problems.add("position", _("needs guide and item (text), surface (desktop, ios or "
                                   "android) and step (a whole number from 0 up)"))
        return None
    changed = _when(raw.get("changed"))
    if "changed" in raw and changed is None:
        problems.add("position.changed", _("must be a date and time, not {kind}").format(
            kind=kind(raw["changed"])))
    extra = {k: v for k, v in raw.items() if k not in _POSITION_KEYS}
    return Position(guide, item, surface, step, changed, extra)
