"""The trained indicator model: polarity, issue(s), severity 1-6 and a text-only A-D estimate.

Three decisions, in order, all from the wording:
1. polarity: is the text a strength (protective factor) or a concern? Strengths share an issue's
   words ("lives in safe, suitable housing", "no concerns about bullying"), so bag-of-words alone
   codes them as concerns of that issue (issue 13). Words a negator governs are marked
   ("NEG_bully"), and cue columns flag negated search terms, history, resolution and contrast;
2. the issue, among concerns (multinomial logistic regression);
3. severity as an ordinal model (`OrdinalLogistic`): the steps are ordered, so a model of
   cumulative cuts wastes less data on the rare steps than a multinomial one.

A spaCy `blank("en")` pipeline (lookup lemmatiser, no download) turns wording into lemmas;
scikit-learn linear models over TF-IDF word and character n-grams plus the coding guide's
search-term hits give calibrated probabilities. The rules in `classify` remain the fallback when
no model is available. Why this model and not spaCy's textcat or v2: `analyser/modelcheck.py` and
README, "How the figures are measured".
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import spacy
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analyser.classify import ISSUE_TERMS, issues_by_rules, severity_by_rules
from analyser.document import INQUIRY_ISSUES, LETTERS, Document
from analyser.training import TrainingSources
from analyser.training import load as load_training

MODEL_VERSION = "3"  # bump whenever features or the class change: old files are then ignored
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
    """One column per issue: does the wording hit that issue's search terms (today's model, v2)."""
    found = [set(issues_by_rules(t)) for t in texts]
    rows = [[1.0 if issue in hits else 0.0 for issue in ISSUE_TERMS] for hits in found]
    rules = [[severity_by_rules(t) / 6.0] for t in texts]
    return sparse.csr_matrix(np.hstack([np.array(rows), np.array(rules)]))


# --- Negation and scope -------------------------------------------------------------------
# A strength often shares every content word with a concern ("no concerns about bullying",
# "not known to have self-harmed", "previous self-harm, now settled"). Bag-of-words cannot tell
# them apart; marking the words a negator governs ("NEG_bully") and a few cue columns can.

#: Words that open a negation scope.
NEGATORS = frozenset(
    {"no", "not", "never", "without", "nor", "none", "deny", "denies", "denied", "n't", "cannot", "nothing", "neither"}
)
#: Words and marks that close a scope: the contrast words leave the concern standing after them.
SCOPE_BREAKERS = frozenset(
    {",", ";", ".", ":", "!", "?", "(", ")"}
    | {"but", "although", "though", "however", "yet", "except", "whereas", "while"}
)
#: A scope governs at most this many tokens.
SCOPE_LENGTH = 8

_NEG_SPAN = re.compile(
    r"(?:\b(?:no|not|never|without|nor|none|den(?:y|ies|ied)|cannot|nothing|neither)\b|n't)"
    r"[^,;.:!?()]*?(?=[,;.:!?()]|\b(?:but|although|though|however|yet|except|whereas|while)\b|$)"
)
#: Cue columns: each is one regular expression over the lower-cased text.
CUES: dict[str, str] = {
    "negator": r"\b(no|not|never|without|nor|none|den(y|ies|ied))\b|n't",
    "negated_concern": r"\bno (current |known |significant |ongoing |further |other |identified |recent "
    r"|evidence of |reported )*"
    r"(concerns?|worries|issues|history|evidence|signs?|indications?|incidents?|reports?|problems?|difficult)",
    "not_known": r"\bnot known to|\bno known\b|not (been )?(involved|affected)",
    "contrast": r"\b(but|although|though|however|yet|despite|whereas)\b",
    "historic": r"\b(previous(ly)?|historic(al)?|history of|in the past|years ago|past|former(ly)?|used to)\b",
    "resolved": r"\b(now settled|resolved|no longer|has stopped|stopped|ceased|well for"
    r"|now (stable|settled|well|safe|lives?|living|has)"
    r"|successfully|has recovered|recovered)\b",
    "positive": r"\b(good|well|safe(ly)?|secure(ly)?|appropriate(ly)?|adequate(ly)?|stable|positive(ly)?|supportive"
    r"|consistent(ly)?"
    r"|healthy|suitable|able to|enjoys?|happy|thriv\w*|meets?|met|up to date|regular(ly)?|strong|warm|loving|settled"
    r"|confident|protective|reliable|caring|nurturing|attends|engag\w*|achiev\w*|resilien\w*|trusted|calm"
    r"|amicabl\w*|co-?parent)\b",
    "worry": r"\b(concern(s|ed|ing)?|worr(y|ies|ied)|risk|harm|unable|poor|lack|limited|struggl\w*|difficult\w*"
    r"|unsafe|inadequate"
    r"|frequent(ly)?|persistent(ly)?|repeated(ly)?|serious|severe|escalat\w*|refus\w*|missed|at risk)\b",
}
_CUES = [re.compile(p) for p in CUES.values()]


def mark_negation(lemmas: str) -> str:
    """Prefix the tokens a negator governs with NEG_, up to a breaker or `SCOPE_LENGTH` tokens."""
    out, left = [], 0
    for token in lemmas.split():
        if token in SCOPE_BREAKERS:
            left = 0
            out.append(token)
        elif token in NEGATORS:
            left = SCOPE_LENGTH
            out.append(token)
        elif left > 0:
            out.append("NEG_" + token)
            left -= 1
        else:
            out.append(token)
    return " ".join(out)


def negated_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` (lower-cased) inside a negation scope."""
    return [m.span() for m in _NEG_SPAN.finditer(text)]


