"""`checkup status`: progress per guide from the profile, and what needs a re-check."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from checkup.cli.profile_args import add_profile_options
from checkup.support.i18n import N_, _, ngettext
from checkup.support.launch import command

if TYPE_CHECKING:
    from checkup.guides.model import Guide
    from checkup.guides.regions import RegionTable
    from checkup.profile.model import Profile
    from checkup.profile.store import ProfileStore
    from checkup.session.progress import GuideProgress, ItemProgress


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "status", help=_("show your progress"),
        description=_("Show, for each guide, what you have done, what is still to do, what "
                      "does not apply to you, and what needs a re-check because the guide "
                      "changed since you did it."))
    p.add_argument("--json", action="store_true", help=_("print one JSON object instead of text"))
    p.add_argument("--exit-code", action="store_true",
                   help=_("exit with status 1 when something is to do or needs a re-check"))
    add_profile_options(p)


class StoreFacts(NamedTuple):
    """What the status says about where the profile is kept."""

    name: str
    path: Path | None
    exists: bool
    saves: bool
    not_saved_because: str | None


class Status(NamedTuple):
    """Everything `checkup status` reports, read once; rendered as text or as JSON."""

    store: StoreFacts
    profile: Profile
    as_of: dt.date
    region_name: str | None
    progress: list[GuideProgress]

    @property
    def open(self) -> bool:
        """Something is to do or needs a re-check."""
        return any(p.open for p in self.progress)


def run(args: argparse.Namespace) -> int:
    from checkup.cli.guide_loading import all_guides
    from checkup.cli.options import report_broken_guides
    from checkup.cli.profile_args import print_warnings, store_from_args
    from checkup.guides.regions import default_regions

    store = store_from_args(args)
    profile = store.load()
    print_warnings(store)  # before the report, so they are read first
    loaded = all_guides()
    status = read_status(store, profile, loaded.guides, default_regions(), dt.date.today())
    if args.json:
        # ASCII escapes: profile text cannot reach the terminal
        print(json.dumps(status_json(status), indent=2))
    else:
        print("\n".join(render_text(status)))
    report_broken_guides(loaded)
    return 1 if args.exit_code and status.open else 0


def read_status(store: ProfileStore, profile: Profile, guides: list[Guide],
                regions: RegionTable, today: dt.date) -> Status:
    from checkup.session.progress import guide_progress, persons_guides

    facts = StoreFacts(store.display_name, store.path, store.exists(), store.saves,
                       store.not_saved_reason)
    # the services the person chose or did something in; before either, every guide
    shown = persons_guides(guides, profile) or guides
    return Status(facts, profile, today,
                  regions.name(profile.region) if profile.region else None,
                  [guide_progress(g, profile, today, regions) for g in shown])


def _when(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _item_json(p: ItemProgress) -> dict:
    from checkup.guides.model import NO_OPT_OUT

    record = p.record
    return {
        "id": p.item.id,
        "title": p.item.title,
        "state": p.state,
        "needs_recheck": p.needs_recheck,
        "recorded_state": record.state if record else None,
        "reason": (record.reason or None) if record else None,
        "changed": _when(record.changed) if record else None,
        "done_against_revision": record.revision if record else None,
        "not_applicable_because": p.not_applicable_because,
        "region_status": p.outcome.status if p.outcome else None,
        "instead": list(p.item.instead) if p.state == NO_OPT_OUT else [],
        "instead_does_not": list(p.item.instead_does_not) if p.state == NO_OPT_OUT else [],
    }


def status_json(status: Status) -> dict:
    from checkup.guides.model import NO_OPT_OUT
    from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED, TODO

    profile, store = status.profile, status.store
    position = profile.position
    return {
        "profile": {
            "name": store.name,
            "path": str(store.path) if store.path else None,
            "exists": store.exists,
            "saved": store.saves,
            "not_saved_because": store.not_saved_because,
        },
        "as_of": status.as_of.isoformat(),
        "region": profile.region,
        "region_declined": profile.region_declined,
        "region_name": status.region_name,
        "surfaces": list(profile.surfaces),
        "position": None if position is None else {
            "guide": position.guide, "item": position.item, "surface": position.surface,
            "step": position.step, "changed": _when(position.changed)},
        "guides": [
            {
                "id": g.guide.id,
                "title": g.guide.title,
                "revision": g.guide.revision,
                "counts": {"done": g.count(DONE), "todo": g.count(TODO),
                           "not_applicable": g.count(NOT_APPLICABLE), "skipped": g.count(SKIPPED),
                           "later": g.count(LATER), "no_opt_out": g.count(NO_OPT_OUT),
                           "needs_recheck": g.recheck_count},
                "items": [_item_json(i) for i in g.items],
            }
            for g in status.progress
        ],
    }


def _item_lines(p: ItemProgress, g: GuideProgress, region_name: str) -> list[str]:
    """The item's line; where there is no way to stop it, what to do instead under it."""
    from checkup.guides.model import NO_OPT_OUT
    from checkup.words.caveats import INSTEAD_DOES_NOT_TITLE, INSTEAD_TITLE

    out = [_item_line(p, g, region_name)]
    if p.state == NO_OPT_OUT:
        for title, lines in ((INSTEAD_TITLE, p.item.instead),
                             (INSTEAD_DOES_NOT_TITLE, p.item.instead_does_not)):
            if lines:
                out += ["    " + _(title), *("      - " + line for line in lines)]
    return out


