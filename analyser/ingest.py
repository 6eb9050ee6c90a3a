"""Batch ingest: extract many PDFs (optionally in parallel) and store each in its own transaction.

Why this shape: extraction is CPU-bound and independent per file, so it runs in a process pool;
the database has one writer (the parent), so SQLite never sees concurrent writes and each
document is stored atomically. A bad file costs one error line, never the batch.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from analyser.document import Document
from analyser.errors import InputError
from analyser.store import Store

Extractor = Callable[[Path], Document]


@dataclass
class IngestResult:
    """What a batch did, for the summary line and the exit status."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        total = len(self.added) + len(self.unchanged) + len(self.failed)
        return (
            f"{total} file(s): {len(self.added)} stored, {len(self.unchanged)} already stored, "
            f"{len(self.failed)} failed"
        )


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders searched recursively for *.pdf (case-insensitive), sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_authority_map(path: str | Path) -> dict[str, list[str]]:
    """``documents.csv``-style mapping: ``doc`` (slug) and/or ``file`` -> ``authorities``.

    Keys are file names and stems, so both ``three-rivers`` and ``three-rivers.pdf`` match.
    """
    mapping: dict[str, list[str]] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names = [n.strip() for n in (row.get("authorities") or "").split(";") if n.strip()]
            if not names:
                continue
            for key in (row.get("doc"), row.get("file")):
                if key:
                    mapping[Path(key).name] = names
                    mapping[Path(key).stem] = names
    return mapping


def default_extractor(path: Path) -> Document:
    """Extraction through the content-hash cache: an unchanged file is never read twice."""
    from analyser.extract import extract_cached

    return extract_cached(path)


def _extract_one(extractor: Extractor, path: Path) -> tuple[Document | None, str | None]:
    """Run in a worker: a Document, or the one-line reason it could not be read."""
    try:
        return extractor(path), None
    except InputError as err:
        return None, err.reason
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the batch
        return None, f"extraction failed ({type(err).__name__}: {err})"


def _extracted(
    paths: list[Path], extractor: Extractor, jobs: int
) -> Iterator[tuple[Path, Document | None, str | None]]:
    if jobs <= 1:
        for path in paths:
            yield (path, *_extract_one(extractor, path))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_extract_one, extractor, p): p for p in paths}
        for future in as_completed(futures):
            yield (futures[future], *future.result())


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    jobs: int = 1,
    authority: str | None = None,
    authority_map: dict[str, list[str]] | None = None,
    force: bool = False,
    extractor: Extractor = default_extractor,
    progress: TextIO | None = None,
    errors: TextIO | None = None,
) -> IngestResult:
    """Extract and store every PDF under ``paths``; report failures, keep going."""
    files = find_pdfs(paths)
    result = IngestResult()
    if not force:
        files = _skip_stored(files, store, result)
    bar = Progress(len(files), progress)
    for path, doc, reason in _extracted(files, extractor, jobs):
        if doc is not None:
            reason = _store_one(store, doc, path, authority, authority_map or {}, force, result)
        if reason is not None:
            result.failed.append((str(path), reason))
            bar.clear()
            print(f"error: {path}: {reason}", file=errors or sys.stderr)
        bar.step(path.name)
    bar.finish()
    return result


def _skip_stored(files: list[Path], store: Store, result: IngestResult) -> list[Path]:
    """Files whose bytes are already stored need no extraction: re-ingesting is a no-op."""
    from analyser.reading import sha256_of

    stored = set(store.documents_frame()["sha256"]) if store is not None else set()
    todo = []
    for path in files:
        try:
            known = sha256_of(path) in stored
        except OSError:
            known = False  # unreadable: let extraction report it
        if known:
            result.unchanged.append(str(path))
        else:
            todo.append(path)
    return todo


def _store_one(
    store: Store,
    doc: Document,
    path: Path,
    authority: str | None,
    authority_map: dict[str, list[str]],
    force: bool,
    result: IngestResult,
) -> str | None:
    names = authority_map.get(path.name) or authority_map.get(path.stem)
    if authority:
        names = [authority]
    try:
        _, written = store.add_document(doc, names, force=force)
    except Exception as err:  # noqa: BLE001 - the transaction rolled back; report and go on
        return f"could not be stored ({type(err).__name__}: {err})"
    (result.added if written else result.unchanged).append(str(path))
    return None


class Progress:
    """A one-line text progress bar on stderr (redrawn in place on a terminal)."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.total, self.done, self.width = total, 0, width
        self.stream = stream or sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())

    def step(self, label: str) -> None:
        self.done += 1
        filled = int(self.width * self.done / max(self.total, 1))
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} {label}"
        if self.live:
            self.stream.write("\r" + line[:100].ljust(100))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.live:
            self.stream.write("\r" + " " * 100 + "\r")

    def finish(self) -> None:
        if self.live and self.total:
            self.stream.write("\n")
            self.stream.flush()
