"""Every descriptor of a child's situation, with the level label that governs it.

Indicators never depend on finding the scheme: a list item, a numbered paragraph, a line or
paragraph of a matrix cell, or a short descriptor paragraph in an indicator section is a
candidate. Its local level is whatever governs it, innermost first: a level cell in its row,
its column header, its section heading (through sub-headings), its page title. Nothing
governing means level None. Strengths (protective factors, needs met) are set apart by their
wording and their context, not only by a "likely to show:" lead-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyser import labels
from analyser.blocks import CHROME_RE, CONTENTS_RE, HEADING, ITEM, PARAGRAPH, TABLE, Block
from analyser.scheme import INDICATOR_HEADER_RE, LEVEL_HEADER_RE, Ladder, cue_totals, level_cell_text
from analyser.tables import Table


@dataclass
class Candidate:
    """An indicator (or strength) as found, before classification."""

    text: str
    page: int
    bbox: tuple[float, float, float, float]
    local_level: str | None
    domain: str | None
    strength: bool = False
    where: str | None = None
    lines: list = field(default_factory=list, repr=False)
    #: True when the place says so (a strengths column or lead-in, a no-needs level), not only the words.
    by_context: bool = False


#: Sections and columns that hold what professionals do, not the child's situation.
NOT_INDICATORS_RE = re.compile(
    r"^(actions?|response|services?|support (available|offered|services)|who can help|what (to|you should|should) do|"
    r"how to|next steps?|referral|contacts?|useful|consent|escalation|introduction|purpose|principles|"
    r"references|glossary|further information|resources|assessment|agencies|lead|who leads|what happens|"
    r"what this means|what it means|description|definition|tools|training|case (study|example)|example scenario)",
    re.I,
)
STRENGTHS_RE = re.compile(
    r"strengths?\b|likely to (show|have|be)|protective factors?|going well|positive factors|what('s| is) working|resilience",
    re.I,
)
#: Concern wording; a positive-sounding item with none of it, in a strengths context, is a strength.
CONCERN_RE = re.compile(
    r"\b(occasional\w*|minor|dip|sad|unsettled|delays?|sometimes|difficult\w*|concern\w*|worr\w*|struggl\w*"
    r"|not|no|low|poor|risk\w*|late|miss\w*|absen\w*|conflict|argu\w*|disagree\w*|loss|bereave\w*|illness"
    r"|problems?|issues?|lack\w*|limited|isolated|stress\w*|tension|unwell|behind|separat\w*|short-lived"
    r"|brief|emerging|mild|some|teas\w*|fall(s|ing)? out|advice|abuse\w*|harm\w*|violen\w*|neglect\w*|injur\w*"
    r"|bull\w*|homeless\w*|unable|inappropriate|unsafe|fear\w*|afraid|scared|hurt\w*|arrears|debt|exclu\w*"
    r"|never|too|without|refus\w*|can't|cannot|don't|doesn't|won't|isn't|aren't|unsuitable|inadequate|overcrowd\w*)\b",
    re.I,
)
POSITIVE_RE = re.compile(
    r"\b(good|well|stable|safe(ly)?|suitable|appropriate(ly)?|positive|healthy|secure|adequate|regular(ly)?|achiev\w*|"
    r"meets?|met|supportive|thriv\w*|happy|enjoys?|able to|warm|loving|consistent|settled|age[- ]appropriate|"
    r"expected|protective|attends?|engag\w* well|strong|nurtur\w*|confident|good enough|in place|access to)\b",
    re.I,
)
#: Procedure, contacts and instructions: not a child's situation.
PROCEDURE_RE = re.compile(
    r"^(contact|call|ring|phone|email|e-mail|complete|refer|discuss|seek|consider|use|speak|record|share|ensure|make|"
    r"talk|follow|agree|hold|convene|visit|check|read|see|click|download|visit|send|submit|tel|telephone|fax|"
    r"www\.|http|if you|you (should|can|must|will|may)|please|for (more|further)|practitioners (should|must|will|can)|"
    r"professionals (should|must|will|can)|the (lead professional|social worker|practitioner) (will|should))\b",
    re.I,
)
CONTACT_RE = re.compile(
    r"\b[\w.+-]+@[\w-]+\.[\w.]+|^(https?://|www\.)|\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b|\btel\b|opening hours|"
    r"\bversion \d|review date|\b(published|approved|updated|issued)\b.*\b(19|20)\d\d\b|\bpage \d+ of \d+",
    re.I,
)
#: Prose that describes a level or the document rather than a child.
PROSE_OPENING_RE = re.compile(
    r"^(this (document|guidance|level|section)|these (are|indicators|children)|the following|at this level|"
    r"children (and young people )?(at|in|on|whose|who are at) this level|children and families at|"
    r"in (this|these) (cases|circumstances)|where (a|the|there)|when (a|you|the)|it is|there (is|are) no|"
    r"note:|n\.b\.|the (indicators|list|examples|continuum|levels))\b",
    re.I,
)
#: Guidance addressed to the reader, definitions and questions: prose, not a child's situation.
GUIDANCE_RE = re.compile(
    r"\b(you|your|we|our)\b|\?\s*$|^(stage|step) \d|^if (yes|no)\b|^(bullying|domestic abuse|neglect|exploitation|"
    r"self-harm|radicalisation|a child in need) (is|means|includes)\b|\b(should|must) (be|complete|make|record|consider|discuss|seek|follow|use|contact|refer)",
    re.I,
)
MAX_WORDS = 70
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "with", "or", "&"}


def is_strength_wording(text: str) -> bool:
    """A descriptor that says things are going well, with no concern in it."""
    return bool(POSITIVE_RE.search(text)) and not CONCERN_RE.search(text)


def is_descriptor(text: str, structured: bool) -> bool:
    """Could this be a child's or family's situation? ``structured`` is True for list items
    and table-cell entries, which need less evidence than a free paragraph."""
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text) < 6:
        return False
    if CONTENTS_RE.search(text) or CONTACT_RE.search(text) or PROCEDURE_RE.search(text) or CHROME_RE.search(text):
        return False
    if text[0].islower() and len(words) <= 4:
        return False  # the tail of a wrapped line, not an item of its own
    if GUIDANCE_RE.search(text) and (
        not structured
        or len(words) > 25
        or re.search(r"\b(you|your)\b", text, re.I)
        and not re.match(r"^(i|my|we)\b", text, re.I)
    ):
        return False
    if re.fullmatch(r"[\W\d]+", text) or text.rstrip().endswith(":"):
        return False
    if labels.parse(text) is not None and len(words) <= 6:
        return False
    if len(words) <= 5 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and not text.endswith("."):
        return False  # a title ("Consent and Information Sharing"), not a situation
    totals = cue_totals(text)
    if totals["C"] + totals["D"] + totals["B"] >= 1 and re.search(
        r"\b(will|should|can|may) (be )?(refer|contact|offer|lead|complete|allocat|consider|discuss)", text, re.I
    ):
        return False
    if structured:
        return True
    if PROSE_OPENING_RE.search(text) or len(words) > 45:
        return False
    return len(re.findall(r"[.!?](\s|$)", text)) <= 2


#: Run-in level labels sit below every heading: any heading ends their reach.
RUN_IN_RANK = 10_000


def _defines_level(text: str, resolve) -> bool:
    from analyser.scheme import _split_run_in

    head, sep, rest = _split_run_in(text)
    return bool(sep) and resolve(head) is not None and len(rest.split()) >= 4 and sum(cue_totals(rest).values()) > 0


@dataclass
class _Frame:
    rank: int
    level: str | None
    domain: str | None
    excluded: bool
    strengths: bool


def find(blocks: list[Block], ladder: Ladder | None, no_needs: set[str] | None = None) -> list[Candidate]:
    """Candidates in reading order, each with the level that governs it (or None)."""
    resolve = ladder.resolve if ladder is not None else (lambda _t: None)
    no_needs = no_needs or set()
    stack: list[_Frame] = []
    description_blocks = _description_blocks(blocks, resolve)
    out: list[Candidate] = []
    lead_in_strengths = False
    carry: dict | None = None

    def state() -> tuple[str | None, str | None, bool, bool]:
        level = next((f.level for f in reversed(stack) if f.level), None)
        domain = next((f.domain for f in reversed(stack) if f.domain), None)
        excluded = bool(stack) and stack[-1].excluded  # "How to get help" ends at the next heading
        strengths = any(f.strengths for f in stack)
        return level, domain, excluded, strengths

    for i, block in enumerate(blocks):
        if block.kind == HEADING:
            while stack and stack[-1].rank >= block.rank:
                stack.pop()
            level = resolve(block.text)
            text = block.text.strip()
            plain = re.sub(r"^[\d.\s]+", "", text)
            excluded = bool(NOT_INDICATORS_RE.search(plain)) and not level
            stack.append(
                _Frame(block.rank, level, None if level else _domain(plain), excluded, bool(STRENGTHS_RE.search(plain)))
            )
            lead_in_strengths = False
            continue
        level, domain, excluded, strengths = state()
        if block.kind == TABLE and block.table is not None:
            found, carry = _table(block.table, resolve, level, domain, carry, no_needs)
            out.extend(found)
            continue
        if i in description_blocks:
            continue
        text = block.text.strip()
        if block.kind == PARAGRAPH and block.run_in:
            named = resolve(block.run_in.rstrip(".:–— "))
            if named:
                # a run-in level definition governs what follows it, until the next one or a heading
                while stack and stack[-1].rank == RUN_IN_RANK:
                    stack.pop()
                stack.append(_Frame(RUN_IN_RANK, named, None, False, False))
                continue
        if block.kind == ITEM and _defines_level(text, resolve):
            continue  # "Tier 1: Child in need of universal support. The child's needs are met ..."
        if block.kind == PARAGRAPH and text.endswith(":"):
            lead_in_strengths = bool(STRENGTHS_RE.search(text))
            excluded_lead = bool(NOT_INDICATORS_RE.search(text))
            if excluded_lead:
                lead_in_strengths = False
            continue
        if excluded:
            continue
        structured = block.kind == ITEM
        if not structured and (level is None and not stack):
            continue
        if not is_descriptor(text, structured):
            continue
        by_context = (strengths or lead_in_strengths or (level in no_needs)) and not CONCERN_RE.search(text)
        strength = by_context or is_strength_wording(text)
        out.append(
            Candidate(
                text, block.page, block.bbox, level, domain, strength, block.where, block.lines, by_context=by_context
            )
        )
    return out


def _looks_like_header(row) -> bool:
    """Column headings are short and hold no list: a row of descriptors is a continuation."""
    cells = [c for c in row if c.text and not c.merged]
    return bool(cells) and all(
        len(c.text.split()) <= 12 and sum(1 for b in c.blocks if b.kind == ITEM) <= 1 for c in cells
    )


def _is_level_description(row) -> bool:
    cells = [c for c in row if c.text and not c.merged]
    if any(sum(1 for b in c.blocks if b.kind == ITEM) > 1 for c in cells):
        return False  # lists of descriptors, not a description of the level
    described = sum(
        1
        for c in cells
        if sum(cue_totals(c.text).values()) > 0 or re.match(r"(children|young people|families)\b", c.text, re.I)
    )
    return len(cells) >= 2 and described >= max(2, len(cells) // 2)


def _domain(text: str) -> str | None:
    text = re.sub(r"\s*\((continued|cont\.?|contd\.?)\)\s*$", "", text, flags=re.I).strip(" :")
    return text if 0 < len(text) <= 80 else None


def _description_blocks(blocks: list[Block], resolve) -> set[int]:
    """Paragraphs that describe a level (right after its heading): scheme prose, not indicators."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind == HEADING and resolve(block.text):
            for j in range(i + 1, min(i + 8, len(blocks))):
                nxt = blocks[j]
                if nxt.kind == PARAGRAPH and (len(nxt.text.split()) > 25 or sum(cue_totals(nxt.text).values()) > 0):
                    out.add(j)
                elif nxt.kind != PARAGRAPH:
                    break
    return out


