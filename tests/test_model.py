"""The indicator model's contract (fit/predict) and its invariants, on the gold annotations."""

from __future__ import annotations

import pandas as pd
import pytest

from analyser.classify import place_in_band
from analyser.document import ISSUES, LETTERS
from analyser.model import IndicatorModel, place, third_person
from tests.conftest import ANNOTATIONS


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / "indicators.csv", keep_default_na=False)


@pytest.fixture(scope="module")
def held_out(gold):
    """A model that never saw redwater, and redwater's indicators."""
    train = gold[gold["doc"] != "redwater"]
    test = gold[(gold["doc"] == "redwater") & ~gold["text"].isin(set(train["text"]))]
    assert "redwater" not in set(train["doc"]) and len(test) > 40
    return IndicatorModel().fit(train), test


def test_fit_returns_self_and_predict_keeps_length(gold):
    sample = gold.sample(300, random_state=0)
    model = IndicatorModel()
    assert model.fit(sample) is model
    predictions = model.predict(gold["text"].head(25).tolist())
    assert len(predictions) == 25
    assert model.predict([]) == []


def test_predictions_are_well_formed(held_out):
    model, test = held_out
    for pred in model.predict(test["text"].tolist()):
        assert pred.issue in ISSUES and pred.issues[0] == pred.issue
        assert len(set(pred.issues)) == len(pred.issues)
        assert 1 <= pred.severity <= 6
        assert 0.0 < pred.confidence <= 1.0
        assert set(pred.level_probs) <= set(LETTERS)
        assert sum(pred.level_probs.values()) == pytest.approx(1.0)


def test_no_leakage_a_document_unseen_is_still_classified(held_out):
    model, test = held_out
    predictions = model.predict(test["text"].tolist())
    issue_accuracy = sum(p.issue == g for p, g in zip(predictions, test["issue"], strict=True)) / len(test)
    severity_mae = sum(abs(p.severity - g) for p, g in zip(predictions, test["severity"], strict=True)) / len(test)
    assert issue_accuracy >= 0.8
    assert severity_mae <= 0.8


def test_training_is_deterministic(gold):
    sample = gold.sample(400, random_state=1)
    texts = gold["text"].tail(30).tolist()
    first = [(p.issue, p.severity) for p in IndicatorModel().fit(sample).predict(texts)]
    second = [(p.issue, p.severity) for p in IndicatorModel().fit(sample).predict(texts)]
    assert first == second


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
