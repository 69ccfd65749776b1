"""What the checkup says to a person, in one place, so the full-screen wizard and plain mode
never word the same thing two ways."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkup.guides.model import NO_OPT_OUT
from checkup.profile.model import DONE, NOT_APPLICABLE, SKIPPED, TODO
from checkup.support.i18n import N_, _, ngettext
from checkup.support.launch import command, install_command
from checkup.words.states import STATE_TABLE
from checkup.words.statuses import status_words as status_words  # for the views reading it here

if TYPE_CHECKING:
    from checkup.session.session import Session

WELCOME_TITLE = N_("Welcome to checkup")


def welcome_paragraphs(services: int, platforms: str, main_time: str, related_time: str,
                       picked: bool = True, asked: bool = True) -> tuple[str, str]:
    """What this is and how long it takes (the main switch, then the rest if wanted); then the
    promise. With several services, how many, rather than every name: `picked` says the
    person has said which they use, so the times are theirs; `asked` that the checkup asks
    which (not when they were named on the command line)."""
    if services == 1:
        what = _("Some platforms use your posts and profile to train AI unless you switch it off. "
                 "This checkup finds the switch for you, on the devices you use, one step at a "
                 "time. Covered: {platforms}.\n\n"
                 "The main setting comes first and takes {main_time}. Related items follow if you "
                 "want them: {related_time} more. You can stop at any time and carry on later."
                 ).format(platforms=platforms, main_time=main_time, related_time=related_time)
    elif not asked:  # named with --guide: no list to tick
        what = ngettext(
            "Some services use what you post, write or say to train AI unless you switch it "
            "off. This checkup covers the {n} service you named ({platforms}), and finds the "
            "switch for each, on the devices you use, one step at a time.",
            "Some services use what you post, write or say to train AI unless you switch it "
            "off. This checkup covers the {n} services you named ({platforms}), and finds the "
            "switch for each, on the devices you use, one step at a time.", services
        ).format(n=services, platforms=platforms) + "\n\n"
    else:
        what = ngettext(
            "Some services use what you post, write or say to train AI unless you switch it "
            "off. This checkup covers {n} service: you tick the ones you use, and it finds the "
            "switch for each, on the devices you use, one step at a time.",
            "Some services use what you post, write or say to train AI unless you switch it "
            "off. This checkup covers {n} services: you tick the ones you use, and it finds the "
            "switch for each, on the devices you use, one step at a time.", services
        ).format(n=services) + "\n\n"
    if services > 1:
        if picked:
            what += _("The services you use go one by one, each main setting first: "
                      "{main_time} for the main settings. Related items follow if you want "
                      "them: {related_time} more. You can stop at any time and carry on later."
                      ).format(main_time=main_time, related_time=related_time)
        else:
            what += _("The services you use go one by one, each main setting first; related "
                      "items follow if you want them. You can stop at any time and carry on "
                      "later.")
    return (
        what,
        _("Promise: checkup works offline. It sends nothing anywhere and never asks for a "
          "password. You sign in to the platform yourself, on your own device."),
    )


NAMED = 4  # services named in one sentence; the rest are counted


def some_names(names: list[str]) -> str:
    """Up to NAMED names, then how many more: 'LinkedIn, ChatGPT, Claude, X and 8 more'."""
    if len(names) <= NAMED:
        return ", ".join(names)
    more = len(names) - NAMED
    return ngettext("{names} and {n} more", "{names} and {n} more", more).format(
        names=", ".join(names[:NAMED]), n=more)


DEVICES_QUESTION = N_("Which devices do you use?")
DEVICES_EXPLAINED = N_("The setting belongs to your account, so doing it once is enough; the "
                       "steps are shown for one device at a time (a computer first, then an "
                       "iPhone, then Android), and v switches to another you picked.")
# Where each device's steps are done; {platform} is the guide's platform name.
DEVICE_HINT: dict[str, str] = {
    "desktop": N_("a computer's web browser"),
    "ios": N_("the {platform} app on an iPhone"),
    "android": N_("the {platform} app on an Android phone"),
}


def device_hint(surface: str, platform: str) -> str:
    """'the LinkedIn app on an iPhone', with the platform named by its guide."""
    return _(DEVICE_HINT[surface]).format(platform=platform)


# The same for several services at once: naming each would make a line of a dozen names.
DEVICE_HINT_SEVERAL: dict[str, str] = {
    "desktop": N_("a computer's web browser"),
    "ios": N_("the services' apps on an iPhone"),
    "android": N_("the services' apps on an Android phone"),
}


def device_hints(platforms: str, several: bool = False) -> dict[str, str]:
    """Every device's hint for the guides being gone through ("LinkedIn"); `several`: for
    more than one service, which are not named."""
    if several:
        return {s: _(hint) for s, hint in DEVICE_HINT_SEVERAL.items()}
    return {s: device_hint(s, platforms) for s in DEVICE_HINT}

REGION_QUESTION = N_("Where do you live?")
REGION_EXPLAINED = N_("Platforms treat countries differently.")
NOT_SAYING = N_("Prefer not to say (show every region's answer)")

PHONE_HINT = N_("On your phone? Press c for a QR code: scan it with the camera to open this "
                "page.")
# On a computer the direct link is the quickest way, so it comes before the menu path.
LINK_FIRST = N_("Open this link, or go by the menu:")
LINK_ONLY = N_("Open this link:")

SKIP_QUESTION = N_("Why are you skipping it?")
# "Later" is not among them: an item put off is still to do, and is answered as such.
SKIP_REASONS: tuple[str, ...] = (
    N_("I don't want to change this"),
    N_("It isn't on this account"),
    N_("I don't have this account or app"),
    N_("The setting isn't there for me"),
)
SKIP_OTHER = N_("Another reason (type it below)")
NO_REASON = N_("No reason given")
CANT_FIND_SKIP = N_("You can also skip this item (s) and come back to it later.")

# The state table's marks and words, by state (English: the view calls _() when it shows one).
SUMMARY_MARKS: dict[str, str] = {state: row.mark for state, row in STATE_TABLE.items()}
SUMMARY_WORDS: dict[str, str] = {state: row.word for state, row in STATE_TABLE.items()}
ALL_DONE = N_("All done. Well done!")
ALL_DONE_MORE = N_("Every item that applies to you is done.")
SO_FAR = N_("Your checkup so far")
DOES_NOT_TITLE = N_("What switching it off does not do")
DOES_NOT_ITEM = N_("What this does not do:")
NEXT_TITLE = N_("What next")


def items_left(session: Session) -> str:
    """After saying what applies: how much there is to do, said as a person would."""
    plan = session.plan
    left = sum(1 for t in plan.todo if session.state(t) != DONE)
    done = len(plan.todo) - left
    not_offered = len(plan.not_applicable)
    to_go = ngettext("{n} item to go through", "{n} items to go through", left).format(n=left)
    if no_way := len(plan.no_way):
        return ngettext("{to_go}; {done} already done; {not_offered} not offered where you "
                        "live; {no_way} with no way to stop it (see what you can do instead).",
                        "{to_go}; {done} already done; {not_offered} not offered where you "
                        "live; {no_way} with no way to stop them (see what you can do "
                        "instead).", no_way).format(to_go=to_go, done=done,
                                                    not_offered=not_offered, no_way=no_way)
    if done:
        return _("{to_go}; {done} already done; {not_offered} not offered where you live."
                 ).format(to_go=to_go, done=done, not_offered=not_offered)
    return _("{to_go}; {not_offered} not offered where you live.").format(
        to_go=to_go, not_offered=not_offered)


def counts_line(counts: dict[str, int]) -> str:
    if counts.get(NO_OPT_OUT):
        return _("{done} done, {skipped} skipped, {todo} to do, {not_applicable} not applicable, "
                 "{no_way} with no way to stop it.").format(
                     done=counts[DONE], skipped=counts[SKIPPED], todo=counts[TODO],
                     not_applicable=counts[NOT_APPLICABLE], no_way=counts[NO_OPT_OUT])
    return _("{done} done, {skipped} skipped, {todo} to do, {not_applicable} not applicable."
             ).format(done=counts[DONE], skipped=counts[SKIPPED], todo=counts[TODO],
                      not_applicable=counts[NOT_APPLICABLE])


def all_done(counts: dict[str, int]) -> bool:
    return counts[TODO] == 0 and counts[SKIPPED] == 0


def next_steps(counts: dict[str, int], keeps_progress: bool = True) -> list[str]:
    """What to do after the checkup: finish what is left, re-check now and then, confirm; each
    command as it is typed where this checkup was started (checkup.pyz, pipx run)."""
    lines = []
    again = command()
    if counts[TODO] and keeps_progress:
        lines.append(_('Run "{command}" again to finish the items left; it resumes where you '
                       "stopped.").format(command=again))
    elif counts[SKIPPED] and keeps_progress:
        lines.append(_('Run "{command}" again to go through what you skipped; skip it again if '
                       "it is still not for you.").format(command=again))
    lines.append(_('Platforms change these settings. Run "{command}" now and then: it tells you '
                   "when a guide has changed and an item needs a re-check."
                   ).format(command=command("status")))
    lines.append(_("Check that it worked: open the setting's link again and see that it "
                   "reads Off."))
    lines.append(_('Want it on paper? "{export}" writes a checklist to print, with what you have '
                   'done ticked; "{blank}" makes one for a friend.'
                   ).format(export=command("export"), blank=command("export", "--blank")))
    if install := install_command():
        lines.append(_('To keep checkup on this computer, so that it starts at once as the '
                       'command "checkup": "{command}".').format(command=install))
    return lines


def farewell(session: Session) -> str:
    """Said on the way out: everything is already recorded, so only where, and how to go on."""
    left = session.counts()[TODO] if session.ready_for_steps else 1
    keeps = session.recorder.keeps_progress()
    if left and keeps:
        return _('{saved} Run "{command}" again to carry on where you stopped.').format(
            saved=session.recorder.describe(), command=command())
    return session.recorder.describe()
