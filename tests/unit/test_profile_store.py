"""The profile store: where the file goes, who may read it, and that nothing recorded is lost when
files are broken, folders are read-only, processes race or are killed mid-write."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkup.profile import safe_file
from checkup.profile.model import DONE, SKIPPED, decode_profile, profile_to_toml
from checkup.profile.safe_file import LockTimeout, exclusive_lock
from checkup.profile.store import (
    MAX_PROFILE_BYTES,
    SET_ASIDE_TAG,
    check_profile_name,
    open_store,
    profile_home,
)
from checkup.support.errors import UsageError

NOBODY = 65534


@pytest.fixture
def home() -> Path:
    return Path(os.environ["CHECKUP_HOME"])


def mark(guide: str, item: str, state: str = DONE, reason: str = ""):
    return lambda p: p.set_item(guide, item, state, revision=1, reason=reason)


def set_aside(home: Path, name: str = "profile.toml") -> list[Path]:
    return sorted(home.glob(name + SET_ASIDE_TAG + "*"))


def a_saved_profile(home: Path) -> bytes:
    store = open_store()
    store.update(mark("linkedin", "ai-training"))
    store.update(mark("linkedin", "objection-form", SKIPPED, "later"))
    return (home / "profile.toml").read_bytes()


# -- where and who ------------------------------------------------------------------------------


def test_checkup_home_names_the_folder_and_nothing_is_created_until_something_is_recorded(
        home: Path) -> None:
    store = open_store()
    assert store.path == home / "profile.toml"
    assert profile_home() == (home, "set by CHECKUP_HOME")
    assert store.load().guides == {}
    assert not home.exists()
    assert store.update(mark("linkedin", "ai-training")).state == DONE
    assert open_store().load().state("linkedin", "ai-training") == DONE


def test_without_checkup_home_the_platform_data_folder_is_used(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("CHECKUP_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert open_store().path == tmp_path / "xdg" / "checkup" / "profile.toml"
    assert profile_home()[1] == "this system's default"


def test_a_named_profile_sits_beside_the_default_and_keeps_its_own_record(home: Path) -> None:
    open_store("workshop").update(mark("linkedin", "ai-training"))
    assert (home / "profile-workshop.toml").is_file()
    assert open_store().load().state("linkedin", "ai-training") == "todo"
    assert open_store("workshop").load().state("linkedin", "ai-training") == DONE


@pytest.mark.parametrize("bad", ["", "../x", "a/b", "a\\b", ".hidden", "x" * 65, "end.",
                                 "nul\x00", "sp ace", "-dash"])
def test_a_profile_name_that_could_be_a_path_is_refused_by_name(bad: str) -> None:
    with pytest.raises(UsageError) as e:
        check_profile_name(bad)
    assert repr(bad) in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("good", ["demo", "Workshop-2026_a", "Müller", "v1.2"])
def test_ordinary_profile_names_are_accepted(good: str) -> None:
    assert check_profile_name(good) == good


def test_the_folder_is_owner_only_and_so_are_the_files(home: Path) -> None:
    old = os.umask(0)  # a careless umask must not make the profile readable by others
    try:
        open_store().update(mark("linkedin", "ai-training"))
        open_store().update(mark("linkedin", "delete-data"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "profile.toml").stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "profile.toml.lock").stat().st_mode) == 0o600


def test_a_folder_the_person_made_is_left_as_it_is_but_the_file_is_still_private(
        home: Path) -> None:
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    open_store().update(mark("linkedin", "ai-training"))
    assert stat.S_IMODE(home.stat().st_mode) == 0o755
    assert stat.S_IMODE((home / "profile.toml").stat().st_mode) == 0o600


def test_a_guest_session_keeps_nothing_on_disk(home: Path, tmp_path: Path) -> None:
    store = open_store(guest=True)
    store.update(mark("linkedin", "ai-training"))
    assert store.load().state("linkedin", "ai-training") == DONE
    assert not store.saves and store.path is None
    assert not home.exists()
    assert store.take_warnings() == []


def test_position_region_and_surfaces_are_saved_for_resuming(home: Path) -> None:
    def choose(p):
        p.set_region("DE")
        p.set_surfaces(["ios"])
        p.set_position("linkedin", "ai-training", "ios", 2)

    open_store().update(choose)
    profile = open_store().load()
    assert (profile.region, profile.surfaces) == ("DE", ("ios",))
    assert profile.position is not None
    assert (profile.position.item, profile.position.surface, profile.position.step) == (
        "ai-training", "ios", 2)


# -- broken files -------------------------------------------------------------------------------


def _huge() -> bytes:
    return b"schema = 1\n" + b"# padding\n" * (MAX_PROFILE_BYTES // 10 + 10)


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda good: good[: len(good) // 2], "TOML"),
        (lambda good: good[:40], "schema"),
        (lambda good: b"", "empty"),
        (lambda good: bytes(range(256)) * 8, "UTF-8"),
        (lambda good: _huge(), "larger than"),
    ],
    ids=["truncated", "cut-before-schema", "empty", "binary", "huge"],
)
def test_an_unreadable_profile_is_moved_aside_said_where_and_a_fresh_one_goes_on(
        home: Path, make, why: str, capsys) -> None:
    broken = make(a_saved_profile(home))
    (home / "profile.toml").write_bytes(broken)
    store = open_store()
    assert store.load().guides == {}
    (aside,) = set_aside(home)
    assert aside.read_bytes() == broken  # nothing lost: every byte is still there
    (warning,) = store.take_warnings()
    assert str(aside) in warning and why in warning and "\n" not in warning
    assert capsys.readouterr() == ("", "")  # the caller prints, not the library
    store.update(mark("linkedin", "delete-data"))
    assert open_store().load().state("linkedin", "delete-data") == DONE
    assert store.take_warnings() == []


def test_a_directory_where_the_file_should_be_is_moved_aside(home: Path) -> None:
    (home / "profile.toml").mkdir(parents=True)
    store = open_store()
    store.update(mark("linkedin", "ai-training"))
    assert len(set_aside(home)) == 1 and set_aside(home)[0].is_dir()
    assert open_store().load().state("linkedin", "ai-training") == DONE


def test_wrong_types_are_left_out_the_rest_kept_and_the_original_copied_aside(
        home: Path) -> None:
    home.mkdir()
    original = (b'schema = 1\nregion = "DE"\n[guides.linkedin.items.ai-training]\nstate = 5\n'
                b'[guides.linkedin.items.delete-data]\nstate = "done"\nrevision = 1\n')
    (home / "profile.toml").write_bytes(original)
    store = open_store()
    profile = store.load()
    assert profile.region == "DE" and profile.state("linkedin", "delete-data") == DONE
    (warning,) = store.take_warnings()
    (aside,) = set_aside(home)
    assert "guides.linkedin.items.ai-training.state" in warning and str(aside) in warning
    assert aside.read_bytes() == original
    repaired = decode_profile((home / "profile.toml").read_bytes())
    assert repaired.problems == [] and repaired.profile == profile
    assert open_store().take_warnings() == [] and open_store().load() == profile


def test_a_profile_from_a_newer_checkup_is_only_read_never_overwritten(home: Path) -> None:
    home.mkdir()
    newer = b'schema = 99\nregion = "FR"\nshiny = true\n[guides.linkedin.items.x]\nstate="done"\n'
    (home / "profile.toml").write_bytes(newer)
    store = open_store()
    assert store.load().region == "FR"
    store.update(mark("linkedin", "ai-training"))
    assert store.load().state("linkedin", "ai-training") == DONE  # the session goes on
    assert not store.saves
    (warning,) = store.take_warnings()
    assert "newer checkup" in warning and "schema 99" in warning
    assert (home / "profile.toml").read_bytes() == newer
    assert set_aside(home) == []


def _truncations(good: bytes) -> st.SearchStrategy[bytes]:
    return st.integers(0, len(good)).map(lambda n: good[:n])


_GOOD = profile_to_toml(decode_profile(
    b'schema = 1\nregion = "DE"\nsurfaces = ["ios"]\n[position]\nguide = "linkedin"\n'
    b'item = "ai-training"\nstep = 1\n[guides.linkedin.items.ai-training]\nstate = "done"\n'
    b'revision = 1\nchanged = 2026-11-25T10:00:00Z\n').profile).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    _truncations(_GOOD),
    st.tuples(st.integers(0, len(_GOOD) - 1), st.integers(0, 255)).map(
        lambda ib: _GOOD[: ib[0]] + bytes([ib[1]]) + _GOOD[ib[0] + 1:]),
))
def test_any_bytes_in_the_file_are_handled_and_never_lost(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        (home / "profile.toml").write_bytes(raw)
        store = open_store(home=home)
        store.load()
        warnings = store.take_warnings()
        store.update(mark("linkedin", "delete-data"))
        assert all("\n" not in w for w in warnings + store.take_warnings())
        kept = [p.read_bytes() for p in set_aside(home)]
        current = (home / "profile.toml").read_bytes()
        if store.saves:
            assert decode_profile(current).profile.state("linkedin", "delete-data") == DONE
            assert raw in kept or not kept and not warnings  # the original survives somewhere
        else:  # a newer schema: the file is left exactly as it was
            assert current == raw and "newer checkup" in " ".join(warnings)


# -- folders that cannot be written -------------------------------------------------------------


def test_a_folder_that_is_a_file_means_a_warning_and_an_in_memory_session(
        tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = open_store(home=blocker)
    assert store.load().guides == {}
    store.update(mark("linkedin", "ai-training"))
    assert store.load().state("linkedin", "ai-training") == DONE
    assert not store.saves
    (warning,) = store.take_warnings()
    assert str(blocker) in warning and "kept only until it ends" in warning
    assert blocker.read_text() == "x"


def test_a_failing_disk_leaves_the_old_file_whole_and_no_temporary_behind(
        home: Path, monkeypatch) -> None:
    before = a_saved_profile(home)

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_file.os, "fsync", disk_full)
    store = open_store()
    store.update(mark("linkedin", "delete-data"))
    assert (home / "profile.toml").read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["profile.toml", "profile.toml.lock"]
    assert store.load().state("linkedin", "delete-data") == DONE  # still there for the session
    (warning,) = store.take_warnings()
    assert "No space left on device" in warning


def test_temporaries_left_by_a_killed_writer_are_cleaned_up(home: Path) -> None:
    a_saved_profile(home)
    stale = home / ".profile.toml.abc123.tmp"
    stale.write_text("half a profile")
    open_store().update(mark("linkedin", "delete-data"))
    assert not stale.exists()


AS_OTHER_USER = textwrap.dedent("""
    import json, os, sys
    from checkup.profile.store import open_store
    # imported before losing /root
    import checkup.profile.model, checkup.profile.safe_file, tomli_w, tomllib, tempfile, copy
    if os.geteuid() == 0:
        os.setgroups([]); os.setgid({uid}); os.setuid({uid})
    store = open_store()
    before = store.load().state("linkedin", "ai-training")
    store.update(lambda p: p.set_item("linkedin", "delete-data", "done", revision=1))
    print(json.dumps({{"before": before, "saves": store.saves,
                      "after": store.load().state("linkedin", "delete-data"),
                      "warnings": store.take_warnings()}}))
