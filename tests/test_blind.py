"""The blind-authored batches (corpus/blind/): documents written by people who never read the
extractor. Their first-contact figures are in corpus/blind/FIRST_CONTACT.md; once a batch has
been tuned on, these floors only guard against going backwards. The honest figure is always
the newest batch's first contact, not these."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.extract import extract
from analyser.firstcontact import score_batch

BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind"
BATCHES = sorted(p.name for p in BLIND.glob("batch*") if (p / "documents.csv").exists())
#: Floors a little under what each tuned batch scores today (recall, precision, levels right,
#: issue accuracy, level accuracy).
FLOORS = {"recall": 0.82, "precision": 0.75, "levels_right": 0.70, "issue_accuracy": 0.80, "level_accuracy": 0.65}


@pytest.fixture(scope="module", params=BATCHES)
def batch(request):
    folder = BLIND / request.param
    documents = {pdf.stem: extract(pdf) for pdf in sorted((folder / "pdf").glob("*.pdf"))}
    return folder, documents, score_batch(folder, documents)


def test_batch_meets_regression_floors(batch):
    _, _, score = batch
    for key, floor in FLOORS.items():
        assert score.figures[key] >= floor, (key, score.figures)


def test_no_document_comes_out_empty_or_silent(batch):
    _, documents, score = batch
    assert score.figures["zero_docs"] == 0
    for slug, document in documents.items():
        assert document.indicators, slug
        if not document.levels:
            assert any("no level scheme" in w for w in document.warnings), slug
        unplaced = [i for i in document.indicators if i.local_level is None]
        if document.levels and len(unplaced) == len(document.indicators):
            assert document.warnings, slug


def test_first_contact_table_records_every_batch():
    table = (BLIND / "FIRST_CONTACT.md").read_text(encoding="utf-8")
    for name in BATCHES:
        assert f"| {name} |" in table and "first contact" in table
