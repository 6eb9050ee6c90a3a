"""The pdfium fast path reads the same layout as the pdfplumber reference path, on every corpus PDF."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from analyser.extract import read_pages
from tests.conftest import CORPUS


def _slugs():
    return sorted(p.stem for p in CORPUS.glob("*.pdf"))


def _page_text(page) -> str:
    """Lines and cell texts as a sorted multiset: same text, whatever order ties are read in."""
    parts = [ln.text for ln in page.lines]
    for table in page.tables:
        parts += [cell.text for row in table.rows for cell in row if not cell.merged]
    return "\n".join(sorted(parts))


@pytest.mark.parametrize("slug", _slugs())
def test_fast_path_matches_reference(slug):
    fast = read_pages(CORPUS / f"{slug}.pdf", "pdfium")
    reference = read_pages(CORPUS / f"{slug}.pdf", "pdfplumber")
    assert len(fast) == len(reference)
    for f, r in zip(fast, reference, strict=True):
        assert [t.n_cols for t in f.tables] == [t.n_cols for t in r.tables], f"page {f.number}: tables differ"
        assert [len(t.rows) for t in f.tables] == [len(t.rows) for t in r.tables], f"page {f.number}: rows differ"
        fills_f = sorted(c.fill for t in f.tables for row in t.rows for c in row if c.fill)
        fills_r = sorted(c.fill for t in r.tables for row in t.rows for c in row if c.fill)
        assert fills_f == fills_r, f"page {f.number}: header colours differ"
        # pdfminer prints unmapped glyphs as (cid:N); compare the text both can read
        similarity = fuzz.ratio(_page_text(f).replace(" ", ""), _page_text(r).replace(" ", ""))
        assert similarity >= 97, f"page {f.number}: text differs ({similarity:.1f})"
        assert abs(len(f.lines) - len(r.lines)) <= max(2, len(r.lines) // 20), f"page {f.number}: line count"