""")


@pytest.mark.parametrize("lock_exists", [True, False])
def test_a_read_only_folder_means_a_warning_and_the_session_goes_on_in_memory(
        lock_exists: bool) -> None:
    """chmod 500, as an ordinary user (root ignores permissions, so the child drops to nobody)."""
    base = Path(tempfile.mkdtemp())
    try:
        os.chmod(base, 0o755)
        home = base / "home"
        uid = NOBODY if os.geteuid() == 0 else os.geteuid()
        store = open_store(home=home)
        store.update(mark("linkedin", "ai-training"))
        for p in (home, *home.iterdir()):
            os.chown(p, uid, uid)
        saved = (home / "profile.toml").read_bytes()
        if not lock_exists:
            (home / "profile.toml.lock").unlink()
        os.chmod(home, 0o500)
        result = subprocess.run(
            [sys.executable, "-c", AS_OTHER_USER.format(uid=uid)], capture_output=True,
            text=True, timeout=30, cwd=base, env=os.environ | {"CHECKUP_HOME": str(home)})
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout)
        assert seen["before"] == DONE  # what was saved is still read
        assert seen["after"] == DONE and seen["saves"] is False
        (warning,) = seen["warnings"]
        assert str(home) in warning and "Permission denied" in warning
        assert (home / "profile.toml").read_bytes() == saved
    finally:
        os.chmod(base / "home", 0o700)
        subprocess.run(["rm", "-rf", str(base)], check=False)


# -- racing and killed processes -----------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from checkup.profile.store import open_store
    prefix, count, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.001)
    store = open_store()
    for n in range(count):
        store.update(lambda p: p.set_item("race", f"{prefix}{n}", "done", revision=1))
        print(n, flush=True)
    assert store.saves, store.take_warnings()
""")


