"""Exported checklists: what a personal and a blank one say, in each format, read as a person
sees them (HTML through a parser, Markdown through GitHub's renderer, text as printed)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_view import forge_html, page, seen_text

from checkup.export.checklist import (
    DONE,
    NOT_APPLICABLE,
    SKIPPED,
    ChecklistDocument,
    ChecklistInput,
    ItemState,
    build_document,
)
from checkup.export.to_html import render_html
from checkup.export.to_markdown import render_markdown
from checkup.export.to_text import WIDTH, render_text
from checkup.guides.freshness import day_text
from checkup.guides.loader import load_guides
from checkup.guides.model import Guide
from checkup.guides.regions import default_regions
from checkup.profile.model import LATER
from checkup.words.report import labels_text

ON = dt.date(2026, 11, 25)
FORMATS = ("html", "md", "txt")
RENDER = {"html": render_html, "md": render_markdown, "txt": render_text}


def linkedin() -> Guide:
    guide = load_guides().guide("linkedin")
    assert guide is not None
    return guide


PERSONAL_STATES = {
    "ai-training": ItemState(DONE, changed=dt.date(2026, 11, 20)),
    "objection-form": ItemState(SKIPPED, "I will ask my union rep first", dt.date(2026, 11, 21)),
    "ads-data-sharing": ItemState(NOT_APPLICABLE, "I never see ads, I use the app at work"),
    "download-data": ItemState(DONE, changed=dt.date(2026, 1, 5), recheck=True),
}


def personal(guide: Guide | None = None, states=None, country: str | None = "DE",
             surfaces: tuple[str, ...] = ("desktop", "ios")) -> ChecklistDocument:
    inp = ChecklistInput(guide or linkedin(), country, surfaces, ON,
                         PERSONAL_STATES if states is None else states)
    return build_document([inp], default_regions(), blank=False, on=ON)


def blank(guide: Guide | None = None) -> ChecklistDocument:
    inp = ChecklistInput(guide or linkedin(), None, ("desktop", "ios", "android"), ON)
    return build_document([inp], default_regions(), blank=True, on=ON)


def read(fmt: str, doc: ChecklistDocument) -> tuple[str, str]:
    out = RENDER[fmt](doc)
    return out, seen_text(fmt, out)


# --- A personal checklist ----------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_personal_says_where_what_is_done_and_what_does_not_apply(fmt: str) -> None:
    guide = linkedin()
    _, text = read(fmt, personal(guide))
    assert "Your checklist in Germany (DE), as of 2026-11-25. Devices: Desktop web, iPhone." in text
    assert f"Guide verified 2026-12-01 (revision {guide.revision})." in text
    assert ("Yes, this applies to you: it has applied where you live (Germany) since "
            "3 November 2025.") in " ".join(text.split())
    assert "Switched off on 2026-11-20." in text  # the main item: a switch
    assert "Skipped on 2026-11-21: I will ask my union rep first." in text
    assert "Not applicable: I never see ads, I use the app at work." in text
    assert "Done on 2026-01-05, but the guide has changed since: check it again." in text
    assert "To do." in text  # delete-data: nothing recorded
    for item in guide.items:
        assert item.title in text
        assert labels_text(item.labels, item.labels_path) in text
        assert item.link in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_put_off_for_later_is_printed_to_do_with_its_steps(fmt: str) -> None:
    guide = linkedin()
    later = guide.item("objection-form")
    states = {**PERSONAL_STATES, "objection-form": ItemState(LATER, changed=dt.date(2026, 11, 22))}
    out, text = read(fmt, personal(guide, states))
    assert "Put off for later on 2026-11-22: still to do." in text
    assert all(step in text for step in later.steps["desktop"] + later.steps["ios"])
    # a box to tick on paper, left empty: it is still to do
    if fmt == "txt":
        assert f"[ ] 2. {later.title}" in out.splitlines()
    elif fmt == "md":
        assert "- [ ] Put off for later on 2026-11-22: still to do." in out.splitlines()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reason_with_its_own_full_stop_gets_no_second_one(fmt: str) -> None:
    """The wizard records a rule's reason, a whole sentence, when an item does not apply."""
    guide = linkedin()
    rule_reason = ("LinkedIn says it shares information with Microsoft for ads only outside "
                   "the EU, EEA and Switzerland.")
    states = {"ads-data-sharing": ItemState(NOT_APPLICABLE, rule_reason),
              "objection-form": ItemState(SKIPPED, "Why would I?", dt.date(2026, 11, 21)),
              "download-data": ItemState(SKIPPED, "(later.)", dt.date(2026, 11, 21))}
    _, text = read(fmt, personal(guide, states))
    assert f"Not applicable: {rule_reason} " in text
    assert "Skipped on 2026-11-21: Why would I? " in text
    assert "Skipped on 2026-11-21: (later.) " in text
    assert ".." not in text and "?." not in text and ".)." not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_personal_shows_steps_only_for_what_is_left_and_only_on_chosen_devices(fmt: str) -> None:
    guide = linkedin()
    _, text = read(fmt, personal(guide))
    skipped, recheck = guide.item("objection-form"), guide.item("download-data")
    done, not_applicable = guide.item("ai-training"), guide.item("ads-data-sharing")
    for item in (skipped, recheck):
        assert all(step in text for step in item.steps["desktop"] + item.steps["ios"])
        assert all(line in text for line in item.does_not + item.help)
    shown = {step for item in (skipped, recheck) for steps in item.steps.values() for step in steps}
    for item in (done, not_applicable):  # a line each: done, or does not apply, and why
        own = [step for step in item.steps["desktop"] if step not in shown]
        assert own and not any(step in text for step in own)
    assert "iPhone and Android" not in text
    assert "Android" not in text.replace("LinkedIn", "").replace("TecnoAndroid", "")
    assert "Desktop web" in text and "iPhone" in text
    assert "Where this applies" not in text  # the country's answer, not every region's


