"""Extraction results cached by content hash and pipeline version.

An unchanged document is never read twice; a new pipeline version or a changed file misses the
cache by construction, so there is nothing to invalidate by hand.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from analyser.document import Document

ENV_VAR = "THRESHOLD_ANALYSER_CACHE"


def default_dir() -> Path:
    """`$THRESHOLD_ANALYSER_CACHE`, else `$XDG_CACHE_HOME/threshold-analyser`, else ~/.cache/..."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "threshold-analyser"


def key(sha256: str, pipeline_version: str) -> str:
    return f"{sha256}-{pipeline_version}"


def get(cache_dir: Path, sha256: str, pipeline_version: str) -> Document | None:
    path = cache_dir / f"{key(sha256, pipeline_version)}.json"
    try:
        return Document.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a missing or damaged entry is a miss, never an error


def put(cache_dir: Path, document: Document, pipeline_version: str) -> bool:
    """Write atomically: a crash mid-write never leaves a half entry behind.

    Best effort: a cache that cannot be written (read-only home, full disk) costs speed next
    time, never the result in hand; returns whether the entry was written.
    """
    target = cache_dir / f"{key(document.sha256, pipeline_version)}.json"
    tmp = None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document.to_json(), handle)
        os.replace(tmp, target)
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
