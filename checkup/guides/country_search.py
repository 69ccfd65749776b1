"""Finding a country from what a person types: a code ('de', 'UK'), its name or part of it in
the languages of the places the guides cover ('Deutschland', 'Suisse'), another name people use
for it ('England', 'Holland'), with or without accents, or its name with a slip of the keyboard
('Germnay')."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from checkup.guides.regions import RegionTable
from checkup.support.i18n import language

# How well a country matches, best first.
EXACT, STARTS, CONTAINS, CLOSE = range(4)
CLOSE_FROM = 4  # letters typed before a slip is guessed at: "ita" is a start, not a typo


class Match(NamedTuple):
    code: str
    name: str  # the name checkup shows (English), whichever name matched
    rank: int  # EXACT, STARTS, CONTAINS or CLOSE


def folded(text: str) -> str:
    """For comparing what was typed with a name: no case, no accents, and apostrophes, hyphens,
    dots, brackets and runs of spaces all one space (Côte d’Ivoire, cote d ivoire; St. Lucia,
    st lucia)."""
    plain = "".join(c if c.isalnum() else " " for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def typed_code(regions: RegionTable, query: str) -> str | None:
    """The country whose code (or a code checkup also takes, UK) is what was typed."""
    code = folded(query).upper()
    code = regions.aliases.get(code, code)
    return code if code in regions.countries else None


class _Index(NamedTuple):
    """Every country's names, folded once at the first search (the names in other languages
    are read then too), by the name shown."""
    entries: tuple[tuple[str, str, frozenset[str]], ...]  # (code, name shown, names folded)
    by_length: dict[int, tuple[tuple[str, int], ...]]  # names and their words: (text, entry)


def _index(regions: RegionTable) -> _Index:
    return _index_in(regions, language())


@lru_cache(maxsize=4)
def _index_in(regions: RegionTable, code_of_language: str) -> _Index:
    """The index with each country's name in that language (the one shown and searched)."""
    entries = []
    for code, english in regions.countries.items():
        name = regions.name(code)
        every = (name, english, *regions.other_names.get(code, ()),
                 *regions.names_in_languages.get(code, ()))
        entries.append((code, name, frozenset(folded(n) for n in every)))
    entries.sort(key=lambda entry: entry[1])
    by_length: dict[int, list[tuple[str, int]]] = {}
    for i, (_, _, names) in enumerate(entries):
        words = {w for n in names for w in n.split() if len(w) >= CLOSE_FROM}
        for text in names | words:
            by_length.setdefault(len(text), []).append((text, i))
    return _Index(tuple(entries), {n: tuple(texts) for n, texts in by_length.items()})


def ranked_countries(regions: RegionTable, query: str) -> list[Match]:
    """Every country matching `query`, best first: the code, or a name that is exactly what was
    typed, then names that start with it, then names that contain it, each alphabetically.
    Only when none does, names a slip or two away from it (closest first), so that a guess at
    a typo never makes a plain answer ambiguous. Everything for no query."""
    q = folded(query)
    if not q:  # the whole list, which needs no name but the one shown
        shown = ((code, regions.name(code)) for code in regions.countries)
        return [Match(code, name, CONTAINS) for code, name in
                sorted(shown, key=lambda entry: entry[1])]
    index = _index(regions)
    code = typed_code(regions, query)
    found = []
    for cc, name, names in index.entries:
        if cc == code or q in names:
            found.append(Match(cc, name, EXACT))
        elif any(n.startswith(q) for n in names):
            found.append(Match(cc, name, STARTS))
        elif any(q in n for n in names):
            found.append(Match(cc, name, CONTAINS))
    if found or len(q) < CLOSE_FROM:
        return sorted(found, key=lambda m: (m.rank, m.name))
    return _close(q, index)


def matching_countries(regions: RegionTable, query: str) -> list[tuple[str, str]]:
    """(code, name) of every country matching `query`, in the order of ranked_countries."""
    return [(m.code, m.name) for m in ranked_countries(regions, query)]


def _close(q: str, index: _Index) -> list[Match]:
    """Countries with a name, or a word of one, at most one slip from `q` (two from a longer
    one): a letter wrong, missing, added, or two swapped."""
    most = 1 if len(q) < 7 else 2
    letters = frozenset(q)
    nearest: dict[int, int] = {}  # entry: fewest slips
    for length in range(len(q) - most, len(q) + most + 1):
        for text, entry in index.by_length.get(length, ()):
            # Each letter of q that the text lacks takes a slip: a quick way to skip most.
            if len(letters.difference(text)) > most:
                continue
            if (slips := _slips(q, text, most)) <= most:
                nearest[entry] = min(slips, nearest.get(entry, slips))
    ranked = sorted(nearest.items(), key=lambda found: (found[1], index.entries[found[0]][1]))
    return [Match(index.entries[i][0], index.entries[i][1], CLOSE) for i, _ in ranked]


def _slips(a: str, b: str, most: int) -> int:
    """The edits (optimal string alignment: change, drop or add a letter, swap two beside each
    other) that turn `a` into `b`; most + 1 as soon as it is sure to be more than `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > most:
            return most + 1
        before, previous = previous, row
    return previous[-1]
