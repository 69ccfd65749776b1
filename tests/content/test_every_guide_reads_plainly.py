"""Every shipped guide, as `show` and a printed checklist give it, speaks to a person: no
status code, no key of the guide's file, no word of the program's own."""

from __future__ import annotations

import pytest
from internal_words import internal_word

from checkup.guides.loader import load_guides

GUIDES = [g.id for g in load_guides().guides]


@pytest.mark.parametrize("region", ["FR", "US", "KR"])
@pytest.mark.parametrize("guide_id", GUIDES)
def test_what_show_and_the_checklist_print_has_no_internal_word(run_cli, guide_id: str,
                                                                region: str) -> None:
    # the checklist also prints the summaries, which `show` leaves out
    checklist = ("export", "--guest", "--guide", guide_id, "--format", "txt", "-o", "-")
    platform = load_guides().guide(guide_id).platform
    for args in (("show", guide_id), checklist):
        code, out, _ = run_cli(*args, "--region", region)
        assert code == 0 and platform in out
        assert internal_word(out) is None, (args, internal_word(out))
