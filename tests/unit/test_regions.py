from __future__ import annotations

import pytest

from checkup.guides.regions import default_regions
from checkup.support.errors import UsageError


def test_codes_are_case_insensitive_and_uk_means_gb() -> None:
    regions = default_regions()
    assert regions.normalise("de") == "DE"
    assert regions.normalise(" Uk ") == "GB"
    assert regions.name("GB") == "United Kingdom"


@pytest.mark.parametrize("code", ["XX", "EU", "germany", "", "D"])
def test_unknown_codes_are_refused_by_name(code: str) -> None:
    with pytest.raises(UsageError, match="unknown region code"):
        default_regions().normalise(code)


def test_groups_hold_the_members_their_sources_say() -> None:
    regions = default_regions()
    assert len(regions.groups["EU"].members) == 27
    assert regions.groups["EEA"].members == regions.groups["EU"].members | {"IS", "LI", "NO"}
    assert regions.groups_of("DE") == {"EU", "EEA"}
    assert regions.groups_of("NO") == {"EEA"}
    assert regions.groups_of("GB") == {"UK"}
    assert regions.groups_of("AU") == {"AU"}
    assert regions.groups_of("NZ") == frozenset()
    assert all(g.source.startswith("https://") for g in regions.groups.values())
    assert len(regions.countries) >= 249


def test_every_group_member_is_a_country_code() -> None:
    assert default_regions().problems() == []


def test_a_group_with_a_made_up_member_is_reported(tmp_path) -> None:
    from checkup.guides.regions import load_regions
    from checkup.support.paths import shipped_content_dir

    (tmp_path / "countries.toml").write_bytes((shipped_content_dir() / "countries.toml")
                                               .read_bytes())
    (tmp_path / "regions.toml").write_text('[groups.X]\nname = "X"\nmembers = ["DE", "QQ"]\n')
    assert load_regions(tmp_path).problems() == [
        "regions.toml: groups.X: unknown country codes ['QQ']"]
