"""Words to lines: font size and weight, reading order across columns, running heads removed.

Pages are read one at a time and reduced to light `Line` objects before the page is closed, so
memory follows the text of a document, not its pdfminer object graph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

#: Share of the page height at the top and bottom where running heads and feet live.
MARGIN_SHARE = 0.09
#: A running head/foot must repeat on at least this share of pages (and on two pages).
REPEAT_SHARE = 0.4


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Line:
    """A run of words on one baseline, inside one column or one table cell."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    words: list[Word] = field(default_factory=list, repr=False)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def word_from_pdfplumber(raw: dict) -> Word:
    font = str(raw.get("fontname", ""))
    return Word(
        text=raw["text"],
        x0=float(raw["x0"]),
        x1=float(raw["x1"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=round(float(raw.get("size", 0.0)), 1),
        bold=bool(re.search(r"bold|black|heavy|semibold|demi", font, re.I)),
    )


def group_lines(
    words: list[Word], page: int, gap_factor: float = 1.6, boxes: list[tuple[float, float, float, float]] | None = None
) -> list[Line]:
    """Cluster words by baseline, then split a baseline at wide gaps (columns, cell gutters)."""
    if not words:
        return []
    words = sorted(words, key=lambda w: (round(w.bottom), w.x0))
    rows: list[list[Word]] = []
    for word in words:
        if rows:
            last = rows[-1]
            ref = last[0]
            tolerance = max(1.5, 0.35 * min(ref.size or 10, word.size or 10))
            if abs(word.bottom - ref.bottom) <= tolerance:
                last.append(word)
                continue
        rows.append([word])
    lines: list[Line] = []
    box_of = _box_finder(boxes or [])
    for row in rows:
        row.sort(key=lambda w: w.x0)
        run = [row[0]]
        for word in row[1:]:
            size = max(run[-1].size, word.size, 6.0)
            if word.x0 - run[-1].x1 > gap_factor * size or box_of(word) != box_of(run[-1]):
                lines.append(_make_line(run, page))
                run = [word]
            else:
                run.append(word)
        lines.append(_make_line(run, page))
    return lines


def _box_finder(boxes: list[tuple[float, float, float, float]]):
    """Which coloured box (card, pane, band) a word sits in: words in two boxes are two lines."""
    if not boxes:
        return lambda _word: None

    def box_of(word: Word) -> int | None:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        best, area = None, None
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                a = (x1 - x0) * (bottom - top)
                if area is None or a < area:
                    best, area = i, a
        return best

    return box_of


def _make_line(words: list[Word], page: int) -> Line:
    chars = sum(len(w.text) for w in words) or 1
    bold_chars = sum(len(w.text) for w in words if w.bold)
    return Line(
        text=" ".join(w.text for w in words),
        page=page,
        x0=min(w.x0 for w in words),
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=max(Counter(w.size for w in words).most_common(1)[0][0], 0.0),
        bold=bold_chars / chars > 0.6,
        words=words,
    )


def reading_order(lines: list[Line], page_width: float) -> list[Line]:
    """Order lines top to bottom, reading a two-column band left column first.

    A gutter is a vertical strip near the middle that no line crosses; lines that cross it
    (headings, full-width paragraphs) cut the page into bands read in turn.
    """
    if not lines:
        return []
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    gutter = _find_gutter(lines, page_width)
    if gutter is None:
        return lines
    ordered: list[Line] = []
    band: list[Line] = []
    for line in lines:
        if line.x0 < gutter < line.x1:
            ordered.extend(_columns_of(band, gutter))
            band = []
            ordered.append(line)
        else:
            band.append(line)
    ordered.extend(_columns_of(band, gutter))
    return ordered


def _columns_of(band: list[Line], gutter: float) -> list[Line]:
    left = [ln for ln in band if ln.x1 <= gutter]
    right = [ln for ln in band if ln.x0 >= gutter]
    return left + right


def _find_gutter(lines: list[Line], page_width: float) -> float | None:
    """The clearest vertical strip between two columns of text (a sidebar counts), or None.

    A strip qualifies when at most a few lines (full-width headings) cross it and at least
    three lines sit wholly on each side; the best strip has the most lines on its poorer side.
    """
    step = 3.0
    allowed = max(1, len(lines) // 12)
    best: tuple[int, int, float] | None = None
    x = page_width * 0.2
    while x <= page_width * 0.85:
        crossing = sum(1 for ln in lines if ln.x0 < x < ln.x1)
        if crossing <= allowed:
            left = sum(1 for ln in lines if ln.x1 <= x)
            right = sum(1 for ln in lines if ln.x0 >= x)
            if left >= 3 and right >= 3:
                score = (min(left, right), -crossing, x)
                if best is None or score[:2] > best[:2]:
                    best = score
        x += step
    if best is None:
        return None
    # the middle of the clear strip that holds the best position
    x = best[2]
    lo = max((ln.x1 for ln in lines if ln.x1 <= x), default=x)
    hi = min((ln.x0 for ln in lines if ln.x0 >= x), default=x)
    return (lo + hi) / 2


def running_text_key(text: str) -> str:
    """Page-independent form of a header/footer line ("Page 3 of 20" == "Page 7 of 20")."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def remove_running_heads(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop lines in the top/bottom margins whose text repeats across pages."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        seen = {running_text_key(ln.text) for ln in lines if _in_margin(ln, height)}
        counts.update(seen)
    needed = max(2, int(REPEAT_SHARE * len(pages)))
    repeated = {key for key, n in counts.items() if n >= needed}
    cleaned = []
    for lines, height in zip(pages, heights, strict=True):
        cleaned.append(
            [
                ln
                for ln in lines
                if not (_in_margin(ln, height) and running_text_key(ln.text) in repeated)
                and not (_in_margin(ln, height) and re.fullmatch(r"(page\s*)?\d+", ln.text.lower()))
            ]
        )
    return cleaned


def remove_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop site navigation, sidebars and boilerplate that a printed web page repeats: the same
    short text at the same place on several pages. A row of several such lines on one baseline
    (a matrix header repeated over pages) is kept: it labels the columns below it."""
    if len(pages) < 2:
        return pages

    def key(ln: Line) -> tuple[str, int, int]:
        return (running_text_key(ln.text), round(ln.x0 / 3), round(ln.top / 3))

    counts: Counter[tuple[str, int, int]] = Counter()
    for lines in pages:
        counts.update({key(ln) for ln in lines if len(ln.text.split()) <= 12})
    needed = max(2, int(REPEAT_SHARE * len(pages)))
    cleaned = []
    for lines in pages:
        sizes = sorted(ln.size for ln in lines)
        median = sizes[len(sizes) // 2] if sizes else 0.0
        repeated = [
            ln
            for ln in lines
            if len(ln.text.split()) <= 12
            and counts[key(ln)] >= needed
            and not (ln.bold and ln.size > median + 0.5)  # a heading each chapter repeats, not navigation
        ]
        rows = Counter(round(ln.top) for ln in repeated)
        drop = {id(ln) for ln in repeated if rows[round(ln.top)] < 3}
        cleaned.append([ln for ln in lines if id(ln) not in drop])
    return cleaned


def _in_margin(line: Line, height: float) -> bool:
    return line.top < height * MARGIN_SHARE or line.bottom > height * (1 - MARGIN_SHARE)


def body_size(pages: list[list[Line]]) -> float:
    """The size most characters are set in: headings are measured against it."""
    counts: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            counts[ln.size] += len(ln.text)
    if not counts:
        return 10.0
    return counts.most_common(1)[0][0]
