"""Plain mode: the wizard's checkup as a conversation, one question at a time, line by line.

For screen readers, dumb terminals and scripts. It drives the same Session as the full-screen
wizard, so answers and progress land in the same profile, in the same way, and it words things
with checkup.words.wording so both say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from checkup.guides.country_search import matching_countries, typed_code
from checkup.guides.model import SURFACES, Guide
from checkup.plain.conversation import BACK, Conversation, InputEnded, QuitAsked, quoted
from checkup.profile.model import new_reason_problem
from checkup.session import stages
from checkup.session.flow import Position, Task
from checkup.session.keys import STEP_KEYS, app_key
from checkup.session.services import Typed, service_label, typed_answer
from checkup.session.stages import DEVICES, END, GUIDES, OUTCOME, REGION, STEPS, SUMMARY, WELCOME
from checkup.session.views import (
    SourceRow,
    StepView,
    cant_find_view,
    checkpoint_view,
    device_name,
    outcome_view,
    platform_names,
    question_view,
    state_name,
    step_view,
    suggested_region,
    summary_view,
    welcome_view,
)
from checkup.support.i18n import N_, _, ngettext
from checkup.support.locale_country import suggested_country
from checkup.support.safe_text import printable
from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE
from checkup.words.finishing import (
    ANSWER_BACK,
    ANSWER_CANT_FIND,
    ANSWER_DONE,
    ANSWER_KEEP,
    ANSWER_LATER,
    ANSWER_SKIP,
    CONFIRM_NO,
    CONFIRM_QUESTION,
    CONFIRM_YES,
    KEPT_SAID,
    LATER_SAID,
    THEN_TITLE,
    main_done_line,
)
from checkup.words.report import labels_text

if TYPE_CHECKING:
    from checkup.qr.lines import TerminalQr
from checkup.session.session import Session
from checkup.words.wording import (
    DEVICES_EXPLAINED,
    DEVICES_QUESTION,
    DOES_NOT_ITEM,
    DOES_NOT_TITLE,
    NEXT_TITLE,
    NO_REASON,
    NOT_SAYING,
    REGION_EXPLAINED,
    REGION_QUESTION,
    SKIP_QUESTION,
    SKIP_REASONS,
    WELCOME_TITLE,
    device_hints,
    farewell,
    status_words,
)

HOW_TO_ANSWER = N_("How to answer: type your answer and press Enter. Where a question shows an "
                  "answer in [brackets], Enter alone takes it. At any question, ? explains it, "
                  "b goes back and q quits; your progress is saved as you go.")


def step_help(switch_to: str | None) -> str:
    """What ? says at a step; v only when there is another device to switch to."""
    if switch_to:
        return _("At a step: press Enter (or n) for the next step; moving on records nothing, "
                 "and at the end of the item you are asked what happened. s skips the item (you "
                 "are asked why), b goes back a step, h helps when you can't find the setting, c "
                 "shows a QR code that opens the page on your phone, v shows the steps for "
                 "{device}, q quits; your progress is saved.").format(
                     device=device_name(switch_to))
    return _("At a step: press Enter (or n) for the next step; moving on records nothing, and at "
             "the end of the item you are asked what happened. s skips the item (you are asked "
             "why), b goes back a step, h helps when you can't find the setting, c shows a QR "
             "code that opens the page on your phone, q quits; your progress is saved.")


MAX_MATCHES = 12  # countries listed when a name is ambiguous: more is a wall of text to hear


class PlainCheckup:
    """Says what checkup.session.views shows and sends the answers to checkup.session.stages:
    which question comes next, and what an answer at a step does, are decided there."""

    def __init__(self, session: Session, talk: Conversation,
                 make_qr: Callable[[str, tuple[str, ...]], TerminalQr],
                 suggested: str | None = None) -> None:
        """`make_qr(link, domains)`: a QR code for this terminal (checkup.qr.lines.terminal_qr);
        `suggested`: the country the system's locale names, if any."""
        self.session, self.talk, self.make_qr = session, talk, make_qr
        self.suggested = suggested
        self.pos: Position | None = None
        self.surface = ""
        self.shown_item: tuple[int, str] | None = None  # (task, device) whose heading is shown
        self.step_shown: tuple[Position, str] | None = None  # shown last, its prompt asked again

    # -- the whole conversation ----------------------------------------------------------------
    def run(self) -> int:
        session = self.session
        session.recorder.on_warning(
            lambda m: self.talk.say(_("Note: {warning}").format(warning=printable(m))))
        self._welcome_text()
        stage = stages.first_stage(session)
        if stage != WELCOME:
            self._outcome()  # what applies, and why, before the first step
        said: dict[str, Callable[[], str]] = {
            WELCOME: self.welcome, GUIDES: self.guides, REGION: self.region,
            OUTCOME: self.outcome, DEVICES: self.devices, STEPS: self.steps,
            SUMMARY: self.summary,
        }
        try:
            while stage != END:
                stage = said[stage]()
        except QuitAsked:
            self.talk.say()
            self.talk.say(_("Stopped. {farewell}").format(farewell=farewell(session)))
            return 0
        except InputEnded:
            self.talk.say(_("The input ended. {farewell}").format(farewell=farewell(session)))
            return 0
        self.talk.say()
        self.talk.say(farewell(session))
        return 0

    def _back_from(self, stage: str) -> str:
        """The question before `stage`; at the first question, say so and ask it again."""
        before = stages.question_before(self.session, stage)
        if before is None:
            self.talk.say(_("This is the first question."))
            return stage
        return before

    # -- welcome -----------------------------------------------------------------------------
    def _welcome_text(self) -> None:
        shown = welcome_view(self.session)
        self.talk.say(_(WELCOME_TITLE))
        if shown.unreviewed:
            self.talk.say(shown.unreviewed)
        self.talk.say()
        self.talk.say(shown.what)
        self.talk.say()
        self.talk.say(shown.promise)
        if shown.services_line:
            self.talk.say()
            self.talk.say(shown.services_line)
        self.talk.say()
        self.talk.say(_(HOW_TO_ANSWER))

    def welcome(self) -> str:
        session = self.session
        shown = welcome_view(session)
        if not shown.in_progress:
            return stages.after(session, WELCOME)
        self.talk.say()
        self.talk.say(_("You have a checkup in progress."))
        if shown.last_time:
            self.talk.say(shown.last_time)
        if shown.resume_to:
            self.talk.say(shown.resume_to)
        if session.asks_guides:
            explain = _("Resume goes straight to where you stopped. Start again asks which "
                        "services you use, where you live and which devices you use again; what "
                        "you have done stays done.")
        else:
            explain = _("Resume goes straight to where you stopped. Start again asks where you "
                        "live and which devices you use again; what you have done stays done.")
        choice = self.talk.choose(
            _("Resume or start again"), [_("Resume where I stopped"), _("Start again")],
            explain, back=False)
        if choice == 2:
            return stages.after(session, WELCOME)
        return stages.resume_stage(session)

    # -- services ----------------------------------------------------------------------------
    def guides(self) -> str:
        """Which services the person uses: numbers from the list, or names to search for."""
        session, talk = self.session, self.talk
        offered = session.offered
        ticked = session.ticked_services()
        talk.say()
        talk.say(_("Which services do you use?"))
        talk.numbered([service_label(g) for g in offered])
        if ticked:
            talk.say(_("Last time: {names}.").format(names=", ".join(
                g.platform for g in offered if g.id in ticked)))
        default = " ".join(str(n) for n, g in enumerate(offered, 1) if g.id in ticked)
        explain = _("Type the numbers of the services you have an account with, such as 1 3, "
                    "or their names, such as ChatGPT, Instagram (commas between names). A "
                    "part of a name finds every service it is in. b goes back.")
        while True:
            answer = talk.ask(_("Your services: numbers or names, b to go back, ? for help"),
                              explain, default)
            if answer.lower() == BACK:
                return self._back_from(GUIDES)
            if not answer:
                talk.say(_("Type at least one number or name: none is picked for you."))
                continue
            typed = typed_answer(offered, answer)
            if typed.clean:
                break
            self._typed_problems(typed, offered)
        session.choose_guides(typed.picked)
        talk.say(_("Your services: {names}.").format(
            names=", ".join(g.platform for g in session.guides)))
        return stages.after(session, GUIDES)

    def _typed_problems(self, typed: Typed, offered: list[Guide]) -> None:
        """What a typed answer could not pick, each part in its own sentence; nothing is
        picked until every part finds one service."""
        talk = self.talk
        for number in typed.out_of_range:
            talk.say(_("{typed} is not one of the numbers 1 to {count}.").format(
                typed=quoted(number), count=len(offered)))
        for name in typed.unknown:
            talk.say(_("No service matches {typed}.").format(typed=quoted(name)))
        for name, numbers in typed.unclear:
            talk.say(_("{typed} matches several services: {found}; type the number of the one "
                       "you mean.").format(typed=quoted(name), found=", ".join(
                           f"{n}.\u00a0{offered[n - 1].platform}" for n in numbers)))
        if not typed.picked and not (typed.out_of_range or typed.unknown or typed.unclear):
            talk.say(_("Type at least one number or name: none is picked for you."))

    # -- region ------------------------------------------------------------------------------
    def region(self) -> str:
        session, talk = self.session, self.talk
        regions = session.regions
        offered = suggested_region(session, self.suggested)
        default_code = offered.code or "0"
        if offered.code is None:
            default_name = _(NOT_SAYING)
        else:
            default_name = _("{country} ({code})").format(country=regions.name(offered.code),
                                                          code=offered.code)
        talk.say()
        talk.say(_(REGION_QUESTION) + " " + _(REGION_EXPLAINED))
        if offered.from_system:
            talk.say(_("Enter alone: {answer}, from your system settings.").format(
                answer=default_name))
        else:
            talk.say(_("Enter alone: {answer}.").format(answer=default_name))
        explain = _("Type the name of the country you live in, in English or in its own "
                    "language (such as Germany or Deutschland), or part of it (such as germ), "
                    "or its two-letter code (such as DE; UK works for GB). Type 0 if you prefer "
                    "not to say: you then see the answer for every region.")
        while True:
            answer = talk.ask(_("Your country's name or code, 0 to prefer not to say, "
                                "b to go back"), explain, default_code)
            if answer.lower() == BACK:
                return self._back_from(REGION)
            if answer == "0":
                session.choose_region(None)
                talk.say(_("You preferred not to say."))
                return stages.after(session, REGION)
            code = self._pick_country(answer)
            if code:
                session.choose_region(code)
                talk.say(_("{country} ({code}).").format(country=regions.name(code), code=code))
                return stages.after(session, REGION)

    def _pick_country(self, query: str) -> str | None:
        """The country meant by `query`, asking which when several match; None to ask again."""
        regions = self.session.regions
        typed = query.strip()
        if code := typed_code(regions, typed):  # a code, such as DE or UK
            return code
        matches = matching_countries(regions, typed)
        if len(matches) == 1:  # never a guess: with two (Niger, Nigeria) the person picks
            return matches[0][0]
        if not matches:
            self.talk.say(_("No country matches {typed}. Try another name for it, fewer "
                            "letters, or its two-letter code (such as GB or US).").format(
                                typed=quoted(query)))
            return None
        listed = matches[:MAX_MATCHES]
        if len(matches) > len(listed):
            self.talk.say(ngettext("{count} country matches {typed}; the first {shown}:",
                                   "{count} countries match {typed}; the first {shown}:",
                                   len(matches)).format(
                count=len(matches), typed=quoted(query), shown=len(listed)))
        else:
            self.talk.say(ngettext("{count} country matches {typed}:",
                                   "{count} countries match {typed}:", len(matches)).format(
                count=len(matches), typed=quoted(query)))
        choice = self.talk.choose(
            _("Which one"), [_("{country} ({code})").format(country=name, code=code)
                             for code, name in listed],
            _("Type the number of your country, or b to type another name."), default=None)
        return None if choice is None else listed[choice - 1][0]

    # -- what applies --------------------------------------------------------------------------
    def outcome(self) -> str:
        self._outcome()
        return stages.after(self.session, OUTCOME)

    def _outcome(self) -> None:
        """What applies where the person lives, item by item: the answer in a sentence, and why.
        The answers over time and the sources are told on request (m at a step)."""
        talk, shown = self.talk, outcome_view(self.session)
        talk.say()
        talk.say(_("What applies to you: {where}, as of {day}.").format(
            where=shown.where, day=shown.on))
        for n, row in enumerate(shown.rows, 1):
            talk.say()
            if row.service:  # several services: each one's items under its name
                talk.say(_("{service}:").format(service=row.service))
            talk.say(_("{title} (the main setting)").format(title=row.title) if row.is_main
                     else row.title, "   ", f"{n}. ")
            if row.for_country:
                talk.say(row.answer or _("{status}.").format(status=status_words(row.status)),
                         "   ")
                talk.say(row.reason, "   ")
            if row.audience:
                talk.say(row.audience, "   ")
            for answer, why in row.regions:
                talk.say(f"{answer} {why}", "     ", "   - ")
            for note in row.notes:
                talk.say(note, "   ")
            self._instead(row.instead, row.instead_does_not)
        talk.say()
        talk.say(shown.left)
        talk.say(_("At any step, m tells how its answer changed over time, and the sources."))

    def _more(self) -> None:
        """The current item's answers over time and its sources: the outcome's "More"."""
        assert self.pos is not None
        task = self._task()
        row = next(r for r in outcome_view(self.session).rows
                   if (r.platform, r.title) == (task.guide.platform, task.item.title))
        talk = self.talk
        talk.say()
        talk.say(_("Over time: {item}").format(item=task.item.title))
        for line in row.history:
            said = (_("{answer} This is the answer now.").format(answer=line.said)
                    if line.in_force else line.said)
            talk.say(said, "     ", "   - ")
            if line.why:
                talk.say(line.why, "     ")
        self._sources(row.sources)
        self.step_shown = None  # the step again, under the history

    def _sources(self, sources: tuple[SourceRow, ...]) -> None:
        for source in sources:
            self.talk.say(_("Source: {title}, {date}:").format(title=source.title,
                                                               date=source.date), "   ")
            self.talk.link(source.url, "   ")
            if source.read_at:
                self.talk.say(_("Read on a stored copy:"), "   ")
                self.talk.lines([f"   {source.read_at}"])

    # -- devices -----------------------------------------------------------------------------
    def devices(self) -> str:
        session = self.session
        self.talk.say()
        self.talk.say(_(DEVICES_QUESTION) + " " + _(DEVICES_EXPLAINED))
        chosen = session.surfaces or ("desktop",)
        hints = device_hints(platform_names(session), several=len(session.guides) > 1)
        picked = self.talk.choose_many(
            _("Devices"),
            [_("{device}: {hint}").format(device=device_name(s), hint=hints[s])
             for s in SURFACES],
            _("Pick every device you use the platform on, such as 1,2 for a computer and an "
              "iPhone. The steps are shown for the first one; v at a step shows another's."),
            default=[SURFACES.index(s) + 1 for s in chosen])
        if picked is None:
            return self._back_from(DEVICES)
        session.choose_surfaces(tuple(SURFACES[n - 1] for n in picked))
        return stages.after(session, DEVICES)

    # -- steps -------------------------------------------------------------------------------
    def steps(self) -> str:
        session = self.session
        if self.pos is None:
            self.pos = session.start_position()
            self.surface = session.start_surface()
        while self.pos is not None:
            where_next = self._one_step()
            if where_next:
                return where_next
        return stages.after(session, STEPS)

    def _task(self) -> Task:
        assert self.pos is not None
        return self.session.plan.todo[self.pos.task]

    def _one_step(self) -> str | None:
        """Show the current step and act on the answer; a stage name when leaving the steps."""
        assert self.pos is not None
        session, talk, task = self.session, self.talk, self._task()
        self.pos = stages.clamp(session, self.pos, self.surface)
        switch_to = session.plan.next_surface(self.surface)
        if self.step_shown != (self.pos, self.surface):
            session.save_position(self.pos, self.surface)
            shown = step_view(session, self.pos, self.surface, "plain")
            if self.shown_item != (self.pos.task, self.surface):
                self._item_heading(shown)
            self._step_text(shown)
        # One short line, so a QR code shown above it stays whole in an 80x24 window.
        answer = talk.ask(_("Press Enter for the next step, or a key (? lists them)"),
                          step_help(switch_to), "n").lower()
        if answer == "n":
            self._moved(stages.forward(session, self.pos, self.surface))
        elif answer == "s":
            self._skip()
        elif answer == BACK:
            return self._back()
        elif answer == "h":
            self._cant_find(task)
        elif answer == "c":
            self._qr(task)
        elif answer == "m":
            self._more()
        elif answer == "v" and switch_to:
            moved_to = stages.other_device(session, self.pos, self.surface)
            if moved_to:
                self.pos, self.surface = moved_to
        else:
            talk.say(_("{typed} is not a key here: {keys}").format(
                typed=quoted(answer), keys=self._keys(switch_to)))
        return None

    def _keys(self, switch_to: str | None) -> str:
        keys = []
        for key in STEP_KEYS:
            if key.action == "switch_device":
                if switch_to:
                    keys.append(f"{key.key} " + _(key.said).format(
                        device=device_name(switch_to)))
            elif key.action == "open_link":  # the wizard's: here the link is shown to copy
                continue
            elif key.action == "next":  # Enter alone is next
                keys.append(_("Enter {what}").format(what=_(key.said)))
            else:
                keys.append(f"{key.key} {_(key.said)}")
        keys.append("m " + _("more: the answer over time, and the sources"))
        keys += [f"{k.key} {_(k.said)}" for k in map(app_key, ("help", "quit_saving"))]
        # A key and its word never part at a line's end: no lone "?" starts a line.
        return ", ".join(k.replace(" ", "\u00a0", 1) for k in keys) + "."

    def _item_heading(self, shown: StepView) -> None:
        talk = self.talk
        self.shown_item = (shown.pos.task, shown.surface)
        talk.say()
        talk.say(_("Item {n} of {total}: {item} ({platform}, {kind}).").format(
            n=shown.item_number, total=shown.items, item=shown.title, platform=shown.platform,
            kind=shown.kind))
        talk.say(ngettext("{done} of {total} item done so far.",
                          "{done} of {total} items done so far.", shown.items).format(
                              done=shown.done_items, total=shown.items))
        if shown.recorded:
            talk.say(shown.recorded)
        talk.say(shown.answer or _("{status}.").format(status=status_words(shown.status)))
        for said in (shown.language_note, shown.audience, shown.default, shown.signal):
            if said:
                talk.say(said)
        talk.say(shown.why)
        for note in shown.notes:
            talk.say(note)
        talk.say(shown.checked)
        link_first = shown.surface == "desktop" and bool(shown.link)
        if link_first:  # on a computer the link is the quickest way: before the menu
            talk.say(shown.link_first)
            talk.link(shown.link)
        if shown.labels:  # the apps' menus are not the web's
            talk.say(_("Look for: {labels}").format(
                labels=labels_text(shown.labels, shown.labels_path)))
        if shown.android_note:
            talk.say(shown.android_note)
        for caveat in (shown.labels_caveat, shown.steps_caveat):
            if caveat:  # what rests on one source is said beside it
                talk.say(caveat)
        if shown.unverified_link:  # text only, never a QR code
            talk.say(shown.link_caveat)
            talk.say(shown.unverified_link)
        if shown.undo_warning:  # before the step that needs it
            talk.say(_("Cannot be undone: {warning}").format(warning=shown.undo_warning))
        if shown.does_not:
            talk.say(_(DOES_NOT_ITEM))
            talk.items(list(shown.does_not))
        if not link_first and shown.link:
            talk.say(shown.link_name)
            talk.link(shown.link)
        talk.say(_("Keys at each step: {keys}").format(keys=self._keys(
            self.session.plan.next_surface(shown.surface))))

    def _step_text(self, shown: StepView) -> None:
        self.step_shown = (shown.pos, shown.surface)
        self.talk.say()
        self.talk.say(_("Step {n} of {total}, {device}:").format(
            n=shown.step_number, total=shown.steps, device=shown.device))
        if shown.undo_warning and not shown.first_step:  # said at the start already
            self.talk.say(_("Cannot be undone: {warning}").format(warning=shown.undo_warning))
        self.talk.say(shown.text)
        if shown.mentions_link:  # the link the step speaks of, where the reader is now
            self.talk.link(shown.link)
        if shown.phone_hint and shown.first_step:
            self.talk.say(shown.phone_hint)

    def _skip(self) -> None:
        assert self.pos is not None
        task = self._task()
        reason = self._skip_reason(task)
        if reason is None:
            self.shown_item = self.step_shown = None
            return
        self.talk.say(_("Skipped: {item}.").format(item=task.item.title))
        self._moved(stages.skip_item(self.session, self.pos, reason))

    def _skip_reason(self, task: Task) -> str | None:
        """Why the person skips `task`; None when they went back without skipping."""
        talk = self.talk
        talk.say()
        talk.say(_("Skip: {item}. {question}").format(item=task.item.title,
                                                      question=_(SKIP_QUESTION)))
        other = _("Another reason (you type it)")
        choice = talk.choose(_("Your reason"), [*map(_, SKIP_REASONS), other],
                             _("The reason is kept so the summary and checkup status can show "
                               "it. b goes back without skipping."))
        if choice is not None and choice <= len(SKIP_REASONS):
            return _(SKIP_REASONS[choice - 1])
        if choice is not None:
            while True:
                reason = talk.ask(_("Your reason, in a few words, or b to go back"),
                                  _("Anything that reminds you why."), _(NO_REASON))[:200]
                if not (problem := new_reason_problem(reason)):
                    break
                talk.say(_("{reason} is not taken: {problem}.").format(reason=quoted(reason),
                                                                      problem=problem))
            if reason.lower() != BACK:
                return reason
        talk.say(_("Not skipped."))
        return None

    def _moved(self, moved: stages.Moved) -> None:
        """Go where an action led: the question at the end of an item, the checkpoint after the
        main item, a step that cannot be undone (asked about first), or the next step."""
        while True:
            if moved.checkpoint and moved.finished is not None and moved.pos is not None:
                moved = self._checkpoint(moved)
                continue
            self.pos = moved.pos
            if moved.pos is None:
                return
            if moved.ask:
                answered = self._question()
                # back: the last step, asked about first if it cannot be undone
                moved = answered or stages.back_from_question(self.session, moved.pos,
                                                              self.surface)
                continue
            if moved.confirm:
                moved = self._confirm(moved.pos)
                continue
            return

    def _question(self) -> stages.Moved | None:
        """The question at the end of the item; None to stay on its last step. Enter alone
        takes "later" (or leaves a recorded answer as it was), never done."""
        assert self.pos is not None
        talk, session = self.talk, self.session
        while True:
            shown = question_view(session, self.pos)
            talk.say()
            talk.say(_("{item}: {question}").format(item=shown.title, question=shown.question))
            if shown.recorded:
                talk.say(shown.recorded)
            if shown.then:
                talk.say(_(THEN_TITLE))
                talk.items(list(shown.then))
            answers = [a for a in shown.answers if a.answer != ANSWER_BACK]
            kinds = [a.answer for a in answers]
            default = kinds.index(ANSWER_KEEP if ANSWER_KEEP in kinds else ANSWER_LATER) + 1
            choice = talk.choose(_("Your answer"), [a.label for a in answers],
                                 _("Say what happened: only your answer is recorded. Enter "
                                   "alone is not a yes. b goes back to the steps."),
                                 default=default)
            if choice is None:
                self.step_shown = None  # the last step again, shown anew
                return None
            answer = kinds[choice - 1]
            if answer == ANSWER_CANT_FIND:
                self._cant_find(self._task())
                continue
            if answer == ANSWER_SKIP:
                reason = self._skip_reason(self._task())
                if reason is None:
                    continue
                talk.say(_("Skipped: {item}.").format(item=shown.title))
                return stages.answer_item(session, self.pos, ANSWER_SKIP, reason)
            task = self._task()
            moved = stages.answer_item(session, self.pos, answer)
            if answer == ANSWER_DONE:
                talk.say(main_done_line(task.item.kind, task.item.title))
            elif answer == ANSWER_LATER:
                talk.say(_(LATER_SAID).format(item=task.item.title))
            else:
                kept = state_name(task, session.state(task), brief=True)
                talk.say(_(KEPT_SAID).format(item=task.item.title, state=kept))
            return moved

    def _confirm(self, pos: Position) -> stages.Moved:
        """Before a step that cannot be undone: the warning, and whether the person means it."""
        talk, session = self.talk, self.session
        task = session.plan.todo[pos.task]
        assert task.item.cannot_undo is not None
        if self.shown_item != (pos.task, self.surface):  # reached from the summary: which item
            self._item_heading(step_view(session, pos, self.surface, "plain"))
        talk.say()
        talk.say(_(CONFIRM_QUESTION))
        talk.say(task.item.cannot_undo.warning)
        choice = talk.choose(_("Your answer"), [_(CONFIRM_NO), _(CONFIRM_YES)],
                             _("Either answer records nothing: it decides whether the step is "
                               "shown."), back=False)
        if choice == 2:
            return stages.Moved(pos)
        return stages.leave_step_out(session, pos, self.surface)

    def _checkpoint(self, moved: stages.Moved) -> stages.Moved:
        assert moved.pos is not None and moved.finished is not None
        shown = checkpoint_view(self.session, moved.finished)
        talk = self.talk
        talk.say()
        talk.say(shown.title)
        talk.say(shown.done)
        talk.say(shown.offer)
        talk.items(list(shown.related))
        if shown.later:
            talk.say(shown.later)
        if shown.second == stages.NEXT_SERVICE:
            explain = _("Going on shows the related items one by one; the next service leaves "
                        "them on your list for next time.")
        else:
            explain = _("Going on shows the related items one by one; stopping leaves them on "
                        "your list for next time.")
        choice = talk.choose(_("Go on or stop") if shown.second == stages.STOP
                             else _("Related items or next service"),
                             [shown.go_on, shown.stop], explain, back=False)
        return stages.at_checkpoint(self.session, moved.pos,
                                    stages.RELATED if choice == 1 else shown.second)

    def _back(self) -> str | None:
        assert self.pos is not None
        previous = stages.step_back(self.session, self.pos, self.surface)
        if previous is not None:
            self.pos = previous
            return None
        stage = stages.question_before(self.session, STEPS)
        if stage is None:
            self.talk.say(_("This is the first step."))
            return None
        self.pos = self.shown_item = self.step_shown = None
        return stage

    def _cant_find(self, task: Task) -> None:
        talk, shown = self.talk, cant_find_view(self.session, task, self.surface)
        talk.say()
        talk.say(shown.title)
        talk.say(shown.answer)
        talk.say(shown.device)
        if shown.link:
            talk.say(shown.link_name)
            talk.link(shown.link)
        talk.items(shown.reasons)
        for note in shown.notes:
            talk.say(note)
        talk.say(shown.skip)
        self.step_shown = None  # the step again, under the help

    def _qr(self, task: Task) -> None:
        self.talk.say()
        if not task.item.open_link:
            self.talk.say(_("No link of this item can be shown as a QR code: follow the steps "
                            "on your phone."))
            return
        qr = self.make_qr(task.item.open_link, task.guide.domains)
        if not qr.code:  # nothing to scan: say why, in lines that fit, and give the link
            self.talk.say(qr.why_not)
            self.talk.lines(qr.text)
            return
        self.talk.say(_("Point your phone's camera at this code, about 20-30 cm away, and tap "
                        "the link it offers. Check the domain below before you sign in."))
        self.talk.lines(qr.lines())

    # -- summary -----------------------------------------------------------------------------
    def _instead(self, instead: tuple[str, ...], does_not: tuple[str, ...]) -> None:
        """Where there is no way to stop it: what to do instead, and what that does not undo."""
        if not instead:
            return
        for title, lines in ((INSTEAD_TITLE, instead), (INSTEAD_DOES_NOT_TITLE, does_not)):
            if lines:
                self.talk.say(_(title), "   ")
                for line in lines:
                    self.talk.say(line, "     ", "   - ")

    def summary(self) -> str:
        talk, shown = self.talk, summary_view(self.session)
        talk.say()
        talk.say(shown.heading)
        if shown.more:
            talk.say(shown.more)
        talk.say(shown.counts)
        for group in shown.groups:
            if shown.by_service:  # several services: each under its name
                talk.say()
                talk.say(_("{service}:").format(service=group.service))
            for row in group.rows:
                talk.say(_("{item}: {state}").format(item=row.title, state=row.word), "    ",
                         f"{row.mark} ")
                if row.reason:
                    talk.say(printable(row.reason), "    ")
                for then in row.then:  # a request sent: what happens next
                    talk.say(then, "    ")
                self._instead(row.instead, row.instead_does_not)
        if shown.does_not:
            talk.say()
            talk.say(_(DOES_NOT_TITLE))
            talk.items(list(shown.does_not))
        talk.say()
        talk.say(_(NEXT_TITLE))
        talk.items(list(shown.next))
        if not shown.asks_to_finish:
            return END
        try:
            answer = talk.ask(_("Press Enter to finish, or b to go back to the last step"),
                              _("Enter ends the checkup; everything is saved. b shows the last "
                                "step again."), _("finish"))  # the answer Enter gives
        except InputEnded:
            return END
        if answer.lower() != BACK:
            return END
        self.surface = self.surface or self.session.plan.surfaces[0]
        self.shown_item = self.step_shown = None
        self._moved(stages.back_from_summary(self.session, self.surface))
        return STEPS if self.pos is not None else SUMMARY  # left out, and answered again


def run_plain(session: Session, talk: Conversation) -> int:
    from checkup.qr.lines import terminal_qr

    return PlainCheckup(session, talk, terminal_qr, suggested_country()).run()
