"""The loader checks every field, names the key that is wrong, and never stops at a bad file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from guide_edits import REVISION_LINE

from checkup.guides.loader import load_guides, load_paths, parse_guide
from checkup.guides.regions import default_regions
from checkup.support.paths import shipped_content_dir


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, count))


def test_shipped_guides_load_without_a_problem() -> None:
    loaded = load_guides()
    assert loaded.problems == []
    guide = loaded.guide("linkedin")
    assert guide.main_item == "ai-training"
    assert [i.id for i in guide.ordered_items()][0] == "ai-training"
    assert {"ai-training", "objection-form", "ads-data-sharing", "download-data",
            "delete-data"} <= {i.id for i in guide.items}


def test_every_item_is_complete_and_cited() -> None:
    guide = load_guides().guide("linkedin")
    for item in guide.items:
        assert set(item.steps) == {"desktop", "ios", "android"}
        assert all(item.steps.values()), item.id
        assert item.labels and item.does_not and item.rules and item.sources, item.id
        assert item.link.startswith("https://www.linkedin.com/"), item.id
        for ref in item.sources + tuple(s for r in item.rules for s in r.sources):
            source = guide.sources[ref]
            assert source.url.startswith("https://") and source.date, ref
    # every item that changes something says what it leaves as it was (what was already used or
    # shared); downloading changes nothing and says so, rather than claim more than its source
    for i in guide.items:
        assert any("already" in line or "does not change or delete anything" in line
                   for line in i.does_not), i.id


def test_ai_training_item_carries_the_exact_labels() -> None:
    item = load_guides().guide("linkedin").item("ai-training")
    assert "Data for Generative AI Improvement" in item.labels
    assert "Use my data for training content creation AI models" in item.labels
    assert item.link == "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
    assert item.mobile_same and item.steps["ios"] == item.steps["android"]


BREAKAGES = [
    ('link = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"',
     'link = "http://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"',
     "items[0].link", "must use https"),
    ('link = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"',
     'link = "https://linkedin.com.evil.example/settings"',
     "items[0].link", "not on the guide's domains"),
    ('status = "not-offered"', 'status = "maybe"', "items[0].rules[1].status", "is not one of"),
    ('regions = ["EEA", "CH"]', 'regions = ["EEA", "MARS"]', "items[0].rules[1].regions[1]",
     "unknown region group"),
    ('sources = ["S25"]\n', 'sources = ["S99"]\n', "items[0].rules[1].sources[0]",
     "no source 'S99'"),
    ('"S23", "S15"]\nverified = 2026-12-01', '"S23", "S15"]\nverified = "last week"',
     "items[0].verified", "must be a date"),
    ('android_assumed = true\ndoes_not', 'android_assumed = "yes"\ndoes_not',
     "items[0].android_assumed", "must be true or false"),
    ('[items.device_labels]\nios = ["Settings", "Data privacy"',
     '[items.device_labels]\nipad = ["x"]\nios = ["Settings", "Data privacy"',
     "items[0].device_labels.ipad", "unknown key"),
    ('kind = "platform"', 'kind = "rumour"', "sources.S1.kind", "is not one of"),
    ('url = "https://github.com/OpenTermsArchive/pga-versions/blob/185513a/LinkedIn/Privacy%20Policy.md"',
     'url = "https://github.com/OpenTermsArchive/pga-versions"', "sources.S1.url",
     "not a file in a repository"),
    ('url = "https://dpo.hku.hk/news/linkedin-using-users%E2%80%99-personal-data-for-training-generative-ai-models-from-03-nov-2025"',
     'url = "https://dpo.hku.hk/news/"', "sources.S33.url", "index page"),
    ('url = "https://cairn.nz/blog/linkedins-ai-data-collection-what-you-need-to-know"',
     'url = "https://cairn.nz/"', "sources.S23.url", "front page"),
    ('read_at = "http://pathoyeastract.org/a1397243.html"',
     'read_at = "ftp://pathoyeastract.org/a1397243.html"', "sources.S30.read_at",
     "must use https or http"),
    ('id = "objection-form"', 'id = "ai-training"', "items[1].id", "used twice"),
    ('main_item = "ai-training"', 'main_item = "nothing"', "main_item", "no item has the id"),
    ('"Tap \\"Data privacy\\".",\n', '', "items[0].mobile_same", "ios and android steps differ"),
    ('labels_path = false', 'labels_path = "no"', "items[4].labels_path", "must be true or false"),
    ('labels = ["Data Processing Objection Form"]', 'lables = ["x"]', "items[1].lables",
     "unknown key"),
    ('schema = 1', 'schema = 7', "schema", "must be 1"),
    (REVISION_LINE, 'revision = "one"', "revision", "whole number"),
    ('"It does not stop you using LinkedIn\'s AI features."',
     '"See https://evil.example/phish now."', "items[0].does_not[2]", "a link in the text"),
    ('"It does not stop you using LinkedIn\'s AI features."', '"Bell \\u001b[31m red"',
     "items[0].does_not[2]", "control character"),
]


@pytest.mark.parametrize(("old", "new", "key", "message"), BREAKAGES)
def test_each_breakage_is_named_by_key(guide_dir: Path, old: str, new: str, key: str,
                                       message: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, old, new)
    loaded = load_paths([guide_dir])
    assert loaded.guides == []
    lines = [str(p) for p in loaded.problems]
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
def test_a_broken_file_does_not_stop_the_others(guide_dir: Path, content: bytes,
                                                message: str) -> None:
    (guide_dir / "broken.toml").write_bytes(content)
    loaded = load_paths([guide_dir])
    assert [g.id for g in loaded.guides] == ["linkedin"]
    assert any(message in str(p) and "broken.toml" in str(p) for p in loaded.problems)


def test_same_guide_id_twice_is_reported(guide_dir: Path) -> None:
    (guide_dir / "copy.toml").write_text((guide_dir / "linkedin.toml").read_text())
    loaded = load_paths([guide_dir])
    assert len(loaded.guides) == 1
    assert any("'linkedin' is also" in str(p) for p in loaded.problems)


def test_region_data_files_are_not_taken_for_guides() -> None:
    loaded = load_paths([shipped_content_dir()])
    assert [g.id for g in loaded.guides] == ["linkedin"]


def test_problems_are_one_line_each() -> None:
    _, problems = parse_guide({"items": [{"steps": "x", "rules": [5]}]}, "g.toml",
                              default_regions())
    assert problems
    for p in problems:
        assert "\n" not in str(p) and re.match(r"g\.toml: \S+", str(p))


@pytest.mark.parametrize("bad_id", ['["ai-training"]', "{}", "3"])
def test_an_item_id_that_is_not_text_is_one_problem(guide_dir: Path, bad_id: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, 'id = "ai-training"', f"id = {bad_id}")
    loaded = load_paths([path])
    assert [str(p) for p in loaded.problems] == [
        f"{path}: items[0].id: must be non-empty text, not "
        f"{ {'{}': 'a table', '3': 'a number'}.get(bad_id, 'a list') }"]


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # spelled as the file spells it: true, not Python's True
        ("schema = 1", "schema = true", "schema: must be 1, not true"),
        ("schema = 1", 'schema = "1"', 'schema: must be 1, not "1"'),
        ("schema = 1", "schema = 1.0", "schema: must be 1, not 1.0"),
        ('domains = ["linkedin.com"]', "domains = 5",
         "domains: must be a non-empty list of domain names such as linkedin.com, not 5"),
        ('domains = ["linkedin.com"]', 'domains = ["linkedin.com", ["x"]]',
         "domains[1]: must be a domain name as text, not a list"),
        (REVISION_LINE, "revision = [[[1]]]", "revision: must be a whole number from 1 up, "
         "not a list"),
        ("minutes = 5", "minutes = {a = 1}", "items[0].facilitator.minutes: must be a whole "
         "number of minutes, not a table"),
        ('id = "linkedin"', 'id = "linkedin\\n"', "id: 'linkedin\\n': use lower-case letters"),
        ("schema = 1", 'schema = 1\n"a\\nb\\u001b[2J" = 1', "a\\x0ab\\x1b[2J: unknown key"),
    ],
)
def test_raw_values_of_the_wrong_type_are_named_on_one_line(guide_dir: Path, old: str, new: str,
                                                            line: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, old, new)
    loaded = load_paths([path])
    assert loaded.guides == []
    lines = [str(p) for p in loaded.problems]
    assert any(x.startswith(f"{path}: {line}") for x in lines), lines
    assert all("\n" not in x and "\x1b" not in x for x in lines)


MAIN_LINK = 'link = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"'


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (MAIN_LINK, 'link = "http://www.linkedin.com/x"',
         "items[0].link: 'http://www.linkedin.com/x' must use https"),
        (MAIN_LINK, 'link = "https://www.linkedin.com:8080/x"',
         "items[0].link: 'https://www.linkedin.com:8080/x' must not name a port"),
        (MAIN_LINK, 'link = "https://www.linkedin.com/x y"',
         "items[0].link: 'https://www.linkedin.com/x y' contains a space, a backslash or a "
         "control character"),
        (MAIN_LINK, 'link = "https://evil.example\\\\@www.linkedin.com/x"',
         "items[0].link: 'https://evil.example\\\\@www.linkedin.com/x' contains a space, a "
         "backslash or a control character"),
        (MAIN_LINK, 'link = "https://me@www.linkedin.com/x"',
         "items[0].link: 'https://me@www.linkedin.com/x' must not carry a user name or password"),
        ('domains = ["linkedin.com"]', 'domains = ["com"]',
         "domains[0]: 'com' is not a domain name with at least two labels"),
        ('domains = ["linkedin.com"]', 'domains = ["linkedin.com", "10.0.0.1"]',
         "domains[1]: '10.0.0.1' is not a domain name with at least two labels"),
        ('"It does not stop you using LinkedIn\'s AI features."',
         '"See https://www.linkedin.com/\\u202eexe now."',
         "items[0].does_not[2]: contains a control character (0x202e)"),
    ],
)
def test_each_link_problem_is_one_line(guide_dir: Path, old: str, new: str, line: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, old, new)
    loaded = load_paths([path])
    assert loaded.guides == []
    lines = [str(p) for p in loaded.problems]
    assert len(lines) == 1 and lines[0].startswith(f"{path}: {line}"), lines


def test_a_bare_suffix_as_domain_never_lets_another_site_become_a_qr_code(
        guide_dir: Path, run_cli, monkeypatch) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, 'domains = ["linkedin.com"]', 'domains = ["com"]')
    _edit(path, MAIN_LINK, 'link = "https://evil.com/phish"')
    monkeypatch.setenv("CHECKUP_CONTENT", str(guide_dir))
    code, out, err = run_cli("qr", "linkedin")
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
def test_a_public_suffix_is_not_a_guides_domain(guide_dir: Path, suffix: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, 'domains = ["linkedin.com"]', f'domains = ["{suffix}"]')
    lines = [str(p) for p in load_paths([path]).problems]
    assert any(f"domains[0]: '{suffix}' is a public suffix" in x for x in lines), lines


HKU_ARTICLE = ("https://dpo.hku.hk/news/linkedin-using-users%E2%80%99-personal-data-for-training-"
               "generative-ai-models-from-03-nov-2025")  # one of the guide's sources


@pytest.mark.parametrize("url", ['https://evil.com/"><script>x', "https://evil.com:8/x",
                                 "https://a b.example/", "https://me@evil.example/",
                                 "https:/evil.example", "https://evil.example/%zz"])
def test_a_source_address_must_be_well_formed_https_too(guide_dir: Path, url: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, f"url = {HKU_ARTICLE!r}".replace("'", '"'), f"url = {url!r}".replace("'", '"')
          if "'" not in url and '"' not in url else f"url = '{url}'")
    loaded = load_paths([path])
    assert loaded.guides == []
    assert any(".url: " in str(p) for p in loaded.problems), loaded.problems


APP_UPDATE = '{ surfaces = ["ios", "android"], text = "Your app may be out of date'


@pytest.mark.parametrize(("new", "key", "message"), [
    ('{ surfaces = ["watch"], text = "Your app may be out of date', "items[0].help[2].surfaces[0]",
     "is not one of desktop, ios, android"),
    ('{ regions = ["ATLANTIS"], text = "Your app may be out of date', "items[0].help[2].regions[0]",
     "unknown region group"),
    ('{ devices = ["ios"], text = "Your app may be out of date', "items[0].help[2].devices",
     "unknown key"),
    ('{ surfaces = ["ios"], txt = "Your app may be out of date', "items[0].help[2].text",
     "missing"),
])
def test_a_help_entry_that_says_whom_it_concerns_is_checked(guide_dir: Path, new: str, key: str,
                                                            message: str) -> None:
    path = guide_dir / "linkedin.toml"
    _edit(path, APP_UPDATE, new)
    loaded = load_paths([guide_dir])
    lines = [str(p) for p in loaded.problems]
    assert any(f"{path}: {key}: " in line and message in line for line in lines), lines


def test_help_entries_say_whom_they_concern_and_plain_text_concerns_everyone() -> None:
    regions = default_regions()
    item = load_guides().guide("linkedin").item("ai-training")
    app_update = next(t for t in item.help if t.startswith("Your app may be out of date"))
    not_shown = next(t for t in item.help if "did not show it in the EU" in t)
    other_account = next(t for t in item.help if t.startswith("You may be signed in"))
    german_desktop = item.help_for(["desktop"], regions.groups_of("DE"))
    us_iphone = item.help_for(["ios"], regions.groups_of("US"))
    assert not_shown in german_desktop and app_update not in german_desktop
    assert app_update in us_iphone and not_shown not in us_iphone
    assert other_account in german_desktop and other_account in us_iphone
    # no region given: every region's reasons can concern the person
    assert not_shown in item.help_for(["desktop"], None)
    assert item.help_for(None, None) == item.help  # every reason, in the guide's order
