"""`checkup mark GUIDE ITEM STATE`: record an item by hand (done on your own, or from a script)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from checkup.cli.options import add_guide
from checkup.cli.profile_args import add_profile_options
from checkup.support.i18n import _
from checkup.support.launch import command
from checkup.words.states import STATE_CHOICES as CHOICES

if TYPE_CHECKING:
    from checkup.guides.model import Guide
    from checkup.profile.model import Profile


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "mark", help=_("record an item as done, for later, skipped, not applicable or to do"),
        description=_("Record an item in your profile: done (you did it, here or on your own), "
                      "later (you mean to do it: it stays to do, and status --exit-code reminds "
                      "you), skipped or not-applicable (with --reason, if you like), or todo to "
                      "undo that. It is recorded against the guide's current revision, so you "
                      "are asked to re-check it if the guide changes."))
    add_guide(p)
    p.add_argument("item", metavar="ITEM",
                   help=_("an item id such as ai-training ({command})").format(
                       command=command("show")))
    p.add_argument("state", metavar="STATE", choices=CHOICES, help=" | ".join(CHOICES))
    p.add_argument("--reason", metavar="TEXT", default="",
                   help=_("why you skipped it, or why it does not apply to you"))
    add_profile_options(p)


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import named_guides
    from checkup.cli.options import find_guide
    from checkup.cli.profile_args import print_warnings, store_from_args
    from checkup.profile.model import STATES_WITH_REASON, new_reason_problem
    from checkup.support.errors import CheckupError, UsageError
    from checkup.support.safe_text import printable

    guide = find_guide(named_guides([args.guide]), args.guide)
    item_id = args.item.strip().lower()
    if guide.item(item_id) is None:
        known = ", ".join(i.id for i in guide.ordered_items())
        raise UsageError(_("{guide} has no item {item} (items: {known})").format(
            guide=guide.id, item=repr(args.item), known=known))
    reason = args.reason.strip()
    if problem := new_reason_problem(reason):  # first: nothing else echoes it unchecked
        raise UsageError(_("--reason: {problem}").format(problem=problem))
    if reason and args.state not in STATES_WITH_REASON:
        raise UsageError(_("--reason goes with skipped or not-applicable, not {state}").format(
            state=args.state))
    store = store_from_args(args)
    if store.guest:
        raise UsageError(_("--guest keeps nothing on disk, so there is nowhere to record this"))
    if args.state in ("done", "later"):
        refuse_no_way(guide, item_id, store.load())
    store.update(lambda p: p.set_item(guide.id, item_id, args.state, revision=guide.revision,
                                      reason=reason))
    print_warnings(store)
    if not store.saves:
        raise CheckupError(_("not saved: {guide} {item} was not recorded").format(
            guide=guide.id, item=item_id))
    from checkup.words.states import state_word

    if args.state == "todo":
        said = _("Recorded: {guide} {item} is to do again (guide revision {revision}), in {path}")
    elif args.state == "later":
        said = _("Recorded: {guide} {item} is for later, still to do (guide revision "
                 "{revision}), in {path}")
    else:
        said = _("Recorded: {guide} {item} is {state} (guide revision {revision}), in {path}")
    print(said.format(guide=guide.id, item=item_id, state=state_word(args.state),
                      revision=guide.revision,
                      path=printable(str(store.path))))
    return 0


def refuse_no_way(guide: Guide, item_id: str, profile: Profile) -> None:
    """Where there is no way to stop it, nothing can be done or put off: recording it so would
    make the record say what cannot be true (status never counts it either way)."""
    import datetime as dt

    from checkup.guides.model import NO_OPT_OUT
    from checkup.guides.regions import default_regions
    from checkup.session.progress import item_progress
    from checkup.support.errors import UsageError

    item = guide.item(item_id)
    assert item is not None  # checked before
    progress = item_progress(guide, item, profile, dt.date.today(), default_regions(),
                             frozenset())
    if progress.state == NO_OPT_OUT:
        raise UsageError(_("{guide} {item}: there is no way to stop it where you live, so it "
                           "cannot be done or put off; '{command}' says what you can do "
                           "instead").format(guide=guide.id, item=item_id,
                                             command=command("show", guide.id)))
