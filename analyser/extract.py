"""From a threshold PDF to a `Document`: read pages, find the scheme, segment, classify.

The page loop keeps only light lines and tables per page and closes each pdfplumber page
before the next, so memory follows the amount of text rather than the number of pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from analyser import classify, fastread, levels, segment
from analyser.document import Document, Indicator
from analyser.errors import NoTextLayer
from analyser.layout import (
    Line,
    body_size,
    group_lines,
    reading_order,
    remove_running_heads,
    word_from_pdfplumber,
)
from analyser.model import apply_model
from analyser.model import load as load_model
from analyser.reading import check_file, open_pdf, sha256_of
from analyser.segment import Candidate, SegmentSettings
from analyser.tables import Table, find_tables, stitch, tables_from_grids


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


def _page_content(number: int, width: float, height: float, words, tables: list[Table]) -> PageContent:
    free = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    lines = reading_order(group_lines(free, number), width)
    return PageContent(number, width, height, lines, tables)


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
                content = _page_content(index + 1, width, height, words, tables)
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


def extract(
    path: str | Path, settings: SegmentSettings | None = None, ocr: bool = False, use_model: bool = True
) -> Document:
    """Read one threshold document into a Document with its scheme and indicators.

    With ``ocr``, an image-only PDF is read with tesseract instead of failing.
    """
    settings = settings or SegmentSettings()
    path = Path(path)
    try:
        pages = read_pages(path, settings.reader)
    except NoTextLayer:
        if not ocr:
            raise
        from analyser.ocr import ocr_pages

        pages = [PageContent(*page) for page in ocr_pages(path)]
    cleaned = remove_running_heads([p.lines for p in pages], [p.height for p in pages])
    for page, lines in zip(pages, cleaned, strict=True):
        page.lines = lines
    all_lines = [ln for p in pages for ln in p.lines]
    size = body_size([p.lines for p in pages])
    skip_pages = _contents_pages(pages)
    flow = [ln for ln in all_lines if ln.page not in skip_pages]
    headings = _headings(flow, size, settings)
    scheme = levels.find_scheme(headings)
    matcher = levels.label_matcher(scheme)
    vocabulary = segment.vocabulary_of(all_lines)
    candidates = _segment(pages, skip_pages, size, settings, matcher, vocabulary, scheme)
    document = Document(
        authority=levels.find_authority(all_lines) or path.stem,
        source=path.name,
        sha256=sha256_of(path),
        pages=len(pages),
        version_date=levels.find_version_date(all_lines),
        levels=scheme,
        indicators=[],
        title=_title(pages),
    )
    model = load_model() if use_model else None
    if model is None:  # the coding guide's rules are the fallback, not a first pass
        document.indicators = [_indicator(c, document) for c in candidates]
        return document
    document.indicators = [
        Indicator(text=c.text, page=c.page, bbox=c.bbox, local_level=c.local_level, domain=c.domain) for c in candidates
    ]
    return apply_model(document, model)


def _indicator(candidate: Candidate, document: Document) -> Indicator:
    rules = classify.classify_rules(candidate.text)
    level = document.level_of(candidate.local_level)
    letter = classify.place_in_band(level.maps_to, rules.severity) if level else None
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


def _contents_pages(pages: list[PageContent]) -> set[int]:
    out = set()
    for page in pages:
        if any(re.fullmatch(r"(table of )?contents", ln.text.strip().lower()) for ln in page.lines[:5]):
            out.add(page.number)
    return out


def _is_heading(line: Line, size: float, settings: SegmentSettings) -> bool:
    text = line.text.strip()
    if not text or segment.is_bullet(text) or len(text) > settings.max_heading_chars:
        return False
    if re.search(r"\.{4,}", text):
        return False
    return line.size >= size * settings.heading_ratio or (line.bold and not text.endswith("."))


def _headings(lines: list[Line], size: float, settings: SegmentSettings) -> list[levels.Heading]:
    out: list[levels.Heading] = []
    for i, line in enumerate(lines):
        if not _is_heading(line, size, settings):
            continue
        body: list[str] = []
        for follower in lines[i + 1 : i + 14]:
            if _is_heading(follower, size, settings):
                break
            if not segment.is_bullet(follower.text):
                body.append(follower.text)
        label, name = levels.split_label(line.text)
        out.append(levels.Heading(line=line, label=label, name=name, body=segment.join_lines(body)))
    return out


def _segment(pages, skip_pages, size, settings, matcher, vocabulary, scheme) -> list[Candidate]:
    """Walk the document in reading order, tracking the current level and domain."""
    out: list[Candidate] = []
    level: str | None = None
    level_size = 0.0
    domain: str | None = None
    domain_size = 0.0
    strengths = False
    item: list[Line] | None = None

    def flush() -> None:
        nonlocal item
        if item and level is not None:
            text = segment.item_text(item, vocabulary)
            if text and (not strengths or segment.is_concern(text)):
                first = [ln for ln in item if ln.page == item[0].page]
                out.append(Candidate(text, item[0].page, segment.union_bbox(first), level, domain, item))
        item = None

    for page in pages:
        if page.number in skip_pages:
            continue
        tables = stitch(page.tables) if page.tables else []
        for block in _blocks(page, tables):
            if isinstance(block, Table):
                flush()
                out.extend(segment.table_candidates(block, matcher, level, vocabulary))
                continue
            line = block
            if _strengths_lead_in(line.text):
                flush()
                strengths = True
                continue
            if _is_heading(line, size, settings):
                flush()
                strengths = False
                named = matcher(line.text) if scheme else None
                if named:
                    if domain is not None and line.size > domain_size + 0.5:
                        domain = None
                    level, level_size = named, line.size
                elif (
                    level is not None
                    and line.size >= level_size - 0.3
                    and line.size > domain_size - 0.3
                    and not _domain_like(line.text)
                ):
                    level, domain = None, None
                else:
                    domain, domain_size = segment.clean_row_label(line.text), line.size
                    if line.size > level_size + 0.5:
                        level = None
                continue
            if segment.is_bullet(line.text):
                flush()
                item = [line]
                continue
            if item is not None and segment.continues(item, line, min_indent=2.0):
                item.append(line)
                continue
            flush()
    flush()
    return out


def _strengths_lead_in(text: str) -> bool:
    """A line introducing strengths ("... are likely to show:"): the list after it is not concerns."""
    return text.rstrip().endswith(":") and bool(segment.STRENGTHS_RE.search(text))


DOMAIN_WORDS = re.compile(
    r"develop|parenting|family|environment|health|education|learning|emotional|behaviour|"
    r"identity|relationships|social|safety|abuse|neglect|housing|substance|exploitation|domestic|"
    r"mental|protect|risk|wellbeing",
    re.I,
)


def _domain_like(text: str) -> bool:
    return bool(DOMAIN_WORDS.search(text)) and len(text) < 60


def _blocks(page: PageContent, tables: list[Table]):
    """Lines and tables of a page in reading order (a table sits where its top is)."""
    pending = sorted(tables, key=lambda t: t.bbox[1])
    for line in page.lines:
        while pending and pending[0].bbox[1] <= line.top:
            yield pending.pop(0)
        yield line
    yield from pending


def _title(pages: list[PageContent]) -> str | None:
    if not pages or not pages[0].lines:
        return None
    biggest = max(pages[0].lines, key=lambda ln: ln.size)
    return biggest.text


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
