"""The profile's data model and its TOML form: every field survives a round trip, keys from a newer
checkup are kept, and anything unreadable is named and left out without taking the rest along."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from made_up_guides import item, write_guide

from checkup.guides.loader import load_paths
from checkup.guides.model import SURFACES
from checkup.profile.model import (
    DONE,
    ITEM_STATES,
    LATER,
    NOT_APPLICABLE,
    SCHEMA_VERSION,
    SKIPPED,
    TODO,
    GuideRecord,
    ItemRecord,
    Position,
    Profile,
    ProfileUnreadable,
    decode_profile,
    parse_profile,
    profile_to_toml,
)

WHEN = dt.datetime(2026, 11, 25, 10, 30, 5, tzinfo=dt.UTC)


def round_trip(profile: Profile) -> Profile:
    parsed = decode_profile(profile_to_toml(profile).encode("utf-8"))
    assert parsed.problems == []
    return parsed.profile


def full_profile() -> Profile:
    return Profile(
        region="DE",
        surfaces=("desktop", "android"),
        position=Position("linkedin", "ai-training", "android", 3, WHEN, {"zoom": 2}),
        guides={
            "linkedin": GuideRecord(
                items={
                    "ai-training": ItemRecord(DONE, WHEN, 2, "", {"note": "from v2"}),
                    "objection-form": ItemRecord(SKIPPED, WHEN, 1, "no time today"),
                    "download-data": ItemRecord(NOT_APPLICABLE, WHEN, 1, "no account data"),
                    "delete-data": ItemRecord(TODO, WHEN, 1),
                },
                extra={"seen_intro": True},
            )
        },
        extra={"theme": "high-contrast", "future": {"nested": [1, 2, 3]}},
    )


def test_every_field_survives_a_round_trip() -> None:
    profile = full_profile()
    assert round_trip(profile) == profile


def test_the_file_is_readable_toml_with_a_schema_version() -> None:
    text = profile_to_toml(full_profile())
    assert text.startswith("# checkup profile")
    data = tomllib.loads(text)
    assert data["schema"] == SCHEMA_VERSION
    item = data["guides"]["linkedin"]["items"]["objection-form"]
    assert item == {"state": "skipped", "reason": "no time today", "changed": WHEN, "revision": 1}


def test_a_profile_from_before_later_is_read_and_saved_with_the_schema_that_has_it() -> None:
    parsed = decode_profile(b'schema = 1\n[guides.linkedin.items.ai-training]\n'
                            b'state = "done"\nrevision = 1\n')
    assert parsed.problems == [] and parsed.newer_schema is None
    profile = parsed.profile
    assert profile.state("linkedin", "ai-training") == DONE
    profile.set_item("linkedin", "objection-form", LATER, revision=1)
    text = profile_to_toml(profile)
    # a checkup that knows only schema 1 reads this as newer, so it cannot drop "later"
    assert tomllib.loads(text)["schema"] == SCHEMA_VERSION == 2
    again = decode_profile(text.encode())
    assert again.problems == [] and again.profile.state("linkedin", "objection-form") == LATER


def test_keys_from_a_newer_checkup_are_kept_at_every_level() -> None:
    text = """schema = 1
