"""A link folded to a width: each line ends after a "/", no part is cut, nothing is lost."""

from __future__ import annotations

from checkup.support.plain_text import cut_link

URL = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"


def test_a_link_that_fits_is_one_line() -> None:
    assert cut_link(URL, len(URL)) == [URL]


def test_a_long_link_folds_after_slashes_and_joins_back() -> None:
    for width in range(26, len(URL)):
        lines = cut_link(URL, width)
        assert "".join(lines) == URL
        assert all(line.endswith("/") for line in lines[:-1])
        assert all(len(line) <= width for line in lines)


def test_a_part_wider_than_the_width_is_kept_whole() -> None:
    lines = cut_link(URL, 20)
    assert "".join(lines) == URL
    assert "www.linkedin.com/" in lines and "data-for-ai-improvement" in lines
    assert all(line.endswith("/") for line in lines[:-1])


def test_below_a_qr_code_fewer_lines_win() -> None:
    lines = cut_link(URL, 40, fewest_lines=True)
    assert "".join(lines) == URL and len(lines) == 2
