"""The workshop presenter: one step per screen, large, with a QR code for the room's phones."""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from checkup.guides.freshness import checked_line
from checkup.guides.model import NO_OPT_OUT
from checkup.guides.regions import RegionTable
from checkup.screens.common import SafeText, with_labels
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.qr_widget import QrCodeView
from checkup.support.i18n import N_, _, ngettext
from checkup.words.caveats import (
    INSTEAD_TITLE,
    default_line,
    labels_caveat,
    signal_note,
    steps_caveat,
)
from checkup.words.languages import item_language_note
from checkup.words.statuses import STATUS_WORDS
from checkup.workshop.agenda import Agenda
from checkup.workshop.slides import Slide, build_slides, outcome_for

# Country names said with "the" ("Applies in the United Kingdom").
WITH_THE = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
            "Central African Republic", "Dominican Republic", "Czech Republic")


def with_article(name: str) -> str:
    return f"the {name}" if name.startswith(WITH_THE) else name


# What a rule's status says on the slide, for a region: one whole sentence each.
PRESENTER_STATUS = {status: row.presenter for status, row in STATUS_WORDS.items()}
# The QR code may take up to this share of the width; the text gets what the code does not need.
QR_SHARE = 0.55
QR_MIN_WIDTH = 43
NOTES_IN_VIEW = 6  # rows of the notes brought into view when they are opened
MESSAGE_SECONDS = 4


def keys_hint(regions: int, scrollable: bool, width: int) -> SafeText:
    """The key line: `r` only when there is another region to switch to, scrolling only when
    there is more text than fits. Lines break between keys, never inside one."""
    keys = [("space/→", _("next")), ("←", _("back")), ("n", _("notes"))]
    if regions > 1:
        keys.append(("r", _("region")))
    if scrollable:
        keys.append(("j/k", _("scroll")))
    keys += [("t", _("timer")), ("q", _("quit"))]
    return side_by_side([(" · ", SafeText.assemble((key, "bold"), f" {action}"))
                         for key, action in keys], width)


def side_by_side(parts: list[tuple[str, SafeText]], width: int) -> SafeText:
    """(separator, part) pairs on one line where they fit; a part that does not fit starts the
    next line whole, so "as of" is never left apart from its date."""
    out = SafeText()
    used = 0
    for separator, part in parts:
        if used and used + len(separator) + part.cell_len > width:
            out.append("\n")
            used = 0
        elif used:
            out.append(separator)
            used += len(separator)
        out.append_text(part)
        used += part.cell_len
    return out


def bullets(lines: tuple[str, ...]) -> Table:
    """A list whose wrapped lines stay clear of the bullets, so each point reads as one."""
    grid = Table.grid()
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(ratio=1)
    for line in lines:
        grid.add_row("•", SafeText(line))
    return grid


