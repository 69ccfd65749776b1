"""The services a person uses: kept in the profile as guide ids, read forgivingly, found by
what a person types, and the session going through them service by service."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from made_up_guides import write_services

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session
from checkup.guides.loader import load_guides
from checkup.profile.model import Profile, decode_profile, profile_to_toml
from checkup.profile.store import open_store
from checkup.session import stages
from checkup.session.services import found, typed_answer


@pytest.fixture
def dozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = tmp_path / "services"
    ids = write_services(folder)
    monkeypatch.setenv("CHECKUP_CONTENT", str(folder))
    return ids


def session_for(*argv: str):
    return build_session(build_parser().parse_args([*argv, "--as-of", "2026-11-23"]))


# -- the profile -----------------------------------------------------------------------------
def test_services_round_trip_as_ids_each_once() -> None:
    profile = Profile()
    profile.set_services(["chatgpt", "linkedin", "chatgpt"])
    assert profile.services == ("chatgpt", "linkedin")
    text = profile_to_toml(profile)
    assert 'services = [\n    "chatgpt",\n    "linkedin",\n]' in text or (
        'services = ["chatgpt", "linkedin"]' in text)
    parsed = decode_profile(text.encode())
    assert parsed.profile.services == ("chatgpt", "linkedin") and not parsed.problems
    with pytest.raises(ValueError, match="guide ids"):
        profile.set_services(["ChatGPT"])
    assert decode_profile(b"schema = 2\n").profile.services is None  # never asked


def test_entries_that_are_not_ids_are_left_out_and_said_with_their_place() -> None:
    parsed = decode_profile(b'schema = 2\nservices = ["reddit", 3, "Not An Id", "reddit"]\n')
    assert parsed.profile.services == ("reddit",)
    assert len(parsed.problems) == 2
    assert parsed.problems[0].startswith("services[1]: must be a guide id")
    assert parsed.problems[1].startswith("services[2]: must be a guide id")


def test_a_corrupt_services_value_is_one_warning_and_nothing_else_is_lost(dozen: list[str]
                                                                          ) -> None:
    store = open_store()
    assert store.path is not None
    store.path.parent.mkdir(parents=True, mode=0o700)
    original = (b'schema = 2\nregion = "DE"\nsurfaces = ["desktop"]\nservices = "chatgpt"\n'
                b'from_a_newer_checkup = "kept"\n\n'
                b'[guides.chatgpt.items.training-switch]\nstate = "done"\nrevision = 1\n')
    store.path.write_bytes(original)
    profile = store.load()
    warnings = store.take_warnings()
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert "services: must be a list of up to 200 guide ids" in warnings[0]
    # the rest is read as it was, and the file as it was is kept beside it
    assert (profile.region, profile.surfaces, profile.services) == ("DE", ("desktop",), ())
    assert profile.state("chatgpt", "training-switch") == "done"
    assert profile.extra == {"from_a_newer_checkup": "kept"}
    [aside] = store.set_aside_copies()
    assert aside.read_bytes() == original
    rewritten = tomllib.loads(store.path.read_text(encoding="utf-8"))
    assert rewritten["services"] == [] and rewritten["from_a_newer_checkup"] == "kept"
    # asked again with nothing ticked, not guessed from what the profile records
    session = session_for()
    assert not session.services_chosen and session.ticked_services() == ()


def test_a_profile_with_services_read_by_a_checkup_without_them_keeps_them() -> None:
    """No new schema: an older checkup carries the key along as one it does not know."""
    from checkup.profile import model

    parsed = decode_profile(b'schema = 2\nservices = ["claude"]\n')
    saved = model.profile_to_data(parsed.profile)
    assert saved["services"] == ["claude"] and saved["schema"] == model.SCHEMA_VERSION == 2


# -- what a person types ---------------------------------------------------------------------
def test_names_are_found_whatever_the_case_and_accents(dozen: list[str]) -> None:
    guides = load_guides().guides
    assert [g.id for g in found(guides, "INSTAGRAM")] == ["meta"]
    assert [g.id for g in found(guides, "Meta AI")] == ["meta"]
    assert [g.id for g in found(guides, "substack")] == ["substack"]  # Substäck
    assert [g.id for g in found(guides, "x")] == ["x"]  # a name typed whole comes alone
    assert len(found(guides, "stop")) == 12  # every title


def test_a_typed_answer_takes_numbers_and_names_and_says_what_it_cannot_pick(
        dozen: list[str]) -> None:
    guides = load_guides().guides
    by_number = {n: g.id for n, g in enumerate(guides, 1)}
    assert typed_answer(guides, "1 3").picked == (by_number[1], by_number[3])
    both = typed_answer(guides, "twitter, 2")
    assert both.clean and both.picked == ("x", by_number[2])
    assert typed_answer(guides, "meta ai, claude").picked == ("meta", "claude")
    unclear = typed_answer(guides, "stop")
    assert not unclear.clean and len(unclear.unclear[0][1]) == 12
    assert typed_answer(guides, "myspace").unknown == ("myspace",)
    assert typed_answer(guides, "13").out_of_range == ("13",)


# -- the session -----------------------------------------------------------------------------
def test_the_question_is_asked_before_the_region_and_not_with_guide(dozen: list[str]) -> None:
    session = session_for("--guest")
    assert session.asks_guides and not session.services_chosen
    assert session.ticked_services() == ()
    assert stages.after(session, stages.WELCOME) == stages.GUIDES
    assert stages.after(session, stages.GUIDES) == stages.REGION
    # the region and devices given, the services not: the welcome, then the question
    assert stages.first_stage(session_for("--guest", "--region", "DE", "--surface",
                                          "desktop")) == stages.WELCOME
    given = session_for("--guest", "--guide", "meta")
    assert not given.asks_guides and [g.id for g in given.guides] == ["meta"]
    assert stages.after(given, stages.WELCOME) == stages.REGION


def test_choosing_keeps_ids_of_guides_not_offered_and_ticks_them_next_time(
        dozen: list[str]) -> None:
    open_store().update(lambda p: p.set_services(["medium", "removed-guide"]))
    session = session_for()
    assert session.ticked_services() == ("medium",)
    session.choose_guides(["substack", "chatgpt"])
    assert [g.id for g in session.guides] == ["chatgpt", "substack"]  # in the offered order
    assert open_store().load().services == ("chatgpt", "substack", "removed-guide")
    again = session_for()
    assert again.ticked_services() == ("chatgpt", "substack")


def test_a_profile_from_before_the_question_counts_what_it_recorded(dozen: list[str]) -> None:
    def linkedin_only(profile) -> None:  # noqa: ANN001 - a Profile
        profile.set_region("DE")
        profile.set_surfaces(("desktop",))
        profile.set_item("linkedin", "training-switch", "done", revision=1)

    open_store().update(linkedin_only)
    session = session_for()
    assert session.services_chosen and [g.id for g in session.guides] == ["linkedin"]
    assert session.ticked_services() == ("linkedin",)
    assert open_store().load().services is None  # not written until the person answers


def test_guide_on_the_command_line_takes_a_name_the_service_is_known_by(dozen: list[str]
                                                                       ) -> None:
    assert [g.id for g in session_for("--guest", "--guide", "Instagram").guides] == ["meta"]
    assert [g.id for g in session_for("--guest", "--guide", "substack").guides] == ["substack"]
