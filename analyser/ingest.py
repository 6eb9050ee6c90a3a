"""Batch ingest: extract many PDFs (optionally in parallel) and store each in its own transaction.

Why this shape: extraction is CPU-bound and independent per file, so each file is read in its
own child process (:mod:`analyser.isolate`), ``jobs`` at a time, under a per-document time limit:
a pathological file that hangs or crashes a C library is stopped and reported, and the batch
goes on. The database has one writer (the parent), so each document is stored atomically.
A bad file costs one error line, never the batch.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from analyser.document import Document
from analyser.errors import InputError

Extractor = Callable[[Path], Document]

#: Seconds one document may take before it is stopped (a 300-page document takes about 15 s).
DEFAULT_TIME_LIMIT = 300.0


@dataclass(frozen=True)
class IngestSettings:
    """How a batch runs. ``time_limit`` of None or 0 means no limit."""

    jobs: int = 1
    time_limit: float | None = DEFAULT_TIME_LIMIT
    #: Re-extract files already stored (corrections are kept).
    force: bool = False
    #: Re-extract stored files whose pipeline version is not the running one.
    refresh_stale: bool = False


@dataclass
class IngestResult:
    """What a batch did, for the summary line and the exit status."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: Stored documents re-extracted because their pipeline version was not the running one.
    refreshed: list[str] = field(default_factory=list)
    #: Files in the folders given that are not PDFs, named so nothing is skipped silently.
    ignored: list[str] = field(default_factory=list)
    #: (file, warning) for documents stored with a caveat, e.g. a skipped page.
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        total = len(self.added) + len(self.unchanged) + len(self.failed)
        refreshed = f" ({len(self.refreshed)} refreshed)" if self.refreshed else ""
        ignored = f"; {len(self.ignored)} non-PDF file(s) ignored" if self.ignored else ""
        return (
            f"{total} file(s): {len(self.added)} stored{refreshed}, {len(self.unchanged)} already stored, "
            f"{len(self.failed)} failed{ignored}"
        )


def find_pdfs(paths: Iterable[str | Path], ignored: list[str] | None = None) -> list[Path]:
    """Files as given, folders searched recursively for *.pdf (case-insensitive), sorted.

    Other files inside the folders are added to ``ignored`` (hidden files aside), so the caller
    can name them: a folder of .txt files must not look like an empty success.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() == ".pdf":
                    found.append(child)
                elif ignored is not None and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    ignored.append(str(child))
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


def _warm(extractor: Extractor) -> None:
    """Load the pipeline and the model once in the parent, so each forked child starts warm."""
    if extractor is not default_extractor:
        return
    import analyser.extract  # noqa: F401
    from analyser import model

    model.load()
    if hasattr(model, "nlp"):
        model.nlp()


def _extracted(
    paths: list[Path], extractor: Extractor, settings: IngestSettings
) -> Iterator[tuple[Path, Document | None, str | None]]:
    """(path, document, reason) per file: each file in its own child, under the time limit."""
    from analyser.isolate import run_isolated

    _warm(extractor)
    for outcome in run_isolated(extractor, paths, jobs=settings.jobs, time_limit=settings.time_limit or None):
        if outcome.kind == "ok":
            yield outcome.item, outcome.value, None
        elif outcome.kind == "exception":
            yield outcome.item, None, f"extraction failed ({outcome.reason})"
        else:
            yield outcome.item, None, outcome.reason


def ingest_paths(
    paths: Iterable[str | Path],
    store,
    settings: IngestSettings | None = None,
    *,
    authority: str | None = None,
    authority_map: dict[str, list[str]] | None = None,
    extractor: Extractor = default_extractor,
    progress: TextIO | None = None,
    errors: TextIO | None = None,
) -> IngestResult:
    """Extract and store every PDF under ``paths``; report failures, keep going."""
    settings = settings or IngestSettings()
    result = IngestResult()
    files = find_pdfs(paths, result.ignored)
    out = errors or sys.stderr
    for name in result.ignored:
        print(f"note: {name}: not a PDF, ignored", file=out)
    stale: set[Path] = set()
    if not settings.force:
        files, stale = _skip_stored(files, store, result, settings.refresh_stale)
    bar = Progress(len(files), progress)
    for path, doc, reason in _extracted(files, extractor, settings):
        if doc is not None:
            force = settings.force or path in stale
            reason = _store_one(store, doc, path, authority, authority_map or {}, force, result)
            if reason is None:
                if path in stale:
                    result.refreshed.append(str(path))
                for warning in doc.warnings:
                    result.warnings.append((str(path), warning))
                    bar.clear()
                    print(f"warning: {path}: {warning}", file=out)
        if reason is not None:
            result.failed.append((str(path), reason))
            bar.clear()
            print(f"error: {path}: {reason}", file=out)
        bar.step(path.name)
    bar.finish()
    return result


def _skip_stored(files: list[Path], store, result: IngestResult, refresh_stale: bool) -> tuple[list[Path], set[Path]]:
    """Files whose bytes are already stored need no extraction: re-ingesting is a no-op.

    With ``refresh_stale``, a stored file whose pipeline version is not the running one is
    extracted again (and returned in the second set, to be stored over the old rows).
    """
    from analyser.reading import sha256_of
    from analyser.version import pipeline_version

    frame = store.documents_frame() if store is not None else None
    versions = dict(zip(frame["sha256"], frame["pipeline_version"], strict=True)) if frame is not None else {}
    current = pipeline_version()
    todo, stale = [], set()
    for path in files:
        try:
            digest = sha256_of(path)
        except OSError:
            digest = None  # unreadable: let extraction report it
        if digest in versions and refresh_stale and versions[digest] != current:
            stale.add(path)
            todo.append(path)
        elif digest in versions:
            result.unchanged.append(str(path))
        else:
            todo.append(path)
    return todo, stale


def _store_one(
    store,
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
    except InputError as err:  # the store is busy or unusable: say so in its own words
        return err.reason
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