class SessionTimer:
    """Elapsed session time that can be paused; the clock is injected so tests can set it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.paused_at: float | None = None

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def toggle(self) -> None:
        if self.paused_at is None:
            self.paused_at = self.clock()
        else:
            self.started += self.clock() - self.paused_at
            self.paused_at = None

    def elapsed(self) -> int:
        return int((self.paused_at if self.paused_at is not None else self.clock()) - self.started)


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class PresenterScreen(Screen):
    CSS = styles_beside(__name__, "presenter.tcss")
    # Clickers send page up/down, so every paging key steps through slides; text that does not
    # fit scrolls with keys no clicker sends.
    BINDINGS = [
        Binding("space,right,pagedown,down,enter", "next", N_("Next")),
        Binding("left,pageup,up,backspace", "previous", N_("Back")),
        Binding("j", "scroll(1)", N_("Scroll down")),
        Binding("k", "scroll(-1)", N_("Scroll up")),
        Binding("n", "notes", N_("Notes")),
        Binding("r", "region", N_("Region")),
        Binding("t", "timer", N_("Timer")),
        Binding("q", "app.quit", N_("Quit")),
    ]

    def __init__(self, agenda: Agenda, regions: RegionTable, on,  # noqa: ANN001 - a date
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.agenda = agenda
        self.regions = regions
        self.on = agenda.as_of or on
        self.slides: list[Slide] = build_slides(agenda)
        self.index = 0
        self.region_index = 0
        self.show_notes = False
        self.timer = SessionTimer(clock)
        self.text_width = 80  # until the first resize says how wide the text column is
        self.message = ""
        self.message_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="presenter"):
            with Vertical(id="slide-column"):
                yield Static(id="slide-top")
                # never focused: focus would give it the arrow and page keys the slides need
                with VerticalScroll(id="slide-body", can_focus=False):
                    yield Static(id="slide-main")
                    yield Static(id="slide-notes")
                yield Static(id="slide-keys")
            yield QrCodeView(self.slide.part.item.open_link, self.slide.part.guide.domains,
                             zoom=True, id="slide-qr")

    def on_mount(self) -> None:
        self.show_slide()
        self.set_interval(1, self.show_top)

    def on_resize(self, event: events.Resize) -> None:
        self.fit_qr()
        self.show_top()
        self.call_after_refresh(self.show_keys)  # whether it scrolls is known after layout

    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def country(self) -> str:
        return self.agenda.regions[self.region_index]

    def fit_qr(self) -> None:
        """The code as big as it can be in its share of the width, and no wider: every column
        it does not need goes to the text."""
        qr = self.query_one("#slide-qr", QrCodeView)
        width, height = self.size
        # never wider than the window leaves (the text column keeps its padding): what it
        # says when there is no room for a code must wrap within the window, not run off it
        share = min(width - 2, max(QR_MIN_WIDTH, int(width * QR_SHARE)))
        qr.styles.width = qr_width = qr.snug_width(share, height)
        self.text_width = width - qr_width - 2  # the column's padding

    def _title_fits(self) -> bool:
        """The agenda's title heads every slide when it fits on one line; the first slide shows
        it whatever its length."""
        return self.index == 0 or cell_len(self.agenda.title) <= self.text_width

    def show_top(self) -> None:
        limit = self.agenda.length_minutes * 60
        top = SafeText()
        if self._title_fits():
            top.append(self.agenda.title + "\n", style="bold")
        step: list[tuple[str, SafeText]] = [
            ("", SafeText(_("Step {n} of {total}").format(n=self.index + 1,
                                                          total=len(self.slides)), style="bold")),
            (" · ", SafeText(_("{elapsed} of {length}").format(
                elapsed=_clock(self.timer.elapsed()), length=_clock(limit))))]
        if self.timer.paused:
            step.append((" ", SafeText(_("(timer paused)"), style="reverse")))
        name = self.regions.name(self.country)
        if len(self.agenda.regions) > 1:
            place = _("Region: {country} ({code}), {n} of {total}").format(
                country=name, code=self.country, n=self.region_index + 1,
                total=len(self.agenda.regions))
        else:
            place = _("Region: {country} ({code})").format(country=name, code=self.country)
        region = [("", SafeText(place))]
        if self.agenda.as_of:
            region.append((" · ", SafeText(_("as of {day}").format(
                day=self.agenda.as_of.isoformat()), style="bold")))
        top.append_text(side_by_side(step, self.text_width))
        top.append("\n")
        top.append_text(side_by_side(region, self.text_width))
        self.query_one("#slide-top", Static).update(top)

    def show_keys(self) -> None:
        keys = self.query_one("#slide-keys", Static)
        if self.message:
            keys.update(SafeText(self.message, style="reverse"))
            return
        body = self.query_one("#slide-body", VerticalScroll)
        keys.update(keys_hint(len(self.agenda.regions), body.max_scroll_y > 0, self.text_width))

    def say(self, message: str) -> None:
        """A few seconds' message in place of the key line. A toast would cover the QR code
        the room is scanning."""
        self.message = message
        self.show_keys()
        if self.message_timer is not None:
            self.message_timer.stop()
        self.message_timer = self.set_timer(MESSAGE_SECONDS, self._end_message)

    def _end_message(self) -> None:
        self.message = ""
        self.show_keys()
        self.call_after_refresh(self.show_keys)

    def show_slide(self) -> None:
        slide = self.slide
        self.show_top()
        self.query_one("#slide-main", Static).update(self._main(slide))
        notes = self.query_one("#slide-notes", Static)
        notes.display = self.show_notes
        notes.update(self._notes(slide))
        self.query_one("#slide-body", VerticalScroll).set_class(self.show_notes, "with-notes")
        qr = self.query_one("#slide-qr", QrCodeView)
        if qr.url != slide.part.item.open_link:
            qr.set_link(slide.part.item.open_link, slide.part.guide.domains)
            self.fit_qr()
        self.show_keys()
        self.call_after_refresh(self.show_keys)  # whether it scrolls is known after layout

    def _main(self, slide: Slide) -> SafeText:
        item = slide.part.item
        outcome = outcome_for(slide, self.country, self.on, self.regions)
        out = SafeText()
        out.append(_("{platform}: {title}").format(platform=slide.part.guide.platform,
                                                   title=item.title) + "\n", style="bold")
        where = with_article(self.regions.name(self.country))
        said = _(PRESENTER_STATUS.get(outcome.status, N_("{status} in {region}")))
        if outcome.since:
            said = _("{status} since {day}").format(status=said, day=outcome.since.isoformat())
        status = SafeText(said.format(region=where, status=outcome.status),
                          style="bold reverse" if outcome.status == "not-offered" else "bold")
        out.append_text(status)
        out.append("\n\n")
        if in_english := item_language_note(item):  # said where the room reads English
            out.append(in_english + "\n\n", style="italic")
        guide = slide.part.guide
        if slide.is_intro:
            out.append(item.summary + "\n\n")
            # The rule's own words; dated facts that change nothing are in the notes, so the
            # room reads what matters without scrolling.
            out.append(outcome.rule.reason if outcome.rule else outcome.reason)
            if signal := signal_note(item):
                out.append("\n\n" + signal)
            if outcome.status == NO_OPT_OUT and item.instead:
                out.append("\n\n" + _(INSTEAD_TITLE), style="bold")
                for line in item.instead:
                    out.append(f"\n• {line}")
            return out
        out.append(_("On {device}: step {n} of {total}").format(
            device=slide.device, n=slide.step + 1, total=slide.steps) + "\n\n", style="underline")
        step = with_labels(slide.text, item.labels_on(slide.surfaces[0]))
        step.stylize("bold")
        out.append_text(step)
        for caveat in (labels_caveat(guide, item), steps_caveat(guide, item, slide.surfaces[0])):
            if caveat:
                out.append("\n\n" + caveat, style="italic")
        return out

    def _notes(self, slide: Slide) -> Group:
        notes = slide.part.item.notes
        head = SafeText(_("Facilitator notes"), style="bold underline")
        if notes.minutes:
            head.append(" " + ngettext("(usually about {minutes} minute for this item)",
                                       "(usually about {minutes} minutes for this item)",
                                       notes.minutes).format(minutes=notes.minutes), style="dim")
        parts: list[RenderableType] = [head]
        outcome = outcome_for(slide, self.country, self.on, self.regions)
        for heading, lines in ((_("Say:"), notes.talking_points),
                               (_("People get stuck on:"), notes.common_problems),
                               (_("If they can't find it:"), slide.part.item.help),
                               (_("Also on record:"), tuple(f.text for f in outcome.facts))):
            if lines:
                parts += [SafeText(heading, style="bold"), bullets(lines)]
        item = slide.part.item
        # whom it is for and whether it starts on, with what is not settled said as such
        said = [item.audience, default_line(slide.part.guide, item)]
        for line in said:
            if line:
                parts += [SafeText(line)]
        parts.append(SafeText(checked_line(item.verified, self.on, slide.part.guide.platform,
                                       "presenter"), style="dim"))
        return Group(*parts)

    # -- actions -----------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self.index = index
        self.message = ""  # it was about the slide being left
        self.query_one("#slide-body", VerticalScroll).scroll_home(animate=False)
        self.show_slide()

    def action_next(self) -> None:
        if self.index + 1 < len(self.slides):
            self._go(self.index + 1)
        else:
            self.say(_("That was the last step."))

    def action_previous(self) -> None:
        if self.index > 0:
            self._go(self.index - 1)

    def action_scroll(self, direction: int) -> None:
        """Half a screen at a time: quick through long notes, with a few lines kept in view."""
        body = self.query_one("#slide-body", VerticalScroll)
        body.scroll_relative(y=direction * max(1, body.size.height // 2), animate=False,
                             immediate=True)  # quick presses each count

    def action_notes(self) -> None:
        self.show_notes = not self.show_notes
        self.show_slide()
        if self.show_notes:
            self.call_after_refresh(self._reveal_notes)

    def _reveal_notes(self) -> None:
        """Bring the notes' first lines into view, scrolling the step up only as far as that
        needs: pressing n always shows something."""
        notes = self.query_one("#slide-notes", Static)
        top = notes.virtual_region.y
        self.query_one("#slide-body", VerticalScroll).scroll_to_region(
            Region(0, top, 1, NOTES_IN_VIEW), animate=False)

    def action_region(self) -> None:
        if len(self.agenda.regions) < 2:
            self.say(_("This agenda has one region. To compare, list more under regions in the "
                       "agenda file."))
            return
        self.region_index = (self.region_index + 1) % len(self.agenda.regions)
        self._go(self.index)  # from the top, where what differs by region is

    def action_timer(self) -> None:
        self.timer.toggle()
        self.show_top()
        self.call_after_refresh(self.show_keys)  # a longer top line can leave the text less room
