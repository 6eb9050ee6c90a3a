"""The document's own ladder of levels, found wherever it is defined, and mapped onto A-D.

Real documents define their levels in headings with prose (numbered or not, with
sub-headings in between), run-in bold labels, definition tables, matrix header rows with a
description row, coloured cards, page titles and contents lines. Every such place yields
*mentions*; mentions of one level (whatever its spelling) unify by `labels.LevelName.key`,
and the ladder is ordered by number, or by the order the document shows it.

Each level is mapped by combining three kinds of evidence, then choosing the best ladder that
never steps down (a dynamic programme over the levels):
- what its description says the level *does* (who leads, which statute, which service);
- the words of its label ("Child Protection", "Acute", "Red", "Universal", "No additional needs");
- its position in the ladder.
The confidence and the deciding sentence are reported; a ladder known only from labels is
still mapped, and says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from analyser import labels
from analyser.blocks import CHROME_RE, CONTENTS_RE, HEADING, ITEM, PARAGRAPH, TABLE, Block
from analyser.document import LETTERS, Level

#: What each response looks like in a level description. "none" is no additional needs.
CUES: dict[str, list[str]] = {
    "D": [
        r"section 47|s\.?\s?47\b|child protection (enquir|conference|plan|investigation|process|procedures)",
        r"significant harm|strategy (discussion|meeting)|emergency (protection|accommodation|action)",
        r"police protection|immediate (risk|danger|protection|safeguarding)|at risk of serious harm",
        r"protection plan|child protection|suffering,? or (is )?likely to suffer",
    ],
    "C": [
        r"section 17|s\.?\s?17\b|child(ren)? in need\b(?! of)|children and families assessment",
        r"child and family assessment|statutory (assessment|social work|intervention|services)|single assessment",
        r"social work(er)? (assessment|led|intervention|will)|assessment (by|from) children'?s social care",
        r"referral to (children'?s )?social care|referred to children'?s social care|allocated (a )?social worker",
        r"children'?s social care (will|lead|assess)",
    ],
    "B": [
        r"targeted (early help|support|family support|services?|intervention)|early help (team|service|hub|practitioner|worker|coordinator|locality|key ?worker)",
        r"family support (worker|service|team)|advice (from|of) children'?s social care|consultation (with|from) (a )?social",
        r"coordinated by the (local authority|council|early help)|multi-agency (early help|support|response|team around)",
        r"intensive family support|family hub|allocated (family|early help) (worker|practitioner)|key ?worker",
        r"family (help|support) (team|service|worker|hub)|council'?s (children'?s services|early help)",
        r"advice from a social worker|social worker through|consultation (line|with a social worker)",
        r"team around the (family|child)|\btaf\b|\btac\b",
    ],
    "A": [
        r"(children'?s )?social care (is|are) not (involved|needed)|no (referral|involvement) (to|of|from) (children'?s )?social care",
        r"(school|setting|gp|health visitor|practitioner|universal service|teacher|nurse)s? (leads?|acts? as (the )?lead|takes? the lead|will lead|can give|gives?|offers?)",
        r"(deals with|responds to|handles) (it|this|them|the need) (themselves|itself|directly)|from (its|their) own resources|"
        r"(practitioner|professional|worker|someone) (from|in) a universal (service|setting)|without (a )?referral|can (usually )?help straight away",
        r"single[- ]agency|universal (service|setting|provider|practitioner)s? (respond|offer|provide|can|will|may|working)",
        r"(practitioner|professional|service|setting) (who|that) (already )?knows the (child|family)|handled by the (practitioner|school|setting)",
        r"led by (a|the) (school|universal|practitioner from a universal)|additional support (from|within|in) (their|a|the) ",
        r"emerging needs?|extra support from|universal plus|one agency|within (its|their) own (service|setting|resources)",
    ],
    "none": [
        r"no additional needs|needs are (being )?met|making (good|expected) progress|thriving|doing well",
        r"all (their|of their) needs|no (extra|additional) (support|help|services?) (is|are)? ?needed",
    ],
}
_CUES = {k: [re.compile(p, re.I) for p in v] for k, v in CUES.items()}
#: Sentences about another level (escalation, exclusion) weigh less.
DISCOUNT_RE = re.compile(
    r"\b(if|should (needs|concerns|risk|the)|not|no longer|neither|nor|never|cannot|can't|without|unless|rather than|instead|despite|"
    r"escalat\w*|step(ped)? (up|down)|move to|may move|previous|next level|beyond|higher level|lower level)\b",
    re.I,
)
NOT_A_DISCOUNT_RE = re.compile(
    r"no additional needs|no (other )?referral (is|to any)|not need|without (the need|needing)|"
    r"social care (is|are) not (involved|needed)|no involvement (of|from) (children'?s )?social care|"
    # "if a small need comes up, the school deals with it": the definition of universal-led help
    r"(if|where|when|should) (a|an|any) (small |minor |emerging |new |additional )?(need|concern|worry|problem|issue)s? "
    r"(comes? up|arises?|emerges?|is (noticed|identified|spotted))",
    re.I,
)

#: What a label's words suggest, as prior weights over the options.
LABEL_PRIORS: dict[str, dict[str, float]] = {
    "no additional needs": {"": 1.0},
    "universal": {"": 0.55, "A": 0.45},
    "thriving": {"": 1.0},
    "doing well": {"": 0.8, "A": 0.2},
    "needing a bit of help": {"A": 0.7, "B": 0.3},
    "needing more help": {"B": 0.5, "C": 0.4, "B+C": 0.1},
    "needing urgent help": {"D": 0.5, "C+D": 0.5},
    "green": {"": 0.5, "A": 0.5},
    "blue": {"": 0.5, "A": 0.5},
    "universal plus": {"A": 0.8, "B": 0.2},
    "getting advice": {"A": 0.8, "": 0.2},
    "emerging needs": {"A": 0.8, "B": 0.2},
    "additional needs": {"A": 0.6, "B": 0.4},
    "early help": {"A": 0.5, "B": 0.5},
    "yellow": {"A": 0.6, "B": 0.4},
    "getting help": {"B": 0.7, "A": 0.3},
    "targeted early help": {"B": 0.9, "A": 0.1},
    "partnership plus": {"B": 0.8, "C": 0.2},
    "intensive": {"B": 0.6, "C": 0.4},
    "amber": {"B": 0.5, "C": 0.5},
    "orange": {"B": 0.5, "C": 0.5},
    "complex needs": {"B": 0.4, "C": 0.4, "B+C": 0.2},
    "getting more help": {"C": 0.5, "B": 0.3, "C+D": 0.2},
    "child in need": {"C": 1.0},
    "specialist": {"C+D": 0.6, "C": 0.2, "D": 0.2},
    "statutory": {"C+D": 0.6, "C": 0.2, "D": 0.2},
    "child protection": {"D": 0.9, "C+D": 0.1},
    "getting risk support": {"D": 0.6, "C+D": 0.4},
    "acute": {"D": 0.6, "C+D": 0.4},
    "red": {"D": 0.5, "C+D": 0.5},
    "purple": {"D": 0.6, "C+D": 0.4},
}
#: Words in a level's name, outside the named-level keys, that suggest an option.
NAME_WORDS: list[tuple[str, dict[str, float]]] = [
    (r"child protection|significant harm|acute|safeguarding|high risk|immediate", {"D": 0.7, "C+D": 0.3}),
    (r"child(ren)? in need(?! of)|\bcin\b", {"C": 1.0}),
    (r"statutory|specialist", {"C+D": 0.6, "C": 0.2, "D": 0.2}),
    (r"targeted|intensive|complex|multi[- ]agency|partnership", {"B": 0.7, "C": 0.3}),
    (r"early help|additional|emerging|universal plus|early intervention|getting advice", {"A": 0.6, "B": 0.4}),
    (r"no additional|universal|thriving|all children|needs met", {"": 0.6, "A": 0.4}),
]
OPTIONS = ("", "A", "B", "C", "D", "B+C", "C+D")
#: How much each kind of evidence counts. Descriptions decide when they speak.
WEIGHT_DESCRIPTION, WEIGHT_LABEL, WEIGHT_POSITION = 1.0, 0.8, 0.35
#: Where a level is defined, most trusted first (a description there outweighs one elsewhere).
SOURCE_RANK = (
    "definition table",
    "heading",
    "run-in label",
    "card",
    "matrix header",
    "title",
    "contents",
    "level column",
)


@dataclass
class Mention:
    name: labels.LevelName
    source: str
    block: int  # index of the block it came from
    description: str = ""
    group: int = -1  # mentions shown together (one table, one run of headings) share a group


@dataclass
class Ladder:
    """The scheme found: levels low to high, and how each mention resolves to one of them."""

    levels: list[Level]
    keys: list[str]
    aliases: dict[str, str] = field(default_factory=dict)  # words of a label or name -> key
    from_labels_only: bool = False

    def resolve(self, text: str) -> str | None:
        """The ladder level (its label) a heading, header cell or level cell names."""
        parsed = labels.parse(text)
        if parsed is not None and parsed.key in self.keys:
            return self.levels[self.keys.index(parsed.key)].label
        words = labels.words_of(text)
        if not words:
            return None
        for alias, key in sorted(self.aliases.items(), key=lambda kv: -len(kv[0])):
            if words == alias or words.startswith(alias + " ") or (len(alias) > 6 and words.endswith(" " + alias)):
                return self.levels[self.keys.index(key)].label
        return None


# --- mentions ---------------------------------------------------------------------------------


def mentions(blocks: list[Block]) -> list[Mention]:
    """Every place a level is named: headings, run-in labels, tables, cards, contents lines."""
    out: list[Mention] = []
    group = 0
    heading_run = -1
    for i, block in enumerate(blocks):
        if block.kind == HEADING:
            parsed = labels.parse(block.text)
            if parsed:
                if heading_run < 0:
                    group += 1
                    heading_run = group
                source = "card" if block.fill else "heading"
                out.append(Mention(parsed, source, i, _description_after(blocks, i), heading_run))
            continue
        if block.kind == ITEM:
            head, sep, rest = _split_run_in(block.text)
            parsed = labels.parse(head) if sep else None
            if parsed and len(rest.split()) >= 4:
                out.append(Mention(parsed, "run-in label", i, rest, -5))
            continue
        if block.kind == PARAGRAPH:
            if CONTENTS_RE.search(block.text):
                entry = re.sub(r"(\.{2,}|…+|(\s\.)+)\s*\d*\s*$", "", block.text).strip()
                parsed = labels.parse(entry)
                if parsed:
                    out.append(Mention(parsed, "contents", i, "", 0))
                continue
            if block.run_in:
                parsed = labels.parse(block.run_in.rstrip(".:–— "))
                if parsed:
                    rest = block.text[len(block.run_in) :].strip(" .:–—-")
                    rest = " ".join([rest, *_paragraphs_after(blocks, i)])
                    out.append(Mention(parsed, "card" if block.fill else "run-in label", i, rest, -2))
                    continue
            if block.fill and len(block.text) < 60:
                parsed = labels.parse(block.text)
                if parsed:
                    out.append(Mention(parsed, "card", i, _description_after(blocks, i, same_fill=True), -3))
        if block.kind == TABLE and block.table is not None:
            group += 1
            out.extend(_table_mentions(block, i, group))
    return out


def _paragraphs_after(blocks: list[Block], i: int, limit: int = 3) -> list[str]:
    """Plain paragraphs that carry on a run-in level definition (until a list, heading or label)."""
    out: list[str] = []
    for block in blocks[i + 1 : i + 1 + limit]:
        if block.kind != PARAGRAPH or block.run_in or CHROME_RE.search(block.text) or block.text.endswith(":"):
            break
        out.append(block.text)
    return out


def _description_after(blocks: list[Block], i: int, same_fill: bool = False) -> str:
    """The prose that follows a level heading, through lower-ranked sub-headings, until the
    next heading of the same or a higher rank."""
    head = blocks[i]
    parts: list[str] = []
    for block in blocks[i + 1 : i + 40]:
        if block.kind == HEADING and (block.rank <= head.rank or labels.parse(block.text)):
            break
        if same_fill and block.fill != head.fill:
            break
        if block.kind == PARAGRAPH and not CONTENTS_RE.search(block.text) and not CHROME_RE.search(block.text):
            parts.append(block.text)
        elif block.kind == ITEM and len(block.text.split()) > 12 and sum(cue_totals(block.text).values()) > 0:
            parts.append(block.text)  # a numbered paragraph that describes the level
        elif block.kind == TABLE:
            break
        if sum(len(p) for p in parts) > 1500:
            break
    return " ".join(parts)


DESCRIPTION_HEADER_RE = re.compile(
    r"descri|what (it|this) means|definition|meaning|features|summary|who leads|response|what (happens|next)|"
    r"support|services?|action|agenc|consent|assessment|lead|who",
    re.I,
)
INDICATOR_HEADER_RE = re.compile(
    r"indicator|example|concern|what (you|i) might|might (see|be)|signs|presenting|descriptor|risk factor|"
    r"vulnerabilit|what might|experienc|situation",
    re.I,
)


def _table_mentions(block: Block, i: int, group: int) -> list[Mention]:
    table = block.table
    assert table is not None
    rows = table.rows
    out: list[Mention] = []
    header = rows[0] if rows else []
    header_names = [labels.parse(c.text) if c.text and not c.merged else None for c in header]
    if sum(1 for n in header_names if n) >= 2:
        # a matrix: levels are columns; a first row of prose under them describes them
        described = len(rows) > 1 and _is_description_row(rows[1])
        for col, name in enumerate(header_names):
            if name:
                text = rows[1][col].text if described and col < len(rows[1]) else ""
                out.append(Mention(name, "matrix header", i, text, group))
        return out
    first_col = [labels.parse(r[0].text) if r and r[0].text and not r[0].merged else None for r in rows]
    if sum(1 for n in first_col if n) >= 2 and table.n_cols >= 2:  # one column of level names is navigation
        header_is_words = not first_col[0]
        for r, name in enumerate(first_col):
            if not name:
                continue
            cells = rows[r][1:]
            text = " ".join(
                c.text
                for col, c in enumerate(cells, start=1)
                if not c.merged
                and (not header_is_words or col >= len(header) or not INDICATOR_HEADER_RE.search(header[col].text))
            )
            out.append(Mention(name, "definition table", i, text, group))
        return out
    # a Ref / Indicator / Level table: a column of level names (or bare numbers under "Tier")
    for col, cell in enumerate(header):
        if LEVEL_HEADER_RE.fullmatch(cell.text):
            for row in rows[1:]:
                if col < len(row):
                    name = labels.parse(level_cell_text(cell.text, row[col].text))
                    if name:
                        out.append(Mention(name, "level column", i, "", group))
            return out
    # a table per level: its first row (caption or full-width title) names the level
    if rows and header_names and header_names[0] and all(c.merged or not c.text for c in header[1:]):
        description = (
            " ".join(c.text for c in rows[1] if not c.merged) if len(rows) > 1 and _is_description_row(rows[1]) else ""
        )
        out.append(Mention(header_names[0], "heading", i, description, -4))
    return out


LEVEL_HEADER_RE = re.compile(r"\s*(level|tier|level of need|threshold|band|stage)( of need)?\s*", re.I)


def level_cell_text(header: str, value: str) -> str:
    """A level cell as a label: "2" under a "Tier" header is "Tier 2"."""
    value = value.strip()
    if re.fullmatch(r"\d[a-d]?(\s*[/&-]\s*\d[a-d]?)?", value, re.I):
        word = header.strip().split()[0] if header.strip() else "Level"
        return f"{word} {value}"
    return value


def _split_run_in(text: str) -> tuple[str, str, str]:
    """'Tier 1: Child in need of universal support. The child's ...' -> label part, separator, rest."""
    m = re.match(r"^(.{2,90}?)(:|\s[–—-]\s|\.\s)(.*)$", text)
    if not m:
        return text, "", ""
    return m.group(1), m.group(2), m.group(3)


