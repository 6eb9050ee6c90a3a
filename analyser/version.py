"""The pipeline version: the package's release plus a hash of its source files and its model.

Why a hash and not a number: a number is only as good as the memory of whoever changes the code,
and a forgotten bump serves old results from the cache, silently. Any edited line of the package
or a retrained model gives a new version, so cached extractions and stored documents made by
other code are recognised (the cache misses; `ingest --refresh-stale` re-extracts them).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from analyser import __version__

PACKAGE = Path(__file__).resolve().parent
#: Hex digits kept from each hash; the whole version fits the store's 40-character column.
DIGITS = 12


def source_hash(package: Path = PACKAGE) -> str:
    """Hash of every ``*.py`` file under the package (path and bytes), in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:DIGITS]


def model_hash(package: Path = PACKAGE) -> str:
    """Hash of the shipped model files ("rules" when none is trained: the rules then apply)."""
    models = sorted((package / "models").glob("*.pkl"))
    if not models:
        return "rules"
    digest = hashlib.sha256()
    for path in models:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:DIGITS]


def pipeline_version(package: Path | None = None) -> str:
    """``0.1.0+<source hash>.<model hash>``: what the cache key and the store record.

    The running package's version is computed once per process (its files do not change under
    it); another package folder (a test's edited copy) is hashed afresh on every call.
    """
    if package is None or Path(package).resolve() == PACKAGE:
        return _running_version()
    return f"{__version__}+{source_hash(package)}.{model_hash(package)}"


@lru_cache(maxsize=1)
def _running_version() -> str:
    return f"{__version__}+{source_hash(PACKAGE)}.{model_hash(PACKAGE)}"
