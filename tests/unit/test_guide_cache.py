"""The parsed-guide cache can only make reading faster: what the loader says about a guide read
through it is what it says about the file parsed afresh, whatever the cache folder holds (an
entry of older bytes, a broken, planted or linked entry, a folder others can write, no folder
at all), and its entries are data, never code."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import made_up_guides
import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkup.guides import precompiled
from checkup.guides.loader import load_guides, load_paths
from checkup.profile import guide_cache
from checkup.profile.guide_cache import READER, GuideReader
from checkup.support import toml_json
from checkup.support.paths import shipped_content_dir
from checkup.support.toml_file import read_toml

NOBODY = 65534
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")


def same(a: object, b: object) -> bool:
    """Equal with the same types all the way down (1, 1.0 and True are equal in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, dt.datetime | dt.time):
        return a == b and a.utcoffset() == b.utcoffset() if isinstance(a, dt.datetime) else (
            a == b and a.tzinfo == b.tzinfo)
    return a == b


zones = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30)),
                         dt.timezone(-dt.timedelta(hours=8))])
toml_values = st.recursive(
    st.text() | st.integers(-2**63, 2**63 - 1) | st.floats() | st.booleans() | st.dates()
    | st.datetimes(timezones=zones) | st.times(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)


def has_tag_key(value: object) -> bool:
    if isinstance(value, dict):
        return toml_json.TAG in value or any(has_tag_key(v) for v in value.values())
    return isinstance(value, list) and any(has_tag_key(v) for v in value)


@given(st.dictionaries(st.text(), toml_values, max_size=6))
def test_every_toml_value_comes_back_with_its_own_type(data: dict) -> None:
    text = toml_json.dumps(data)
    if text is None:  # only data holding the key dates are tagged with
        assert has_tag_key(data)
    else:
        assert same(toml_json.loads(text), data)


def test_a_table_with_the_tag_key_is_never_written_so_never_read_back_as_a_date() -> None:
    assert toml_json.dumps({"a": {toml_json.TAG: "date", "v": "2026-01-01"}}) is None


@pytest.mark.parametrize("text", ['{"a": null}', '{"a": [1, [null]]}', '[{"a": 1}]',
                                  '{"a": {"\\u0000": ["date"], "v": "2026-01-01"}}',
                                  '{"a": {"\\u0000": "date", "v": "tomorrow"}}',
                                  '{"a": {"\\u0000": "year", "v": "2026"}}', "[" * 100000])
def test_json_that_dumps_never_writes_is_refused(text: str) -> None:
    with pytest.raises((ValueError, RecursionError)):
        toml_json.loads(text)


def test_the_shipped_guide_comes_back_exactly_as_the_parser_read_it() -> None:
    data = read_toml(Path(shipped_content_dir()) / "linkedin.toml", "a guide")
    assert same(toml_json.loads(toml_json.dumps(data)), data)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "guides"


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def loaded_title(guide: Path, folder: Path) -> str:
    result = load_paths([guide], read=GuideReader(folder))
    assert not result.problems, result.problems
    return result.guides[0].title


def test_an_edited_guide_is_read_again_never_from_the_entry_of_its_old_bytes(
        made_up_content, folder: Path) -> None:
    guide = made_up_content(title="Before the edit")
    assert loaded_title(guide, folder) == "Before the edit"
    assert len(entries(folder)) == 1
    made_up_content(title="After the edit")
    assert loaded_title(guide, folder) == "After the edit"
    assert len(entries(folder)) == 2


def test_an_edit_that_breaks_a_check_is_reported_though_the_good_version_was_cached(
        made_up_content, folder: Path) -> None:
    made_up_content()
    assert load_guides(read=GuideReader(folder)).guides
    made_up_content(domains=["github.io"])  # a public suffix: any site could become a link
    fresh, cached = load_guides(), load_guides(read=GuideReader(folder))
    assert not cached.guides and cached.problems == fresh.problems
    assert "public suffix" in str(cached.problems[0])


def test_problems_and_guides_are_the_same_with_or_without_the_cache(
        made_up_content, folder: Path) -> None:
    made_up_content()
    made_up_content("broken.toml", items=[made_up_guides.item(link="http://example.org/x")])
    (folder.parent.parent / "made-up" / "not-toml.toml").write_text("x = [", encoding="utf-8")
    for _ in range(2):  # the second time from the entries the first wrote
        fresh, cached = load_guides(), load_guides(read=GuideReader(folder))
        assert cached.guides == fresh.guides and cached.problems == fresh.problems
        assert cached.broken == fresh.broken and len(cached.problems) == 2


def plant(folder: Path, guide: Path, text: str) -> Path:
    entry = folder / f"{digest_of(guide)}.json"
    entry.write_text(text, encoding="utf-8")
    return entry


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", '{"sha256": 1}', "\x00" * 100,
                                  '{"sha256": "%s", "reader": "checkup 0.0.1", "data": {}}'])
