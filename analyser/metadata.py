"""Who published a document, when, and under what title: from its opening blocks and running heads.

The authority is named in many ways: "X Safeguarding Children Partnership", "X Children's
Safeguarding Partnership", "X Safeguarding Partnership", "X County Council", "Safeguarding
Children in X", "X LSCB". Running heads and feet carry it on every page, so they are read too.
"""

from __future__ import annotations

import re

from analyser.blocks import HEADING, Block
from analyser.layout import Line

MONTHS = "january february march april may june july august september october november december".split()
DATE_RES = [
    re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I),
    re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I),
    re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]
_PLACE = r"((?:[A-Z][\w'’&-]*|and|of|upon|on|the|le|in)(?:\s+(?:[A-Z][\w'’&-]*|and|of|upon|on|the|le|in)){0,5})"
AUTHORITY_RES = [
    re.compile(
        _PLACE + r"\s+(?:Local\s+)?(?:Safeguarding\s+(?:Children(?:'s|s)?\s+)?(?:Partnership|Board|Arrangements)|"
        r"Children(?:'s|s)?\s+Safeguarding\s+(?:Partnership|Board)|LSCB|LSCP|SCP\b|Safeguarding\s+Partnership|"
        r"Children(?:'s|s)?\s+Partnership|Children(?:'s|s)?\s+Trust)"
    ),
    re.compile(r"Safeguarding\s+Children\s+(?:Partnership\s+)?(?:in|for)\s+" + _PLACE),
    re.compile(_PLACE + r"\s+(?:County|City|Borough|District|Metropolitan Borough)?\s*Council\b"),
]
TITLE_RE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:safeguarding\s+(?:children|childrens|children's)?\s*(?:partnership|board)|"
    r"children'?s?\s+safeguarding\s+(?:partnership|board))\s*$",
    re.I,
)
_NOT_PLACE = re.compile(
    r"^(the|our|this|local|a|an|and|of|in|for|multi|children|children's|childrens|safeguarding|your|welcome|contact|home|about)$",
    re.I,
)


def find_version_date(lines: list[Line]) -> str | None:
    """The first date on the opening pages, preferring one near 'version' or 'published'."""
    ranked = sorted(
        (ln for ln in lines if ln.page <= 2),
        key=lambda ln: (
            0 if re.search(r"version|published|issued|updated|date", ln.text, re.I) else 1,
            ln.page,
            ln.top,
        ),
    )
    for line in ranked:
        if re.search(r"review", line.text, re.I):
            continue
        found = parse_date(line.text)
        if found:
            return found
    return None


def parse_date(text: str) -> str | None:
    m = DATE_RES[0].search(text)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS.index(m.group(2).lower()) + 1:02d}-{int(m.group(1)):02d}"
    m = DATE_RES[1].search(text)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
    m = DATE_RES[2].search(text)
    if m:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = DATE_RES[3].search(text)
    if m:
        return m.group(0)
    return None


def find_authority(blocks: list[Block], running: list[str]) -> str | None:
    """The partnership's place name: title page first, then running heads, then anywhere early."""
    texts = [b.text for b in blocks if b.page <= 2 and b.kind == HEADING]
    texts += running
    texts += [b.text for b in blocks[:80] if b.kind != HEADING]
    for text in texts[:12]:  # a title line "X Safeguarding Children Partnership": X as printed
        m = TITLE_RE.match(text.strip())
        if m and len(m.group(1)) <= 80:
            return m.group(1).strip(" ,-")
    for pattern in AUTHORITY_RES:
        for text in texts:
            for m in pattern.finditer(text):
                place = _clean_place(m.group(1))
                if place:
                    return place
    return None


def _clean_place(text: str) -> str | None:
    words = text.split()
    while words and _NOT_PLACE.match(words[0]):
        words.pop(0)
    while words and _NOT_PLACE.match(words[-1]):
        words.pop()
    place = " ".join(words).strip(" ,-")
    return place or None


def find_title(blocks: list[Block]) -> str | None:
    """The largest heading on the first page."""
    first = [b for b in blocks if b.page == min((x.page for x in blocks), default=1) and b.kind == HEADING]
    if not first:
        return None
    return min(first, key=lambda b: (b.rank, blocks.index(b))).text
