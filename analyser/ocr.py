"""Optional OCR for image-only PDFs: pages rendered by pdfium, words read by tesseract.

OCR words become the same `Line` objects the text layer gives, so the rest of the pipeline does
not know the difference (ruled tables are not recovered from pixels).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium

from analyser.errors import OcrUnavailable
from analyser.layout import Line, Word, group_lines, reading_order

#: Render resolution; 72 pt per inch, so coordinates are divided by SCALE to stay in points.
SCALE = 200 / 72


def tesseract_available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


def ocr_pages(path: str | Path) -> Iterator[tuple[int, float, float, list[Line]]]:
    """(page number, width, height, lines) for each page, one page image in memory at a time."""
    if not tesseract_available():
        raise OcrUnavailable(path)
    import pytesseract

    from analyser.reading import clean_text, report_skips

    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
                width, height = page.get_size()
                image = page.render(scale=SCALE).to_pil()
                page.close()
            except pdfium.PdfiumError:  # one damaged page: skip it, as the text reader does
                report_skips([(index + 1, "the page is damaged and cannot be loaded")])
                continue
            data = pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT)
            words = _words(data)
            for word in words:
                word.text = clean_text(word.text)
            yield index + 1, float(width), float(height), reading_order(group_lines(words, index + 1), width)
    finally:
        pdf.close()


def _words(data: dict) -> list[Word]:
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][i]) < 30:
            continue
        x0, top = data["left"][i] / SCALE, data["top"][i] / SCALE
        x1, bottom = x0 + data["width"][i] / SCALE, top + data["height"][i] / SCALE
        words.append(Word(text=text, x0=x0, x1=x1, top=top, bottom=bottom, size=round(bottom - top, 0), bold=False))
    return words