def scope_features(texts: list[str]) -> sparse.csr_matrix:
    """Per issue, a search-term hit outside any negation and one inside; the cue columns; the
    rules' severity. "No concerns about bullying" hits bullying *negated*, which is a strength cue."""
    rows = []
    for text in texts:
        lowered = text.lower()
        spans = negated_spans(lowered)
        affirmed, negated = [], []
        for pattern in _ISSUE_PATTERNS:
            hits = [m.start() for m in pattern.finditer(lowered)]
            inside = [h for h in hits if any(a <= h < b for a, b in spans)]
            affirmed.append(1.0 if len(hits) > len(inside) else 0.0)
            negated.append(1.0 if inside else 0.0)
        cues = [1.0 if c.search(lowered) else 0.0 for c in _CUES]
        rows.append(affirmed + negated + cues + [severity_by_rules(text) / 6.0])
    return sparse.csr_matrix(np.array(rows, dtype=float))


_ISSUE_PATTERNS = [re.compile(p) for p in ISSUE_TERMS.values()]


# --- Severity as an ordinal model ---------------------------------------------------------


class OrdinalLogistic(BaseEstimator, ClassifierMixin):
    """All-threshold ordinal regression from binary logistic models: one per cut, P(y > k).

    Severity is ordered; a multinomial model treats 2 and 5 as equally wrong for a 1. Each cut's
    model sees every row (all-threshold), so rare steps borrow strength from their neighbours.
    Cumulative probabilities are made monotone before differencing, so the class probabilities are
    non-negative and sum to 1. The point prediction is the median class, which minimises the
    expected absolute error that a linear-weighted kappa counts.
    """

    def __init__(self, c: float = 10.0, predict_by: str = "median") -> None:
        self.c = c
        self.predict_by = predict_by

    def fit(self, x, y) -> OrdinalLogistic:
        y = np.asarray(y).astype(int)
        self.classes_ = np.unique(y)
        self.cuts_ = []
        for k in self.classes_[:-1]:
            above = (y > k).astype(int)
            # liblinear: a binary problem on sparse text is several times faster than with lbfgs
            self.cuts_.append(LogisticRegression(C=self.c, solver="liblinear").fit(x, above))
        return self

    def predict_proba(self, x) -> np.ndarray:
        n = x.shape[0]
        if not self.cuts_:
            return np.ones((n, 1))
        above = np.column_stack([m.predict_proba(x)[:, 1] for m in self.cuts_])
        above = np.minimum.accumulate(above, axis=1)  # P(y > k) cannot grow with k
        cumulative = np.hstack([np.ones((n, 1)), above, np.zeros((n, 1))])
        return cumulative[:, :-1] - cumulative[:, 1:]

    def predict(self, x) -> np.ndarray:
        return self.point(self.predict_proba(x))

    def point(self, probs: np.ndarray) -> np.ndarray:
        if self.predict_by == "expected":
            expected = np.rint(probs @ self.classes_.astype(float))
            return np.clip(expected, self.classes_[0], self.classes_[-1]).astype(int)
        below = np.cumsum(probs, axis=1)
        return self.classes_[np.argmax(below >= 0.5, axis=1)]


