"""Start-up: how fast `--help` and input errors answer, in fresh processes.

A user who mistypes a file name should hear so at once, not after spaCy, scikit-learn, pandas
and SQLAlchemy have loaded; so these answers are measured here (wall time and peak memory of a
fresh process, best of several runs) rather than asserted in a test, where machine load would
make them flaky. `python -m bench.startup` prints the table alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def cases(folder: Path) -> dict[str, list[str]]:
    """Each case is the argument list of one command that must answer quickly."""
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    text = folder / "notes.pdf"
    text.write_text("not a PDF\n")
    truncated = folder / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    only_txt = folder / "only-txt"
    only_txt.mkdir(exist_ok=True)
    (only_txt / "readme.txt").write_text("not a document\n")
    return {
        "--help": ["--help"],
        "extract --help": ["extract", "--help"],
        "extract: no such file": ["extract", str(folder / "missing.pdf")],
        "extract: empty file": ["extract", str(empty)],
        "extract: not a PDF": ["extract", str(text)],
        "extract: truncated": ["extract", str(truncated)],
        "ingest: no such path": ["ingest", str(folder / "missing"), "--db", str(folder / "s.db")],
        "ingest: folder with no PDF": ["ingest", str(only_txt), "--db", str(folder / "s.db")],
        "compare: unknown issue": ["compare", "--issue", "nonsense", "--out", str(folder / "r.csv")],
        "compare: no store": ["compare", "--db", str(folder / "none.db"), "--out", str(folder / "r.csv")],
        "compare: --out folder missing": ["compare", "--out", str(folder / "no" / "r.csv")],
    }


PROBE = (
    "import atexit, resource, runpy, sys; out = sys.argv.pop(1); "
    "atexit.register(lambda: open(out, 'w').write('%d %f' % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
    "resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime))); "
    "sys.argv[0] = 'threshold-analyser'; runpy.run_module('analyser', run_name='__main__')"
)


def measure(args: list[str], runs: int = RUNS) -> dict:
    """Best wall time of `python -m analyser ARGS`, with that process's own peak RSS and CPU time
    (user + system: unlike wall time, it hardly changes when other work loads the machine)."""
    best, peak, cpu, code = float("inf"), 0.0, float("inf"), None
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", PROBE, str(rss_file), *args], capture_output=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            code = proc.returncode
            rss, used = (rss_file.read_text() or "0 0").split() if rss_file.exists() else ("0", "0")
            cpu = min(cpu, float(used))
            if seconds < best:
                best = seconds
                peak = int(rss) / 1024.0
    return {"seconds": round(best, 3), "cpu_seconds": round(cpu, 3), "peak_rss_mb": round(peak, 1), "exit": code}


def startup_section(results: dict, runs: int = RUNS) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results["startup"] = {name: measure(args, runs) for name, args in cases(folder).items()}


def print_startup(results: dict) -> None:
    print(f"{'start-up case':<34}{'seconds':>9}{'cpu s':>8}{'peak MB':>9}{'exit':>6}")
    for name, row in results["startup"].items():
        cpu = row.get("cpu_seconds", float("nan"))
        print(f"{name:<34}{row['seconds']:>9.3f}{cpu:>8.3f}{row['peak_rss_mb']:>9.0f}{row['exit']:>6}")


def main() -> int:
    results: dict = {}
    startup_section(results)
    print_startup(results)
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
