"""What the checkup says to a person, in one place, so the full-screen wizard and plain mode
never word the same thing two ways."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkup.guides.report import STATUS_ADVICE
from checkup.profile.model import DONE, NOT_APPLICABLE, SKIPPED, TODO
from checkup.support.launch import command, install_command

if TYPE_CHECKING:
    from checkup.session.session import Session

WELCOME_TITLE = "Welcome to checkup"


def welcome_paragraphs(platforms: str) -> tuple[str, str]:
    """What this is and how long it takes; then the promise."""
    return (
        "Some platforms use your posts and profile to train AI unless you switch it off. This "
        "checkup finds the switch for you, on the devices you use, one step at a time. "
        f"Covered: {platforms}.\n\n"
        "It takes about 5 minutes. You can stop at any time and carry on later.",
        "Promise: checkup works offline. It sends nothing anywhere and never asks for a "
        "password. You sign in to the platform yourself, on your own device.",
    )


STATUS_TITLE: dict[str | None, str] = {
    "applies": "Applies to you",
    "not-offered": "Not offered where you live",
    "paused": "Paused by a regulator",
    "not-stated": "Not known where you live",
    "unknown": "Not known for this date",
    None: "Depends on where you live",
}

STATUS_ADVICE_SHORT: dict[str | None, str] = {
    "applies": "",
    "not-offered": "nothing to do",
    "paused": "do it anyway if you see the setting",
    "not-stated": "the sources don't say; do it if you see the setting",
    "unknown": STATUS_ADVICE["unknown"],
    None: "do it if you see the setting",
}


def status_words(status: str | None) -> str:
    """'Applies to you', 'Not offered where you live: nothing to do', ..."""
    advice = STATUS_ADVICE_SHORT.get(status, "")
    title = STATUS_TITLE.get(status, status or "")
    return f"{title}: {advice}" if advice else title


DEVICES_QUESTION = "Which devices do you use?"
DEVICES_EXPLAINED = ("The setting belongs to your account, so doing it once is enough; the "
                     "steps are shown for one device at a time (a computer first, then an "
                     "iPhone, then Android), and v switches to another you picked.")
DEVICE_HINTS: dict[str, str] = {
    "desktop": "a computer's web browser",
    "ios": "the LinkedIn app on an iPhone",
    "android": "the LinkedIn app on an Android phone",
}

REGION_QUESTION = "Where do you live?"
REGION_EXPLAINED = "Platforms treat countries differently."
NOT_SAYING = "Prefer not to say (show every region's answer)"

PHONE_HINT = ("On your phone? Press c for a QR code: scan it with the camera to open this "
              "page.")

SKIP_QUESTION = "Why are you skipping it?"
SKIP_REASONS: tuple[str, ...] = (
    "I'll do it later",
    "I don't have this account or app",
    "The setting isn't there for me",
    "I don't want to change this",
)
SKIP_OTHER = "Another reason (type it below)"
NO_REASON = "No reason given"
CANT_FIND_SKIP = "You can also skip this item (s) and come back to it later."

SUMMARY_MARKS: dict[str, str] = {DONE: "[x]", SKIPPED: "[-]", NOT_APPLICABLE: "[ ]", TODO: "[ ]"}
SUMMARY_WORDS: dict[str, str] = {DONE: "done", SKIPPED: "skipped",
                                 NOT_APPLICABLE: "not applicable", TODO: "to do"}
ALL_DONE = "All done. Well done!"
ALL_DONE_MORE = "Every setting that applies to you is switched off."
SO_FAR = "Your checkup so far"
DOES_NOT_TITLE = "What switching it off does not do"
NEXT_TITLE = "What next"


def count_of(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def items_left(session: Session) -> str:
    """After saying what applies: how much there is to do, said as a person would."""
    plan = session.plan
    left = sum(1 for t in plan.todo if session.state(t) != DONE)
    parts = [f"{count_of(left, 'item')} to go through"]
    if done := len(plan.todo) - left:
        parts.append(f"{done} already done")
    parts.append(f"{len(plan.not_applicable)} not offered where you live")
    return "; ".join(parts) + "."


def counts_line(counts: dict[str, int]) -> str:
    return (f"{counts[DONE]} done, {counts[SKIPPED]} skipped, {counts[TODO]} to do, "
            f"{counts[NOT_APPLICABLE]} not applicable.")


def all_done(counts: dict[str, int]) -> bool:
    return counts[TODO] == 0 and counts[SKIPPED] == 0


def next_steps(counts: dict[str, int], keeps_progress: bool = True) -> list[str]:
    """What to do after the checkup: finish what is left, re-check now and then, confirm; each
    command as it is typed where this checkup was started (checkup.pyz, pipx run)."""
    lines = []
    again = command()
    if counts[TODO] and keeps_progress:
        lines.append(f'Run "{again}" again to finish the items left; it resumes where you '
                     "stopped.")
    elif counts[SKIPPED] and keeps_progress:
        lines.append(f'Run "{again}" again to go through what you skipped; skip it again if it '
                     "is still not for you.")
    lines.append(f'Platforms change these settings. Run "{command("status")}" now and then: it '
                 "tells you when a guide has changed and an item needs a re-check.")
    lines.append("Check that it worked: open the setting's link again and see that it "
                 "reads Off.")
    lines.append(f'Want it on paper? "{command("export")}" writes a checklist to print, with '
                 f'what you have done ticked; "{command("export", "--blank")}" makes one for a '
                 "friend.")
    if install := install_command():
        lines.append(f'To keep checkup on this computer, so that it starts at once as the command '
                     f'"checkup": "{install}".')
    return lines


def farewell(session: Session) -> str:
    """Said on the way out: everything is already recorded, so only where, and how to go on."""
    left = session.counts()[TODO] if session.ready_for_steps else 1
    keeps = session.recorder.keeps_progress()
    carry_on = f' Run "{command()}" again to carry on where you stopped.' if left and keeps else ""
    return session.recorder.describe() + carry_on
