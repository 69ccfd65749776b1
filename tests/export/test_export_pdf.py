"""The HTML checklist printed to PDF by headless Chromium, read back with poppler: the page size
asked for, every title, label and step in the text with no step split across pages, each item's
heading on the page of its first steps, and every QR code on the rendered pages decoding to its
link.

CI installs Chromium and poppler-utils (.ci/run); elsewhere the test is skipped, saying why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from qr_pixels import decode
from test_export import PERSONAL_STATES, blank, linkedin, personal

from checkup.export.checklist import ChecklistDocument
from checkup.export.to_html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
POPPLER = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext", "pdfinfo"))

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and POPPLER),
    reason="printing to PDF needs chromium and poppler-utils (pdftoppm, pdftotext, pdfinfo); "
    "CI installs them in .ci/run",
)

# Points (1/72 inch), as pdfinfo gives them; Chromium rounds A4 a little.
PAGE_POINTS = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}


def print_pdf(html: str, tmp: Path) -> Path:
    page, pdf = tmp / "checklist.html", tmp / "checklist.pdf"
    page.write_text(html, encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    assert pdf.stat().st_size > 1000
    return pdf


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return [" ".join(p.split()) for p in text.split("\f") if p.strip()]


def page_sizes(pdf: Path) -> set[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return {(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)}


def page_codes(pdf: Path, tmp: Path) -> list[list[str]]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp / "page")], check=True,
                   capture_output=True, timeout=120)
    return [decode(Image.open(png)) for png in sorted(tmp.glob("page-*.png"))]


def check_printed(doc: ChecklistDocument, paper: str, tmp: Path) -> None:
    pdf = print_pdf(render_html(doc, paper), tmp)
    width, height = PAGE_POINTS[paper]
    sizes = page_sizes(pdf)
    assert sizes and all(abs(w - width) < 1.5 and abs(h - height) < 1.5 for w, h in sizes), sizes
    pages = page_texts(pdf)
    text = " ".join(pages)
    for g in doc.guides:
        for entry in g.items:
            item = entry.item
            assert item.title in text
            for label in item.labels:
                assert f'"{label}"' in text
            if entry.full:  # every step whole on one page: none split across a page break
                for group in entry.steps:
                    for step in group.steps:
                        assert any(step in p for p in pages), step
    for g in doc.guides:  # an item's heading and QR code never end a page without its steps
        for entry in g.items:
            if entry.full and entry.steps:
                heading = f"{entry.number}. {entry.item.title}"
                first_step = entry.steps[0].steps[0]
                on = [n for n, p in enumerate(pages) if heading in p]
                assert on and first_step in pages[on[0]], (heading, on)
    codes = page_codes(pdf, tmp)
    assert len(codes) == len(pages)
    found = sorted(url for on_page in codes for url in on_page)
    expected = sorted(e.link for g in doc.guides for e in g.items if e.full and e.link_ok)
    assert found == expected


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_blank_handout_prints(paper: str, tmp_path: Path) -> None:
    doc = blank(linkedin())
    assert len(doc.guides[0].items) >= 4
    check_printed(doc, paper, tmp_path)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_personal_checklist_prints(paper: str, tmp_path: Path) -> None:
    doc = personal(linkedin())
    assert PERSONAL_STATES and any(not i.full for i in doc.guides[0].items)
    check_printed(doc, paper, tmp_path)
