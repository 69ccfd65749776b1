"""The commands across many guides, and the facts the schema for many services adds, told
truthfully: `list`, `show` (by a name too), `qr`, `status`, `mark`; all on made-up guides."""

from __future__ import annotations

import json
import os

import pytest
from made_up_guides import item
from new_facts_guides import (
    AUDIENCE,
    CAVEATS,
    HELP_LINK,
    INSTEAD,
    INSTEAD_DOES_NOT,
    ONE_SOURCE_TITLE,
    SIGNAL_NOTE,
    UNVERIFIED_LINK,
    doubtful_item,
    new_facts_guide,
)
from pseudo_terminal import in_terminal
from qr_pixels import DARK_TERMINAL, cells_image, decode, parse_ansi

# (id, platform, other names): a dozen, as the shipped guides will be
SERVICES = (("linkedin", "LinkedIn", ()), ("chatgpt", "ChatGPT", ("OpenAI",)),
            ("meta", "Meta", ("Facebook", "Instagram", "Meta AI")), ("gemini", "Gemini", ()),
            ("x", "X", ("Twitter",)), ("copilot", "Copilot", ("Microsoft Copilot",)),
            ("claude", "Claude", ()), ("grammarly", "Grammarly", ()),
            ("perplexity", "Perplexity", ()), ("reddit", "Reddit", ()),
            ("medium", "Medium", ()), ("substack", "Substack", ()))



def flat(text: str) -> str:
    return " ".join(text.split())


def write_dozen(made_up_content) -> None:
    for gid, platform, names in SERVICES:
        made_up_content(f"{gid}.toml", **new_facts_guide(gid, platform, list(names) or None))


