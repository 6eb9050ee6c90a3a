"""What a threshold document says, independent of the producer that prints it.

The three renderers share this so that a spec prints the same sections, bullets and reading
order whichever tool lays it out; only the look differs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from corpus.spec import Indicator, Level, Spec

STRENGTHS_LEAD = "Children and families at this level are likely to show:"
INTRO_TITLE = "Introduction"
LEVELS_TITLE = "Understanding the levels"
CLOSING_TITLE = "Making a referral and getting advice"
TPL_HEADERS = ("Example indicators", "Action", "Services")
TPL_CHUNK = 7  # bullets per table_per_level row (the brief: about 6-8)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def indicators_title(spec: Spec) -> str:
    """The heading over the indicator section, worded as the layout suggests."""
    return {
        "matrix": "Threshold matrix: indicators of need",
        "table_per_level": "Indicators, actions and services at each level",
        "domain_first": "Indicators of need by area of the child's life",
    }.get(spec.layout, "Indicators of need at each level")


def marker(bullet: str, n: int) -> str:
    """The bullet printed before the n-th (0-based) item of a list."""
    if bullet == "1.":
        return f"{n + 1}."
    if bullet == "a)":
        return f"{_LETTERS[n % 26]})"
    return bullet


def continued(label: str) -> str:
    return f"{label} (continued)"


def contents(spec: Spec) -> list[tuple[int, str]]:
    """(depth, title) entries of the contents page, in document order."""
    out = [(0, INTRO_TITLE), (0, LEVELS_TITLE), (0, indicators_title(spec))]
    if spec.layout == "domain_first" and spec.domains:
        out += [(1, d) for d in spec.domains]
    elif spec.layout != "matrix":
        out += [(1, lv.heading) for lv in spec.levels]
    if spec.closing:
        out.append((0, CLOSING_TITLE))
    return out


def domain_groups(spec: Spec, level: Level) -> list[tuple[str | None, list[Indicator]]]:
    """A level's indicators grouped by domain (domain order), or one unnamed group."""
    if not spec.domains:
        return [(None, spec.indicators_at(level.label))]
    groups = [(d, spec.indicators_at(level.label, d)) for d in spec.domains]
    return [(d, items) for d, items in groups if items]


def level_items(spec: Spec, level: Level) -> list[Indicator]:
    """A level's indicators in printed order (grouped by domain when there are domains)."""
    return [i for _, items in domain_groups(spec, level) for i in items]


@dataclass
class MatrixRow:
    """One row of a matrix: a domain or risk factor with each level's indicators."""

    label: str
    cells: dict[str, list[Indicator]]


def matrix_rows(spec: Spec) -> list[MatrixRow]:
    """Rows of the matrix layout; a spec without domains gets a single row."""
    names = spec.domains or ["Indicators"]
    rows = []
    for name in names:
        cells = {
            lv.label: [i for i in spec.indicators_at(lv.label) if i.domain == name or not spec.domains]
            for lv in spec.levels
        }
        if any(cells.values()):
            rows.append(MatrixRow(name, cells))
    return rows


def chunks(items: list[Indicator], size: int = TPL_CHUNK) -> list[list[Indicator]]:
    """Split a level's bullets into table rows of about `size`, without a tiny last row."""
    if len(items) <= size + 2:
        return [items]
    parts = [items[i : i + size] for i in range(0, len(items), size)]
    if len(parts) > 1 and len(parts[-1]) < 3:
        last = parts.pop()
        parts[-1] = parts[-1] + last
    return parts


def reading_order(spec: Spec) -> list[Indicator]:
    """The order in which indicators are printed; page finding walks it."""
    return list(_reading_order(spec))


def _reading_order(spec: Spec) -> Iterator[Indicator]:
    if spec.layout == "matrix":
        for row in matrix_rows(spec):
            for lv in spec.levels:
                yield from row.cells[lv.label]
    elif spec.layout == "domain_first" and spec.domains:
        for d in spec.domains:
            for lv in spec.levels:
                yield from spec.indicators_at(lv.label, d)
    else:
        for lv in spec.levels:
            for _, items in domain_groups(spec, lv):
                yield from items


def text_colour(hex_colour: str) -> str:
    """Black or white, whichever reads better on a coloured band."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#FFFFFF"


def tint(hex_colour: str, amount: float = 0.85) -> str:
    """A pale version of a level colour, for backgrounds behind text."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def footer_left(spec: Spec) -> str:
    return f"{spec.title} — {spec.version_line}"