def _is_description_row(row) -> bool:
    text = " ".join(c.text for c in row if not c.merged)
    return bool(text) and sum(cue_totals(text).values()) > 0 and not any(len(c.blocks) > 2 for c in row)


# --- the ladder -------------------------------------------------------------------------------


def build_ladder(found: list[Mention]) -> Ladder | None:
    """One ordered ladder from all mentions, label variants unified."""
    if not found:
        return None
    numbered = [m for m in found if m.name.numbered and (m.name.order_hint or 0) <= 6]
    numbered_keys = {m.name.key for m in numbered}
    defining = [m for m in found if m.source != "contents"]
    if len(numbered_keys) >= 2 or (len(numbered_keys) == 1 and not _named_group(defining)):
        keys = sorted(numbered_keys, key=lambda k: labels.LevelName(k, "", None, True).order_hint or 0)
        chosen = numbered
    else:
        group = _named_group(defining)
        if not group:
            return None
        keys = []
        for m in group:
            if m.name.key not in keys:
                keys.append(m.name.key)
        chosen = [m for m in found if m.name.key in keys]
    ladder_levels: list[Level] = []
    aliases: dict[str, str] = {}
    descriptions: dict[str, list[tuple[int, str]]] = {k: [] for k in keys}
    for key in keys:
        mine = [m for m in chosen if m.name.key == key]
        best = min(mine, key=lambda m: (_source_rank(m.source), -len(m.name.name or ""), m.block))
        names = [m.name.name for m in sorted(mine, key=lambda m: _source_rank(m.source)) if m.name.name]
        ladder_levels.append(
            Level(label=best.name.label, maps_to=[], name=names[0] if names else None, source=best.source)
        )
        for m in mine:
            for text in (m.name.label, m.name.name, f"{m.name.label} {m.name.name or ''}"):
                if text and len(labels.words_of(text)) > 2:
                    aliases.setdefault(labels.words_of(text), key)
            if m.description:
                descriptions[key].append((_source_rank(m.source), m.description))
    # a named mention elsewhere ("Early Help" alone) that is a numbered level's name is that level
    for m in found:
        if not m.name.numbered:
            for k, level in zip(keys, ladder_levels, strict=True):
                if level.name and labels.words_of(level.name) == labels.words_of(m.name.label):
                    if m.description:
                        descriptions[k].append((_source_rank(m.source), m.description))
    for key in list(aliases):
        if key in ("level", "tier"):
            aliases.pop(key)
    ladder = Ladder(levels=ladder_levels, keys=keys, aliases=aliases)
    texts = [" ".join(d for _, d in sorted(descriptions[k])) for k in keys]
    map_ladder(ladder, texts)
    return ladder


