"""Typed input errors: each says which file failed and why, in one line a person can act on."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A document that cannot be read. ``str(err)`` is ``"FILE: reason"``."""

    reason = "cannot be read"

    def __init__(self, path: str | Path, reason: str | None = None) -> None:
        self.path = str(path)
        self.reason = reason or self.reason
        super().__init__(f"{self.path}: {self.reason}")


class NotAPdf(InputError):
    reason = "not a PDF file"


class EmptyFile(InputError):
    reason = "the file is empty"


class Corrupt(InputError):
    reason = "the PDF is damaged or truncated and cannot be parsed"


class Encrypted(InputError):
    reason = "the PDF is protected by a password; remove the password and try again"


class NoTextLayer(InputError):
    reason = "the PDF has no text layer (it looks like a scanned image); run again with --ocr to read it with OCR"


class OcrUnavailable(InputError):
    reason = "--ocr needs tesseract, which is not installed (apt-get install tesseract-ocr)"


class TooLarge(InputError):
    reason = "the PDF is larger than this tool reads"


class ExtractionFailed(InputError):
    """The reader met something it did not expect: reported per file, never as a traceback."""

    reason = "extraction failed"


class TimedOut(InputError):
    reason = "extraction took longer than the time limit"


class UsageError(InputError):
    """A bad argument (an unknown issue, an output folder that does not exist)."""

    reason = "bad argument"


class StoreError(InputError):
    """The store cannot be used as asked: missing for a read-only command, busy, not a database."""

    reason = "the store cannot be opened"


class StoreMissing(StoreError):
    reason = "no store here yet; run ingest first"


class StoreBusy(StoreError):
    reason = "the store is busy (another program is writing to it); try again when it has finished"


class PageError(Exception):
    """One page cannot be read; the page is skipped and the rest of the document is read.

    Not an InputError: it never reaches the user as a failure, only as a warning naming the page.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
