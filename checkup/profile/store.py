"""Where the profile lives and how it is read and saved without ever losing what was recorded.

Every save is read-modify-write under a lock file beside the profile: the profile is re-read
inside the lock, the caller's change is applied to that fresh copy, and the result replaces the
file atomically. So two checkups recording at once both keep what they recorded, and a crash
leaves the old file or the new one.

Nothing is read or written through a link, or in a folder that other users can change or that
belongs to someone else (as OpenSSH refuses such a ~/.ssh): another user could plant a link there
and have a save overwrite a file of their choosing. Something other than a regular file at the
profile's name (a link, a folder, a pipe) is set aside unopened, like a file that is not a
profile; a file that only could not be read just now (EIO, EACCES) is left as it is.

When the profile cannot be saved (a guest session, a read-only, unusable or refused folder, a
file written by a newer checkup) the store goes on in memory. Anything the caller should tell the
person comes back from take_warnings() as one-line messages; nothing here prints.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import shlex
import stat
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from checkup.profile.model import (
    SCHEMA_VERSION,
    Parsed,
    Profile,
    ProfileUnreadable,
    ProfileUnwritable,
    decode_profile,
    profile_to_toml,
)
from checkup.profile.safe_file import (
    FileTooLarge,
    NotOwnFile,
    NotRegularFile,
    exclusive_lock,
    make_private_folders,
    read_limited,
    remove_stale_temporaries,
    write_atomic,
)
from checkup.support.errors import UsageError
from checkup.support.i18n import _, ngettext
from checkup.support.toml_check import describe

APP_NAME = "checkup"
HOME_ENV = "CHECKUP_HOME"
DEFAULT_FILE = "profile.toml"
DEFAULT_NAME = "default"  # what `checkup where` calls the profile in DEFAULT_FILE
SET_ASIDE_TAG = ".unreadable-"  # profile.toml.unreadable-20261125T101500Z
MAX_PROFILE_BYTES = 1024 * 1024  # a full profile is a few KiB; far bigger is not ours
MAX_NAME = 64

T = TypeVar("T")


def check_profile_name(name: str) -> str:
    """`name` if it can name a profile file; a one-line UsageError naming it otherwise. Letters
    (any script), digits, '-', '_' and '.', starting with a letter or digit: never a path."""
    ok = (0 < len(name) <= MAX_NAME and name[0].isalnum() and not name.endswith(".")
          and all(c.isalnum() or c in "-_." for c in name))
    if not ok:
        raise UsageError(
            ngettext("bad profile name {name}: use letters, digits, '-', '_' or '.' (not first "
                     "or last), up to {limit} character",
                     "bad profile name {name}: use letters, digits, '-', '_' or '.' (not first "
                     "or last), up to {limit} characters", MAX_NAME).format(
                name=repr(name), limit=MAX_NAME))
    return name


def profile_file_name(name: str | None) -> str:
    return f"profile-{name}.toml" if name else DEFAULT_FILE


def named_profile(name: str | None) -> str | None:
    """None for the default profile, which `checkup where` calls "default": so --profile default
    is that profile (profile.toml), never a second one beside it named profile-default.toml."""
    return None if name is None or name.lower() == DEFAULT_NAME else name


def profile_home() -> tuple[Path, str]:
    """The folder profiles live in, and where that choice came from (for `checkup where`)."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(os.path.expanduser(override)).absolute(), _("set by {variable}").format(
                                                                  variable=HOME_ENV)
    import platformdirs  # only the commands that use a profile pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), _("this system's default")


def open_store(name: str | None = None, *, guest: bool = False,
               home: str | os.PathLike[str] | None = None) -> ProfileStore:
    """The store for profile `name` (None: the default one). `guest`: keep nothing on disk.
    `home` overrides the folder (else CHECKUP_HOME, else the platform's user data folder)."""
    if name is not None:
        check_profile_name(name)
    name = named_profile(name)
    if guest:
        return ProfileStore(name, None, _("guest session"))
    if home is not None:
        return ProfileStore(name, Path(home).absolute(), _("given by the caller"))
    directory, source = profile_home()
    return ProfileStore(name, directory, source)


class _Reading(NamedTuple):
    """One look at the file."""

    parsed: Parsed | None = None
    raw: bytes = b""
    missing: bool = False
    broken: str | None = None  # why what is there is not a profile: it is set aside
    unusable: str | None = None  # why it cannot be read now (EIO, EACCES): it is left alone

    @property
    def clean(self) -> bool:
        return self.missing or bool(
            self.parsed and not self.parsed.problems and not self.parsed.newer_schema)

    def best_profile(self) -> Profile:
        return self.parsed.profile if self.parsed else Profile()


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _why(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)


