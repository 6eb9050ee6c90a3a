"""Bad input: each broken fixture gives exit status 2 and one `error: FILE: reason` line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analyser.errors import Corrupt, EmptyFile, Encrypted, NotAPdf, NoTextLayer
from analyser.reading import check_file
from tests.conftest import CORPUS, FIXTURES

CASES = [
    ("empty.pdf", EmptyFile, "empty"),
    ("png-renamed.pdf", NotAPdf, "not a PDF"),
    ("truncated.pdf", Corrupt, "truncated"),
    ("user-password.pdf", Encrypted, "password"),
    ("scanned-image-only.pdf", NoTextLayer, "--ocr"),
]


@pytest.mark.parametrize(("name", "error", "words"), CASES)
def test_bad_input_is_typed(name, error, words):
    with pytest.raises(error) as info:
        check_file(FIXTURES / name)
    assert words in str(info.value)
    assert str(info.value).startswith(str(FIXTURES / name))


@pytest.mark.parametrize(("name", "error", "words"), CASES)
def test_cli_bad_input_one_line_exit_2(name, error, words):
    result = subprocess.run(
        [sys.executable, "-m", "analyser", "extract", str(FIXTURES / name), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {FIXTURES / name}: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NotAPdf, match="no such file"):
        check_file(tmp_path / "nope.pdf")
    with pytest.raises(NotAPdf, match="folder"):
        check_file(tmp_path)


def test_owner_password_only_opens_normally():
    check_file(FIXTURES / "owner-password-only.pdf")


def test_corpus_pdf_passes_checks():
    for pdf in sorted(CORPUS.glob("*.pdf"))[:3]:
        check_file(pdf)


# -- damaged pages, hostile text and size limits ---------------------------------------------------


def test_clean_text_drops_lone_surrogates_and_control_characters():
    from analyser.reading import clean_text

    dirty = "Child\ud800 at risk\x00\x07 of harm\x9f\ufffe"
    clean = clean_text(dirty)
    assert clean == "Child at risk of harm"
    clean.encode("utf-8")  # what spaCy's string store, JSON and SQLite need
    assert clean_text("tab\tand\nnewline stay") == "tab\tand\nnewline stay"


def test_a_damaged_page_does_not_fail_the_checks():
    """The probe for a text layer skips a page pdfium cannot load instead of raising."""
    check_file(FIXTURES / "damaged-page.pdf")


def test_too_many_pages_is_refused_quickly_with_the_limit(tmp_path):
    import time

    from analyser.errors import TooLarge
    from analyser.reading import ReadLimits
    from corpus.fixtures import many_pages

    pdf = tmp_path / "many.pdf"
    many_pages(pdf, 5000)
    start = time.perf_counter()
    with pytest.raises(TooLarge, match="5,000 pages, more than the limit of 1,000"):
        check_file(pdf, ReadLimits(max_pages=1000))
    assert time.perf_counter() - start < 5  # a count, not a read
    check_file(pdf, ReadLimits(max_pages=5000))


def test_limits_from_the_environment(monkeypatch):
    from analyser.reading import ReadLimits

    monkeypatch.setenv("THRESHOLD_ANALYSER_MAX_PAGES", "20")
    monkeypatch.setenv("THRESHOLD_ANALYSER_MAX_PAGE_CHARS", "not a number")
    limits = ReadLimits.from_env()
    assert limits.max_pages == 20 and limits.max_page_chars == ReadLimits.max_page_chars