# --- The model ----------------------------------------------------------------------------


@dataclass
class Prediction:
    issue: str
    issues: list[str]
    confidence: float
    severity: int
    level_probs: dict[str, float]
    #: Probability that the text is a strength (a protective factor), not a concern. Strengths
    #: carry no issue and no level: the extractor moves those at >= `STRENGTH_THRESHOLD` apart.
    strength: float = 0.0
    #: Every issue's probability (sums to 1), for calibration and for the app.
    issue_probs: dict[str, float] = field(default_factory=dict)


#: A candidate whose strength probability reaches this is a strength (unless context says otherwise).
STRENGTH_THRESHOLD = 0.5


class IndicatorModel(BaseEstimator):
    """fit(frame) / predict(texts): polarity, then issue(s), ordinal severity, text-only level.

    The frame has columns text, issue, severity, level and optionally polarity ("concern" or
    "strength") and issues. Strength rows train the polarity model only; the issue and severity
    models learn from concerns; the level model from rows that carry an A-D letter. A scikit-learn
    estimator: parameters are set in `__init__` only, so `clone` and `get_params` work.

    `scope=False, ordinal=False` is the v2 model (words, characters and search-term hits, a
    multinomial severity), kept for the model comparison.
    """

    def __init__(
        self,
        c_issue: float = 30.0,
        c_severity: float = 30.0,
        c_level: float = 2.0,
        c_polarity: float = 10.0,
        term_weight: float = 2.0,
        char_ngrams: bool = True,
        class_weight: str | None = None,
        scope: bool = True,
        ordinal: bool = True,
        terms_required_below: float | None = None,
        polarity_weight: str | None = "balanced",
        tol: float = 1e-3,
    ) -> None:
        self.c_issue = c_issue
        self.c_severity = c_severity
        self.c_level = c_level
        self.c_polarity = c_polarity
        self.term_weight = term_weight
        self.char_ngrams = char_ngrams
        self.class_weight = class_weight
        self.scope = scope
        self.ordinal = ordinal
        self.terms_required_below = terms_required_below
        self.polarity_weight = polarity_weight
        self.tol = tol

    def _features(self, texts: list[str], fit: bool = False) -> sparse.csr_matrix:
        lemmas = lemmatise(texts)
        words = [mark_negation(t) for t in lemmas] if self.scope else lemmas
        if fit:
            self.words_ = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, token_pattern=r"\S+")
            text_x = [self.words_.fit_transform(words)]
            if self.char_ngrams:
                self.chars_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
                text_x.append(self.chars_.fit_transform(lemmas))
        else:
            text_x = [self.words_.transform(words)]
            if self.char_ngrams:
                text_x.append(self.chars_.transform(lemmas))
        extra = scope_features(texts) if self.scope else term_features(texts)
        return sparse.hstack([*text_x, extra * self.term_weight]).tocsr()

    def fit(self, frame: pd.DataFrame, y: None = None) -> IndicatorModel:
        frame = frame.reset_index(drop=True)
        texts = frame["text"].astype(str).tolist()
        x = self._features(texts, fit=True)
        polarity = frame["polarity"].astype(str) if "polarity" in frame else pd.Series("concern", index=frame.index)
        strong = (polarity == "strength").to_numpy()
        self.polarity_ = None
        if strong.any() and (~strong).any():
            self.polarity_ = LogisticRegression(
                C=self.c_polarity, solver="liblinear", class_weight=self.polarity_weight
            ).fit(x, strong.astype(int))
        concern = ~strong
        xc = x[concern]
        self.issue_ = LogisticRegression(
            C=self.c_issue, max_iter=3000, tol=self.tol, class_weight=self.class_weight
        ).fit(xc, frame.loc[concern, "issue"].astype(str))
        severity = frame.loc[concern, "severity"].astype(int)
        if self.ordinal:
            self.severity_ = OrdinalLogistic(c=self.c_severity).fit(xc, severity)
        else:
            self.severity_ = LogisticRegression(C=self.c_severity, max_iter=3000).fit(xc, severity)
        lettered = frame["level"].astype(str).isin(LETTERS).to_numpy()
        self.level_ = None  # phrases have no document, hence no level: a frame of them alone has none
        if len(set(frame.loc[lettered, "level"])) > 1:
            self.level_ = LogisticRegression(C=self.c_level, max_iter=3000).fit(
                x[lettered], frame.loc[lettered, "level"]
            )
        self.version_ = MODEL_VERSION
        return self

    def strength_proba(self, x: sparse.csr_matrix) -> np.ndarray:
        if self.polarity_ is None:
            return np.zeros(x.shape[0])
        return self.polarity_.predict_proba(x)[:, 1]

    def predict(self, texts: list[str]) -> list[Prediction]:
        if not texts:
            return []
        x = self._features(texts)
        strength = self.strength_proba(x)
        issue_p = self.issue_.predict_proba(x)
        sev_p = self.severity_.predict_proba(x)
        level_p = self.level_.predict_proba(x) if self.level_ is not None else None
        level_classes = self.level_.classes_ if self.level_ is not None else []
        if self.ordinal:
            severities = self.severity_.point(sev_p)
        else:
            expected = sev_p @ self.severity_.classes_.astype(float)
            severities = np.clip(np.rint(expected), 1, 6)
        classes = self.issue_.classes_
        out = []
        for i in range(len(texts)):
            order = [int(j) for j in np.argsort(-issue_p[i], kind="stable")]
            if self.terms_required_below is not None:
                order = _search_terms_first(texts[i], order, classes, issue_p[i], self.terms_required_below)
            primary = str(classes[order[0]])
            secondary = [str(classes[j]) for j in order[1:4] if issue_p[i, j] >= SECONDARY_THRESHOLD]
            out.append(
                Prediction(
                    issue=primary,
                    issues=[primary, *secondary],
                    confidence=float(issue_p[i, order[0]]),
                    severity=int(min(6, max(1, severities[i]))),
                    level_probs={str(c): float(level_p[i, k]) for k, c in enumerate(level_classes)},
                    strength=float(strength[i]),
                    issue_probs={str(c): float(p) for c, p in zip(classes, issue_p[i], strict=True)},
                )
            )
        return out


