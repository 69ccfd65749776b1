"""The checklist across guides, and the facts the schema for many services adds, in every format:
every field that rests on one source is printed with its caveat, a link one source gives is
never a QR code or a hyperlink, and an item with no way to stop it says what to do instead and
is never a box to tick. Made-up guides only, exported through `checkup export`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_view import SVG_BLOCK, forge_html, page, seen_text
from made_up_guides import item
from new_facts_guides import (
    AUDIENCE,
    CAVEATS,
    HELP_LINK,
    INSTEAD,
    INSTEAD_DOES_NOT,
    SIGNAL_NOTE,
    UNVERIFIED_LINK,
    doubtful_item,
    new_facts_guide,
)
from qr_pixels import decode, rasterise

FORMATS = ("html", "md", "txt")


def export(run_cli, fmt: str, *args: str) -> str:
    code, out, err = run_cli("export", "--format", fmt, "-o", "-", *args)
    assert code == 0, err
    return out


def part(seen: str, start: str, end: str | None) -> str:
    """The text of one item: from its title to the next one's."""
    after = seen.split(start, 1)[1]
    return after.split(end, 1)[0] if end else after


def qr_texts(html: str) -> list[str]:
    return [text for svg in SVG_BLOCK.findall(html) for text in decode(rasterise(svg))]


def hrefs(fmt: str, out: str) -> list[str | None]:
    if fmt == "html":
        return [a.href for a in page(out).anchors]
    if fmt == "md":
        return [a.href for a in page(forge_html(out)).anchors]
    return []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", [["--blank"], ["--blank", "--region", "US"], ["--region", "US"],
                                  []], ids=["blank", "blank-US", "personal-US", "personal"])
def test_every_unverified_field_is_printed_with_its_caveat(run_cli, made_up_content, fmt: str,
                                                           args: list[str]) -> None:
    made_up_content(**new_facts_guide())
    seen = seen_text(fmt, export(run_cli, fmt, *args))
    doubtful = part(seen, "Turn off the doubtful toggle", "Public posts used for training")
    for caveat in CAVEATS:
        assert caveat in doubtful, caveat
    assert AUDIENCE in doubtful
    # no caveat where nothing rests on one source
    main = part(seen, "Turn off training-switch", "Turn off the doubtful toggle")
    assert "One source reports" not in main and "Default: not stated." in main


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", [["--blank"], ["--region", "US"], ["--region", "US",
                                                                     "--surface", "ios"]])
def test_a_link_one_source_gives_is_never_a_qr_code_or_a_hyperlink(
        run_cli, made_up_content, fmt: str, args: list[str]) -> None:
    made_up_content(**new_facts_guide())
    out = export(run_cli, fmt, *args)
    links = hrefs(fmt, out)
    assert UNVERIFIED_LINK not in links
    assert HELP_LINK in links or fmt == "txt"
    # shown as text after its caveat, so a person can check it against what their app shows
    assert f"{CAVEATS[0]} {UNVERIFIED_LINK}" in seen_text(fmt, out)
    if fmt == "html":
        codes = qr_texts(out)
        assert UNVERIFIED_LINK not in codes and HELP_LINK in codes
        assert f'href="{UNVERIFIED_LINK}"' not in out