future_top = "kept"
[position]
guide = "linkedin"
item = "ai-training"
step = 0
future_pos = 1
[guides.linkedin]
future_guide = [1, 2]
[guides.linkedin.items.ai-training]
state = "done"
revision = 1
future_item = { a = 2026-01-01 }
"""
    profile = decode_profile(text.encode()).profile
    # A change through the API keeps them too.
    profile.set_item("linkedin", "ai-training", SKIPPED, revision=1, reason="later")
    profile.set_position("linkedin", "ai-training", "ios", 1)
    data = tomllib.loads(profile_to_toml(profile))
    assert data["future_top"] == "kept"
    assert data["position"]["future_pos"] == 1
    assert data["guides"]["linkedin"]["future_guide"] == [1, 2]
    assert data["guides"]["linkedin"]["items"]["ai-training"]["future_item"] == {
        "a": dt.date(2026, 1, 1)}
    assert data["guides"]["linkedin"]["items"]["ai-training"]["state"] == "skipped"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('schema = 1\nregion = 5\n', "region: must be a two-letter code"),
        ('schema = 1\nsurfaces = "ios"\n', "surfaces: must be a list"),
        ('schema = 1\nguides = 3\n', "guides: must be a table"),
        ('schema = 1\n[guides.linkedin.items.ai-training]\nstate = 5\n',
         "guides.linkedin.items.ai-training.state: must be one of"),
        ('schema = 1\n[guides.linkedin.items.x]\nstate = "done"\nrevision = "one"\n',
         "guides.linkedin.items.x.revision: must be a whole number"),
        ('schema = 1\n[guides.linkedin.items.x]\nstate = "done"\nchanged = "yesterday"\n',
         "guides.linkedin.items.x.changed: must be a date and time"),
        ('schema = 1\n[position]\nguide = "linkedin"\nstep = -1\n', "position: needs guide"),
        ('schema = "1"\n', "schema: must be a whole number"),
    ],
)
def test_a_wrong_type_is_named_by_its_key(text: str, problem: str) -> None:
    parsed = decode_profile(text.encode())
    assert len(parsed.problems) == 1 and parsed.problems[0].startswith(problem)


def test_a_bad_entry_does_not_take_its_neighbours_with_it() -> None:
    text = """schema = 1
