"""From a threshold PDF to a `Document`: read pages, find the scheme, segment, classify.

The page loop keeps only light lines and tables per page and closes each pdfplumber page
before the next, so memory follows the amount of text rather than the number of pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from analyser import classify, columns, fastread, metadata
from analyser.blocks import Block, BlockSettings, pdf_blocks
from analyser.document import Document, Indicator, Level
from analyser.errors import NoTextLayer
from analyser.indicators import Candidate
from analyser.indicators import find as find_indicators
from analyser.layout import (
    Line,
    group_lines,
    reading_order,
    remove_page_furniture,
    remove_running_heads,
    word_from_pdfplumber,
)
from analyser.model import apply_model
from analyser.model import load as load_model
from analyser.reading import check_file, open_pdf, sha256_of
from analyser.scheme import Ladder
from analyser.scheme import find as find_scheme
from analyser.tables import Table, find_tables, stitch, tables_from_grids

PIPELINE_VERSION = "0.2.0"


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[Table] = field(default_factory=list)
    #: Drawn list markers (small filled shapes) on the page.
    markers: list[tuple[float, float, float, float]] = field(default_factory=list)
    #: Coloured filled rectangles (cards, bands, header cells) and their colour.
    fills: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)


def read_pages(path: str | Path, reader: str = "pdfium") -> list[PageContent]:
    """Each page reduced to lines outside tables (in reading order) and its tables.

    ``reader`` is "pdfium" (fast: pypdfium2 characters and paths, pdfplumber's table algorithm)
    or "pdfplumber" (the reference path).
    """
    if reader == "pdfplumber":
        return list(_read_with_pdfplumber(path))  # open_pdf checks the file
    check_file(path)
    return list(_read_with_pdfium(path))


def _page_content(number: int, width: float, height: float, words, tables: list[Table], graphics=None) -> PageContent:
    free = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    markers = graphics.markers if graphics is not None else []
    fills = graphics.fills if graphics is not None else []
    boxes = [bbox for bbox, _colour in fills if bbox[2] - bbox[0] < width * 0.7]  # cards and panes, not page bands
    lines = reading_order(group_lines(free, number, boxes=boxes), width)
    return PageContent(number, width, height, lines, tables, markers, fills)


def _read_with_pdfplumber(path: str | Path):
    with open_pdf(path) as pdf:
        for index, page in enumerate(pdf.pages):
            raw = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance=1.5, y_tolerance=2)
            words = [word_from_pdfplumber(w) for w in raw]
            tables = find_tables(page, words, index + 1)
            yield _page_content(index + 1, float(page.width), float(page.height), words, tables)
            page.close()


def _read_with_pdfium(path: str | Path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                width, height = (float(v) for v in page.get_size())
                words = fastread.page_words(page, height)
                graphics = fastread.page_graphics(page, height)
            finally:
                page.close()
            grids = fastread.table_cells(graphics.edges) if graphics.edges else []
            tables = tables_from_grids(grids, graphics.fills, words, index + 1)
            yield _page_content(index + 1, width, height, words, tables, graphics)
    finally:
        pdf.close()


def _inside(word, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


@dataclass
class ExtractSettings:
    """Tuning for the whole pipeline; each stage's own settings live with the stage."""

    reader: str = "pdfium"  # "pdfium" (fast path) or "pdfplumber" (reference path)
    blocks: BlockSettings = field(default_factory=BlockSettings)


def extract(
    path: str | Path,
    settings: ExtractSettings | None = None,
    ocr: bool = False,
    use_model: bool = True,
    scheme: list[Level] | None = None,
) -> Document:
    """Read one threshold document into a Document with its scheme, indicators and warnings.

    With ``ocr``, an image-only PDF is read with tesseract instead of failing. ``scheme`` is a
    declared ladder (labels and A-D letters) that replaces the one found in the document.
    """
    settings = settings or ExtractSettings()
    path = Path(path)
    try:
        pages = read_pages(path, settings.reader)
    except NoTextLayer:
        if not ocr:
            raise
        from analyser.ocr import ocr_pages

        pages = [PageContent(*page) for page in ocr_pages(path)]
    early_lines = [ln for p in pages[:2] for ln in p.lines]
    cleaned = remove_page_furniture(remove_running_heads([p.lines for p in pages], [p.height for p in pages]))
    running: list[str] = []
    for page, lines in zip(pages, cleaned, strict=True):
        kept = {id(ln) for ln in lines}
        running.extend(ln.text for ln in page.lines if id(ln) not in kept)
        page.lines = lines
    free_lines, unruled = columns.find(
        [p.lines for p in pages], ruled=[p.tables for p in pages], heights=[p.height for p in pages]
    )
    for page, lines, tables in zip(pages, free_lines, unruled, strict=True):
        page.lines = lines
        page.tables = sorted([*page.tables, *tables], key=lambda t: t.bbox[1])
    document_blocks = pdf_blocks(pages, settings.blocks)
    document = Document(
        authority=metadata.find_authority(document_blocks, running[:40]) or path.stem,
        source=path.name,
        sha256=sha256_of(path),
        pages=len(pages),
        version_date=metadata.find_version_date(early_lines),
        title=metadata.find_title(document_blocks),
    )
    return analyse(document, document_blocks, use_model=use_model, scheme=scheme)


def analyse(
    document: Document, document_blocks: list[Block], use_model: bool = True, scheme: list[Level] | None = None
) -> Document:
    """Blocks to scheme, indicators and their classification: the format-neutral half."""
    ladder, warnings = find_scheme(document_blocks)
    if scheme:
        ladder = declared_ladder(scheme)
        warnings = ["scheme declared by the user"]
    document.levels = ladder.levels if ladder else []
    document.warnings.extend(warnings)
    no_needs = {lv.label for lv in document.levels if not lv.maps_to}
    candidates = find_indicators(document_blocks, ladder, no_needs)
    concerns = [c for c in candidates if not c.strength]
    document.strengths = [_plain(c) for c in candidates if c.strength]
    if not concerns:
        document.warnings.append("no indicators found: no list items, table cells or descriptor paragraphs were read")
    elif ladder is not None and not any(c.local_level for c in concerns):
        document.warnings.append("no indicator is governed by a level of the scheme: indicators have no level")
    model = load_model() if use_model else None
    if model is None:  # the coding guide's rules are the fallback, not a first pass
        document.indicators = [_indicator(c, document) for c in concerns]
        return document
    document.indicators = [_plain(c) for c in concerns]
    return apply_model(document, model)


def declared_ladder(levels: list[Level]) -> Ladder:
    """A ladder a user declared: its labels govern indicators exactly as found ones do."""
    from analyser import labels

    keys = []
    for level in levels:
        parsed = labels.parse(level.label)
        keys.append(parsed.key if parsed else labels.words_of(level.label))
        level.source = "declared"
        level.confidence = 1.0
    aliases = {labels.words_of(lv.label): k for lv, k in zip(levels, keys, strict=True)}
    aliases.update({labels.words_of(lv.name): k for lv, k in zip(levels, keys, strict=True) if lv.name})
    return Ladder(levels=levels, keys=keys, aliases=aliases)


def _plain(candidate: Candidate) -> Indicator:
    return Indicator(
        text=candidate.text,
        page=candidate.page,
        bbox=candidate.bbox,
        local_level=candidate.local_level,
        domain=candidate.domain,
    )


def _indicator(candidate: Candidate, document: Document) -> Indicator:
    rules = classify.classify_rules(candidate.text)
    level = document.level_of(candidate.local_level)
    letter = classify.place_in_band(level.maps_to, rules.severity) if level and level.maps_to else None
    return Indicator(
        text=candidate.text,
        page=candidate.page,
        bbox=candidate.bbox,
        local_level=candidate.local_level,
        level=letter,
        issue=rules.issue,
        issues=rules.issues,
        severity=rules.severity,
        domain=candidate.domain,
        confidence=rules.confidence,
    )


def extract_cached(path: str | Path, cache_dir: Path | None = None, ocr: bool = False) -> Document:
    """`extract`, reusing an earlier result for the same bytes and pipeline version."""
    from analyser import cache
    from analyser.model import fingerprint

    path = Path(path)
    cache_dir = cache_dir or cache.default_dir()
    version = f"{PIPELINE_VERSION}-{fingerprint()}"
    if not path.is_file():
        check_file(path)  # raises the right one-line error (no such file, a folder)
    digest = sha256_of(path)
    hit = cache.get(cache_dir, digest, version)
    if hit is not None:
        hit.source = path.name
        return hit
    document = extract(path, ocr=ocr)
    cache.put(cache_dir, document, version)
    return document
