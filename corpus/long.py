"""A long (about 300-page) level_first threshold document for memory and speed benchmarks.

Generated on demand, never committed: ``make_long_document(path, pages=300)`` repeats and
permutes a corpus spec's indicators (each repeat keeps the level and domain, so the document
still reads like a threshold document) until the rendered PDF reaches the requested length.
"""

from __future__ import annotations

import dataclasses
import random
import tempfile
from pathlib import Path

import pdfplumber

from corpus import render_reportlab
from corpus.spec import Indicator, Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "corpus" / "src" / "ashbourne-vale.yaml"
PROBE_REPEATS = 6


def _repeated(spec: Spec, repeats: int, seed: int) -> Spec:
    """The spec with its indicators repeated `repeats` times, shuffled within each level."""
    rng = random.Random(seed)
    indicators: list[Indicator] = []
    for lv in spec.levels:
        base = spec.indicators_at(lv.label)
        for _ in range(repeats):
            batch = base[:]
            rng.shuffle(batch)
            indicators += batch
    numbered = [dataclasses.replace(ind, number=n) for n, ind in enumerate(indicators, 1)]
    return dataclasses.replace(
        spec, layout="level_first", orientation="portrait", indicators=numbered, slug=f"{spec.slug}-long"
    )


def _pages(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def make_long_document(path: str | Path, pages: int = 300, spec_path: Path = DEFAULT_SPEC, seed: int = 0) -> int:
    """Write a level_first ReportLab PDF of about `pages` pages; returns its page count.

    A short probe render measures pages per repeat; the full render is corrected if off.
    """
    path = Path(path)
    spec = load_spec(spec_path, check_plan=False)
    with tempfile.TemporaryDirectory(prefix="corpus-long-") as tmp:
        probe = Path(tmp) / "probe.pdf"
        render_reportlab.render(_repeated(spec, PROBE_REPEATS, seed), probe)
        fixed = 4  # title, contents, introduction/levels, closing
        per_repeat = max((_pages(probe) - fixed) / PROBE_REPEATS, 0.1)
    repeats = max(1, round((pages - fixed) / per_repeat))
    got = 0
    for _ in range(3):  # the probe underestimates long documents slightly: correct twice
        render_reportlab.render(_repeated(spec, repeats, seed), path)
        got = _pages(path)
        if abs(got - pages) <= max(2, pages // 50):
            break
        repeats = max(1, round(repeats * (pages - fixed) / max(got - fixed, 1)))
    return got


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/long-threshold.pdf")
    print(target, make_long_document(target), "pages")
