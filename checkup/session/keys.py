"""The keys, in one table: the wizard's key bindings and footer, its help dialog and plain
mode's list of keys are all drawn from it, so a key means the same thing and is described the
same way wherever a person meets it. The words are marked for translation and looked up with
`_()` where they are shown."""

from __future__ import annotations

from typing import NamedTuple

from checkup.support.i18n import N_


class Key(NamedTuple):
    key: str  # as typed, and as Textual names it
    action: str  # the action it runs at a step (or in the app)
    label: str  # the footer's word for it
    said: str  # how plain mode lists it after the key ("s skip")
    help: str  # what it does, for the help
    also: tuple[str, ...] = ()  # other keys doing the same, as other Textual apps have them

    @property
    def bound(self) -> str:
        """The keys as a Textual binding takes them ("b,escape")."""
        return ",".join((self.key, *self.also))

    @property
    def shown(self) -> str:
        """The keys as a person reads them ("b, escape")."""
        return ", ".join(key_words(k) for k in (self.key, *self.also))


# Back is b and escape on every screen: escape is what other terminal programs (and Textual's
# own dialogs) close with, b is the letter the wizard has always shown. Where letters are typed
# (the country filter, a reason) escape alone goes back.
BACK = "b"
BACK_KEYS = ("b", "escape")
BACK_BOUND = ",".join(BACK_KEYS)  # as a Textual binding takes them

STEP_KEYS: tuple[Key, ...] = (
    # Next records nothing: what happened is asked at the end of the item.
    Key("n", "next", N_("Next"), N_("next"),
        N_("the next step; at the end of an item you are asked what happened"),
        also=("enter", "space", "right")),
    Key("s", "skip", N_("Skip"), N_("skip"), N_("skip this item (you are asked why)")),
    Key(BACK, "back", N_("Back"), N_("back"), N_("go back one step or one screen"),
        also=("escape", "left")),
    Key("h", "cant_find", N_("Can't find"), N_("can't find it"),
        N_("help for a step: \"I can't find it\"")),
    Key("o", "open_link", N_("Open link"), N_("open the link"),
        N_("open the item's link in your browser (on a computer)")),
    Key("c", "qr", N_("QR"), N_("QR code"), N_("show a QR code to open the page on your phone")),
    Key("v", "switch_device", N_("Device"), N_("{device} steps"),
        N_("show the steps for another of your devices")),
)
APP_KEYS: tuple[Key, ...] = (
    Key("t", "cycle_theme", N_("Theme"), N_("theme"),
        N_("switch theme: dark, light, high contrast")),
    Key("q", "quit_saving", N_("Quit"), N_("quit"), N_("quit; your progress is already saved"),
        also=("ctrl+q",)),
    Key("?", "help", N_("Help"), N_("help"), N_("this help")),
    Key("ctrl+p", "command_palette", N_("Commands"), N_("commands"),
        N_("the list of commands: type to find one, enter runs it")),
    Key("tab", "focus_next", N_("Next"), N_("next"), N_("move between buttons; enter presses one")),
)
SWITCH_DEVICE = "v"  # the key that only works with more than one device picked
OPEN_LINK = "o"  # the key that only works on a computer, where a browser can open the link

# Textual's names for keys whose name is not what is printed on them
_WORDS = {"question_mark": "?", "space": "space", "enter": "enter", "escape": "escape",
          "right": "right arrow", "left": "left arrow"}


def key_words(key: str) -> str:
    """A key as a person reads it: "ctrl+q", never "^q"; "?" rather than "question_mark"."""
    *modifiers, name = key.split("+")
    return "+".join((*modifiers, _WORDS.get(name, name)))


def step_key(action: str) -> Key:
    return next(k for k in STEP_KEYS if k.action == action)


def app_key(action: str) -> Key:
    return next(k for k in APP_KEYS if k.action == action)
