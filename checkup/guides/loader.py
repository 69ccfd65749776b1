"""Reading guides from TOML and checking every field; a bad file is reported, never fatal."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from checkup.guides.model import (
    DEFAULT_DISPUTED,
    DEFAULT_NOT_STATED,
    DEFAULTS,
    EVERYWHERE,
    ITEM_KINDS,
    NO_OPT_OUT,
    NOTHING_TO_DO,
    REQUEST,
    SOURCE_KINDS,
    STATUSES,
    SURFACES,
    TASK,
    UNVERIFIABLE,
    CannotUndo,
    FacilitatorNotes,
    Fact,
    Guide,
    HelpEntry,
    Item,
    LocalLabel,
    Rule,
    Source,
)
from checkup.guides.regions import RegionTable, default_regions
from checkup.support.i18n import _
from checkup.support.paths import in_archive
from checkup.support.toml_check import Problem, Problems, describe
from checkup.support.toml_check import kind as kind_of
from checkup.support.toml_file import Unreadable, is_whole_number, read_toml

if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.resources.abc import Traversable

    Read = Callable[[Path | Traversable, str], dict]
    # A guide file's Guide when it is known ahead without reading it through (a shipped guide
    # loaded against the shipped region table at build time), else None:
    # checkup.guides.precompiled.shipped_guide.
    Ahead = Callable[[Path | Traversable], Guide | None]

# Region data, not guides.
DATA_FILES = frozenset({"countries.toml", "country_names.toml", "regions.toml"})
SCHEMA = 1
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")  # whole ids only: fullmatch, so no trailing newline
# Two or more labels of letters, digits and inner hyphens; the last starts with a letter, so an
# IP address is not a domain. ASCII only: write an international name in its xn-- form.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+[a-z](?:[a-z0-9-]{{0,61}}[a-z0-9])?")
_URL_IN_TEXT = re.compile(r"\b(?:https?|ftp|javascript|data|file)://\S+|\bjavascript:\S+", re.I)
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # Cc but newline and tab

_GUIDE_KEYS = {"schema", "id", "platform", "title", "summary", "revision", "verified", "domains",
               "main_item", "sources", "items", "names"}
_SOURCE_KEYS = {"title", "url", "date", "accessed", "read_at", "kind", "shows_to"}
_ITEM_KEYS = {"id", "title", "summary", "link", "labels", "labels_path", "steps", "does_not",
              "help", "rules", "facts", "sources", "verified", "mobile_same", "facilitator",
              "device_labels", "android_assumed", "kind", "minutes", "cannot_undo", "then",
              "audience", "default", "default_note", "unverified", "help_link", "instead",
              "instead_does_not", "local_labels"}
_CANNOT_UNDO_KEYS = {"step", "warning"}
_LEADING_DAY = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})\b")
_NOTES_KEYS = {"talking_points", "common_problems", "minutes"}
_RULE_KEYS = {"regions", "from", "status", "reason", "sources"}
_FACT_KEYS = {"regions", "from", "text", "sources"}


class LoadResult:
    """The guides loaded from some files, and what was wrong with the others."""

    def __init__(self) -> None:
        self.guides: list[Guide] = []
        self.problems: list[Problem] = []
        # guide files that could not be loaded, by the id they give (when it is text) and by
        # name, so asking for one says it is broken rather than unknown
        self.broken: dict[str, str] = {}

    def guide(self, guide_id: str) -> Guide | None:
        return next((g for g in self.guides if g.id == guide_id), None)

    def broken_file(self, guide_id: str) -> str | None:
        """The file of a guide `guide_id` that failed to load, or None."""
        return self.broken.get(guide_id)


class _Checker(Problems):
    """Pulls typed values out of raw TOML, noting each problem with its key path."""

    def __init__(self, file: str, domains: tuple[str, ...] = ()) -> None:
        super().__init__(file)
        self.domains = domains

    def text(self, table: dict, key: str, path: str, required: bool = True, cited: bool = False
             ) -> str:
        """`cited`: a source's own text, shown as a citation, never as a link or QR code."""
        value = table.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, _("missing"))
            return ""
        if not isinstance(value, str) or not value.strip():
            self.add(where, _("must be non-empty text, not {kind}").format(kind=kind_of(value)))
            return ""
        self._check_text(where, value, links=not cited)
        return value

    def texts(self, table: dict, key: str, path: str, required: bool = True) -> tuple[str, ...]:
        value = table.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, _("missing"))
            return ()
        if not isinstance(value, list) or (required and not value):
            self.add(where, _("must be a non-empty list of text, not {kind}").format(
                kind=kind_of(value)))
            return ()
        out = []
        for n, entry in enumerate(value):
            if not isinstance(entry, str) or not entry.strip():
                self.add(f"{where}[{n}]", _("must be non-empty text, not {kind}").format(
                    kind=kind_of(entry)))
            else:
                self._check_text(f"{where}[{n}]", entry)
                out.append(entry)
        return tuple(out)

    def date(self, table: dict, key: str, path: str, required: bool = True) -> dt.date | None:
        value = table.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, _("missing"))
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.add(where, _("must be a date like 2026-11-23 (no quotes), not {kind}").format(
                kind=kind_of(value)))
            return None
        return value

    def link(self, table: dict, key: str, path: str) -> str:
        # cited=True: the value is checked whole as a link below, not again as text with links
        url = self.text(table, key, path, cited=True)
        if url and (reason := link_problem(url, self.domains)):
            self.add(f"{path}.{key}", reason)
            return ""
        return url

    def _check_text(self, where: str, value: str, links: bool = True) -> None:
        if value.isprintable():  # no Cc or Cf character (nor a line break): most text, at once
            bad = []
        elif value.isascii():  # one regular-expression pass instead of one per letter
            bad = _ASCII_CONTROL.findall(value)
        else:
            bad = [c for c in value if unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t"]
        if bad:  # one problem: a link around it would only say the same again
            self.add(where, _("contains a control character ({code}); text only").format(
                code=f"{ord(bad[0]):#04x}"))
            return
        if self.domains and links and ":" in value:  # every link has one; most text none
            for url in _URL_IN_TEXT.findall(value):
                if reason := link_problem(url.rstrip(".,;:)\"'"), self.domains):
                    self.add(where, _("a link in the text: {reason}").format(reason=reason))


# Multi-label public suffixes: under each, anyone can register a name of their own, so a guide
# whose domain is one of them would let any such site become a link or QR code. This is a small
# built-in list of the common ones, not the whole Public Suffix List (which would have to be
# shipped and kept up to date); single labels (com, uk) are refused by _DOMAIN already.
PUBLIC_SUFFIXES = frozenset({
    # countries' second levels
    "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "ac.uk", "gov.uk", "sch.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
    "co.nz", "net.nz", "org.nz", "govt.nz", "ac.nz", "co.jp", "ne.jp", "or.jp", "ac.jp",
    "go.jp", "co.kr", "or.kr", "ne.kr", "com.br", "net.br", "org.br", "gov.br", "com.cn",
    "net.cn", "org.cn", "gov.cn", "com.hk", "net.hk", "org.hk", "edu.hk", "gov.hk", "com.tw",
    "net.tw", "org.tw", "co.in", "net.in", "org.in", "firm.in", "gen.in", "ind.in", "gov.in",
    "com.mx", "org.mx", "gob.mx", "com.ar", "com.tr", "com.sg", "com.my", "co.za", "org.za",
    "gov.za", "co.il", "org.il", "com.ua", "com.pl", "net.pl", "org.pl", "co.id", "or.id",
    "com.ph", "com.vn", "com.sa", "com.eg", "com.ng", "co.ke", "com.pk", "com.co", "com.pe",
    "com.es", "com.pt", "co.at", "or.at", "co.th", "in.th", "com.lu",
    # hosting services that give every customer a name of their own
    "github.io", "gitlab.io", "codeberg.page", "blogspot.com", "appspot.com", "herokuapp.com",
    "netlify.app", "vercel.app", "pages.dev", "workers.dev", "web.app", "firebaseapp.com",
    "azurewebsites.net", "cloudfront.net", "glitch.me", "readthedocs.io", "onrender.com",
    "fly.dev", "ngrok.io", "duckdns.org",
})
# What a URL may hold (RFC 3986): anything else is read differently by different browsers.
_URL_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HIDDEN_SEPARATOR = re.compile(r"%(?:2[eEfF]|5[cC]|00)")  # ".", "/", "\" or NUL in a path
# Path parts of on-domain redirectors (linkedin.com/redir/redirect?url=..., /safety/go?url=):
# a link through one can lead anywhere.
_REDIRECT_PARTS = frozenset({"redir", "redirect", "redirects", "redirector", "go", "goto",
                             "away", "out", "outbound", "leave", "exit", "external"})
_LOOKS_LIKE_URL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})|://", re.I)


