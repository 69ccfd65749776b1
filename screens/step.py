"""Steps: one at a time for the chosen device, with progress, the labels to look for, the link."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.guides.report import ANDROID_ASSUMED
from checkup.screens import navigation
from checkup.screens.common import (
    ActionBar,
    FoldedLink,
    Keys,
    SafeText,
    breadcrumb,
    status_line,
    surface_name,
    with_labels,
)
from checkup.screens.styles import styles_beside
from checkup.session.flow import Position, Task
from checkup.session.session import DONE, SKIPPED
from checkup.words.freshness import checked_line
from checkup.words.wording import PHONE_HINT


class StepScreen(Screen):
    CSS = styles_beside(__name__, "step.tcss")
    IN_ACTION_BAR = ("done", "skip", "back", "cant_find")
    BINDINGS = [
        Binding("d", "done", "Done"),
        Binding("s", "skip", "Skip"),
        Binding("b", "back", "Back"),
        Binding("h", "cant_find", "Can't find"),
        Binding("c", "qr", "QR"),
        Binding("v", "switch_device", "Device"),
    ]

    def __init__(self, pos: Position, surface: str) -> None:
        super().__init__()
        self.pos = pos
        self.surface = surface

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        # Few widgets, each holding styled text: every widget costs start-up time.
        # The step comes first, so a small window shows what to do before why.
        with VerticalScroll(id="body"):
            yield Static(id="item-head")
            yield Static(id="step")
            yield FoldedLink("", id="link")
            yield Static(id="why")
        yield ActionBar([("Done (d)", "done"), ("Skip (s)", "skip"), ("Back (b)", "back"),
                         ("I can't find it (h)", "cant_find")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        self.refresh_step()

    @property
    def plan(self):  # noqa: ANN201 - the session's Plan
        return self.app.session.plan

    @property
    def item_task(self) -> Task:
        return self.plan.todo[self.pos.task]

    def refresh_step(self) -> None:
        task, pos = self.item_task, self.pos
        steps = task.item.steps[self.surface]
        step = steps[min(pos.step, len(steps) - 1)]
        self.query_one("#progress", Static).update(self._progress())
        self.query_one("#item-head", Static).update(self._item_head())
        self.query_one("#step", Static).update(self._step(steps, step))
        self.query_one("#link", FoldedLink).show(task.item.link)
        self.query_one("#why", Static).update(self._why())
        self.app.session.save_position(pos, self.surface)

    def _progress(self) -> SafeText:
        plan, pos = self.plan, self.pos
        total = plan.total_steps()
        # progress counts the first device's steps; another device's may number differently
        main_steps = len(plan.steps(self.item_task))
        done = plan.steps_before(Position(pos.task, min(pos.step, main_steps - 1)))
        width = 30
        filled = round(width * done / total) if total else width
        # Thick for done, thin for to do: the bar reads in any theme, and without colour.
        out = SafeText("━" * filled, style="bold")
        out.append("─" * (width - filled), style="dim")
        out.append(f" Checkup: step {done + 1} of {total}")
        return out

    def _item_head(self) -> SafeText:
        task, pos = self.item_task, self.pos
        kind = "main setting" if task.is_main else "related"
        out = SafeText()
        out.append(task.item.title, style="bold")
        out.append(f"  ({task.guide.platform}, {kind}, item {pos.task + 1} of "
                   f"{len(self.plan.todo)})", style="dim")
        return out

    def _step(self, steps: tuple[str, ...], step: str) -> SafeText:
        out = SafeText(f"Step {self.pos.step + 1} of {len(steps)}, {surface_name(self.surface)}",
                   style="bold")
        if switch_to := self.plan.next_surface(self.surface):
            out.append(f"  (v: {surface_name(switch_to)} steps)")
        out.append("\n")
        item = self.item_task.item
        labels = item.labels_on(self.surface)  # the apps' menus are not the web's
        out.append_text(with_labels(step, labels))
        if labels:  # nothing to look for on a device where this is done elsewhere
            out.append("\n\n")
            out.append_text(breadcrumb(labels, step, item.labels_path))
        if self.surface == "android" and item.android_assumed:
            out.append(f"\n{ANDROID_ASSUMED}", style="dim")
        # how fresh the steps are, right under them, where the person decides to trust them
        task = self.item_task
        out.append("\n")
        out.append(checked_line(item.verified, self.plan.on, task.guide.platform, "wizard"),
                   style="dim")
        return out

    def _why(self) -> SafeText:
        """For phones, how to get the link there; then whether it applies and, at the item's
        first step, why."""
        task, out = self.item_task, SafeText()
        if self.surface != "desktop":
            out.append(f"{PHONE_HINT}\n\n", style="dim")
        rep = task.report
        since = rep.outcome.since.isoformat() if rep.outcome and rep.outcome.since else None
        out.append_text(status_line(rep.status, since))
        if self.pos.step == 0:  # the why is said once, at the item's first step
            out.append("\n")
            out.append(rep.outcome.reason if rep.outcome else task.item.summary)
        return out

    # -- actions -----------------------------------------------------------------------------
    def _go(self, pos: Position | None) -> None:
        if pos is None:
            from checkup.screens.summary import SummaryScreen

            self.app.session.save_position(None)
            self.app.push_screen(SummaryScreen())
            return
        self.pos = pos
        self.refresh_step()

    def action_done(self) -> None:
        after = self.plan.next(self.pos, self.surface)
        if after is None or after.task != self.pos.task:  # its last step: the item is done
            self.app.session.mark(self.item_task, DONE)
        self._go(after)

    def action_skip(self) -> None:
        from checkup.screens.dialogs.skip import SkipScreen

        def skipped(reason: str | None) -> None:
            if reason is None:  # cancelled
                return
            self.app.session.mark(self.item_task, SKIPPED, reason)
            self._go(self.plan.next_task(self.pos))

        self.app.push_screen(SkipScreen(self.item_task.item.title), skipped)

    def action_back(self) -> None:
        previous = self.plan.previous(self.pos, self.surface)
        if previous is None:
            navigation.go_back(self.app, "This is the first step.")
            return
        self.pos = previous
        self.refresh_step()

    def action_cant_find(self) -> None:
        from checkup.screens.dialogs.cant_find import CantFindScreen

        self.app.push_screen(CantFindScreen(self.item_task))

    def action_qr(self) -> None:
        from checkup.screens.widgets.qr_widget import QrScreen

        item = self.item_task.item
        self.app.push_screen(QrScreen(item.link, self.item_task.guide.domains))

    def action_switch_device(self) -> None:
        switch_to = self.plan.next_surface(self.surface)
        if switch_to is None:
            self.notify("You picked one device. Go back to the devices screen to add another.",
                        timeout=4, markup=False)
            return
        self.surface = switch_to
        steps = self.item_task.item.steps[self.surface]
        self.pos = Position(self.pos.task, min(self.pos.step, len(steps) - 1))
        self.refresh_step()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys that do nothing here stay out of the footer.
        if action == "switch_device":
            return len(self.plan.surfaces) > 1
        return True

    def on_screen_resume(self) -> None:
        if self.pos.task < len(self.plan.todo):
            self.refresh_step()
