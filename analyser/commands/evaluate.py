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
    parser.add_argument(
        "--batch", default=None, help="score a blind-authored batch folder (corpus/blind/<batch>) instead"
    )
    parser.add_argument("--from-json", default=None, help="with --batch: score extracted JSON files (<slug>.json) here")
    parser.add_argument(
        "--record", default=None, metavar="LABEL", help="with --batch: append the figures to the first-contact table"
    )
    parser.add_argument("--table", default="corpus/blind/FIRST_CONTACT.md", help="the first-contact table file")
    parser.add_argument("--errors", action="store_true", help="with --batch: list misses, spurious items, level errors")
    parser.add_argument(
        "--families",
        nargs="*",
        default=None,
        metavar="FAMILY",
        help="leave-one-layout-family-out over corpus/blind (all families, or those named) beside pooled figures",
    )
    parser.add_argument(
        "--text",
        choices=("yes", "no", "only"),
        default="yes",
        help="also score the model on indicator texts alone: cross-validated beside blind (first contact)",
    )
    parser.set_defaults(func=run)


def run_batch(args: argparse.Namespace) -> int:
    from analyser.document import Document
    from analyser.firstcontact import COLUMNS, score_batch, table_header, table_row

    batch = Path(args.batch)
    documents = {}
    for pdf in sorted((batch / "pdf").glob("*.pdf")):
        if args.from_json:
            path = Path(args.from_json) / f"{pdf.stem}.json"
            if path.exists():
                documents[pdf.stem] = Document.from_json(json.loads(path.read_text(encoding="utf-8")))
            continue
        from analyser.errors import InputError
        from analyser.extract import extract

        try:
            documents[pdf.stem] = extract(pdf)
        except InputError as exc:
            print(f"error: {exc}")
    result = score_batch(batch, documents)
    print(result.per_doc.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print()
    for key in COLUMNS:
        print(f"{key:<16} {result.figures[key]:.3f}")
    print()
    print(result.per_issue.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    if args.errors:
        for slug, errors in result.errors.items():
            print(f"\n## {slug}")
            for line in errors:
                print(f"  {line}")
    if args.record:
        table = Path(args.table)
        if not table.exists():
            table.write_text(table_header() + "\n", encoding="utf-8")
        with table.open("a", encoding="utf-8") as handle:
            handle.write(table_row(args.record, batch.name, result.figures) + "\n")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result.figures, indent=2))
    return 0


def run_families(args: argparse.Namespace) -> int:
    import pandas as pd

    from analyser.evaluate import by_family
    from analyser.extract import extract

    base = pd.read_csv(Path(args.annotations) / "indicators.csv", keep_default_na=False)
    table = by_family(Path("corpus/blind"), lambda p: extract(p, use_model=False), base, args.families or None)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    if args.json_out:
        Path(args.json_out).write_text(table.to_json(orient="records", indent=2))
    return 0


def run_text(args: argparse.Namespace) -> dict:
    """Per issue: grouped-CV figures beside the blind batches' first-contact figures, and the
    confusion pairs that cost most. Text alone, so extraction errors do not hide model errors."""
    from dataclasses import replace

    from analyser.modelcheck import text_report
    from analyser.training import TrainingSources

    report = text_report(replace(TrainingSources(), annotations=Path(args.annotations)), folds=args.folds)
    print("\nThe model on indicator texts alone (cv: grouped cross-validation over the training sources;")
    print("blind: each blind batch scored by a model that never saw it; phrase: the phrase bank's test split)")
    print(report.per_issue.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print()
    for key, value in report.figures.items():
        print(f"{key:<32} {value:.3f}")
    print("\nconfusions that cost most (blind batches):")
    print(report.confusions.to_string(index=False))
    return {
        "figures": report.figures,
        "per_issue": report.per_issue.to_dict(orient="records"),
        "confusions": report.confusions.to_dict(orient="records"),
    }


def run(args: argparse.Namespace) -> int:
    if args.batch:
        return run_batch(args)
    if args.families is not None:
        return run_families(args)
    if args.text == "only":
        text = run_text(args)
        if args.json_out:
            Path(args.json_out).write_text(json.dumps({"text": text}, indent=2))
        return 0
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
    out = {"figures": result.figures, "per_issue": result.per_issue.to_dict(orient="records")}
    if args.text == "yes":
        out["text"] = run_text(args)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(out, indent=2))
    return 0
