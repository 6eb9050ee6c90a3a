"""The document's own level scheme, and each local level mapped onto A-D with its evidence.

A level is mapped by what the document says it *does* (who leads, which statute, which
service), never by its number or name: "Level 3" is early help in one area and child in need in
another, and one partnership calls every level "child in need of ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analyser.document import LETTERS, Level
from analyser.layout import Line

#: What each letter's response looks like in a level description. Ordered strongest first.
CUES: dict[str, list[str]] = {
    "D": [
        r"section 47|s\.?\s?47\b|child protection (enquir|conference|plan|investigation|process)",
        r"significant harm|strategy (discussion|meeting)|emergency (protection|accommodation|action)",
        r"police protection|immediate (risk|danger|protection|safeguarding)|at risk of serious harm",
        r"protection plan|child protection",
    ],
    "C": [
        r"section 17|s\.?\s?17\b|child(ren)? in need\b(?! of)|children and families assessment",
        r"child and family assessment|statutory (assessment|social work|intervention|services)",
        r"social work(er)? (assessment|led|intervention)|assessment (by|from) children'?s social care",
    ],
    "B": [
        r"targeted (early help|support|family support|services?)|early help (team|service|hub|practitioner|worker|coordinator|locality)",
        r"family support (worker|service|team)|advice (from|of) children'?s social care",
        r"coordinated by the (local authority|council|early help)",
        r"multi-agency early help|intensive family support|family hub|allocated (family|early help) (worker|practitioner)",
        r"family (help|support) (team|service|worker|hub)|council'?s (children'?s services|early help)",
        r"advice from a social worker|social worker through|consultation (line|with a social worker)",
    ],
    "A": [
        r"universal services?|universal (provision|settings?|support)|no additional needs",
        r"single[- ]agency|met by (their|the) (school|gp|health visitor|universal)",
        r"(school|gp|health visitor|early years setting)s?,? (and|or) ",
        r"led by (a|the) (school|universal|practitioner from a universal)",
    ],
}
#: Sentences that talk about another level (escalation, exclusion) weigh less.
DISCOUNT_RE = re.compile(
    r"\b(if|should (needs|concerns|risk|the)|not|no|neither|nor|never|cannot|can't|without|unless|rather than|instead|despite|"
    r"escalat\w*|step(ped)? (up|down)|move to|may move|previous|next level|beyond)\b",
    re.I,
)
#: Phrases that contain a discount word but describe the level itself.
NOT_A_DISCOUNT_RE = re.compile(r"no additional needs|no (other )?referral (is|to any)", re.I)
LABEL_SPLIT_RE = re.compile(r"\s*(?::|\u2013|\u2014|\s-\s)\s*")
NUMBERED_LABEL_RE = re.compile(r"^(level|tier|band|stage|step)\s*\d+[a-z]?\b", re.I)


@dataclass
class Heading:
    line: Line
    label: str
    name: str | None
    body: str


def split_label(text: str) -> tuple[str, str | None]:
    """'Level 2: Early Help' -> ('Level 2', 'Early Help'); 'Green' -> ('Green', None)."""
    text = text.strip()
    numbered = NUMBERED_LABEL_RE.match(text)
    if numbered:
        label = numbered.group(0)
        rest = text[numbered.end() :].strip(" :\u2013\u2014-")
        return _title(label), rest or None
    parts = LABEL_SPLIT_RE.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and len(parts[0].split()) <= 7:
        return parts[0].strip(), parts[1].strip() or None
    return text, None


def _title(label: str) -> str:
    word, _, rest = label.partition(" ")
    return f"{word[:1].upper()}{word[1:].lower()} {rest.strip()}".strip()


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;!?])\s+(?=[A-Z(])", text.strip())
    return [p.strip() for p in parts if p.strip()]


def cue_scores(sentence: str) -> dict[str, float]:
    lowered = sentence.lower()
    weight = 0.35 if DISCOUNT_RE.search(NOT_A_DISCOUNT_RE.sub("", lowered)) else 1.0
    scores: dict[str, float] = {}
    for letter, patterns in CUES.items():
        if any(re.search(p, lowered) for p in patterns):
            scores[letter] = weight
    return scores


def map_description(description: str) -> tuple[list[str], str]:
    """The A-D letters a level description describes, and the sentence that says so."""
    totals = dict.fromkeys(LETTERS, 0.0)
    per_sentence = []
    for sentence in sentences(description):
        scores = cue_scores(sentence)
        per_sentence.append((sentence, scores))
        for letter, value in scores.items():
            totals[letter] += value
    best = max(totals.values())
    if best == 0:
        return [], ""
    chosen = [ltr for ltr in LETTERS if totals[ltr] >= 0.5 * best and totals[ltr] >= 0.9]
    if not chosen:
        chosen = [max(totals, key=totals.get)]
    full = {ltr for _, scores in per_sentence for ltr, v in scores.items() if v >= 1.0}
    if "D" in chosen and "C" not in chosen and "C" in full:
        chosen = sorted({*chosen, "C"}, key=LETTERS.index)  # child in need and protection in one band
    evidence = max(
        per_sentence,
        key=lambda item: (sum(item[1].get(ltr, 0) for ltr in chosen), -len(item[0])),
    )[0]
    return chosen, evidence


def enforce_order(levels: list[Level]) -> list[Level]:
    """Levels run from low to high: a level never maps below the level before it."""
    floor = 0
    for level in levels:
        if not level.maps_to:
            level.maps_to = [LETTERS[min(floor, 3)]]
        indices = sorted(LETTERS.index(x) for x in level.maps_to)
        indices = [i for i in indices if i >= floor] or [max(indices[-1], floor)]
        level.maps_to = [LETTERS[i] for i in indices]
        floor = indices[0]
    return levels


def find_scheme(headings: list[Heading]) -> list[Level]:
    """The level scheme: the longest run of same-style headings whose prose describes a response."""
    runs: list[list[Heading]] = []
    for heading in headings:
        described = bool(map_description(heading.body)[0])
        if not described:
            if runs and runs[-1]:
                runs.append([])
            continue
        if runs and runs[-1] and _same_style(runs[-1][-1].line, heading.line):
            runs[-1].append(heading)
        else:
            runs.append([heading])
    runs = [r for r in runs if len(r) >= 3]
    if not runs:
        return []
    best = max(runs, key=len)
    levels = []
    for heading in best:
        maps_to, evidence = map_description(heading.body)
        levels.append(Level(label=heading.label, maps_to=maps_to, evidence=evidence, name=heading.name))
    return enforce_order(levels)


def _same_style(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < 0.6 and a.bold == b.bold


def label_matcher(levels: list[Level]) -> Callable[[str], str | None]:
    """A function naming the level a heading or header cell refers to (longest label wins)."""
    aliases: list[tuple[str, str]] = []
    for level in levels:
        aliases.append((_norm(level.label), level.label))
        if level.name:
            aliases.append((_norm(level.name), level.label))
            aliases.append((_norm(f"{level.label} {level.name}"), level.label))
    aliases.sort(key=lambda pair: len(pair[0]), reverse=True)

    def match(text: str) -> str | None:
        norm = _norm(text)
        for alias, label in aliases:
            if alias and (norm == alias or norm.startswith(alias + " ")):
                return label
        return None

    return match


def _norm(text: str) -> str:
    text = re.sub(r"[:\u2013\u2014\-()/]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


MONTHS = "january february march april may june july august september october november december".split()
DATE_RES = [
    re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I),
    re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I),
    re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]
PARTNERSHIP_RE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:safeguarding\s+(?:children|childrens|children's)?\s*"
    r"(?:partnership|board)|children'?s?\s+safeguarding\s+(?:partnership|board))",
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


def find_authority(lines: list[Line]) -> str | None:
    """The partnership's place name, from the title page or the running heads."""
    for line in sorted(lines, key=lambda ln: (ln.page, -ln.size, ln.top)):
        if line.page > 2:
            break
        m = PARTNERSHIP_RE.search(line.text.strip())
        if m:
            return m.group(1).strip(" ,-")
    return None
