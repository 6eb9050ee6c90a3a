"""Byte-mutated PDFs give a Document or a typed error: never a traceback, a hang or a crash.

A few hundred mutants with a fixed seed (the same every run, so a failure reproduces); the
10,000-mutant run is `python -m bench.fuzz`, its figures in README.md.
"""

from __future__ import annotations

from bench.fuzz import mutants, run
from tests.conftest import FIXTURES

SEED = 20261204
COUNT = 240
#: Small sources keep the run short: a one-page document with a scheme and indicators, an
#: owner-password document, and the four-level sample written by corpus/fixtures.py.
SOURCES = [FIXTURES / "injection.pdf", FIXTURES / "owner-password-only.pdf"]


def test_mutants_are_the_same_for_the_same_seed():
    first = [data for _, data in mutants(SOURCES, 20, SEED)]
    again = [data for _, data in mutants(SOURCES, 20, SEED)]
    assert first == again
    assert len({len(d) for d in first}) > 5  # they really differ from each other


def test_mutated_pdfs_give_documents_or_typed_errors():
    report = run(SOURCES, COUNT, SEED, jobs=2, time_limit=30, chunk=20)
    assert report.count == COUNT
    assert report.outcomes["traceback"] == 0, report.examples
    assert report.outcomes["hang"] == 0, report.examples
    assert report.outcomes["crashed"] == 0, report.examples
    assert report.outcomes["read"] > 0 and report.outcomes["typed"] > 0
