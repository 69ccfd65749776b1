"""Steps: one at a time for the chosen device, with progress, the labels to look for, the link."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from checkup.guides.loader import link_problem
from checkup.screens.common import ActionBar, Keys, SafeText, breadcrumb, status_line, with_labels
from checkup.screens.styles import styles_beside
from checkup.screens.widgets.folded_link import FoldedLink
from checkup.session import stages
from checkup.session.flow import Position, Task
from checkup.session.keys import STEP_KEYS, step_key
from checkup.session.views import StepView, checkpoint_view, question_view, step_view
from checkup.support.browser import open_in_browser
from checkup.support.i18n import _, ngettext
from checkup.support.safe_text import printable
from checkup.words.finishing import ANSWER_BACK, ANSWER_CANT_FIND, ANSWER_SKIP
from checkup.words.wording import DOES_NOT_ITEM


class StepScreen(Screen):
    CSS = styles_beside(__name__, "step.tcss")
    IN_ACTION_BAR = ("next", "skip", "back", "cant_find")
    # Going forward and back is free: the usual keys for it all work, and record nothing.
    BINDINGS = [Binding(k.bound, k.action, k.label) for k in STEP_KEYS]

    def __init__(self, pos: Position, surface: str) -> None:
        super().__init__()
        self.pos = pos
        self.surface = surface
        self.confirmed: Position | None = None  # the step that cannot be undone they asked for
        self._covered = False  # whether another screen has been over this one since it was made

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        # Few widgets, each holding styled text: every widget costs start-up time.
        # The step comes first, so a small window shows what to do before why.
        with VerticalScroll(id="body"):
            yield Static(id="item-head")
            yield Static(id="step")
            # On a computer the link comes first, then the menu path; on a phone the path
            # first (refresh_step moves #path), and the QR code takes the link there.
            yield Static(id="link-intro")
            yield FoldedLink(id="link")
            yield Static(id="link-said")  # whether the browser opened it
            yield Static(id="path")
            yield Static(id="why")
        yield ActionBar([(_("{label} ({key})").format(label=_(k.label), key=k.key), k.action)
                         for k in map(step_key, self.IN_ACTION_BAR[:3])]
                        + [(_("I can't find it (h)"), "cant_find")], id="actions")
        yield Keys()

    def on_mount(self) -> None:
        if stages.cannot_undo(self.app.session, self.pos):  # resumed at it: asked again
            self._confirm()
        else:  # drawn first, then recorded as where the person is: the write keeps no one waiting
            self.refresh_step(save=False)
            self.call_after_refresh(self._save_position)

    @property
    def plan(self):  # noqa: ANN201 - the session's Plan
        return self.app.session.plan

    @property
    def item_task(self) -> Task:
        return self.plan.todo[self.pos.task]

    def refresh_step(self, save: bool = True) -> None:
        """Draw the step at self.pos; `save`: record it as where the person is (not when a
        dialog closes over it: the answer in the dialog may have moved them on already). A
        step that cannot be undone is drawn only once the person said they mean it."""
        if stages.cannot_undo(self.app.session, self.pos) and self.confirmed != self.pos:
            return
        shown = step_view(self.app.session, self.pos, self.surface, "wizard")
        self.query_one("#progress", Static).update(self._progress(shown))
        self.query_one("#item-head", Static).update(self._item_head(shown))
        self.query_one("#step", Static).update(self._step(shown))
        self._link(shown)
        self.query_one("#path", Static).update(self._path(shown))
        self.query_one("#why", Static).update(self._why(shown))
        if save:
            self._save_position()

    def _save_position(self) -> None:
        self.app.session.save_position(self.pos, self.surface)

    def _progress(self, shown: StepView) -> SafeText:
        """The one measure of progress: items confirmed done, of the items to go through."""
        done, total = shown.done_items, shown.items
        width = 30
        filled = round(width * done / total) if total else width
        # Thick for done, thin for to do: the bar reads in any theme, and without colour.
        out = SafeText("━" * filled, style="bold")
        out.append("─" * (width - filled), style="dim")
        out.append(" " + ngettext("{done} of {total} item done", "{done} of {total} items done",
                                  total).format(done=done, total=total))
        return out

    def _item_head(self, shown: StepView) -> SafeText:
        out = SafeText()
        out.append(shown.title, style="bold")
        out.append("  " + _("({platform}, {kind}, item {n} of {total})").format(
            platform=shown.platform, kind=shown.kind, n=shown.item_number, total=shown.items),
            style="dim")
        if shown.recorded:  # coming back onto an item: what it is recorded as, unchanged
            out.append("\n")
            out.append(shown.recorded, style="italic")
        return out

    def _step(self, shown: StepView) -> SafeText:
        out = SafeText(_("Step {n} of {total}, {device}").format(
            n=shown.step_number, total=shown.steps, device=shown.device), style="bold")
        if shown.switch_to:
            out.append("  " + _("(v: {device} steps)").format(device=shown.switch_to))
        out.append("\n")
        out.append_text(with_labels(shown.text, shown.labels))
        return out

    def _link(self, shown: StepView) -> None:
        intro = self.query_one("#link-intro", Static)
        intro.update(SafeText(shown.link_first))
        intro.display = bool(shown.link_first)
        link = self.query_one("#link", FoldedLink)
        link.show(shown.link, self.item_task.guide.domains)
        link.display = bool(shown.link)
        self._say_opened("")
        body, path = self.query_one("#body"), self.query_one("#path", Static)
        before, after = self.query_one("#link-intro"), self.query_one("#link-said")
        path_first = body.children.index(path) < body.children.index(before)
        link_first = shown.surface == "desktop" and bool(shown.link)  # a phone: the path first
        if link_first and path_first:
            body.move_child(path, after=after)
        elif not link_first and not path_first:
            body.move_child(path, before=before)
        self.query_one("#link").set_class(not link_first, "after-path")

    def _path(self, shown: StepView) -> SafeText:
        out = SafeText()
        if shown.labels:  # nothing to look for on a device where this is done elsewhere
            out.append_text(breadcrumb(shown.labels, shown.text, shown.labels_path))
            out.append("\n")
        if shown.android_note:
            out.append(f"{shown.android_note}\n", style="dim")
        # what rests on one source is said beside it, never stated as fact
        for caveat in (shown.labels_caveat, shown.steps_caveat):
            if caveat:
                out.append(f"{caveat}\n", style="italic")
        if shown.unverified_link:  # text only: no hyperlink, no QR code, not opened
            out.append(f"{shown.link_caveat}\n", style="italic")
            out.append(f"{shown.unverified_link}\n")
        # how fresh the steps are, right under them, where the person decides to trust them
        out.append(shown.checked, style="dim")
        return out

    def _say_opened(self, said: str) -> None:
        line = self.query_one("#link-said", Static)
        line.update(SafeText(said, style="bold"))
        line.display = bool(said)

    def _why(self, shown: StepView) -> SafeText:
        """Whether it applies, in a sentence; for phones, how to get the link there; at the
        item's first step what it does not do and what cannot be undone (before the step that
        needs it), then why it applies."""
        out = SafeText()
        out.append_text(status_line(shown.status, shown.answer))
        out.append("\n\n")
        for said in (shown.language_note, shown.audience, shown.default):
            if said:
                out.append(f"{said}\n")
        if shown.language_note or shown.audience or shown.default:
            out.append("\n")
        if shown.signal:
            out.append(f"{shown.signal}\n\n", style="bold")
        if shown.phone_hint:
            out.append(f"{shown.phone_hint}\n\n", style="dim")
        if shown.undo_warning:
            out.append(_("Cannot be undone: {warning}").format(warning=shown.undo_warning)
                       + "\n\n", style="bold")
        if shown.does_not:
            out.append(_(DOES_NOT_ITEM) + "\n", style="bold")
            for line in shown.does_not:
                out.append(f"• {line}\n")
            out.append("\n")
        if shown.first_step:  # the why is said once, at the item's first step
            out.append(_("Why: {why}").format(why=shown.why))
            for note in shown.notes:
                out.append(f"\n{note}", style="dim")
        out.rstrip()
        return out

    # -- actions: what each does is the session's; the screen only shows where it leads ----
    def _go(self, moved: stages.Moved) -> None:
        """Show where an action led: the summary, the checkpoint after the main item, the
        question at the end of an item, or a step (asked about first if it cannot be undone)."""
        if moved.checkpoint and moved.finished is not None and moved.pos is not None:
            self._checkpoint(moved)
            return
        if moved.pos is None:
            self.app.advance(stages.STEPS)
            return
        self.pos = moved.pos
        if moved.ask:
            self.refresh_step()  # a step left out (cannot be undone) stays undrawn
            self._ask()
        elif moved.confirm:
            self._confirm()
        else:
            self.refresh_step()

    def back_from_summary(self) -> None:
        self._go(stages.back_from_summary(self.app.session, self.surface))

    def action_next(self) -> None:
        self._go(stages.forward(self.app.session, self.pos, self.surface))

    def _ask(self) -> None:
        from checkup.screens.dialogs.item_question import ItemQuestionScreen

        def answered(answer: str | None) -> None:
            if answer in (None, ANSWER_BACK):  # nothing recorded
                self._go(stages.back_from_question(self.app.session, self.pos, self.surface))
            elif answer == ANSWER_CANT_FIND:
                self.action_cant_find()
            elif answer == ANSWER_SKIP:
                self.action_skip()
            else:
                self._go(stages.answer_item(self.app.session, self.pos, answer))

        self.app.push_screen(ItemQuestionScreen(question_view(self.app.session, self.pos)),
                             answered)

    def _confirm(self) -> None:
        from checkup.screens.dialogs.confirm_step import ConfirmStepScreen

        task = self.item_task
        undo = task.item.cannot_undo
        assert undo is not None

        def decided(mean_it: bool | None) -> None:
            if mean_it:
                self.confirmed = self.pos
                self.refresh_step()
            elif mean_it is False:
                self.confirmed = None
                self._go(stages.leave_step_out(self.app.session, self.pos, self.surface))
            else:  # back: the step before the one that cannot be undone
                self.action_back()

        self.app.push_screen(ConfirmStepScreen(task.item.title, undo.warning), decided)

    def _checkpoint(self, moved: stages.Moved) -> None:
        from checkup.screens.dialogs.checkpoint import CheckpointScreen

        assert moved.pos is not None and moved.finished is not None
        at = moved.pos

        def chosen(choice: str | None) -> None:
            session = self.app.session  # closed without an answer: as the second answer
            self._go(stages.at_checkpoint(session, at,
                                          choice or stages.checkpoint_choices(session, at)[1]))

        self.app.push_screen(CheckpointScreen(
            checkpoint_view(self.app.session, moved.finished)), chosen)

    def action_skip(self) -> None:
        from checkup.screens.dialogs.skip import SkipScreen

        def skipped(reason: str | None) -> None:
            if reason is None:  # cancelled
                return
            self._go(stages.skip_item(self.app.session, self.pos, reason))

        self.app.push_screen(SkipScreen(self.item_task.item.title), skipped)

    def action_back(self) -> None:
        previous = stages.step_back(self.app.session, self.pos, self.surface)
        if previous is None:
            self.app.back(_("This is the first step."))
            return
        self.pos = previous
        self.refresh_step()

    def action_cant_find(self) -> None:
        from checkup.screens.dialogs.cant_find import CantFindScreen

        self.app.push_screen(CantFindScreen(self.item_task, self.surface))

    def action_qr(self) -> None:
        from checkup.screens.widgets.qr_widget import QrScreen

        item = self.item_task.item
        if not item.open_link:
            self.notify(printable(_("No link of this item can be shown as a QR code: follow the "
                                    "steps on your phone.")), timeout=5, markup=False)
            return
        self.app.push_screen(QrScreen(item.open_link, self.item_task.guide.domains))

    def action_open_link(self) -> None:
        """The item's link in the person's browser, and one line saying whether it opened."""
        task = self.item_task
        if not task.item.open_link:
            self._say_opened(_("This item has no link to open: follow the steps."))
        elif problem := link_problem(task.item.open_link, task.guide.domains):
            self._say_opened(_("Not opened: {problem}").format(problem=problem))
        elif open_in_browser(task.item.open_link):
            self._say_opened(_("Opened the link in your browser."))
        else:
            self._say_opened(_("No browser could be opened: copy the link instead."))

    def action_switch_device(self) -> None:
        moved = stages.other_device(self.app.session, self.pos, self.surface)
        if moved is None:
            self.notify(printable(_("You picked one device. Go back to the devices screen to add "
                          "another.")), timeout=4, markup=False)
            return
        self.pos, self.surface = moved
        self.refresh_step()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys that do nothing here stay out of the footer.
        if action == "switch_device":
            return len(self.plan.surfaces) > 1
        if action == "open_link":  # a phone opens it with the QR code
            return self.surface == "desktop"
        return True

    def on_screen_suspend(self) -> None:
        self._covered = True

    def on_screen_resume(self) -> None:
        # The first time it is shown, on_mount has just drawn it: drawing it again would only
        # delay the first screen. After a dialog or another screen, the answers may have changed.
        if self._covered and self.pos.task < len(self.plan.todo):
            self.refresh_step(save=False)
