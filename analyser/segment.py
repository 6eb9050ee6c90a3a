"""Lines and table cells to candidate indicators, each with its page, box, local level and domain.

An indicator is one list item (bullet, numbered or lettered) in the document's indicator
sections, or one bullet inside a table cell whose column names a level. Headings, prose,
contents entries and lists of strengths are not indicators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyser.layout import Line
from analyser.tables import Cell, Table

BULLET_GLYPHS = "•▪–○➢✓·●■□◦►▶✔➤→*-‣⁃"
BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}]|\d{{1,2}}[.)]|[a-z][.)])\s+")
HYPHENS = "-\u2010\u2011\u00ad"
#: Lead-in lines that introduce strengths rather than concerns.
STRENGTHS_RE = re.compile(
    r"strengths?\b|likely to (show|have|be)|protective factors|going well|positive factors",
    re.I,
)
#: Wording of a concern; under a strengths lead-in, a bullet without it is a strength, not an indicator.
CONCERN_RE = re.compile(
    r"\b(occasional\w*|minor|dip|sad|unsettled|delays?|sometimes|difficult\w*|concern\w*|worr\w*|struggl\w*"
    r"|not|no|low|poor|risk|late|miss\w*|absen\w*|conflict|argu\w*|disagree\w*|loss|bereave\w*|illness"
    r"|problems?|issues?|lack\w*|limited|isolated|stress\w*|tension|unwell|behind|separat\w*|short-lived"
    r"|brief|emerging|mild|some|teas\w*|fall(s|ing)? out|advice)\b",
    re.I,
)
CONTENTS_RE = re.compile(r"\.{4,}|…{2,}|\s\d{1,3}$")
#: Compound prefixes that keep their hyphen when a line breaks after them.
KEEP_HYPHEN_PREFIXES = {
    "self",
    "well",
    "non",
    "low",
    "high",
    "long",
    "short",
    "ex",
    "co",
    "one",
    "two",
    "part",
    "full",
    "half",
    "cross",
    "age",
    "under",
    "over",
    "multi",
    "step",
    "pre",
    "post",
    "anti",
    "re",
    "semi",
    "sub",
    "out",
    "in",
    "on",
    "off",
    "up",
    "far",
    "life",
    "child",
    "peer",
}


@dataclass
class Candidate:
    """An indicator as found on the page, before classification."""

    text: str
    page: int
    bbox: tuple[float, float, float, float]
    local_level: str | None
    domain: str | None
    lines: list[Line] = field(default_factory=list, repr=False)


@dataclass
class SegmentSettings:
    """Tuning for segmentation; one place to change how lists are read."""

    heading_ratio: float = 1.12  # a line this much larger than body text is a heading
    max_heading_chars: int = 90
    continuation_gap: float = 1.1  # in line heights
    reader: str = "pdfium"  # "pdfium" (fast path) or "pdfplumber" (reference path)


def is_concern(text: str) -> bool:
    return bool(CONCERN_RE.search(text))


def is_bullet(text: str) -> bool:
    return bool(BULLET_RE.match(text))


def strip_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()


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
            if _keep_hyphen(prefix, suffix, vocabulary):
                text = text[:-1] + "-" + part
            else:
                text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text.replace("\u00ad", "")


def _keep_hyphen(prefix: str, suffix: str, vocabulary: set[str] | None) -> bool:
    joined = (prefix + suffix).lower()
    hyphenated = f"{prefix}-{suffix}".lower()
    if vocabulary:
        if hyphenated in vocabulary:
            return True
        if joined in vocabulary:
            return False
    return prefix.lower() in KEEP_HYPHEN_PREFIXES or suffix[:1].isupper()


def vocabulary_of(lines: list[Line]) -> set[str]:
    """Words as printed unbroken in the document: evidence for mending hyphenated breaks."""
    vocab: set[str] = set()
    for line in lines:
        for token in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", line.text[:-1] if line.text.endswith("-") else line.text):
            vocab.add(token.lower())
    return vocab


def union_bbox(lines: list[Line]) -> tuple[float, float, float, float]:
    return (
        min(ln.x0 for ln in lines),
        min(ln.top for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.bottom for ln in lines),
    )


def items_from_lines(lines: list[Line], vocabulary: set[str] | None = None) -> list[list[Line]]:
    """Group a cell's or section's lines into list items: a bullet and its wrapped lines."""
    items: list[list[Line]] = []
    current: list[Line] | None = None
    for line in lines:
        if is_bullet(line.text):
            current = [line]
            items.append(current)
        elif current is not None and continues(current, line, min_indent=-2.0):
            current.append(line)
        else:
            current = None
    return items


def continues(item: list[Line], line: Line, min_indent: float) -> bool:
    """Is ``line`` a wrapped continuation of the list item? Same page, close below, indented
    at least ``min_indent`` from the item's first line (a hanging indent past the bullet)."""
    last = item[-1]
    height = max(last.bottom - last.top, 6.0)
    if line.page != last.page:
        return False
    gap = line.top - last.bottom
    return -2 <= gap <= height * 1.1 and line.x0 >= item[0].x0 + min_indent


def item_text(item: list[Line], vocabulary: set[str] | None) -> str:
    parts = [strip_bullet(item[0].text)] + [ln.text for ln in item[1:]]
    return join_lines(parts, vocabulary)


def cell_items(cell: Cell, vocabulary: set[str] | None) -> list[tuple[str, list[Line]]]:
    """The bullets inside one table cell."""
    lines = sorted(cell.lines, key=lambda ln: (ln.top, ln.x0))
    return [(item_text(item, vocabulary), item) for item in items_from_lines(lines, vocabulary)]


def clean_row_label(text: str) -> str:
    text = re.sub(r"\s*\((continued|cont\.?|contd\.?)\)\s*$", "", text.strip(), flags=re.I)
    return re.sub(r"\s+", " ", text)


def table_candidates(
    table: Table,
    match_level,
    current_level: str | None,
    vocabulary: set[str] | None,
) -> list[Candidate]:
    """Indicators in a table: a matrix (level per column) or a per-level table.

    ``match_level(text)`` returns the local level label a header text names, or None.
    """
    if not table.rows:
        return []
    header = table.rows[0]
    col_levels = [match_level(c.text) if c.lines else None for c in header]
    out: list[Candidate] = []
    if sum(1 for lv in col_levels if lv) >= 2:
        for row in table.rows[1:]:
            label_cell = row[0]
            domain = clean_row_label(label_cell.text) or None
            for col, cell in enumerate(row):
                level = col_levels[col] if col < len(col_levels) else None
                if level is None or cell.merged:
                    continue
                out.extend(_candidates(cell, level, domain, vocabulary))
        return out
    indicator_cols = [i for i, c in enumerate(header) if re.search(r"indicator|need|concern|example", c.text, re.I)]
    if not indicator_cols or current_level is None:
        return []
    col = indicator_cols[0]
    seen: set[int] = set()
    for row in table.rows[1:]:
        if col >= len(row):
            continue
        cell = row[col]
        if cell.merged or id(cell) in seen:
            continue
        seen.add(id(cell))
        out.extend(_candidates(cell, current_level, None, vocabulary))
    return out


def _candidates(cell: Cell, level: str | None, domain: str | None, vocabulary) -> list[Candidate]:
    return [
        Candidate(text=text, page=item[0].page, bbox=union_bbox(item), local_level=level, domain=domain, lines=item)
        for text, item in cell_items(cell, vocabulary)
        if text
    ]