def _writer(prefix: str, count: int, go: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, prefix, str(count), str(go)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_recording_at_once_both_keep_everything(home: Path, tmp_path) -> None:
    go = tmp_path / "go"
    writers = [_writer("a", 40, go), _writer("b", 40, go)]
    time.sleep(0.3)  # both started and waiting
    go.touch()
    for w in writers:
        _, err = w.communicate(timeout=60)
        assert w.returncode == 0, err
    items = open_store().load().guides["race"].items
    assert sorted(items) == sorted([f"a{n}" for n in range(40)] + [f"b{n}" for n in range(40)])


def test_the_lock_makes_a_writer_wait_its_turn_and_then_saves(home: Path) -> None:
    a_saved_profile(home)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from checkup.profile.safe_file import exclusive_lock\n"
         "with exclusive_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n"
         "    time.sleep(0.5)\n", str(home / "profile.toml.lock")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    open_store().update(mark("linkedin", "delete-data"))
    assert time.monotonic() - started > 0.2  # it waited for the holder
    holder.wait(timeout=10)
    profile = open_store().load()
    assert profile.state("linkedin", "delete-data") == DONE
    assert profile.state("linkedin", "ai-training") == DONE


def test_a_lock_held_too_long_is_a_clear_error_and_nothing_changes(home: Path) -> None:
    before = a_saved_profile(home)
    lock = home / "profile.toml.lock"
    with exclusive_lock(lock), pytest.raises(LockTimeout) as e, exclusive_lock(lock, wait=0.2):
        pass
    assert "another checkup" in str(e.value)
    assert (home / "profile.toml").read_bytes() == before


def test_a_writer_killed_mid_write_leaves_a_readable_profile_with_every_finished_write(
        home: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    go.touch()
    finished: set[str] = set()
    for round_ in range(8):
        writer = _writer(f"k{round_}-", 100_000, go)
        assert writer.stdout is not None
        deadline = time.monotonic() + 5
        seen = 0
        while seen < 10 + 5 * round_ and time.monotonic() < deadline:
            if writer.stdout.readline():
                seen += 1
        time.sleep(0.001 * round_)  # land the kill at different points of a write
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate(timeout=10)
        assert writer.returncode == -signal.SIGKILL
        finished |= {f"k{round_}-{n}" for n in range(seen)}
        finished |= {f"k{round_}-{line}" for line in out.split()}
        parsed = decode_profile((home / "profile.toml").read_bytes())
        assert parsed.problems == []
        assert finished <= set(parsed.profile.guides["race"].items)
    assert set_aside(home) == []


def test_a_change_that_fails_saves_nothing(home: Path) -> None:
    before = a_saved_profile(home)

    def half_done(p):
        p.set_item("linkedin", "delete-data", DONE, revision=1)
        raise ValueError("the wizard changed its mind")

    with pytest.raises(ValueError):
        open_store().update(half_done)
    assert (home / "profile.toml").read_bytes() == before


def test_a_profile_that_is_a_symlink_is_set_aside_and_never_written_through(
        home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "synced" / "my-profile.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"schema = 1\n# my own notes\n")
    home.mkdir(mode=0o700)
    (home / "profile.toml").symlink_to(elsewhere)
    store = open_store()
    store.update(mark("linkedin", "ai-training"))
    assert elsewhere.read_bytes() == b"schema = 1\n# my own notes\n"  # never written through
    (aside,) = set_aside(home)
    assert aside.is_symlink() and aside.readlink() == elsewhere  # kept, as it was
    assert not (home / "profile.toml").is_symlink()
    assert open_store().load().state("linkedin", "ai-training") == DONE
    (warning,) = store.take_warnings()
    assert "symbolic link" in warning and "CHECKUP_HOME" in warning and str(aside) in warning