def test_an_unverified_link_without_a_help_page_gets_no_code_at_all(run_cli,
                                                                    made_up_content) -> None:
    made_up_content(**new_facts_guide(items=[item(), doubtful_item(help_link=None)]))
    out = export(run_cli, "html", "--blank")
    assert qr_texts(out) == ["https://www.example.org/settings/training-switch"]
    assert UNVERIFIED_LINK not in hrefs("html", out)
    doubtful = part(page(out).text, "Turn off the doubtful toggle", None)
    assert f"{CAVEATS[0]} {UNVERIFIED_LINK}" in doubtful and "Link:" not in doubtful


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_way_to_stop_it_says_what_to_do_instead_and_is_never_a_box_to_tick(
        run_cli, made_up_content, tmp_path: Path, fmt: str) -> None:
    made_up_content(**new_facts_guide())
    run_cli("mark", "example", "no-way", "skipped")  # recorded before: it no longer says anything
    out = export(run_cli, fmt, "--region", "US")
    seen = seen_text(fmt, out)
    no_way = part(seen, "Public posts used for training", "Ask outside firms not to train")
    assert f"What you can do instead: {'- ' if fmt == 'txt' else ''}{INSTEAD}" in no_way
    assert f"What that does not undo: {'- ' if fmt == 'txt' else ''}{INSTEAD_DOES_NOT}" in no_way
    assert "No way to stop it here." in no_way and "Skipped" not in no_way
    if fmt == "txt":
        assert "[~] 3. Public posts used for training" in out
    elif fmt == "md":
        assert "- [~] No way to stop it here." in out
        assert "<input" not in forge_html(out).split("Public posts used")[1].split("<h2")[0]
    else:
        box = out.split('id="example-no-way"')[1].split("</h2>")[0]
        assert '<span class="box" aria-hidden="true">~</span>' in box
    # where it is not done, it does not apply: nothing to do, nothing to do instead
    run_cli("mark", "example", "no-way", "todo")
    seen = seen_text(fmt, export(run_cli, fmt, "--region", "KR"))
    no_way = part(seen, "Public posts used for training", "Ask outside firms not to train")
    assert "What you can do instead" not in no_way and "Not applicable: not done in South Korea" \
        in no_way


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_signal_says_it_only_asks(run_cli, made_up_content, fmt: str) -> None:
    made_up_content(**new_facts_guide())
    seen = seen_text(fmt, export(run_cli, fmt, "--blank"))
    assert SIGNAL_NOTE in part(seen, "Ask outside firms not to train", None)
    assert seen.count(SIGNAL_NOTE) == 1


# --- across guides --------------------------------------------------------------------------


def three_guides(made_up_content) -> None:
    for gid, platform in (("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma")):
        made_up_content(f"{gid}.toml", **new_facts_guide(gid, platform))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_of_two_guides_by_id_and_by_name(run_cli, made_up_content, fmt: str) -> None:
    three_guides(made_up_content)
    made_up_content("gamma.toml", **new_facts_guide("gamma", "Gamma", ["Gee"]))
    seen = seen_text(fmt, export(run_cli, fmt, "--blank", "--guide", "alpha", "--guide", "gee"))
    assert "Alpha: Stop Example training" in seen and "Gamma: Stop Example training" in seen
    assert "Beta:" not in seen
    assert seen.index("Alpha:") < seen.index("Gamma:")


def test_a_personal_checklist_is_of_the_services_the_person_uses(run_cli, made_up_content,
                                                                  tmp_path: Path) -> None:
    three_guides(made_up_content)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "profile.toml").write_text('schema = 2\nservices = ["gamma"]\n')
    run_cli("mark", "alpha", "training-switch", "done")
    seen = seen_text("txt", export(run_cli, "txt"))
    assert "Alpha: " in seen and "Gamma: " in seen and "Beta: " not in seen
    # --guide still chooses
    seen = seen_text("txt", export(run_cli, "txt", "--guide", "beta"))
    assert "Beta: " in seen and "Alpha: " not in seen


def test_a_checklist_of_many_guides_has_a_short_file_name(run_cli, made_up_content,
                                                          tmp_path: Path, monkeypatch) -> None:
    three_guides(made_up_content)
    made_up_content("delta.toml", **new_facts_guide("delta", "Delta"))
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("export", "--blank", "--as-of", "2026-12-01")
    assert code == 0 and out == f"Wrote {tmp_path / 'checkup-4-services-blank-2026-12-01.html'}\n"
    code, out, _ = run_cli("export", "--blank", "--as-of", "2026-12-01", "--guide", "alpha",
                           "--guide", "beta")
    assert out == f"Wrote {tmp_path / 'checkup-alpha-beta-blank-2026-12-01.html'}\n"


