"""No fact that rests on one source is shown as a plain statement: every field a shipped guide
marks unverified is said with its caveat in `show`, in every export format, and in what the
wizard and plain mode show at each step; a link that rests on one source is never a QR code or
a link anywhere."""

from __future__ import annotations

import html
import re

import pytest

from checkup.guides.loader import load_guides
from checkup.guides.model import SURFACES
from checkup.words.caveats import field_caveat

GUIDES = load_guides().guides
MARKED = [(g, i) for g in GUIDES for i in g.items if i.unverified]


def flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def caveats(guide, item, surfaces=SURFACES) -> list[str]:  # noqa: ANN001
    """What must be said beside the item's unverified fields, on these devices."""
    return [flat(field_caveat(guide, item, f)) for f in item.unverified
            if f not in SURFACES or f in surfaces]


def test_shipped_guides_mark_what_rests_on_one_source() -> None:
    assert len(GUIDES) >= 9
    assert MARKED, "some shipped guide marks a field as resting on one source"
    for guide, item in MARKED:
        assert caveats(guide, item), (guide.id, item.id)


@pytest.mark.parametrize(("guide", "item"), MARKED, ids=lambda x: getattr(x, "id", ""))
def test_show_says_each_caveat(run_cli, guide, item) -> None:  # noqa: ANN001
    for surface in SURFACES:
        code, out, _ = run_cli("show", guide.id, "--surface", surface)
        assert code == 0
        said = flat(out)
        for caveat in caveats(guide, item, (surface,)):
            assert caveat in said, (guide.id, item.id, surface, caveat)


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize(("guide", "item"), MARKED, ids=lambda x: getattr(x, "id", ""))
def test_every_export_says_each_caveat_and_links_no_unverified_link(
        run_cli, guide, item, fmt: str) -> None:  # noqa: ANN001
    code, out, _ = run_cli("export", "--blank", "--guide", guide.id, "--format", fmt, "-o", "-")
    assert code == 0
    said = flat(out.replace("\\", ""))  # Markdown's escapes
    for caveat in caveats(guide, item):
        assert caveat in said, (guide.id, item.id, fmt, caveat)
    if item.unverified_link:
        assert f'href="{item.unverified_link}"' not in out
        assert f"]({item.unverified_link})" not in out and f"<{item.unverified_link}>" not in out


@pytest.mark.parametrize(("guide", "item"), MARKED, ids=lambda x: getattr(x, "id", ""))
def test_each_step_in_the_wizard_and_plain_mode_carries_its_caveats(guide, item) -> None:  # noqa: ANN001
    from checkup.cli.main import build_parser
    from checkup.cli.wizard import build_session
    from checkup.session.flow import Position
    from checkup.session.views import step_view

    for surface in SURFACES:
        session = build_session(build_parser().parse_args(
            ["--guest", "--guide", guide.id, "--surface", surface]))
        todo = [n for n, t in enumerate(session.plan.todo) if t.item.id == item.id]
        if not todo:  # nothing to follow anywhere: no step is shown
            continue
        for step in range(len(item.steps[surface])):
            for view in ("wizard", "plain"):
                shown = step_view(session, Position(todo[0], step), surface, view)
                if "labels" in item.unverified:
                    assert shown.labels_caveat
                if surface in item.unverified:
                    assert shown.steps_caveat
                if "link" in item.unverified:
                    assert shown.link != item.link and shown.link_caveat
                    assert shown.unverified_link == item.link
