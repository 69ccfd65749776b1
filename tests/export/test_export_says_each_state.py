"""A personal checklist says each item as it was recorded, in the item's own terms, and never
prints an empty box for what does not apply."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_checklist_says_switched_off_sent_later_and_not_applicable(run_cli, fmt: str) -> None:
    for item, state in (("ai-training", "done"), ("objection-form", "done"),
                        ("download-data", "later")):
        assert run_cli("mark", "linkedin", item, state)[0] == 0
    code, out, _ = run_cli("export", "--region", "DE", "--surface", "desktop", "--format", fmt,
                           "-o", "-", "--as-of", "2026-12-01")
    assert code == 0
    words = " ".join(out.split()).replace("\\", "")
    assert "Switched off on " in words and "Sent on " in words
    assert ": still to do." in words and "Put off for later" in words
    if fmt == "txt":
        assert "[/] 3. Stop sharing your data with Microsoft for ads" in words
        assert "[ ] 4. Get a copy of your LinkedIn data" in words  # later: a box to tick
        assert "[x] 1. Turn off" in words
    else:  # the box is on the line saying the state
        assert "- [/] Not applicable" in words and "- [ ] Put off for later" in words
