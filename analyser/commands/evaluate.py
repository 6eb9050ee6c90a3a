"""`threshold-analyser evaluate`: cross-validated scores of extraction + classification."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("evaluate", help="score the pipeline on the corpus, by authority folds")
    parser.add_argument("--corpus", default="corpus/pdf", help="folder of corpus PDFs")
    parser.add_argument("--annotations", default="annotations", help="folder of gold annotations")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", dest="json_out", default=None, help="write the figures to this JSON file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.errors import UsageError

    annotations, corpus = Path(args.annotations), Path(args.corpus)
    if not (annotations / "indicators.csv").is_file():
        raise UsageError(annotations / "indicators.csv", "no annotations to score against (--annotations)")
    if not corpus.is_dir():
        raise UsageError(corpus, "no such folder of corpus PDFs (--corpus)")
    import pandas as pd

    from analyser.evaluate import cross_validate, human_agreement, score
    from analyser.extract import extract

    gold = pd.read_csv(annotations / "indicators.csv", keep_default_na=False)
    matched, unmatched = cross_validate(gold, lambda slug: extract(corpus / f"{slug}.pdf", use_model=False), args.folds)
    result = score(matched, unmatched, human_agreement(annotations))
    print(result.per_issue.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print()
    for key, value in result.figures.items():
        print(f"{key:<32} {value:.3f}")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps({"figures": result.figures, "per_issue": result.per_issue.to_dict(orient="records")}, indent=2)
        )
    return 0