def _column_roles(table: Table, resolve) -> tuple[list[str | None], list[str], int | None]:
    """Per column: the level it holds (matrix), its role, and the column of level cells."""
    header = table.rows[0]
    col_levels = [resolve(c.text) if c.text and not c.merged else None for c in header]
    roles = []
    level_col = None
    for col, cell in enumerate(header):
        text = cell.text.strip()
        if LEVEL_HEADER_RE.fullmatch(text):
            level_col = col
            roles.append("level")
        elif col_levels[col]:
            roles.append("indicators")
        elif INDICATOR_HEADER_RE.search(text):
            roles.append("indicators")
        elif STRENGTHS_RE.search(text):
            roles.append("strengths")
        elif re.fullmatch(r"(ref(erence)?|no\.?|#|page)", text, re.I) or NOT_INDICATORS_RE.search(text):
            roles.append("other")
        else:
            roles.append("unknown")
    return col_levels, roles, level_col


def _table(table: Table, resolve, level: str | None, domain: str | None, carry: dict | None, no_needs: set[str]):
    """Candidates of one table, and what a continuation on the next page inherits."""
    if not table.rows:
        return [], carry
    col_levels, roles, level_col = _column_roles(table, resolve)
    start = 1
    header_known = _looks_like_header(table.rows[0]) and (any(col_levels) or any(r != "unknown" for r in roles))
    carried_level = None
    continues = carry and carry["n_cols"] == table.n_cols and table.page in (carry["page"], carry["page"] + 1)
    if continues and (not header_known or table.continued):
        col_levels, roles, level_col, start = carry["col_levels"], carry["roles"], carry["level_col"], 0
        header_known = True
        carried_level = carry.get("level")
    first_col_levels = [resolve(r[0].text) if r and r[0].text and not r[0].merged else None for r in table.rows]
    by_rows = sum(1 for x in first_col_levels if x) >= 2
    out: list[Candidate] = []
    matrix = sum(1 for x in col_levels if x) >= 2
    caption_level = None
    if (
        not matrix
        and table.rows
        and table.rows[0]
        and resolve(table.rows[0][0].text)
        and all(c.merged or not c.text for c in table.rows[0][1:])
    ):
        caption_level = resolve(table.rows[0][0].text)
        # full-width rows under the caption (a description of the level) come before the header
        header_at = next(
            (k for k in range(1, len(table.rows)) if sum(1 for c in table.rows[k] if c.text and not c.merged) >= 2),
            None,
        )
        if header_at is not None:
            col_levels, roles, level_col = _column_roles(Table(table.page, table.bbox, table.rows[header_at:]), resolve)
            start = header_at + 1
            header_known = any(r != "unknown" for r in roles)
    for r, row in enumerate(table.rows[start:], start=start):
        if matrix and r == start and _is_level_description(row):
            continue  # the row under a matrix header that describes each level
        row_level = caption_level or carried_level or level
        if by_rows and first_col_levels[r]:
            row_level = first_col_levels[r]
        if level_col is not None and level_col < len(row):
            header_text = table.rows[0][level_col].text if table.rows and level_col < len(table.rows[0]) else ""
            row_level = resolve(level_cell_text(header_text, row[level_col].text)) or row_level
        row_domain = domain
        if (
            row
            and not row[0].merged
            and not (by_rows and first_col_levels[r])
            and not col_levels[0]
            and (not header_known or roles[0] in ("unknown", "other"))
        ):
            label = row[0].text.strip()
            if label and len(label) <= 80 and len(row[0].blocks) <= 1:
                row_domain = _domain(label) or domain
        for col, cell in enumerate(row):
            if cell.merged:
                continue
            role = roles[col] if col < len(roles) else "unknown"
            cell_level = col_levels[col] if col < len(col_levels) and col_levels[col] else row_level
            if matrix and not (col < len(col_levels) and col_levels[col]):
                continue
            if not matrix and header_known and role not in ("indicators", "strengths"):
                continue
            if not header_known:
                if col == 0 and row_domain != domain:
                    continue
                if by_rows and col == 0:
                    continue
            cell_domain = row_domain
            for block in cell.blocks:
                text = block.text.strip()
                if block.bold and block.kind == PARAGRAPH and len(text.split()) <= 6 and not text.endswith("."):
                    cell_domain = _domain(text) or cell_domain  # a bold label inside the cell
                    continue
                structured = block.kind == ITEM or header_known
                if not is_descriptor(text, structured):
                    continue
                if not header_known and block.kind != ITEM and not (by_rows or caption_level):
                    continue
                by_context = role == "strengths" or ((cell_level in no_needs) and not CONCERN_RE.search(text))
                strength = by_context or is_strength_wording(text)
                out.append(
                    Candidate(
                        text,
                        block.page,
                        block.bbox,
                        cell_level,
                        cell_domain,
                        strength,
                        block.where,
                        block.lines,
                        by_context,
                    )
                )
    carry = {
        "n_cols": table.n_cols,
        "page": table.page,
        "col_levels": col_levels,
        "roles": roles,
        "level_col": level_col,
        "level": caption_level or carried_level,
    }
    return out, carry
