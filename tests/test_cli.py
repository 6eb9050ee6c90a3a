"""The command line: no silent outcome, no traceback, the same exit status for the same failure."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analyser.cli import main
from analyser.document import ISSUES
from tests.conftest import ROOT


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyser", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_help_answers_without_loading_the_pipeline():
    code = (
        "import sys; from analyser.cli import build_parser; build_parser(); "
        "heavy = [m for m in ('spacy', 'sklearn', 'pandas', 'sqlalchemy', 'pdfplumber') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    help_text = run("--help")
    assert help_text.returncode == 0 and "Exit status" in help_text.stdout


def test_unknown_issue_is_an_error_listing_the_valid_names(tmp_path, capsys):
    assert main(["compare", "--issue", "nonsense", "--out", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: nonsense: unknown issue") and "\n" not in err
    assert all(issue in err for issue in ISSUES)


def test_compare_in_an_empty_folder_creates_nothing(tmp_path):
    result = run("compare", "--out", "report.csv", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'data' / 'threshold.db'}: no store here yet; run ingest first"
    assert list(tmp_path.iterdir()) == []


def test_out_into_a_missing_folder_is_an_error_not_a_new_folder(tmp_path, capsys):
    out = tmp_path / "no" / "such" / "report.html"
    assert main(["compare", "--db", str(tmp_path / "x.db"), "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists() and not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["compare", "--out", "r.pdf"], "unknown format 'pdf'"),
        (["compare", "--out", "r.csv", "--cutoff", "140"], "between 0 and 100"),
        (["ingest", "corpus/pdf", "--jobs", "0"], "--jobs: must be 1 or more"),
        (["ingest", "corpus/pdf", "--authorities-from", "missing.csv"], "missing.csv: no such file"),
        (["train", "--annotations", "nowhere"], "no annotations to train on"),
        (["evaluate", "--annotations", "nowhere"], "no annotations"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(args, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and words in err and "\n" not in err
