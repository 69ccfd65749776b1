"""Plain mode: the wizard's checkup as a conversation, one question at a time, line by line.

For screen readers, dumb terminals and scripts. It drives the same Session as the full-screen
wizard, so answers and progress land in the same profile, in the same way, and it words things
with checkup.words.wording so both say the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from checkup.guides.country_search import matching_countries
from checkup.guides.model import SURFACE_NAMES, SURFACES
from checkup.guides.report import ANDROID_ASSUMED, alike_regions, labels_text, region_answer
from checkup.plain.conversation import BACK, Conversation, InputEnded, QuitAsked, quoted
from checkup.profile.model import new_reason_problem
from checkup.session.flow import Position, Task
from checkup.support.locale_country import suggested_country
from checkup.support.safe_text import printable
from checkup.words.freshness import checked_line

if TYPE_CHECKING:
    from checkup.qr.lines import TerminalQr
from checkup.session.session import DONE, NOT_APPLICABLE, SKIPPED, TODO, Session
from checkup.words.wording import (
    ALL_DONE,
    ALL_DONE_MORE,
    CANT_FIND_SKIP,
    DEVICE_HINTS,
    DEVICES_EXPLAINED,
    DEVICES_QUESTION,
    DOES_NOT_TITLE,
    NEXT_TITLE,
    NO_REASON,
    NOT_SAYING,
    PHONE_HINT,
    REGION_EXPLAINED,
    REGION_QUESTION,
    SKIP_QUESTION,
    SKIP_REASONS,
    SO_FAR,
    SUMMARY_MARKS,
    SUMMARY_WORDS,
    WELCOME_TITLE,
    all_done,
    counts_line,
    farewell,
    items_left,
    next_steps,
    status_words,
    welcome_paragraphs,
)

HOW_TO_ANSWER = ("How to answer: type your answer and press Enter. Where a question shows an "
                 "answer in [brackets], Enter alone takes it. At any question, ? explains it, "
                 "b goes back and q quits; your progress is saved as you go.")

def step_help(switch_to: str | None) -> str:
    """What ? says at a step; v only when there is another device to switch to."""
    device = (f", v shows the steps for {SURFACE_NAMES[switch_to]}" if switch_to else "")
    return ("At a step: press Enter (or d) once you have done it. s skips the item (you are "
            "asked why), b goes back a step, h helps when you can't find the setting, c shows "
            f"a QR code that opens the page on your phone{device}, q quits; your progress is "
            "saved.")

MENTIONS_LINK = re.compile(r"\blink\b", re.IGNORECASE)
MAX_MATCHES = 12  # countries listed when a name is ambiguous: more is a wall of text to hear

# The stages of the checkup, in order; each returns the stage that comes next.
WELCOME, GUIDES, REGION, DEVICES, STEPS, SUMMARY, END = (
    "welcome", "guides", "region", "devices", "steps", "summary", "end")


class PlainCheckup:
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
        session.recorder.on_warning(lambda m: self.talk.say(f"Note: {printable(m)}"))
        self._welcome_text()
        stage = WELCOME
        if not (session.asks_region or session.asks_devices):
            self._outcome()  # what applies, and why, before the first step
            stage = STEPS
        stages: dict[str, Callable[[], str]] = {
            WELCOME: self.welcome, GUIDES: self.guides, REGION: self.region,
            DEVICES: self.devices, STEPS: self.steps, SUMMARY: self.summary,
        }
        try:
            while stage != END:
                stage = stages[stage]()
        except QuitAsked:
            self.talk.say()
            self.talk.say(f"Stopped. {farewell(session)}")
            return 0
        except InputEnded:
            self.talk.say(f"The input ended. {farewell(session)}")
            return 0
        self.talk.say()
        self.talk.say(farewell(session))
        return 0

    def _asked(self, stage: str) -> bool:
        """Whether a stage asks anything, or was answered on the command line."""
        session = self.session
        return {GUIDES: session.asks_guides, REGION: session.asks_region,
                DEVICES: session.asks_devices}.get(stage, True)

    def _before(self, stage: str) -> str | None:
        """The question asked before `stage`; None when `stage` comes first."""
        order = [GUIDES, REGION, DEVICES]
        earlier = order[: order.index(stage)] if stage in order else order
        asked = [s for s in earlier if self._asked(s)]
        return asked[-1] if asked else None

    def _first_question(self, stage: str) -> str:
        self.talk.say("This is the first question.")
        return stage

    def _after_welcome(self) -> str:
        for stage in (GUIDES, REGION, DEVICES):
            if self._asked(stage):
                return stage
        self._outcome()
        return STEPS

    # -- welcome -----------------------------------------------------------------------------
    def _welcome_text(self) -> None:
        platforms = ", ".join(g.platform for g in self.session.guides)
        what, promise = welcome_paragraphs(platforms)
        self.talk.say(WELCOME_TITLE)
        self.talk.say()
        self.talk.say(what)
        self.talk.say()
        self.talk.say(promise)
        self.talk.say()
        self.talk.say(HOW_TO_ANSWER)

    def welcome(self) -> str:
        session = self.session
        if not session.has_work_in_progress():
            return self._after_welcome()
        where = ""
        pos = session.start_position() if session.ready_for_steps else None
        if pos is not None:  # where resuming leads, which is where the person stopped
            task = session.plan.todo[pos.task]
            where = (f" Resuming takes you to: {task.item.title}, step {pos.step + 1}, "
                     f"{SURFACE_NAMES[session.start_surface()]}.")
        elif not session.ready_for_steps:
            where = " Resuming takes you to the question about your devices."
        self.talk.say()
        self.talk.say(f"You have a checkup in progress.{where}")
        choice = self.talk.choose(
            "Resume or start again", ["Resume where I stopped", "Start again"],
            "Resume goes straight to where you stopped. Start again asks where you live and "
            "which devices you use again; what you have done stays done.", back=False)
        if choice == 2:
            return self._after_welcome()
        return STEPS if session.ready_for_steps else DEVICES

    # -- guides ------------------------------------------------------------------------------
    def guides(self) -> str:
        session = self.session
        self.talk.say()
        self.talk.say("Which platforms do you use?")
        picked = self.talk.choose_many(
            "Platforms", [f"{g.platform}: {g.title}" for g in session.guides],
            "Pick the platforms you have an account with; the checkup covers only those.",
            default=[1])
        if picked is None:
            return self._before(GUIDES) or self._first_question(GUIDES)
        session.choose_guides([session.guides[n - 1].id for n in picked])
        return REGION if self._asked(REGION) else self._region_done()

    # -- region ------------------------------------------------------------------------------
    def region(self) -> str:
        session, talk = self.session, self.talk
        regions = session.regions
        if session.country_chosen:
            default_code = session.country or "0"
        elif self.suggested in regions.countries:
            default_code = self.suggested or "0"
        else:
            default_code = "0"
        default_name = (NOT_SAYING if default_code == "0"
                        else f"{regions.name(default_code)} ({default_code})")
        talk.say()
        talk.say(f"{REGION_QUESTION} {REGION_EXPLAINED}")
        talk.say(f"Enter alone: {default_name}" + (", from your system settings" if (
            default_code == self.suggested and not session.country_chosen) else "") + ".")
        explain = ("Type the name of the country you live in, or part of it (such as germ), or "
                   "its two-letter code (such as DE; UK works for GB). Type 0 if you prefer "
                   "not to say: you then see the answer for every region.")
        while True:
            answer = talk.ask("Your country's name or code, 0 to prefer not to say, "
                              "b to go back", explain, default_code)
            if answer.lower() == BACK:
                return self._before(REGION) or self._first_question(REGION)
            if answer == "0":
                session.choose_region(None)
                talk.say("You preferred not to say.")
                return self._region_done()
            code = self._pick_country(answer)
            if code:
                session.choose_region(code)
                talk.say(f"{regions.name(code)} ({code}).")
                return self._region_done()

    def _pick_country(self, query: str) -> str | None:
        """The country meant by `query`, asking which when several match; None to ask again."""
        regions = self.session.regions
        typed = query.strip()
        code = regions.aliases.get(typed.upper(), typed.upper())
        if code in regions.countries:  # a code, such as DE or UK
            return code
        matches = matching_countries(regions, typed)
        if len(matches) == 1:  # never a guess: with two (Niger, Nigeria) the person picks
            return matches[0][0]
        if not matches:
            self.talk.say(f"No country matches {quoted(query)}. Try another name for it, fewer "
                          "letters, or its two-letter code (such as GB or US).")
            return None
        listed = matches[:MAX_MATCHES]
        more = len(matches) - len(listed)
        self.talk.say(f"{len(matches)} countries match {quoted(query)}"
                      + (f"; the first {len(listed)}:" if more else ":"))
        choice = self.talk.choose(
            "Which one", [f"{name} ({code})" for code, name in listed],
            "Type the number of your country, or b to type another name.")
        return None if choice is None else listed[choice - 1][0]

    def _region_done(self) -> str:
        self._outcome()
        return DEVICES if self._asked(DEVICES) else STEPS

    def _outcome(self) -> None:
        """What applies where the person lives, item by item, and why, with source and date."""
        session, talk = self.session, self.talk
        plan = session.plan
        where = (f"{session.regions.name(session.country)} ({session.country})"
                 if session.country else "every region (you preferred not to say)")
        talk.say()
        talk.say(f"What applies to you: {where}, as of {plan.on.isoformat()}.")
        for n, task in enumerate(plan.tasks, 1):
            rep = task.report
            main = " (the main setting)" if task.is_main else ""
            talk.say()
            talk.say(f"{task.item.title}{main}", "   ", f"{n}. ")
            if rep.outcome:
                since = (f" (rule since {rep.outcome.since.isoformat()})"
                         if rep.outcome.since else "")
                talk.say(f"{status_words(rep.status)}{since}.", "   ")
                talk.say(rep.outcome.reason, "   ")
                self._sources(task, rep.outcome.sources)
            else:
                for names, outcome in alike_regions(rep.by_region):
                    talk.say(f"{region_answer(names, outcome)} {outcome.reason}", "     ",
                             "   - ")
                self._sources(task, rep.source_ids())
        talk.say()
        talk.say(items_left(session))

    def _sources(self, task: Task, ids: tuple[str, ...]) -> None:
        for source_id in ids:
            source = task.guide.sources.get(source_id)
            if source:
                self.talk.say(f"Source: {source.title}, {source.date}:", "   ")
                self.talk.lines([f"   {source.url}"])
                if source.read_at:
                    self.talk.say("Read on a stored copy:", "   ")
                    self.talk.lines([f"   {source.read_at}"])

    # -- devices -----------------------------------------------------------------------------
    def devices(self) -> str:
        session = self.session
        self.talk.say()
        self.talk.say(f"{DEVICES_QUESTION} {DEVICES_EXPLAINED}")
        chosen = session.surfaces or ("desktop",)
        picked = self.talk.choose_many(
            "Devices", [f"{SURFACE_NAMES[s]}: {DEVICE_HINTS[s]}" for s in SURFACES],
            "Pick every device you use the platform on, such as 1,2 for a computer and an "
            "iPhone. The steps are shown for the first one; v at a step shows another's.",
            default=[SURFACES.index(s) + 1 for s in chosen])
        if picked is None:
            return self._before(DEVICES) or self._first_question(DEVICES)
        session.choose_surfaces(tuple(SURFACES[n - 1] for n in picked))
        return STEPS

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
        session.save_position(None)
        return SUMMARY

    def _task(self) -> Task:
        assert self.pos is not None
        return self.session.plan.todo[self.pos.task]

    def _steps_here(self) -> tuple[str, ...]:
        return self._task().item.steps[self.surface]

    def _one_step(self) -> str | None:
        """Show the current step and act on the answer; a stage name when leaving the steps."""
        assert self.pos is not None
        session, talk, task = self.session, self.talk, self._task()
        steps = self._steps_here()
        self.pos = Position(self.pos.task, min(self.pos.step, len(steps) - 1))
        switch_to = session.plan.next_surface(self.surface)
        if self.step_shown != (self.pos, self.surface):
            session.save_position(self.pos, self.surface)
            if self.shown_item != (self.pos.task, self.surface):
                self._item_heading(task, switch_to)
            self._step_text(task, steps)
        # One short line, so a QR code shown above it stays whole in an 80x24 window.
        answer = talk.ask("Press Enter when done, or a key (? lists them)", step_help(switch_to),
                          "d").lower()
        if answer == "d":
            self._done()
        elif answer == "s":
            self._skip()
        elif answer == BACK:
            return self._back()
        elif answer == "h":
            self._cant_find(task)
        elif answer == "c":
            self._qr(task)
        elif answer == "v" and switch_to:
            self.surface = switch_to
        else:
            talk.say(f"{quoted(answer)} is not a key here: " + self._keys(switch_to))
        return None

    def _keys(self, switch_to: str | None) -> str:
        keys = ["Enter done", "s skip", "b back", "h can't find it", "c QR code"]
        if switch_to:
            keys.append(f"v {SURFACE_NAMES[switch_to]} steps")
        keys += ["? help", "q quit"]
        # A key and its word never part at a line's end: no lone "?" starts a line.
        return ", ".join(k.replace(" ", "\u00a0", 1) for k in keys) + "."

    def _item_heading(self, task: Task, switch_to: str | None) -> None:
        assert self.pos is not None
        talk, plan = self.talk, self.session.plan
        self.shown_item = (self.pos.task, self.surface)
        kind = "main setting" if task.is_main else "related"
        rep = task.report
        since = (f" (rule since {rep.outcome.since.isoformat()})"
                 if rep.outcome and rep.outcome.since else "")
        talk.say()
        talk.say(f"Item {self.pos.task + 1} of {len(plan.todo)}: {task.item.title} "
                 f"({task.guide.platform}, {kind}).")
        talk.say(f"{status_words(rep.status)}{since}.")
        talk.say(rep.outcome.reason if rep.outcome else task.item.summary)
        talk.say(checked_line(task.item.verified, plan.on, task.guide.platform, "plain"))
        if labels := task.item.labels_on(self.surface):  # the apps' menus are not the web's
            talk.say("Look for: " + labels_text(labels, task.item.labels_path))
        if self.surface == "android" and task.item.android_assumed:
            talk.say(ANDROID_ASSUMED)
        talk.say("The direct link:")
        talk.lines([task.item.link])
        talk.say("Keys at each step: " + self._keys(switch_to))

    def _step_text(self, task: Task, steps: tuple[str, ...]) -> None:
        assert self.pos is not None
        plan = self.session.plan
        total = plan.total_steps()
        main_steps = len(plan.steps(task))
        overall = plan.steps_before(Position(self.pos.task, min(self.pos.step, main_steps - 1)))
        self.step_shown = (self.pos, self.surface)
        self.talk.say()
        self.talk.say(f"Step {self.pos.step + 1} of {len(steps)}, {SURFACE_NAMES[self.surface]} "
                      f"(checkup: step {overall + 1} of {total}):")
        step = steps[self.pos.step]
        self.talk.say(step)
        if MENTIONS_LINK.search(step):  # the link the step speaks of, where the reader is now
            self.talk.lines([task.item.link])
        if self.surface != "desktop" and self.pos.step == 0:
            self.talk.say(PHONE_HINT)

    def _done(self) -> None:
        assert self.pos is not None
        after = self.session.plan.next(self.pos, self.surface)
        if after is None or after.task != self.pos.task:  # its last step: the item is done
            task = self._task()
            self.session.mark(task, DONE)
            self.talk.say(f"Done: {task.item.title}.")
        self.pos = after

    def _skip(self) -> None:
        assert self.pos is not None
        task, talk = self._task(), self.talk
        talk.say()
        talk.say(f"Skip: {task.item.title}. {SKIP_QUESTION}")
        other = "Another reason (you type it)"
        choice = talk.choose("Your reason", [*SKIP_REASONS, other],
                             "The reason is kept so the summary and checkup status can show it. "
                             "b goes back to the step without skipping.")
        if choice is not None and choice <= len(SKIP_REASONS):
            reason = SKIP_REASONS[choice - 1]
        elif choice is not None:
            while True:
                reason = talk.ask("Your reason, in a few words, or b to go back",
                                  "Anything that reminds you why.", NO_REASON)[:200]
                if not (problem := new_reason_problem(reason)):
                    break
                talk.say(f"{quoted(reason)} is not taken: {problem}.")
            if reason.lower() == BACK:
                choice = None
        if choice is None:
            talk.say("Not skipped.")
            self.shown_item = self.step_shown = None
            return
        self.session.mark(task, SKIPPED, reason)
        talk.say(f"Skipped: {task.item.title}.")
        self.pos = self.session.plan.next_task(self.pos)

    def _back(self) -> str | None:
        assert self.pos is not None
        previous = self.session.plan.previous(self.pos, self.surface)
        if previous is not None:
            self.pos = previous
            return None
        stage = self._before(STEPS)
        if stage is None:
            self.talk.say("This is the first step.")
            return None
        self.pos = self.shown_item = self.step_shown = None
        return stage

    def _cant_find(self, task: Task) -> None:
        talk = self.talk
        talk.say()
        talk.say(f"Can't find it? {task.item.title}")
        talk.items(task.item.help)
        talk.say("The direct link:")
        talk.lines([task.item.link])
        talk.say(CANT_FIND_SKIP)
        self.step_shown = None  # the step again, under the help

    def _qr(self, task: Task) -> None:
        qr = self.make_qr(task.item.link, task.guide.domains)
        self.talk.say()
        if not qr.code:  # nothing to scan: say why, in lines that fit, and give the link
            self.talk.say(qr.why_not)
            self.talk.lines(qr.text)
            return
        self.talk.say("Point your phone's camera at this code, about 20-30 cm away, and tap the "
                      "link it offers. Check the domain below before you sign in.")
        self.talk.lines(qr.lines())

    # -- summary -----------------------------------------------------------------------------
    def summary(self) -> str:
        session, talk = self.session, self.talk
        plan, counts = session.plan, session.counts()
        talk.say()
        if all_done(counts):
            talk.say(ALL_DONE)
            talk.say(ALL_DONE_MORE)
        else:
            talk.say(SO_FAR)
        talk.say(counts_line(counts))
        for task in plan.tasks:
            state = NOT_APPLICABLE if task.not_offered else session.state(task)
            state = state if state in SUMMARY_MARKS else TODO
            talk.say(f"{task.item.title}: {SUMMARY_WORDS[state]}", "    ",
                     f"{SUMMARY_MARKS[state]} ")
            why = session.reason(task) if state in (SKIPPED, NOT_APPLICABLE) else ""
            if why:
                talk.say(printable(why), "    ")
        main = next((t for t in plan.tasks if t.is_main), None)
        if main and main.item.does_not:
            talk.say()
            talk.say(DOES_NOT_TITLE)
            talk.items(main.item.does_not)
        talk.say()
        talk.say(NEXT_TITLE)
        talk.items(next_steps(counts, session.recorder.keeps_progress()))
        if not plan.todo or all_done(counts):
            return END
        try:
            answer = talk.ask("Press Enter to finish, or b to go back to the last step",
                              "Enter ends the checkup; everything is saved. b shows the last "
                              "step again.", "finish")
        except InputEnded:
            return END
        if answer.lower() != BACK:
            return END
        last = len(plan.todo) - 1
        self.surface = self.surface or plan.surfaces[0]
        self.pos = Position(last, len(plan.steps(plan.todo[last], self.surface)) - 1)
        self.shown_item = self.step_shown = None
        return STEPS


def run_plain(session: Session, talk: Conversation) -> int:
    from checkup.qr.lines import terminal_qr

    return PlainCheckup(session, talk, terminal_qr, suggested_country()).run()
