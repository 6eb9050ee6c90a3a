"""`threshold-analyser extract FILE [--json] [--ocr]`: one document's scheme and indicators."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="read one threshold PDF and list its levels and indicators")
    parser.add_argument("file", help="a threshold document (PDF)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--ocr", action="store_true", help="read an image-only PDF with OCR (needs tesseract)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.errors import NoTextLayer
    from analyser.reading import check_file

    try:
        check_file(args.file)  # bad input is named before spaCy, scikit-learn and the model load
    except NoTextLayer:
        if not args.ocr:
            raise
    from analyser.safe import extract_document

    document = extract_document(args.file, ocr=args.ocr)
    for warning in document.warnings:
        print(f"warning: {args.file}: {warning}", file=sys.stderr)
    if args.json:
        json.dump(document.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(render_table(document))
    return 0


def render_table(document) -> str:
    """A plain-text view a person can read in a terminal."""
    out = [
        f"{document.authority}  ({document.source}, {document.pages} pages, "
        f"version {document.version_date or 'undated'})",
        "",
        "Levels:",
    ]
    for level in document.levels:
        out.append(f"  {level.label:<28} -> {'+'.join(level.maps_to) or '?':<4} {level.evidence[:90]}")
    out += [
        "",
        f"Indicators ({len(document.indicators)}):",
        f"  {'page':>4} {'local level':<22} {'A-D':<3} {'sev':<3} {'issue':<22} text",
    ]
    for ind in document.indicators:
        text = ind.text if len(ind.text) <= 80 else ind.text[:77] + "..."
        out.append(
            f"  {ind.page:>4} {(ind.local_level or '-')[:22]:<22} {ind.level or '-':<3} "
            f"{ind.severity or '-':<3} {ind.issue[:22]:<22} {text}"
        )
    return "\n".join(out)
