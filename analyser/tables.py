"""Ruled tables: cells with their lines and fill colour, merged cells filled, page breaks stitched.

pdfplumber finds the grid from ruling lines and rectangle edges; words are then assigned to cells
by their centre, so a cell's text keeps its own line structure (bullets stay bullets).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analyser.layout import Line, Word, group_lines, running_text_key


@dataclass
class Cell:
    bbox: tuple[float, float, float, float]
    lines: list[Line] = field(default_factory=list)
    fill: str | None = None
    merged: bool = False  # True when this cell repeats a merged neighbour's content
    #: The cell's own items and paragraphs (`blocks.cell_blocks`), filled in by the block stage.
    blocks: list = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines).strip()


@dataclass
class Table:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[Cell]]
    continued: bool = False  # stitched onto the table before it

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def header_texts(self) -> list[str]:
        return [c.text for c in self.rows[0]] if self.rows else []


def find_tables(page, words: list[Word], page_no: int) -> list[Table]:
    """Tables on a pdfplumber page (the reference path; `fastread` is the fast one)."""
    found = page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    grids = [[list(row.cells) for row in raw.rows] for raw in found]
    return tables_from_grids(grids, _filled_rects(page), words, page_no)


def tables_from_grids(grids: list[list[list]], fills, words: list[Word], page_no: int) -> list[Table]:
    """Tables from cell grids (rows of cell boxes, None where a cell is merged), words by centre."""
    tables: list[Table] = []
    for grid in grids:
        rows: list[list[Cell]] = []
        for raw_row in grid:
            row: list[Cell] = []
            for bbox in raw_row:
                if bbox is None:
                    row.append(Cell(bbox=(0, 0, 0, 0), merged=True))
                    continue
                inside = [w for w in words if _centre_in(w, bbox)]
                row.append(Cell(bbox=tuple(bbox), lines=group_lines(inside, page_no), fill=_fill_of(bbox, fills)))
            rows.append(row)
        if len(grid) < 2:
            continue
        rows = [r for r in rows if any(c.lines for c in r)]
        if not rows:
            continue
        xs = [c.bbox for r in rows for c in r if not c.merged]
        bbox = (min(b[0] for b in xs), min(b[1] for b in xs), max(b[2] for b in xs), max(b[3] for b in xs))
        table = Table(page=page_no, bbox=bbox, rows=rows)
        _fill_merged(table)
        tables.append(table)
    return tables


def _centre_in(word: Word, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx = (word.x0 + word.x1) / 2
    cy = (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _filled_rects(page) -> list[tuple[tuple[float, float, float, float], str]]:
    out = []
    for rect in page.rects:
        colour = rect.get("non_stroking_color")
        if not rect.get("fill") or colour is None:
            continue
        hexed = _hex(colour)
        if hexed in (None, "#ffffff", "#000000"):
            continue
        if rect["width"] < 4 or rect["height"] < 4:
            continue  # rules drawn as thin filled rectangles
        out.append(((rect["x0"], rect["top"], rect["x1"], rect["bottom"]), hexed))
    return out


def _hex(colour) -> str | None:
    try:
        values = list(colour) if isinstance(colour, list | tuple) else [colour]
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        values = values * 3
    elif len(values) == 4:  # CMYK
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    if len(values) != 3:
        return None
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in values)


def _fill_of(bbox, fills) -> str | None:
    x0, top, x1, bottom = bbox
    area = max((x1 - x0) * (bottom - top), 1.0)
    best, best_overlap = None, 0.0
    for (fx0, ftop, fx1, fbottom), colour in fills:
        w = min(x1, fx1) - max(x0, fx0)
        h = min(bottom, fbottom) - max(top, ftop)
        if w > 0 and h > 0 and w * h / area > max(0.5, best_overlap):
            best, best_overlap = colour, w * h / area
    return best


def _fill_merged(table: Table) -> None:
    """A merged cell (None in pdfplumber's grid) takes the content of the cell above or left."""
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if not cell.merged:
                continue
            source = None
            if r > 0 and c < len(table.rows[r - 1]):
                source = table.rows[r - 1][c]
            elif c > 0:
                source = row[c - 1]
            if source is not None:
                cell.lines, cell.fill, cell.bbox = source.lines, source.fill, source.bbox


def stitch(tables: list[Table]) -> list[Table]:
    """Join a table continued on the next page, dropping its repeated header row."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out else None
        if (
            prev is not None
            and table.page == prev.page + 1
            and table.n_cols == prev.n_cols
            and _same_header(prev, table)
        ):
            rows = table.rows[1:]
            out.append(Table(page=table.page, bbox=table.bbox, rows=[prev.rows[0], *rows], continued=True))
            continue
        out.append(table)
    return out


def _same_header(a: Table, b: Table) -> bool:
    ha = [running_text_key(t) for t in a.header_texts()]
    hb = [running_text_key(t) for t in b.header_texts()]
    return bool(ha) and ha == hb and any(ha)
