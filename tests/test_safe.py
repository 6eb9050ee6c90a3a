"""The guarded extraction: skipped pages recorded on the Document, the rest of it kept."""

from __future__ import annotations

from analyser.safe import extract_document
from tests.conftest import CORPUS, FIXTURES, extracted


def test_one_damaged_page_keeps_the_rest_of_the_indicators():
    whole = extracted("ashbourne-vale")
    damaged = extract_document(FIXTURES / "damaged-page.pdf")
    assert damaged.skipped_pages == [7] and damaged.pages == whole.pages == 7
    assert damaged.warnings == ["page 7 skipped: the page is damaged and cannot be loaded"]
    kept = [(i.text, i.page, i.level, i.issue) for i in damaged.indicators]
    expected = [(i.text, i.page, i.level, i.issue) for i in whole.indicators if i.page != 7]
    assert kept == expected and len(kept) >= 40
    assert [lv.maps_to for lv in damaged.levels] == [lv.maps_to for lv in whole.levels]


def test_a_whole_document_has_no_warnings_of_skipped_pages():
    document = extract_document(CORPUS / "ashbourne-vale.pdf")
    assert document.skipped_pages == []
    assert not [w for w in document.warnings if "skipped" in w]


def test_skips_survive_the_cache(tmp_path):
    from analyser.extract import extract_cached

    first = extract_cached(FIXTURES / "damaged-page.pdf", cache_dir=tmp_path)
    again = extract_cached(FIXTURES / "damaged-page.pdf", cache_dir=tmp_path)
    assert first.skipped_pages == again.skipped_pages == [7]
    assert again.warnings == first.warnings


def test_an_unwritable_cache_costs_speed_not_the_result(tmp_path):
    from analyser.extract import extract_cached

    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    document = extract_cached(FIXTURES / "injection.pdf", cache_dir=blocked)
    assert len(document.indicators) >= 7
