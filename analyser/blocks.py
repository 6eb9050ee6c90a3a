"""The one format-neutral document: headings with a rank, paragraphs, list items and tables.

Every later stage (scheme, indicators, metadata) reads blocks only, so a PDF, an HTML page
and a Word file are read the same way once their reader has made blocks. For a PDF:

- a **heading** is known by its style relative to the body text (larger, bold on its own line,
  capitals), and a heading that wraps onto two lines is one block; its rank orders the heading
  styles of the whole document, largest first;
- a **list item** is known by any marker: a glyph, a shape the browser drew (no character in
  the text layer), a number pattern ("4.12", "a)"), or a line break where the next word would
  have fitted on the line (one descriptor per line, as in table cells and unmarked lists);
- a **table** keeps its cells, and each cell its own items.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from analyser.layout import Line
from analyser.tables import Cell, Table

HEADING, PARAGRAPH, ITEM, TABLE = "heading", "paragraph", "item", "table"

BULLET_GLYPHS = "•▪–○➢✓·●■□◦►▶✔➤→*-‣⁃\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
#: A list marker printed as text: a glyph, "4.12", "3.", "a)", "(ii)", "iv.".
TEXT_MARKER_RE = re.compile(
    rf"^\s*(?P<m>[{re.escape(BULLET_GLYPHS)}]|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[.)]?|[a-z][.)]|\((?:[a-z]|[ivx]{{1,4}}|\d{{1,2}})\)|[ivx]{{1,4}}[.)])\s+(?=\S)"
)
#: What a printed web page carries besides its content: breadcrumbs, navigation, feedback, cookies.
CHROME_RE = re.compile(
    r"^(home\s*[›>»/|]|[‹›«»]|©|copyright\b|was this page|is this page|page last|last (updated|reviewed)|we use cookies|"
    r"cookies?\b|accessibility statement|skip to|search this site|print this page|share this page|back to top|"
    r"previous:|next:|related pages|on this page|report a problem|sign up|follow us)|[›»].*[›»]|©|"
    r"\bcookies?\b.*\b(privacy|accessibility|contact us)\b|\baccessibility (statement)?\b.*\bcookies\b",
    re.I,
)
#: Contents lines: dot leaders, or a title ending in a page number.
CONTENTS_RE = re.compile(r"\.{4,}|…{2,}|(\s\.){3,}")


@dataclass
class BlockSettings:
    """How lines become blocks; one place to tune the PDF reading of structure."""

    heading_ratio: float = 1.12  # a line this much larger than body text is a heading
    max_heading_chars: int = 120
    marker_reach: float = 28.0  # how far left of its text a drawn marker may sit (points)
    paragraph_gap: float = 0.75  # a vertical gap above this many line heights ends a block


@dataclass
class Block:
    """A heading, paragraph, list item or table, with where it is."""

    kind: str
    text: str
    page: int
    bbox: tuple[float, float, float, float]
    lines: list[Line] = field(default_factory=list, repr=False)
    size: float = 0.0
    bold: bool = False
    rank: int = 0  # headings: 1 is the largest style in the document
    marker: str | None = None  # items: the marker as printed, "drawn" or "line"
    run_in: str | None = None  # paragraphs: the bold words that open it ("Level 2 – Early Help.")
    table: Table | None = field(default=None, repr=False)
    fill: str | None = None  # a coloured box behind the block (card, band)
    where: str | None = None  # provenance other than page + bbox (HTML path, DOCX paragraph)

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING


def strip_marker(text: str) -> tuple[str | None, str]:
    m = TEXT_MARKER_RE.match(text)
    if not m:
        return None, text.strip()
    return m.group("m"), text[m.end() :].strip()


def union_bbox(lines: Iterable[Line]) -> tuple[float, float, float, float]:
    lines = list(lines)
    return (
        min(ln.x0 for ln in lines),
        min(ln.top for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.bottom for ln in lines),
    )


HYPHENS = "-\u2010\u2011\u00ad"
#: Compound prefixes that keep their hyphen when a line breaks after them.
KEEP_HYPHEN = set(
    "self well non low high long short ex co one two part full half cross age under over multi step pre post anti "
    "re semi sub out in on off up far life child peer young".split()
)


def join_lines(parts: list[str], vocabulary: set[str] | None = None) -> str:
    """Join wrapped lines, mending words broken by a hyphen at the line end."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if text and text[-1] in HYPHENS and len(text) > 1 and text[-2].isalpha() and part[0].isalpha():
            head = re.search(r"([A-Za-z]+)[" + HYPHENS + "]$", text)
            tail = re.match(r"[A-Za-z]+", part)
            prefix = head.group(1) if head else ""
            suffix = tail.group(0) if tail else ""
            text = text[:-1] + ("-" if _keep_hyphen(prefix, suffix, vocabulary) else "") + part
        else:
            text = f"{text} {part}" if text else part
    return text.replace("\u00ad", "")


