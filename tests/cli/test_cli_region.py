"""--region takes a code or a country's name, in English or the country's own language; a name
that fits no country, or several, is a one-line error that says what to give instead."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest


@pytest.mark.parametrize(("typed", "code"), [
    ("DE", "DE"), ("uk", "GB"), ("Deutschland", "DE"), ("germany", "DE"), ("Schweiz", "CH"),
    ("Suisse", "CH"), ("España", "ES"), ("espana", "ES"), ("Österreich", "AT"),
    ("Polska", "PL"), ("Sverige", "SE"), ("Nederland", "NL"), ("Holland", "NL"),
    ("Guinea", "GN"), ("Niger", "NE"), ("Germnay", "DE"), ("Cote d'Ivoire", "CI"),
])
def test_show_takes_a_code_or_a_name(run_cli, typed: str, code: str) -> None:
    status, out, err = run_cli("show", "linkedin", "--region", typed, "--json")
    assert status == 0, err
    assert json.loads(out)["region"] == code


def test_an_exact_name_wins_over_names_that_start_with_it(run_cli) -> None:
    """Guinea is one country's whole name; Guinea-Bissau only starts with it."""
    status, out, _ = run_cli("show", "linkedin", "--region", "Guinea")
    assert status == 0 and "For Guinea (GN)" in out


def test_a_name_matching_several_countries_lists_them(run_cli) -> None:
    status, out, err = run_cli("show", "linkedin", "--region", "guin")
    assert status == 2 and out == ""
    assert err == ("checkup: error: --region 'guin' matches several countries: Equatorial "
                   "Guinea (GQ), Guinea (GN), Guinea-Bissau (GW), Papua New Guinea (PG); give "
                   "the code\n")


def test_a_name_matching_many_countries_names_some_and_counts_them(run_cli) -> None:
    status, _, err = run_cli("show", "linkedin", "--region", "land")
    assert status == 2 and len(err.splitlines()) == 1
    assert err.startswith("checkup: error: --region 'land' matches ")
    assert " countries, among them " in err and err.endswith("; give the code\n")
    assert len(re.findall(r"\([A-Z]{2}\)", err)) == 8  # eight named, not every one


def test_a_name_matching_no_country_is_a_clear_error(run_cli) -> None:
    status, out, err = run_cli("show", "linkedin", "--region", "Atlantis")
    assert status == 2 and out == ""
    assert err == ("checkup: error: --region 'Atlantis': no country has that name; give its "
                   "two-letter code (such as DE, US or GB) or its name (such as Germany or "
                   "Deutschland)\n")


@pytest.mark.parametrize("typed", ["XX", "eu", "Ü"])
def test_one_or_two_letters_are_a_code_or_a_mistake(run_cli, typed: str) -> None:
    status, _, err = run_cli("show", "linkedin", "--region", typed)
    assert status == 2 and "unknown region code" in err


def test_export_takes_a_name(run_cli) -> None:
    status, out, err = run_cli("export", "--blank", "--region", "Danmark", "--format", "txt",
                               "-o", "-")
    assert status == 0, err
    assert "Denmark (DK)" in out


def test_the_wizard_in_plain_mode_takes_a_name_and_starts_at_the_first_step() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checkup", "--plain", "--region", "Deutschland", "--surface",
         "desktop", "--guest", "--guide", "linkedin"], input="q\n", capture_output=True,
        text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "What applies to you: Germany (DE)" in done.stdout
    assert "Step 1 of" in done.stdout and "Where do you live?" not in done.stdout


def test_the_wizard_refuses_an_ambiguous_name_before_it_starts() -> None:
    done = subprocess.run([sys.executable, "-m", "checkup", "--plain", "--region", "Kongo"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("checkup: error: --region 'Kongo' matches several countries")
    assert "(CD)" in done.stderr and "(CG)" in done.stderr
    assert len(done.stderr.splitlines()) == 1
