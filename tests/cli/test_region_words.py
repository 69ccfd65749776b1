"""Every view a person reads answers in words: plain mode piped, `show`, `status` and the
exports, for several regions and days, never show a status's own name or "rule since"; `status
--json` keeps the codes, for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from internal_words import internal_word
from wizard_helpers import linkedin_only

REGIONS = [("DE", "2026-11-23"), ("US", "2026-11-23"), ("GB", "2025-01-01"),
           ("FR", "2024-10-01"), ("RE", "2026-11-23"), ("HK", "2025-01-01")]


def test_the_check_finds_the_old_wording() -> None:
    for old in ("Germany (DE): applies (this is for you), since 2025-11-03.",
                "Applies to you (rule since 2025-11-03).", "Status: Applies to you.",
                "Switzerland (CH): not-offered (not offered there: nothing to do)",
                "| Canada | applies (offered there: do it) |"):
        assert internal_word(old) is not None, old
    for said in ("Yes, this applies to you: it has applied where you live (Germany) since 3 "
                 "November 2025.", "Canada: this applies, since 3 November 2025.",
                 "The sources don't say whether this applies where you live (Réunion)."):
        assert internal_word(said) is None, said


@pytest.mark.parametrize(("region", "day"), REGIONS)
def test_show_answers_in_words(run_cli, region: str, day: str) -> None:
    code, out, _ = run_cli("show", "linkedin", "--region", region, "--as-of", day)
    assert code == 0
    assert internal_word(out) is None, internal_word(out)
    # the answer, then how it came to be and what it rests on
    lines = out.splitlines()
    title = next(n for n, line in enumerate(lines) if line.startswith("1. "))
    assert lines[title + 1].strip().startswith(("Yes, this applies to you", "No: ",
                                                 "Not for now: ", "The sources don't say"))
    later = "\n".join(lines[title + 2:])
    assert later.index("Over time:") < later.index("Source: ")


def test_show_for_every_region_answers_in_words(run_cli) -> None:
    code, out, _ = run_cli("show", "linkedin", "--as-of", "2025-01-01")
    assert code == 0 and internal_word(out) is None, internal_word(out)
    assert "United Kingdom: paused after a regulator stepped in, since 20 September 2024" in \
        " ".join(out.split())


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize(("region", "day"), REGIONS)
def test_exports_answer_in_words(run_cli, fmt: str, region: str, day: str) -> None:
    from export_view import seen_text

    for extra in ((), ("--blank",)):
        code, out, _ = run_cli("export", "--guest", *extra, "--region", region, "--format", fmt,
                               "-o", "-", "--as-of", day)
        assert code == 0
        text = seen_text(fmt, out)
        assert internal_word(text) is None, (extra, internal_word(text))


def _checkup(*args: str, answers: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checkup", *linkedin_only(args)], input=answers,
                          capture_output=True, text=True, timeout=120,
                          env=os.environ | {"NO_COLOR": "1"})


@pytest.mark.parametrize(("region", "day"), REGIONS[:4])
def test_plain_mode_piped_and_status_answer_in_words(region: str, day: str) -> None:
    # the region, a computer, "m" (the history and sources) and "h" (can't find it) at the
    # first step, then Enter through every step
    ran = _checkup("--plain", "--profile", "p", "--as-of", day,
                   answers=f"{region}\n1\nm\nh\n" + "\n" * 30)
    assert ran.returncode == 0, ran.stderr
    assert internal_word(ran.stdout) is None, internal_word(ran.stdout)
    said = " ".join(ran.stdout.split())
    assert "Over time: " in said and "Can't find it? " in said
    status = _checkup("status", "--profile", "p")
    assert status.returncode == 0 and internal_word(status.stdout) is None, status.stdout
    codes = json.loads(_checkup("status", "--profile", "p", "--json").stdout)
    statuses = {i.get("region_status") for g in codes["guides"] for i in g["items"]}
    assert statuses & {"applies", "not-offered", "paused"}  # the codes stay, for scripts


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_an_export_explains_a_legal_word_once_after_it_first_appears(run_cli, fmt: str) -> None:
    from export_view import seen_text

    code, out, _ = run_cli("export", "--guest", "--region", "DE", "--format", fmt, "-o", "-",
                           "--as-of", "2026-11-23")
    assert code == 0
    text = " ".join(seen_text(fmt, out).split())
    note = 'Note: "legitimate interest" means a legal reason an organisation can give'
    assert text.count(note) == 1
    assert text.index("relying on 'legitimate interest'") < text.index(note)
