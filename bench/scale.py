"""National-scale measurements: ingest, compare and the Compare page as the corpus is replicated.

Replicas are real files (each corpus PDF with a comment appended, so its hash is new and nothing
is served from the cache) or, for compare and the app, the corpus's extracted documents under new
authority names: the same text at scale, which is what a national study looks like.
"""

from __future__ import annotations

import copy
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.run import page_count

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "pdf"


def replicate_files(n: int, folder: Path) -> list[Path]:
    """n distinct PDFs cycling through the corpus (a trailing comment changes each file's hash)."""
    files = sorted(CORPUS.glob("*.pdf"))
    out = []
    for i in range(n):
        source = files[i % len(files)]
        target = folder / f"{i:04d}-{source.name}"
        target.write_bytes(source.read_bytes() + f"\n% replica {i}\n".encode())
        out.append(target)
    return out


def ingest_scaling(sizes: tuple[int, ...], jobs: tuple[int, ...]) -> dict:
    results = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "pdfs"
            folder.mkdir()
            files = replicate_files(n, folder)
            pages = page_count(files)
            for j in jobs:
                env = dict(os.environ, THRESHOLD_ANALYSER_CACHE=str(Path(tmp) / f"cache-{j}"))
                db = Path(tmp) / f"store-{j}.db"
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "analyser", "ingest", str(folder), "--db", str(db), "--jobs", str(j)],
                    check=True,
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                seconds = time.perf_counter() - start
                results[f"{n}_docs_jobs_{j}"] = {
                    "documents": n,
                    "pages": pages,
                    "jobs": j,
                    "seconds": round(seconds, 2),
                    "pages_per_s": round(pages / seconds, 1),
                }
    return results


def corpus_documents():
    from analyser.extract import extract_cached

    return [extract_cached(path) for path in sorted(CORPUS.glob("*.pdf"))]


def replicated_store(n: int, path: Path):
    """A store holding n documents: the corpus's extractions under n distinct authority names."""
    from analyser.store import Store

    store = Store(str(path))
    documents = corpus_documents()
    for i in range(n):
        doc = copy.deepcopy(documents[i % len(documents)])
        doc.sha256 = f"{doc.sha256[:48]}{i:016d}"
        doc.source = f"{i:04d}-{doc.source}"
        store.add_document(doc, authorities=[f"{doc.authority} {i // len(documents) + 1:03d}"])
    return store


def compare_scaling(sizes: tuple[int, ...]) -> dict:
    """compare_all time as documents grow; the ratio to n log n should stay flat."""
    from analyser.compare import compare_all

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = replicated_store(max(sizes), Path(tmp) / "store.db")
        frame = store.indicators_frame()
        frame = frame.assign(_n=frame["source"].str.slice(0, 4).astype(int))
        for n in sizes:
            part = frame[frame["_n"] < n].drop(columns="_n")
            start = time.perf_counter()
            views = compare_all(part)
            seconds = time.perf_counter() - start
            results[str(n)] = {
                "documents": n,
                "indicator_rows": len(part),
                "seconds": round(seconds, 2),
                "groups": int(views["inconsistencies"]["group"].nunique()) if len(views["inconsistencies"]) else 0,
                "seconds_per_n_log_n_ms": round(1000 * seconds / (n * math.log(max(n, 2))), 3),
            }
    return results


def app_render_time(authorities: int) -> dict:
    """Seconds for the Compare page to render in AppTest with this many authorities."""
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        replicated_store(authorities, db)
        saved = {k: os.environ.get(k) for k in ("THRESHOLD_ANALYSER_DB", "THRESHOLD_ANALYSER_FILES")}
        os.environ["THRESHOLD_ANALYSER_DB"] = str(db)
        os.environ["THRESHOLD_ANALYSER_FILES"] = str(Path(tmp) / "files")
        try:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
            start = time.perf_counter()
            at.switch_page("ui/compare.py").run()
            cold = time.perf_counter() - start
            start = time.perf_counter()
            at.run()
            warm = time.perf_counter() - start
            errors = [e.value for e in at.exception]
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return {
        "authorities": authorities,
        "compare_page_cold_s": round(cold, 2),
        "compare_page_warm_s": round(warm, 2),
        "errors": errors,
    }
