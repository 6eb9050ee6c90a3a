"""The indicator model measured on text it never saw, and the comparison that chose it.

Text-level scores (the indicator texts alone, no extraction), so that a model is judged on its
own decisions: polarity (strength vs concern), then issue, then severity.

Held-out sets:
- the phrase bank's `test` split, scored by a model trained on every other allowed source;
- leave-one-batch-out on the blind batches: a batch is scored by a model trained on the own
  corpus, the phrase bank's train split and the *other* batch, so it is at first contact.

Gold and predicted labels are "strength" or an issue: a strength called a concern counts against
the issue it was given, which is how a user meets it. Run `python -m analyser.modelcheck` for
the comparison table (README, "How the figures are measured", holds the measured table).

Measured with this module (cells: precision/recall; strength F1; issue accuracy on concerns):

| model | held out | DV | self-harm | housing | bullying | physical | strength F1 | issue acc. |
|---|---|---|---|---|---|---|---|---|
| a: v2, own corpus | phrases | 0.81/0.56 | 0.94/0.67 | 0.70/0.60 | 0.86/0.67 | 0.93/0.81 | 0.00 | 0.651 |
| a: v2, own corpus | batch1 | 0.92/0.72 | 1.00/0.96 | 0.89/0.91 | 1.00/0.93 | 0.94/0.87 | 0.00 | 0.829 |
| a: v2, own corpus | batch3 | 0.92/0.96 | 1.00/0.94 | 0.86/0.92 | 1.00/0.91 | 1.00/0.91 | 0.00 | 0.878 |
| b: scope, ordinal | phrases | 0.76/0.65 | 0.95/0.77 | 0.69/0.90 | 0.86/0.90 | 0.85/0.85 | 0.74 | 0.743 |
| b: scope, ordinal | batch1 | 0.96/0.96 | 1.00/1.00 | 0.94/1.00 | 1.00/1.00 | 0.88/0.95 | 0.92 | 0.928 |
| b: scope, ordinal | batch3 | 0.96/0.98 | 1.00/1.00 | 0.90/1.00 | 1.00/1.00 | 0.98/1.00 | 0.92 | 0.932 |
| c: spaCy textcat | phrases | 0.75/0.79 | 0.91/0.88 | 0.66/0.78 | 0.88/0.77 | 0.71/0.92 | 0.71 | 0.718 |
| c: spaCy textcat | batch1 | 0.90/0.93 | 0.82/1.00 | 0.87/1.00 | 0.88/1.00 | 0.83/0.97 | 0.81 | 0.849 |
| c: spaCy textcat | batch3 | 0.86/0.98 | 0.97/1.00 | 0.90/1.00 | 0.97/1.00 | 0.86/0.95 | 0.85 | 0.910 |

b is shipped (`IndicatorModel()`'s defaults).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from analyser.document import INQUIRY_ISSUES, ISSUES
from analyser.model import STRENGTH_THRESHOLD, IndicatorModel
from analyser.training import TrainingSources, blind_batch, phrase_bank
from analyser.training import load as load_training

STRENGTH = "strength"
#: Reliability-curve bins of the issue confidence.
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


@dataclass
class Scores:
    """What a model scored on one held-out set."""

    labels: pd.DataFrame  # gold, pred, confidence, strength, gold_severity, pred_severity
    per_issue: pd.DataFrame
    figures: dict[str, float]
    reliability: pd.DataFrame = field(default_factory=pd.DataFrame)


class Option:
    """A model under comparison: fit on a training frame, score texts."""

    name: str = ""

    def fit(self, frame: pd.DataFrame) -> Option:
        raise NotImplementedError

    def score(self, texts: list[str]) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
        """(strength probability, primary issue, its probability, severity) per text."""
        raise NotImplementedError


class LinearOption(Option):
    """An `IndicatorModel` with the given parameters."""

    def __init__(self, name: str, **params: object) -> None:
        self.name = name
        self.params = params

    def fit(self, frame: pd.DataFrame) -> LinearOption:
        self.model = IndicatorModel(**self.params).fit(frame)
        return self

    def score(self, texts: list[str]) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
        preds = self.model.predict(texts)
        return (
            np.array([p.strength for p in preds]),
            [p.issue for p in preds],
            np.array([p.confidence for p in preds]),
            np.array([p.severity for p in preds]),
        )


class SpacyOption(Option):
    """spaCy `textcat_multilabel` on `spacy.blank("en")`, trained here: no vectors, no download.

    Labels are every issue (primary and secondary, so multilabel is used as such) plus
    STRENGTH. Issue probabilities are the issue scores renormalised; severity is not its job
    (it reports the linear model's ordinal severity so the row stays comparable).
    """

    name = "c: spaCy textcat_multilabel"

    def __init__(self, epochs: int = 8, seed: int = 0) -> None:
        self.epochs = epochs
        self.seed = seed

    def fit(self, frame: pd.DataFrame) -> SpacyOption:
        import random

        import spacy
        from spacy.training import Example
        from spacy.util import fix_random_seed, minibatch

        fix_random_seed(self.seed)
        self.labels = [*ISSUES, "STRENGTH"]
        nlp = spacy.blank("en")
        textcat = nlp.add_pipe("textcat_multilabel")
        for label in self.labels:
            textcat.add_label(label)
        examples = []
        for text, polarity, issues in zip(frame["text"], frame["polarity"], frame["issues"], strict=True):
            wanted = {"STRENGTH"} if polarity == STRENGTH else set(str(issues).split(";"))
            cats = {label: float(label in wanted) for label in self.labels}
            examples.append(Example.from_dict(nlp.make_doc(str(text)), {"cats": cats}))
        optimizer = nlp.initialize(lambda: examples)
        rng = random.Random(self.seed)
        for _ in range(self.epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=32):
                nlp.update(batch, sgd=optimizer, drop=0.2)
        self.nlp = nlp
        self.severity = IndicatorModel().fit(frame)  # severity only, for a comparable row
        return self

    def score(self, texts: list[str]) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
        strength, issues, conf = [], [], []
        for doc in self.nlp.pipe(texts, batch_size=128):
            strength.append(doc.cats["STRENGTH"])
            probs = np.array([doc.cats[i] for i in ISSUES])
            probs = probs / max(probs.sum(), 1e-9)
            best = int(np.argmax(probs))
            issues.append(ISSUES[best])
            conf.append(float(probs[best]))
        severity = np.array([p.severity for p in self.severity.predict(texts)])
        return np.array(strength), issues, np.array(conf), severity


def options() -> list[Callable[[], Option]]:
    """The compared models (fresh instances each time)."""
    return [
        lambda: LinearOption(
            "a: v2 (today's), own corpus only", scope=False, ordinal=False, c_severity=30.0, terms_required_below=0.6
        ),
        lambda: LinearOption(
            "a': v2 features, all sources", scope=False, ordinal=False, c_severity=30.0, terms_required_below=0.6
        ),
        lambda: LinearOption("b: linear + negation/scope, ordinal severity"),
        lambda: SpacyOption(),
    ]


def labels_of(frame: pd.DataFrame) -> list[str]:
    return [STRENGTH if p == STRENGTH else i for p, i in zip(frame["polarity"], frame["issue"], strict=True)]


def evaluate_option(option: Option, train: pd.DataFrame, test: pd.DataFrame) -> tuple[Scores, float, float]:
    """Fit on `train`, score `test`; also (training seconds, texts per second)."""
    started = time.perf_counter()
    option.fit(train)
    fit_seconds = time.perf_counter() - started
    texts = test["text"].tolist()
    started = time.perf_counter()
    strength, issue, confidence, severity = option.score(texts)
    speed = len(texts) / max(time.perf_counter() - started, 1e-9)
    return score(test, strength, issue, confidence, severity), fit_seconds, speed


def score(
    test: pd.DataFrame, strength: np.ndarray, issue: list[str], confidence: np.ndarray, severity: np.ndarray
) -> Scores:
    """Per-issue precision and recall (strengths a class of their own), strength F1, calibration."""
    gold = labels_of(test)
    pred = [STRENGTH if s >= STRENGTH_THRESHOLD else i for s, i in zip(strength, issue, strict=True)]
    labels = pd.DataFrame(
        {
            "text": test["text"].tolist(),
            "gold": gold,
            "pred": pred,
            "confidence": confidence,
            "strength": strength,
            "gold_severity": test["severity"].astype(int).tolist(),
            "pred_severity": severity,
        }
    )
    wanted = [*INQUIRY_ISSUES, STRENGTH]
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=wanted, zero_division=0)
    per_issue = pd.DataFrame({"issue": wanted, "precision": p, "recall": r, "f1": f, "support": s})
    concerns = labels[labels["gold"] != STRENGTH]
    figures = {
        "five_min_precision": float(min(p[:5])),
        "five_min_recall": float(min(r[:5])),
        "strength_f1": float(f[-1]),
        "issue_accuracy": float((concerns["gold"] == concerns["pred"]).mean()),
    }
    both = concerns[concerns["pred"] != STRENGTH]
    if both["pred_severity"].astype(float).gt(0).any():
        figures["severity_kappa_linear"] = float(
            cohen_kappa_score(both["gold_severity"], both["pred_severity"].astype(int), weights="linear")
        )
    reliability = reliability_table(both["confidence"].to_numpy(), (both["gold"] == both["pred"]).to_numpy())
    figures["ece"] = float(
        (reliability["n"] * (reliability["mean_confidence"] - reliability["accuracy"]).abs()).sum()
        / max(1, reliability["n"].sum())
    )
    return Scores(labels=labels, per_issue=per_issue, figures=figures, reliability=reliability)


def reliability_table(confidence: np.ndarray, correct: np.ndarray) -> pd.DataFrame:
    """Predicted-probability bins against observed accuracy (a reliability curve as a table)."""
    rows = []
    for low, high in zip(BINS[:-1], BINS[1:], strict=True):
        inside = (confidence >= low) & (confidence < high)
        if inside.any():
            rows.append(
                {
                    "bin": f"{low:.2f}-{min(high, 1.0):.2f}",
                    "n": int(inside.sum()),
                    "mean_confidence": float(confidence[inside].mean()),
                    "accuracy": float(correct[inside].mean()),
                }
            )
    return pd.DataFrame(rows, columns=["bin", "n", "mean_confidence", "accuracy"])


def costly_confusions(labels: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """The (gold, predicted) pairs that cost most, counted over the five issues and strengths."""
    wrong = labels[(labels["gold"] != labels["pred"])]
    keep = wrong["gold"].isin([*INQUIRY_ISSUES, STRENGTH]) | wrong["pred"].isin([*INQUIRY_ISSUES, STRENGTH])
    pairs = wrong[keep].groupby(["gold", "pred"]).size().rename("count").reset_index()
    return pairs.sort_values(["count", "gold", "pred"], ascending=[False, True, True]).head(top).reset_index(drop=True)


def held_out_runs(sources: TrainingSources | None = None) -> list[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """(name, train, test): the phrase-bank test split, then each blind batch left out."""
    sources = sources or TrainingSources()
    runs = [("phrase test", load_training(sources), _prepared(phrase_bank(sources.annotations, ("test",))))]
    for batch in sources.blind_batches:
        others = tuple(b for b in sources.blind_batches if b != batch)
        runs.append(
            (
                f"{batch} left out",
                load_training(replace(sources, blind_batches=others)),
                _prepared(blind_batch(sources.blind_root / batch)),
            )
        )
    return runs


def _prepared(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["severity"] = pd.to_numeric(frame["severity"], errors="coerce").fillna(0).astype(int)
    return frame.reset_index(drop=True)


def severity_cv(frame: pd.DataFrame, folds: int = 5, **params: object) -> dict[str, float]:
    """Grouped cross-validation of severity on concerns: linear-weighted kappa, MAE, exact share."""
    concerns = frame[frame["polarity"] != STRENGTH].reset_index(drop=True)
    gold, pred = [], []
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(concerns, groups=concerns["group"]):
        model = IndicatorModel(**params).fit(concerns.iloc[train_idx])
        test = concerns.iloc[test_idx]
        pred.extend(p.severity for p in model.predict(test["text"].tolist()))
        gold.extend(test["severity"].astype(int))
    gold_a, pred_a = np.array(gold), np.array(pred)
    return {
        "kappa_linear": float(cohen_kappa_score(gold_a, pred_a, weights="linear")),
        "mae": float(np.abs(gold_a - pred_a).mean()),
        "exact": float((gold_a == pred_a).mean()),
        "n": float(len(gold_a)),
    }


def out_of_fold(frame: pd.DataFrame, folds: int = 5, **params: object) -> Scores:
    """Grouped cross-validation over a training pool: every text scored by a model blind to its group."""
    frame = frame.reset_index(drop=True)
    parts = []
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(frame, groups=frame["group"]):
        option = LinearOption("cv", **params).fit(frame.iloc[train_idx])
        test = frame.iloc[test_idx]
        strength, issue, confidence, severity = option.score(test["text"].tolist())
        parts.append((test, strength, issue, confidence, severity))
    test = pd.concat([p[0] for p in parts], ignore_index=True)
    return score(
        test,
        np.concatenate([p[1] for p in parts]),
        [i for p in parts for i in p[2]],
        np.concatenate([p[3] for p in parts]),
        np.concatenate([p[4] for p in parts]),
    )


@dataclass
class TextReport:
    """Per issue: cross-validated beside blind (first contact) figures, and the costly confusions."""

    per_issue: pd.DataFrame
    figures: dict[str, float]
    confusions: pd.DataFrame


def text_report(sources: TrainingSources | None = None, folds: int = 5) -> TextReport:
    """What `threshold-analyser evaluate` prints about the model on text alone.

    `cv_*`: grouped cross-validation over the training pool. `blind_*`: each blind batch scored by
    a model that never saw it (leave-one-batch-out, the first-contact situation), pooled.
    `phrase_*`: the phrase bank's held-out test split.
    """
    sources = sources or TrainingSources()
    cv = out_of_fold(load_training(sources), folds)
    runs = held_out_runs(sources)
    phrase_run, batch_runs = runs[0], runs[1:]
    phrase = evaluate_option(LinearOption("shipped"), phrase_run[1], phrase_run[2])[0]
    blind_labels = [evaluate_option(LinearOption("shipped"), train, test)[0].labels for _, train, test in batch_runs]
    blind = _rescore(pd.concat(blind_labels, ignore_index=True)) if blind_labels else None
    table = cv.per_issue[["issue"]].copy()
    for prefix, result in (("cv", cv), ("blind", blind), ("phrase", phrase)):
        if result is None:
            continue
        table[f"{prefix}_precision"] = result.per_issue["precision"].to_numpy()
        table[f"{prefix}_recall"] = result.per_issue["recall"].to_numpy()
        table[f"{prefix}_n"] = result.per_issue["support"].to_numpy()
    figures = {f"cv_{k}": v for k, v in cv.figures.items()}
    figures.update({f"phrase_{k}": v for k, v in phrase.figures.items()})
    if blind is not None:
        figures.update({f"blind_{k}": v for k, v in blind.figures.items()})
    confusions = costly_confusions(blind.labels if blind is not None else phrase.labels)
    return TextReport(per_issue=table, figures=figures, confusions=confusions)


def _rescore(labels: pd.DataFrame) -> Scores:
    """Scores recomputed from pooled label rows (several held-out runs as one)."""
    frame = pd.DataFrame(
        {
            "text": labels["text"],
            "polarity": [STRENGTH if g == STRENGTH else "concern" for g in labels["gold"]],
            "issue": [g if g != STRENGTH else "" for g in labels["gold"]],
            "severity": labels["gold_severity"],
        }
    )
    issues = [p if p != STRENGTH else "other" for p in labels["pred"]]
    strength = np.where(labels["pred"] == STRENGTH, 1.0, 0.0)
    return score(frame, strength, issues, labels["confidence"].to_numpy(), labels["pred_severity"].to_numpy())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-spacy", action="store_true", help="leave out the spaCy option (slow to train)")
    parser.add_argument("--only", default="", help="run only the options whose name starts with this")
    parser.add_argument("--severity-cv", action="store_true", help="also cross-validate severity (ordinal vs not)")
    args = parser.parse_args(argv)
    runs = held_out_runs()
    own_only = TrainingSources(phrase_bank=False, blind_batches=())
    for make in options():
        option = make()
        if (args.skip_spacy and isinstance(option, SpacyOption)) or not option.name.startswith(args.only):
            continue
        for run_name, train, test in runs:
            if option.name.startswith("a:"):
                train = load_training(own_only)
            result, fit_s, speed = evaluate_option(option, train, test)
            cells = " | ".join(
                f"{result.per_issue.at[i, 'precision']:.2f}/{result.per_issue.at[i, 'recall']:.2f}" for i in range(5)
            )
            fig = result.figures
            print(
                f"| {option.name} | {run_name} | {cells} | {fig['strength_f1']:.2f} | {fig['issue_accuracy']:.3f}"
                f" | {fig.get('severity_kappa_linear', float('nan')):.3f} | {fig['ece']:.3f}"
                f" | {speed:,.0f} | {fit_s:.0f} |",
                flush=True,
            )
            if run_name == "phrase test":
                print(result.reliability.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
                print(costly_confusions(result.labels).to_string(index=False))
    if args.severity_cv:
        pool = load_training()
        for label, params in (("ordinal", {}), ("multinomial", {"ordinal": False, "c_severity": 30.0})):
            print("severity CV", label, severity_cv(pool, **params), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
