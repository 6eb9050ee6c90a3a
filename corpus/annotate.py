"""Find the page each indicator is printed on, and write the gold annotation CSVs.

Matching is on normalised text (lowercase, letters and digits only) so wrapped lines and
hyphenated breaks still match. pdfplumber reads a page line by line across its full width,
which interleaves the lines of side-by-side table cells and columns; so when the plain page
text does not contain an indicator, the page is also read column by column (halves) and cell by
cell (tables). The tests use the same `PageText` so they check what the build recorded.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from corpus import content
from corpus.spec import SITUATIONS, Spec

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lowercase, keep letters and digits only."""
    return _NOT_ALNUM.sub("", text.lower())


@dataclass
class PageText:
    """One page's normalised text, with slower per-column and per-cell views made on demand."""

    page: Any  # pdfplumber Page
    plain: str = ""
    _extra: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, page: Any) -> PageText:
        return cls(page=page, plain=normalise(page.extract_text() or ""))

    def extra(self) -> str:
        """Text of each half of the page and of each table cell, joined with separators."""
        if self._extra is None:
            parts = []
            w, h = self.page.width, self.page.height
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                parts.append(normalise(self.page.crop(box).extract_text() or ""))
            for table in self.page.find_tables():
                for row in table.extract():
                    parts += [normalise(cell or "") for cell in row]
            self._extra = "|".join(parts)
        return self._extra

    def contains(self, text: str) -> bool:
        needle = normalise(text)
        return needle in self.plain or needle in self.extra()


def read_pages(pdf_path: Path) -> list[PageText]:
    with pdfplumber.open(pdf_path) as pdf:
        return [PageText.of(p) for p in pdf.pages]


class NotFound(RuntimeError):
    """An indicator whose text is not on any page: the rendering lost or altered it."""


def find_pages(spec: Spec, pdf_path: Path) -> dict[int, int]:
    """Indicator number -> 1-based page, walking the layout's reading order.

    An indicator found on several pages takes the first page not before the previous
    indicator's page (or the first page found, if all are earlier).
    """
    with pdfplumber.open(pdf_path) as pdf:
        pages = [PageText.of(p) for p in pdf.pages]
        found: dict[int, int] = {}
        previous = 1
        for ind in content.reading_order(spec):
            hits = [n for n, page in enumerate(pages, start=1) if page.contains(ind.text)]
            if not hits:
                raise NotFound(f"{spec.slug}: indicator not found in {pdf_path}: {ind.text!r}")
            later = [n for n in hits if n >= previous]
            found[ind.number] = later[0] if later else hits[0]
            previous = found[ind.number]
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


DOCUMENT_COLUMNS = [
    "doc",
    "file",
    "partnership",
    "authorities",
    "producer",
    "layout",
    "orientation",
    "version",
    "version_date",
    "pages",
    "sha256",
    "n_indicators",
]
LEVEL_COLUMNS = ["doc", "order", "label", "name", "maps_to", "evidence"]
INDICATOR_COLUMNS = [
    "doc",
    "id",
    "page",
    "local_level",
    "level",
    "issue",
    "issues",
    "severity",
    "domain",
    "situation",
    "text",
]
SITUATION_COLUMNS = ["key", "issue", "core"]


def document_row(spec: Spec, pdf_path: Path, rel: str) -> dict[str, Any]:
    return {
        "doc": spec.slug,
        "file": rel,
        "partnership": spec.partnership,
        "authorities": ";".join(spec.authorities),
        "producer": spec.producer,
        "layout": spec.layout,
        "orientation": spec.orientation,
        "version": spec.version,
        "version_date": spec.version_date.isoformat(),
        "pages": page_count(pdf_path),
        "sha256": sha256(pdf_path),
        "n_indicators": len(spec.indicators),
    }


def level_rows(spec: Spec) -> list[dict[str, Any]]:
    return [
        {
            "doc": spec.slug,
            "order": n,
            "label": lv.label,
            "name": lv.name or "",
            "maps_to": lv.letters,
            "evidence": lv.evidence,
        }
        for n, lv in enumerate(spec.levels)
    ]


def indicator_rows(spec: Spec, pages: dict[int, int]) -> list[dict[str, Any]]:
    """One row per indicator, in spec order (the id order)."""
    return [
        {
            "doc": spec.slug,
            "id": spec.indicator_id(ind),
            "page": pages[ind.number],
            "local_level": ind.level,
            "level": ind.letter,
            "issue": ind.issue,
            "issues": ";".join([ind.issue, *ind.also]),
            "severity": ind.severity,
            "domain": ind.domain or "",
            "situation": ind.situation or "",
            "text": ind.text,
        }
        for ind in spec.indicators
    ]


def situation_rows() -> list[dict[str, Any]]:
    return [{"key": s.key, "issue": s.issue, "core": s.core} for s in SITUATIONS]


def write_csv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """UTF-8 CSV with a header row, LF line ends (stable diffs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
