"""Speed and memory of the pipeline, measured in one run on the same pages.

Reading speeds are reported beside the pdfium floor (raw pypdfium2 text extraction) so a number
means something on any machine. Peak memory is measured in a child process per measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "pdf"
RESULTS = ROOT / "bench" / "results"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.pdf"))


def page_count(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def pdfium_text(files: list[Path]) -> None:
    import pypdfium2 as pdfium

    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()


def pdfplumber_text(files: list[Path]) -> None:
    import pdfplumber

    for path in files:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()


def our_extract(files: list[Path], cache_dir: Path | None) -> None:
    from analyser.extract import extract_cached

    for path in files:
        extract_cached(path, cache_dir=cache_dir)


def peak_rss_mb(code: str) -> float:
    """Peak resident memory of a fresh Python process running `code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024.0


def reading_section(results: dict, files: list[Path]) -> None:
    pages = page_count(files)
    floor = pages / timed(lambda: pdfium_text(files))
    plumber = pages / timed(lambda: pdfplumber_text(files))
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        cold = pages / timed(lambda: our_extract(files, cache))
        warm = pages / timed(lambda: our_extract(files, cache))
    results["reading"] = {
        "documents": len(files),
        "pages": pages,
        "pdfium_pages_per_s": floor,
        "pdfplumber_extract_text_pages_per_s": plumber,
        "extract_cold_pages_per_s": cold,
        "extract_warm_pages_per_s": warm,
        "ratio_to_floor": {"pdfplumber": floor / plumber, "extract_cold": floor / cold, "extract_warm": floor / warm},
    }


def memory_section(results: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        long_pdf = Path(tmp) / "long-300.pdf"
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"from corpus.long import make_long_document; make_long_document({str(long_pdf)!r}, 300)",
            ],
            check=True,
            cwd=ROOT,
        )
        baseline = peak_rss_mb("import analyser.extract")
        code = (
            "import time; from analyser.extract import extract; t=time.perf_counter(); "
            f"d=extract({str(long_pdf)!r}); print(len(d.indicators), time.perf_counter()-t)"
        )
        start = time.perf_counter()
        peak = peak_rss_mb(code)
        seconds = time.perf_counter() - start
    results["memory"] = {"pages": 300, "peak_rss_mb": peak, "import_rss_mb": baseline, "seconds": seconds}


def compare_section(results: dict, sizes: tuple[int, ...]) -> None:
    try:
        from bench.scale import compare_scaling
    except ImportError as exc:  # compare not built yet
        results["compare"] = {"skipped": str(exc)}
        return
    results["compare"] = compare_scaling(sizes)


def ingest_section(results: dict, sizes: tuple[int, ...], jobs: tuple[int, ...]) -> None:
    try:
        from bench.scale import ingest_scaling
    except ImportError as exc:
        results["ingest"] = {"skipped": str(exc)}
        return
    results["ingest"] = ingest_scaling(sizes, jobs)


def app_section(results: dict, authorities: int) -> None:
    try:
        from bench.scale import app_render_time
    except ImportError as exc:
        results["app"] = {"skipped": str(exc)}
        return
    results["app"] = app_render_time(authorities)


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
    }


def print_table(results: dict) -> None:
    if "startup" in results:
        from bench.startup import print_startup

        print_startup(results)
    r = results.get("reading", {})
    if r:
        print(f"corpus: {r['documents']} documents, {r['pages']} pages")
        print(f"{'measure':<40}{'pages/s':>10}{'x floor':>10}")
        print(f"{'pypdfium2 text (floor)':<40}{r['pdfium_pages_per_s']:>10.1f}{1.0:>10.1f}")
        for key, name in (
            ("pdfplumber_extract_text_pages_per_s", "pdfplumber extract_text"),
            ("extract_cold_pages_per_s", "extract, cold"),
            ("extract_warm_pages_per_s", "extract, warm cache"),
        ):
            value = r[key]
            print(f"{name:<40}{value:>10.1f}{r['pdfium_pages_per_s'] / value:>10.1f}")
    m = results.get("memory", {})
    if m:
        print(
            f"300-page document: peak RSS {m['peak_rss_mb']:.0f} MB "
            + f"(import alone {m['import_rss_mb']:.0f} MB), {m['seconds']:.1f} s"
        )
    for key in ("ingest", "compare", "app"):
        if key in results:
            print(f"{key}: {json.dumps(results[key])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument("--out", default=str(RESULTS / "latest.json"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    files = corpus_files()
    if not files:
        print("no corpus PDFs in corpus/pdf", file=sys.stderr)
        return 2
    results: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    from bench.startup import startup_section

    startup_section(results, runs=3 if args.quick else 5)
    reading_section(results, files)
    memory_section(results)
    sizes = (10, 50) if args.quick else (10, 150, 1000)
    ingest_section(results, (16,) if args.quick else (150, 1000), (1, 2))
    compare_section(results, sizes)
    app_section(results, 20 if args.quick else 150)
    print_table(results)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"results written to {out}")
    shutil.rmtree(ROOT / "bench" / "__pycache__", ignore_errors=True)
    return 0
