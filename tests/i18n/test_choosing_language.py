"""Which language checkup speaks: --lang (before a command too), else the language the profile
remembers, else the system's locale, else English; a code it does not know is a one-line error;
a language chosen in the wizard or plain mode is kept in the profile, and a bad value there is
said and left in the file."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from program_catalogue import install_catalogue, said_in

from checkup.support import languages
from checkup.support.languages import from_locale_name, system_language

PROBE = """
import sys
from checkup.cli.main import main
code = main({args!r})
print("BABEL=" + str("babel" in sys.modules))
sys.exit(code)
"""


def _html_lang(run_cli) -> str:
    code, out, err = run_cli("export", "--blank", "--format", "html", "-o", "-")
    assert code == 0, err
    return out.split('<html lang="', 1)[1].split('"', 1)[0]


def _profile(home: Path) -> dict:
    return tomllib.loads((home / "profile.toml").read_text(encoding="utf-8"))


def test_the_table_of_languages() -> None:
    assert languages.CODES == ("en", "de", "fr", "nl", "es", "it", "pt", "pl")
    assert [lang.code for lang in languages.LANGUAGES if lang.reviewed] == ["en"]
    assert languages.language("de").own_name == "Deutsch"


@pytest.mark.parametrize(("name", "code"), [
    ("fr_FR.UTF-8", "fr"), ("de_CH", "de"), ("pt_PT.utf8", "pt"), ("pl", "pl"), ("C", "en"),
    ("POSIX", "en"), ("C.UTF-8", "en"), ("sv_SE.UTF-8", None), ("", None)])
def test_a_locale_name_gives_its_language(name: str, code: str | None) -> None:
    assert from_locale_name(name) == code


def test_the_first_locale_variable_set_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8", "LC_ALL": "de_DE.UTF-8"}
    assert system_language(env, "linux") == "de"
    assert system_language({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "nl_NL"}, "linux") == "nl"
    asked = []
    monkeypatch.setattr(languages, "_apple_locale", lambda: asked.append(1) or "it_IT")
    assert system_language({"LANG": "C"}, "darwin") == "en" and asked == []
    assert system_language({}, "darwin") == "it" and asked == [1]  # only when none is set


def test_an_unknown_code_is_a_one_line_error_naming_the_codes(run_cli) -> None:
    code, out, err = run_cli("--lang", "xx", "list")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        "checkup: error: --lang 'xx': checkup speaks en, de, fr, nl, es, it, pt, pl"]


def test_lang_before_a_command_and_from_the_locale(run_cli, monkeypatch) -> None:
    assert _html_lang(run_cli) == "en"
    code, out, _err = run_cli("--lang", "DE", "export", "--blank", "--format", "html", "-o", "-")
    assert code == 0 and '<html lang="de">' in out
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert _html_lang(run_cli) == "fr"
    monkeypatch.setenv("LC_ALL", "C")
    assert _html_lang(run_cli) == "en"


def test_a_language_chosen_in_plain_mode_is_remembered(run_cli, monkeypatch, tmp_path) -> None:
    home = tmp_path / "home"
    install_catalogue(monkeypatch, tmp_path / "package", "nl",
                      {"Welcome to checkup": "Welkom bij checkup"})
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    code, out, _err = run_cli("--lang", "nl", "--plain", "--region", "NL")
    assert out.splitlines()[:2] == [
        "Welkom bij checkup",  # the sentences are the catalogue's
        "This Dutch translation has not yet been checked by a native speaker."]
    assert _profile(home)["language"] == "nl"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # the profile's choice beats the locale
    assert _html_lang(run_cli) == "nl"
    assert _html_lang_guest(run_cli) == "fr"  # a guest has no profile to ask


def test_without_a_catalogue_nothing_claims_a_translation(run_cli, monkeypatch,
                                                          tmp_path) -> None:
    import checkup.support.paths as paths

    real = paths.package_dir  # a checkup whose package has no catalogue at all
    monkeypatch.setattr(paths, "package_dir", lambda package: tmp_path / "empty"
                        if package == "checkup" else real(package))
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    code, out, _err = run_cli("--lang", "pl", "--plain", "--region", "PL")
    assert out.splitlines()[0] == "Welcome to checkup"
    assert "translation has not yet been checked" not in out


def test_an_unreviewed_translation_says_so_at_the_head_of_each_export(run_cli, monkeypatch,
                                                                      tmp_path) -> None:
    install_catalogue(monkeypatch, tmp_path / "package", "de", {"Checklist": "Checkliste"})
    note = "This German translation has not yet been checked by a native speaker."
    for kind in ("txt", "md", "html"):
        code, out, err = run_cli("--lang", "de", "export", "--blank", "--format", kind, "-o",
                                 "-")
        assert code == 0, err
        assert out.count(note) == 1
        first_guide = out.index("<article" if kind == "html" else "LinkedIn")
        assert out.index(note) < first_guide
    assert '<html lang="de">' in out and "<title>Checkliste:" in out


def _html_lang_guest(run_cli) -> str:
    code, out, err = run_cli("--guest", "export", "--blank", "--format", "html", "-o", "-")
    assert code == 0, err
    return out.split('<html lang="', 1)[1].split('"', 1)[0]


def test_an_older_profile_has_no_language_and_a_bad_one_is_kept(run_cli, tmp_path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "profile.toml").write_text('schema = 2\nregion = "DE"\n', encoding="utf-8")
    assert _html_lang(run_cli) == "en"
    (home / "profile.toml").write_text('schema = 2\nregion = "DE"\nlanguage = "xx"\n',
                                       encoding="utf-8")
    code, out, err = run_cli("export", "--blank", "--format", "html", "-o", "-")
    assert code == 0 and '<html lang="en">' in out
    warned = [line for line in err.splitlines() if "language" in line]
    assert warned == ["checkup: the profile's language \"xx\" is not one checkup speaks (en, de, "
                      "fr, nl, es, it, pt, pl): it is left as it is and not used"]
    code, _out, err = run_cli("mark", "linkedin", "ai-training", "done")
    assert code == 0, err
    saved = _profile(home)
    assert saved["language"] == "xx" and saved["guides"]["linkedin"]["items"]["ai-training"]


def test_english_reads_no_catalogue_and_no_language_needs_babel() -> None:
    for args in (["show", "linkedin", "--region", "DE"],
                 ["--lang", "de", "show", "linkedin", "--region", "DE"]):
        result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == "BABEL=False"


def test_german_show_gives_linkedins_german_label_with_its_sources(run_cli) -> None:
    code, out, err = run_cli("--lang", "de", "show", "linkedin", "--region", "DE")
    assert code == 0, err
    said = " ".join(out.split())
    assert said_in("de", '{local} ("{english}" in English)',
                   local="«Daten zur Verbesserung generativer KI»",
                   english="Data for Generative AI Improvement") in said
    assert "SRF Espresso: LinkedIn uses data for AI training, how to object" in said
    # a label one source gives is said as that source's report
    label = said_in("de", '{local} ("{english}" in English)',
                    local="«So verwendet LinkedIn Ihre Daten»",
                    english="How LinkedIn uses your data")
    assert said_in("de", "One source reports that in {language} {platform} shows {label} "
                   "({source}); check what your app shows.", language="German",
                   platform="LinkedIn", label=label,
                   source="Sonntagsblatt: LinkedIn uses your data for AI training, how your "
                          "privacy stays protected") in said
    # and one no source gives stays English, with a note
    assert '"Use my data for training content creation AI models"' in said


def test_english_never_asks_for_a_catalogue(run_cli, monkeypatch) -> None:
    from checkup.support import i18n

    def refuse(*_args, **_kwargs):
        raise AssertionError("English read a catalogue")

    monkeypatch.setattr(i18n, "catalogue", refuse)
    code, out, err = run_cli("show", "linkedin", "--region", "DE")
    assert code == 0, err
    assert "In English," not in out and "may show" not in out  # no local-label notes either


def test_a_german_export_lists_the_sources_of_its_german_labels(run_cli) -> None:
    url = ("https://www.sonntagsblatt.de/artikel/medien/linkedin-nutzt-eure-daten-fuers-ki-"
           "training-so-bleibt-eure-privatsphaere-geschuetzt")
    shown = {}
    for lang in ("de", "en"):
        code, out, err = run_cli("--lang", lang, "export", "--guide", "linkedin", "--format",
                                 "md", "-o", "-")
        assert code == 0, err
        shown[lang] = out
    assert url in shown["de"] and "«Daten zur Verbesserung generativer KI»" in shown["de"]
    assert url not in shown["en"]  # in English no label rests on it


def test_help_is_in_the_chosen_language(capsys, monkeypatch, tmp_path) -> None:
    from checkup.cli.main import main

    said = "show a guide for your region and devices"
    install_catalogue(monkeypatch, tmp_path / "package", "de",
                      {said: "eine Anleitung für Ihre Region und Geräte zeigen"})
    with pytest.raises(SystemExit):
        main(["--lang", "de", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "eine Anleitung für Ihre Region und Geräte zeigen" in out and said not in out
