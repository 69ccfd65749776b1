"""Parsing the options several commands share: dates, regions, surfaces, guides."""

from __future__ import annotations

import argparse
import datetime as dt

from checkup.errors import UsageError
from checkup.loader import LoadResult
from checkup.model import SURFACES, Guide
from checkup.regions import RegionTable


def as_of_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=as_of_date, metavar="YYYY-MM-DD",
        help="decide region rules as on this day (default: today)",
    )


def add_region(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--region", metavar="CC", help="your country as a two-letter code (DE, US, GB or UK, ...)"
    )


def add_surface(parser: argparse.ArgumentParser, many: bool = False) -> None:
    parser.add_argument(
        "--surface", choices=SURFACES, action="append" if many else "store",
        help="which device's steps: desktop (web), ios (iPhone) or android",
    )


def region_code(text: str | None, regions: RegionTable) -> str | None:
    return regions.normalise(text) if text else None


def find_guide(loaded: LoadResult, guide_id: str) -> Guide:
    guide = loaded.guide(guide_id.strip().lower())
    if guide is None:
        known = ", ".join(g.id for g in loaded.guides) or "none could be loaded"
        raise UsageError(f"unknown guide {guide_id!r} (guides: {known})")
    return guide


def surfaces_or_all(chosen: str | list[str] | None) -> tuple[str, ...]:
    if not chosen:
        return SURFACES
    picked = [chosen] if isinstance(chosen, str) else chosen
    return tuple(s for s in SURFACES if s in picked)