region = "FR"
[guides.linkedin.items.ai-training]
state = "dne"
[guides.linkedin.items.objection-form]
state = "skipped"
reason = "later"
revision = "two"
"""
    parsed = decode_profile(text.encode())
    profile = parsed.profile
    assert profile.region == "FR"
    assert profile.item("linkedin", "ai-training") is None
    kept = profile.item("linkedin", "objection-form")
    assert kept is not None and kept.state == SKIPPED and kept.reason == "later"
    assert len(parsed.problems) == 2


@pytest.mark.parametrize(
    ("raw", "why"),
    [(b"", "empty"), (b"   \n", "empty"), (b"\xff\xfe\x00garbage", "not UTF-8"),
     (b"schema = 1\n[guides.linkedin.items.ai-tr", "not valid TOML"),
     (b"region = \"DE\"\n", "no 'schema'"), (b"a = " + b"[" * 5000 + b"]" * 5000, "")],
)
def test_a_file_that_is_not_a_profile_says_why(raw: bytes, why: str) -> None:
    with pytest.raises(ProfileUnreadable) as e:
        decode_profile(raw)
    assert why in str(e.value)


def test_a_newer_schema_is_reported_and_read_as_far_as_understood() -> None:
    parsed = decode_profile(b'schema = 7\nregion = "DE"\nnew_thing = 1\n')
    assert parsed.newer_schema == 7
    assert parsed.profile.region == "DE" and parsed.profile.schema == 7


def test_a_byte_order_mark_from_an_editor_is_accepted() -> None:
    assert decode_profile(b"\xef\xbb\xbfschema = 1\n").problems == []


def test_set_item_records_revision_time_and_reason_and_refuses_nonsense() -> None:
    profile = Profile()
    record = profile.set_item("linkedin", "ai-training", SKIPPED, revision=3, reason=" later ",
                              when=WHEN)
    assert record == ItemRecord(SKIPPED, WHEN, 3, "later")
    assert profile.state("linkedin", "ai-training") == SKIPPED
    assert profile.state("linkedin", "other") == TODO
    with pytest.raises(ValueError, match="reason goes with"):
        profile.set_item("linkedin", "ai-training", DONE, revision=1, reason="why")
    with pytest.raises(ValueError, match="state must be one of"):
        profile.set_item("linkedin", "ai-training", "finished", revision=1)
    with pytest.raises(ValueError, match="UTF-8"):
        profile.set_item("linkedin", "ai-training", SKIPPED, revision=1, reason="\udcff")
    with pytest.raises(ValueError, match="under 1000"):
        profile.set_item("linkedin", "ai-training", SKIPPED, revision=1, reason="x" * 1001)
    with pytest.raises(ValueError):
        profile.set_region("Germany")
    with pytest.raises(ValueError):
        profile.set_surfaces(["ipad"])
    with pytest.raises(ValueError):
        profile.set_position("linkedin", "ai-training", "ipad", 0)


def test_surfaces_are_kept_in_a_stable_order_without_repeats() -> None:
    profile = Profile()
    profile.set_surfaces(["android", "desktop", "android"])
    assert profile.surfaces == ("desktop", "android")


def test_a_newer_guide_revision_asks_for_a_recheck_of_items_done_against_the_old_one(
        tmp_path) -> None:
    guide = load_paths([write_guide(tmp_path, revision=3, main_item="ai-training", items=[
        item("ai-training"), item("objection-form"), item("ads-data-sharing")])]).guide("example")
    assert guide is not None
    profile = Profile()
    profile.set_item("example", "ai-training", DONE, revision=guide.revision)
    profile.set_item("example", "ads-data-sharing", DONE, revision=guide.revision)
    profile.set_item("example", "objection-form", SKIPPED, revision=guide.revision)
    assert profile.needs_recheck(guide) == ()
    newer = guide._replace(revision=guide.revision + 1)
    profile.set_item("example", "ads-data-sharing", DONE, revision=newer.revision)
    # Only what was done against the old revision; skipped items are not "done".
    assert profile.needs_recheck(newer) == ("ai-training",)
    # An item whose revision was lost (hand-edited) is re-checked rather than trusted.
    profile.guides["example"].items["ads-data-sharing"].revision = None
    assert profile.needs_recheck(newer) == ("ai-training", "ads-data-sharing")


# -- generated profiles --------------------------------------------------------------------------

_ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_when = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                     timezones=st.just(dt.UTC)).map(lambda d: d.replace(microsecond=0))
_scalar = st.one_of(st.integers(-(2**63), 2**63 - 1), st.booleans(), _text,
                    st.floats(allow_nan=False), st.dates(), _when)
_value = st.recursive(_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(_ids, inner, max_size=3)), max_leaves=6)


def _extra(known: set[str]) -> st.SearchStrategy[dict]:
    return st.dictionaries(_ids.filter(lambda k: k not in known), _value, max_size=3)


_items = st.builds(
    lambda state, changed, revision, reason, extra: ItemRecord(
        state, changed, revision, reason if state in (SKIPPED, NOT_APPLICABLE) else "", extra),
    st.sampled_from(ITEM_STATES), st.none() | _when, st.none() | st.integers(1, 10**6), _text,
    _extra({"state", "reason", "changed", "revision"}))
_guides = st.builds(GuideRecord, st.dictionaries(_ids, _items, max_size=4), _extra({"items"}))
_positions = st.builds(Position, _ids, _ids, st.none() | st.sampled_from(SURFACES),
                       st.integers(0, 50), st.none() | _when,
                       _extra({"guide", "item", "surface", "step", "changed"}))
_profiles = st.builds(
    lambda region, declined, surfaces, position, guides, extra: Profile(
        schema=SCHEMA_VERSION, region=region, region_declined=declined and region is None,
        surfaces=surfaces, position=position, guides=guides, extra=extra),
    st.none() | st.from_regex(r"\A[A-Z]{2}\Z"), st.booleans(),
    st.sets(st.sampled_from(SURFACES)).map(lambda s: tuple(x for x in SURFACES if x in s)),
    st.none() | _positions, st.dictionaries(_ids, _guides, max_size=3),
    _extra({"schema", "region", "region_declined", "surfaces", "position", "guides"}))


@settings(max_examples=200, deadline=None)
@given(_profiles)
def test_any_profile_survives_a_round_trip(profile: Profile) -> None:
    assert round_trip(profile) == profile


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["schema", "region", "region_declined", "surfaces",
                                        "position", "guides", "other"]), _value, max_size=7))
def test_any_toml_table_parses_to_a_profile_or_named_problems(data: dict) -> None:
    parsed = parse_profile(data)
    assert isinstance(parsed.profile, Profile)
    assert all(isinstance(p, str) and "\n" not in p and len(p) < 400 for p in parsed.problems)
    # What was readable is written back readable.
    again = decode_profile(profile_to_toml(parsed.profile).encode())
    assert again.problems == [] or parsed.newer_schema
