"""Where things live by default, in a module light enough for `--help` to import.

Why separate: the command line names these defaults in its help text, and importing the store
module for two strings would load pandas and SQLAlchemy before `--help` could answer.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("data") / "threshold.db"
ENV_DB = "THRESHOLD_ANALYSER_DB"


def store_file(db: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file ``--db`` (or ``$THRESHOLD_ANALYSER_DB``, or the default) names, resolved;
    None for a database URL that is not a file (``postgresql://...``)."""
    value = str(db) if db is not None else os.environ.get(ENV_DB) or str(DEFAULT_DB)
    if "://" in value:
        if value.startswith("sqlite:///"):
            rest = value[len("sqlite:///") :].split("?", 1)[0]
            return Path(rest) if rest and rest != ":memory:" else None
        return None
    return Path(value).expanduser().resolve()