def test_list_gives_one_line_per_guide_with_the_names_it_is_known_by(run_cli,
                                                                      made_up_content) -> None:
    write_dozen(made_up_content)
    code, out, err = run_cli("list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    # LinkedIn first, then by id: the order the wizard offers them in
    assert [line.split("\t")[0] for line in lines] == ["linkedin", *sorted(
        s[0] for s in SERVICES if s[0] != "linkedin")]
    meta = next(line for line in lines if line.startswith("meta\t"))
    assert meta.split("\t")[1] == "Meta" and meta.endswith("also: Facebook, Instagram, Meta AI")


def test_list_on_a_screen_lines_the_columns_up(made_up_content) -> None:
    write_dozen(made_up_content)
    screen = in_terminal(["list"], env={"CHECKUP_CONTENT": os.environ["CHECKUP_CONTENT"]},
                         columns=160)
    rows = [line for line in screen.splitlines() if "verified 2026-12-01" in line]
    assert len(rows) == len(SERVICES)
    # every title starts in the same column, after the widest id and platform
    assert len({row.index("Stop ") for row in rows}) == 1


@pytest.mark.parametrize("typed", ["instagram", "Meta AI", "FACEBOOK", " meta "])
def test_a_guide_is_found_by_any_of_its_names(run_cli, made_up_content, typed: str) -> None:
    write_dozen(made_up_content)
    code, out, _ = run_cli("show", typed, "--region", "US")
    assert code == 0 and out.startswith("Meta: ")
    code, out, _ = run_cli("qr", typed)
    assert code == 0 and out.splitlines()[-2] == "https://www.example.org/settings/training-switch"


def test_a_name_two_guides_share_says_so_and_asks_for_an_id(run_cli, made_up_content) -> None:
    made_up_content("one.toml", **new_facts_guide("one", "One", ["Shared"]))
    made_up_content("two.toml", **new_facts_guide("two", "Two", ["Shared"]))
    code, out, err = run_cli("show", "shared")
    assert code == 2 and out == ""
    assert err == ("checkup: error: 'shared' is a name of several guides (one, two): give one "
                   "of their ids\n")


def test_show_says_every_unverified_field_with_its_caveat(run_cli, made_up_content) -> None:
    made_up_content(**new_facts_guide())
    for region in (["--region", "US"], []):
        code, out, _ = run_cli("show", "example", *region)
        assert code == 0
        doubtful = flat(out.split("[doubtful]")[1].split("[no-way]")[0])
        for caveat in CAVEATS:
            assert caveat in doubtful
        # the one-source link is text after its caveat, never given as the item's link
        assert f"{CAVEATS[0]} {UNVERIFIED_LINK}" in doubtful
        assert f"Link: {UNVERIFIED_LINK}" not in doubtful
        assert f"Example's help page for this: {HELP_LINK}" in doubtful
        assert AUDIENCE in doubtful


def test_show_puts_the_audience_with_the_region_answer(run_cli, made_up_content) -> None:
    made_up_content(**new_facts_guide())
    _, out, _ = run_cli("show", "example", "--region", "US")
    doubtful = out.split("[doubtful]")[1].splitlines()
    assert doubtful[1].strip().startswith("Yes, this applies to you")
    assert doubtful[2].strip() == AUDIENCE


def test_show_gives_a_switch_its_default_and_a_signal_its_note(run_cli, made_up_content) -> None:
    made_up_content(**new_facts_guide())
    _, out, _ = run_cli("show", "example", "--region", "US")
    main = flat(out.split("[training-switch]")[1].split("[doubtful]")[0])
    signal = flat(out.split("[signal]")[1])
    assert "Default: not stated." in main and SIGNAL_NOTE not in main
    # a signal starts one way or the other too: it says so, "not stated" where no source does
    assert SIGNAL_NOTE in signal and "Default: not stated." in signal


def test_show_where_there_is_no_way_to_stop_it_says_what_to_do_instead(run_cli,
                                                                         made_up_content) -> None:
    made_up_content(**new_facts_guide())
    _, out, _ = run_cli("show", "example", "--region", "US")
    no_way = flat(out.split("[no-way]")[1].split("[signal]")[0])
    assert "There is no way to stop it: Example does this where you live (United States)" in no_way
    assert f"What you can do instead: - {INSTEAD} What that does not undo: - {INSTEAD_DOES_NOT}" \
        in no_way
    # where it is not done there is nothing to do, and nothing to do instead
    _, out, _ = run_cli("show", "example", "--region", "KR")
    no_way = flat(out.split("[no-way]")[1].split("[signal]")[0])
    assert "No: Example does not do this where you live (South Korea), so there is nothing to " \
           "do." in no_way
    assert "What you can do instead" not in no_way


def test_show_json_carries_the_new_facts(run_cli, made_up_content) -> None:
    made_up_content(**new_facts_guide())
    code, out, _ = run_cli("show", "example", "--region", "US", "--json")
    items = {i["id"]: i for i in json.loads(out)["items"]}
    doubtful = items["doubtful"]
    assert doubtful["open_link"] == HELP_LINK and doubtful["audience"] == AUDIENCE
    assert {f: v["caveat"] for f, v in doubtful["unverified"].items()} == {
        "link": CAVEATS[0], "labels": CAVEATS[1], "default": CAVEATS[2], "desktop": CAVEATS[3],
        "ios": CAVEATS[4], "android": CAVEATS[5]}
    assert items["no-way"]["status"] == "no-opt-out"
    assert items["no-way"]["instead"] == [INSTEAD]
    assert items["signal"]["signal_note"] == SIGNAL_NOTE


def _qr_text(out: str) -> list[str]:
    return decode(cells_image(parse_ansi(out), DARK_TERMINAL))


def test_qr_of_an_item_whose_link_rests_on_one_source_is_its_help_page(run_cli,
                                                                        made_up_content) -> None:
    made_up_content(**new_facts_guide())
    code, out, err = run_cli("qr", "example", "doubtful")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Example's help page for this:"
    assert lines[-2] == HELP_LINK and UNVERIFIED_LINK not in out
    assert _qr_text("\n".join(lines[1:])) == [HELP_LINK]


def test_qr_of_an_item_with_only_a_one_source_link_is_refused_in_one_line(
        run_cli, made_up_content) -> None:
    made_up_content(**new_facts_guide(items=[item(), doubtful_item(help_link=None)]))
    code, out, err = run_cli("qr", "example", "doubtful")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "checkup: error: no QR code for example doubtful: its only link rests on one source "
        f"({ONE_SOURCE_TITLE}); 'checkup show example' gives it as text, with what to check"]


# --- status and mark across guides ------------------------------------------------------------


def _profile(tmp_path, text: str) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700, exist_ok=True)
    (home / "profile.toml").write_text(text, encoding="utf-8")


