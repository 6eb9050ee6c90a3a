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
    parser.add_argument(
        "--scheme",
        metavar="FILE",
        help="declare the level scheme: one 'label,letters[,name]' line per level, lowest first "
        "(letters blank = no additional needs)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.errors import NoTextLayer
    from analyser.reading import check_file

    try:
        check_file(args.file)  # bad input is named before spaCy, scikit-learn and the model load
    except NoTextLayer:
        if not args.ocr:
            raise
    scheme = None
    if args.scheme:
        from analyser.scheme import read_declaration

        scheme = read_declaration(args.scheme)
    from analyser.safe import extract_document

    document = extract_document(args.file, ocr=args.ocr, scheme=scheme)
    if args.json:  # the text view prints them itself
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
        label = f"{level.label} {level.name or ''}".strip()
        sure = f"{level.confidence:.2f}" if level.confidence is not None else "    "
        out.append(f"  {label[:34]:<34} -> {'+'.join(level.maps_to) or '-':<4} {sure} {level.evidence[:80]}")
    if not document.levels:
        out.append("  (none found)")
    for warning in document.warnings:
        out.append(f"warning: {warning}")
    out += [
        "",
        f"Indicators ({len(document.indicators)}; strengths set apart: {len(document.strengths)}):",
        f"  {'page':>4} {'local level':<22} {'A-D':<3} {'sev':<3} {'issue':<22} text",
    ]
    for ind in document.indicators:
        text = ind.text if len(ind.text) <= 80 else ind.text[:77] + "..."
        out.append(
            f"  {ind.page:>4} {(ind.local_level or '-')[:22]:<22} {ind.level or '-':<3} "
            f"{ind.severity or '-':<3} {ind.issue[:22]:<22} {text}"
        )
    return "\n".join(out)