def _named_group(found: list[Mention]) -> list[Mention]:
    """The named levels shown together: the largest group of mentions with distinct keys."""
    groups: dict[int, list[Mention]] = {}
    for m in found:
        if not m.name.numbered:
            groups.setdefault(m.group, []).append(m)
    best: list[Mention] = []
    for members in groups.values():
        distinct = {m.name.key for m in members}
        if len(distinct) >= 2 and len(distinct) > len({m.name.key for m in best}):
            best = members
    return sorted(best, key=lambda m: m.block)


def _source_rank(source: str) -> int:
    return SOURCE_RANK.index(source) if source in SOURCE_RANK else len(SOURCE_RANK)


# --- mapping ----------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;!?])\s+(?=[A-Z(])", text.strip())
    return [p.strip() for p in parts if p.strip()]


def cue_scores(sentence: str) -> dict[str, float]:
    weight = 0.35 if DISCOUNT_RE.search(NOT_A_DISCOUNT_RE.sub("", sentence)) else 1.0
    return {letter: weight for letter, patterns in _CUES.items() if any(p.search(sentence) for p in patterns)}


def cue_totals(text: str) -> dict[str, float]:
    totals = dict.fromkeys((*LETTERS, "none"), 0.0)
    for sentence in sentences(text):
        for letter, value in cue_scores(sentence).items():
            totals[letter] += value
    return totals