#: Below this probability an inquiry issue needs one of its search terms in the wording (v2).
TERMS_REQUIRED_BELOW = 0.6


def _search_terms_first(text: str, order: list[int], classes, probs, below: float = TERMS_REQUIRED_BELOW) -> list[int]:
    """The inquiry's method: an indicator is coded to one of the five issues when the wording
    carries that issue's search terms, or the model is confident. Otherwise the next likeliest
    issue takes its place."""
    found = set(issues_by_rules(text))
    top = str(classes[order[0]])
    if top not in INQUIRY_ISSUES or top in found or probs[order[0]] >= below:
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


def apply_model(document: Document, model: IndicatorModel | None, strengths: bool = False) -> Document:
    """Fill issue, severity, level and the text-only level of every indicator from the model.

    With `strengths=True`, indicators the model reads as strengths (probability >=
    `STRENGTH_THRESHOLD`) move to `document.strengths` with no issue, severity or level: the
    inquiry counted concerns only. The extractor decides when context overrides the wording.
    """
    if model is None or not document.indicators:
        return document
    predictions = model.predict([ind.text for ind in document.indicators])
    kept = []
    for ind, pred in zip(document.indicators, predictions, strict=True):
        if strengths and pred.strength >= STRENGTH_THRESHOLD:
            ind.issue, ind.issues, ind.severity, ind.level, ind.text_level = "other", [], None, None, None
            ind.confidence = round(pred.strength, 3)
            document.strengths.append(ind)
            continue
        level = document.level_of(ind.local_level)
        ind.issue, ind.issues, ind.confidence = pred.issue, pred.issues, round(pred.confidence, 3)
        ind.severity = pred.severity
        ind.level = place(level.maps_to if level else [], pred)
        ind.text_level = max(pred.level_probs, key=pred.level_probs.get) if pred.level_probs else None
        kept.append(ind)
    document.indicators = kept
    return document


def train(annotations: Path | None = None, sources: TrainingSources | None = None) -> IndicatorModel:
    """The shipped model, trained on every allowed source (`training.TrainingSources`)."""
    if sources is None:
        sources = TrainingSources() if annotations is None else TrainingSources(annotations=annotations)
    return IndicatorModel().fit(load_training(sources))


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