def test_a_broken_or_foreign_entry_is_ignored_and_written_anew(
        made_up_content, folder: Path, text: str) -> None:
    guide = made_up_content(title="The real title")
    loaded_title(guide, folder)
    entry = plant(folder, guide, text.replace("%s", digest_of(guide)))
    assert loaded_title(guide, folder) == "The real title"
    assert toml_json.opened(entry.read_text(encoding="utf-8"), digest_of(guide),
                            reader=READER) == read_toml(guide, "a guide")


def test_an_entry_of_other_bytes_under_this_files_name_is_not_used(
        made_up_content, folder: Path) -> None:
    """An entry names the SHA-256 of the bytes it came from inside it too: renamed, or
    written for another file, it is not this file's."""
    other = made_up_content("other.toml", title="Another guide", id="other")
    loaded_title(other, folder)
    guide = made_up_content(title="The real title")
    (folder / f"{digest_of(other)}.json").rename(folder / f"{digest_of(guide)}.json")
    assert loaded_title(guide, folder) == "The real title"


def test_a_planted_entry_still_goes_through_every_check(made_up_content, folder: Path) -> None:
    """Whoever can write the folder (only its owner: see below) can make the data say anything,
    but what it says is checked as a guide file is: a link off the guide's domains is refused."""
    guide = made_up_content()
    data = read_toml(guide, "a guide")
    data["items"][0]["link"] = "https://attacker.example.net/login"
    folder.mkdir(parents=True, mode=0o700)
    plant(folder, guide, toml_json.envelope(digest_of(guide), data, reader=READER))
    result = load_paths([guide], read=GuideReader(folder))
    assert not result.guides and "attacker.example.net" in str(result.problems)


def test_an_entry_is_json_read_as_data(made_up_content, folder: Path) -> None:
    guide = made_up_content()
    loaded_title(guide, folder)
    entry, = entries(folder)
    assert json.loads(entry.read_text(encoding="utf-8"))["sha256"] == digest_of(guide)
    assert entry.stat().st_mode & 0o777 == 0o600 and folder.stat().st_mode & 0o777 == 0o700


def test_a_folder_others_can_write_is_not_used(made_up_content, folder: Path) -> None:
    guide = made_up_content(title="The real title")
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    data = read_toml(guide, "a guide") | {"title": "Planted"}
    plant(folder, guide, toml_json.envelope(digest_of(guide), data, reader=READER))
    assert loaded_title(guide, folder) == "The real title"
    assert len(entries(folder)) == 1  # nothing written there either


def test_a_cache_folder_that_is_a_link_is_not_used(made_up_content, folder: Path,
                                                   tmp_path: Path) -> None:
    guide = made_up_content()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folder.parent.mkdir()
    folder.symlink_to(elsewhere)
    loaded_title(guide, folder)
    assert list(elsewhere.iterdir()) == []


