"""From a threshold PDF to a `Document`: read pages, find the scheme, segment, classify.

The page loop keeps only light lines and tables per page and closes each pdfplumber page
before the next, so memory follows the amount of text rather than the number of pages.
"""

from __future__ import annotations

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
from analyser.tables import Table, find_tables, tables_from_grids


def _pipeline_version() -> str:
    from analyser.version import pipeline_version

    return pipeline_version()


#: Release + hash of the package's source + the model's hash: any code or model change misses the cache.
PIPELINE_VERSION = _pipeline_version()


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
    or "pdfplumber" (the reference path). Pages that cannot be read are skipped and handed to
    the active :func:`analyser.reading.collect_skips` collector; see :func:`read_pages_checked`.
    """
    from analyser.reading import report_skips

    pages, skips = read_pages_checked(path, reader)
    report_skips(skips)
    return pages


def read_pages_checked(path: str | Path, reader: str = "pdfium") -> tuple[list[PageContent], list[tuple[int, str]]]:
    """The readable pages, and (page number, reason) for each page skipped.

    Why skip rather than fail: one damaged page (or one absurdly long one) must not throw away
    a document whose other pages are fine. Only when no page can be read is the file an error.
    """
    from analyser.errors import Corrupt

    skips: list[tuple[int, str]] = []
    if reader == "pdfplumber":
        pages = list(_read_with_pdfplumber(path, skips=skips))  # open_pdf checks the file
    else:
        check_file(path)
        pages = list(_read_with_pdfium(path, skips=skips))
    if not pages:
        why = f" ({skips[0][1]})" if skips else ""
        raise Corrupt(path, f"the PDF is damaged: none of its {len(skips)} pages can be read{why}")
    return pages, skips


def _page_content(number: int, width: float, height: float, words, tables: list[Table], graphics=None) -> PageContent:
    free = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    markers = graphics.markers if graphics is not None else []
    fills = graphics.fills if graphics is not None else []
    boxes = [bbox for bbox, _colour in fills if bbox[2] - bbox[0] < width * 0.7]  # cards and panes, not page bands
    lines = reading_order(group_lines(free, number, boxes=boxes), width)
    return PageContent(number, width, height, lines, tables, markers, fills)


def _read_with_pdfplumber(path: str | Path, skips: list[tuple[int, str]] | None = None):
    """pdfplumber pages; pdfminer raises many unrelated types for damage, so any failure of one
    page skips that page (named in ``skips``) and the next is read."""
    from analyser.errors import Corrupt, PageError
    from analyser.reading import ReadLimits, bad_page_size, clean_text, too_many_chars

    limits = ReadLimits.from_env()
    with open_pdf(path) as pdf:
        try:
            count = len(pdf.pages)  # pdfminer walks the whole page tree here
        except Exception:  # noqa: BLE001 - as above: damage surfaces as any type
            raise Corrupt(path, "the PDF's page tree is damaged") from None
        for index in range(count):
            try:
                page = pdf.pages[index]
                try:
                    if bad_page_size(float(page.width), float(page.height), limits):
                        raise PageError(bad_page_size(float(page.width), float(page.height), limits))
                    if len(page.chars) > limits.max_page_chars:
                        raise PageError(too_many_chars(len(page.chars), limits.max_page_chars))
                    raw = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance=1.5, y_tolerance=2)
                    words = [word_from_pdfplumber({**w, "text": clean_text(w["text"])}) for w in raw]
                    words = [w for w in words if w.text.strip() and _finite(w)]
                    tables = find_tables(page, words, index + 1)
                    content = _page_content(index + 1, float(page.width), float(page.height), words, tables)
                finally:
                    page.close()
            except PageError as exc:
                _skip(skips, index + 1, exc.reason)
                continue
            except Exception as exc:  # noqa: BLE001 - pdfminer's damage errors have no common type
                _skip(skips, index + 1, f"the page is damaged and cannot be read ({type(exc).__name__})")
                continue
            yield content


def _read_with_pdfium(path: str | Path, skips: list[tuple[int, str]] | None = None):
    """pdfium pages; a page pdfium cannot load, or one over the character limit, is skipped.

    A damaged matrix or font can give a word NaN or infinite coordinates; such words are
    dropped here, so later stages may assume real numbers.
    """
    from analyser.errors import PageError
    from analyser.reading import ReadLimits, bad_page_size, clean_text

    limits = ReadLimits.from_env()
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
                try:
                    width, height = (float(v) for v in page.get_size())
                    words = fastread.page_words(page, height, max_chars=limits.max_page_chars)
                    graphics = fastread.page_graphics(page, height)
                finally:
                    page.close()
                if bad_page_size(width, height, limits):
                    raise PageError(bad_page_size(width, height, limits))
                for word in words:
                    word.text = clean_text(word.text)
                words = [w for w in words if w.text.strip() and _finite(w)]
                grids = fastread.table_cells(graphics.edges) if graphics.edges else []
                tables = tables_from_grids(grids, graphics.fills, words, index + 1)
                content = _page_content(index + 1, width, height, words, tables, graphics)
            except PageError as exc:
                _skip(skips, index + 1, exc.reason)
                continue
            except pdfium.PdfiumError:
                _skip(skips, index + 1, "the page is damaged and cannot be loaded")
                continue
            yield content
    finally:
        pdf.close()


def _finite(word) -> bool:
    from math import isfinite

    return all(isfinite(v) for v in (word.x0, word.x1, word.top, word.bottom, word.size))


def _skip(skips: list[tuple[int, str]] | None, number: int, reason: str) -> None:
    if skips is not None:
        skips.append((number, reason))


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
    model = load_model() if use_model else None
    # the model reads polarity from the wording; without it, the strength rules do
    strength = (lambda c: c.by_context) if model is not None else (lambda c: c.strength)
    concerns = [c for c in candidates if not strength(c)]
    if not scheme:
        _levels_that_list_concerns(document, candidates)
    document.strengths = [_plain(c) for c in candidates if strength(c)]
    if not concerns:
        document.warnings.append("no indicators found: no list items, table cells or descriptor paragraphs were read")
    elif ladder is not None and not any(c.local_level for c in concerns):
        document.warnings.append("no indicator is governed by a level of the scheme: indicators have no level")
    if model is None:  # the coding guide's rules are the fallback, not a first pass
        document.indicators = [_indicator(c, document) for c in concerns]
        return document
    document.indicators = [_plain(c) for c in concerns]
    return apply_model(document, model, strengths=True)


#: A "no additional needs" level that lists at least this many concerns, and more concerns than
#: strengths, prescribes a response after all: universal services meet those concerns (A).
LISTS_CONCERNS = 3


def _levels_that_list_concerns(document: Document, candidates: list[Candidate]) -> None:
    for level in document.levels:
        if level.maps_to:
            continue
        mine = [c for c in candidates if c.local_level == level.label]
        concerns = sum(1 for c in mine if not c.strength)
        if concerns >= LISTS_CONCERNS and concerns > len(mine) - concerns:
            level.maps_to = ["A"]
            level.confidence = round(min(level.confidence or 0.5, 0.6), 2)
            document.warnings.append(
                f"{level.label} reads as 'no additional needs' but lists {concerns} concerns: mapped to A "
                "(universal services meet them); check the level"
            )


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
    """`extract`, reusing an earlier result for the same bytes and pipeline version.

    The version hashes the package's source and the model (:mod:`analyser.version`), so an
    updated tool never serves a result made by older code. Skipped pages are recorded on the
    Document (``skipped_pages`` and a warning each), and anything unexpected becomes a typed
    :class:`~analyser.errors.ExtractionFailed` naming the file.
    """
    from analyser import cache
    from analyser.reading import check_path
    from analyser.safe import extract_document

    path = Path(path)
    cache_dir = cache_dir or cache.default_dir()
    check_path(path)  # raises the right one-line error (no such file, a folder, empty, not a PDF)
    digest = sha256_of(path)
    hit = cache.get(cache_dir, digest, PIPELINE_VERSION)
    if hit is not None:
        hit.source = path.name
        return hit
    document = extract_document(path, ocr=ocr)
    cache.put(cache_dir, document, PIPELINE_VERSION)
    return document