def _item_line(p: ItemProgress, g: GuideProgress, region_name: str) -> str:
    from checkup.guides.model import NO_OPT_OUT, NOT_USED
    from checkup.profile.model import DONE, LATER, NOT_APPLICABLE, SKIPPED
    from checkup.session.progress import BECAUSE_OF_REGION, local_day
    from checkup.support.safe_text import printable

    name = f"{p.item.title} [{p.item.id}]"
    record = p.record
    day = local_day(record.changed) if record and record.changed else ""
    reason = printable(record.reason) if record and record.reason else ""
    if p.needs_recheck:
        said = _("re-check: {item}: done against {against} of the guide; it is at revision "
                 "{revision} now")
        if day:
            said = _("re-check: {item}: done on {date} against {against} of the guide; it is at "
                     "revision {revision} now")
        known = record is not None and record.revision is not None
        against = (_("revision {revision}").format(revision=record.revision) if known
                   else _("an unknown revision"))
        return "  " + said.format(item=name, date=day, against=against,
                                  revision=g.guide.revision)
    if p.state == DONE:
        said = _("done: {item} on {date}") if day else _("done: {item}")
    elif p.state == SKIPPED:
        said = _(_SKIPPED[bool(day), bool(reason)])
    elif p.state == NO_OPT_OUT and region_name:
        said = _("no way to stop it here: {item}: in {region} there is no setting or form to "
                 "stop it today")
    elif p.state == NO_OPT_OUT:
        said = _("no way to stop it here: {item}: there is no setting or form to stop it")
    elif (p.state == NOT_APPLICABLE and p.not_applicable_because == BECAUSE_OF_REGION
          and p.outcome is not None and p.outcome.status == NOT_USED):
        said = _("not applicable: {item}: not done in {region} today")
    elif p.state == NOT_APPLICABLE and p.not_applicable_because == BECAUSE_OF_REGION:
        said = _("not applicable: {item}: not offered in {region} today")
    elif p.state == NOT_APPLICABLE:
        said = _(_SAID_SO[bool(day), bool(reason)])
    elif p.state == LATER:
        said = _("to do: {item}: you put it off for later")
    else:
        said = _("to do: {item}")
    return "  " + said.format(item=name, date=day, reason=reason, region=region_name)


