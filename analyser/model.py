"""The trained indicator model: issue(s), severity 1-6 and a text-only A-D estimate.

A spaCy `blank("en")` pipeline (lookup lemmatiser, a PhraseMatcher holding each issue's search
terms from the coding guide) turns wording into lemmas and term hits; scikit-learn linear models
over TF-IDF word and character n-grams plus those hits give calibrated probabilities. The rules
in `classify` remain the fallback when no model is available.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import spacy
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from analyser.classify import ISSUE_TERMS, issues_by_rules, severity_by_rules
from analyser.document import INQUIRY_ISSUES, LETTERS, Document

MODEL_VERSION = "2"  # bump whenever features or the class change: old files are then ignored
MODEL_PATH = Path(__file__).resolve().parent / "models" / f"indicator-model-v{MODEL_VERSION}.pkl"
#: A secondary issue is kept when its probability reaches this.
SECONDARY_THRESHOLD = 0.3


@lru_cache(maxsize=1)
def nlp() -> spacy.Language:
    """Tokeniser + lookup lemmatiser; tables come from spacy-lookups-data, no download."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


#: First-person indicators ("I am being bullied") read like third-person ones, so voice is not a feature.
VOICE = [
    (r"\bi am\b|\bi'm\b", "child is"),
    (r"\bi have\b|\bi've\b", "child has"),
    (r"\bmyself\b", "themselves"),
    (r"\bi\b|\bme\b", "child"),
    (r"\bmy\b", "child's"),
    (r"\bwe\b|\bus\b", "family"),
    (r"\bour\b", "family's"),
    (r"\b(mum|dad|mother|father|mummy|daddy)\b", "parent"),
]
_VOICE = [(re.compile(p), r) for p, r in VOICE]


def third_person(text: str) -> str:
    text = text.lower()
    for pattern, replacement in _VOICE:
        text = pattern.sub(replacement, text)
    return text


def lemmatise(texts: list[str]) -> list[str]:
    out = []
    for doc in nlp().pipe([third_person(t) for t in texts], batch_size=256):
        out.append(" ".join(tok.lemma_ or tok.text for tok in doc if not tok.is_space))
    return out


def term_features(texts: list[str]) -> sparse.csr_matrix:
    """One column per issue: does the wording hit that issue's search terms."""
    found = [set(issues_by_rules(t)) for t in texts]
    rows = [[1.0 if issue in hits else 0.0 for issue in ISSUE_TERMS] for hits in found]
    rules = [[severity_by_rules(t) / 6.0] for t in texts]
    return sparse.csr_matrix(np.hstack([np.array(rows), np.array(rules)]))


@dataclass
class Prediction:
    issue: str
    issues: list[str]
    confidence: float
    severity: int
    level_probs: dict[str, float]


class IndicatorModel:
    """fit(frame) / predict(texts); the frame has columns text, issue, severity, level."""

    def __init__(
        self,
        c_issue: float = 30.0,
        c_severity: float = 30.0,
        c_level: float = 2.0,
        term_weight: float = 2.0,
        char_ngrams: bool = True,
        class_weight: str | None = None,
    ) -> None:
        self.c_issue = c_issue
        self.c_severity = c_severity
        self.c_level = c_level
        self.term_weight = term_weight
        self.char_ngrams = char_ngrams
        self.class_weight = class_weight

    def _features(self, texts: list[str], fit: bool = False) -> sparse.csr_matrix:
        lemmas = lemmatise(texts)
        if fit:
            parts = [("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True))]
            if self.char_ngrams:
                parts.append(
                    ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True))
                )
            self.vectoriser_ = FeatureUnion(parts)
            text_x = self.vectoriser_.fit_transform(lemmas)
        else:
            text_x = self.vectoriser_.transform(lemmas)
        return sparse.hstack([text_x, term_features(texts) * self.term_weight]).tocsr()

    def fit(self, frame: pd.DataFrame) -> IndicatorModel:
        texts = frame["text"].astype(str).tolist()
        x = self._features(texts, fit=True)
        self.issue_ = LogisticRegression(C=self.c_issue, max_iter=3000, class_weight=self.class_weight).fit(
            x, frame["issue"].astype(str)
        )
        self.severity_ = LogisticRegression(C=self.c_severity, max_iter=3000).fit(x, frame["severity"].astype(int))
        levels = frame["level"].astype(str)
        placed = levels.isin(LETTERS).to_numpy()  # a no-needs level prescribes no letter to learn
        self.level_ = LogisticRegression(C=self.c_level, max_iter=3000).fit(x[placed], levels[placed])
        self.version_ = MODEL_VERSION
        return self

    def predict(self, texts: list[str]) -> list[Prediction]:
        if not texts:
            return []
        x = self._features(texts)
        issue_p = self.issue_.predict_proba(x)
        sev_p = self.severity_.predict_proba(x)
        level_p = self.level_.predict_proba(x)
        sev_classes = self.severity_.classes_.astype(float)
        out = []
        for i in range(len(texts)):
            order = [int(j) for j in np.argsort(-issue_p[i])]
            order = _search_terms_first(texts[i], order, self.issue_.classes_, issue_p[i])
            primary = str(self.issue_.classes_[order[0]])
            secondary = [str(self.issue_.classes_[j]) for j in order[1:4] if issue_p[i, j] >= SECONDARY_THRESHOLD]
            expected = float(np.dot(sev_p[i], sev_classes))
            out.append(
                Prediction(
                    issue=primary,
                    issues=[primary, *secondary],
                    confidence=float(issue_p[i, order[0]]),
                    severity=int(min(6, max(1, round(expected)))),
                    level_probs={str(c): float(p) for c, p in zip(self.level_.classes_, level_p[i], strict=True)},
                )
            )
        return out


