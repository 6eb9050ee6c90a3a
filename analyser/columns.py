"""Tables drawn without ruling lines: a row of level names over columns of text.

A matrix set in whitespace has no edges for pdfplumber's lattice algorithm. Its header row
gives it away: two or more level names ("Universal", "Early Help", "Level 3") side by side on
one baseline. Their left edges are the column starts; every word below goes to the column it
starts in, until a line runs across the columns (prose again) or a heading interrupts. Rows
are cut where the row-label column starts a new label, or else where a horizontal band of
white space crosses every column. A matrix that runs on to the next page keeps its columns
there, whether or not the header is repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyser import labels
from analyser.layout import Line, Word, group_lines
from analyser.tables import Cell, Table


@dataclass
class ColumnSettings:
    """How a whitespace matrix is recognised and cut."""

    baseline_tolerance: float = 3.0
    min_level_columns: int = 2
    row_gap: float = 0.55  # a white band this many line heights tall separates rows


@dataclass
class Grid:
    """Column starts carried from one page to the next."""

    starts: list[float]
    header: list[str]
    label_column: bool


def _header_row(lines: list[Line], settings: ColumnSettings) -> tuple[int, list[Line]] | None:
    """The first baseline holding three or more level names side by side."""
    by_top: dict[int, list[Line]] = {}
    for line in lines:
        by_top.setdefault(round(line.bottom / settings.baseline_tolerance), []).append(line)
    best = None
    for key in sorted(by_top):
        row = sorted(by_top[key] + by_top.get(key + 1, []), key=lambda ln: ln.x0)
        named = [ln for ln in row if labels.parse(ln.text) is not None and len(ln.text.split()) <= 8]
        if len(named) >= max(3, settings.min_level_columns) and len(row) <= 8:
            best = row
            break
    if best is None:
        return None
    first = min(lines.index(ln) for ln in best)
    return first, best


def _refine(starts: list[float], below: list[Line]) -> list[float]:
    """Header text often sits in padded cells: a column's text may start a little left of it."""
    firsts: list[float] = []
    for line in below:
        prev = None
        for word in line.words:
            if prev is None or word.x0 - prev.x1 > 5.0:
                firsts.append(word.x0)
            prev = word
    out = []
    for s in starts:
        near = [x for x in firsts if s - 12.0 <= x <= s + 2.0]
        out.append(min(near) if near else s)
    return out


def _fits(line: Line, starts: list[float]) -> bool:
    """Can the line's words be cut at the column starts without cutting a word in two?"""
    for start in starts[1:]:
        inside = [w for w in line.words if w.x0 < start - 1 < w.x1 - 1]
        if inside:
            return False
    return True


def _split(line: Line, starts: list[float]) -> list[tuple[int, list[Word]]]:
    out: dict[int, list[Word]] = {}
    for word in line.words:
        col = max((i for i, s in enumerate(starts) if word.x0 >= s - 1.5), default=0)
        out.setdefault(col, []).append(word)
    return sorted(out.items())


def _ruled_grid(table: Table) -> Grid | None:
    """The columns of a ruled table, to read the part of it that lost its rules at a page break."""
    widest = max(table.rows, key=lambda r: sum(1 for c in r if not c.merged), default=[])
    starts = sorted({round(c.bbox[0], 1) for c in widest if not c.merged})
    if len(starts) < 2:
        return None
    return Grid([float(x) for x in starts], [], False)