@pytest.mark.parametrize("fmt", FORMATS)
def test_personal_without_a_region_shows_where_each_item_applies(fmt: str) -> None:
    _, text = read(fmt, personal(country=None, states={}))
    assert "no region chosen: see where each item applies" in text
    assert "Where this applies" in text and "European Economic Area" in text
    assert "Germany" not in text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("make", [blank, personal], ids=["blank", "personal"])
def test_the_intro_speaks_of_what_the_format_holds(fmt: str, make) -> None:
    """Only the HTML has QR codes: Markdown and plain text must not send people looking for one."""
    out, text = read(fmt, make())
    intro = text[:text.index("1. Turn off")]
    assert "Nothing here asks for a password" in intro
    if fmt == "html":
        assert "scan its QR code with your phone's camera" in intro and "<svg" in out
    else:
        assert "QR" not in intro and "camera" not in intro and "<svg" not in out
        assert "check that your browser shows the same" in intro
    if fmt == "txt":
        assert "web address of the setting on a line of its own" in intro


def test_ticks_are_boxes_in_every_format() -> None:
    doc = personal()
    md = render_markdown(doc)
    # not applicable is a slash, never an empty box that reads as still to do
    assert re.findall(r"^- \[(x| |/)\] ", md, re.M) == ["x", " ", "/", " ", " "]
    assert md.count("- [x] Switched off on 2026-11-20.") == 1
    forge = forge_html(md)  # a forge draws task-list boxes, one ticked
    assert forge.count('type="checkbox"') == 4 and forge.count('checked=""') == 1
    txt = render_text(doc)
    assert re.findall(r"^\[(x| |/)\] \d\. ", txt, re.M) == ["x", " ", "/", " ", " "]
    boxes = re.findall(r'<span class="box" aria-hidden="true">(.*?)</span>', render_html(doc))
    assert boxes == ["&#x2713;", "", "/", "", ""]


# --- A blank handout ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_blank_has_every_device_every_item_and_the_region_table(fmt: str) -> None:
    guide = linkedin()
    out, text = read(fmt, blank(guide))
    assert "A checklist for anyone, for every region, as of 2026-11-25." in text
    assert "Devices: Desktop web, iPhone, Android." in text
    for word in ("Done", "To do.", "Skipped", "Not applicable", "Germany"):
        assert word not in text
    for item in guide.items:
        assert item.title in text and item.link in text and item.summary in text
        for surface, steps in item.steps.items():
            if surface != "android" or not item.mobile_same:
                assert all(step in text for step in steps)
        shown = item.does_not + item.help
        if fmt == "txt":  # an address ending a line of text stands alone, without the full stop
            shown = tuple(re.sub(r"(https://\S+)\.$", r"\1", line) for line in shown)
        # whitespace as a reader sees it: a no-break space inside French quotes is a space
        assert all(" ".join(line.split()) in text for line in shown)
        assert f"Steps checked against their sources on {day_text(item.verified)}." in text
    # where no source describes the Android app, the handout says its steps are assumed
    assumed = [i for i in guide.items if i.android_assumed]
    assert assumed and len(assumed) < len(guide.items)
    assert text.count("iPhone and Android (the sources give one path for both apps)") == len(
        guide.items) - len(assumed)
    assert text.count("iPhone and Android (no source describes the Android app: its steps are "
                      "assumed to be the iPhone's)") == len(assumed)
    assert "the same steps" not in text
    assert text.count("Where this applies") == len(guide.items)
    for region in ("European Economic Area", "Switzerland", "United Kingdom", "Hong Kong",
                   "Canada", "Everywhere else"):
        assert region in text
    assert "2025-11-03" in text and "2024-09-18" in text
    cited = set(re.findall(r"\b(?:S\d+[ab]?|L\d+|EURLEX)\b", text)) & set(guide.sources)
    assert cited >= {s for item in guide.items for s in item.sources}
    for sid in cited:  # every source cited, its address in full
        assert guide.sources[sid].url in text and guide.sources[sid].title in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_blank_with_a_region_adds_its_answer_and_keeps_the_table(fmt: str) -> None:
    inp = ChecklistInput(linkedin(), "GB", ("desktop",), dt.date(2024, 10, 1))
    doc = build_document([inp], default_regions(), blank=True, on=dt.date(2024, 10, 1))
    _, text = read(fmt, doc)
    assert ("United Kingdom: paused after a regulator stepped in, since 20 September 2024"
            in " ".join(text.split()))
    assert "Where this applies" in text and "Everywhere else" in text