class ProfileStore:
    """One profile on disk (or in memory). Use load() to read and update(change) to save."""

    def __init__(self, name: str | None, directory: Path | None, home_source: str) -> None:
        self.name = name
        self.directory = directory  # None for a guest session
        self.home_source = home_source
        self.path: Path | None = directory / profile_file_name(name) if directory else None
        self._memory: Profile | None = Profile() if directory is None else None
        self._not_saved: str | None = (_("--guest keeps nothing on disk") if directory is None
                                       else None)
        self._warnings: list[str] = []
        self._told_unsynced = False

    # -- what the caller can ask ----------------------------------------------------------------

    @property
    def display_name(self) -> str:
        return self.name or DEFAULT_NAME

    @property
    def guest(self) -> bool:
        return self.directory is None

    @property
    def saves(self) -> bool:
        """False once the session goes on in memory: changes are not written any more."""
        return self._memory is None

    @property
    def not_saved_reason(self) -> str | None:
        """Why changes are not saved, in a few words; None while they are."""
        return self._not_saved

    @property
    def lock_path(self) -> Path | None:
        return self.path.with_name(self.path.name + ".lock") if self.path else None

    def exists(self) -> bool:
        """Whether the profile is a regular file on disk (False when that cannot be told)."""
        if not self.path:
            return False
        try:
            return stat.S_ISREG(os.lstat(self.path).st_mode)
        except OSError:
            return False

    def set_aside_copies(self) -> list[Path]:
        """Files moved or copied aside because they could not be read, oldest first."""
        if not self.path or not self.directory:
            return []
        try:
            return sorted(self.directory.glob(self.path.name + SET_ASIDE_TAG + "*"))
        except OSError:
            return []

    def deletable(self) -> list[Path]:
        """The profile and its set-aside copies as they are now: files and links, never a
        folder. OSError when the folder cannot be looked in."""
        found = []
        for path in [self.path, *self.set_aside_copies()] if self.path else []:
            try:
                if not stat.S_ISDIR(os.lstat(path).st_mode):
                    found.append(path)
            except FileNotFoundError:
                continue
        return found

    def folder_problem(self) -> str | None:
        """Why the folder is not used at all, or None: other users can change it, or it is
        someone else's. A folder that does not exist yet is created owner-only."""
        if self.directory is None or os.name != "posix":
            return None
        try:
            st = os.stat(self.directory)
        except OSError:  # missing, or unusable: that comes up, and is said, when it is used
            return None
        if not stat.S_ISDIR(st.st_mode):
            return None
        folder = self.directory
        if st.st_uid != os.geteuid():
            return (_("{folder} belongs to another user (user id {uid}), so checkup neither "
                      "reads nor saves your profile there: set {variable} to a folder of your "
                      "own. What you record now is kept only until checkup ends.").format(
                        folder=folder, uid=st.st_uid, variable=HOME_ENV))
        if st.st_mode & 0o022:
            return (_("other users can change {folder} (its permissions are {mode}), so "
                      "checkup neither reads nor saves your profile there: run  chmod 700 "
                      "{folder_typed}  to make it yours only. What you record now is kept only "
                      "until checkup ends.").format(
                        folder=folder,
                        mode=f"{stat.S_IMODE(st.st_mode):o}",
                        folder_typed=shlex.quote(str(folder))))
        return None

    def remembered_language(self) -> tuple[str | None, str | None]:
        """The language the profile remembers, read without repairing or locking anything (it
        is asked before anything else starts), and a one-line message when its value is not
        one checkup knows (it is then left in the file as it is, and not used)."""
        if self.path is None or self.folder_problem():
            return None, None  # the usual load says why, when the profile is used
        try:
            parsed = self._read().parsed
        except OSError:
            return None, None
        if parsed is None:
            return None, None
        profile = parsed.profile
        if "language" in profile.extra:
            from checkup.support.languages import known_codes

            return None, _("the profile's language {value} is not one checkup speaks ({codes}): "
                           "it is left as it is and not used").format(
                               value=describe(profile.extra["language"]), codes=known_codes())
        return profile.language, None

    def take_warnings(self) -> list[str]:
        """One-line messages for the person, each once; the caller prints them."""
        out, self._warnings = self._warnings, []
        return out

    # -- reading and saving ---------------------------------------------------------------------

    def load(self) -> Profile:
        """The profile as it is now. A broken file is set aside (and said so); a file from a newer
        checkup is read as far as this one understands it, and never written."""
        if self._memory is not None:
            return copy.deepcopy(self._memory)
        if problem := self.folder_problem():
            self._go_in_memory(Profile(), problem, reason=self._refused_reason())
            return Profile()
        try:
            reading = self._read()
        except OSError as e:
            self._go_in_memory(Profile(), self._cannot_save_message(e))
            return Profile()
        if reading.clean:
            return reading.best_profile()
        if reading.unusable:
            self._go_unread(reading.unusable)
            return Profile()
        try:
            with exclusive_lock(self._lock()):
                profile = self._settle(self._read())
        except OSError as e:
            self._cannot_repair(reading, e)
            profile = self._memory or Profile()
        return copy.deepcopy(profile)

    def update(self, change: Callable[[Profile], T], wait: float | None = None) -> T:
        """Apply `change` to the freshest profile and save it, all under the lock; returns what
        `change` returns. If `change` raises, nothing is saved. If the profile cannot be saved,
        the session goes on in memory with a warning. LockTimeout (nothing changed) when another
        checkup holds the lock for over `wait` seconds (default LOCK_WAIT_SECONDS). `change`
        must not call the store itself (the lock is held), and should be quick."""
        if self._memory is not None:
            return change(self._memory)
        changed: Profile | None = None
        result: T
        try:
            self._make_directory()
            if problem := self.folder_problem():
                self._go_in_memory(Profile(), problem, reason=self._refused_reason())
                return change(self._memory)  # type: ignore[arg-type]
            with exclusive_lock(self._lock(), wait):
                profile = self._settle(self._read())
                if self._memory is not None:  # a newer checkup wrote it, or it cannot be read
                    return change(self._memory)
                result = change(profile)
                changed = profile
                self._write(profile)
                return result
        except (OSError, ProfileUnwritable) as e:
            if changed is not None:
                self._go_in_memory(changed, self._cannot_save_message(e))
                return result
            self._go_in_memory(self._read_quietly(), self._cannot_save_message(e))
            return change(self._memory)  # type: ignore[arg-type]

    def reset(self) -> list[Path]:
        """Delete the profile and its set-aside copies; returns what was deleted."""
        if self.guest:
            self._memory = Profile()
            return []
        removed: list[Path] = []
        if self.directory and self.directory.is_dir():
            with exclusive_lock(self._lock()):
                for p in self.deletable():  # never a whole folder
                    p.unlink()
                    removed.append(p)
            # Nothing of the person is left behind, not even the empty file saves take turns on.
            with contextlib.suppress(OSError):
                self._lock().unlink()
        self._memory, self._not_saved = None, None
        return removed

    # -- inside -----------------------------------------------------------------------------------

    def _lock(self) -> Path:
        assert self.lock_path is not None
        return self.lock_path

    def _read(self) -> _Reading:
        assert self.path is not None
        try:
            raw = read_limited(self.path, MAX_PROFILE_BYTES)
        except FileNotFoundError:
            return _Reading(missing=True)
        except NotADirectoryError:  # the folder is not a folder: the caller goes on in memory
            raise
        except NotRegularFile as e:  # never opened, let alone written through
            if e.what == _("a symbolic link"):  # the same words NotRegularFile was given
                return _Reading(broken=_("it is a symbolic link, which checkup never reads or "
                                         "writes through; to keep the profile in another "
                                         "folder, set {variable}").format(
                                           variable=HOME_ENV))
            return _Reading(broken=str(e))
        except FileTooLarge as e:
            return _Reading(broken=str(e))
        except NotOwnFile as e:
            return _Reading(unusable=str(e))
        except OSError as e:  # EIO, EACCES: the file may well be fine; leave it be
            return _Reading(unusable=_("it could not be read just now: {why}").format(why=_why(e)))
        try:
            return _Reading(parsed=decode_profile(raw), raw=raw)
        except ProfileUnreadable as e:
            return _Reading(broken=str(e), raw=raw)

    def _read_quietly(self) -> Profile:
        """What can be read without repairing anything: the base for an in-memory session."""
        try:
            return self._read().best_profile()
        except OSError:
            return Profile()

    def _settle(self, reading: _Reading) -> Profile:
        """Called under the lock: sets a broken file aside, repairs a file with unreadable
        entries (keeping a copy of it as it was), and turns read-only for a newer schema."""
        assert self.path is not None
        if reading.missing:
            return Profile()
        if reading.unusable:
            self._go_unread(reading.unusable)
            return Profile()
        if reading.broken:
            aside = self._aside_path()
            os.replace(self.path, aside)
            self._warnings.append(
                _("{path} could not be read ({broken}); it was moved to {aside}, and checkup "
                  "goes on with a fresh profile.").format(
                    path=self.path, broken=reading.broken, aside=aside))
            return Profile()
        assert reading.parsed is not None
        parsed = reading.parsed
        if parsed.newer_schema:
            self._go_in_memory(parsed.profile, self._newer_message(parsed.newer_schema))
            return parsed.profile
        if parsed.problems:
            aside = self._aside_path()
            write_atomic(aside, reading.raw)
            self._write(parsed.profile)
            n = len(parsed.problems)
            what = _("1 entry that could not be read was") if n == 1 else (
                _("{n} entries that could not be read were").format(n=n))
            self._warnings.append(
                _("{path}: {what} left out (first: {problems}); the file as it was is kept at "
                  "{aside}.").format(
                    path=self.path, what=what, problems=parsed.problems[0], aside=aside))
        return parsed.profile

    def _cannot_repair(self, reading: _Reading, error: OSError) -> None:
        if reading.parsed and reading.parsed.newer_schema:
            self._go_in_memory(reading.parsed.profile,
                               self._newer_message(reading.parsed.newer_schema))
            return
        if reading.broken:
            what = _("could not be read ({broken})").format(broken=reading.broken)
        else:
            problems = reading.parsed.problems if reading.parsed else []
            what = _("has entries that could not be read ({problem})").format(
                       problem="; ".join(problems[:1]))
        self._go_in_memory(
            reading.best_profile(),
            _("{path} {what} and cannot be set aside ({why}), so it is left as it is; checkup "
              "goes on, but what you record now is kept only until it ends.").format(
                path=self.path, what=what, why=_why(error)),
            reason=_("{path} could not be repaired").format(path=self.path))

    def _write(self, profile: Profile) -> None:
        """Replace the profile (a link planted at its name is replaced, never followed)."""
        assert self.path is not None
        remove_stale_temporaries(self.path)
        unsynced = write_atomic(self.path, profile_to_toml(profile).encode("utf-8"))
        if unsynced is not None and not self._told_unsynced:
            self._told_unsynced = True  # saved all the same: said once, not at every answer
            self._warnings.append(
                _("{path} is saved, but the system could not confirm it is on the disk yet "
                  "({why}); a power cut in the next moments could undo the last save.").format(
                    path=self.path, why=_why(unsynced)))

    def _make_directory(self) -> None:
        """Create the folder, and any missing parents, owner-only. A folder that already exists
        is left as it is, as long as it is only its owner's (see folder_problem)."""
        assert self.directory is not None
        if not os.path.lexists(self.directory):
            make_private_folders(self.directory)
        if not self.directory.is_dir():
            raise NotADirectoryError(20, _("it is not a folder"), str(self.directory))

    def _aside_path(self) -> Path:
        assert self.path is not None
        base = self.path.with_name(self.path.name + SET_ASIDE_TAG + _stamp())
        candidate, n = base, 1
        while os.path.lexists(candidate):
            n += 1
            candidate = base.with_name(f"{base.name}-{n}")
        return candidate

    def _go_in_memory(self, profile: Profile, warning: str, reason: str | None = None) -> None:
        if self._memory is None:
            self._warnings.append(warning)
        self._memory = profile
        self._not_saved = reason or warning

    def _go_unread(self, why: str) -> None:
        self._go_in_memory(
            Profile(),
            _("{path} is not used ({why}); it is left as it is, and checkup goes on without it: "
              "what you record now is kept only until checkup ends.").format(
                path=self.path, why=why),
            reason=_("{path} is not used: {why}").format(path=self.path, why=why))

    def _refused_reason(self) -> str:
        return _("checkup does not use {directory}: it is not yours only").format(
                   directory=self.directory)

    def _cannot_save_message(self, error: Exception) -> str:
        return (_("cannot save the profile in {directory} ({why}); checkup goes on, but what "
                  "you record now is kept only until it ends.").format(
                    directory=self.directory, why=_why(error)))

    def _newer_message(self, schema: int) -> str:
        return (_("{path} was written by a newer checkup (profile schema {schema}; this one "
                  "knows {SCHEMA_VERSION}), so it is only read, never changed: update checkup "
                  "to save progress again.").format(
                    path=self.path, schema=schema, SCHEMA_VERSION=SCHEMA_VERSION))
