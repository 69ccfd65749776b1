"""Countries (ISO 3166-1 alpha-2) and the groups platforms treat alike, read from content data."""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from checkup.guides.precompiled import shipped_data
from checkup.support.cldr import country_in_language
from checkup.support.digest import sha256_hex
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import N_, _
from checkup.support.paths import shipped_content_dir


class Group(NamedTuple):
    id: str
    name: str
    members: frozenset[str]
    source: str


# The groups' names (as content/regions.toml writes them) that CLDR has no name for, marked for
# the catalogue: a name changed in the file is shown in English until translated again.
GROUP_NAMES: tuple[str, ...] = (
    N_("European Economic Area"),
    N_("EU outermost regions with their own country code"),
    N_("Crown dependencies and Gibraltar"),
)


class RegionTable:
    """Groups are read at once; the 249 country names only when a code is checked or a name
    shown, which the wizard's first screen never needs."""

    def __init__(self, groups: dict[str, Group], countries_file: Path,
                 names_file: Path | None = None) -> None:
        """`names_file`: country_names.toml, the names in other languages (CLDR)."""
        self.groups = groups
        self._countries_file = countries_file
        self._names_file = names_file

    @cached_property
    def _countries_data(self) -> dict:
        return _read(self._countries_file)

    @cached_property
    def countries(self) -> dict[str, str]:
        raw = self._countries_data.get("countries", {})
        return {str(k).upper(): str(v) for k, v in raw.items()}

    @cached_property
    def other_names(self) -> dict[str, tuple[str, ...]]:
        """Names people type for a country besides its own (England, Holland, USA)."""
        raw = self._countries_data.get("other_names", {})
        return {str(k).upper(): tuple(str(n) for n in v) for k, v in raw.items()
                if isinstance(v, list)}

    @cached_property
    def names_in_languages(self) -> dict[str, tuple[str, ...]]:
        """A country's names in the languages of the places the guides cover (Deutschland,
        Allemagne), read at the first search: the first screen never needs them. Without the
        file the search still knows the English names."""
        if self._names_file is None or not self._names_file.exists():
            return {}
        raw = _read(self._names_file).get("names", {})
        return {str(k).upper(): tuple(str(n) for n in v) for k, v in raw.items()
                if isinstance(v, list)}

    @cached_property
    def aliases(self) -> dict[str, str]:
        raw = self._countries_data.get("aliases", {})
        return {str(k).upper(): str(v).upper() for k, v in raw.items()}

    def problems(self) -> list[str]:
        """Group members that are not ISO country codes: a broken regions.toml."""
        return [_("regions.toml: groups.{group}: unknown country codes {codes}").format(
                    group=g.id, codes=sorted(bad))
                for g in self.groups.values() if (bad := g.members - set(self.countries))]

    def normalise(self, code: str) -> str:
        """The ISO code for what a person typed ('de', 'UK'), or a UsageError naming it."""
        key = code.strip().upper()
        key = self.aliases.get(key, key)
        if key not in self.countries:
            raise UsageError(
                _("unknown region code {code}: use a two-letter ISO 3166-1 country code such as "
                  "DE, US or GB").format(code=repr(code))
            )
        return key

    def name(self, code: str) -> str:
        """The country's name in the language in use (CLDR's), else in English."""
        return country_in_language(code) or self.countries.get(code, code)

    def group_name(self, group_id: str) -> str:
        """A region group's name in the language in use: CLDR's for a group of one country and
        for the European Union, the catalogue's for the others (GROUP_NAMES), else English."""
        group = self.groups.get(group_id)
        if group is None:
            return group_id
        only = next(iter(group.members)) if len(group.members) == 1 else group_id
        return country_in_language(only) or _(group.name)

    def groups_of(self, code: str) -> frozenset[str]:
        return frozenset(g.id for g in self.groups.values() if code in g.members)

    def groups_for_group(self, group_id: str) -> frozenset[str]:
        """The groups every member of `group_id` is in: EU members are in the EEA too."""
        members = self.groups[group_id].members
        return frozenset(g.id for g in self.groups.values() if members <= g.members)


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as f:
            raw = f.read()
        # the shipped files' parsed form when the bytes are the same: no TOML parser at start
        if (data := shipped_data(path, sha256_hex(raw))) is not None:
            return data
        import tomllib

        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as e:  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        raise CheckupError(_("{path}: cannot read region data: {problem}").format(
            path=path, problem=e)) from None


def _resolve(group_id: str, raw: dict, seen: tuple[str, ...] = ()) -> frozenset[str]:
    if group_id in seen:
        raise CheckupError(_("regions.toml: groups.{group}: 'includes' goes round in a circle"
                             ).format(group=group_id))
    spec = raw.get(group_id)
    if not isinstance(spec, dict):
        raise CheckupError(_("regions.toml: groups.{group}.includes: no group {name}").format(
            group=seen[-1], name=repr(group_id)))
    members = set(spec.get("members", []))
    for inner in spec.get("includes", []):
        members |= _resolve(inner, raw, (*seen, group_id))
    return frozenset(members)


def load_regions(directory: Path) -> RegionTable:
    groups_raw = _read(directory / "regions.toml").get("groups", {})
    groups = {
        gid: Group(gid, str(spec.get("name", gid)), _resolve(gid, groups_raw),
                   str(spec.get("source", "")))
        for gid, spec in groups_raw.items()
    }
    return RegionTable(groups, directory / "countries.toml", directory / "country_names.toml")


@cache
def default_regions() -> RegionTable:
    return load_regions(shipped_content_dir())
