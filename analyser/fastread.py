"""The fast path: characters, fonts, ruling lines and fills read with pdfium instead of pdfminer.

pdfium parses a page an order of magnitude faster than pdfminer. We read the same facts
pdfplumber gives us (words with size and weight, edges of lines and rectangles, filled
rectangles) and hand the edges to pdfplumber's own table algorithm, so tables are found the
same way on either path. `tests/test_fastread.py` checks the two paths agree on the corpus.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

from analyser.errors import PageError
from analyser.layout import Word
from analyser.reading import too_many_chars

PATH_OBJECT = raw.FPDF_PAGEOBJ_PATH
FORM_OBJECT = raw.FPDF_PAGEOBJ_FORM
BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)
#: pdfplumber's default table settings, applied to pdfium's edges.
SNAP, JOIN, MIN_EDGE, INTERSECT = 3.0, 3.0, 3.0, 3.0


@dataclass
class Graphics:
    edges: list[dict]
    fills: list[tuple[tuple[float, float, float, float], str]]
    #: Small filled shapes (discs, squares): list markers a browser or word processor drew as
    #: graphics, so the text layer has no bullet character.
    markers: list[tuple[float, float, float, float]] = field(default_factory=list)


#: A drawn list marker is a filled shape about the size of a bullet glyph.
MARKER_MIN, MARKER_MAX = 1.2, 9.0


def page_words(page: pdfium.PdfPage, height: float, max_chars: int | None = None) -> list[Word]:
    """Words of a page with font size and weight, in pdfplumber's top-left coordinates.

    A page with more than ``max_chars`` characters raises :class:`PageError` before any word is
    built, so an absurd page costs a count, not minutes and gigabytes.
    """
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if max_chars is not None and count > max_chars:
            raise PageError(too_many_chars(count, max_chars))
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) == count:
            return _words_by_span(textpage, text, height)
        return _words(textpage, height)  # text and character indices disagree: go char by char
    finally:
        textpage.close()


WORD_RE = re.compile(r"[^\s]+")


def _words_by_span(textpage: pdfium.PdfTextPage, text: str, height: float) -> list[Word]:
    """Words from pdfium's own spacing: one box lookup at each end of a word, fonts per word.

    pdfium inserts spaces and line breaks between words, so a run of non-space characters is a
    word; reading boxes only at its first and last character keeps ctypes calls per word.
    """
    handle = textpage.raw
    fonts: dict[int, bool] = {}
    first, last = raw.FS_RECTF(), raw.FS_RECTF()
    words: list[Word] = []
    for match in WORD_RE.finditer(text.replace("\x02", "-").replace("\ufffe", "-")):
        start, end = match.start(), match.end() - 1
        raw.FPDFText_GetLooseCharBox(handle, start, first)
        raw.FPDFText_GetLooseCharBox(handle, end, last)
        if last.left < first.left - 1 or abs(last.bottom - first.bottom) > 2:
            words.extend(_words_in_range(handle, match, height, fonts))  # a run that wraps or jumps
            continue
        words.append(
            Word(
                text=match.group(0),
                x0=first.left,
                x1=last.right,
                top=height - max(first.top, last.top),
                bottom=height - min(first.bottom, last.bottom),
                size=round(raw.FPDFText_GetFontSize(handle, start), 1),
                bold=_is_bold(handle, start, fonts),
            )
        )
    return words


def _words_in_range(handle, match: re.Match, height: float, fonts: dict[int, bool]) -> list[Word]:
    """The careful path for one run: split where characters jump (a new line, a new column)."""
    words: list[Word] = []
    chars: list[tuple[str, float, float, float, float, float, bool]] = []
    rect = raw.FS_RECTF()
    for offset, char in enumerate(match.group(0)):
        i = match.start() + offset
        raw.FPDFText_GetLooseCharBox(handle, i, rect)
        size = round(raw.FPDFText_GetFontSize(handle, i), 1)
        x0, x1, top, bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
        if chars:
            prev = chars[-1]
            if abs(prev[4] - bottom) > max(1.5, 0.35 * size) or x0 < prev[1] - 1:
                _flush(chars, words)
        chars.append((char, x0, x1, top, bottom, size, _is_bold(handle, i, fonts)))
    _flush(chars, words)
    return words


def _words(textpage: pdfium.PdfTextPage, height: float) -> list[Word]:
    handle = textpage.raw
    fonts: dict[int, bool] = {}
    words: list[Word] = []
    chars: list[tuple[str, float, float, float, float, float, bool]] = []
    rect = raw.FS_RECTF()
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(handle, i)
        char = "-" if code == 2 else (chr(code) if code else "")  # pdfium marks a line-end hyphen as 0x02
        if not char or char.isspace() or raw.FPDFText_IsGenerated(handle, i) == 1:
            _flush(chars, words)
            continue
        raw.FPDFText_GetLooseCharBox(handle, i, rect)
        size = round(raw.FPDFText_GetFontSize(handle, i), 1)
        bold = _is_bold(handle, i, fonts)
        x0, x1 = rect.left, rect.right
        top, bottom = height - rect.top, height - rect.bottom
        if chars:
            last = chars[-1]
            same_line = abs(last[4] - bottom) <= max(1.5, 0.35 * size)
            if not same_line or x0 - last[2] > max(1.5, 0.25 * size) or x0 < last[1] - 1:
                _flush(chars, words)
        chars.append((char, x0, x1, top, bottom, size, bold))
    _flush(chars, words)
    return words


def _flush(chars: list, words: list[Word]) -> None:
    if not chars:
        return
    size = max(set(c[5] for c in chars), key=[c[5] for c in chars].count)
    words.append(
        Word(
            text="".join(c[0] for c in chars),
            x0=min(c[1] for c in chars),
            x1=max(c[2] for c in chars),
            top=min(c[3] for c in chars),
            bottom=max(c[4] for c in chars),
            size=size,
            bold=sum(1 for c in chars if c[6]) * 2 > len(chars),
        )
    )
    chars.clear()


def _is_bold(handle, index: int, cache: dict[int, bool]) -> bool:
    obj = raw.FPDFText_GetTextObject(handle, index)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    if key not in cache:
        name = _font_name(handle, index)
        weight = raw.FPDFText_GetFontWeight(handle, index)
        cache[key] = bool(BOLD_RE.search(name)) or weight >= 600
    return cache[key]


def _font_name(handle, index: int) -> str:
    flags = ctypes.c_int()
    size = raw.FPDFText_GetFontInfo(handle, index, None, 0, ctypes.byref(flags))
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFText_GetFontInfo(handle, index, buffer, size, ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace")


def page_graphics(page: pdfium.PdfPage, height: float) -> Graphics:
    """Axis-aligned edges of every stroked or filled path, and coloured filled rectangles."""
    edges: list[dict] = []
    fills: list[tuple[tuple[float, float, float, float], str]] = []
    markers: list[tuple[float, float, float, float]] = []
    for handle, matrix in _path_objects(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, None, 0):
        points = _path_points(handle)
        if not points:
            continue
        transformed = [_apply(matrix, x, y, height) + (kind,) for x, y, kind in points]
        if not all(x is None or (math.isfinite(x) and math.isfinite(y)) for x, y, _ in transformed):
            continue  # a damaged matrix or path: NaN or infinite points draw nothing real
        edges.extend(_segments(transformed))
        fill = _fill(handle, transformed)
        if fill:
            fills.append(fill)
        marker = _marker(handle, transformed)
        if marker:
            markers.append(marker)
    return Graphics(edges=edges, fills=fills, markers=markers)


def _marker(handle, points: list[tuple]) -> tuple[float, float, float, float] | None:
    xs = [p[0] for p in points if p[0] is not None]
    ys = [p[1] for p in points if p[1] is not None]
    if not xs:
        return None
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if not (MARKER_MIN <= w <= MARKER_MAX and MARKER_MIN <= h <= MARKER_MAX and 0.5 <= w / h <= 2.0):
        return None
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(handle, ctypes.byref(mode), ctypes.byref(stroke))
    if mode.value == 0 and not stroke.value:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def _object_matrix(handle) -> pdfium.PdfMatrix:
    fs = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(fs))
    return pdfium.PdfMatrix(fs.a, fs.b, fs.c, fs.d, fs.e, fs.f)


def _path_objects(parent, count, get, outer: pdfium.PdfMatrix | None, depth: int):
    """Path objects with their full matrix, descending into Form XObjects."""
    for i in range(count(parent)):
        handle = get(parent, i)
        kind = raw.FPDFPageObj_GetType(handle)
        matrix = _object_matrix(handle)
        if outer is not None:
            matrix = matrix.multiply(outer)
        if kind == PATH_OBJECT:
            yield handle, matrix
        elif kind == FORM_OBJECT and depth < 4:
            yield from _path_objects(handle, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, matrix, depth + 1)


def _path_points(handle) -> list[tuple[float, float, int]]:
    out = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        kind = raw.FPDFPathSegment_GetType(segment)
        out.append((x.value, y.value, kind))
        if raw.FPDFPathSegment_GetClose(segment):
            out.append((None, None, -1))  # close: back to the subpath's start
    return out


def _apply(matrix: pdfium.PdfMatrix, x, y, height: float) -> tuple[float | None, float | None]:
    if x is None:
        return (None, None)
    px, py = matrix.on_point(x, y)
    return (px, height - py)


def _segments(points: list[tuple]) -> list[dict]:
    edges = []
    start = prev = None
    for x, y, kind in points:
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = prev = (x, y)
            continue
        target = start if kind == -1 else (x, y)
        if prev is not None and target is not None and target[0] is not None:
            edge = _edge(prev, target)
            if edge:
                edges.append(edge)
        prev = target
    return edges


def _edge(p0: tuple[float, float], p1: tuple[float, float]) -> dict | None:
    (x0, y0), (x1, y1) = p0, p1
    if abs(x0 - x1) < 0.5:
        top, bottom = min(y0, y1), max(y0, y1)
        return {
            "x0": x0,
            "x1": x0,
            "top": top,
            "bottom": bottom,
            "width": 0,
            "height": bottom - top,
            "orientation": "v",
            "object_type": "line",
        }
    if abs(y0 - y1) < 0.5:
        left, right = min(x0, x1), max(x0, x1)
        return {
            "x0": left,
            "x1": right,
            "top": y0,
            "bottom": y0,
            "width": right - left,
            "height": 0,
            "orientation": "h",
            "object_type": "line",
        }
    return None


def _fill(handle, points: list[tuple]) -> tuple[tuple[float, float, float, float], str] | None:
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(handle, ctypes.byref(mode), ctypes.byref(stroke))
    if mode.value == 0:
        return None
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw.FPDFPageObj_GetFillColor(handle, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a))
    colour = f"#{r.value:02x}{g.value:02x}{b.value:02x}"
    if colour in ("#ffffff", "#000000"):
        return None
    xs = [p[0] for p in points if p[0] is not None]
    ys = [p[1] for p in points if p[1] is not None]
    if not xs or max(xs) - min(xs) < 4 or max(ys) - min(ys) < 4:
        return None
    return (min(xs), min(ys), max(xs), max(ys)), colour


def table_cells(edges: list[dict]) -> list[list[tuple[float, float, float, float] | None]]:
    """pdfplumber's lattice algorithm on our edges: each table as rows of cell boxes."""
    edges = plumber_utils.filter_edges(edges, min_length=1)
    merged = plumber_table.merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    merged = plumber_utils.filter_edges(merged, min_length=MIN_EDGE)
    intersections = plumber_table.edges_to_intersections(merged, INTERSECT, INTERSECT)
    cells = plumber_table.intersections_to_cells(intersections)
    tables = []
    for group in plumber_table.cells_to_tables(cells):
        rows = plumber_table.Table(None, group).rows
        tables.append([list(row.cells) for row in rows])
    return tables
