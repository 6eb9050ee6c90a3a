"""Is this text the name of a level of need, and which one? The vocabulary of real ladders.

Real partnerships name levels in many ways: "Level 2", "LEVEL TWO:", "2 Early Help",
"Early Help (Level 2)", "Tier 3b", "Level 1/2", "Universal Plus", "Complex multiple needs",
"Getting risk support", or only a colour. A `LevelName` is one such mention reduced to a key
that is the same for every spelling of one level (the number, with a sub-level letter, or the
canonical words), so that label variants of one level unify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|i{1,3}|iv|v)"
_SUB = r"(?:\s?[a-d](?![a-z]))?"
_RANGE = rf"{_NUM}{_SUB}(?:\s*(?:/|&|and|-|–|to)\s*{_NUM}{_SUB})?"
#: "Level 2", "LEVEL TWO", "Tier 3b", "Level 1/2", "Levels 1 and 2", "Band 4".
NUMBERED_RE = re.compile(rf"\b(level|tier|band|stage|step)s?\s*({_RANGE})(?![\w.])", re.I)
#: "2 Early Help", "3. Targeted" at the start of a label: a bare number before a level name.
NUMBER_FIRST_RE = re.compile(r"^\s*(\d)[.):]?\s+(?=[A-Z])")

#: Named levels seen in real ladders, lowest first within each family. The canonical key is the
#: first spelling; the others are variants. Order here is not the ladder order.
NAMED_LEVELS: dict[str, list[str]] = {
    "no additional needs": [r"no additional needs?", r"needs (are )?met", r"no identified needs?"],
    "universal plus": [r"universal\s*\+|universal plus"],
    "universal": [r"universal(?: services?| needs?| support| provision)?"],
    "thriving": [r"thriving"],
    "doing well": [r"doing well", r"all is well"],
    "needing a bit of help": [
        r"needing (?:a (?:bit of|little) |some |extra )help",
        r"(?:a (?:bit of|little) |some )help",
    ],
    "needing more help": [r"needing more help", r"needing (?:lots of|a lot of) help"],
    "needing urgent help": [r"needing (?:urgent|immediate) help", r"(?:urgent|immediate) help"],
    "getting advice": [r"getting advice(?: and support)?"],
    "getting more help": [r"getting more help"],
    "getting help": [r"getting help"],
    "getting risk support": [r"getting risk support"],
    "emerging needs": [r"emerging needs?", r"low[- ]level needs?"],
    "additional needs": [r"additional needs?(?! support)", r"additional support needs?", r"additional"],
    "early help": [r"early help(?: support| services?)?", r"early intervention"],
    "targeted early help": [r"targeted early help", r"targeted (?:support|services?|help)", r"targeted"],
    "partnership plus": [r"partnership plus"],
    "intensive": [r"intensive(?: support| help| family support)?"],
    "complex needs": [r"complex (?:and |multiple |or multiple )*needs?", r"complex"],
    "child in need": [r"child(?:ren)? in need(?! of)", r"\bcin\b"],
    "specialist": [r"specialist(?: services?| support| and statutory| / statutory|/statutory)?"],
    "statutory": [r"statutory(?: intervention| services?| support)?"],
    "child protection": [r"child(?:ren)? protection", r"significant harm", r"safeguarding(?: and protection)?"],
    "acute": [r"acute(?: needs?)?", r"high risk", r"immediate risk"],
}
CHILD_IN_NEED_OF_RE = re.compile(
    r"child(?:ren)? in need of (?:[a-z]+ ){0,4}?(?:support|help|protection|services?|intervention)\b", re.I
)
COLOURS = ("green", "blue", "yellow", "amber", "orange", "red", "purple", "pink")
_NAMED = [(key, re.compile(rf"^(?:{'|'.join(variants)})\b", re.I)) for key, variants in NAMED_LEVELS.items()]
_COLOUR_RE = re.compile(rf"^({'|'.join(COLOURS)})\b", re.I)
#: Words that make a heading a level name when they lead it ("Level", a colour, a named level).
_LEAD_NOISE_RE = re.compile(r"^[\s\d.():\-–—•]*(?:section\s+\d+[.:]?\s*)?", re.I)
#: Headings that contain level words but are about something else.
NOT_A_LEVEL_RE = re.compile(
    r"\b(levels|thresholds?|continuum|introduction|contents|purpose|referral|how to|what (to|is|are)|"
    r"consent|escalat\w*|step[- ](up|down)|appendix|flowchart|contact|procedure|resolution|"
    r"definition|guidance for|glossary|principles|assessment framework)\b",
    re.I,
)


#: A level number after these words is talked about, not named ("How to get help at Level 2").
_NOT_BEFORE_RE = re.compile(
    r"(\b(at|to|from|for|of|in|about|with|than|reach|meet|meets|above|below|up|down|into|see|under|on)\s*$)|"
    r"\b(how|what|when|where|why|who|referral|refer|step|escalat\w*|consent|support at|help at)\b",
    re.I,
)


@dataclass(frozen=True)
class LevelName:
    """A mention of a level: its key (the same for every spelling), as printed, and any name."""

    key: str
    label: str
    name: str | None
    numbered: bool

    @property
    def order_hint(self) -> float | None:
        """The number a numbered level carries (3b -> 3.2), for ordering a ladder."""
        m = re.match(r"(\d+)\s*([a-d])?", self.key)
        if not m:
            return None
        sub = "abcd".index(m.group(2)) * 0.1 + 0.1 if m.group(2) else 0.0
        return int(m.group(1)) + sub


def _num(text: str) -> str:
    text = text.lower().strip()
    return NUMBER_WORDS.get(text) or ROMAN.get(text) or text


def numbered_key(raw: str) -> str:
    """'two' -> '2', '3 b' -> '3b', '1 and 2' -> '1/2'."""
    parts = re.split(r"\s*(?:/|&|and|-|–|to)\s*", raw.strip().lower())
    out = []
    for part in parts:
        m = re.match(rf"({_NUM})\s?([a-d])?$", part.strip())
        if not m:
            return ""
        out.append(_num(m.group(1)) + (m.group(2) or ""))
    return "/".join(out)


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:;,–—-()")


def parse(text: str, allow_named: bool = True) -> LevelName | None:
    """The level a short text (a heading, a header cell, a run-in label) names, or None.

    Numbered labels may stand anywhere in a short text ("Early Help (Level 2)"); named ones
    must lead it ("Universal Plus: ...", "Amber"). Long texts are prose, not labels.
    """
    clean = re.sub(r"\s+", " ", text).strip()
    if not clean or len(clean) > 220 or len(clean.split()) > 32:
        return None
    lowered = clean.lower()
    m = NUMBERED_RE.search(clean)
    leading = bool(m) and m.start() <= 12
    if not leading and (len(clean) > 110 or len(clean.split()) > 16):
        return None
    if m and m.start() <= max(40, len(clean) // 2):
        key = numbered_key(m.group(2))
        before = lowered[: m.start()]
        if key and not re.search(r"\blevels\b", before) and not _NOT_BEFORE_RE.search(before):
            word = m.group(1).title()
            label = f"{word} {key}"
            before, after = _tidy(clean[: m.start()]), _tidy(clean[m.end() :])
            name = after or before or None
            return LevelName(key=key, label=label, name=name, numbered=True)
    body = _LEAD_NOISE_RE.sub("", clean)
    number_first = NUMBER_FIRST_RE.match(clean)
    if number_first and allow_named:
        rest = clean[number_first.end() :]
        if _named(rest):
            return LevelName(
                key=number_first.group(1), label=f"Level {number_first.group(1)}", name=_tidy(rest), numbered=True
            )
    if not allow_named or NOT_A_LEVEL_RE.search(lowered):
        return None
    trap = CHILD_IN_NEED_OF_RE.match(body)
    if trap:  # "Child in need of universal support": one partnership's name for every level
        label = _tidy(body[: trap.end()])
        return LevelName(key=words_of(label), label=label[:1].upper() + label[1:], name=None, numbered=False)
    colour = _COLOUR_RE.match(body)
    if colour:
        rest = _tidy(body[colour.end() :])
        return LevelName(key=colour.group(1).lower(), label=colour.group(1).title(), name=rest or None, numbered=False)
    named = _named(body)
    if named:
        key, end = named
        label = _tidy(body[:end])
        rest = _tidy(body[end:])
        if rest and len(rest.split()) > 8:
            return None
        return LevelName(key=key, label=label[:1].upper() + label[1:], name=rest or None, numbered=False)
    return None


def _named(text: str) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for key, pattern in _NAMED:
        m = pattern.match(text)
        if m and (best is None or m.end() > best[1]):
            best = (key, m.end())
    return best


def words_of(text: str) -> str:
    """Lowercase words only, for comparing a label with a mention of it."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
