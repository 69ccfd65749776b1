"""Plain mode: the checkup as a line-by-line conversation, driven as a person, a screen reader
user or a script would, with the profile it leaves behind checked as `checkup status` reads it."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pseudo_terminal import in_terminal
from qr_pixels import cells_image, decode, parse_ansi
from wizard_helpers import DAY, linkedin_only, make_app, state_of

from checkup.cli.main import build_parser
from checkup.cli.wizard import build_session, why_plain
from checkup.plain.conversation import Conversation
from checkup.plain.mode import PlainCheckup
from checkup.qr.lines import terminal_qr
from checkup.session.session import Session

MAIN_URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
ESCAPES = re.compile(r"\x1b|\x9b")
BOX_DRAWING = re.compile(r"[\u2500-\u259f]")  # box drawing and block elements
AI_TRAINING_DESKTOP_STEPS = 6
YES, GO_ON, STOP_HERE = "1\n", "1\n", "2\n"  # at the end of an item, then at the checkpoint
# Germany on a computer, every item confirmed done: Enter through each item's steps, then 1
# ("Yes, ...") at its question; Enter leaves out closing the account, the step that cannot be
# undone.
RELATED_DONE_DE_DESKTOP = ("\n" * 3 + YES  # the objection form, sent
                           + "\n" * 4 + YES  # a copy of the data, asked for
                           + "\n" * 2 + "\n" + YES)  # deleting data, closing the account left out
ALL_DONE_DE_DESKTOP = "\n" * AI_TRAINING_DESKTOP_STEPS + YES + GO_ON + RELATED_DONE_DE_DESKTOP


# -- in this process, for speed --------------------------------------------------------------
def converse(answers: str, *argv: str, today: dt.date = DAY,
             suggested: str | None = None) -> tuple[int, str, Session]:
    """Run plain mode with `answers` as its input; (exit status, transcript, session)."""
    session = build_session(build_parser().parse_args(linkedin_only(["--plain", *argv])),
                            today=today)
    out = io.StringIO()
    talk = Conversation(io.StringIO(answers), out, width=79, echo=True)
    def make_qr(link: str, domains: tuple[str, ...]):  # noqa: ANN202
        return terminal_qr(link, domains, stream=out)

    code = PlainCheckup(session, talk, make_qr, suggested).run()
    return code, out.getvalue(), session


def state(session: Session, item_id: str) -> str:
    return session.state(next(t for t in session.plan.tasks if t.item.id == item_id))


def test_a_whole_checkup_from_the_first_question_to_the_summary() -> None:
    answers = "germany\n1\n" + ALL_DONE_DE_DESKTOP + "\n"  # Enter at the summary finishes
    code, out, session = converse(answers, "--profile", "anna")
    assert code == 0
    assert "Where do you live?" in out and "Germany (DE)." in out
    assert "What applies to you: Germany (DE), as of 23 November 2026." in out
    assert ("Yes, this applies to you: it has applied where you live (Germany) since 3 November "
            "2025.") in " ".join(out.split())
    assert "Item 1 of 4: Turn off" in out and "0 of 4 items done so far." in out
    assert "Step 1 of 6, Desktop web:" in out
    assert "3 of 4 items done so far." in out  # at the last item
    assert "All done. Well done!" in out
    assert "[x] Turn off \"Data for Generative AI Improvement\": switched off" in out
    assert "[x] Object to other AI uses with the Data Processing Objection Form: sent" in out
    assert "[/] Stop sharing your data with Microsoft for ads: not applicable" in out
    assert "It does not undo training that has already taken place." in out
    assert out.rstrip().endswith("profile-anna.toml.")
    assert not ESCAPES.search(out) and not BOX_DRAWING.search(out)
    assert (session.country, session.surfaces) == ("DE", ("desktop",))
    assert state(session, "ai-training") == "done"
    # LinkedIn's help says it shares data with Microsoft for ads outside the EU, EEA and
    # Switzerland: not offered in Germany, so never walked through
    assert state(session, "ads-data-sharing") == "not-applicable"
    assert "Steps checked against their sources on 1 December 2026." in out


def test_not_offered_on_the_day_is_said_with_why_and_never_walked_through() -> None:
    code, out, session = converse("de\n1\n" + RELATED_DONE_DE_DESKTOP + "\n", "--as-of",
                                  "2024-10-01", today=dt.date(2024, 10, 1))
    assert code == 0
    ai = out.index('1. Turn off "Data for Generative AI Improvement"')
    said = " ".join(out[ai:out.index("2. ", ai)].split())
    assert ("No: since 18 September 2024, LinkedIn does not offer this where you live (Germany), "
            "so there is nothing to do.") in said
    assert "not training generative AI on member data from the EU, EEA and Switzerland" in said
    assert "Data Processing Objection Form" in out
    # the steps start past it; the ads sharing is not offered in the EU either
    assert "Item 1 of 3: Object to other AI uses" in out
    assert "Switch \"Use my data for training content creation AI models\" to Off." not in out
    assert state(session, "ai-training") == "not-applicable"
    # what a rule said on that day is not the person's answer: nothing is recorded for it
    assert session.recorder.profile.item("linkedin", "ai-training") is None
    summary = out[out.index("All done."):]
    assert '[/] Turn off "Data for Generative AI Improvement": not applicable' in summary


@pytest.mark.parametrize(("surface", "answer", "first_step"), [
    ("desktop", "1", "Open linkedin.com in your web browser and sign in."),
    ("ios", "2", "Open the LinkedIn app and tap your profile photo at the top left."),
    ("android", "3", "Open the LinkedIn app and tap your profile photo at the top left."),
])
def test_each_device_gets_its_own_steps(surface: str, answer: str, first_step: str) -> None:
    steps = len(build_session(build_parser().parse_args(["--plain", "--guest"]), today=DAY)
                .guides[0].item("ai-training").steps[surface])
    code, out, session = converse(f"us\n{answer}\n" + "\n" * steps + YES + STOP_HERE)
    assert code == 0
    assert session.surfaces == (surface,)
    name = {"desktop": "Desktop web", "ios": "iPhone", "android": "Android"}[surface]
    head = f"Step 1 of {steps}, {name}"
    assert head in out and first_step in out
    assert ("On your phone? Press c for a QR code" in out) == (surface != "desktop")
    assert state(session, "ai-training") == "done"


def test_region_answers_by_name_part_code_alias_list_and_not_saying() -> None:
    _, out, session = converse("united\n2\nq\n", "--guest")
    assert "4 countries match 'united':" in out and "United Kingdom (GB)." in out
    assert session.country == "GB"
    _, _, session = converse("uk\nq\n", "--guest")
    assert session.country == "GB"
    _, out, session = converse("0\n1\nm\nq\n", "--guest")
    assert session.country is None and session.country_chosen
    assert "every region (you preferred not to say)" in out
    # each region's answer, in words
    assert "   - Everywhere else: this applies, since 3 November 2025." in out
    # the sources when asked for (m at a step), after the answers
    more = out.index("Over time: ")
    assert "   https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/" in out[more:]
    assert "https://ico.org.uk" not in out[:more]
    _, out, _ = converse("zzz\nq\n", "--guest")
    assert "No country matches 'zzz'. Try another name for it" in out
    for typed, code in (("england", "GB"), ("cote d ivoire", "CI"), ("turkey", "TR"),
                        ("Deutschland", "DE"), ("Österreich", "AT")):
        _, _, session = converse(f"{typed}\nq\n", "--guest")  # the names people use
        assert session.country == code, typed
    for typed, first in (("usa", "United States (US)"), ("holland", "Netherlands (NL)")):
        # "USA:s yttre öar" (Swedish), "Karibescht Holland" (Luxembourgish): asked, not guessed
        _, out, session = converse(f"{typed}\n1\nq\n", "--guest")
        assert f"1. {first}" in out and session.country == first[-3:-1], typed
    _, out, session = converse("america\n\n1\nq\n", "--guest")  # never a silent guess
    assert "1. United States (US)" in out and "2. American Samoa (AS)" in out
    assert "Type one of the numbers 1 to 4: none is picked for you." in out
    assert session.country == "US"
    _, out, _ = converse("congo\nq\n", "--guest")
    assert "2 countries match 'congo':" in out


def test_a_name_in_the_countrys_own_language_records_it() -> None:
    _, out, session = converse("Schweiz\nq\n", "--guest")
    assert "Switzerland (CH)." in out
    assert session.country == "CH"


def test_an_ambiguous_country_is_asked_about_and_enter_alone_picks_none() -> None:
    _, out, session = converse("Guinea\n\n\nq\n", "--guest")
    assert "4 countries match 'Guinea':" in out
    assert "1. Guinea (GN)" in out and "3. Guinea-Bissau (GW)" in out
    # no [default] in the prompt, and each Enter alone asks again, never picking Guinea
    assert "Which one: type a number from 1 to 4, b to go back, ? for help: \n" in out
    assert out.count("Type one of the numbers 1 to 4: none is picked for you.") == 2
    assert session.country is None and not session.country_chosen
    _, out, session = converse("Guinea\n\n3\nq\n", "--guest")
    assert "Guinea-Bissau (GW)." in out and session.country == "GW"


def test_enter_takes_the_default_in_brackets_the_locale_country_first() -> None:
    _, out, session = converse("\n\nq\n", "--guest", suggested="FR")
    assert "Enter alone: France (FR), from your system settings." in out
    assert "b to go back [FR]: " in out
    assert session.country == "FR"
    assert "[1]: " in out and session.surfaces == ("desktop",)
    _, out, session = converse("\nq\n", "--guest")
    assert "Enter alone: Prefer not to say" in out and session.country is None


def test_question_mark_explains_and_asks_again() -> None:
    _, out, session = converse("?\nde\n?\n2\n?\nq\n", "--guest")
    assert "Type the name of the country you live in" in out
    assert "Pick every device you use the platform on" in out
    assert "At a step: press Enter (or n) for the next step; moving on records nothing" in (
        " ".join(out.split()))
    assert session.country == "DE" and session.surfaces == ("ios",)


def test_back_goes_to_the_question_before_and_says_so_at_the_first() -> None:
    _, out, session = converse("b\nde\nb\nfr\n1\nq\n", "--guest")
    assert "This is the first question." in out
    assert session.country == "FR"  # the devices question went back to the region
    _, out, _ = converse("b\nq\n", "--guest", "--region", "DE", "--surface", "desktop")
    assert "This is the first step." in out
    _, out, _ = converse("de\n1\nb\n1\nq\n", "--guest")
    assert out.count("Which devices do you use?") == 2  # back from the first step


def test_skip_asks_why_and_keeps_the_reason_typed() -> None:
    answers = "s\n5\nmy  own\treason\nq\n"
    _, out, session = converse(answers, "--region", "DE", "--surface", "desktop")
    assert "Skip: Turn off \"Data for Generative AI Improvement\". Why are you skipping it?" in out
    assert state(session, "ai-training") == "skipped"
    assert session.recorder.reason("linkedin", "ai-training") == "my own reason"
    _, _, session = converse("s\n4\nq\n", "--guest", "--region", "DE", "--surface", "desktop")
    assert session.recorder.reason("linkedin", "ai-training") == "The setting isn't there for me"
    _, out, session = converse("s\nb\nq\n", "--guest", "--region", "DE", "--surface", "desktop")
    assert "Not skipped." in out


def test_cant_find_and_another_device_and_a_wrong_key() -> None:
    _, out, _ = converse("h\nv\nx\nq\n", "--guest", "--region", "US", "--surface", "desktop",
                         "--surface", "android")
    assert "Can't find it? Turn off" in out and "Data Processing Objection Form is" in out
    assert "Step 1 of 5, Android" in out
    assert "'x' is not a key here: Enter\u00a0next, s\u00a0skip" in out


def test_links_stand_on_a_line_of_their_own() -> None:
    _, out, _ = converse("\n" * AI_TRAINING_DESKTOP_STEPS + YES + GO_ON + "q\n", "--region",
                         "DE", "--surface", "desktop")
    lines = out.splitlines()
    assert MAIN_URL in lines and "https://www.linkedin.com/help/linkedin/ask/TS-DPRO" in lines


def test_a_qr_code_only_when_asked_and_it_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINES", "60")
    _, without, _ = converse("q\n", "--guest", "--region", "DE", "--surface", "ios")
    assert not BOX_DRAWING.search(without)
    _, out, _ = converse("c\nq\n", "--guest", "--region", "DE", "--surface", "ios")
    code = out[out.index("Point your phone's camera"):]
    assert decode(cells_image(parse_ansi(code))) == [MAIN_URL]
    assert "It opens www.linkedin.com" in code


def test_a_window_too_small_for_a_code_says_so_and_gives_the_link(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("LINES", "12")
    _, out, _ = converse("c\nq\n", "--guest", "--region", "DE", "--surface", "ios")
    after = out[out.index("[n]: c"):]
    assert "Point your phone's camera" not in after and "Scan it" not in after
    assert "This window is too small for the QR code" in after
    assert MAIN_URL in after.splitlines() and "It opens www.linkedin.com" in after


def test_quitting_and_the_end_of_input_both_keep_everything() -> None:
    code, out, session = converse("\n" * AI_TRAINING_DESKTOP_STEPS + YES + GO_ON + "\nq\n",
                                  "--region", "DE", "--surface", "desktop")
    assert code == 0 and "Stopped. Your progress is saved in" in out
    assert state(session, "ai-training") == "done"
    saved = session.recorder.saved_position()
    assert (saved.item, saved.step) == ("objection-form", 1)
    code, out, _ = converse("", "--region", "DE", "--surface", "desktop")
    assert code == 0 and "The input ended. Your progress is saved" in out


def test_resume_offers_where_the_person_stopped() -> None:
    converse("de\n1\n\n\nq\n", "--profile", "r")
    _, out, session = converse("\n\nq\n", "--profile", "r")
    assert ('You have a checkup in progress. Resuming takes you to: Turn off "Data for '
            'Generative AI Improvement", step 3, Desktop web.') in " ".join(out.split())
    assert "Step 3 of 6, Desktop web" in out
    assert "Where do you live?" not in out
    _, out, _ = converse("2\n\n\nq\n", "--profile", "r")  # start again: the questions again
    assert "Where do you live?" in out and "Enter alone: Germany (DE)." in out


def test_resume_says_where_it_leads_when_the_item_stopped_at_was_skipped() -> None:
    converse("s\n1\nb\nq\n", "--region", "DE", "--surface", "ios", "--profile", "sk")
    _, out, _ = converse("\nq\n", "--profile", "sk")
    said = " ".join(out.split())
    assert "Resuming takes you to: Object to other AI uses" in said
    assert "Item 2 of 4: Object to other AI uses" in out  # no ads sharing in Germany


def test_only_skipped_items_left_are_gone_through_again() -> None:
    converse("s\n1\n" * 5, "--region", "DE", "--surface", "desktop", "--profile", "later")
    _, out, session = converse("\n" * AI_TRAINING_DESKTOP_STEPS + YES + "q\n", "--region", "DE",
                               "--surface", "desktop", "--profile", "later")
    assert "Item 1 of 4: Turn off" in out  # no ads sharing in Germany
    assert "Leave it as it is (skipped)" in out
    # nothing related is left to do, so no checkpoint: on to the next skipped item
    assert state(session, "ai-training") == "done"
    assert "The important part is done." not in out
    assert "Item 2 of 4: Object to other AI uses" in out
    assert state(session, "objection-form") == "skipped"


def test_prefer_not_to_say_is_kept_and_resumed_at_the_devices() -> None:
    _, out, _ = converse("0\nq\n", "--profile", "secret")
    assert "Your progress is saved in" in out
    _, out, session = converse("\n1\nq\n", "--profile", "secret")
    assert "Resuming takes you to the question about your devices." in " ".join(out.split())
    assert session.country is None and session.country_chosen
    assert "Which devices do you use?" in out and "Where do you live?" not in out


def test_plain_mode_and_the_wizard_share_one_profile() -> None:
    # the US, where the ads sharing applies (LinkedIn's help): all five items are gone through
    converse("\n" * AI_TRAINING_DESKTOP_STEPS + YES + STOP_HERE, "--region", "US", "--surface",
             "desktop", "--profile", "both")
    app = make_app("--region", "US", "--surface", "desktop", "--profile", "both")
    assert state_of(app, "ai-training") == "done"
    app.session.mark(next(t for t in app.session.plan.todo if t.item.id == "objection-form"),
                     "done")
    _, out, _ = converse("q\n", "--region", "US", "--surface", "desktop", "--profile", "both")
    assert "Item 3 of 5: Stop sharing your data with Microsoft for ads" in out


def test_guest_mode_says_nothing_was_kept(tmp_path: Path) -> None:
    _, out, _ = converse("\n\nq\n", "--region", "DE", "--surface", "desktop", "--guest")
    assert out.rstrip().endswith("Guest mode: nothing was kept on disk.")  # no "carry on"
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").iterdir())


def test_text_typed_with_control_characters_is_echoed_as_escapes() -> None:
    _, out, session = converse("s\n5\nred \x1b[31mtext\nred text\nq\n", "--guest", "--region",
                               "DE", "--surface", "desktop")
    assert "\x1b" not in out and "\\x1b[31mtext" in out
    assert "'red \\x1b[31mtext' is not taken: it contains a control" in out  # and asked again
    assert state(session, "ai-training") == "skipped"
    assert session.reason(session.plan.tasks[0]) == "red text"


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("stdin", "stdout", "term", "why"), [
    (True, True, "xterm-256color", None),
    (False, True, "xterm", "the input is not a terminal"),
    (True, False, "xterm", "the output is not a terminal"),
    (True, True, "dumb", "this terminal (TERM=dumb) cannot show the full-screen wizard"),
])
def test_plain_mode_is_chosen_where_the_wizard_cannot_run(stdin: bool, stdout: bool, term: str,
                                                          why: str | None) -> None:
    assert why_plain(_Stream(stdin), _Stream(stdout), {"TERM": term}) == why


# -- as from a shell ---------------------------------------------------------------------------
def checkup(*args: str, answers: str = "", shell: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = os.environ | {"NO_COLOR": "1"} | (env or {})
    if shell:
        return subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=120,
                              env=environ | {"CHECKUP": f"{sys.executable} -m checkup"})
    return subprocess.run([sys.executable, "-m", "checkup", *linkedin_only(args)],
                          input=answers, capture_output=True, text=True, timeout=120,
                          env=environ)


def status_items(profile: str) -> dict[str, str]:
    result = checkup("status", "--profile", profile, "--json")
    assert result.returncode == 0, result.stderr
    guide = json.loads(result.stdout)["guides"][0]
    return {i["id"]: i["state"] for i in guide["items"]}


def test_yes_piped_into_plain_mode_records_nothing_as_done() -> None:
    """Enter alone moves through the steps and, at the end of each item, takes "later": a pipe
    of empty answers ends with everything still to do, and `status --exit-code` says so."""
    result = checkup(shell="yes '' | $CHECKUP --plain --region DE --surface desktop --profile p "
                           "--guide linkedin")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Does it now read Off?" in result.stdout and "Did you send it?" in result.stdout
    assert "All done" not in result.stdout
    assert not ESCAPES.search(result.stdout) and not BOX_DRAWING.search(result.stdout)
    assert status_items("p") == {"ai-training": "later", "objection-form": "later",
                                 "ads-data-sharing": "not-applicable", "download-data": "later",
                                 "delete-data": "later"}
    assert checkup("status", "--profile", "p", "--exit-code").returncode == 1


def test_answering_as_the_readme_shows_records_ai_training_done() -> None:
    # Enter through the six steps, 1 ("Yes, it reads Off") at the question, 2 ("Stop here")
    # at the checkpoint, Enter to finish: the answers the README's walk-through gives.
    result = checkup("--plain", "--region", "DE", "--surface", "desktop", "--guide", "linkedin",
                     "--profile", "r",
                     answers="\n" * AI_TRAINING_DESKTOP_STEPS + "1\n2\n\n")
    assert result.returncode == 0, result.stderr
    assert "The important part is done." in result.stdout
    assert "Turn off \"Data for Generative AI Improvement\": switched off." in result.stdout
    items = status_items("r")
    assert items["ai-training"] == "done"
    assert items["objection-form"] == items["download-data"] == "todo"


def test_each_answer_at_the_end_of_an_item_records_what_it_says() -> None:
    steps = "\n" * AI_TRAINING_DESKTOP_STEPS
    form = "\n" * 3  # the objection form's desktop steps
    # done (then go on), later for the form, skip the download with the first reason
    answers = steps + "1\n1\n" + form + "2\n" + "\n" * 4 + "3\n1\nq\n"
    code, out, session = converse(answers, "--region", "DE", "--surface", "desktop",
                                  "--profile", "e")
    assert code == 0
    assert state(session, "ai-training") == "done"
    assert state(session, "objection-form") == "later"
    assert state(session, "download-data") == "skipped"
    assert "For later: Object to other AI uses" in out


def test_back_onto_a_skipped_item_and_forward_again_keeps_it_skipped() -> None:
    skip_first = "s\n1\n"  # skip the main item at its first step, first reason
    back_and_on = "b\n" + "\n" * AI_TRAINING_DESKTOP_STEPS  # onto its last step, and on
    code, out, session = converse(skip_first + "b\n" + back_and_on + "\nq\n", "--region", "DE",
                                  "--surface", "desktop", "--profile", "k")
    assert code == 0
    assert "You skipped this (I don't want to change this)." in out
    assert "Leave it as it is (skipped)" in out
    assert state(session, "ai-training") == "skipped"


def test_enter_alone_at_the_question_is_never_done() -> None:
    code, out, session = converse("\n" * (AI_TRAINING_DESKTOP_STEPS + 1) + "q\n", "--region",
                                  "DE", "--surface", "desktop", "--profile", "n")
    assert "Your answer: type a number from 1 to 4, b to go back, ? for help [2]:" in out
    assert state(session, "ai-training") == "later"


def test_the_step_that_cannot_be_undone_is_warned_of_first_in_plain_mode() -> None:
    for item in ("ai-training", "objection-form", "download-data"):
        checkup("mark", "linkedin", item, "done", "--profile", "u")
    code, out, session = converse("\n\n\n\nq\n", "--region", "DE", "--surface", "desktop",
                                  "--profile", "u")
    warned = out.index("Cannot be undone: Closing your account")
    asked = out.index("The next step cannot be undone. Do you mean to do it?")
    assert warned < asked < out.index("Have you done it?")
    assert "close your account in Settings & Privacy" not in out  # left out: Enter said no
    assert state(session, "delete-data") == "later"


def test_back_from_the_summary_onto_the_step_that_cannot_be_undone_asks_again() -> None:
    for item in ("ai-training", "objection-form", "download-data"):
        checkup("mark", "linkedin", item, "done", "--profile", "u")
    # the two steps, closing left out, later; b at the summary; left out again, later, finish
    code, out, session = converse("\n\n\n\n" + "b\n" + "\n\n" + "\n", "--region", "DE",
                                  "--surface", "desktop", "--profile", "u")
    assert code == 0
    assert out.count("The next step cannot be undone. Do you mean to do it?") == 2
    back = out[out.index("[finish]: b"):]
    assert back.index("Item 4 of 4: Delete data") < back.index("The next step cannot be undone")
    assert "close your account in Settings & Privacy" not in out
    assert out.count("Have you done it?") == 2
    assert state(session, "delete-data") == "later"


def test_returning_plain_mode_says_what_was_done_and_goes_to_what_is_left() -> None:
    first = "\n" * AI_TRAINING_DESKTOP_STEPS + "1\n1\n" + "\n" * 3 + "2\nq\n"
    converse(first, "--region", "DE", "--surface", "desktop", "--profile", "w")
    code, out, _session = converse("\nq\n", "--region", "DE", "--profile", "w")
    assert "Last time: 1 done, 1 for later, 0 skipped; 3 left to do." in out
    assert "Item 3 of 4: Get a copy of your LinkedIn data" in out


def test_stdin_closed_halfway_keeps_what_was_done_and_resumes_there() -> None:
    halfway = "\n" * AI_TRAINING_DESKTOP_STEPS + YES + GO_ON + "\n"  # the form's step 2
    result = checkup("--plain", "--region", "DE", "--surface", "desktop", "--profile", "h",
                     answers=halfway)
    assert result.returncode == 0, result.stderr
    assert "The input ended. Your progress is saved" in result.stdout
    assert status_items("h") == {"ai-training": "done", "objection-form": "todo",
                                 "ads-data-sharing": "not-applicable", "download-data": "todo",
                                 "delete-data": "todo"}
    again = checkup("--plain", "--profile", "h", answers="1\nq\n")
    assert "Step 2 of 3, Desktop web:" in again.stdout
    assert "1 of 4 items done so far." in again.stdout


def test_whole_flow_from_a_pipe_without_options_and_for_a_not_offered_day() -> None:
    applies = checkup("--plain", "--profile", "a",
                      answers="DE\n1\n" + ALL_DONE_DE_DESKTOP + "\n")
    assert applies.returncode == 0 and "Yes, this applies to you" in applies.stdout
    assert status_items("a")["ai-training"] == "done"
    assert "All done. Well done!" in applies.stdout
    earlier = checkup("--plain", "--profile", "b", "--as-of", "2024-10-01",
                      answers="DE\n1\n" + "\n" * 30)
    assert earlier.returncode == 0
    assert ("No: since 18 September 2024, LinkedIn does not offer this where you live (Germany)"
            in " ".join(earlier.stdout.split()))
    # decided again for today, when it applies in Germany: to do, not hidden for good
    assert status_items("b")["ai-training"] == "todo"
    for run in (applies, earlier):
        assert not ESCAPES.search(run.stdout) and not BOX_DRAWING.search(run.stdout)


def test_without_a_terminal_plain_mode_is_chosen_with_a_note() -> None:
    result = checkup("--region", "DE", "--surface", "desktop", "--guest", answers="q\n")
    assert result.returncode == 0
    note = " ".join(result.stderr.split())
    assert note.startswith(
        "checkup: the input is not a terminal, so this is plain mode: one question at a time (")
    # started as `python -m checkup`, it names the same way to ask for plain mode itself
    assert note.endswith(" -m checkup --plain).")
    assert "Step 1 of 6, Desktop web" in result.stdout


PLAIN_IN_TERMINAL = ["--plain", "--region", "DE", "--surface", "ios", "--guest", "--guide",
                     "linkedin"]


@pytest.mark.parametrize("env", [{}, {"NO_COLOR": "1"}])
def test_in_a_terminal_plain_mode_has_no_escape_codes_until_a_qr_code_is_asked_for(
        env: dict[str, str]) -> None:
    out = in_terminal(PLAIN_IN_TERMINAL, env, typed=b"\rc\rq\r")
    before_qr, qr = out.split("Point your phone's camera")
    assert "Step 2 of 5, iPhone" in before_qr
    assert not ESCAPES.search(before_qr) and not BOX_DRAWING.search(before_qr)
    assert bool(ESCAPES.search(qr)) == (not env)  # colour only when asked for and allowed
    assert decode(cells_image(parse_ansi(qr))) == [MAIN_URL]


@pytest.mark.parametrize("args", [["show", "linkedin", "--region", "DE"], ["status"], ["list"],
                                  ["where"], ["qr", "linkedin"]])
def test_no_color_means_no_escape_codes_in_a_terminal(args: list[str]) -> None:
    out = in_terminal(args, {"NO_COLOR": "1"})
    assert out.strip() and not ESCAPES.search(out)


def test_labels_that_are_not_a_menu_path_are_not_shown_as_one() -> None:
    _, out, _ = converse("s\n1\n" * 4 + "q\n", "--region", "US", "--surface", "desktop",
                         "--guest")  # skip to the last item
    assert 'Look for: "Data Deletion request form", "Close account"' in out


def test_v_goes_round_every_device_picked_and_names_the_next() -> None:
    _, out, _ = converse("v\nv\nv\nq\n", "--guest", "--region", "US", "--surface", "desktop",
                         "--surface", "ios", "--surface", "android")
    shown = re.findall(r"Step 1 of \d, ([A-Za-z ]+):", out)
    assert shown == ["Desktop web", "iPhone", "Android", "Desktop web"]
    assert "v\u00a0iPhone steps" in out and "v\u00a0Android steps" in out


def test_help_offers_v_only_with_another_device() -> None:
    _, out, _ = converse("?\nq\n", "--guest", "--region", "US", "--surface", "desktop")
    assert "At a step: press Enter" in out and "shows the steps for" not in out
    _, out, _ = converse("?\nq\n", "--guest", "--region", "US", "--surface", "desktop",
                         "--surface", "ios")
    assert "v shows the steps for iPhone" in " ".join(out.split())


def test_words_work_as_well_as_letters_and_b_takes_back_a_skip_being_typed() -> None:
    _, out, session = converse("next\nskip\n5\nback\nhelp\ndone\nquit\n", "--guest",
                               "--region", "US", "--surface", "desktop")
    assert "Step 2 of 6, Desktop web" in out and "Not skipped." in out
    assert "'done' is not a key here" in out  # moving on is next; done is said at the end
    assert "At a step: press Enter" in out and "Stopped." in out
    assert state(session, "ai-training") == "todo"


def test_nothing_answered_means_nothing_said_to_be_saved() -> None:
    code, out, _ = converse("", "--profile", "empty")
    assert code == 0
    assert "Nothing was recorded yet, so there was nothing to save." in out
    assert "carry on where you stopped" not in out


def test_a_guide_named_twice_is_gone_through_once() -> None:
    _, out, _ = converse("q\n", "--guest", "--guide", "linkedin", "--guide", "LinkedIn",
                         "--region", "DE", "--surface", "ios")
    assert "Item 1 of 4:" in out


@pytest.mark.parametrize("width", [79, 60])
def test_on_a_computer_the_link_comes_first_and_whole(width: int) -> None:
    session = build_session(build_parser().parse_args(
        ["--plain", "--region", "DE", "--surface", "desktop", "--guest", "--guide", "linkedin"]),
        today=DAY)
    out = io.StringIO()
    talk = Conversation(io.StringIO("h\nq\n"), out, width=width)
    PlainCheckup(session, talk, lambda link, domains: terminal_qr(link, domains, stream=out),
                 None).run()
    lines = out.getvalue().splitlines()
    first = lines.index("Open this link, or go by the menu:")
    shown = lines[first + 1:first + 1 + (1 if len(MAIN_URL) <= width else 2)]
    assert "".join(shown) == MAIN_URL  # nothing lost
    assert all(len(line) <= width for line in shown)
    assert all(line.endswith("/") for line in shown[:-1])  # folded only after a "/"
    assert lines[first + 1 + len(shown)].startswith("Look for: ")  # then the menu path
    # the help for a step gives it the same way
    at = lines.index("The direct link:", first)
    assert lines[at + 1:at + 1 + len(shown)] == shown
    # the list of keys is of this mode's keys: o is the wizard's
    assert "o\u00a0open the link" not in out.getvalue()
