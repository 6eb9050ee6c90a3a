"""The indicator model's contract (fit/predict) and its invariants, trained for real on small real data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from analyser import training
from analyser.classify import ISSUE_TERMS, place_in_band
from analyser.document import INQUIRY_ISSUES, ISSUES, LETTERS, Document, Indicator
from analyser.model import (
    STRENGTH_THRESHOLD,
    IndicatorModel,
    OrdinalLogistic,
    apply_model,
    mark_negation,
    place,
    scope_features,
    third_person,
)
from analyser.modelcheck import reliability_table
from tests.conftest import ANNOTATIONS


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / "indicators.csv", keep_default_na=False)


@pytest.fixture(scope="module")
def held_out(gold):
    """A model that never saw redwater, and redwater's indicators (own corpus only, as in v2)."""
    train = gold[gold["doc"] != "redwater"]
    test = gold[(gold["doc"] == "redwater") & ~gold["text"].isin(set(train["text"]))]
    assert "redwater" not in set(train["doc"]) and len(test) > 40
    return IndicatorModel().fit(train), test


@pytest.fixture(scope="module")
def phrases() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The blind phrase bank: its train split and its held-out test split."""
    train = training.phrase_bank(ANNOTATIONS, ("train",))
    test = training.phrase_bank(ANNOTATIONS, ("test",))
    for frame in (train, test):
        frame["severity"] = pd.to_numeric(frame["severity"], errors="coerce").fillna(0).astype(int)
    return train, test


@pytest.fixture(scope="module")
def polar(phrases) -> IndicatorModel:
    """A model with a polarity decision, trained on the phrase bank's train split only."""
    return IndicatorModel().fit(phrases[0])


def test_fit_returns_self_and_predict_keeps_length(gold):
    sample = gold.sample(300, random_state=0)
    model = IndicatorModel()
    assert model.fit(sample) is model
    predictions = model.predict(gold["text"].head(25).tolist())
    assert len(predictions) == 25
    assert model.predict([]) == []


def test_is_a_scikit_learn_estimator():
    model = IndicatorModel(c_issue=5.0, scope=False)
    assert model.get_params()["c_issue"] == 5.0 and model.get_params()["scope"] is False
    twin = clone(model)
    assert twin is not model and twin.get_params() == model.get_params()
    assert not hasattr(twin, "issue_")  # clone copies parameters, never the fitted state


def test_predictions_are_well_formed(held_out):
    model, test = held_out
    for pred in model.predict(test["text"].tolist()):
        assert pred.issue in ISSUES and pred.issues[0] == pred.issue
        assert len(set(pred.issues)) == len(pred.issues)
        assert 1 <= pred.severity <= 6
        assert 0.0 < pred.confidence <= 1.0
        assert pred.confidence == pytest.approx(pred.issue_probs[pred.issue])
        assert sum(pred.issue_probs.values()) == pytest.approx(1.0)
        assert set(pred.level_probs) <= set(LETTERS)
        assert sum(pred.level_probs.values()) == pytest.approx(1.0)
        assert pred.strength == 0.0  # no strength in the training data: no polarity is claimed


def test_no_leakage_a_document_unseen_is_still_classified(held_out):
    model, test = held_out
    predictions = model.predict(test["text"].tolist())
    issue_accuracy = sum(p.issue == g for p, g in zip(predictions, test["issue"], strict=True)) / len(test)
    severity_mae = sum(abs(p.severity - int(g)) for p, g in zip(predictions, test["severity"], strict=True)) / len(test)
    assert issue_accuracy >= 0.8
    assert severity_mae <= 0.8


def test_training_is_deterministic(gold):
    sample = gold.sample(400, random_state=1)
    texts = gold["text"].tail(30).tolist()
    first = [(p.issue, p.severity, p.confidence) for p in IndicatorModel().fit(sample).predict(texts)]
    second = [(p.issue, p.severity, p.confidence) for p in IndicatorModel().fit(sample).predict(texts)]
    assert first == second


def test_polarity_of_obvious_strengths_and_concerns(polar):
    strengths = [
        "Lives in safe, suitable housing",
        "Good relationships with peers and a close group of friends",
        "No concerns about bullying",
        "I feel safe at home",
    ]
    concerns = [
        "Family has been evicted and is now homeless",
        "Child is being bullied at school every day",
        "Bruising to a non-mobile baby",
        "Child disclosed cutting themselves with a blade",
    ]
    preds = polar.predict(strengths + concerns)
    assert all(0.0 <= p.strength <= 1.0 for p in preds)
    assert [p.strength >= STRENGTH_THRESHOLD for p in preds] == [True] * 4 + [False] * 4


def test_polarity_holds_on_the_held_out_phrases(polar, phrases):
    """Text the model never saw: strengths are recognised far above chance (honest floor)."""
    _, test = phrases
    preds = polar.predict(test["text"].tolist())
    said = np.array([p.strength >= STRENGTH_THRESHOLD for p in preds])
    truth = (test["polarity"] == "strength").to_numpy()
    precision = (said & truth).sum() / max(1, said.sum())
    recall = (said & truth).sum() / truth.sum()
    assert precision >= 0.65 and recall >= 0.65, (precision, recall)  # chance is 0.15


