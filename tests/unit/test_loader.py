"""The loader checks every field, names the key that is wrong, and never stops at a bad file
(on made-up guides; the shipped ones are checked in tests/content)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from made_up_guides import DOMAIN, item, rule, source, steps, write_guide

from checkup.guides.loader import load_paths, parse_guide
from checkup.guides.regions import default_regions
from checkup.support.paths import shipped_content_dir


def _problems(path: Path) -> list[str]:
    loaded = load_paths([path])
    assert loaded.guides == []
    return [str(p) for p in loaded.problems]


def _two_rules(**second) -> list[dict]:
    return [rule(), rule(regions=["EEA", "CH"], status="not-offered", **second)]


BREAKAGES = [
    ({"items": [item(link="http://www.example.org/settings/training")]},
     "items[0].link", "must use https"),
    ({"items": [item(link="https://example.org.evil.example/settings")]},
     "items[0].link", "not on the guide's domains"),
    ({"items": [item(rules=[rule(), rule(regions=["EEA", "CH"], status="maybe")])]},
     "items[0].rules[1].status", "is not one of"),
    ({"items": [item(rules=[rule(), rule(regions=["EEA", "MARS"], status="not-offered")])]},
     "items[0].rules[1].regions[1]", "unknown region group"),
    ({"items": [item(rules=_two_rules(sources=["S99"]))]}, "items[0].rules[1].sources[0]",
     "no source 'S99'"),
    ({"items": [item(verified="last week")]}, "items[0].verified", "must be a date"),
    ({"items": [item(android_assumed="yes")]}, "items[0].android_assumed",
     "must be true or false"),
    ({"items": [item(device_labels={"ipad": ["x"], "ios": ["Settings"]})]},
     "items[0].device_labels.ipad", "unknown key"),
    ({"sources": {"S1": source(kind="rumour")}}, "sources.S1.kind", "is not one of"),
    ({"sources": {"S1": source(url="https://github.com/OpenTermsArchive/pga-versions")}},
     "sources.S1.url", "not a file in a repository"),
    ({"sources": {"S1": source(), "S2": source(url="https://dpo.hku.hk/news/")}},
     "sources.S2.url", "index page"),
    ({"sources": {"S1": source(), "S3": source(url="https://cairn.nz/")}},
     "sources.S3.url", "front page"),
    ({"sources": {"S1": source(read_at="ftp://mirror.example/help.html")}},
     "sources.S1.read_at", "must use https or http"),
    ({"items": [item("same"), item("same")], "main_item": "same"}, "items[1].id", "used twice"),
    ({"main_item": "nothing"}, "main_item", "no item has the id"),
    ({"items": [item(steps={**steps(), "ios": ["In the app, step 1."]})]},
     "items[0].mobile_same", "ios and android steps differ"),
    ({"items": [item(labels_path="no")]}, "items[0].labels_path", "must be true or false"),
    ({"items": [item(), item("second", labels=None, lables=["x"])]}, "items[1].lables",
     "unknown key"),
    ({"schema": 7}, "schema", "must be 1"),
    ({"revision": "one"}, "revision", "whole number"),
    ({"items": [item(does_not=["One.", "Two.", "See https://evil.example/phish now."])]},
     "items[0].does_not[2]", "a link in the text"),
    ({"items": [item(does_not=["One.", "Two.", "Bell \x1b[31m red"])]},
     "items[0].does_not[2]", "control character"),
    # what is not settled must be said as such, with what it rests on
    ({"items": [item(unverified={"link": "NOPE"})]}, "items[0].unverified.link",
     "must name one of the guide's sources"),
    ({"items": [item(unverified={"summary": "S1"})]}, "items[0].unverified.summary",
     "unknown key"),
    ({"items": [item(link=None, help_link=f"https://www.{DOMAIN}/help",
                     unverified={"link": "S1"})]}, "items[0].unverified.link", "has no link"),
    ({"items": [item(default="maybe")]}, "items[0].default", "must be one of"),
    ({"items": [item(default="disputed")]}, "items[0].default_note", "missing"),
    ({"items": [item(rules=[rule(status="no-opt-out")])]}, "items[0].instead", "missing"),
    ({"items": [item(instead_does_not=["It does not undo training."])]},
     "items[0].instead_does_not", "needs instead"),
    ({"items": [item(link=None)]}, "items[0].link", "give link, help_link or both"),
    ({"items": [item(help_link="https://elsewhere.example/help")]}, "items[0].help_link",
     "not on"),
    ({"items": [item(steps=None)]}, "items[0].steps", "missing"),
    ({"items": [item(kind="ask")]}, "items[0].kind", "must be one of"),
]


@pytest.mark.parametrize(("changes", "key", "message"), BREAKAGES)
def test_each_breakage_is_named_by_key(tmp_path: Path, changes: dict, key: str,
                                       message: str) -> None:
    path = write_guide(tmp_path / "guides", **changes)
    lines = _problems(tmp_path / "guides")
    assert any(f"{path}: {key}: " in line and message in line for line in lines), lines


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id = 'x'\n[[items]\n", "not valid TOML"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"", "schema: must be 1"),
        (b"schema = 1\nitems = 3\n", "items: missing"),
    ],
)
def test_a_broken_file_does_not_stop_the_others(tmp_path: Path, content: bytes,
                                                message: str) -> None:
    write_guide(tmp_path)
    (tmp_path / "broken.toml").write_bytes(content)
    loaded = load_paths([tmp_path])
    assert [g.id for g in loaded.guides] == ["example"]
    assert any(message in str(p) and "broken.toml" in str(p) for p in loaded.problems)


def test_same_guide_id_twice_is_reported(tmp_path: Path) -> None:
    write_guide(tmp_path)
    write_guide(tmp_path, "copy.toml")
    loaded = load_paths([tmp_path])
    assert len(loaded.guides) == 1
    assert any("'example' is also" in str(p) for p in loaded.problems)


def test_region_data_files_are_not_taken_for_guides(tmp_path: Path) -> None:
    write_guide(tmp_path)
    for name in ("countries.toml", "regions.toml"):
        (tmp_path / name).write_bytes((shipped_content_dir() / name).read_bytes())
    loaded = load_paths([tmp_path])
    assert [g.id for g in loaded.guides] == ["example"] and loaded.problems == []


def test_problems_are_one_line_each() -> None:
    _, problems = parse_guide({"items": [{"steps": "x", "rules": [5]}]}, "g.toml",
                              default_regions())
    assert problems
    for p in problems:
        assert "\n" not in str(p) and re.match(r"g\.toml: \S+", str(p))


@pytest.mark.parametrize(("bad_id", "kind"), [(["training-switch"], "a list"), ({}, "a table"),
                                              (3, "a number")])
def test_an_item_id_that_is_not_text_is_one_problem(tmp_path: Path, bad_id, kind: str) -> None:
    path = write_guide(tmp_path, items=[item(id=bad_id)])
    loaded = load_paths([path])
    assert [str(p) for p in loaded.problems] == [
        f"{path}: items[0].id: must be non-empty text, not {kind}"]


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        # spelled as the file spells it: true, not Python's True
        ({"schema": True}, "schema: must be 1, not true"),
        ({"schema": "1"}, 'schema: must be 1, not "1"'),
        ({"schema": 1.0}, "schema: must be 1, not 1.0"),
        ({"domains": 5},
         "domains: must be a non-empty list of domain names such as linkedin.com, not 5"),
        ({"domains": ["example.org", ["x"]]},
         "domains[1]: must be a domain name as text, not a list"),
        ({"revision": [[[1]]]}, "revision: must be a whole number from 1 up, not a list"),
        ({"items": [item(facilitator={"minutes": {"a": 1}})]},
         "items[0].facilitator.minutes: must be a whole number of minutes, not a table"),
        ({"id": "example\n"}, "id: 'example\\n': use lower-case letters"),
        ({"a\nb\x1b[2J": 1}, "a\\x0ab\\x1b[2J: unknown key"),
    ],
)
def test_raw_values_of_the_wrong_type_are_named_on_one_line(tmp_path: Path, changes: dict,
                                                            line: str) -> None:
    path = write_guide(tmp_path, **changes)
    lines = _problems(path)
    assert any(x.startswith(f"{path}: {line}") for x in lines), lines
    assert all("\n" not in x and "\x1b" not in x for x in lines)


def _link(url: str) -> dict:
    return {"items": [item(link=url)]}


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        (_link("http://www.example.org/x"),
         "items[0].link: 'http://www.example.org/x' must use https"),
        (_link("https://www.example.org:8080/x"),
         "items[0].link: 'https://www.example.org:8080/x' must not name a port"),
        (_link("https://www.example.org/x y"),
         "items[0].link: 'https://www.example.org/x y' contains a space, a backslash or a "
         "control character"),
        (_link("https://evil.example\\@www.example.org/x"),
         "items[0].link: 'https://evil.example\\\\@www.example.org/x' contains a space, a "
         "backslash or a control character"),
        (_link("https://me@www.example.org/x"),
         "items[0].link: 'https://me@www.example.org/x' must not carry a user name or password"),
        ({"domains": ["org"]},
         "domains[0]: 'org' is not a domain name with at least two labels"),
        ({"domains": ["example.org", "10.0.0.1"]},
         "domains[1]: '10.0.0.1' is not a domain name with at least two labels"),
        ({"items": [item(does_not=["One.", "Two.", "See https://www.example.org/\u202eexe now."])]},
         "items[0].does_not[2]: contains a control character (0x202e)"),
    ],
)
def test_each_link_problem_is_one_line(tmp_path: Path, changes: dict, line: str) -> None:
    path = write_guide(tmp_path, **changes)
    lines = _problems(path)
    assert len(lines) == 1 and lines[0].startswith(f"{path}: {line}"), lines


def test_a_bare_suffix_as_domain_never_lets_another_site_become_a_qr_code(
        made_up_content, run_cli) -> None:
    made_up_content(domains=["com"], items=[item(link="https://evil.com/phish")])
    code, out, err = run_cli("qr", "example")
    assert code == 1 and out == "" and "evil.com" not in err and "could not be loaded" in err
    assert err.startswith("checkup: error: ") and err.count("\n") == 1


ON_DOMAIN_BUT_REFUSED = [
    "https://evil\u3002com.linkedin.com/",  # an ideographic full stop: a dot to browsers
    "https://evil.com%00.linkedin.com/",
    "https://evil.com%2e.linkedin.com/",
    'https://evil.com".linkedin.com/',
    *(f"https://evil.com{c}.linkedin.com/" for c in ";&'<>{|^`!*$(=+~_"),
    "https://www.linkedin.com./x",
    "https://www.linkedin.com/..%2f..%2fsettings",
    "https://www.linkedin.com/a%zz",
    "https://www.linkedin.com/x<y",
    "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fevil.com",
    "https://www.linkedin.com/safety/go?url=evil",
    "https://www.linkedin.com/settings?next=%252F%252Fevil.com",  # escaped twice
    "https://www.linkedin.com/settings?to=https://evil.com",
    "https://www.linkedin.com/settings?x=1&back=//evil.com",
]


@pytest.mark.parametrize("url", ON_DOMAIN_BUT_REFUSED)
def test_a_link_on_the_domain_that_a_browser_could_read_as_elsewhere_is_refused(url) -> None:
    from checkup.guides.loader import link_problem

    assert link_problem(url, ("linkedin.com",)) is not None


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
    "https://linkedin.com/help/linkedin/answer/a1339364?lang=en#top",
    "https://www.linkedin.com/settings?q=a%20b",
])
def test_ordinary_links_on_the_domain_are_kept(url) -> None:
    from checkup.guides.loader import link_problem

    assert link_problem(url, ("linkedin.com",)) is None


@pytest.mark.parametrize("suffix", ["co.uk", "github.io", "com.au", "blogspot.com"])
def test_a_public_suffix_is_not_a_guides_domain(tmp_path: Path, suffix: str) -> None:
    path = write_guide(tmp_path, domains=[suffix])
    lines = [str(p) for p in load_paths([path]).problems]
    assert any(f"domains[0]: '{suffix}' is a public suffix" in x for x in lines), lines


@pytest.mark.parametrize("url", ['https://evil.com/"><script>x', "https://evil.com:8/x",
                                 "https://a b.example/", "https://me@evil.example/",
                                 "https:/evil.example", "https://evil.example/%zz"])
def test_a_source_address_must_be_well_formed_https_too(tmp_path: Path, url: str) -> None:
    path = write_guide(tmp_path, sources={"S1": source(url=url)})
    loaded = load_paths([path])
    assert loaded.guides == []
    assert any(".url: " in str(p) for p in loaded.problems), loaded.problems


APP_UPDATE = "Your app may be out of date: update it."


@pytest.mark.parametrize(("entry", "key", "message"), [
    ({"surfaces": ["watch"], "text": APP_UPDATE}, "items[0].help[1].surfaces[0]",
     "is not one of desktop, ios, android"),
    ({"regions": ["ATLANTIS"], "text": APP_UPDATE}, "items[0].help[1].regions[0]",
     "unknown region group"),
    ({"devices": ["ios"], "text": APP_UPDATE}, "items[0].help[1].devices", "unknown key"),
    ({"surfaces": ["ios"], "txt": APP_UPDATE}, "items[0].help[1].text", "missing"),
])
def test_a_help_entry_that_says_whom_it_concerns_is_checked(tmp_path: Path, entry: dict,
                                                            key: str, message: str) -> None:
    path = write_guide(tmp_path, items=[item(help=["Check the account name.", entry])])
    lines = [str(p) for p in load_paths([path]).problems]
    assert any(f"{path}: {key}: " in line and message in line for line in lines), lines


def test_help_entries_say_whom_they_concern_and_plain_text_concerns_everyone(
        tmp_path: Path) -> None:
    regions = default_regions()
    not_shown = "Example did not show it in the EU until 2025."
    other_account = "You may be signed in to another account."
    path = write_guide(tmp_path, items=[item(help=[
        {"regions": ["EU"], "text": not_shown},
        {"surfaces": ["ios", "android"], "text": APP_UPDATE},
        other_account])])
    loaded = load_paths([path])
    assert loaded.problems == []
    help_item = loaded.guides[0].item("training-switch")
    german_desktop = help_item.help_for(["desktop"], regions.groups_of("DE"))
    us_iphone = help_item.help_for(["ios"], regions.groups_of("US"))
    assert not_shown in german_desktop and APP_UPDATE not in german_desktop
    assert APP_UPDATE in us_iphone and not_shown not in us_iphone
    assert other_account in german_desktop and other_account in us_iphone
    # no region given: every region's reasons can concern the person
    assert not_shown in help_item.help_for(["desktop"], None)
    assert help_item.help_for(None, None) == help_item.help  # every reason, in the guide's order


def test_an_item_with_no_way_to_stop_it_needs_no_steps_and_offers_the_help_page(
        tmp_path: Path) -> None:
    help_page = f"https://www.{DOMAIN}/help/no-opt-out"
    write_guide(tmp_path / "guides", items=[item(
        steps=None, labels=None, link=None, help_link=help_page,
        rules=[rule(status="no-opt-out")], instead=["Delete what you posted."])])
    loaded = load_paths([tmp_path / "guides"])
    assert loaded.problems == []
    only = loaded.guides[0].items[0]
    assert only.instead == ("Delete what you posted.",) and only.open_link == help_page


def test_a_link_that_rests_on_one_source_is_never_the_one_opened(tmp_path: Path) -> None:
    help_page = f"https://www.{DOMAIN}/help/training"
    write_guide(tmp_path / "guides", items=[item(help_link=help_page,
                                                 unverified={"link": "S1"})])
    only = load_paths([tmp_path / "guides"]).guides[0].items[0]
    assert only.open_link == help_page
    assert only.unverified_link == only.link != help_page