def _keep_hyphen(prefix: str, suffix: str, vocabulary: set[str] | None) -> bool:
    if vocabulary:
        if f"{prefix}-{suffix}".lower() in vocabulary:
            return True
        if (prefix + suffix).lower() in vocabulary:
            return False
    return prefix.lower() in KEEP_HYPHEN or suffix[:1].isupper()


def vocabulary_of(lines: Iterable[Line]) -> set[str]:
    """Words as printed unbroken in the document: evidence for mending hyphenated breaks."""
    vocab: set[str] = set()
    for line in lines:
        text = line.text[:-1] if line.text.endswith("-") else line.text
        vocab.update(t.lower() for t in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text))
    return vocab


# --- heading style -------------------------------------------------------------------------


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def heading_style(line: Line, body: float, settings: BlockSettings) -> tuple | None:
    """The style key of a heading line, or None for body text."""
    text = line.text.strip()
    if not text or len(text) > settings.max_heading_chars or CONTENTS_RE.search(text):
        return None
    if re.fullmatch(r"[\d\s.,/()-]+", text) or text.endswith(","):
        return None
    marker, rest = strip_marker(text)
    if marker and marker in BULLET_GLYPHS:
        return None
    sentence = text.endswith(".") and len(text.split()) > 6
    large = line.size >= body * settings.heading_ratio and not sentence
    bold = line.bold and len(rest) <= 100 and not sentence
    caps = _caps(rest) and len(rest.split()) <= 10
    if not (large or bold or caps):
        return None
    depth = (
        len(marker.split("."))
        if marker and marker[0].isdigit() and marker.rstrip(".)").replace(".", "").isdigit()
        else 0
    )
    return (round(line.size * 2) / 2, line.bold, caps, depth)


# --- grouping lines into blocks ------------------------------------------------------------


def _drawn_marker(line: Line, markers: list[tuple[float, float, float, float]], reach: float) -> bool:
    mid = (line.top + line.bottom) / 2
    height = line.bottom - line.top
    for _x0, top, x1, bottom in markers:
        if (
            x1 <= line.x0 + 1
            and line.x0 - x1 <= reach
            and top - height * 0.3 <= (top + bottom) / 2 <= line.bottom
            and abs((top + bottom) / 2 - mid) <= height * 0.6
        ):
            return True
    return False


MARKER_ONLY_RE = re.compile(
    rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}]|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[.)]?|[a-z][.)]|\((?:[a-z]|[ivx]{{1,4}}|\d{{1,2}})\)|[ivx]{{1,4}}[.)])\s*$"
)


def attach_markers(lines: list[Line]) -> list[Line]:
    """A list number or bullet set apart from its text (Word's numbering, a hanging tab) is read
    as a line of its own; join it to the text on its baseline so the item keeps its marker."""
    out = list(lines)
    gone: set[int] = set()
    for i, line in enumerate(lines):
        if not MARKER_ONLY_RE.match(line.text):
            continue
        mid = (line.top + line.bottom) / 2
        height = max(line.bottom - line.top, 4.0)
        best = None
        for j, other in enumerate(lines):
            if j == i or j in gone or other.page != line.page:
                continue
            if (
                other.x0 > line.x1
                and other.x0 - line.x1 <= 80
                and abs((other.top + other.bottom) / 2 - mid) <= height * 0.7
            ):
                if best is None or other.x0 < lines[best].x0:
                    best = j
        if best is None:
            continue
        target = lines[best]
        out[best] = Line(
            text=f"{line.text.strip()} {target.text}",
            page=target.page,
            x0=line.x0,
            x1=target.x1,
            top=min(line.top, target.top),
            bottom=max(line.bottom, target.bottom),
            size=target.size,
            bold=target.bold,
            words=[*line.words, *target.words],
        )
        gone.add(i)
    return [ln for k, ln in enumerate(out) if k not in gone]


def _first_word_width(line: Line) -> float:
    if line.words:
        return line.words[0].x1 - line.words[0].x0
    return len(line.text.split()[0]) * line.size * 0.5 if line.text.split() else 0.0