def test_blank_markdown_region_table_is_a_table_on_a_forge() -> None:
    forge = page(forge_html(render_markdown(blank())))
    headers = [t for t, _ in forge.tags if t == "th"]
    assert len(headers) == 5 * len(linkedin().items)
    assert "United Kingdom this applies (offered there: do it) 3 November 2025" in forge.text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("make", [blank, lambda: personal(country=None, states={})],
                         ids=["blank", "personal-no-region"])
def test_region_table_speaks_to_anyone_not_to_the_reader(fmt: str, make) -> None:
    """A row for Canada or "Everywhere else" is read by people who may live anywhere: it says
    what the status means there, never "this is for you"."""
    _, text = read(fmt, make())
    assert "this is for you" not in text
    table = " ".join(text.split())
    for region in ("Hong Kong", "Canada", "United Kingdom", "Everywhere else"):
        assert re.search(re.escape(region) + r":? \|? ?this applies(,| \|? ?\(offered there: "
                                             r"do it\))", table), region
    # the ads item, where the sources say nothing for the EU, speaks to anyone too, in words
    assert "not-stated" not in table and "not-offered" not in table
    assert ("the sources don't say (the sources don't say for there: do it if the setting shows)"
            in table.replace(" | ", " ") or "the sources don't say whether this applies: do it "
            "if you see the setting" in table)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_readers_own_region_keeps_its_personal_wording(fmt: str) -> None:
    _, text = read(fmt, personal())
    assert ("Yes, this applies to you: it has applied where you live (Germany) since "
            "3 November 2025.") in " ".join(text.split())
    assert "offered there: do it" not in text


def test_markdown_reads_as_plain_words_in_the_file_too() -> None:
    """Markdown is read raw as often as rendered: an ampersand is an ampersand, not "&amp;"."""
    md = render_markdown(personal())
    look_for = next(line for line in md.splitlines() if line.startswith("Look for:"))
    assert look_for.startswith('Look for: "Settings & Privacy" > "Data privacy"')
    assert "&amp;" not in md and "&lt;" not in md and "&gt;" not in md
    assert '"Settings & Privacy"' in seen_text("md", md)


def _text_lines_fit_80_columns(txt: str) -> None:
    """No line wider than 80 columns but one that is a single address, alone, at the margin."""
    too_wide = [line for line in txt.splitlines() if len(line) > 80]
    assert all(re.fullmatch(r"https?://\S+", line) for line in too_wide), too_wide


def _every_address_alone_on_a_line(txt: str, urls: list[str]) -> None:
    stripped = {line.strip() for line in txt.splitlines()}
    for url in urls:
        assert url in stripped, url


def test_text_fits_80_columns_and_never_breaks_a_url() -> None:
    guide = linkedin()
    urls = [item.link for item in guide.items] + [s.url for s in guide.sources.values()]
    assert any(len(url) > 80 for url in urls)  # the case that matters is in the guide
    for doc in (blank(guide), personal(guide), personal(guide, states={}, country=None)):
        txt = render_text(doc)
        _text_lines_fit_80_columns(txt)
        _every_address_alone_on_a_line(txt, [url for url in urls if url in txt])
        for line in txt.splitlines():  # within 78, so a terminal never wraps on its own
            assert len(line) <= WIDTH or re.fullmatch(r"https?://\S+", line), line
    assert WIDTH <= 80


def test_text_puts_an_address_in_a_sentence_on_a_line_of_its_own() -> None:
    """A help line or a step may name an address: it stands alone, whole, so it can be copied,
    and the sentence around it reads on."""
    guide = linkedin()
    long_url = "https://www.linkedin.com/help/linkedin/answer/" + "a" * 60
    item = guide.items[0]._replace(help=(
        f"To close the account instead, open {long_url}.",
        "Or see https://www.linkedin.com/help, then (https://www.linkedin.com/legal/x) and "
        "write it down.",
    ), steps={"desktop": (f"Open {long_url}, then sign in.",)})
    doc = blank(guide._replace(items=(item,)))
    txt = render_text(doc)
    _text_lines_fit_80_columns(txt)
    lines = txt.splitlines()
    assert lines.count(long_url) == 2  # whole, alone, at the margin: wider than 80 by itself
    help_at = lines.index("      - To close the account instead, open")
    assert lines[help_at + 1] == long_url and lines[help_at + 2].strip() != "."
    assert "        https://www.linkedin.com/help" in lines
    assert "        https://www.linkedin.com/legal/x" in lines
    assert "        , then (" in lines and "        ) and write it down." in lines
    step_at = lines.index("      1. Open")
    assert lines[step_at + 1] == long_url and lines[step_at + 2] == "         , then sign in."


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_that_are_not_a_menu_path_are_listed_not_chained(fmt: str) -> None:
    _, text = read(fmt, personal())
    assert '"Data Deletion request form", "Close account"' in text.replace("&quot;", '"')
    assert '"Data Deletion request form" > "Close account"' not in text
