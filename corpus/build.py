"""Build the corpus: ``python -m corpus.build [SLUG ...]``.

Renders every spec in corpus/src (or only the named slugs) into corpus/pdf/<slug>.pdf with the
spec's producer, then rewrites annotations/*.csv for the whole corpus, finding each indicator's
page in the PDF that is on disk. A spec problem or an indicator missing from its PDF stops the
build with the file and the reason.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from corpus import annotate
from corpus.spec import Spec, SpecError, load_spec, spec_paths

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "corpus" / "src"
PDF_DIR = ROOT / "corpus" / "pdf"
ANNOTATIONS = ROOT / "annotations"


def renderer(producer: str) -> Callable[[Spec, Path], None]:
    """The render function for a producer (imported lazily: each pulls in a big library)."""
    if producer == "reportlab":
        from corpus.render_reportlab import render
    elif producer == "docx":
        from corpus.render_docx import render
    elif producer == "html":
        from corpus.render_html import render
    else:
        raise ValueError(f"unknown producer {producer!r}")
    return render


def pdf_path(spec: Spec) -> Path:
    return PDF_DIR / f"{spec.slug}.pdf"


def render_spec(spec: Spec) -> Path:
    """Render one spec to its corpus PDF (written atomically)."""
    out = pdf_path(spec)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".pdf.part")
    renderer(spec.producer)(spec, tmp)
    tmp.replace(out)
    return out


def load_all(src: Path, check_plan: bool = True) -> list[Spec]:
    """Load every spec, reporting all failing files together."""
    specs, errors = [], []
    for path in spec_paths(src):
        try:
            specs.append(load_spec(path, check_plan=check_plan))
        except SpecError as exc:
            errors.append(str(exc))
    if errors:
        raise SpecError("\n".join(errors))
    return specs


def write_annotations(specs: list[Spec], out_dir: Path = ANNOTATIONS) -> None:
    """Rewrite documents/levels/indicators/situations.csv from the specs and their PDFs."""
    docs, levels, indicators = [], [], []
    for spec in specs:
        path = pdf_path(spec)
        if not path.exists():
            raise FileNotFoundError(f"{spec.slug}: {path} is missing; build it first")
        pages = annotate.find_pages(spec, path)
        docs.append(annotate.document_row(spec, path, path.relative_to(ROOT).as_posix()))
        levels += annotate.level_rows(spec)
        indicators += annotate.indicator_rows(spec, pages)
    annotate.write_csv(out_dir / "documents.csv", annotate.DOCUMENT_COLUMNS, docs)
    annotate.write_csv(out_dir / "levels.csv", annotate.LEVEL_COLUMNS, levels)
    annotate.write_csv(out_dir / "indicators.csv", annotate.INDICATOR_COLUMNS, indicators)
    annotate.write_csv(out_dir / "situations.csv", annotate.SITUATION_COLUMNS, annotate.situation_rows())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.build", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="build only these (default: every spec)")
    parser.add_argument("--no-render", action="store_true", help="only rewrite the annotations from the PDFs on disk")
    parser.add_argument(
        "--lenient", action="store_true", help="do not enforce SPEC.md's plan table (producer, scheme, placements)"
    )
    args = parser.parse_args(argv)
    try:
        specs = load_all(SRC, check_plan=not args.lenient)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2
    unknown = set(args.slugs) - {s.slug for s in specs}
    if unknown:
        print(f"no spec for: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    if not args.no_render:
        for spec in specs:
            if args.slugs and spec.slug not in args.slugs:
                continue
            start = time.monotonic()
            render_spec(spec)
            print(f"{spec.slug}: {spec.producer}/{spec.layout} {time.monotonic() - start:.1f}s", flush=True)
    try:
        write_annotations(specs)
    except (annotate.NotFound, FileNotFoundError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"annotations: {len(specs)} documents, {sum(len(s.indicators) for s in specs)} indicators -> {ANNOTATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