# Each line whole, for with or without the day and the reason: (day given, reason given).
_SKIPPED = {
    (True, True): N_('skipped: {item} on {date}: "{reason}"'),
    (True, False): N_("skipped: {item} on {date}"),
    (False, True): N_('skipped: {item}: "{reason}"'),
    (False, False): N_("skipped: {item}"),
}
_SAID_SO = {
    (True, True): N_('not applicable: {item}: you said so on {date}: "{reason}"'),
    (True, False): N_("not applicable: {item}: you said so on {date}"),
    (False, True): N_('not applicable: {item}: you said so: "{reason}"'),
    (False, False): N_("not applicable: {item}: you said so"),
}


def render_text(status: Status) -> list[str]:
    """Plain lines: one per item, the state word first, so a screen reader says it first."""
    from checkup.guides.model import NO_OPT_OUT, SURFACE_NAMES
    from checkup.profile.model import DONE, NOT_APPLICABLE, SKIPPED, TODO
    from checkup.support.safe_text import printable

    store, profile, progress = status.store, status.profile, status.progress
    region_name = f"{status.region_name} ({profile.region})" if profile.region else ""
    out = [_("Profile: {path}").format(path=printable(str(store.path))) if store.path
           else _("Profile: none (--guest: nothing is kept)")]
    if store.path and store.saves and not store.exists:
        out.append(_("Nothing recorded yet."))
    if profile.region:
        out.append(_("Region: {region}.").format(region=region_name))
    elif profile.region_declined:
        out.append(_("Region: you preferred not to say, so nothing is ruled out by where you "
                     "live."))
    else:
        out.append(_("Region: not chosen, so nothing is ruled out by where you live."))
    if profile.surfaces:
        out.append(_("Devices: {devices}.").format(
            devices=", ".join(_(SURFACE_NAMES[s]) for s in profile.surfaces)))
    for g in progress:
        counts = dict(platform=g.guide.platform, done=g.count(DONE), todo=g.count(TODO),
                      not_applicable=g.count(NOT_APPLICABLE), skipped=g.count(SKIPPED),
                      n=g.recheck_count)
        if g.recheck_count:
            line = ngettext("{platform}: {done} done, {todo} to do, {not_applicable} not "
                            "applicable, {skipped} skipped; {n} to re-check because the guide "
                            "changed.",
                            "{platform}: {done} done, {todo} to do, {not_applicable} not "
                            "applicable, {skipped} skipped; {n} to re-check because the guide "
                            "changed.", g.recheck_count).format(**counts)
        else:
            line = _("{platform}: {done} done, {todo} to do, {not_applicable} not applicable, "
                     "{skipped} skipped.").format(**counts)
        if no_way := g.count(NO_OPT_OUT):
            line += " " + ngettext("{n} with no way to stop it where you live.",
                                   "{n} with no way to stop it where you live.",
                                   no_way).format(n=no_way)
        out += ["", line]
        out += [line for p in g.items for line in _item_lines(p, g, region_name)]
    if profile.position:
        pos = profile.position
        guide = next((g.guide for g in progress if g.guide.id == pos.guide), None)
        known = guide.item(pos.item) if guide else None
        where = (f"{guide.platform}: {known.title} [{known.id}]" if guide and known
                 else f"{printable(pos.guide)} {printable(pos.item)}")
        if pos.surface:
            stopped = _("You stopped at: {where}, {device}, step {step}.").format(
                where=where, device=_(SURFACE_NAMES[pos.surface]), step=pos.step + 1)
        else:
            stopped = _("You stopped at: {where}, step {step}.").format(where=where,
                                                                        step=pos.step + 1)
        out += ["", stopped]
    if any(g.open for g in progress):
        mark, mark_help = command("mark", "GUIDE", "ITEM", "done"), command("mark", "--help")
        out += ["", _("To record something you did on your own: {command} (see {help})."
                      ).format(command=mark, help=mark_help)]
    return out