def find(
    pages_lines: list[list[Line]],
    settings: ColumnSettings | None = None,
    ruled: list[list[Table]] | None = None,
    heights: list[float] | None = None,
) -> tuple[list[list[Line]], list[list[Table]]]:
    """Take whitespace matrices out of each page's lines. Returns (lines left, tables per page).

    ``ruled`` tables (per page) that run to the foot of a page lend their columns to the text
    below them and at the top of the next page: a browser drops a row's rules where the row
    breaks across pages.
    """
    settings = settings or ColumnSettings()
    out_lines: list[list[Line]] = []
    out_tables: list[list[Table]] = []
    carried: Grid | None = None
    for number, lines in enumerate(pages_lines):
        ordered = sorted(lines, key=lambda ln: (ln.top, ln.x0))
        page_ruled = ruled[number] if ruled else []
        foot = heights[number] * 0.9 if heights else float("inf")
        spill = _spill([ln for ln in ordered if ln.top < foot], page_ruled, carried, settings)
        if spill is not None:
            taken, tables, carried = spill
            out_lines.append([ln for ln in lines if id(ln) not in taken])
            out_tables.append(tables)
            continue
        grid, start_index = None, 0
        header = _header_row(ordered, settings)
        if header is not None:
            index, row = header
            starts = _refine([ln.x0 for ln in row], ordered[index + len(row) : index + len(row) + 40])
            left = [ln for ln in ordered[index:] if ln.x1 < starts[0] - 2 and ln.top > row[0].bottom]
            label_column = len(left) >= 2
            if label_column:
                starts = [min(ln.x0 for ln in left), *starts]
            grid = Grid(starts, [ln.text for ln in row], label_column)
            start_index = index
        elif carried is not None and ordered and all(_fits(ln, carried.starts) for ln in ordered[:6]):
            grid = carried
        if grid is None:
            out_lines.append(lines)
            out_tables.append([])
            carried = None
            continue
        taken, table, reached_end = _collect(ordered, start_index, grid, header is not None, settings)
        if table is None:
            out_lines.append(lines)
            out_tables.append([])
            carried = None
            continue
        out_lines.append([ln for ln in lines if id(ln) not in taken])
        out_tables.append([table])
        carried = grid if reached_end else None
    return out_lines, out_tables


def _collect(ordered: list[Line], start: int, grid: Grid, has_header: bool, settings: ColumnSettings):
    region: list[Line] = []
    taken: set[int] = set()
    size = max((ln.size for ln in ordered[start : start + 5]), default=10.0)
    reached_end = True
    for line in ordered[start:]:
        if line.x1 < grid.starts[0] - 6:
            continue
        spans_columns = sum(1 for s in grid.starts[1:] if line.x0 < s - 2 < line.x1)
        if spans_columns >= 1 and not _fits(line, grid.starts):
            reached_end = False
            break
        if line.size > size * 1.25 and region:
            reached_end = False
            break
        region.append(line)
        taken.add(id(line))
    if len(region) < 3:
        return taken, None, False
    page = region[0].page
    words_by_col: dict[int, list[Word]] = {}
    for line in region:
        for col, words in _split(line, grid.starts):
            words_by_col.setdefault(col, []).extend(words)
    header_bottom = None
    if has_header:
        header_words = [w for ln in region if ln.text in grid.header for w in ln.words]
        header_bottom = max((w.bottom for w in header_words), default=None)
    row_tops = _row_tops(region, grid, header_bottom, settings)
    bounds = row_tops + [max(ln.bottom for ln in region) + 1]
    right = max(ln.x1 for ln in region)
    rows = _grid_rows(words_by_col, grid.starts, bounds, right, page)
    if len(rows) < 2:
        return taken, None, False
    bbox = (grid.starts[0], bounds[0], right, bounds[-1])
    return taken, Table(page=page, bbox=bbox, rows=rows), reached_end


def _row_tops(region: list[Line], grid: Grid, header_bottom: float | None, settings: ColumnSettings) -> list[float]:
    """Where rows begin: the header, then each new row label, or each white band across all columns."""
    first_top = min(ln.top for ln in region)
    tops = [first_top]
    body = [ln for ln in region if header_bottom is None or ln.top > header_bottom]
    if header_bottom is not None and body:
        tops.append(min(ln.top for ln in body) - 0.5)
    if grid.label_column:
        label_lines = sorted((ln for ln in body if ln.x1 <= grid.starts[1] + 2), key=lambda ln: ln.top)
        prev = None
        for line in label_lines:
            height = max(line.bottom - line.top, 6.0)
            if prev is None or line.top - prev.bottom > height * settings.row_gap:
                if not tops or line.top - 0.5 > tops[-1] + 1:
                    tops.append(line.top - 0.5)
            prev = line
        return sorted(set(tops))
    spans = sorted((ln.top, ln.bottom) for ln in body)
    reach = None
    for top, bottom in spans:
        height = max(bottom - top, 6.0)
        if reach is not None and top - reach > height * settings.row_gap * 1.6:
            tops.append(top - 0.5)
        reach = bottom if reach is None else max(reach, bottom)
    return sorted(set(tops))