def _description_score(option: str, totals: dict[str, float]) -> float:
    letters = set(option.split("+")) if option else set()
    said = sum(totals.values())
    if said == 0:
        return 0.0
    if not letters:
        # "needs met; if a need emerges the school responds" prescribes a response: A, not nothing
        return (totals["none"] - 0.6 * sum(totals[x] for x in LETTERS) - 1.2 * totals["A"]) / said
    inside = sum(totals[x] for x in letters)
    outside = sum(totals[x] for x in LETTERS if x not in letters) + (totals["none"] * 0.5 if letters != {"A"} else 0.0)
    weakest = min(totals[x] for x in letters)
    penalty = 0.0 if len(letters) == 1 else (0.6 if weakest < 0.9 else 0.1)
    return (inside - 0.6 * outside) / said - penalty


def _label_score(option: str, level: Level) -> float:
    prior: dict[str, float] = {}
    parsed = labels.parse(f"{level.name}") if level.name else None
    key = labels.parse(level.label).key if labels.parse(level.label) else ""
    for k in (key, parsed.key if parsed else ""):
        if k in LABEL_PRIORS:
            for o, v in LABEL_PRIORS[k].items():
                prior[o] = max(prior.get(o, 0.0), v)
    if not prior:
        words = f"{level.label} {level.name or ''}".lower()
        for pattern, weights in NAME_WORDS:
            if re.search(pattern, words):
                prior = weights
                break
    return prior.get(option, 0.0) - (0.15 if prior else 0.0)


