"""The keys, in one table: the wizard's key bindings and footer, its help dialog and plain
mode's list of keys are all drawn from it, so a key means the same thing and is described the
same way wherever a person meets it. The words are marked for translation and looked up with
`_()` where they are shown."""

from __future__ import annotations

from dataclasses import dataclass

from checkup.support.i18n import N_


@dataclass(frozen=True)
class Key:
    key: str  # as typed, and as Textual names it
    action: str  # the action it runs at a step (or in the app)
    label: str  # the footer's word for it
    said: str  # how plain mode lists it after the key ("s skip")
    help: str  # what it does, for the help


STEP_KEYS: tuple[Key, ...] = (
    # Next records nothing: what happened is asked at the end of the item.
    Key("n", "next", N_("Next"), N_("next"),
        N_("the next step (enter, space or the right arrow too); at the end of an item you are "
           "asked what happened")),
    Key("s", "skip", N_("Skip"), N_("skip"), N_("skip this item (you are asked why)")),
    Key("b", "back", N_("Back"), N_("back"),
        N_("go back one step or one screen (the left arrow too)")),
    Key("h", "cant_find", N_("Can't find"), N_("can't find it"),
        N_("help for a step: \"I can't find it\"")),
    Key("c", "qr", N_("QR"), N_("QR code"), N_("show a QR code to open the page on your phone")),
    Key("v", "switch_device", N_("Device"), N_("{device} steps"),
        N_("show the steps for another of your devices")),
)
APP_KEYS: tuple[Key, ...] = (
    Key("t", "cycle_theme", N_("Theme"), N_("theme"),
        N_("switch theme: dark, light, high contrast")),
    Key("q", "quit_saving", N_("Quit"), N_("quit"), N_("quit; your progress is already saved")),
    Key("?", "help", N_("Help"), N_("help"), N_("this help")),
    Key("tab", "focus_next", N_("Next"), N_("next"), N_("move between buttons; enter presses one")),
)
SWITCH_DEVICE = "v"  # the key that only works with more than one device picked


def step_key(action: str) -> Key:
    return next(k for k in STEP_KEYS if k.action == action)


def app_key(action: str) -> Key:
    return next(k for k in APP_KEYS if k.action == action)
