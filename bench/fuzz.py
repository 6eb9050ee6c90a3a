"""Byte-mutation fuzzing of extraction: `python -m bench.fuzz [--count 10000] [--jobs 2]`.

Why: real users feed the tool half-downloaded, re-saved and damaged PDFs. Each mutant of a
corpus PDF (bytes flipped, chunks deleted or duplicated, truncated with a fresh ``%%EOF``,
runs zeroed, numbers changed) is extracted in its own child process with a 30-second limit,
and its outcome counted:

- ``read``: a Document came back (``partial`` of them with skipped pages);
- ``typed``: one of the project's typed errors (the one-line ``error: FILE: reason``);
- ``traceback``: any other exception: a bug, the thing this run exists to find;
- ``hang``: still running at the time limit;
- ``crashed``: the child died without answering (a crash in C code).

The target is :func:`analyser.extract.extract` itself, without the last-resort guard of
:mod:`analyser.safe`, so a traceback here is a real defect and not hidden by the guard.
The suite runs a few hundred mutants with a fixed seed (``tests/test_fuzz.py``); the long run's
figures are in README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "pdf"
OUTCOMES = ("read", "typed", "traceback", "hang", "crashed")


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 2000) :]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 2000)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.randint(1, 3) + data[at:]


def truncate_with_eof(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(16, len(data))] + b"\n%%EOF\n"


def zero_run(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    length = min(rng.randint(1, 4000), len(data) - start)
    return data[:start] + b"\0" * length + data[start + length :]


def change_number(data: bytes, rng: random.Random) -> bytes:
    """Alter a number (an object number, a length, an offset, a coordinate, a page count)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(out))
        while at < len(out) and not chr(out[at]).isdigit():
            at += 1
        if at < len(out):
            out[at : at + 1] = str(rng.choice([0, 1, 9, 99, 65535, 2**31, rng.randrange(10**6)])).encode()
    return bytes(out)


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip": flip_bytes,
    "delete": delete_chunk,
    "duplicate": duplicate_chunk,
    "truncate": truncate_with_eof,
    "zero": zero_run,
    "number": change_number,
}


def mutants(sources: list[Path], count: int, seed: int):
    """(name, bytes) of ``count`` mutants, the same for the same seed."""
    rng = random.Random(seed)
    originals = [(p.stem, p.read_bytes()) for p in sources]
    kinds = sorted(MUTATORS)
    for i in range(count):
        stem, data = originals[i % len(originals)]
        kind = kinds[rng.randrange(len(kinds))]
        mutated = MUTATORS[kind](data, rng)
        if rng.random() < 0.25:  # a second mutation now and then: damage rarely comes alone
            mutated = MUTATORS[kinds[rng.randrange(len(kinds))]](mutated, rng) or mutated
        yield f"{i:05d}-{stem}-{kind}.pdf", mutated or b"%"


def extract_raw(path: Path):
    """The pipeline as the guard calls it, minus the guard: skipped pages counted, nothing caught."""
    from analyser.extract import extract

    try:
        from analyser.reading import collect_skips
    except ImportError:  # an older version of the package, to compare against
        from contextlib import nullcontext

        def collect_skips():
            return nullcontext([])

    with collect_skips() as skips:
        document = extract(path)
    return len(document.indicators), len(skips)


def extract_chunk(paths: list[Path]) -> list[tuple[str, str, str | None, str | None, int]]:
    """Several mutants in one child: (file, outcome, reason, traceback, pages skipped) each.

    Why: a fork per mutant is the right isolation for the long run, but in the test suite the
    fork of a large parent costs more than the extraction; a hang or crash still stops the
    whole chunk, so it cannot go unnoticed.
    """
    import traceback

    from analyser.errors import InputError

    out = []
    for path in paths:
        try:
            _, skipped = extract_raw(path)
            out.append((path.name, "read", None, None, skipped))
        except InputError as err:
            out.append((path.name, "typed", err.reason, None, 0))
        except Exception as exc:  # noqa: BLE001 - what this run exists to count
            out.append((path.name, "traceback", f"{type(exc).__name__}: {exc}", traceback.format_exc(), 0))
    return out