#: How real ladders of each length usually map, level by level (level-schemes.md): a prior,
#: weak beside a description that speaks.
TYPICAL: dict[int, list[dict[str, float]]] = {
    2: [{"C": 0.4, "B": 0.3, "A": 0.3}, {"D": 0.6, "C+D": 0.4}],
    3: [{"A": 0.5, "": 0.3, "B": 0.2}, {"B": 0.5, "C": 0.3, "B+C": 0.2}, {"C+D": 0.5, "D": 0.5}],
    4: [{"": 0.5, "A": 0.5}, {"A": 0.6, "B": 0.4}, {"B": 0.6, "C": 0.3, "B+C": 0.1}, {"C+D": 0.5, "D": 0.5}],
    5: [
        {"": 0.6, "A": 0.4},
        {"A": 0.7, "B": 0.3},
        {"B": 0.7, "A": 0.3},
        {"C": 0.7, "B": 0.2, "C+D": 0.1},
        {"D": 0.8, "C+D": 0.2},
    ],
}


def _position_score(option: str, index: int, count: int) -> float:
    """Typical ladders: the lowest levels early help or none, the top one protection."""
    if count <= 1:
        return 0.0
    if count in TYPICAL:
        return TYPICAL[count][index].get(option, 0.0) - 0.3
    r = index / (count - 1)
    letters = option.split("+") if option else []
    centre = -0.5 if not letters else sum(LETTERS.index(x) for x in letters) / len(letters)
    expected = -0.3 + r * 3.3  # 0 -> between none and A; 1 -> D
    return -abs(centre - expected) / 3.0


