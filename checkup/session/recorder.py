"""The wizard's answers, written to the profile the moment they are given.

While another checkup holds the profile's lock, an answer is not shown as saved and is not lost:
it is kept as a change waiting to be written, and every later save (the next answer, the wizard's
retry each second, the way out) writes all waiting changes on top of what is on disk then. The
wizard waits only a moment for the lock, so a key press never freezes the screen for long.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from checkup.guides.model import Guide, in_surface_order
from checkup.profile.model import DONE, STATES_WITH_REASON, TODO, Profile, now_utc
from checkup.profile.safe_file import LockTimeout
from checkup.profile.store import ProfileStore
from checkup.session.session import Saved
from checkup.support.errors import CheckupError
from checkup.support.i18n import _

QUICK_LOCK_WAIT = 0.2  # seconds: a save takes milliseconds; a longer hold is another checkup busy


def shown_path(path: Path | None) -> str:
    """A path as a person reads it: under the home folder, starting with ~."""
    if path is None:
        return ""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class ProfileRecorder:
    """A Recorder (see checkup.session.session) over a ProfileStore. Problems saving become one-line
    warnings for the view to show; the session goes on in memory and nothing is lost."""

    def __init__(self, store: ProfileStore, lock_wait: float = QUICK_LOCK_WAIT) -> None:
        self.store = store
        self.profile: Profile = store.load()
        self.lock_wait = lock_wait
        self._warn: Callable[[str], None] | None = None
        self._pending: list[str] = []  # messages not passed on yet
        self._unsaved: list[Callable[[Profile], None]] = []  # changes not written yet, in order
        self._said_waiting = False
        self._holding = False

    # -- warnings -----------------------------------------------------------------------------
    def on_warning(self, warn: Callable[[str], None]) -> None:
        """Where warnings go from now on; those raised before are passed on at once."""
        self._warn = warn
        for message in self.take_warnings():
            warn(message)

    def take_warnings(self) -> list[str]:
        out, self._pending = self._pending + self.store.take_warnings(), []
        return out

    def _flush(self) -> None:
        if self._warn:
            for message in self.take_warnings():
                self._warn(message)

    def _update(self, change: Callable[[Profile], None]) -> None:
        change(self.profile)  # the session goes on with it whatever happens to the save
        self._unsaved.append(change)
        if not self._holding:
            self.save_waiting()

    def hold(self) -> None:
        """Keep changes waiting instead of writing each at once, until `release`: the answers
        given on the command line are written once the first screen is drawn, so nobody waits
        for the disk before seeing it."""
        self._holding = True

    def release(self) -> None:
        """Write what `hold` kept waiting, and every change at once from now on."""
        self._holding = False
        self.save_waiting()

    # -- changes waiting for the lock -------------------------------------------------------------
    @property
    def unsaved(self) -> int:
        """How many answers are not written yet because another checkup held the profile."""
        return len(self._unsaved)

    def save_waiting(self, wait: float | None = None) -> bool:
        """Write every waiting change on top of the profile as it is on disk now, waiting at most
        `wait` seconds for the lock (default: a moment). True when nothing is left waiting."""
        if not self._unsaved:
            return True
        changes = list(self._unsaved)

        def apply(profile: Profile) -> Profile:
            for change in changes:
                change(profile)
            return profile

        try:
            saved = self.store.update(apply, wait=self.lock_wait if wait is None else wait)
        except LockTimeout:
            if not self._said_waiting:
                self._said_waiting = True
                self._pending.append(_(
                    "Not saved yet: another checkup is saving your profile right now. What you "
                    "answered is kept, and saved as soon as the other one is done."))
            self._flush()
            return False
        except (CheckupError, OSError, ValueError) as e:  # kept for this session at least
            self._pending.append(_("could not save your progress: {problem}").format(problem=e))
        else:
            self.profile = copy.deepcopy(saved)
            if self._said_waiting and self.store.saves:
                self._pending.append(_("Saved: your answers are in {path} now.").format(
                    path=shown_path(self.store.path)))
        del self._unsaved[:len(changes)]
        self._said_waiting = False
        self._flush()
        return True

    # -- Recorder -----------------------------------------------------------------------------
    def region(self) -> str | None:
        return self.profile.region

    def region_chosen(self) -> bool:
        # Devices are asked after the region, so recorded devices mean the region was answered
        # too (profiles from before "prefer not to say" was recorded on its own).
        p = self.profile
        return p.region is not None or p.region_declined or bool(p.surfaces)

    def surfaces(self) -> tuple[str, ...]:
        return self.profile.surfaces

    def services(self) -> tuple[str, ...] | None:
        return self.profile.services

    def recorded_guides(self) -> tuple[str, ...]:
        """The guides the profile records answers for (a profile from before the services
        question: what the person went through then)."""
        return tuple(gid for gid, g in self.profile.guides.items() if g.items)

    def state(self, guide_id: str, item_id: str, revision: int) -> str:
        record = self.profile.item(guide_id, item_id)
        if record is None:
            return TODO
        if record.state == DONE and (record.revision is None or record.revision < revision):
            return TODO  # the guide changed since: walk through it again
        return record.state

    def reason(self, guide_id: str, item_id: str) -> str:
        record = self.profile.item(guide_id, item_id)
        return record.reason if record else ""

    def saved_position(self) -> Saved | None:
        pos = self.profile.position
        if pos is None or pos.surface is None:
            return None
        return Saved(pos.guide, pos.item, pos.surface, pos.step)

    def record_choices(self, region: str | None, surfaces: tuple[str, ...],
                       region_chosen: bool = True) -> None:
        """`region` None with `region_chosen`: the person preferred not to say."""
        declined = region is None and region_chosen
        p, surfaces = self.profile, in_surface_order(surfaces)
        if (p.region, p.region_declined, p.surfaces) == (region, declined, surfaces):
            return  # already recorded: no disk write (a synced write can cost a spinning disk)

        def change(profile: Profile) -> None:
            if declined:
                profile.decline_region()
            else:
                profile.set_region(region)
            profile.set_surfaces(surfaces)

        self._update(change)

    def record_services(self, chosen: tuple[str, ...], offered: tuple[str, ...]) -> None:
        """The services ticked out of those `offered`; ids in the profile of guides that were
        not offered (a guide removed since, or not loaded now) are kept after them."""
        def change(profile: Profile) -> None:
            kept = [s for s in profile.services or () if s not in offered]
            profile.set_services([*chosen, *kept])

        if self.profile.services is not None:
            kept = [s for s in self.profile.services if s not in offered]
            if tuple(dict.fromkeys([*chosen, *kept])) == self.profile.services:
                return  # already recorded: no disk write
        self._update(change)

    def record_language(self, code: str) -> None:
        """The language chosen with --lang, used again when checkup next starts without it."""
        if self.profile.language != code:
            self._update(lambda profile: profile.set_language(code))

    def record_item(self, guide: Guide, item_id: str, state: str, reason: str = "") -> None:
        kept = reason if state in STATES_WITH_REASON else ""
        when = now_utc()  # the moment it was answered, even if written a little later
        self._update(lambda p: p.set_item(guide.id, item_id, state, revision=guide.revision,
                                          reason=kept[:1000], when=when))

    def record_position(self, saved: Saved | None) -> None:
        if saved == self.saved_position() and (saved or self.profile.position is None):
            return  # already recorded
        if saved is None:
            self._update(lambda p: p.clear_position())
        else:
            when = now_utc()
            self._update(lambda p: p.set_position(saved.guide, saved.item, saved.surface,
                                                  saved.step, when))

    def keeps_progress(self) -> bool:
        """Whether there is something on disk for next time (not in guest or read-only mode,
        and not before the first answer)."""
        return not self.store.guest and self.store.saves and self.store.exists()

    def describe(self) -> str:
        if self.store.guest:
            return _("Guest mode: nothing was kept on disk.")
        if self._unsaved:
            return _("Your last answers are not saved: another checkup is keeping your profile "
                     "busy.")
        if not self.store.saves:
            return _("Your progress could not be saved ({reason}).").format(
                reason=self.store.not_saved_reason)
        if not self.store.exists():
            return _("Nothing was recorded yet, so there was nothing to save.")
        return _("Your progress is saved in {path}.").format(path=shown_path(self.store.path))
