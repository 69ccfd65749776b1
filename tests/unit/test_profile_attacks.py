"""The profile under attack and under strain: links planted where its files go, folders others
can change or someone else owns, a pipe at its name, a lock held by another checkup while the
wizard records, read errors that pass, and a folder that cannot be synced after the save."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import made_up_guides
import pytest
from wizard_helpers import make_app, screen_name

from checkup.profile import safe_file
from checkup.profile import store as profile_store
from checkup.profile.model import DONE, decode_profile
from checkup.profile.safe_file import exclusive_lock
from checkup.profile.store import SET_ASIDE_TAG, open_store
from checkup.session.recorder import ProfileRecorder

NOBODY = 65534
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")


@pytest.fixture
def home() -> Path:
    h = Path(os.environ["CHECKUP_HOME"])
    h.mkdir(mode=0o700)
    return h


ITEMS = ("ai-training", "objection-form", "download-data", "delete-data")


@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    """A made-up guide at revision 2: what is marked at revision 1 is to be re-checked."""
    made_up_content(revision=2, main_item=ITEMS[0], items=[made_up_guides.item(i) for i in ITEMS])


def mark(item_id: str, state: str = DONE):
    return lambda p: p.set_item("example", item_id, state, revision=1)


def on_disk(home: Path, item_id: str) -> str:
    return decode_profile((home / "profile.toml").read_bytes()).profile.state("example", item_id)


def set_aside(home: Path) -> list[Path]:
    return sorted(home.glob("profile.toml" + SET_ASIDE_TAG + "*"))


# -- folders others can change, or that are someone else's ------------------------------------


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757, 0o1777])
def test_a_folder_others_can_change_is_refused_with_what_to_do(
        home: Path, mode: int, run_cli) -> None:
    os.chmod(home, mode)
    victim = home.parent / "victim.toml"
    (home / "profile.toml").symlink_to(victim)  # what another user could plant there
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 1 and not victim.exists() and not os.path.lexists(home / "profile.toml.lock")
    first, second = err.strip().splitlines()
    assert str(home) in first and f"chmod 700 {home}" in first and f"{mode:o}" in first
    assert "not saved" in second
    code, out, err = run_cli("where")
    assert f"Not used: other users can change {home}" in out


@as_root
def test_a_folder_someone_else_owns_is_refused(home: Path, run_cli) -> None:
    os.chown(home, NOBODY, NOBODY)
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 1 and os.listdir(home) == []
    assert f"{home} belongs to another user (user id {NOBODY})" in err
    assert "CHECKUP_HOME" in err and "Traceback" not in err


def test_missing_folders_are_made_owner_only_whatever_the_umask(
        tmp_path: Path, monkeypatch) -> None:
    deep = tmp_path / "made" / "by" / "checkup"
    monkeypatch.setenv("CHECKUP_HOME", str(deep))
    old = os.umask(0)
    try:
        open_store().update(mark("ai-training"))
    finally:
        os.umask(old)
    for folder in (tmp_path / "made", tmp_path / "made" / "by", deep):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


# -- links planted at the profile, its lock and its temporary files ------------------------------


def test_a_link_at_the_profile_to_a_toml_file_elsewhere_never_has_it_rewritten(
        home: Path, tmp_path: Path) -> None:
    app_toml = tmp_path / "app.toml"
    app_toml.write_bytes(b"# my settings, by hand\nschema = 1\n")
    os.chmod(app_toml, 0o644)
    (home / "profile.toml").symlink_to(app_toml)
    store = open_store()
    store.update(mark("ai-training"))
    assert app_toml.read_bytes() == b"# my settings, by hand\nschema = 1\n"
    assert stat.S_IMODE(app_toml.stat().st_mode) == 0o644
    assert on_disk(home, "ai-training") == DONE and not (home / "profile.toml").is_symlink()
    (aside,) = set_aside(home)
    assert aside.readlink() == app_toml


def test_a_dangling_link_at_the_profile_creates_nothing_where_it_points(
        home: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "created-via-symlink"
    (home / "profile.toml").symlink_to(chosen)
    open_store().update(mark("ai-training"))
    assert not os.path.lexists(chosen)
    assert on_disk(home, "ai-training") == DONE


@pytest.mark.parametrize("target_exists", [False, True])
def test_a_link_at_the_lock_is_never_followed(home: Path, tmp_path: Path,
                                              target_exists: bool) -> None:
    chosen = tmp_path / "chosen"
    if target_exists:
        chosen.write_bytes(b"keep me")
    (home / "profile.toml.lock").symlink_to(chosen)
    store = open_store()
    store.update(mark("ai-training"))
    assert (chosen.read_bytes() == b"keep me") if target_exists else not chosen.exists()
    assert not store.saves
    (warning,) = store.take_warnings()
    assert "it is a symbolic link, not a regular file" in warning and str(home) in warning
    assert not (home / "profile.toml").exists()


def test_links_planted_as_temporary_files_are_removed_and_their_targets_left(
        home: Path, tmp_path: Path) -> None:
    open_store().update(mark("ai-training"))
    chosen = tmp_path / "chosen"
    chosen.write_bytes(b"keep me")
    planted = [home / ".profile.toml.abc.tmp", home / ".profile.toml.xyz.tmp"]
    planted[0].symlink_to(chosen)
    planted[1].symlink_to(tmp_path / "nothing-here")
    open_store().update(mark("delete-data"))
    assert chosen.read_bytes() == b"keep me" and not (tmp_path / "nothing-here").exists()
    assert not any(os.path.lexists(p) for p in planted)
    assert on_disk(home, "delete-data") == DONE


def test_the_lock_must_be_a_regular_file(home: Path) -> None:
    os.mkfifo(home / "profile.toml.lock")
    started = time.monotonic()
    with pytest.raises(safe_file.NotRegularFile), exclusive_lock(home / "profile.toml.lock"):
        pass
    assert time.monotonic() - started < 2


# -- a pipe, a device or a folder at the profile's name ----------------------------------------


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["mark", "example",
                                     "ai-training", "done"], ["export", "-o", "-"], ["--plain"],
                                     ["where"], ["reset", "--yes"]])
def test_a_pipe_as_the_profile_never_hangs_a_command(home: Path, command: list[str]) -> None:
    os.mkfifo(home / "profile.toml")
    result = subprocess.run([sys.executable, "-m", "checkup", *command], capture_output=True,
                            text=True, timeout=30, stdin=subprocess.DEVNULL, env=os.environ)
    assert "Traceback" not in result.stderr
    if command == ["where"]:
        assert "a named pipe has that name; checkup does not open it" in result.stdout
    elif command[0] != "reset":
        assert "named pipe" in result.stderr + result.stdout  # plain mode says it as it goes
        (aside,) = set_aside(home)
        assert stat.S_ISFIFO(aside.lstat().st_mode)  # moved aside as it is, never read


def test_a_pipe_as_the_profile_is_set_aside_and_the_record_saved(home: Path, run_cli) -> None:
    os.mkfifo(home / "profile.toml")
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 0 and "it is a named pipe, not a regular file" in err
    assert on_disk(home, "ai-training") == DONE


# -- a folder that cannot be searched; passing read errors ---------------------------------------

AS_NOBODY = textwrap.dedent("""
    import contextlib, io, json, os, sys, tempfile, traceback
    from checkup.cli.main import main
    COMMANDS = [["status"], ["status", "--json"], ["reset", "--yes"], ["where"],
                ["mark", "example", "ai-training", "done"]]

    def run(command):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(command)
            except SystemExit as e:
                code = e.code
            except BaseException:
                code = "crash"
                traceback.print_exc()
        return [command, code, out.getvalue(), err.getvalue()]

    os.environ["CHECKUP_HOME"] = tempfile.mkdtemp()
    for command in COMMANDS:  # every lazy import done while the interpreter's files can be read
        run(command)
    os.environ["CHECKUP_HOME"] = sys.argv[1]
    os.setgroups([]); os.setgid(int(sys.argv[2])); os.setuid(int(sys.argv[2]))
    print(json.dumps([run(command) for command in COMMANDS]))