def map_ladder(ladder: Ladder, descriptions: list[str]) -> None:
    """Choose each level's letters: the best-scoring ladder that never steps down."""
    n = len(ladder.levels)
    scores: list[dict[str, float]] = []
    totals_list = [cue_totals(d) for d in descriptions]
    described = [sum(t.values()) > 0 for t in totals_list]
    for i, level in enumerate(ladder.levels):
        row = {}
        for option in OPTIONS:
            row[option] = (
                WEIGHT_DESCRIPTION * 2.0 * _description_score(option, totals_list[i])
                + WEIGHT_LABEL * _label_score(option, level)
                + WEIGHT_POSITION * _position_score(option, i, n)
                - (0.25 if "+" in option else 0.0)
            )
        scores.append(row)
    best = _monotone_best(scores)
    for i, (level, option) in enumerate(zip(ladder.levels, best, strict=True)):
        level.maps_to = option.split("+") if option else []
        ranked = sorted(scores[i].values(), reverse=True)
        margin = ranked[0] - ranked[1] if len(ranked) > 1 else 1.0
        level.confidence = round(
            1 / (1 + math.exp(-4 * margin)) if described[i] else 0.5 * (1 / (1 + math.exp(-4 * margin))), 2
        )
        level.evidence = _evidence(descriptions[i], level.maps_to)
    ladder.from_labels_only = not any(described)


