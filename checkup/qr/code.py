"""QR codes for a guide's deep links: the module matrix, made only for links a person can trust.

Drawing lives elsewhere: checkup.qr.terminal (terminal cells), checkup.qr.svg (exports) and
checkup.screens.widgets.qr_widget (the Textual widget and full-screen view).
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

from checkup.guides.loader import link_problem
from checkup.guides.model import Guide, Item
from checkup.support.errors import CheckupError, UsageError
from checkup.support.i18n import _

QUIET_ZONE = 4  # light modules around the code on every side, as the QR standard asks

# Error correction, most robust first. M survives glare and a projector's blur better; L is used
# only where M would not fit the screen (the LinkedIn link is version 5 at M, version 4 at L).
LEVELS: tuple[str, ...] = ("M", "L")


class QrRefused(CheckupError):
    """A link that may not become a QR code: not https, or not on the guide's own domains."""


class QrCode(NamedTuple):
    """A QR code for one link. `modules[row][column]` is True for a dark module; square, with
    the quiet zone included."""

    url: str
    level: str
    modules: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side, the quiet zone included."""
        return len(self.modules)

    @property
    def version(self) -> int:
        return (self.size - 2 * QUIET_ZONE - 17) // 4

    @property
    def domain(self) -> str:
        """Where the link leads, shown in plain text so a person can check it."""
        return (urlsplit(self.url).hostname or "").lower()


def qr_problem(url: str, domains: tuple[str, ...]) -> str | None:
    """Why `url` may not become a QR code, or None when it may: the rules for any link."""
    return link_problem(url, domains)


def make_qr(url: str, domains: tuple[str, ...], level: str = "M") -> QrCode:
    """The QR code for `url`, an https link on one of `domains`; QrRefused for anything else."""
    if reason := qr_problem(url, domains):
        raise QrRefused(_("no QR code for this link: {reason}").format(reason=reason))
    if level not in LEVELS:
        raise ValueError(f"error correction level must be one of {LEVELS}, not {level!r}")
    import qrcode  # imported here: only the commands that draw a code pay for it
    from qrcode import constants

    correction = {"M": constants.ERROR_CORRECT_M, "L": constants.ERROR_CORRECT_L}[level]
    qr = qrcode.QRCode(error_correction=correction, border=QUIET_ZONE)
    qr.add_data(url)
    qr.make(fit=True)
    return QrCode(url, level, tuple(tuple(bool(m) for m in row) for row in qr.get_matrix()))


def qr_codes(url: str, domains: tuple[str, ...]) -> list[QrCode]:
    """The code at each level, most robust first, for a caller choosing the one that fits."""
    return [make_qr(url, domains, level) for level in LEVELS]


def item_for_qr(guide: Guide, item_id: str | None = None) -> Item:
    """The item whose link to show: `item_id`, or the guide's main item when None."""
    item = guide.item(item_id or guide.main_item)
    if item is None:
        known = ", ".join(i.id for i in guide.items)
        raise UsageError(_("unknown item {item} in guide {guide} (items: {known})").format(
            item=repr(item_id), guide=guide.id, known=known))
    return item


def opens_hint(url: str) -> str:
    """Where a link leads, in plain text, so a person can check it before signing in."""
    return _("It opens {domain}").format(domain=(urlsplit(url).hostname or "").lower())


def scan_hint(code: QrCode) -> str:
    """The line under every code: how to use it, and where it leads in plain text. Only where a
    code is shown: without one, opens_hint alone."""
    return _("Scan it with your phone's camera. {opens}").format(opens=opens_hint(code.url))
