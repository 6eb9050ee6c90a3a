"""Extraction against the gold annotations, document by document, and the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analyser.scoring import score_document
from tests.conftest import CORPUS, extracted

RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.90
LEVEL_FLOOR = 0.95


def _slugs():
    return sorted(p.stem for p in CORPUS.glob("*.pdf"))


@pytest.mark.parametrize("slug", _slugs())
def test_document_meets_floors(slug, gold_indicators, gold_levels):
    score = score_document(slug, extracted(slug), gold_indicators, gold_levels)
    assert score.scheme_correct, score.scheme_errors
    assert score.recall >= RECALL_FLOOR, score.missed[:10]
    assert score.precision >= PRECISION_FLOOR, score.spurious[:10]
    assert score.level_accuracy >= LEVEL_FLOOR


def test_corpus_totals(corpus_documents, gold_indicators, gold_levels):
    scores = [score_document(s, d, gold_indicators, gold_levels) for s, d in corpus_documents.items()]
    matched = sum(s.matched for s in scores)
    assert matched / sum(s.gold for s in scores) >= RECALL_FLOOR
    assert matched / sum(s.found for s in scores) >= PRECISION_FLOOR
    assert all(s.scheme_correct for s in scores)


def test_version_date_and_authority(corpus_documents, gold_documents):
    for row in gold_documents.itertuples():
        doc = corpus_documents[row.doc]
        assert doc.version_date is not None and str(row.version_date).startswith(doc.version_date[:7])
        partnership = str(row.partnership).lower()
        assert doc.authority.lower() in partnership


def test_indicators_carry_provenance(corpus_documents):
    for doc in corpus_documents.values():
        for ind in doc.indicators:
            x0, top, x1, bottom = ind.bbox
            assert 1 <= ind.page <= doc.pages
            assert x0 < x1 and top < bottom


def test_extract_json_contract():
    pdf = sorted(CORPUS.glob("*.pdf"))[0]
    result = subprocess.run(
        [sys.executable, "-m", "analyser", "extract", str(pdf), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"authority", "source", "sha256", "pages", "version_date", "levels", "indicators"}
    assert len(data["sha256"]) == 64 and data["pages"] > 0
    for level in data["levels"]:
        assert set(level) >= {"label", "maps_to", "evidence"}
        assert set(level["maps_to"]) <= set("ABCD")
    for ind in data["indicators"]:
        assert set(ind) >= {"text", "issue", "level", "local_level", "severity", "page", "bbox", "domain"}
        assert ind["level"] in (None, "A", "B", "C", "D")
        assert len(ind["bbox"]) == 4


def test_extract_table_output_is_readable():
    pdf = sorted(CORPUS.glob("*.pdf"))[0]
    result = subprocess.run(
        [sys.executable, "-m", "analyser", "extract", str(pdf)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "Levels:" in result.stdout and "Indicators (" in result.stdout


def test_rotated_pages_read_like_upright_ones(tmp_path):
    """A document saved with every page rotated (/Rotate 90) gives the same indicators."""
    import pypdfium2 as pdfium

    from analyser.extract import extract

    source = CORPUS / "ashbourne-vale.pdf"
    pdf = pdfium.PdfDocument(str(source))
    for index in range(len(pdf)):
        pdf[index].set_rotation(90)
    rotated = tmp_path / "rotated.pdf"
    pdf.save(str(rotated))
    pdf.close()
    upright, turned = extract(source), extract(rotated)
    assert [i.text for i in turned.indicators] == [i.text for i in upright.indicators]
    assert [lv.maps_to for lv in turned.levels] == [lv.maps_to for lv in upright.levels]
