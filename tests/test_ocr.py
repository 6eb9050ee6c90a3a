"""Image-only PDFs: a clear message without --ocr; with --ocr, tesseract reads the scan."""

from __future__ import annotations

import shutil

import pytest
from rapidfuzz import fuzz

from analyser.errors import NoTextLayer, OcrUnavailable
from analyser.extract import extract
from analyser.ocr import tesseract_available
from tests.conftest import CORPUS, FIXTURES

SCAN = FIXTURES / "scanned-image-only.pdf"


def test_scan_without_ocr_names_the_flag():
    with pytest.raises(NoTextLayer, match="--ocr"):
        extract(SCAN)


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed (apt-get install tesseract-ocr)")
def test_scan_with_ocr_is_read():
    """The scan is pages 3-4 of ashbourne-vale.pdf: OCR must recover their text."""
    from analyser.ocr import ocr_pages
    from analyser.reading import open_pdf

    document = extract(SCAN, ocr=True)
    assert document.pages == 2
    with open_pdf(CORPUS / "ashbourne-vale.pdf") as pdf:
        originals = [pdf.pages[n].extract_text() for n in (2, 3)]
    for (_, _, _, lines), original in zip(ocr_pages(SCAN), originals, strict=True):
        read = " ".join(line.text for line in lines)
        assert fuzz.token_set_ratio(read, original) >= 85


def test_ocr_unavailable_is_said_clearly(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(OcrUnavailable, match="tesseract"):
        extract(SCAN, ocr=True)