def test_an_entry_that_is_a_link_is_not_followed_nor_written_through(
        made_up_content, folder: Path, tmp_path: Path) -> None:
    guide = made_up_content(title="The real title")
    target = tmp_path / "target.json"
    data = read_toml(guide, "a guide") | {"title": "Planted"}
    target.write_text(toml_json.envelope(digest_of(guide), data, reader=READER), "utf-8")
    before = target.read_bytes()
    folder.mkdir(parents=True, mode=0o700)
    (folder / f"{digest_of(guide)}.json").symlink_to(target)
    assert loaded_title(guide, folder) == "The real title"
    assert target.read_bytes() == before
    assert not (folder / f"{digest_of(guide)}.json").is_symlink()  # replaced by an entry


def test_a_pipe_at_an_entry_is_not_waited_on(made_up_content, folder: Path) -> None:
    guide = made_up_content(title="The real title")
    folder.mkdir(parents=True, mode=0o700)
    os.mkfifo(folder / f"{digest_of(guide)}.json")
    assert loaded_title(guide, folder) == "The real title"


@as_root
def test_an_entry_someone_else_owns_is_not_used(made_up_content, folder: Path) -> None:
    guide = made_up_content(title="The real title")
    folder.mkdir(parents=True, mode=0o700)
    data = read_toml(guide, "a guide") | {"title": "Planted"}
    entry = plant(folder, guide, toml_json.envelope(digest_of(guide), data, reader=READER))
    os.chown(entry, NOBODY, NOBODY)
    assert loaded_title(guide, folder) == "The real title"


@as_root
def test_a_folder_someone_else_owns_is_not_used(made_up_content, folder: Path) -> None:
    guide = made_up_content(title="The real title")
    folder.mkdir(parents=True, mode=0o700)
    data = read_toml(guide, "a guide") | {"title": "Planted"}
    plant(folder, guide, toml_json.envelope(digest_of(guide), data, reader=READER))
    os.chown(folder, NOBODY, NOBODY)
    assert loaded_title(guide, folder) == "The real title"


def test_no_place_for_a_cache_still_reads_the_guides(made_up_content, tmp_path: Path) -> None:
    """A read-only home or a kiosk: the folder cannot be made (here a file is in its way)."""
    guide = made_up_content(title="The real title")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert loaded_title(guide, tmp_path / "a-file" / "guides") == "The real title"


def test_the_oldest_entries_go_when_there_are_many(made_up_content, folder: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guide_cache, "KEEP", 3)
    guide = made_up_content()
    for n in range(6):
        made_up_content(title=f"Edit {n}")
        loaded_title(guide, folder)
    assert len(entries(folder)) == 3


