"""Cross-validated scores of the whole pipeline (extraction + classification) on the corpus.

A document is never scored by a model that saw it, nor by one that saw a near-copy of it:
folds are drawn by source group (documents sharing most of their indicators go together).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from analyser.document import INQUIRY_ISSUES, LETTERS, Document
from analyser.model import IndicatorModel, apply_model
from analyser.scoring import match_indicators, normalise

#: Documents sharing at least this share of indicator texts are one source.
SHARED_SOURCE_OVERLAP = 0.5


@dataclass
class Evaluation:
    per_issue: pd.DataFrame
    figures: dict[str, float]
    errors: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)


def source_groups(gold: pd.DataFrame) -> dict[str, str]:
    """Each document's group: itself, or the first document it shares most of its text with."""
    keys = {doc: set(frame["text"].map(normalise)) for doc, frame in gold.groupby("doc")}
    group: dict[str, str] = {}
    docs = sorted(keys)
    for i, doc in enumerate(docs):
        group[doc] = doc
        for other in docs[:i]:
            overlap = len(keys[doc] & keys[other]) / max(1, min(len(keys[doc]), len(keys[other])))
            if overlap >= SHARED_SOURCE_OVERLAP:
                group[doc] = group[other]
                break
    return group


def cross_validate(
    gold: pd.DataFrame,
    extract_doc: Callable[[str], Document],
    folds: int = 5,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pairs of (gold, predicted) rows for every document, each predicted by a model blind to it.

    Returns (matched pairs, unmatched rows) frames.
    """
    groups = source_groups(gold)
    docs = sorted(groups)
    group_ids = [groups[d] for d in docs]
    n_splits = min(folds, len(set(group_ids)))
    matched, unmatched = [], []
    for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(docs, groups=group_ids):
        train_docs = {docs[i] for i in train_idx}
        model = IndicatorModel().fit(gold[gold["doc"].isin(train_docs)])
        for i in test_idx:
            slug = docs[i]
            document = apply_model(extract_doc(slug), model)
            m, u = _pairs(slug, document, gold[gold["doc"] == slug].reset_index(drop=True))
            matched.append(m)
            unmatched.append(u)
    return pd.concat(matched, ignore_index=True), pd.concat(unmatched, ignore_index=True)


def _pairs(slug: str, document: Document, gold: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    pairs = match_indicators([ind.text for ind in document.indicators], gold["text"].tolist())
    rows = []
    for i, j in pairs:
        ind = document.indicators[i]
        rows.append(
            {
                "doc": slug,
                "text": gold.loc[j, "text"],
                "gold_issue": gold.loc[j, "issue"],
                "pred_issue": ind.issue,
                "gold_level": gold.loc[j, "level"],
                "pred_level": ind.level,
                "gold_severity": int(gold.loc[j, "severity"]),
                "pred_severity": ind.severity,
                "local_level": ind.local_level,
            }
        )
    used_gold = {j for _, j in pairs}
    used_found = {i for i, _ in pairs}
    missed = [
        {"doc": slug, "kind": "missed", "issue": gold.loc[j, "issue"], "text": gold.loc[j, "text"]}
        for j in range(len(gold))
        if j not in used_gold
    ]
    spurious = [
        {"doc": slug, "kind": "spurious", "issue": ind.issue, "text": ind.text}
        for i, ind in enumerate(document.indicators)
        if i not in used_found
    ]
    return pd.DataFrame(rows), pd.DataFrame(missed + spurious, columns=["doc", "kind", "issue", "text"])


def score(matched: pd.DataFrame, unmatched: pd.DataFrame, human_kappa: dict[str, float] | None = None) -> Evaluation:
    """Per-issue precision/recall/F1 over the pipeline, level accuracy, severity MAE, kappas."""
    gold_labels = list(matched["gold_issue"]) + list(unmatched.loc[unmatched["kind"] == "missed", "issue"])
    pred_labels = list(matched["pred_issue"]) + ["(missed)"] * int((unmatched["kind"] == "missed").sum())
    gold_labels += ["(spurious)"] * int((unmatched["kind"] == "spurious").sum())
    pred_labels += list(unmatched.loc[unmatched["kind"] == "spurious", "issue"])
    issues = sorted(
        set(matched["gold_issue"]),
        key=lambda i: (i not in INQUIRY_ISSUES, INQUIRY_ISSUES.index(i) if i in INQUIRY_ISSUES else 0, i),
    )
    p, r, f, s = precision_recall_fscore_support(gold_labels, pred_labels, labels=issues, zero_division=0)
    per_issue = pd.DataFrame({"issue": issues, "precision": p, "recall": r, "f1": f, "support": s})
    gold_total = len(matched) + int((unmatched["kind"] == "missed").sum())
    level_ok = (matched["gold_level"] == matched["pred_level"].fillna("")).sum()
    lv_gold = matched["gold_level"].map(lambda x: LETTERS.index(x) if x in LETTERS else np.nan)
    lv_pred = matched["pred_level"].map(lambda x: LETTERS.index(x) if x in LETTERS else np.nan)
    keep = lv_pred.notna() & lv_gold.notna()
    figures = {
        "indicators_gold": float(gold_total),
        "extraction_recall": len(matched) / gold_total if gold_total else 0.0,
        "extraction_precision": len(matched) / (len(matched) + int((unmatched["kind"] == "spurious").sum()) or 1),
        "issue_accuracy": float((matched["gold_issue"] == matched["pred_issue"]).mean()),
        "level_accuracy": float(level_ok / len(matched)) if len(matched) else 0.0,
        "severity_mae": float((matched["gold_severity"] - matched["pred_severity"]).abs().mean()),
        "level_kappa_linear": float(
            cohen_kappa_score(lv_gold[keep].astype(int), lv_pred[keep].astype(int), weights="linear")
        ),
        "severity_kappa_linear": float(
            cohen_kappa_score(matched["gold_severity"], matched["pred_severity"], weights="linear")
        ),
        "inquiry_issue_min_f1": float(per_issue[per_issue["issue"].isin(INQUIRY_ISSUES)]["f1"].min()),
    }
    for key, value in (human_kappa or {}).items():
        figures[f"human_{key}"] = value
    errors = matched[
        (matched["gold_issue"] != matched["pred_issue"]) | (matched["gold_level"] != matched["pred_level"])
    ]
    return Evaluation(per_issue=per_issue, figures=figures, errors=errors)


def human_agreement(annotations: Path) -> dict[str, float]:
    """Kappas of the independent second coding (annotations/double_coding.csv), if present."""
    path = annotations / "double_coding.csv"
    if not path.exists():
        return {}
    second = pd.read_csv(path, keep_default_na=False)
    gold = pd.read_csv(annotations / "indicators.csv", keep_default_na=False)
    merged = second.merge(gold[["id", "issue", "level", "severity"]], on="id", suffixes=("_second", ""))
    if merged.empty:
        return {}
    placed = merged[merged["level"].isin(LETTERS) & merged["level_second"].isin(LETTERS)]
    lv = placed["level"].map(LETTERS.index)
    lv2 = placed["level_second"].map(LETTERS.index)
    return {
        "level_kappa_linear": float(cohen_kappa_score(lv, lv2, weights="linear")),
        "severity_kappa_linear": float(
            cohen_kappa_score(merged["severity"].astype(int), merged["severity_second"].astype(int), weights="linear")
        ),
        "issue_kappa": float(cohen_kappa_score(merged["issue"], merged["issue_second"])),
    }


# --- leave one layout family out ----------------------------------------------------------


def blind_documents(root: Path) -> pd.DataFrame:
    """Every blind-authored document: batch, slug, primary layout family, PDF path."""
    rows = []
    for batch in sorted(p for p in root.glob("batch*") if (p / "documents.csv").exists()):
        docs = pd.read_csv(batch / "documents.csv", keep_default_na=False, dtype=str)
        for row in docs.itertuples():
            family = str(row.layout_family).split("+")[0]
            rows.append(
                {"batch": batch.name, "doc": row.doc, "family": family, "pdf": batch / "pdf" / f"{row.doc}.pdf"}
            )
    return pd.DataFrame(rows, columns=["batch", "doc", "family", "pdf"])


def by_family(
    root: Path,
    extract_doc: Callable[[Path], Document],
    base: pd.DataFrame,
    families: list[str] | None = None,
) -> pd.DataFrame:
    """Per layout family: extraction figures, and issue / level accuracy of a model trained with
    that family's documents left out (LOFO) beside one trained with only the scored documents
    left out, two folds by document, the family's other documents included (pooled).

    ``base`` is training text that holds no blind document (the project's own corpus). The
    extractor itself learns nothing, so its recall and precision are the same in both columns.
    """
    from analyser.firstcontact import load_gold, score_batch

    every = blind_documents(root)  # every blind document can train; only the chosen families are scored
    docs = every[every["family"].isin(families)] if families else every
    family_of = {(r.batch, r.doc): r.family for r in every.itertuples()}
    gold_by_batch = {b: load_gold(root / b)[2] for b in every["batch"].unique()}
    extracted = {(r.batch, r.doc): extract_doc(r.pdf) for r in docs.itertuples()}

    def gold_rows(keep) -> pd.DataFrame:
        parts = []
        for batch, gold in gold_by_batch.items():
            mine = gold[gold["doc"].map(lambda d, b=batch: keep(b, d))]
            parts.append(mine.assign(doc=batch + "/" + mine["doc"]))
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    def score(held: pd.DataFrame, model: IndicatorModel) -> dict[str, float]:
        totals = dict.fromkeys(("gold", "found", "matched", "issue_ok", "level_ok"), 0)
        for batch, group in held.groupby("batch"):
            documents = {d: apply_model(copy.deepcopy(extracted[(batch, d)]), model) for d in group["doc"]}
            result = score_batch(root / batch, documents, only=set(group["doc"]))
            for row in result.per_doc.itertuples():
                totals["gold"] += row.gold
                totals["found"] += row.found
                totals["matched"] += row.matched
                totals["issue_ok"] += round(row.issue_acc * row.matched)
                totals["level_ok"] += round(row.level_acc * row.matched)
        m = totals["matched"] or 1
        return {
            "recall": totals["matched"] / (totals["gold"] or 1),
            "precision": totals["matched"] / (totals["found"] or 1),
            "issue_accuracy": totals["issue_ok"] / m,
            "level_accuracy": totals["level_ok"] / m,
        }

    fam_list = sorted(docs["family"].unique())
    rows = []
    for family in fam_list:
        held = docs[docs["family"] == family]
        lofo_train = gold_rows(lambda b, d, f=family: family_of.get((b, d)) != f)
        lofo = score(held, IndicatorModel().fit(_training_frame(base, lofo_train)))
        # pooled: two folds by document, so the family's other documents are in the training set
        halves = [held.iloc[0::2], held.iloc[1::2]]
        parts = []
        for half in (h for h in halves if len(h)):
            keys = set(zip(half["batch"], half["doc"], strict=True))
            train = gold_rows(lambda b, d, keys=keys: (b, d) not in keys)
            parts.append((len(half), score(half, IndicatorModel().fit(_training_frame(base, train)))))
        total = sum(n for n, _ in parts) or 1
        pooled = {k: sum(n * r[k] for n, r in parts) / total for k in ("issue_accuracy", "level_accuracy")}
        rows.append(
            {
                "family": family,
                "docs": len(held),
                "recall": lofo["recall"],
                "precision": lofo["precision"],
                "issue_acc_lofo": lofo["issue_accuracy"],
                "issue_acc_pooled": pooled["issue_accuracy"],
                "level_acc_lofo": lofo["level_accuracy"],
                "level_acc_pooled": pooled["level_accuracy"],
            }
        )
    return pd.DataFrame(rows)


def _training_frame(base: pd.DataFrame, blind: pd.DataFrame) -> pd.DataFrame:
    columns = ["doc", "text", "issue", "severity", "level"]
    frame = pd.concat([base[columns], blind[columns]], ignore_index=True)
    return frame[frame["issue"].astype(str) != ""].assign(severity=lambda f: f["severity"].astype(int))