def would_have_fitted(prev: Line, line: Line, edge: float) -> bool:
    """Did the writer break the line on purpose? True when the next line's first word would
    have fitted at the end of the previous line: each line is then its own descriptor."""
    space = max(prev.size, 6.0) * 0.3
    return prev.x1 + space + _first_word_width(line) < edge - 2.0


def lines_to_blocks(
    lines: list[Line],
    markers: list[tuple[float, float, float, float]],
    edge_of: Callable[[Line], float],
    body: float,
    settings: BlockSettings,
    headings: bool = True,
) -> list[Block]:
    """Lines (one page, or one table cell) to heading, paragraph and item blocks."""
    out: list[Block] = []
    current: Block | None = None
    style_now: tuple = ()
    lines = attach_markers(lines)
    pitch = _line_pitch(lines)
    for line in lines:
        style = heading_style(line, body, settings) if headings else None
        marker, _ = strip_marker(line.text)
        drawn = _drawn_marker(line, markers, settings.marker_reach)
        prev = current.lines[-1] if current else None
        height = max(prev.bottom - prev.top, 6.0) if prev else 0.0
        close = (
            prev is not None
            and prev.page == line.page
            and line.top >= prev.top + 0.5 * height  # the next line down, not a neighbour on this one
            and line.top - prev.bottom <= height * settings.paragraph_gap + 1.0
            and (
                line.top - prev.top <= 1.8 * line.size
                if style is not None
                else pitch is None or line.top - prev.top <= pitch * 1.2 + 1.0  # more space: a new paragraph
            )
            and line.x0 < prev.x1
            and prev.x0 < line.x1  # and below it, not beside it
        )
        if style is not None:
            if current is not None and current.kind == HEADING and close and style_now[:2] == style[:2] and not marker:
                current.lines.append(line)
                continue
            current = Block(HEADING, "", line.page, line.bbox, [line], size=line.size, bold=line.bold)
            style_now = style
            out.append(current)
            continue
        if drawn or (marker is not None):
            current = Block(
                ITEM,
                "",
                line.page,
                line.bbox,
                [line],
                size=line.size,
                marker="drawn" if drawn and not marker else marker,
            )
            style_now = ()
            out.append(current)
            continue
        if current is not None and current.kind in (ITEM, PARAGRAPH) and close:
            first = current.lines[0]
            indent_ok = (
                line.x0 >= first.x0 - 3.0
                if current.kind == ITEM
                else abs(line.x0 - prev.x0) <= 14.0 or line.x0 >= first.x0 - 3.0
            )
            lower_start = line.text[:1].islower()  # a sentence does not start in lower case
            if indent_ok and (lower_start or not would_have_fitted(prev, line, edge_of(prev))):
                current.lines.append(line)
                continue
        current = Block(PARAGRAPH, "", line.page, line.bbox, [line], size=line.size)
        style_now = ()
        out.append(current)
    for block in out:
        _finish(block)
    return out


def _line_pitch(lines: list[Line]) -> float | None:
    """The usual distance from one line to the next inside a paragraph (the most common one)."""
    steps: Counter[float] = Counter()
    for a, b in zip(lines, lines[1:], strict=False):
        step = b.top - a.top
        if a.page == b.page and abs(a.size - b.size) < 0.6 and 0.8 * a.size <= step <= 2.0 * a.size:
            steps[round(step * 2) / 2] += 1
    if not steps or steps.most_common(1)[0][1] < 2:
        return None
    return steps.most_common(1)[0][0]


def _finish(block: Block, vocabulary: set[str] | None = None) -> None:
    block.bbox = union_bbox(block.lines)
    block.bold = all(ln.bold for ln in block.lines)
    if block.kind == ITEM and block.marker != "drawn":
        _, first = strip_marker(block.lines[0].text)
        block.text = join_lines([first] + [ln.text for ln in block.lines[1:]], vocabulary)
    else:
        block.text = join_lines([ln.text for ln in block.lines], vocabulary)
    if block.kind == PARAGRAPH:
        block.run_in = _run_in(block.lines[0])


def _run_in(line: Line) -> str | None:
    """The bold words opening a paragraph whose rest is not bold ("Level 2 - Early Help.")."""
    words = line.words
    if len(words) < 2 or not words[0].bold:
        return None
    k = 0
    while k < len(words) and words[k].bold:
        k += 1
    if k == len(words):
        return None
    return " ".join(w.text for w in words[:k]).strip()


def refine(blocks: list[Block], vocabulary: set[str]) -> None:
    """Mend hyphenation with the document's own vocabulary once it is known."""
    for block in blocks:
        if block.kind != TABLE:
            _finish(block, vocabulary)