def _plain_ascii(url: str) -> bool:
    """The usual URL, checked in one pass rather than a character at a time: ASCII, printable
    (so no control character, and no white space but the space), no space, no backslash."""
    return url.isascii() and url.isprintable() and " " not in url and "\\" not in url


def url_problem(url: str) -> str | None:
    """Why `url` is not a well-formed https address, or None. What a browser or phone reads
    differently from urlsplit is refused outright: a space or control character, a backslash
    (a path separator to browsers), a character a URL cannot hold, a user name or a port, a
    host that is not a DNS name (a percent-escape, an ideographic dot, an IP address)."""
    if not _plain_ascii(url) and any(c.isspace() or not c.isprintable() or c == "\\" for c in url):
        return _("{url} contains a space, a backslash or a control character").format(
                   url=repr(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        return _("{url} is not a valid URL").format(url=repr(url))
    if parts.scheme != "https":
        return _("{url} must use https").format(url=repr(url))
    if "@" in parts.netloc:
        return _("{url} must not carry a user name or password (before an @)").format(
                   url=repr(url))
    if ":" in parts.netloc:
        return _("{url} must not name a port").format(url=repr(url))
    if not _DOMAIN.fullmatch(parts.netloc.lower()) or len(parts.netloc) > 253:
        return (_("{url}: the host must be a domain name of letters, digits, hyphens and dots "
                  "(an international name in its xn-- form)").format(
                    url=repr(url)))
    if not _URL_CHARACTERS.fullmatch(url):
        return (_("{url} holds a character a web address cannot (write it percent-encoded, such "
                  "as %20)").format(
                    url=repr(url)))
    if _BROKEN_ESCAPE.search(url) or _HIDDEN_SEPARATOR.search(parts.path):
        return (_("{url} holds a broken percent-escape, or a dot, slash, backslash or NUL "
                  "escaped in its path (%2e, %2f, %5c, %00)").format(
                    url=repr(url)))
    return None


def _redirect_problem(url: str) -> str | None:
    """Why `url` looks like a redirector on our domain that could send a phone anywhere."""
    parts = urlsplit(url)
    if any(part.lower() in _REDIRECT_PARTS for part in parts.path.split("/")):
        return _("{url} goes through a redirect page (it could lead anywhere)").format(
                   url=repr(url))
    for _key, value in parse_qsl(parts.query, keep_blank_values=True):
        for _escaped in range(3):  # escaped more than once is still a URL
            if _LOOKS_LIKE_URL.search(value):
                return _("{url} carries another address in its query (a redirect)").format(
                           url=repr(url))
            value = unquote(value)
    return None


def link_problem(url: str, domains: tuple[str, ...]) -> str | None:
    """Why `url` may not be shown as a link or QR code, or None when it is a well-formed https
    address on one of the guide's domains that does not redirect elsewhere."""
    if problem := url_problem(url):
        return problem
    host = urlsplit(url).netloc.lower()
    if not any(host == d or host.endswith("." + d) for d in domains):
        return _("{url} is not on the guide's domains ({domains})").format(
            url=repr(url), domains=", ".join(domains) or _("none declared"))
    return _redirect_problem(url)


def document_problem(url: str) -> str | None:
    """Why `url` does not name the one document that was read, or None: a site's front page, a
    one-folder index page (/news/) or a repository's front page cites nothing in particular."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _("{url} is not a valid URL").format(url=repr(url))
    segments = [p for p in parts.path.split("/") if p]
    if not segments and not parts.query:
        return _("{url} is a site's front page: cite the document that was read").format(
                   url=repr(url))
    host = (parts.hostname or "").lower()
    if host in ("github.com", "www.github.com") and segments[2:3] not in (["blob"], ["commit"]):
        return (_("{url} is not a file in a repository: cite the file that was read "
                  "(.../blob/COMMIT/PATH)").format(
                    url=repr(url)))
    # one plain word as a folder (/news/, /blog/) lists articles; an article has a slug or number
    if (len(segments) == 1 and parts.path.endswith("/") and not parts.query
            and segments[0].isalpha()):
        return _("{url} looks like an index page: cite the article itself").format(url=repr(url))
    return None


def _source_url(check: _Checker, raw: dict, key: str, path: str, schemes: tuple[str, ...]
                ) -> str:
    url = check.text(raw, key, path, required=key == "url", cited=True)
    if not url:
        return ""
    if not url.startswith(tuple(f"{s}://" for s in schemes)):
        check.add(f"{path}.{key}", _("{url} must use {schemes}").format(
            url=repr(url), schemes=' or '.join(schemes)))
    # well-formed first (shown as text, never a link, but still checked), then a document
    elif reason := ((url_problem(url) if url.startswith("https://") else None)
                    or document_problem(url)):
        check.add(f"{path}.{key}", reason)
    return url


def _source(check: _Checker, sid: str, raw: Any) -> Source | None:
    path = f"sources.{sid}"
    if not isinstance(raw, dict):
        check.add(path, _("must be a table, not {kind}").format(kind=kind_of(raw)))
        return None
    check.unknown_keys(raw, _SOURCE_KEYS, path)
    url = _source_url(check, raw, "url", path, ("https",))
    # a copy is shown as text, never as a link: an old mirror may only have served http
    read_at = _source_url(check, raw, "read_at", path, ("https", "http"))
    title = check.text(raw, "title", path, cited=True)
    date = check.text(raw, "date", path, cited=True)
    accessed = check.date(raw, "accessed", path)
    kind = check.text(raw, "kind", path, required=False)
    if kind and kind not in SOURCE_KINDS:
        check.add(f"{path}.kind", _("{kind} is not one of {known}").format(
            kind=repr(kind), known=', '.join(SOURCE_KINDS)))
    shows_to = check.date(raw, "shows_to", path, required=False)
    if shows_to is None and (day := _LEADING_DAY.match(date)):
        try:
            shows_to = dt.date.fromisoformat(day.group(1))
        except ValueError:
            check.add(f"{path}.date", _("{day} is not a real day").format(day=repr(day.group(1))))
    if not (url and title and date and accessed):
        return None
    return Source(sid, title, url, date, accessed, read_at, kind, shows_to)


def _known_to(sources: dict[str, Source], ids: tuple[str, ...]) -> dt.date | None:
    days = [sources[s].shows_to for s in ids if s in sources and sources[s].shows_to]
    return max(days) if days else None


def _source_refs(check: _Checker, raw: dict, path: str, known: set[str]) -> tuple[str, ...]:
    refs = check.texts(raw, "sources", path)
    for n, ref in enumerate(refs):
        if ref not in known:
            check.add(f"{path}.sources[{n}]", _("no source {ref} in [sources]").format(
                ref=repr(ref)))
    return refs


def _groups(check: _Checker, raw: dict, path: str, regions: RegionTable) -> tuple[str, ...]:
    groups = check.texts(raw, "regions", path)
    for n, g in enumerate(groups):
        if g != EVERYWHERE and g not in regions.groups:
            names = ", ".join(sorted(regions.groups))
            check.add(f"{path}.regions[{n}]", _("unknown region group {g} (known: {names}, "
                                                "*)").format(g=repr(g), names=names))
    return groups


def _rule(
    check: _Checker, raw: Any, path: str, known: set[str], regions: RegionTable
) -> Rule | None:
    if not isinstance(raw, dict):
        check.add(path, _("must be a table, not {kind}").format(kind=kind_of(raw)))
        return None
    check.unknown_keys(raw, _RULE_KEYS, path)
    groups = _groups(check, raw, path, regions)
    status = check.text(raw, "status", path)
    if status and status not in STATUSES:
        check.add(f"{path}.status", _("{status} is not one of {known}").format(
            status=repr(status), known=', '.join(STATUSES)))
    reason = check.text(raw, "reason", path)
    sources = _source_refs(check, raw, path, known)
    start = check.date(raw, "from", path, required=False)
    if not (groups and status in STATUSES and reason and sources):
        return None
    return Rule(groups, status, reason, sources, start)


def _fact(
    check: _Checker, raw: Any, path: str, known: set[str], regions: RegionTable
) -> Fact | None:
    if not isinstance(raw, dict):
        check.add(path, _("must be a table, not {kind}").format(kind=kind_of(raw)))
        return None
    check.unknown_keys(raw, _FACT_KEYS, path)
    groups = _groups(check, raw, path, regions)
    start = check.date(raw, "from", path)  # a fact without a day is not a dated fact
    text = check.text(raw, "text", path)
    sources = _source_refs(check, raw, path, known)
    if not (groups and start and text and sources):
        return None
    return Fact(groups, start, text, sources)


def _facts(
    check: _Checker, raw: Any, path: str, known: set[str], regions: RegionTable
) -> tuple[Fact, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.add(path, _("must be a list of [[items.facts]] tables, not {kind}").format(
            kind=kind_of(raw)))
        return ()
    facts = (_fact(check, f, f"{path}[{n}]", known, regions) for n, f in enumerate(raw))
    return tuple(f for f in facts if f)


def _notes(check: _Checker, raw: Any, path: str) -> FacilitatorNotes:
    if raw is None:
        return FacilitatorNotes()
    if not isinstance(raw, dict):
        check.add(path, _("must be a table, not {kind}").format(kind=kind_of(raw)))
        return FacilitatorNotes()
    check.unknown_keys(raw, _NOTES_KEYS, path)
    minutes = raw.get("minutes", 0)
    if not is_whole_number(minutes) or not 0 <= minutes <= 120:
        check.add(f"{path}.minutes", _("must be a whole number of minutes, not {shown}").format(
            shown=describe(minutes)))
        minutes = 0
    return FacilitatorNotes(
        talking_points=check.texts(raw, "talking_points", path, required=False),
        common_problems=check.texts(raw, "common_problems", path, required=False),
        minutes=minutes,
    )


def _item(
    check: _Checker, raw: Any, path: str, known: set[str], regions: RegionTable
) -> Item | None:
    if not isinstance(raw, dict):
        check.add(path, _("must be a table, not {kind}").format(kind=kind_of(raw)))
        return None
    before = len(check.found)
    check.unknown_keys(raw, _ITEM_KEYS, path)
    item_id = check.text(raw, "id", path)
    if item_id and not _ID.fullmatch(item_id):
        check.add(f"{path}.id", _("{id}: use lower-case letters, digits and dashes").format(
            id=repr(item_id)))
    rules = _rules(check, raw, path, known, regions)
    # Where every rule says there is nothing to follow (no way to stop it, not done, not
    # offered), an item may have no steps: none would ever be shown.
    stepless = bool(rules) and all(r.status in NOTHING_TO_DO or r.status == NO_OPT_OUT
                                   for r in rules)
    steps_raw = raw.get("steps")
    steps: dict[str, tuple[str, ...]] = {}
    if steps_raw is None and stepless:
        steps = {s: () for s in SURFACES}
    elif not isinstance(steps_raw, dict):
        check.add(f"{path}.steps", _("missing: a table with desktop, ios and android lists"))
    else:
        check.unknown_keys(steps_raw, set(SURFACES), f"{path}.steps")
        steps = {s: check.texts(steps_raw, s, f"{path}.steps") for s in SURFACES}
    labels_path = raw.get("labels_path", True)
    if not isinstance(labels_path, bool):
        check.add(f"{path}.labels_path", _("must be true or false, not {kind}").format(
            kind=kind_of(labels_path)))
    mobile_same = raw.get("mobile_same", False)
    if not isinstance(mobile_same, bool):
        check.add(f"{path}.mobile_same", _("must be true or false, not {kind}").format(
            kind=kind_of(mobile_same)))
    elif mobile_same and steps and steps.get("ios") != steps.get("android"):
        check.add(f"{path}.mobile_same", _("is true but the ios and android steps differ"))
    android_assumed = raw.get("android_assumed", False)
    if not isinstance(android_assumed, bool):
        check.add(f"{path}.android_assumed", _("must be true or false, not {kind}").format(
            kind=kind_of(android_assumed)))
    elif android_assumed and steps and steps.get("ios") != steps.get("android"):
        check.add(f"{path}.android_assumed",
                  _("is true but the android steps are not the iPhone's"))
    device_labels = _device_labels(check, raw.get("device_labels"), f"{path}.device_labels")
    help_entries = _help(check, raw, path, regions)
    kind, minutes, cannot_undo, then = _finishing(check, raw, path, steps)
    link, help_link = _links(check, raw, path)
    default, default_note = _default(check, raw, path)
    instead, instead_does_not = _instead(check, raw, path, rules)
    item = Item(
        id=item_id,
        title=check.text(raw, "title", path),
        summary=check.text(raw, "summary", path),
        link=link,
        labels=check.texts(raw, "labels", path, required=not stepless),
        steps=steps,
        does_not=check.texts(raw, "does_not", path),
        help=tuple(e.text for e in help_entries),
        rules=tuple(rules),
        sources=_source_refs(check, raw, path, known),
        verified=check.date(raw, "verified", path) or dt.date.min,
        mobile_same=bool(mobile_same),
        notes=_notes(check, raw.get("facilitator"), f"{path}.facilitator"),
        labels_path=labels_path is not False,
        facts=_facts(check, raw.get("facts"), f"{path}.facts", known, regions),
        device_labels=device_labels,
        android_assumed=android_assumed is True,
        kind=kind,
        minutes=minutes,
        cannot_undo=cannot_undo,
        then=then,
        help_entries=help_entries,
        audience=check.text(raw, "audience", path, required=False),
        default=default,
        default_note=default_note,
        unverified=_unverified(check, raw.get("unverified"), f"{path}.unverified", known,
                               has_link=bool(link)),
        help_link=help_link,
        instead=instead,
        instead_does_not=instead_does_not,
        local_labels=_local_labels(check, raw.get("local_labels"), f"{path}.local_labels", known,
                                   _all_labels(raw)),
    )
    return item if len(check.found) == before else None


def _rules(check: _Checker, raw: dict, path: str, known: set[str], regions: RegionTable
           ) -> list[Rule]:
    rules_raw = raw.get("rules")
    rules: list[Rule] = []
    if not isinstance(rules_raw, list) or not rules_raw:
        check.add(f"{path}.rules", _("missing: at least one [[items.rules]] is needed"))
        return rules
    for n, r in enumerate(rules_raw):
        if rule := _rule(check, r, f"{path}.rules[{n}]", known, regions):
            rules.append(rule)
    return rules


def _links(check: _Checker, raw: dict, path: str) -> tuple[str, str]:
    """The settings link and the platform's help page: either may be left out, not both."""
    if raw.get("link") is None and raw.get("help_link") is None:
        check.add(f"{path}.link", _("missing: give link, help_link or both"))
        return "", ""
    link = check.link(raw, "link", path) if raw.get("link") is not None else ""
    help_link = check.link(raw, "help_link", path) if raw.get("help_link") is not None else ""
    return link, help_link


def _default(check: _Checker, raw: dict, path: str) -> tuple[str, str]:
    default = raw.get("default", DEFAULT_NOT_STATED)
    if default not in DEFAULTS:
        check.add(f"{path}.default", _("must be one of {known}, not {shown}").format(
            known=", ".join(DEFAULTS), shown=describe(default)))
        default = DEFAULT_NOT_STATED
    note = check.text(raw, "default_note", path, required=default == DEFAULT_DISPUTED)
    return default, note


def _instead(check: _Checker, raw: dict, path: str, rules: list[Rule]
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a person can do where there is no way to stop it: needed with such a rule."""
    needed = any(r.status == NO_OPT_OUT for r in rules)
    instead = check.texts(raw, "instead", path, required=needed)
    does_not = check.texts(raw, "instead_does_not", path, required=False)
    if does_not and not instead:
        check.add(f"{path}.instead_does_not", _("says what doing something instead does not "
                                                "undo, so it needs instead"))
    return instead, does_not


def _unverified(check: _Checker, raw: Any, path: str, known: set[str], has_link: bool
                ) -> dict[str, str]:
    """Which fields rest on one source only, and on which: {field = "source id"}."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.add(path, _("must be a table of field = source id, not {kind}").format(
            kind=kind_of(raw)))
        return {}
    check.unknown_keys(raw, set(UNVERIFIABLE), path)
    out = {}
    for key, source in raw.items():
        if key not in UNVERIFIABLE:
            continue
        if not isinstance(source, str) or source not in known:
            check.add(f"{path}.{key}", _("must name one of the guide's sources, not "
                                         "{shown}").format(shown=describe(source)))
            continue
        if key == "link" and not has_link:
            check.add(f"{path}.link", _("the item has no link"))
            continue
        out[key] = source
    return out


def _finishing(check: _Checker, raw: dict, path: str, steps: dict[str, tuple[str, ...]]
               ) -> tuple[str, int, CannotUndo | None, tuple[str, ...]]:
    """What finishing the item means: its kind, about how long it takes, the step that cannot
    be undone, and what happens after a request is sent."""
    kind = raw.get("kind", TASK)
    if kind not in ITEM_KINDS:
        check.add(f"{path}.kind", _("must be one of {known}, not {shown}").format(
            known=", ".join(ITEM_KINDS), shown=describe(kind)))
        kind = TASK
    minutes = raw.get("minutes", 0)
    if not is_whole_number(minutes) or not 0 <= minutes <= 120:
        check.add(f"{path}.minutes", _("must be a whole number of minutes, not {shown}").format(
            shown=describe(minutes)))
        minutes = 0
    then = check.texts(raw, "then", path, required=False)
    if then and kind != REQUEST:
        check.add(f"{path}.then", _("says what happens after a request is sent, so it needs "
                                    "kind = \"request\""))
    return kind, minutes, _cannot_undo(check, raw.get("cannot_undo"), f"{path}.cannot_undo",
                                       steps), then


def _cannot_undo(check: _Checker, raw: Any, path: str, steps: dict[str, tuple[str, ...]]
                 ) -> CannotUndo | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.add(path, _("must be a table with step and warning, not {kind}").format(
            kind=kind_of(raw)))
        return None
    check.unknown_keys(raw, _CANNOT_UNDO_KEYS, path)
    step = raw.get("step")
    fewest = min((len(s) for s in steps.values()), default=0)
    if not is_whole_number(step) or not 1 <= step <= max(fewest, 1):
        check.add(f"{path}.step", _("must be the number of a step every device has (1 to "
                                    "{fewest}), not {shown}").format(
                                        fewest=fewest, shown=describe(step)))
        return None
    warning = check.text(raw, "warning", path)
    return CannotUndo(step - 1, warning) if warning else None


_HELP_KEYS = {"text", "surfaces", "regions"}


def _help(check: _Checker, raw: dict, path: str, regions: RegionTable
          ) -> tuple[HelpEntry, ...]:
    """`help`: text, or a table {text, surfaces, regions} saying whom a reason can concern."""
    value = raw.get("help")
    where = f"{path}.help"
    if not isinstance(value, list) or not value:
        if value is None:
            check.add(where, _("missing"))
        else:
            check.add(where, _("must be a non-empty list of text, not {kind}").format(
                kind=kind_of(value)))
        return ()
    out = []
    for n, entry in enumerate(value):
        at = f"{where}[{n}]"
        if isinstance(entry, str) and entry.strip():
            check._check_text(at, entry)
            out.append(HelpEntry(entry))
            continue
        if not isinstance(entry, dict):
            check.add(at, _("must be non-empty text or a table with text, not {kind}").format(
                kind=kind_of(entry)))
            continue
        check.unknown_keys(entry, _HELP_KEYS, at)
        text = check.text(entry, "text", at)
        surfaces = check.texts(entry, "surfaces", at, required=False)
        for k, s in enumerate(surfaces):
            if s not in SURFACES:
                check.add(f"{at}.surfaces[{k}]", _("{surface} is not one of {known}").format(
                    surface=repr(s), known=", ".join(SURFACES)))
        groups = _groups(check, entry, at, regions) if "regions" in entry else ()
        if text:
            out.append(HelpEntry(text, surfaces, groups))
    return tuple(out)


def _device_labels(check: _Checker, raw: Any, path: str) -> dict[str, tuple[str, ...]]:
    """A device's own menu path; an empty list says there is nothing to look for there."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.add(path, _("must be a table of desktop, ios or android lists, not {kind}"
                          ).format(kind=kind_of(raw)))
        return {}
    check.unknown_keys(raw, set(SURFACES), path)
    return {s: check.texts(raw, s, path, required=False) for s in SURFACES if s in raw}


def _all_labels(raw: dict) -> set[str]:
    """Every label the item's raw table gives, on any device."""
    found = {x for x in raw.get("labels") or () if isinstance(x, str)}
    devices = raw.get("device_labels")
    if isinstance(devices, dict):
        for path in devices.values():
            if isinstance(path, list):
                found |= {x for x in path if isinstance(x, str)}
    return found


def _local_labels(check: _Checker, raw: Any, path: str, known: set[str], labels: set[str]
                  ) -> dict[str, dict[str, LocalLabel]]:
    """`local_labels.<code>`: each English label mapped to what the platform shows in that
    language and the sources that say so; the label must be one of the item's, the sources
    the guide's."""
    from checkup.support.languages import CODES, ENGLISH, known_codes

    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.add(path, _("must be a table of languages, not {kind}").format(kind=kind_of(raw)))
        return {}
    out: dict[str, dict[str, LocalLabel]] = {}
    for code, table in raw.items():
        where = f"{path}.{code}"
        if code not in CODES or code == ENGLISH:
            check.add(where, _("{code} is not a language code checkup speaks besides English "
                               "({codes})").format(code=repr(code), codes=known_codes()))
            continue
        if not isinstance(table, dict):
            check.add(where, _("must be a table of labels, not {kind}").format(
                kind=kind_of(table)))
            continue
        out[code] = {}
        for english, entry in table.items():
            at = f"{where}.{english}"
            if english not in labels:
                check.add(at, _("{label} is not one of this item's labels").format(
                    label=repr(english)))
                continue
            if not isinstance(entry, dict):
                check.add(at, _("must be a table with text and sources, not {kind}").format(
                    kind=kind_of(entry)))
                continue
            check.unknown_keys(entry, {"text", "sources"}, at)
            text = check.text(entry, "text", at)
            sources = _source_refs(check, entry, at, known)
            if text and sources:
                out[code][english] = LocalLabel(text, sources)
    return out


def _with_known_to(item: Item, sources: dict[str, Source]) -> Item:
    """Each rule and fact knows the newest day its sources speak for."""
    return item._replace(
        rules=tuple(r._replace(known_to=_known_to(sources, r.sources)) for r in item.rules),
        facts=tuple(f._replace(known_to=_known_to(sources, f.sources)) for f in item.facts))


def _domains(check: _Checker, raw: Any) -> tuple[str, ...]:
    """The guide's own domains, lower-case; links and QR codes are only made for these. A bad
    entry is reported once and the guide refused; its links are still checked against the
    entries as written, so one bad domain is one line, not one per link."""
    if not isinstance(raw, list) or not raw:
        check.add("domains", _("must be a non-empty list of domain names such as "
                               "linkedin.com") if raw is None else
                  _("must be a non-empty list of domain names such as linkedin.com, not "
                    "{shown}").format(shown=describe(raw)))
        return ()
    out = []
    for n, entry in enumerate(raw):
        if not isinstance(entry, str):
            check.add(f"domains[{n}]", _("must be a domain name as text, not {kind}").format(
                kind=kind_of(entry)))
            continue
        if not _DOMAIN.fullmatch(entry.lower()) or len(entry) > 253:
            check.add(f"domains[{n}]", _("{entry} is not a domain name with at least two "
                                         "labels, such as linkedin.com (a bare suffix such "
                                         "as com would let any site through)").format(
                entry=repr(entry)))
        elif entry.lower() in PUBLIC_SUFFIXES:
            check.add(f"domains[{n}]", _("{entry} is a public suffix, under which anyone "
                                         "can have a site; name the platform's own domain, "
                                         "such as linkedin.com").format(entry=repr(entry)))
        out.append(entry.lower())
    return tuple(out)


def _raw_ids(items_raw: list) -> set[str] | None:
    """The items' ids as written, for cross-checks; None when one is not text (a list, a table):
    that is reported where the item is checked, and nothing can be said about the others."""
    ids = [i.get("id") for i in items_raw if isinstance(i, dict)]
    return set(ids) if all(isinstance(i, str) for i in ids) else None


def parse_guide(data: dict, file: str, regions: RegionTable) -> tuple[Guide | None, list[Problem]]:
    """Validate one guide's raw TOML; the guide is returned only when it has no problem at all."""
    check = _Checker(file)
    check.domains = _domains(check, data.get("domains"))
    check.unknown_keys(data, _GUIDE_KEYS, "")
    schema = data.get("schema")
    if not is_whole_number(schema) or schema != SCHEMA:  # 1.0 == 1 in Python, not here
        check.add("schema", _("must be {schema}, not {shown}").format(
            schema=SCHEMA, shown=describe(schema)))
    guide_id = check.text(data, "id", "")
    if guide_id and not _ID.fullmatch(guide_id):
        check.add("id", _("{guide_id}: use lower-case letters, digits and dashes").format(
            guide_id=repr(guide_id)))
    revision = data.get("revision")
    if not is_whole_number(revision) or revision < 1:
        check.add("revision", _("must be a whole number from 1 up, not {shown}").format(
            shown=describe(revision)))
    sources_raw = data.get("sources")
    sources: dict[str, Source] = {}
    if not isinstance(sources_raw, dict) or not sources_raw:
        check.add("sources", _("missing: at least one [sources.ID] table is needed"))
    else:
        for sid, raw in sources_raw.items():
            if src := _source(check, sid, raw):
                sources[sid] = src
    known = set(sources_raw) if isinstance(sources_raw, dict) else set()
    items: list[Item] = []
    items_raw = data.get("items")
    if not isinstance(items_raw, list) or not items_raw:
        check.add("items", _("missing: at least one [[items]] is needed"))
    else:
        seen: set[str] = set()
        for n, raw in enumerate(items_raw):
            item = _item(check, raw, f"items[{n}]", known, regions)
            if item:
                if item.id in seen:
                    check.add(f"items[{n}].id", _("{id} is used twice").format(id=repr(item.id)))
                seen.add(item.id)
                items.append(item)
    main_item = check.text(data, "main_item", "")
    ids = _raw_ids(items_raw) if isinstance(items_raw, list) else None
    if main_item and ids is not None and main_item not in ids:
        check.add("main_item", _("no item has the id {main_item}").format(
            main_item=repr(main_item)))
    names = check.texts(data, "names", "", required=False)
    guide = Guide(
        id=guide_id,
        platform=check.text(data, "platform", ""),
        title=check.text(data, "title", ""),
        summary=check.text(data, "summary", ""),
        revision=revision if isinstance(revision, int) else 0,
        verified=check.date(data, "verified", "") or dt.date.min,
        domains=check.domains,
        main_item=main_item,
        items=tuple(_with_known_to(i, sources) for i in items),
        sources=sources,
        path=file,
        names=names,
    )
    return (None if check.found else guide), check.found


def load_file(path: Path, regions: RegionTable | None = None) -> tuple[Guide | None, list[Problem]]:
    """One guide file, checked; every way it can be wrong is a Problem, never an exception."""
    guide, problems, _file_id = _load_one(path, regions or default_regions())
    return guide, problems


def _load_one(path: Path, regions: RegionTable, read: Read = read_toml, ahead: Ahead | None = None
              ) -> tuple[Guide | None, list[Problem], str | None]:
    """load_file, and the id the file gives itself when it is text (for a broken guide)."""
    if ahead is not None and regions is default_regions() and (known := ahead(path)):
        return known, [], known.id
    try:
        data = read(path, _("a guide"))
    except Unreadable as e:
        return None, [Problem(str(path), "", str(e))], None
    raw_id = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        return (*parse_guide(data, str(path), regions), raw_id)
    except RecursionError:  # tomllib took it, but a check walking it did not
        return None, [Problem(str(path), "", _("nested too deeply to be a guide"))], raw_id


def guide_files(directory: Path | Traversable) -> list[Path | Traversable]:
    """The guide files in `directory`; OSError when it cannot be listed (glob would hide that
    and call the folder empty)."""
    if in_archive(directory):  # the guides checkup.pyz carries
        entries = list(directory.iterdir())
    else:
        with os.scandir(directory) as scan:
            entries = list(scan)
    # hidden files are editors' and systems' own (.#x.toml, ._x.toml), never guides
    names = [e.name for e in entries if e.name.endswith(".toml") and e.name[0] != "."]
    return [directory / n for n in sorted(names) if n not in DATA_FILES]


def load_paths(paths: list[Path], regions: RegionTable | None = None, read: Read = read_toml,
               ahead: Ahead | None = None) -> LoadResult:
    """Load every file (folders: their guides); bad files are reported and skipped. `read`
    gives a file's TOML data as read_toml does (checkup.profile.guide_cache's is faster);
    `ahead` gives the guides known without reading them through (`checkup validate` reads
    every file itself, so it gives none)."""
    result = LoadResult()
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            try:
                found = guide_files(p)
            except OSError as e:
                said = _("cannot read this folder: {problem}").format(problem=e.strerror or e)
                result.problems.append(Problem(str(p), "", said))
                continue
            if not found:
                result.problems.append(Problem(str(p), "", _("no guide files (*.toml) here")))
            files += found
        else:
            files.append(p)
    regions = regions or default_regions()
    for path in files:
        guide, problems, raw_id = _load_one(path, regions, read, ahead)
        result.problems += problems
        if guide is None:
            for name in (raw_id, path.stem):
                if name:
                    result.broken.setdefault(name.strip().lower(), str(path))
            continue
        if (other := result.guide(guide.id)) is not None:
            result.problems.append(Problem(str(path), "id", _("{id} is also {path}").format(
                                                                id=repr(guide.id),
                                                                path=other.path)))
            continue
        result.guides.append(guide)
    return result


def load_guides(directory: Path | None = None, read: Read = read_toml, ahead: Ahead | None = None
                ) -> LoadResult:
    from checkup.support.paths import content_dir

    return load_paths([directory or content_dir()], read=read, ahead=ahead)