def _spill(ordered: list[Line], page_ruled: list[Table], carried: Grid | None, settings: ColumnSettings):
    """Rows of a ruled table that lost their rules: above this page's first ruled table (the
    rest of a row from the page before) and below its last one (a row that breaks)."""
    if not page_ruled and carried is None:
        return None
    taken: set[int] = set()
    tables: list[Table] = []
    first_top = min((t.bbox[1] for t in page_ruled), default=float("inf"))
    if carried is not None:
        head = []
        body = min((ln.size for ln in ordered), default=0.0)
        for ln in ordered:
            if ln.bottom > first_top or not _fits(ln, carried.starts) or ln.x0 < carried.starts[0] - 8:
                break
            if labels.parse(ln.text) is not None or ln.size > body * 1.15:
                break  # a heading: the page starts something new
            head.append(ln)
        if head:
            table = _rows_of(head, carried, settings)
            if table is not None:
                tables.append(table)
                taken.update(id(ln) for ln in head)
    next_grid = None
    if page_ruled:
        last = max(page_ruled, key=lambda t: t.bbox[3])
        grid = _ruled_grid(last)
        if grid is not None:
            below = [
                ln
                for ln in ordered
                if ln.top >= last.bbox[3] - 1 and ln.x0 >= last.bbox[0] - 2 and ln.x1 <= last.bbox[2] + 2
            ]
            rest = [ln for ln in ordered if ln.top >= last.bbox[3] - 1 and id(ln) not in {id(b) for b in below}]
            if below and not rest and all(_fits(ln, grid.starts) or _section_row(ln, grid.starts) for ln in below):
                table = _rows_of(below, grid, settings)
                if table is not None:
                    tables.append(table)
                    taken.update(id(ln) for ln in below)
            if not rest:
                next_grid = grid
    if not tables and next_grid is None:
        return None
    return taken, tables, next_grid


def _section_row(line: Line, starts: list[float]) -> bool:
    """A short line from the first column across the others: a section label inside a table."""
    return abs(line.x0 - starts[0]) <= 6.0 and len(line.words) <= 8


def _rows_of(lines: list[Line], grid: Grid, settings: ColumnSettings) -> Table | None:
    """One table (no header) from lines cut at the grid's columns, rows at white bands."""
    page = lines[0].page
    right = max(ln.x1 for ln in lines)
    words_by_col: dict[int, list[Word]] = {}
    for line in lines:
        if not _fits(line, grid.starts):  # a section row across the table: it labels the rows below
            words_by_col.setdefault(0, []).extend(line.words)
            continue
        for col, words in _split(line, grid.starts):
            words_by_col.setdefault(col, []).extend(words)
    firsts = [ln for ln in lines if ln.x1 <= grid.starts[1] + 2]
    keyed = len(firsts) >= 2  # a first column of row labels or refs: each entry starts a row
    tops = _row_tops(lines, Grid(grid.starts, [], keyed), None, settings)
    bounds = tops + [max(ln.bottom for ln in lines) + 1]
    rows = _grid_rows(words_by_col, grid.starts, bounds, right, page)
    if not rows:
        return None
    return Table(page=page, bbox=(grid.starts[0], bounds[0], right, bounds[-1]), rows=rows, continued=True)


def _grid_rows(
    words_by_col: dict[int, list[Word]], starts: list[float], bounds: list[float], right: float, page: int
) -> list[list[Cell]]:
    """Cells cut at the column starts and row bounds; rows with no text are dropped."""
    rows = []
    for top, bottom in zip(bounds, bounds[1:], strict=False):
        row = []
        for col in range(len(starts)):
            x0 = starts[col]
            x1 = starts[col + 1] - 1 if col + 1 < len(starts) else right
            words = [w for w in words_by_col.get(col, []) if top - 0.5 <= (w.top + w.bottom) / 2 < bottom]
            row.append(Cell(bbox=(x0, top, x1, bottom), lines=group_lines(words, page)))
        if any(c.lines for c in row):
            rows.append(row)
    return rows
