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
    scheme_errors = scheme_differences(document, gold_levels[gold_levels["doc"] == slug])
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


def scheme_differences(document: Document, gold_levels: pd.DataFrame) -> list[str]:
    """Each gold level must be found with the same label and the same set of letters."""
    errors = []
    found = {lv.label.lower(): "+".join(sorted(lv.maps_to)) for lv in document.levels}
    for row in gold_levels.itertuples():
        got = found.get(str(row.label).lower())
        want = "+".join(sorted(str(row.maps_to).split("+")))
        if got != want:
            errors.append(f"{row.label}: want {want}, got {got}")
    if len(found) != len(gold_levels):
        errors.append(f"{len(found)} levels found, {len(gold_levels)} annotated")
    return errors
