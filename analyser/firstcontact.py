"""Scores on a batch of documents the extractor was not written against: the honest figure.

A batch is a folder written by someone who never read this code (`corpus/blind/<batch>/`):
`pdf/`, `documents.csv`, `levels.csv`, `indicators.csv` and optionally `strengths.csv`, in the
format of `corpus/blind/FORMAT.md`. Its first run, before any code changes for it, is recorded
in `corpus/blind/FIRST_CONTACT.md`; later runs of the same batch are tuning figures, not evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analyser.document import INQUIRY_ISSUES, Document
from analyser.scoring import levels_right, match_indicators

#: The figures of one batch, in the order the first-contact table prints them.
COLUMNS = (
    "docs",
    "gold",
    "recall",
    "precision",
    "five_recall",
    "five_precision",
    "levels_right",
    "issue_accuracy",
    "level_accuracy",
    "strength_f1",
    "zero_docs",
)


@dataclass
class BatchScore:
    figures: dict[str, float]
    per_doc: pd.DataFrame
    errors: dict[str, list[str]] = field(default_factory=dict)
    #: Per inquiry issue: precision and recall end to end (extracted and coded to that issue).
    per_issue: pd.DataFrame = field(default_factory=pd.DataFrame)


def load_gold(batch: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    read = lambda name: pd.read_csv(batch / name, keep_default_na=False, dtype=str)  # noqa: E731
    strengths = read("strengths.csv") if (batch / "strengths.csv").exists() else pd.DataFrame(columns=["doc", "text"])
    return read("documents.csv"), read("levels.csv"), read("indicators.csv"), strengths


def score_batch(batch: Path, documents: dict[str, Document], only: set[str] | None = None) -> BatchScore:
    """Extraction, level scheme, issue and level figures of extracted documents against gold.

    ``only`` scores a subset of the batch's documents (a held-out fold)."""
    docs, levels, indicators, strengths = load_gold(batch)
    if only is not None:
        docs = docs[docs["doc"].isin(only)]
    rows, errors = [], {}
    totals = dict.fromkeys(
        (
            "gold",
            "found",
            "matched",
            "five_gold",
            "five_pred",
            "five_hit_gold",
            "five_hit_pred",
            "issue_ok",
            "level_ok",
        ),
        0,
    )
    totals.update(levels_ok=0, levels_gold=0, st_gold=0, st_found=0, st_hit=0, zero=0)
    issue_counts = {i: {"gold": 0, "pred": 0, "hit": 0} for i in INQUIRY_ISSUES}
    for slug in docs["doc"]:
        document = documents.get(slug)
        gold = indicators[indicators["doc"] == slug].reset_index(drop=True)
        gold_lv = levels[levels["doc"] == slug]
        if document is None:
            document = Document(authority="", source=slug, sha256="", pages=0)
        found = document.indicators
        pairs = match_indicators([i.text for i in found], gold["text"].tolist())
        right, n_levels, level_errors = levels_right(document, gold_lv)
        issue_ok = sum(1 for i, j in pairs if found[i].issue == gold.loc[j, "issue"])
        level_ok = sum(1 for i, j in pairs if (found[i].level or "") == gold.loc[j, "level"])
        gold_five = {j for j in range(len(gold)) if gold.loc[j, "issue"] in INQUIRY_ISSUES}
        pred_five = {i for i, ind in enumerate(found) if ind.issue in INQUIRY_ISSUES}
        hits = {(i, j) for i, j in pairs if found[i].issue == gold.loc[j, "issue"] and j in gold_five}
        for issue in INQUIRY_ISSUES:
            issue_counts[issue]["gold"] += int((gold["issue"] == issue).sum())
            issue_counts[issue]["pred"] += sum(1 for ind in found if ind.issue == issue)
            issue_counts[issue]["hit"] += sum(1 for i, j in pairs if found[i].issue == issue == gold.loc[j, "issue"])
        gold_st = strengths[strengths["doc"] == slug]["text"].tolist()
        st_pairs = match_indicators([s.text for s in document.strengths], gold_st)
        totals["gold"] += len(gold)
        totals["found"] += len(found)
        totals["matched"] += len(pairs)
        totals["five_gold"] += len(gold_five)
        totals["five_pred"] += len(pred_five)
        totals["five_hit_gold"] += len(hits)
        totals["five_hit_pred"] += len({i for i, _ in hits})
        totals["issue_ok"] += issue_ok
        totals["level_ok"] += level_ok
        totals["levels_ok"] += right
        totals["levels_gold"] += n_levels
        totals["st_gold"] += len(gold_st)
        totals["st_found"] += len(document.strengths)
        totals["st_hit"] += len(st_pairs)
        totals["zero"] += int(not found)
        rows.append(
            {
                "doc": slug,
                "layout": docs.loc[docs["doc"] == slug, "layout_family"].iloc[0] if "layout_family" in docs else "",
                "gold": len(gold),
                "found": len(found),
                "matched": len(pairs),
                "recall": _ratio(len(pairs), len(gold)),
                "precision": _ratio(len(pairs), len(found)),
                "levels_right": f"{right}/{n_levels}",
                "issue_acc": _ratio(issue_ok, len(pairs)),
                "level_acc": _ratio(level_ok, len(pairs)),
            }
        )
        matched_gold = {j for _, j in pairs}
        matched_found = {i for i, _ in pairs}
        errors[slug] = (
            level_errors
            + [f"missed: {gold.loc[j, 'text']}" for j in range(len(gold)) if j not in matched_gold]
            + [f"spurious: {ind.text}" for i, ind in enumerate(found) if i not in matched_found]
        )
    st_p = _ratio(totals["st_hit"], totals["st_found"])
    st_r = _ratio(totals["st_hit"], totals["st_gold"])
    figures = {
        "docs": float(len(docs)),
        "gold": float(totals["gold"]),
        "recall": _ratio(totals["matched"], totals["gold"]),
        "precision": _ratio(totals["matched"], totals["found"]),
        "five_recall": _ratio(totals["five_hit_gold"], totals["five_gold"]),
        "five_precision": _ratio(totals["five_hit_pred"], totals["five_pred"]),
        "levels_right": _ratio(totals["levels_ok"], totals["levels_gold"]),
        "issue_accuracy": _ratio(totals["issue_ok"], totals["matched"]),
        "level_accuracy": _ratio(totals["level_ok"], totals["matched"]),
        "strength_f1": 2 * st_p * st_r / (st_p + st_r) if st_p + st_r else 0.0,
        "zero_docs": float(totals["zero"]),
    }
    per_issue = pd.DataFrame(
        [
            {
                "issue": issue,
                "gold": c["gold"],
                "precision": _ratio(c["hit"], c["pred"]),
                "recall": _ratio(c["hit"], c["gold"]),
            }
            for issue, c in issue_counts.items()
        ]
    )
    return BatchScore(figures=figures, per_doc=pd.DataFrame(rows), errors=errors, per_issue=per_issue)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def table_row(label: str, batch: str, figures: dict[str, float]) -> str:
    """One Markdown row of the first-contact table."""
    cells = [label, batch] + [
        f"{int(figures[c])}" if c in ("docs", "gold", "zero_docs") else f"{figures[c]:.2f}" for c in COLUMNS
    ]
    return "| " + " | ".join(cells) + " |"


def table_header() -> str:
    names = ["run", "batch", *COLUMNS]
    return "| " + " | ".join(names) + " |\n|" + "---|" * len(names)