def _low(option: str) -> int:
    return LETTERS.index(option.split("+")[0]) if option else -1


def _high(option: str) -> int:
    return LETTERS.index(option.split("+")[-1]) if option else -1


def _monotone_best(scores: list[dict[str, float]]) -> list[str]:
    """Viterbi over options: each level starts no lower and ends no lower than the one before."""
    if not scores:
        return []
    best: dict[str, tuple[float, list[str]]] = {o: (s, [o]) for o, s in scores[0].items()}
    for row in scores[1:]:
        nxt: dict[str, tuple[float, list[str]]] = {}
        for option, value in row.items():
            candidates = [
                (total + value, path + [option])
                for prev, (total, path) in best.items()
                if _low(option) >= _low(prev) and _high(option) >= _high(prev) and not (option == prev == "")
            ]
            if candidates:
                nxt[option] = max(candidates, key=lambda c: c[0])
        best = nxt
    return max(best.values(), key=lambda c: c[0])[1]


def _evidence(description: str, letters: list[str]) -> str:
    """The sentence of the description that says most for the chosen letters."""
    wanted = set(letters) or {"none"}
    best, best_score = "", 0.0
    for sentence in sentences(description):
        scores = cue_scores(sentence)
        score = sum(v for k, v in scores.items() if k in wanted)
        if score > best_score:
            best, best_score = sentence, score
    return best


def find(blocks: list[Block]) -> tuple[Ladder | None, list[str]]:
    """The ladder and the warnings a user should see about it."""
    ladder = build_ladder(mentions(blocks))
    if ladder is None:
        return None, ["no level scheme found: indicators have no level"]
    warnings = []
    if ladder.from_labels_only:
        warnings.append("scheme from labels only, mapped by label words and position: check the levels")
    if len(ladder.levels) == 1:
        warnings.append(f"one level only ({ladder.levels[0].label}): a single-level document")
    return ladder, warnings


def read_declaration(path) -> list[Level]:
    """A declared ladder from a file: one level per line, `label,letters[,name]`, lowest first.

    Letters are `+`-joined ("C+D") and blank for a level of no additional needs. A header line
    (`label,maps_to,name`) and `#` comments are allowed.
    """
    import csv
    from pathlib import Path

    from analyser.errors import InputError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the scheme file ({exc.__class__.__name__})") from None
    out: list[Level] = []
    for row in csv.reader(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")):
        if not row or (row[0].strip().lower() == "label" and not out):
            continue
        label = row[0].strip()
        letters = [x.strip().upper() for x in (row[1] if len(row) > 1 else "").split("+") if x.strip()]
        if not label or any(x not in LETTERS for x in letters):
            raise InputError(path, f"bad scheme line {row!r}: want label,letters (letters A-D joined by +)")
        name = row[2].strip() if len(row) > 2 and row[2].strip() else None
        out.append(Level(label=label, maps_to=letters, name=name, evidence="declared by the user", source="declared"))
    if not out:
        raise InputError(path, "the scheme file declares no levels")
    return out
