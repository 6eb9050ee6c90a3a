"""One guarded extraction: the only way commands, ingest and the app run the pipeline.

Why a guard around the pipeline: a user must never see a traceback. Damaged pages are already
skipped by the reader; this records them on the Document (``skipped_pages`` and a warning
naming each page) and turns anything the pipeline did not expect into a typed, one-line
:class:`~analyser.errors.ExtractionFailed` for that file, so one bad file costs one line.
"""

from __future__ import annotations

from pathlib import Path

from analyser.errors import ExtractionFailed, InputError


def extract_document(path: str | Path, *, ocr: bool = False, use_model: bool = True, scheme=None):
    """`analyser.extract.extract` with skipped pages recorded and no untyped exception escaping."""
    from analyser.extract import extract
    from analyser.reading import collect_skips, note_skips

    try:
        with collect_skips() as skips:
            document = extract(path, ocr=ocr, use_model=use_model, scheme=scheme)
    except (InputError, KeyboardInterrupt, MemoryError):
        raise
    except RecursionError:
        raise ExtractionFailed(path, "the PDF's structure is nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line per file, never a traceback
        raise ExtractionFailed(path, f"extraction failed ({type(exc).__name__}: {_short(exc)})") from exc
    if skips:
        note_skips(document, skips)
        document.pages = max(document.pages, _page_count(path))
    return document


def _page_count(path: str | Path) -> int:
    """Pages in the file, skipped ones included (the reader counts only those it read)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def _short(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