@dataclass
class FuzzReport:
    count: int = 0
    seconds: float = 0.0
    outcomes: Counter = field(default_factory=Counter)
    #: Read with at least one page skipped.
    partial: int = 0
    #: The first few tracebacks, hangs and crashes, for diagnosis.
    examples: list[dict] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)

    def line(self) -> str:
        parts = ", ".join(f"{self.outcomes.get(k, 0)} {k}" for k in OUTCOMES)
        return f"{self.count} mutants in {self.seconds:.0f} s: {parts} ({self.partial} read with pages skipped)"

    def add(self, name: str, kind: str, reason: str | None, trace: str | None, skipped: int) -> None:
        self.outcomes[kind] += 1
        self.count += 1
        self.partial += int(kind == "read" and skipped > 0)
        if kind == "typed" and reason:
            self.reasons[reason.split(" (")[0]] += 1
        if kind in ("traceback", "hang", "crashed") and len(self.examples) < 20:
            self.examples.append({"file": name, "kind": kind, "reason": reason, "trace": trace})


def run(
    sources: list[Path],
    count: int,
    seed: int = 12,
    jobs: int = 1,
    time_limit: float = 30.0,
    progress: bool = False,
    chunk: int = 1,
) -> FuzzReport:
    """Extract ``count`` mutants in child processes (``chunk`` mutants per child) under
    ``time_limit`` seconds per mutant; count the outcomes."""
    import analyser.extract  # noqa: F401 - loaded once here, inherited by every forked child
    from analyser import model
    from analyser.isolate import run_isolated

    model.load()
    if hasattr(model, "nlp"):
        model.nlp()
    report = FuzzReport()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def batches():
            batch: list[Path] = []
            for name, data in mutants(sources, count, seed):
                path = folder / name
                path.write_bytes(data)
                batch.append(path)
                if len(batch) == chunk:
                    yield batch
                    batch = []
            if batch:
                yield batch

        kinds = {"timeout": "hang", "crashed": "crashed", "exception": "traceback"}
        for outcome in run_isolated(extract_chunk, batches(), jobs=jobs, time_limit=time_limit * chunk):
            if outcome.kind == "ok":
                for row in outcome.value:
                    report.add(*row)
            else:  # the whole chunk hung or crashed: every mutant in it is counted so
                for path in outcome.item:
                    report.add(path.name, kinds.get(outcome.kind, "traceback"), outcome.reason, outcome.trace, 0)
            for path in outcome.item:
                path.unlink(missing_ok=True)
            if progress and report.count % 500 < chunk:
                report.seconds = time.perf_counter() - start
                print(f"  {report.line()}", file=sys.stderr, flush=True)
    report.seconds = time.perf_counter() - start
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=30.0, help="seconds per mutant")
    parser.add_argument("--chunk", type=int, default=1, help="mutants per child process (1: one each)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "fuzz.json"))
    args = parser.parse_args(argv)
    sources = sorted(CORPUS.glob("*.pdf"))
    report = run(sources, args.count, args.seed, args.jobs, args.time_limit, progress=True, chunk=args.chunk)
    print(report.line())
    for example in report.examples[:5]:
        print(f"--- {example['file']}: {example['kind']}: {example['reason']}\n{example['trace'] or ''}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "count": report.count,
                "seed": args.seed,
                "seconds": round(report.seconds, 1),
                "chunk": args.chunk,
                "time_limit_s": args.time_limit,
                "outcomes": {k: report.outcomes.get(k, 0) for k in OUTCOMES},
                "partial": report.partial,
                "typed_reasons": dict(report.reasons.most_common()),
                "examples": report.examples,
            },
            indent=2,
        )
    )
    print(f"results written to {out}")
    bad = sum(report.outcomes.get(k, 0) for k in ("traceback", "hang", "crashed"))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
