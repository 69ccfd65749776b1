"""Which of a guide's texts a person reads as sentences, each with its key path: what a guide's
translation template holds (tools/extract_guide_messages.py) and what a translation replaces.

Labels, ids, URLs, source titles and platform names are not among them: labels are shown as the
platform shows them (from sources, never translated by us), the rest is not prose."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checkup.guides.model import SURFACES, Fact, Guide, Item, Rule

# A text -> what to show instead (the same text when there is no translation for it).
Lookup = Callable[[str], str]


def guide_texts(guide: Guide) -> Iterator[tuple[str, str]]:
    """(key path, English text) for every translatable text of `guide`, in file order."""
    yield "title", guide.title
    yield "summary", guide.summary
    for item in guide.items:
        yield from _item_texts(item, f"items.{item.id}")


def _listed(path: str, texts: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for n, text in enumerate(texts):
        yield f"{path}[{n}]", text


def item_texts(item: Item) -> Iterator[str]:
    """The translatable texts of one item."""
    return (text for _path, text in _item_texts(item, ""))


def _item_texts(item: Item, path: str) -> Iterator[tuple[str, str]]:
    yield f"{path}.title", item.title
    yield f"{path}.summary", item.summary
    for surface in SURFACES:
        yield from _listed(f"{path}.steps.{surface}", item.steps.get(surface, ()))
    yield from _listed(f"{path}.does_not", item.does_not)
    yield from _listed(f"{path}.help", _help_texts(item))
    if item.audience:
        yield f"{path}.audience", item.audience
    if item.default_note:
        yield f"{path}.default_note", item.default_note
    yield from _listed(f"{path}.then", item.then)
    yield from _listed(f"{path}.instead", item.instead)
    yield from _listed(f"{path}.instead_does_not", item.instead_does_not)
    if item.cannot_undo is not None:
        yield f"{path}.cannot_undo.warning", item.cannot_undo.warning
    yield from _listed(f"{path}.facilitator.talking_points", item.notes.talking_points)
    yield from _listed(f"{path}.facilitator.common_problems", item.notes.common_problems)
    for n, rule in enumerate(item.rules):
        yield f"{path}.rules[{n}].reason", rule.reason
    for n, fact in enumerate(item.facts):
        yield f"{path}.facts[{n}].text", fact.text


def _help_texts(item: Item) -> tuple[str, ...]:
    return tuple(e.text for e in item.help_entries) if item.help_entries else item.help


def translated_guide(guide: Guide, lookup: Lookup) -> Guide:
    """`guide` with each of its texts (those guide_texts gives) passed through `lookup`."""
    return guide._replace(title=lookup(guide.title), summary=lookup(guide.summary),
                    items=tuple(_translated_item(i, lookup) for i in guide.items))


def _each(texts: tuple[str, ...], lookup: Lookup) -> tuple[str, ...]:
    return tuple(lookup(t) for t in texts)


def _translated_item(item: Item, lookup: Lookup) -> Item:
    help_entries = tuple(e._replace(text=lookup(e.text)) for e in item.help_entries)
    notes = item.notes._replace(talking_points=_each(item.notes.talking_points, lookup),
                     common_problems=_each(item.notes.common_problems, lookup))
    cannot_undo = (None if item.cannot_undo is None
                   else item.cannot_undo._replace(warning=lookup(item.cannot_undo.warning)))
    return item._replace(
        title=lookup(item.title),
        summary=lookup(item.summary),
        steps={s: _each(t, lookup) for s, t in item.steps.items()},
        does_not=_each(item.does_not, lookup),
        help=(tuple(e.text for e in help_entries) if help_entries
              else _each(item.help, lookup)),
        help_entries=help_entries,
        audience=lookup(item.audience) if item.audience else "",
        default_note=lookup(item.default_note) if item.default_note else "",
        then=_each(item.then, lookup),
        instead=_each(item.instead, lookup),
        instead_does_not=_each(item.instead_does_not, lookup),
        cannot_undo=cannot_undo,
        notes=notes,
        rules=tuple(_translated_rule(r, lookup) for r in item.rules),
        facts=tuple(_translated_fact(f, lookup) for f in item.facts),
    )


def _translated_rule(rule: Rule, lookup: Lookup) -> Rule:
    return rule._replace(reason=lookup(rule.reason))


def _translated_fact(fact: Fact, lookup: Lookup) -> Fact:
    return fact._replace(text=lookup(fact.text))