def test_the_html_of_three_guides_loads_nothing_and_links_only_to_their_domains(
        run_cli, made_up_content) -> None:
    three_guides(made_up_content)
    out = export(run_cli, "html", "--blank")
    seen = page(out)
    assert [tag for tag, _ in seen.tags if tag in {"script", "img", "link", "iframe", "object"}] \
        == []
    assert all(attrs.get("src") is None for _, attrs in seen.tags)
    assert {a.href for a in seen.anchors} == {
        "https://www.example.org/settings/training-switch", HELP_LINK,
        "https://www.example.org/settings/signal"}
    assert out.count('<article class="guide">') == 3
    # the item with no way to stop it anywhere has no steps to follow on a phone: no code
    assert sorted(qr_texts(out)) == sorted(3 * ["https://www.example.org/settings/training-switch",
                                                HELP_LINK, "https://www.example.org/settings/signal"])


def test_guide_text_in_the_new_keys_is_text_in_every_format(run_cli, made_up_content) -> None:
    hostile = '<script>alert(1)</script> [x](https://www.example.org/phish) **bold** &amp;'
    made_up_content(**new_facts_guide(items=[
        item(kind="switch", audience=hostile, default="disputed", default_note=hostile),
        item("no-way", steps=None, labels=[], instead=[hostile], instead_does_not=[hostile],
             rules=[{"regions": ["*"], "status": "no-opt-out", "reason": "None.",
                     "sources": ["S1"]}])]))
    html = export(run_cli, "html", "--blank")
    assert "<script" not in html
    assert "https://www.example.org/phish" not in {a.href for a in page(html).anchors}
    assert page(html).text.count("<script>alert(1)</script>") == 4
    md = export(run_cli, "md", "--blank")
    rendered = forge_html(md)
    assert "<script" not in rendered and "<strong>bold" not in rendered
    assert not any(a.href and "phish" in a.href for a in page(rendered).anchors)
    txt = export(run_cli, "txt", "--blank")
    assert txt.count("<script>alert(1)</script>") == 4


def test_the_agenda_of_several_guides_loads_and_its_handout_has_each(
        run_cli, made_up_content, tmp_path: Path) -> None:
    three_guides(made_up_content)
    agenda = tmp_path / "agenda.toml"
    agenda.write_text('title = "Three services"\nsurfaces = ["ios"]\n'
                      '[[items]]\nguide = "beta"\nitem = "doubtful"\n'
                      '[[items]]\nguide = "alpha"\nitem = "training-switch"\n'
                      '[[items]]\nguide = "beta"\nitem = "no-way"\n')
    seen = seen_text("txt", export(run_cli, "txt", "--agenda", str(agenda)))
    assert seen.startswith("Workshop handout: Three services")
    assert seen.index("Beta: ") < seen.index("Alpha: ")
    beta = part(seen, "Beta: ", "Alpha: ")
    assert "Turn off the doubtful toggle" in beta and "Public posts used for training" in beta
    assert CAVEATS[4] in beta and f"What you can do instead: - {INSTEAD}" in beta
    assert "Turn off the doubtful toggle" not in part(seen, "Alpha: ", None)


def test_status_and_the_checklist_agree_across_guides(run_cli, made_up_content,
                                                      tmp_path: Path) -> None:
    three_guides(made_up_content)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "profile.toml").write_text('schema = 2\nregion = "US"\n'
                                       'services = ["alpha", "gamma"]\n')
    run_cli("mark", "gamma", "doubtful", "done")
    status = json.loads(run_cli("status", "--json")[1])
    assert [g["id"] for g in status["guides"]] == ["alpha", "gamma"]
    seen = seen_text("txt", export(run_cli, "txt"))
    words = {"done": "Switched off", "todo": "To do.", "no-opt-out": "No way to stop it here."}
    for g in status["guides"]:
        guide_part = seen.split(f"{g['id'].title()}: ", 1)[1]
        for i in g["items"]:
            assert f"{i['title']} {words[i['state']]}" in guide_part, i
