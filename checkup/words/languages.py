"""What a view says about the language it speaks: that a translation has not been checked by a
native speaker, that part of an item (or a whole guide) is shown in English, and how the
platform shows its labels in that language, from the guide's sources."""

from __future__ import annotations

from checkup.guides.model import Guide, Item
from checkup.support.i18n import N_, _, language, translated
from checkup.support.languages import ENGLISH
from checkup.support.languages import language as language_of

# Translators: {language} is the name of the language you are translating into ("German" in the
# German catalogue is "Deutsch"); rephrase as your language needs ("This translation into ...").
UNREVIEWED = N_("This {language} translation has not yet been checked by a native speaker.")
PART_IN_ENGLISH = N_("Part of this is shown in English: its {language} translation is missing "
                     "or older than the English text.")
GUIDE_IN_ENGLISH = N_("This guide has no {language} translation yet, so it is shown in "
                      "English.")
# Translators: {labels} are the platform's own names in your language, each already quoted, with
# the English name beside it; {sources} are the titles of the texts that give them.
LOCAL_LABELS = N_("In {language}, {platform} shows {labels} ({sources}).")
LOCAL_LABEL_ONE_SOURCE = N_("One source reports that in {language} {platform} shows {label} "
                            "({source}); check what your app shows.")
# Translators: {labels} are the platform's English names, quoted: they stay in English here.
NO_LOCAL_LABELS = N_("{platform} may show {labels} in {language}: no source gives the "
                     "{language} names, so they are given here in English.")
# A label as the platform shows it, with the English one beside it.
# Translators: {local} is the platform's name in your language, already in your quotation marks;
# {english} is its English name and stays in English. Use your language's word for "English".
LOCAL_AND_ENGLISH = N_('{local} ("{english}" in English)')


def language_name(code: str | None = None) -> str:
    """The name of `code` (default: the language checkup speaks), in that language."""
    found = language_of(code or language())
    return _(found.name) if found else (code or "")


def unreviewed_note() -> str:
    """'This German translation has not yet been checked ...', or "" (English, checked, or
    not translated yet: then there is no translation to doubt)."""
    found = language_of(language())
    if found is None or found.reviewed or not translated():
        return ""
    return _(UNREVIEWED).format(language=language_name(found.code))


def guide_language_note(guide: Guide) -> str:
    """Said once at a guide's head: it has no translation at all in the language shown, or its
    own title or summary is shown in English."""
    if guide.untranslated_in:
        return _(GUIDE_IN_ENGLISH).format(language=language_name(guide.untranslated_in))
    if guide.english_in:
        return _(PART_IN_ENGLISH).format(language=language_name(guide.english_in))
    return ""


def item_language_note(item: Item) -> str:
    """Said once with an item some of whose texts are English in another language's view."""
    if item.english_in:
        return _(PART_IN_ENGLISH).format(language=language_name(item.english_in))
    return ""


def _all_labels(item: Item, surface: str | None = None) -> list[str]:
    """Each label on `surface` (None: on any device), once, in the order they are shown."""
    if surface is not None:
        return list(dict.fromkeys(item.labels_on(surface)))
    seen = list(item.labels)
    for path in item.device_labels.values():
        seen += path
    return list(dict.fromkeys(seen))


def local_label_sources(item: Item) -> tuple[str, ...]:
    """The sources of the item's labels in the language shown, once each: an export lists
    them with the rest."""
    given = item.local_labels.get(language(), {})
    return tuple(dict.fromkeys(s for label in given.values() for s in label.sources))


def quoted(text: str, code: str) -> str:
    found = language_of(code)
    opening, closing = found.quotes if found else ('"', '"')
    return f"{opening}{text}{closing}"


def local_label_lines(guide: Guide, item: Item, surface: str | None = None) -> list[str]:
    """In a language other than English: the names the platform shows there, each with the
    English beside it and its sources (one source: said as its report), and which names no
    source gives there (shown in English). [] in English or for an item with no labels."""
    code = language()
    labels = _all_labels(item, surface)
    if code == ENGLISH or not labels:
        return []
    given = item.local_labels.get(code, {})
    name = language_name(code)

    def both(english: str) -> str:
        return _(LOCAL_AND_ENGLISH).format(local=quoted(given[english].text, code),
                                           english=english)

    def titles(ids: tuple[str, ...]) -> str:
        return "; ".join(guide.sources[s].title for s in ids if s in guide.sources)

    out = []
    sourced = [label for label in labels if label in given and len(given[label].sources) > 1]
    if sourced:
        ids = tuple(dict.fromkeys(s for label in sourced for s in given[label].sources))
        out.append(_(LOCAL_LABELS).format(language=name, platform=guide.platform,
                                          labels=", ".join(both(label) for label in sourced),
                                          sources=titles(ids)))
    for label in labels:
        if label in given and len(given[label].sources) == 1:
            out.append(_(LOCAL_LABEL_ONE_SOURCE).format(
                language=name, platform=guide.platform, label=both(label),
                source=titles(given[label].sources)))
    if missing := [label for label in labels if label not in given]:
        out.append(_(NO_LOCAL_LABELS).format(
            platform=guide.platform, language=name,
            labels=", ".join(f'"{label}"' for label in missing)))
    return out
