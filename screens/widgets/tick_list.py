"""A list of choices to tick, whose boxes look ticked or empty without colour."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

# The mark SelectionList draws in every box, ticked or not (ToggleButton's, read through the
# public Checkbox that inherits it).
BOX_MARK = Checkbox.BUTTON_INNER


class TickList(SelectionList[str]):
    """A SelectionList whose boxes are empty until ticked: ticked and not ticked differ in
    shape, not only in colour, so they read without colour and in every theme."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        if len(segments) < 2 or segments[1].text != BOX_MARK:
            return line
        try:
            value = self.get_option_at_index(self.scroll_offset.y + y).value
        except OptionDoesNotExist:
            return line
        ticked = value in self.selected
        segments[1] = Segment(BOX_MARK if ticked else " ", segments[1].style)
        return Strip(segments, line.cell_length)
