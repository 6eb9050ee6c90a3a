"""Open a PDF safely: typed errors for bad input before any layout work starts.

Checks are cheap and ordered so the message names the real cause (an empty file is not
"corrupt"; a PNG renamed .pdf is "not a PDF"; a scan is "no text layer").
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analyser.errors import Corrupt, EmptyFile, Encrypted, NotAPdf, NoTextLayer, TooLarge

if TYPE_CHECKING:  # imported lazily: an input error must answer before the PDF libraries load
    import pdfplumber
    import pypdfium2 as pdfium

#: Pages probed for text before a document is declared image-only.
TEXT_PROBE_PAGES = 6


@dataclass(frozen=True)
class ReadLimits:
    """What one document may cost. Threshold documents run to tens of pages; a 5,000-page file
    or a page of 200,000 characters is a mistake or an attack, and reading it would take minutes
    and gigabytes (about 0.7 MB and 45 ms a page), so it is refused (a document) or skipped
    (a page) with the limit named. Raise them with the environment variables below.
    """

    max_pages: int = 1000
    max_page_chars: int = 100_000
    #: The PDF specification's own limit on a page side (200 inches); a damaged MediaBox can
    #: claim two billion points, which makes every layout step that scans across a page crawl.
    max_page_points: float = 14_400.0

    @classmethod
    def from_env(cls) -> ReadLimits:
        return cls(
            max_pages=_env_int("THRESHOLD_ANALYSER_MAX_PAGES", cls.max_pages),
            max_page_chars=_env_int("THRESHOLD_ANALYSER_MAX_PAGE_CHARS", cls.max_page_chars),
        )


def too_many_chars(count: int, limit: int) -> str:
    """The skip reason for a page over the character limit (both readers say the same)."""
    return (
        f"{count:,} characters, more than the limit of {limit:,} a page "
        "(set THRESHOLD_ANALYSER_MAX_PAGE_CHARS to raise it)"
    )


def bad_page_size(width: float, height: float, limits: ReadLimits) -> str | None:
    """Why a page's size cannot be a real page (None when it can)."""
    import math

    if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
        return f"the page's size ({width:g} x {height:g} pt) is not a real size"
    if max(width, height) > limits.max_page_points:
        return (
            f"the page's size ({width:,.0f} x {height:,.0f} pt) is beyond the PDF limit of "
            f"{limits.max_page_points:,.0f} pt a side"
        )
    return None


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_path(path: str | Path) -> None:
    """The cheap checks, with no PDF library loaded: exists, a file, not empty, PDF header, end marker."""
    path = Path(path)
    if not path.exists():
        raise NotAPdf(path, "no such file")
    if path.is_dir():
        raise NotAPdf(path, "is a folder, not a PDF file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, size - 2048))
            tail = handle.read()
    except OSError as exc:
        raise NotAPdf(path, f"cannot be opened ({exc.strerror or exc})") from None
    if size == 0:
        raise EmptyFile(path)
    if b"%PDF-" not in head:
        raise NotAPdf(path)
    if b"%%EOF" not in tail:
        raise Corrupt(path, "the PDF is truncated (no end-of-file marker)")


def check_file(path: str | Path, limits: ReadLimits | None = None) -> None:
    """Raise a typed error for anything that is not a complete, readable, unlocked PDF."""
    check_path(path)  # the cheap checks before pdfium loads
    import pypdfium2 as pdfium

    limits = limits or ReadLimits.from_env()
    path = Path(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Encrypted(path) from None
        raise Corrupt(path) from None
    try:
        pages = len(pdf)
        if pages == 0:
            raise Corrupt(path, "the PDF has no pages")
        if pages > limits.max_pages:
            raise TooLarge(
                path,
                f"the PDF has {pages:,} pages, more than the limit of {limits.max_pages:,} "
                "(set THRESHOLD_ANALYSER_MAX_PAGES to raise it)",
            )
        has_text = _has_text(pdf)
        if has_text is None:
            raise Corrupt(path, "the PDF is damaged: none of its pages can be read")
        if not has_text:
            raise NoTextLayer(path)
    finally:
        pdf.close()


def _has_text(pdf: pdfium.PdfDocument) -> bool | None:
    """Text on any of the first pages that load (None: no page loads at all).

    A page that cannot be loaded is not evidence either way: the reader will skip it.
    """
    import pypdfium2 as pdfium

    probed = 0
    for index in range(len(pdf)):
        if probed >= TEXT_PROBE_PAGES:
            break
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            continue  # a damaged page: the reader will skip it; look at the next one
        probed += 1
        try:
            textpage = page.get_textpage()
            try:
                if textpage.count_chars() > 0 and textpage.get_text_range().strip():
                    return True
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            continue
        finally:
            page.close()
    return False if probed else None


# Lone surrogates break every encoder downstream (spaCy's string store, JSON, SQLite); control
# characters other than tab and newline are never text a person wrote.
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text as the rest of the pipeline may assume it: no lone surrogates, no control characters."""
    return _UNPRINTABLE.sub("", text) if _UNPRINTABLE.search(text) else text


#: Pages skipped by the reader while a collector is active (see :func:`collect_skips`).
_SKIPS: ContextVar[list[tuple[int, str]] | None] = ContextVar("threshold_analyser_skips", default=None)


@contextmanager
def collect_skips() -> Iterator[list[tuple[int, str]]]:
    """Gather the (page, reason) of pages the reader skips inside the block.

    Why a collector: the pipeline's stages take and return pages, not warnings; this lets the
    caller of a whole extraction learn which pages were skipped without threading a list
    through every stage.
    """
    found: list[tuple[int, str]] = []
    token = _SKIPS.set(found)
    try:
        yield found
    finally:
        _SKIPS.reset(token)


def report_skips(skips: list[tuple[int, str]]) -> None:
    """Hand skipped pages to the active collector, if any (the reader calls this)."""
    found = _SKIPS.get()
    if found is not None:
        found.extend(skips)


def note_skips(document, skips: list[tuple[int, str]]) -> None:
    """Record skipped pages on a Document as numbers and as warnings naming each page (once)."""
    for number, reason in skips:
        if number not in document.skipped_pages:
            document.skipped_pages.append(number)
        warning = f"page {number} skipped: {reason}"
        if warning not in document.warnings:
            document.warnings.append(warning)
    document.skipped_pages.sort()


@contextmanager
def open_pdf(path: str | Path) -> Iterator[pdfplumber.PDF]:
    """pdfplumber handle for a checked file; the caller closes pages as it goes."""
    import pdfplumber

    check_file(path)
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many unrelated types for damage
        if "password" in type(exc).__name__.lower() or "password" in str(exc).lower():
            raise Encrypted(path) from None
        raise Corrupt(path) from None
    try:
        yield pdf
    finally:
        pdf.close()