#: Below this probability an inquiry issue needs one of its search terms in the wording.
TERMS_REQUIRED_BELOW = 0.6


def _search_terms_first(text: str, order: list[int], classes, probs) -> list[int]:
    """The inquiry's method: an indicator is coded to one of the five issues when the wording
    carries that issue's search terms, or the model is confident. Otherwise the next likeliest
    issue takes its place."""
    found = set(issues_by_rules(text))
    top = str(classes[order[0]])
    if top not in INQUIRY_ISSUES or top in found or probs[order[0]] >= TERMS_REQUIRED_BELOW:
        return order
    for k, j in enumerate(order):
        issue = str(classes[j])
        if issue not in INQUIRY_ISSUES or issue in found:
            return [j, *order[:k], *order[k + 1 :]]
    return order


def place(maps_to: list[str], prediction: Prediction) -> str | None:
    """The A-D letter within a local band: the band's letter, or the likelier letter by wording.

    No band (no level governs the indicator, or its level is one of no additional needs)
    means no letter: the document prescribes no response, and `text_level` keeps the guess.
    """
    if not maps_to:
        return None
    letters = sorted(maps_to, key=LETTERS.index)
    if len(letters) == 1:
        return letters[0]
    return max(letters, key=lambda ltr: prediction.level_probs.get(ltr, 0.0))


def apply_model(document: Document, model: IndicatorModel | None) -> Document:
    """Fill issue, severity, level and the text-only level of every indicator from the model."""
    if model is None or not document.indicators:
        return document
    predictions = model.predict([ind.text for ind in document.indicators])
    for ind, pred in zip(document.indicators, predictions, strict=True):
        level = document.level_of(ind.local_level)
        ind.issue, ind.issues, ind.confidence = pred.issue, pred.issues, round(pred.confidence, 3)
        ind.severity = pred.severity
        ind.level = place(level.maps_to if level else [], pred)
        ind.text_level = max(pred.level_probs, key=pred.level_probs.get)
    return document


def train(annotations: Path) -> IndicatorModel:
    frame = pd.read_csv(annotations / "indicators.csv", keep_default_na=False)
    return IndicatorModel().fit(frame)


def save(model: IndicatorModel, path: Path = MODEL_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(model, handle)
    return path


@lru_cache(maxsize=1)
def fingerprint(path: Path = MODEL_PATH) -> str:
    """Short hash of the model file, so cached results follow a retrained model."""
    if not path.exists():
        return "rules"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> IndicatorModel | None:
    """The shipped model, or None when it has not been trained (the rules then apply)."""
    if not path.exists():
        return None
    try:
        with open(path, "rb") as handle:
            model = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, AttributeError, ImportError, EOFError):
        return None
    if getattr(model, "version_", None) != MODEL_VERSION:
        return None  # built by another version of this package: the rules apply until retrained
    return model
