"""The question "which services do you use?": the services offered, what a search finds among
them, and how a typed answer picks them. Shared by the wizard's tick list and plain mode, so
both find the same services for the same words."""

from __future__ import annotations

from typing import NamedTuple

from checkup.guides.country_search import folded
from checkup.guides.model import Guide
from checkup.support.i18n import _


class Offered(NamedTuple):
    """One service in the list: its guide's id, the line that names it, whether it is ticked."""

    id: str
    label: str
    ticked: bool


def service_label(guide: Guide) -> str:
    """'ChatGPT: Stop OpenAI training on your chats'; the other names it goes by after it."""
    if guide.names:
        return _("{platform}: {title} (also: {names})").format(
            platform=guide.platform, title=guide.title, names=", ".join(guide.names))
    return _("{platform}: {title}").format(platform=guide.platform, title=guide.title)


def searched_texts(guide: Guide) -> tuple[str, ...]:
    """What a search looks in, folded: the platform, the title, the id and the other names."""
    return tuple(folded(t) for t in (guide.platform, guide.title, guide.id, *guide.names))


def matches(guide: Guide, query: str) -> bool:
    """Whether `query` finds `guide`: every word typed is in one of its names or its title,
    whatever the case and accents ("meta", "FACEBOOK", "Meta AI", "chat gpt")."""
    key = folded(query)
    if not key:
        return True
    texts = searched_texts(guide)
    together = key.replace(" ", "")  # "chat gpt" finds ChatGPT
    return (any(together in t.replace(" ", "") for t in texts)
            or all(any(w in t for t in texts) for w in key.split()))


def found(guides: list[Guide], query: str) -> list[Guide]:
    """The services `query` finds, in the offered order; a name typed exactly comes alone
    ("x" is X, not every service with an x in its title)."""
    return exactly_named(guides, query) or [g for g in guides if matches(g, query)]


def exactly_named(guides: list[Guide], typed: str) -> list[Guide]:
    """The services whose id, platform or one of whose other names (Instagram for meta) is
    `typed`, whatever the case and accents."""
    key = folded(typed)
    return [g for g in guides if key and key in map(folded, (g.platform, g.id, *g.names))]


def filtered(guides: list[Guide], query: str) -> list[Guide]:
    """The services a search box shows for `query`: a name typed exactly first, then every
    other service it finds, in the offered order."""
    first = found(guides, query)
    return first + [g for g in guides if g not in first and matches(g, query)]


def offered_list(guides: list[Guide], ticked: tuple[str, ...] | set[str]) -> tuple[Offered, ...]:
    return tuple(Offered(g.id, service_label(g), g.id in ticked) for g in guides)


class Typed(NamedTuple):
    """What a typed answer ("1 3", "ChatGPT, facebook", "2, claude") picks: the services'
    ids, or for a part that finds no service or several, that part and what it found."""

    picked: tuple[str, ...]
    unknown: tuple[str, ...] = ()  # parts that find nothing
    unclear: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (part, the numbers it finds)
    out_of_range: tuple[str, ...] = ()  # numbers not in the list

    @property
    def clean(self) -> bool:
        return bool(self.picked) and not (self.unknown or self.unclear or self.out_of_range)


def typed_answer(guides: list[Guide], answer: str) -> Typed:
    """Numbers from the list (1-based) and names, parted by commas or spaces: a part of
    digits is a number, any other part a name that must find exactly one service. Words
    typed together ("meta ai") are one name when together they find a service."""
    picked: list[str] = []
    unknown: list[str] = []
    unclear: list[tuple[str, tuple[int, ...]]] = []
    bad_numbers: list[str] = []
    for part in (p.strip() for p in answer.split(",")):
        if not part:
            continue
        words = part.split()
        names = [w for w in words if not w.isdigit()]
        for word in (w for w in words if w.isdigit()):
            if 1 <= int(word) <= len(guides):
                picked.append(guides[int(word) - 1].id)
            else:
                bad_numbers.append(word)
        if not names:
            continue
        for name in _names_in(guides, " ".join(names)):
            hits = found(guides, name)
            if len(hits) == 1:
                picked.append(hits[0].id)
            elif hits:
                unclear.append((name, tuple(guides.index(g) + 1 for g in hits)))
            else:
                unknown.append(name)
    return Typed(tuple(dict.fromkeys(picked)), tuple(unknown), tuple(unclear),
                 tuple(bad_numbers))


def _names_in(guides: list[Guide], text: str) -> list[str]:
    """`text` as one name when it finds a service ("meta ai"), else each of its words."""
    if found(guides, text) or len(text.split()) == 1:
        return [text]
    return text.split()
