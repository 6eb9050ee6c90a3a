"""Open a PDF safely: typed errors for bad input before any layout work starts.

Checks are cheap and ordered so the message names the real cause (an empty file is not
"corrupt"; a PNG renamed .pdf is "not a PDF"; a scan is "no text layer").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from analyser.errors import Corrupt, EmptyFile, Encrypted, NotAPdf, NoTextLayer

#: Pages probed for text before a document is declared image-only.
TEXT_PROBE_PAGES = 6


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_file(path: str | Path) -> None:
    """Raise a typed error for anything that is not a complete, readable, unlocked PDF."""
    path = Path(path)
    if not path.exists():
        raise NotAPdf(path, "no such file")
    if path.is_dir():
        raise NotAPdf(path, "is a folder, not a PDF file")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path)
    with open(path, "rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if b"%PDF-" not in head:
        raise NotAPdf(path)
    if b"%%EOF" not in tail:
        raise Corrupt(path, "the PDF is truncated (no end-of-file marker)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Encrypted(path) from None
        raise Corrupt(path) from None
    try:
        if len(pdf) == 0:
            raise Corrupt(path, "the PDF has no pages")
        if not _has_text(pdf):
            raise NoTextLayer(path)
    finally:
        pdf.close()


def _has_text(pdf: pdfium.PdfDocument) -> bool:
    for index in range(min(len(pdf), TEXT_PROBE_PAGES)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                if textpage.get_text_range().strip():
                    return True
            finally:
                textpage.close()
        finally:
            page.close()
    return False


@contextmanager
def open_pdf(path: str | Path) -> Iterator[pdfplumber.PDF]:
    """pdfplumber handle for a checked file; the caller closes pages as it goes."""
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
