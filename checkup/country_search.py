"""Finding a country from what a person types: a code ('de', 'UK') or part of a name."""

from __future__ import annotations

from checkup.regions import RegionTable


def matching_countries(regions: RegionTable, query: str) -> list[tuple[str, str]]:
    """(code, name) of every country matching `query`: the exact code first, then names that
    start with it, then names that contain it, each alphabetically. Everything for no query."""
    q = query.strip().lower()
    exact = regions.aliases.get(q.upper(), q.upper()) if q else ""

    def rank(entry: tuple[str, str]) -> tuple[int, str]:
        code, name = entry
        return (0 if code == exact else 1 if name.lower().startswith(q) else 2, name)

    return sorted(((code, name) for code, name in regions.countries.items()
                   if not q or code == exact or q in name.lower()), key=rank)