def test_five_issues_on_held_out_phrases(polar, phrases):
    _, test = phrases
    concerns = test[test["polarity"] == "concern"]
    preds = polar.predict(concerns["text"].tolist())
    for issue in INQUIRY_ISSUES:
        gold_mask = (concerns["issue"] == issue).to_numpy()
        said = np.array([p.issue == issue for p in preds])
        recall = (said & gold_mask).sum() / gold_mask.sum()
        precision = (said & gold_mask).sum() / max(1, said.sum())
        assert recall >= 0.7 and precision >= 0.7, (issue, precision, recall)


def test_ordinal_severity_probabilities(polar, phrases):
    _, test = phrases
    concerns = test[test["polarity"] == "concern"].head(60)
    x = polar._features(concerns["text"].tolist())
    probs = polar.severity_.predict_proba(x)
    assert probs.shape == (len(concerns), len(polar.severity_.classes_))
    assert (probs >= -1e-12).all()
    assert np.allclose(probs.sum(axis=1), 1.0)
    predicted = polar.severity_.predict(x)
    assert set(predicted) <= set(polar.severity_.classes_)


def test_ordinal_model_orders_severity(phrases):
    """Trained on real texts, the ordinal model puts the anchor wordings in order."""
    train, _ = phrases
    concerns = train[train["polarity"] == "concern"]
    model = IndicatorModel().fit(concerns)
    mild, severe = model.predict(
        ["Occasional arguments between parents", "Life-threatening injuries to a baby who is not yet mobile"]
    )
    assert mild.severity <= 2 and severe.severity >= 5
    x = np.array([[-4.0], [-3.5], [0.0], [0.5], [4.0], [4.5]])
    ordinal = OrdinalLogistic(c=100.0).fit(x, [1, 1, 2, 2, 3, 3])
    assert list(ordinal.predict(np.array([[-3.8], [0.2], [4.2]]))) == [1, 2, 3]
    cumulative = np.cumsum(ordinal.predict_proba(np.linspace(-5, 5, 21)[:, None]), axis=1)
    assert (np.diff(cumulative[:, 0]) <= 1e-12).all()  # P(y <= 1) falls as x grows


def test_negation_scope_marks_the_governed_words():
    marked = mark_negation("no concern about bully , but child say")
    assert marked == "no NEG_concern NEG_about NEG_bully , but child say"
    x = scope_features(["No concerns about bullying", "Being bullied", "School reports no bullying, but he is bullied"])
    n = len(ISSUE_TERMS)
    bullying = list(ISSUE_TERMS).index("bullying")
    dense = x.toarray()
    assert dense[0, bullying] == 0 and dense[0, n + bullying] == 1  # negated only
    assert dense[1, bullying] == 1 and dense[1, n + bullying] == 0  # affirmed only
    assert dense[2, bullying] == 1 and dense[2, n + bullying] == 1  # the negation leaves a concern standing


def test_apply_model_moves_strengths_apart(polar):
    texts = ["Lives in safe, suitable housing", "Family has been evicted and is now homeless"]
    document = Document(authority="X", source="x.pdf", sha256="", pages=1)
    document.indicators = [Indicator(text=t, page=1, bbox=(0, 0, 1, 1)) for t in texts]
    apply_model(document, polar, strengths=True)
    assert [i.text for i in document.indicators] == texts[1:]
    assert [s.text for s in document.strengths] == texts[:1]
    assert document.strengths[0].level is None and document.strengths[0].severity is None
    assert document.indicators[0].issue == "housing"


def test_training_sources_hold_out_what_they_must():
    frame = training.load()
    test_texts = set(training.phrase_bank(ANNOTATIONS, ("test",))["text"])
    assert not (set(frame.loc[frame["source"].str.startswith("phrases"), "text"]) & test_texts)
    assert set(frame["source"]) == {"own", "phrases:train", "batch1", "batch3"}
    assert set(frame["polarity"]) == {"concern", "strength"}
    strengths = frame[frame["polarity"] == "strength"]
    assert (strengths["issue"] == "").all() and (strengths["severity"] == 0).all()
    assert frame["group"].notna().all()


def test_reliability_table_bins_confidence():
    table = reliability_table(np.array([0.55, 0.65, 0.97, 0.99]), np.array([True, False, True, True]))
    assert table["n"].sum() == 4
    assert list(table["accuracy"]) == [1.0, 0.0, 1.0]


def test_first_person_reads_as_third_person():
    assert (
        third_person("I am being bullied and my mum is worried")
        == "child is being bullied and child's parent is worried"
    )


def test_placement_within_a_band(held_out):
    model, _ = held_out
    severe, mild = model.predict(
        ["Life-threatening injuries to a baby who is not yet mobile", "Parents argue occasionally"]
    )
    assert place(["C", "D"], severe) == "D"
    assert place(["A"], mild) == "A"
    assert place_in_band(["C", "D"], 4) == "C" and place_in_band(["C", "D"], 5) == "D"
    assert place_in_band(["B", "C"], 3) == "B" and place_in_band(["B", "C"], 4) == "C"
    assert place_in_band([], 3) is None
