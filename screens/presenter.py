"""The workshop presenter: one step per screen, large, with a QR code for the room's phones."""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from checkup.agenda import Agenda
from checkup.regions import RegionTable
from checkup.screens.common import with_labels
from checkup.screens.qr_widget import QrCodeView
from checkup.slides import Slide, build_slides, outcome_for

KEYS_HINT = "space/→ next · ← back · n notes · r region · t timer · q quit"
PRESENTER_STATUS = {"applies": "Applies", "not-offered": "Not offered",
                    "paused": "Paused by a regulator", "unknown": "No rule for this date"}


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
    BINDINGS = [
        Binding("space,right,pagedown,down,enter", "next", "Next"),
        Binding("left,pageup,up,backspace", "previous", "Back"),
        Binding("n", "notes", "Notes"),
        Binding("r", "region", "Region"),
        Binding("t", "timer", "Timer"),
        Binding("q", "app.quit", "Quit"),
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

    def compose(self) -> ComposeResult:
        with Horizontal(id="presenter"):
            with Vertical(id="slide-column"):
                yield Static(id="slide-top")
                yield Static(id="slide-main")
                yield Static(id="slide-notes")
                yield Static(Text(KEYS_HINT), id="slide-keys")
            yield QrCodeView(self.slide.part.item.link, self.slide.part.guide.domains,
                             zoom=True, id="slide-qr")

    def on_mount(self) -> None:
        self.show_slide()
        self.set_interval(1, self.show_top)

    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def country(self) -> str:
        return self.agenda.regions[self.region_index]

    def show_top(self) -> None:
        limit = self.agenda.length_minutes * 60
        top = Text()
        top.append(f"Step {self.index + 1} of {len(self.slides)}", style="bold")
        top.append(f" · {_clock(self.timer.elapsed())} of {_clock(limit)}")
        if self.timer.paused:
            top.append(" (timer paused)", style="reverse")
        name = self.regions.name(self.country)
        top.append(f"\nRegion: {name} ({self.country})")
        if len(self.agenda.regions) > 1:
            top.append(f", r for the next ({self.region_index + 1} of "
                       f"{len(self.agenda.regions)})", style="dim")
        self.query_one("#slide-top", Static).update(top)

    def show_slide(self) -> None:
        slide = self.slide
        self.show_top()
        self.query_one("#slide-main", Static).update(self._main(slide))
        notes = self.query_one("#slide-notes", Static)
        notes.display = self.show_notes
        notes.update(self._notes(slide))
        qr = self.query_one("#slide-qr", QrCodeView)
        if qr.url != slide.part.item.link:
            qr.set_link(slide.part.item.link, slide.part.guide.domains)

    def _main(self, slide: Slide) -> Text:
        item = slide.part.item
        outcome = outcome_for(slide, self.country, self.on, self.regions)
        out = Text()
        out.append(f"{slide.part.guide.platform}: {item.title}\n", style="bold")
        where = self.regions.name(self.country)
        status = Text(f"{PRESENTER_STATUS.get(outcome.status, outcome.status)} in {where}",
                      style="bold reverse" if outcome.status == "not-offered" else "bold")
        if outcome.since:
            status.append(f" since {outcome.since.isoformat()}")
        out.append_text(status)
        out.append("\n\n")
        if slide.is_intro:
            out.append(item.summary + "\n\n")
            out.append(outcome.reason)
            return out
        out.append(f"On {slide.device}: step {slide.step + 1} of {slide.steps}\n\n",
                   style="underline")
        step = with_labels(slide.text, item.labels)
        step.stylize("bold")
        out.append_text(step)
        return out

    def _notes(self, slide: Slide) -> Text:
        notes = slide.part.item.notes
        out = Text()
        out.append("Facilitator notes", style="bold underline")
        if notes.minutes:
            out.append(f" (usually about {notes.minutes} minutes for this item)", style="dim")
        for heading, lines in (("Say", notes.talking_points),
                               ("People get stuck on", notes.common_problems),
                               ("If they can't find it", slide.part.item.help)):
            if lines:
                out.append(f"\n{heading}:", style="bold")
                for line in lines:
                    out.append(f"\n• {line}")
        return out

    # -- actions -----------------------------------------------------------------------------
    def action_next(self) -> None:
        if self.index + 1 < len(self.slides):
            self.index += 1
            self.show_slide()
        else:
            self.notify("That was the last step.", timeout=3)

    def action_previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_slide()

    def action_notes(self) -> None:
        self.show_notes = not self.show_notes
        self.show_slide()

    def action_region(self) -> None:
        self.region_index = (self.region_index + 1) % len(self.agenda.regions)
        self.show_slide()

    def action_timer(self) -> None:
        self.timer.toggle()
        self.show_top()