def test_status_shows_the_guides_the_person_uses_grouped_by_service(
        run_cli, made_up_content, tmp_path) -> None:
    write_dozen(made_up_content)
    run_cli("mark", "linkedin", "training-switch", "done")
    run_cli("mark", "instagram", "doubtful", "later")  # by a name: recorded under meta
    code, out, _ = run_cli("status")
    assert code == 0
    heads = [line for line in out.splitlines() if line.startswith(("LinkedIn:", "Meta:", "X:"))]
    assert heads == ["LinkedIn: 1 done, 2 to do, 0 not applicable, 0 skipped. 1 with no way to "
                     "stop it where you live.",
                     "Meta: 0 done, 3 to do, 0 not applicable, 0 skipped. 1 with no way to stop "
                     "it where you live."]
    assert "Reddit:" not in out  # nothing recorded there, and not chosen
    data = json.loads(run_cli("status", "--json")[1])
    assert [g["id"] for g in data["guides"]] == ["linkedin", "meta"]


def test_status_of_three_chosen_guides(run_cli, made_up_content, tmp_path) -> None:
    write_dozen(made_up_content)
    _profile(tmp_path, 'schema = 2\nregion = "US"\nservices = ["reddit", "x", "chatgpt"]\n')
    run_cli("mark", "x", "training-switch", "done")
    code, out, err = run_cli("status")
    assert code == 0, err
    heads = [line.split(":")[0] for line in out.splitlines() if " done, " in line]
    assert heads == ["ChatGPT", "Reddit", "X"]  # the guides' order, each once
    x_part = out.split("\nX: ")[1]
    assert "done: Turn off training-switch [training-switch]" in x_part
    assert ("no way to stop it here: Public posts used for training [no-way]: in United States "
            "(US) there is no setting or form to stop it today") in x_part
    assert f"    What you can do instead:\n      - {INSTEAD}\n" in x_part
    assert f"    What that does not undo:\n      - {INSTEAD_DOES_NOT}\n" in x_part


def test_no_way_to_stop_it_is_never_to_do_nor_done(run_cli, made_up_content, tmp_path) -> None:
    made_up_content(**new_facts_guide())
    _profile(tmp_path, 'schema = 2\nregion = "US"\n')
    for item_id in ("training-switch", "doubtful", "signal"):
        run_cli("mark", "example", item_id, "done")
    code, out, _ = run_cli("status", "--exit-code")
    assert code == 0  # only the item with no way to stop it is left: nothing to do
    assert "Example: 3 done, 0 to do, 0 not applicable, 0 skipped. 1 with no way to stop it " \
           "where you live." in out
    data = json.loads(run_cli("status", "--json")[1])
    counts = data["guides"][0]["counts"]
    assert (counts["done"], counts["todo"], counts["no_opt_out"]) == (3, 0, 1)
    no_way = next(i for i in data["guides"][0]["items"] if i["id"] == "no-way")
    assert no_way["state"] == "no-opt-out" and no_way["instead"] == [INSTEAD]


def test_not_used_where_one_lives_is_not_applicable_with_nothing_to_do(
        run_cli, made_up_content, tmp_path) -> None:
    made_up_content(**new_facts_guide())
    _profile(tmp_path, 'schema = 2\nregion = "KR"\n')
    for item_id in ("training-switch", "doubtful", "signal"):
        run_cli("mark", "example", item_id, "done")
    code, out, _ = run_cli("status", "--exit-code")
    assert code == 0
    assert ("not applicable: Public posts used for training [no-way]: not done in South Korea "
            "(KR) today") in out
    assert "What you can do instead" not in out


def test_mark_will_not_record_done_where_there_is_no_way_to_stop_it(
        run_cli, made_up_content, tmp_path) -> None:
    made_up_content(**new_facts_guide())
    _profile(tmp_path, 'schema = 2\nregion = "US"\n')
    code, out, err = run_cli("mark", "example", "no-way", "done")
    assert code == 2 and out == ""
    assert "there is no way to stop it where you live, so it cannot be done or put off" in err
    assert "[guides" not in (tmp_path / "home" / "profile.toml").read_text()
    code, _, _ = run_cli("mark", "example", "no-way", "skipped")
    assert code == 0