def test_off_means_no_cache_and_the_default_is_the_users_cache_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CHECKUP_CACHE", "off")
    assert guide_cache.default_folder() is None
    monkeypatch.delenv("CHECKUP_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert guide_cache.default_folder() == tmp_path / "xdg" / "checkup" / "guides"


@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped content folder, parsed forms and all, taken as the shipped one."""
    copy = tmp_path / "shipped"
    shutil.copytree(Path(shipped_content_dir()), copy, ignore=shutil.ignore_patterns("*.py*"))
    monkeypatch.setattr(precompiled, "shipped_content_dir", lambda: copy)
    return copy


def test_the_shipped_parsed_form_is_used_for_the_shipped_bytes(shipped_copy: Path) -> None:
    guide = shipped_copy / "linkedin.toml"
    data = read_toml(guide, "a guide")
    assert same(precompiled.shipped_data(guide, digest_of(guide)), data)


def test_an_edited_shipped_guide_is_parsed_again(shipped_copy: Path, folder: Path) -> None:
    guide = shipped_copy / "linkedin.toml"
    text = guide.read_text(encoding="utf-8")
    title = read_toml(guide, "a guide")["title"]
    guide.write_text(text.replace(title, "An edited title", 1), encoding="utf-8")
    assert precompiled.shipped_data(guide, digest_of(guide)) is None
    assert loaded_title(guide, folder) == "An edited title"


def test_a_parsed_form_is_used_only_for_a_guide_of_the_shipped_folder(
        shipped_copy: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "mine"
    elsewhere.mkdir()
    shutil.copy(shipped_copy / "linkedin.toml", elsewhere)
    shutil.copytree(shipped_copy / "parsed", elsewhere / "parsed")
    guide = elsewhere / "linkedin.toml"
    assert precompiled.shipped_data(guide, digest_of(guide)) is None


def test_edited_shipped_region_data_is_read_again(shipped_copy: Path) -> None:
    from checkup.guides.regions import load_regions

    regions = shipped_copy / "regions.toml"
    assert precompiled.shipped_data(regions, digest_of(regions)) is not None
    regions.write_text(regions.read_text(encoding="utf-8") + '\n[groups.test-only]\nname = '
                       '"A group added by hand"\nmembers = ["DE"]\n', encoding="utf-8")
    assert load_regions(shipped_copy).groups["test-only"].name == "A group added by hand"


def test_the_wizard_starts_without_the_toml_parser_when_the_parsed_forms_are_current(
        tmp_path: Path) -> None:
    probe = ("import sys\nfrom checkup.cli.main import parse_args\n"
             "from checkup.cli.wizard import build_session\n"
             "session = build_session(parse_args(['--region', 'DE', '--guest']))\n"
             "print(session.guides[0].id, 'tomllib' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKUP_")}
    env |= {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.split() == ["linkedin", "False"], done.stderr


def test_each_shipped_guide_kept_loaded_is_the_guide_its_file_checks_out_as() -> None:
    from checkup.guides.loader import load_file
    from checkup.guides.regions import default_regions

    for path in sorted(Path(shipped_content_dir()).glob("*.toml")):
        checked, problems = load_file(path, default_regions())
        if checked is None:
            continue  # the region and country tables
        assert not problems
        assert precompiled.shipped_guide(path) == checked, (
            f"{path.name}: run tools/compile_guides.py")


def test_an_edited_shipped_guide_is_read_and_checked_again(shipped_copy: Path) -> None:
    guide = shipped_copy / "linkedin.toml"
    assert precompiled.shipped_guide(guide).title != "An edited title"
    text = guide.read_text(encoding="utf-8")
    title = read_toml(guide, "a guide")["title"]
    guide.write_text(text.replace(title, "An edited title", 1), encoding="utf-8")
    assert precompiled.shipped_guide(guide) is None
    loaded = load_paths([shipped_copy], ahead=precompiled.shipped_guide)
    assert loaded.guide("linkedin").title == "An edited title"


def _must_not_be_asked(path: Path) -> None:
    raise AssertionError(f"{path} was taken as kept loaded, with another region table")


def test_a_guide_is_kept_loaded_only_in_the_shipped_folder_and_for_its_regions(
        shipped_copy: Path, tmp_path: Path) -> None:
    """A folder of guides a person gives is always checked, even with a copy of the kept
    forms beside it: those can run code, so only the program's own folder is trusted."""
    from checkup.guides.regions import load_regions

    elsewhere = tmp_path / "mine"
    elsewhere.mkdir()
    shutil.copy(shipped_copy / "linkedin.toml", elsewhere)
    shutil.copytree(shipped_copy / "parsed", elsewhere / "parsed")
    assert precompiled.shipped_guide(elsewhere / "linkedin.toml") is None
    # with a region table of its own, the loader checks every guide against that table
    other_regions = load_regions(shipped_copy)
    loaded = load_paths([shipped_copy], other_regions, ahead=_must_not_be_asked)
    assert loaded.guide("linkedin") and not loaded.problems


def test_a_kept_guide_that_cannot_be_loaded_is_read_as_any_guide(shipped_copy: Path) -> None:
    (shipped_copy / "parsed" / "linkedin.guide.pickle").write_bytes(b"not a pickle")
    assert precompiled.shipped_guide(shipped_copy / "linkedin.toml") is None
    assert load_paths([shipped_copy], ahead=precompiled.shipped_guide).guide("linkedin")
