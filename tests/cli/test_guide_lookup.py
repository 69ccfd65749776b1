"""A command that names a guide reads that guide's file, not every guide: a broken guide beside
it is not even looked at, while a guide kept in a file of another name is still found, a broken
one said to be broken and an unknown one named among those there are. And the shipped guides'
parsed forms (content/parsed) are those of the guides as they are now."""

from __future__ import annotations

from pathlib import Path

import made_up_guides
import pytest
from tool_modules import tool

from checkup.profile.guide_cache import GuideReader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def beside_a_broken_guide(made_up_content) -> Path:
    made_up_content("aaa-broken.toml", id="broken", items=[])
    return made_up_content()


@pytest.fixture
def files_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the guide files the command reads."""
    seen: list[str] = []
    read = GuideReader.__call__

    def spy(self, path, kind):  # noqa: ANN001, ANN202
        seen.append(path.name)
        return read(self, path, kind)

    monkeypatch.setattr(GuideReader, "__call__", spy)
    return seen


@pytest.mark.parametrize("argv", [("show", "example"), ("qr", "example", "training-switch"),
                                  ("mark", "example", "training-switch", "done"),
                                  ("export", "--guide", "example", "--blank", "--output", "-")])
def test_a_named_guide_is_read_alone(beside_a_broken_guide, files_read, run_cli, argv) -> None:
    code, out, err = run_cli(*argv)
    assert code == 0 and "aaa-broken.toml" not in err  # never read, so never reported
    assert files_read == ["example.toml"]


@pytest.mark.parametrize("argv", [("list",), ("status",),
                                  ("export", "--blank", "--output", "-")])
def test_without_a_guide_named_every_guide_is_read(beside_a_broken_guide, files_read, run_cli,
                                                   argv) -> None:
    code, out, err = run_cli(*argv)
    assert "skipped a broken guide" in err and "aaa-broken.toml" in err
    assert files_read == ["aaa-broken.toml", "example.toml"]


def test_a_guide_in_a_file_of_another_name_is_found(made_up_content, run_cli) -> None:
    made_up_content("service-a.toml", id="example", title="Example, in another file")
    made_up_content("example.toml", id="other", title="Another guide")
    code, out, _ = run_cli("show", "EXAMPLE ")
    assert code == 0 and "Example, in another file" in out


def test_a_broken_named_guide_is_said_to_be_broken(made_up_content, run_cli) -> None:
    made_up_content(items=[made_up_guides.item(link="http://example.org/x")])
    code, _, err = run_cli("show", "example")
    assert code == 1 and "could not be loaded" in err and "example.toml" in err


@pytest.mark.parametrize("name", ["nothing", "../made-up/example", "example.toml"])
def test_an_unknown_guide_is_named_among_those_there_are(made_up_content, run_cli, name) -> None:
    made_up_content()
    code, _, err = run_cli("show", name)
    assert code == 2 and "unknown guide" in err and "(guides: example)" in err


def test_the_wizard_given_guides_reads_only_theirs(beside_a_broken_guide, made_up_content,
                                                  files_read) -> None:
    made_up_content("second.toml", id="second", title="A second guide")
    from checkup.cli.main import parse_args
    from checkup.cli.wizard import build_session

    session = build_session(parse_args(["--guide", "second", "--guide", "example",
                                        "--guide", "second", "--guest"]))
    assert sorted(g.id for g in session.guides) == ["example", "second"]
    assert files_read == ["second.toml", "example.toml"]


def test_the_shipped_parsed_guides_are_current() -> None:
    assert tool("compile_guides").differences() == [], "run: python tools/compile_guides.py"