def rank_headings(blocks: list[Block], body: float, settings: BlockSettings) -> None:
    """Rank every heading style of the document: 1 is the largest, boldest, least numbered."""
    styles: dict[int, tuple] = {}
    for i, block in enumerate(blocks):
        if block.kind == HEADING:
            styles[i] = heading_style(block.lines[0], body, settings) or (block.size, block.bold, False, 0)
    order = sorted(set(styles.values()), key=lambda s: (-s[0], not s[1], not s[2], s[3]))
    for i, style in styles.items():
        blocks[i].rank = order.index(style) + 1


def cell_blocks(cell: Cell, markers, body: float, settings: BlockSettings, vocabulary: set[str]) -> list[Block]:
    """A table cell's own items: by marker, by paragraph gap, or one per line when the lines
    were broken on purpose. Cells are too narrow for heading styles, so bold lines lead."""
    lines = sorted(cell.lines, key=lambda ln: (ln.top, ln.x0))
    if not lines:
        return []
    padding = max(0.0, min(ln.x0 for ln in lines) - cell.bbox[0])  # cells are padded alike on both sides
    edge = max(cell.bbox[2] - max(padding, 2.0), max(ln.x1 for ln in lines))
    blocks = lines_to_blocks(lines, markers, lambda _ln: edge, body, settings, headings=False)
    for block in blocks:
        _finish(block, vocabulary)
    return blocks


def body_size(lines: Iterable[Line]) -> float:
    """The size most characters are set in: headings are measured against it."""
    counts: Counter[float] = Counter()
    for ln in lines:
        counts[ln.size] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def page_edges(lines: list[Line]) -> Callable[[Line], float]:
    """The right edge of the text a line belongs to: the widest end among lines of its size that
    start where it starts (or at its hanging indent). Lines with another left margin or size (a
    footer, a sidebar, a heading) do not stretch the edge of a list."""

    def edge(line: Line) -> float:
        near = [
            ln.x1
            for ln in lines
            if ln.page == line.page and -4.0 <= ln.x0 - line.x0 <= 20.0 and abs(ln.size - line.size) < 1.0
        ]
        return max(near) if near else line.x1

    return edge


def pdf_blocks(pages, settings: BlockSettings | None = None) -> list[Block]:
    """All blocks of a read PDF (pages of lines, tables, drawn markers and fills), in order."""
    settings = settings or BlockSettings()
    all_lines = [ln for page in pages for ln in page.lines]
    body = (
        body_size(all_lines)
        if all_lines
        else body_size(ln for p in pages for t in p.tables for r in t.rows for c in r for ln in c.lines)
    )
    vocabulary = vocabulary_of(all_lines)
    out: list[Block] = []
    for page in pages:
        out.extend(_page_blocks(page, body, settings))
    refine(out, vocabulary)
    rank_headings(out, body, settings)
    markers = {page.number: page.markers for page in pages}  # skipped pages leave gaps in numbering
    for block in out:
        if block.kind == TABLE and block.table is not None:
            for row in block.table.rows:
                for cell in row:
                    if not cell.merged:
                        cell.blocks = cell_blocks(cell, markers.get(block.page, []), body, settings, vocabulary)
    return out


def _page_blocks(page, body: float, settings: BlockSettings) -> list[Block]:
    """One page's lines grouped between its tables, which sit where their tops are."""
    edge = page_edges(page.lines)
    out: list[Block] = []
    pending = sorted(page.tables, key=lambda t: t.bbox[1])
    run: list[Line] = []
    for line in page.lines:
        while pending and pending[0].bbox[1] <= line.top:
            if run:
                out.extend(lines_to_blocks(run, page.markers, edge, body, settings))
                run = []
            out.append(_table_block(pending.pop(0)))
        run.append(line)
    if run:
        out.extend(lines_to_blocks(run, page.markers, edge, body, settings))
    out.extend(_table_block(t) for t in pending)
    for block in out:
        if block.kind != TABLE and block.fill is None:
            block.fill = _fill_behind(block.bbox, page.fills)
    return out


def _table_block(table: Table) -> Block:
    return Block(TABLE, "", table.page, table.bbox, table=table)


def _fill_behind(bbox, fills) -> str | None:
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    best = None
    for (x0, top, x1, bottom), colour in fills:
        if x0 <= cx <= x1 and top <= cy <= bottom:
            area = (x1 - x0) * (bottom - top)
            if best is None or area < best[0]:
                best = (area, colour)
    return best[1] if best else None
