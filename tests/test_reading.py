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
