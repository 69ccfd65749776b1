"""Finding a country from what a person types: a code ('de', 'UK'), its name or part of it, or
another name people use for it ('England', 'Holland'), with or without accents."""

from __future__ import annotations

import unicodedata

from checkup.guides.regions import RegionTable


def folded(text: str) -> str:
    """For comparing what was typed with a name: no case, no accents, and apostrophes, hyphens
    and runs of spaces all one space (Cote d'Ivoire, cote d ivoire)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    for mark in ("'", "\u2019", "-"):
        plain = plain.replace(mark, " ")
    return " ".join(plain.casefold().split())


def matching_countries(regions: RegionTable, query: str) -> list[tuple[str, str]]:
    """(code, name) of every country matching `query`: first the code, a name or another name
    that is exactly what was typed, then names that start with it, then names that contain it,
    each alphabetically. Everything for no query."""
    q = folded(query)
    if not q:
        return sorted(regions.countries.items(), key=lambda entry: entry[1])
    code = regions.aliases.get(q.upper(), q.upper())

    def rank(entry: tuple[str, str]) -> int | None:
        names = [folded(n) for n in (entry[1], *regions.other_names.get(entry[0], ()))]
        if entry[0] == code or q in names:
            return 0
        if any(n.startswith(q) for n in names):
            return 1
        return 2 if any(q in n for n in names) else None

    ranked = [(r, name, cc) for cc, name in regions.countries.items()
              if (r := rank((cc, name))) is not None]
    return [(cc, name) for _, name, cc in sorted(ranked)]
