"""Score an extracted Document against gold annotations: the figures every claim rests on.

Matching is by text: an extracted indicator matches a gold one of the same document when their
normalised texts are equal or nearly so (rapidfuzz ratio), each gold indicator used once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz

from analyser.document import Document

#: Two texts at or above this similarity (0-100) are the same indicator.
MATCH_CUTOFF = 90.0


def normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", str(text).lower())


@dataclass
class ExtractionScore:
    doc: str
    gold: int
    found: int
    matched: int
    level_correct: int
    scheme_correct: bool
    pairs: list[tuple[int, int]] = field(default_factory=list, repr=False)
    missed: list[str] = field(default_factory=list, repr=False)
    spurious: list[str] = field(default_factory=list, repr=False)
    scheme_errors: list[str] = field(default_factory=list, repr=False)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def level_accuracy(self) -> float:
        return self.level_correct / self.matched if self.matched else 0.0


def match_indicators(found: list[str], gold: list[str]) -> list[tuple[int, int]]:
    """Pairs (found index, gold index): exact normalised matches first, then fuzzy ones."""
    gold_keys = [normalise(t) for t in gold]
    by_key: dict[str, list[int]] = {}
    for j, key in enumerate(gold_keys):
        by_key.setdefault(key, []).append(j)
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    pending: list[int] = []
    for i, text in enumerate(found):
        options = [j for j in by_key.get(normalise(text), []) if j not in used]
        if options:
            pairs.append((i, options[0]))
            used.add(options[0])
        else:
            pending.append(i)
    for i in pending:
        key = normalise(found[i])
        best, best_score = None, MATCH_CUTOFF
        for j, gkey in enumerate(gold_keys):
            if j in used:
                continue
            score = fuzz.ratio(key, gkey)
            if score >= best_score:
                best, best_score = j, score
        if best is not None:
            pairs.append((i, best))
            used.add(best)
    return pairs


def score_document(
    slug: str, document: Document, gold_indicators: pd.DataFrame, gold_levels: pd.DataFrame
) -> ExtractionScore:
    gold = gold_indicators[gold_indicators["doc"] == slug].reset_index(drop=True)
    found_texts = [ind.text for ind in document.indicators]
    pairs = match_indicators(found_texts, gold["text"].tolist())
    level_correct = sum(1 for i, j in pairs if document.indicators[i].level == gold.loc[j, "level"])
    matched_gold = {j for _, j in pairs}
    matched_found = {i for i, _ in pairs}
    gold_lv = gold_levels[gold_levels["doc"] == slug]
    _, _, scheme_errors = levels_right(document, gold_lv)
    if len(document.levels) != len(gold_lv):
        scheme_errors.append(f"{len(document.levels)} levels found, {len(gold_lv)} annotated")
    return ExtractionScore(
        doc=slug,
        gold=len(gold),
        found=len(found_texts),
        matched=len(pairs),
        level_correct=level_correct,
        scheme_correct=not scheme_errors,
        pairs=pairs,
        missed=[gold.loc[j, "text"] for j in range(len(gold)) if j not in matched_gold],
        spurious=[t for i, t in enumerate(found_texts) if i not in matched_found],
        scheme_errors=scheme_errors,
    )


# --- Levels matched by meaning, not spelling -------------------------------------------------

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_LEVEL_NUMBER_RE = re.compile(r"\b(?:level|tier|band|stage|step)s?\s*(\d+(?:\s*[a-e]\b)?(?:\s*[/&-]\s*\d+)?)", re.I)


def level_key(label: str | None) -> str:
    """A spelling-free key for a level label: "LEVEL TWO:" and "Level 2" are both "2";
    "Early Help (Level 2)" is "2"; a named level keeps its words ("universal plus").

    Deliberately not `analyser.labels`: the scorer must not share the parser it scores, or a
    parsing error would mark itself right."""
    text = str(label or "").lower()
    for word, digit in NUMBER_WORDS.items():
        text = re.sub(rf"\b{word}\b", digit, text)
    m = _LEVEL_NUMBER_RE.search(text)
    if m:
        return re.sub(r"\s+", "", m.group(1)).replace("&", "/").replace("-", "/")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def levels_match(found_label: str, found_name: str | None, gold_label: str, gold_name: str | None) -> bool:
    """Is the found level the gold one? Numbers decide when both carry one; else words."""
    fk, gk = level_key(found_label), level_key(gold_label)
    if fk == gk:
        return True
    if fk[:1].isdigit() and gk[:1].isdigit():
        return False
    found_words = {level_key(found_label), level_key(found_name), level_key(f"{found_label} {found_name or ''}")}
    gold_words = {level_key(gold_label), level_key(gold_name), level_key(f"{gold_label} {gold_name or ''}")}
    found_words.discard("")
    gold_words.discard("")
    if found_words & gold_words:
        return True
    return any(fuzz.token_set_ratio(f, g) >= 90 for f in found_words for g in gold_words if len(f) > 3 and len(g) > 3)


def letters_of(maps_to) -> str:
    if isinstance(maps_to, str):
        parts = [p for p in maps_to.split("+") if p.strip()]
    else:
        parts = list(maps_to or [])
    return "+".join(sorted(p.strip() for p in parts))


def levels_right(document: Document, gold_levels: pd.DataFrame) -> tuple[int, int, list[str]]:
    """(gold levels found with the right letters, gold levels, what went wrong)."""
    right, errors = 0, []
    used: set[int] = set()
    for row in gold_levels.itertuples():
        want = letters_of(row.maps_to)
        hit = None
        for k, level in enumerate(document.levels):
            if k not in used and levels_match(level.label, level.name, str(row.label), str(row.name)):
                hit = k
                break
        if hit is None:
            errors.append(f"{row.label}: not found (want {want or 'nothing'})")
            continue
        used.add(hit)
        got = letters_of(document.levels[hit].maps_to)
        if got == want:
            right += 1
        else:
            errors.append(f"{row.label}: want {want or 'nothing'}, got {got or 'nothing'}")
    return right, len(gold_levels), errors
