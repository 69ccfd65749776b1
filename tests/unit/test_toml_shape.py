"""TOML shaped to cost the parser far more than its size (long dotted keys and table headers take
tomllib quadratic time and memory; deep nesting makes it and tomli_w recurse) is refused at once
with one line, whether it is a guide, an agenda or a profile; a profile holding it is set aside,
and no save ever ends in RecursionError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from made_up_guides import item

from checkup.profile.model import Profile, ProfileUnwritable, decode_profile, profile_to_toml
from checkup.profile.store import SET_ASIDE_TAG, open_store
from checkup.support.toml_file import Unreadable, decode
from checkup.support.toml_shape import MAX_KEY_PARTS, MAX_NESTING, shape_problem

LEVELS = 40_000  # 80 KB: 45 s and 6 GB in tomllib unguarded
BOUND = 2.0  # seconds; generous on a busy machine, far below what an unguarded parse takes

@pytest.fixture(autouse=True)
def _example(made_up_content) -> None:
    made_up_content(main_item="ai-training", items=[item("ai-training")])


HOSTILE = {
    "dotted-key": "\n" + ".".join(["a"] * LEVELS) + " = 1\n",
    "table-header": "\n[" + ".".join(["a"] * LEVELS) + "]\nx = 1\n",
    "array-of-tables-header": "\n[[" + ".".join(["a"] * LEVELS) + "]]\nx = 1\n",
    "nested-arrays": "\nx = " + "[" * LEVELS + "]" * LEVELS + "\n",
    "nested-inline-tables": "\nx = " + "{a = " * LEVELS + "1" + "}" * LEVELS + "\n",
    "arrays-of-inline-tables": "\nx = " + "[{a = " * LEVELS + "1" + "}]" * LEVELS + "\n",
}


@pytest.mark.parametrize("shape", HOSTILE)
def test_a_guide_shaped_to_be_slow_is_refused_in_one_line_at_once(
        shape: str, tmp_path: Path, run_cli) -> None:
    guide = tmp_path / "deep.toml"
    guide.write_text('schema = 1\nid = "deep"' + HOSTILE[shape])
    started = time.monotonic()
    code, out, err = run_cli("validate", str(guide))
    assert time.monotonic() - started < BOUND
    assert code == 1
    (line,) = out.splitlines()
    assert line in (f"{guide}: nested too deeply to be a guide", f"{guide}: line 3: a key or "
                    "table name has more than 32 parts, far more than a guide has")


@pytest.mark.parametrize("shape", HOSTILE)
def test_an_agenda_shaped_to_be_slow_is_refused_in_one_line_at_once(
        shape: str, tmp_path: Path, run_cli) -> None:
    agenda = tmp_path / "agenda.toml"
    agenda.write_text('title = "Deep"' + HOSTILE[shape])
    started = time.monotonic()
    code, out, err = run_cli("export", "--agenda", str(agenda), "-o", str(tmp_path / "h.html"))
    assert time.monotonic() - started < BOUND
    assert code != 0 and not (tmp_path / "h.html").exists()
    (line,) = err.strip().splitlines()
    assert str(agenda) in line and "Traceback" not in err
    assert "nested too deeply to be an agenda" in line or "line 2: a key or table name" in line


@pytest.mark.parametrize("shape", HOSTILE)
def test_a_profile_shaped_to_be_slow_is_set_aside_at_once_and_saving_goes_on(
        shape: str, run_cli) -> None:
    home = Path(open_store().directory)
    home.mkdir(mode=0o700)
    hostile = ('schema = 1\nregion = "DE"' + HOSTILE[shape]).encode()
    (home / "profile.toml").write_bytes(hostile)
    started = time.monotonic()
    code, out, err = run_cli("status")
    assert time.monotonic() - started < BOUND
    assert code == 0 and "Traceback" not in err
    (aside,) = home.glob("profile.toml" + SET_ASIDE_TAG + "*")
    assert aside.read_bytes() == hostile  # nothing lost: set aside, byte for byte
    assert str(aside) in err and ("parts" in err or "nested" in err)
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 0, err
    assert decode_profile((home / "profile.toml").read_bytes()).profile.state(
        "example", "ai-training") == "done"


def test_a_deep_unknown_key_that_the_old_reader_kept_makes_a_save_refuse_not_crash() -> None:
    profile = Profile()
    deep: dict = {}
    for _ in range(1200):  # 1,000 levels made every save of the old writer end in RecursionError
        deep = {"a": deep}
    profile.extra["future"] = deep
    with pytest.raises(ProfileUnwritable):
        profile_to_toml(profile)


def test_a_profile_with_a_deeply_nested_unknown_key_is_set_aside_and_the_save_lands(
        run_cli) -> None:
    home = Path(open_store().directory)
    home.mkdir(mode=0o700)
    header = "[" + ".".join(["future"] * 20) + "]\n"  # each within bounds, together too deep
    nested = "x = " + "{a = " * 30 + "1" + "}" * 30 + "\n"
    (home / "profile.toml").write_text("schema = 1\n" + header + nested)
    code, out, err = run_cli("mark", "example", "ai-training", "done")
    assert code == 0 and "Traceback" not in err
    assert "nested too deeply to be a profile" in err
    assert len(list(home.glob("profile.toml" + SET_ASIDE_TAG + "*"))) == 1


@pytest.mark.parametrize("text", [
    'a = "x.y.z.' + "." * 100 + '"\n',  # dots and brackets inside strings do not count
    "a = '" + "[" * 100 + "'\n",
    'a = """' + "{" * 100 + '\n' + "." * 100 + '"""\n',
    "a = '''" + "[" * 100 + "'''\n",
    'a = """x""""\nb = 1\n',  # a multi-line string may end in quotes of its own
    "# " + "." * 100 + "[" * 100 + "\nb = 1\n",
    "[a.b.c]\nx = [[1, 2], [3.5, 4.5]]\n[[d.e]]\ny = {p.q = 1, r = [1.0]}\n",
    ".".join(["k"] * MAX_KEY_PARTS) + " = 1\n",
    "x = " + "[" * MAX_NESTING + "]" * MAX_NESTING + "\n",
])
def test_ordinary_shapes_pass_the_scan_and_parse(text: str) -> None:
    assert shape_problem(text, "a guide") is None
    decode(text.encode(), "a guide")


@pytest.mark.parametrize("text", [
    # what the scan would miss if it took the closing quotes of a multi-line string wrongly
    'x = [ """a"""", ' + "[" * 100 + "]" * 100 + "]\n",
    "x = [ '''a'''', " + "[" * 100 + "]" * 100 + "]\n",
    ".".join(["k"] * (MAX_KEY_PARTS + 1)) + " = 1\n",
    "x = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "\n",
    '["a".' + "'b'." * MAX_KEY_PARTS + "c]\n",
])
def test_shapes_just_beyond_the_limits_are_refused(text: str) -> None:
    with pytest.raises(Unreadable):
        decode(text.encode(), "a guide")
