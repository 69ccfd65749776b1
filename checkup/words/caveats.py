"""What a view must say beside a fact that is not settled: a field that rests on one source
only, whether a switch starts on, a setting that only asks, and what to do where there is no way
to stop it. Every view (the wizard, plain mode, `show`, the exports, the presenter) says these
through this module, so a fact marked unverified in a guide is never shown without its caveat."""

from __future__ import annotations

from checkup.guides.model import (
    DEFAULT_DISPUTED,
    DEFAULT_NOT_STATED,
    DEFAULT_OFF,
    DEFAULT_ON,
    SIGNAL,
    SURFACE_NAMES,
    SWITCH,
    Guide,
    Item,
)
from checkup.support.i18n import N_, _

# The caveat for each field that may rest on one source; {source} is that source's title.
ONE_SOURCE: dict[str, str] = {
    "link": N_("One source reports this link ({source}); check what your app shows. It is not "
               "offered as a QR code or opened for you."),
    "labels": N_("One source reports these names ({source}); check what your app shows."),
    "steps": N_("One source reports these steps on {device} ({source}); check what your app "
                "shows."),
}

DEFAULT_SAID: dict[str, str] = {
    DEFAULT_ON: N_("Default: on."),
    DEFAULT_OFF: N_("Default: off."),
}
DEFAULT_ONE_SOURCE: dict[str, str] = {
    DEFAULT_ON: N_("Default: on, as one source reports ({source}); check what your app shows."),
    DEFAULT_OFF: N_("Default: off, as one source reports ({source}); check what your app "
                    "shows."),
}
DEFAULT_NOT_SETTLED = N_("Default: not stated.")
DEFAULT_CONFLICT = N_("Default: the sources disagree. {note}")

SIGNAL_NOTE = N_("This only asks outside AI firms not to train on your writing; they may ignore "
                 "it.")
INSTEAD_TITLE = N_("What you can do instead:")
INSTEAD_DOES_NOT_TITLE = N_("What that does not undo:")
HELP_PAGE = N_("{platform}'s help page for this:")


def source_title(guide: Guide, source_id: str) -> str:
    source = guide.sources.get(source_id)
    return source.title if source else source_id


def one_source(guide: Guide, item: Item, field: str, surface: str = "") -> str:
    """The caveat for `field` ("link", "labels", or "steps" on `surface`), or "" when more than
    one source gives it."""
    key = surface if field == "steps" else field
    if key not in item.unverified:
        return ""
    said = _(ONE_SOURCE[field])
    device = _(SURFACE_NAMES.get(surface, surface)) if surface else ""
    return said.format(source=source_title(guide, item.unverified[key]), device=device)


def labels_caveat(guide: Guide, item: Item, surface: str | None = None) -> str:
    """What is said beside the labels (on `surface`; None: on any device): that they rest on
    one source, and, in another language, how the platform shows them there
    (checkup.words.languages)."""
    from checkup.words.languages import local_label_lines

    return " ".join(s for s in (one_source(guide, item, "labels"),
                                *local_label_lines(guide, item, surface)) if s)


def steps_caveat(guide: Guide, item: Item, surface: str) -> str:
    return one_source(guide, item, "steps", surface)


def link_caveat(guide: Guide, item: Item) -> str:
    return one_source(guide, item, "link")


def default_line(guide: Guide, item: Item) -> str:
    """'Default: on.', 'Default: not stated.', or the conflict in the guide's words. A switch or
    a signal always says whether it starts on; another kind (a form, a task) only when its
    guide says something about it, else ""."""
    says_something = (item.default != DEFAULT_NOT_STATED or bool(item.default_note)
                      or "default" in item.unverified)
    if item.kind not in (SWITCH, SIGNAL) and not says_something:
        return ""
    if item.default == DEFAULT_DISPUTED:
        return _(DEFAULT_CONFLICT).format(note=item.default_note)
    if "default" in item.unverified and item.default in DEFAULT_ONE_SOURCE:
        said = _(DEFAULT_ONE_SOURCE[item.default]).format(
            source=source_title(guide, item.unverified["default"]))
    else:
        said = _(DEFAULT_SAID.get(item.default, DEFAULT_NOT_SETTLED))
    return f"{said} {item.default_note}" if item.default_note else said


def signal_note(item: Item) -> str:
    return _(SIGNAL_NOTE) if item.kind == SIGNAL else ""


def field_caveat(guide: Guide, item: Item, field: str) -> str:
    """What is said beside one of UNVERIFIABLE's fields when it rests on one source: its
    caveat, or for the default the default's line, which carries it."""
    if field == "default":
        return default_line(guide, item)
    if field in SURFACE_NAMES:
        return steps_caveat(guide, item, field)
    return one_source(guide, item, field)