""")


def _as_nobody(home: Path) -> list:
    result = subprocess.run([sys.executable, "-c", AS_NOBODY, str(home), str(NOBODY)],
                            capture_output=True, text=True, timeout=300, env=os.environ)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@as_root
@pytest.mark.parametrize("what", ["folder", "file"])
def test_mode_000_gives_one_line_and_never_sets_the_profile_aside(
        tmp_path: Path, what: str, monkeypatch) -> None:
    guides = Path(tempfile.mkdtemp())  # the guides, where another user can read them
    os.chmod(guides, 0o755)
    shutil.copy(Path(os.environ["CHECKUP_CONTENT"]) / "example.toml", guides)
    os.chmod(guides / "example.toml", 0o644)
    monkeypatch.setenv("CHECKUP_CONTENT", str(guides))
    base = tmp_path / "base"
    base.mkdir(mode=0o755)
    os.chmod(tmp_path, 0o755)
    home = base / "h"
    open_store(home=home).update(mark("ai-training"))
    for p in (home, *home.iterdir()):
        os.chown(p, NOBODY, NOBODY)
    saved = (home / "profile.toml").read_bytes()
    os.chmod(home if what == "folder" else home / "profile.toml", 0o000)
    try:
        runs = _as_nobody(home)
    finally:
        os.chmod(home, 0o700)
        os.chmod(home / "profile.toml", 0o600)
    for command, code, _out, err in runs:
        assert "Traceback" not in err, (command, err)
        assert all("\n" not in line for line in err.splitlines())
        if command[0] == "status":
            assert code == 0 and "Permission denied" in err
        if command[0] in ("reset", "mark"):
            assert code == 1 and "Permission denied" in err
    assert (home / "profile.toml").read_bytes() == saved
    assert set_aside(home) == []


@pytest.mark.parametrize("error", [errno.EIO, errno.EACCES, errno.EMFILE])
def test_a_read_error_that_passes_leaves_the_profile_as_it_is(
        home: Path, monkeypatch, error: int, run_cli) -> None:
    open_store().update(mark("ai-training"))
    saved = (home / "profile.toml").read_bytes()
    real = profile_store.read_limited
    monkeypatch.setattr(profile_store, "read_limited",
                        lambda *a: (_ for _ in ()).throw(OSError(error, os.strerror(error))))
    code, out, err = run_cli("mark", "example", "delete-data", "done")
    assert code == 1 and os.strerror(error) in err and "left as it is" in err
    assert (home / "profile.toml").read_bytes() == saved and set_aside(home) == []
    monkeypatch.setattr(profile_store, "read_limited", real)  # the next run reads it again
    code, out, err = run_cli("status")
    assert "re-check: " in out and "ai-training" in out and err == ""  # read: done at rev. 1


# -- a folder that cannot be synced after the rename ---------------------------------------------


@pytest.mark.parametrize("error", [errno.EIO, errno.EINVAL, errno.EMFILE])
def test_a_save_whose_folder_cannot_be_synced_is_saved_and_said_so(
        home: Path, monkeypatch, error: int, run_cli) -> None:
    def fails(directory: Path) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(safe_file, "fsync_directory", fails)
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 0 and out.startswith("Recorded: example ai-training is done")
    assert "not saved" not in err and "is saved, but" in err and os.strerror(error) in err
    assert on_disk(home, "ai-training") == DONE
    store = open_store()
    store.update(mark("delete-data"))
    store.update(mark("download-data"))
    assert len(store.take_warnings()) == 1  # said once, not at every answer
    assert store.saves and on_disk(home, "download-data") == DONE


# -- a lock held by another checkup ------------------------------------------------------------


def _hold(lock: Path) -> int:
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_an_answer_made_while_another_checkup_saves_is_kept_and_saved_later(home: Path) -> None:
    from checkup.guides.loader import load_guides
    from checkup.guides.model import Guide

    guide: Guide = load_guides().guides[0]
    recorder = ProfileRecorder(open_store(), lock_wait=0.1)
    notes: list[str] = []
    recorder.on_warning(notes.append)
    held = _hold(home / "profile.toml.lock")
    try:
        started = time.monotonic()
        recorder.record_item(guide, "ai-training", DONE)
        assert time.monotonic() - started < 2  # no ten-second freeze
        assert recorder.state(guide.id, "ai-training", guide.revision) == DONE
        assert recorder.unsaved == 1 and "Not saved yet" in notes[-1]
        assert "last answers are not saved" in recorder.describe()
        assert not (home / "profile.toml").exists()
    finally:
        os.close(held)
    open_store().update(lambda p: p.set_item(  # another checkup saved meanwhile
        guide.id, "objection-form", DONE, revision=guide.revision))
    recorder.record_item(guide, "delete-data", DONE)  # the next answer writes both
    assert recorder.unsaved == 0 and notes[-1].startswith("Saved: your answers are in")
    for item in ("ai-training", "delete-data", "objection-form"):
        assert on_disk(home, item) == DONE, item
        assert recorder.state(guide.id, item, guide.revision) == DONE


async def test_the_wizard_answers_keys_while_the_lock_is_held_and_saves_after(
        home: Path) -> None:
    app = make_app("--region", "DE", "--surface", "desktop")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        held = _hold(home / "profile.toml.lock")
        try:
            steps = app.screen
            first = steps.item_task.item.id

            async def press(key: str) -> None:
                started = time.monotonic()
                await pilot.press(key)
                await pilot.pause()
                assert time.monotonic() - started < 3  # a key froze the screen for 10 s before

            for _ in range(20):  # through the first item's steps to the question at its end
                await press("n")
                if screen_name(app) == "ItemQuestionScreen":
                    break
            await press("y")  # the answer that records it, and so saves
            assert screen_name(app) == "CheckpointScreen"  # the main item, three related left
            await press("g")  # on to the related items
            assert app.screen is steps and steps.item_task.item.id != first  # it moved on
            await pilot.press("n")  # and still answers keys
            notes = [n.message for n in app._notifications]
            assert any(n.startswith("Not saved yet") for n in notes), notes
            assert open_store().load().state("example", first) != DONE
        finally:
            os.close(held)
        for _ in range(30):  # retried each second, without a key press
            await pilot.pause(0.2)
            if open_store().load().state("example", first) == DONE:
                break
        assert open_store().load().state("example", first) == DONE
        notes = [n.message for n in app._notifications]
        assert any(n.startswith("Saved: your answers are in") for n in notes), notes
        await pilot.press("q")
    assert "not saved" not in app.farewell


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from checkup.profile.safe_file import exclusive_lock
    lock, stop = Path(sys.argv[1]), time.monotonic() + float(sys.argv[2])
    print("go", flush=True)
    while time.monotonic() < stop:
        with exclusive_lock(lock):
            time.sleep(0.003)  # a save, then straight back for the next one
""")


def test_a_waiting_writer_gets_its_turn_against_one_that_saves_in_a_tight_loop(
        home: Path) -> None:
    lock = home / "profile.toml.lock"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(lock), "8"],
                                stdout=subprocess.PIPE, text=True) for _ in range(3)]
    try:
        for w in writers:
            assert w.stdout is not None and w.stdout.readline().strip() == "go"
        time.sleep(0.3)
        for _ in range(5):
            started = time.monotonic()
            with exclusive_lock(lock, wait=3.0):
                pass
            assert time.monotonic() - started < 3.0
    finally:
        for w in writers:
            w.kill()
            w.wait()
