"""Shared fixtures: the bundled corpus, its gold annotations, and each document extracted once."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "pdf"
ANNOTATIONS = ROOT / "annotations"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

_extracted: dict[str, object] = {}


@pytest.fixture(scope="session")
def gold_documents() -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / "documents.csv")


@pytest.fixture(scope="session")
def gold_indicators() -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / "indicators.csv", keep_default_na=False)


@pytest.fixture(scope="session")
def gold_levels() -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / "levels.csv", keep_default_na=False)


def extracted(slug: str):
    """The Document for a corpus PDF, extracted once per test session."""
    from analyser.extract import extract

    if slug not in _extracted:
        _extracted[slug] = extract(CORPUS / f"{slug}.pdf")
    return _extracted[slug]


@pytest.fixture(scope="session")
def corpus_documents(gold_documents):
    return {slug: extracted(slug) for slug in gold_documents["doc"]}


@pytest.fixture(scope="session", autouse=True)
def indicator_model():
    """The shipped model is built by `make install`; a bare `pytest` builds it here if missing."""
    from analyser import model

    if not model.MODEL_PATH.exists():
        model.save(model.train(ANNOTATIONS))
    return model.load()
