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
