"""The one module that touches the database: extracted documents with people's corrections on top.

Why a layered store: extraction is re-run as the pipeline improves, but a reviewer's correction
("this indicator is Level 3, not Level 4") is a person's judgement and must survive every
re-run. Extracted rows are therefore replaceable, corrections are append-only and point at an
indicator through a *stable key* (document + normalised text + page), so they re-attach to the
re-extracted row. Reads return the effective (corrected) value beside the extracted one.

SQLAlchemy Core with portable types only, so ``--db postgresql://...`` works for a team; SQLite
is the default, at ``$THRESHOLD_ANALYSER_DB`` or ``data/threshold.db`` under the current
directory. The schema is versioned by the ordered migrations in :data:`MIGRATIONS`.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)

from analyser.document import ISSUES, LETTERS, Document, Indicator, Level
from analyser.errors import StoreBusy, StoreError, StoreMissing
from analyser.locations import DEFAULT_DB, ENV_DB
from analyser.version import pipeline_version


@dataclass(frozen=True)
class StoreSettings:
    """How the store shares its SQLite file with other writers (the app, another ingest).

    WAL lets readers go on while one writer writes; the busy timeout makes a second writer wait
    for the first rather than fail at once. Past the timeout it fails with one line
    (:class:`~analyser.errors.StoreBusy`), never a half-written document.
    """

    busy_timeout_s: float = 30.0
    wal: bool = True


#: Indicator fields a reviewer may correct, and level fields likewise.
INDICATOR_FIELDS = ("text", "local_level", "level", "issue", "issues", "severity", "domain")
LEVEL_FIELDS = ("label", "name", "maps_to", "evidence")

# ---------------------------------------------------------------------------------------------
# Schema (current shape). Migrations below build it step by step; these objects are for queries.
# ---------------------------------------------------------------------------------------------
metadata = MetaData()

authorities = Table(
    "authorities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("ons_code", String(20)),
    Column("region", String(100)),
)
documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("file_name", String(500), nullable=False),
    Column("pages", Integer, nullable=False),
    Column("version_date", String(10)),
    Column("title", String(500)),
    Column("extracted_at", DateTime(timezone=True), nullable=False),
    Column("pipeline_version", String(40), nullable=False),
    Column("warnings", Text),
)
document_authorities = Table(
    "document_authorities",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True),
    Column("authority_id", Integer, ForeignKey("authorities.id"), primary_key=True),
)
levels = Table(
    "levels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("order", Integer, nullable=False),
    Column("label", String(200), nullable=False),
    Column("name", String(200)),
    Column("maps_to", String(20), nullable=False),
    Column("evidence", Text),
    Column("stable_key", String(64)),
)
indicators = Table(
    "indicators",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("page", Integer, nullable=False),
    Column("x0", Float),
    Column("top", Float),
    Column("x1", Float),
    Column("bottom", Float),
    Column("local_level", String(200)),
    Column("level", String(1)),
    Column("issue", String(40)),
    Column("issues", String(400)),
    Column("severity", Integer),
    Column("domain", String(200)),
    Column("confidence", Float),
    Column("stable_key", String(64)),
)
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("indicator_id", Integer, ForeignKey("indicators.id")),
    Column("level_id", Integer, ForeignKey("levels.id")),
    Column("target_key", String(64), nullable=False),
    Column("field", String(40), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("who", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


# ---------------------------------------------------------------------------------------------
# Migrations: append only. Each takes a connection inside the upgrade transaction.
# ---------------------------------------------------------------------------------------------
def _migration_1_initial(conn: Connection) -> None:
    """The first released schema (frozen: later changes are new migrations, never edits)."""
    md = MetaData()
    Table(
        "authorities",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String(200), nullable=False, unique=True),
        Column("ons_code", String(20)),
        Column("region", String(100)),
    )
    Table(
        "documents",
        md,
        Column("id", Integer, primary_key=True),
        Column("sha256", String(64), nullable=False, unique=True),
        Column("file_name", String(500), nullable=False),
        Column("pages", Integer, nullable=False),
        Column("version_date", String(10)),
        Column("title", String(500)),
        Column("extracted_at", DateTime(timezone=True), nullable=False),
        Column("pipeline_version", String(40), nullable=False),
    )
    Table(
        "document_authorities",
        md,
        Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True),
        Column("authority_id", Integer, ForeignKey("authorities.id"), primary_key=True),
    )
    Table(
        "levels",
        md,
        Column("id", Integer, primary_key=True),
        Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
        Column("order", Integer, nullable=False),
        Column("label", String(200), nullable=False),
        Column("name", String(200)),
        Column("maps_to", String(20), nullable=False),
        Column("evidence", Text),
    )
    Table(
        "indicators",
        md,
        Column("id", Integer, primary_key=True),
        Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
        Column("ordinal", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("page", Integer, nullable=False),
        Column("x0", Float),
        Column("top", Float),
        Column("x1", Float),
        Column("bottom", Float),
        Column("local_level", String(200)),
        Column("level", String(1)),
        Column("issue", String(40)),
        Column("issues", String(400)),
        Column("severity", Integer),
        Column("domain", String(200)),
        Column("confidence", Float),
    )
    Table(
        "corrections",
        md,
        Column("id", Integer, primary_key=True),
        Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
        Column("indicator_id", Integer, ForeignKey("indicators.id")),
        Column("level_id", Integer, ForeignKey("levels.id")),
        Column("target_key", String(64), nullable=False),
        Column("field", String(40), nullable=False),
        Column("old_value", Text),
        Column("new_value", Text),
        Column("who", String(200), nullable=False),
        Column("at", DateTime(timezone=True), nullable=False),
    )
    Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True),
        Column("applied_at", DateTime(timezone=True), nullable=False),
    )
    md.create_all(conn)


def _migration_2_stable_keys(conn: Connection) -> None:
    """Stable keys on indicators and levels so corrections re-attach after re-extraction.

    Version 1 matched corrections by row id, which re-extraction replaces; the key is derived
    from existing rows, so an old database keeps its corrections attached.
    """
    conn.execute(text("ALTER TABLE indicators ADD COLUMN stable_key VARCHAR(64)"))
    conn.execute(text("ALTER TABLE levels ADD COLUMN stable_key VARCHAR(64)"))
    rows = conn.execute(text("SELECT id, document_id, text, page FROM indicators ORDER BY document_id, ordinal")).all()
    seen: Counter[tuple[int, str, int]] = Counter()
    for row in rows:
        norm = normalise_text(row.text)
        seen[(row.document_id, norm, row.page)] += 1
        key = indicator_key(row.text, row.page, seen[(row.document_id, norm, row.page)] - 1)
        conn.execute(text("UPDATE indicators SET stable_key = :k WHERE id = :i"), {"k": key, "i": row.id})
    for row in conn.execute(text("SELECT id, label FROM levels")).all():
        conn.execute(
            text("UPDATE levels SET stable_key = :k WHERE id = :i"),
            {"k": level_key(row.label), "i": row.id},
        )
    Index("ix_indicators_doc_key", indicators.c.document_id, indicators.c.stable_key).create(conn)
    Index("ix_corrections_doc_key", corrections.c.document_id, corrections.c.target_key).create(conn)


def _migration_3_warnings(conn: Connection) -> None:
    """Each document's warnings ("page 4 skipped: ..."), so a partial read is never silent."""
    conn.execute(text("ALTER TABLE documents ADD COLUMN warnings TEXT"))


#: Ordered; the schema version of a database is the number of migrations applied to it.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _migration_1_initial,
    _migration_2_stable_keys,
    _migration_3_warnings,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(engine: Engine, target: int | None = None) -> int:
    """Apply the migrations a database lacks, each in its own transaction; return the version."""
    target = SCHEMA_VERSION if target is None else target
    current = _current_version(engine)
    for number in range(current + 1, target + 1):
        for attempt in range(MIGRATION_RETRIES):
            try:
                with engine.begin() as conn:
                    MIGRATIONS[number - 1](conn)
                    conn.execute(schema_version.insert().values(version=number, applied_at=_now()))
                break
            except Exception:
                # Two processes opening a new store at once: the other one is applying this
                # migration (its tables exist, its version row is not committed yet). Wait for it.
                time.sleep(0.25)
                if _current_version(engine) >= number:
                    break
                if attempt == MIGRATION_RETRIES - 1:
                    raise
    return max(current, target)


#: How often (every 0.25 s) a store opened by two processes at once waits for the other's migration.
MIGRATION_RETRIES = 40


def _current_version(engine: Engine) -> int:
    if not inspect(engine).has_table("schema_version"):
        return 0
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 0)


# ---------------------------------------------------------------------------------------------
# Keys and values
# ---------------------------------------------------------------------------------------------
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)


def normalise_text(value: str) -> str:
    """Case, spacing, typographic quotes and end punctuation do not make a different indicator."""
    value = value.translate(_QUOTES).lower()
    value = re.sub(r"\s+", " ", value).strip()
    return value.strip(" .;:,")


def indicator_key(text_value: str, page: int, occurrence: int = 0) -> str:
    """Stable key: normalised text + page (+ occurrence for a repeated line on one page)."""
    raw = f"{normalise_text(text_value)}|{int(page)}|{occurrence}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def level_key(label: str) -> str:
    return hashlib.sha1(normalise_text(label).encode("utf-8")).hexdigest()


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` value (URL or file path), else ``$THRESHOLD_ANALYSER_DB``, else data/threshold.db.

    Nothing is created here: a read-only command must not leave an empty store behind.
    """
    value = str(db) if db is not None else os.environ.get(ENV_DB) or str(DEFAULT_DB)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for another database or an in-memory one)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url[len("sqlite:///") :].split("?", 1)[0]
    return Path(rest) if rest and rest != ":memory:" else None


def default_url() -> str:
    """The database used when no ``--db`` is given (see :func:`resolve_url`)."""
    return resolve_url(None)


def _now() -> datetime:
    return datetime.now(UTC)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _check_value(field: str, value: Any) -> str | None:
    """Validate a corrected value and return its stored (text) form."""
    if value is None or value == "":
        if field in ("text", "label", "maps_to"):
            raise ValueError(f"{field} cannot be empty")
        return None
    if field == "level" and value not in LETTERS:
        raise ValueError(f"level must be one of {', '.join(LETTERS)}, not {value!r}")
    if field == "issue" and value not in ISSUES:
        raise ValueError(f"unknown issue {value!r}")
    if field == "issues":
        parts = list(value) if isinstance(value, list | tuple) else _split(str(value))
        unknown = [p for p in parts if p not in ISSUES]
        if unknown:
            raise ValueError(f"unknown issue(s) {unknown}")
        return ";".join(parts)
    if field == "severity":
        number = int(value)
        if not 1 <= number <= 6:
            raise ValueError("severity must be 1-6")
        return str(number)
    if field == "maps_to":
        parts = list(value) if isinstance(value, list | tuple) else re.split(r"[+;, ]+", str(value))
        parts = [p for p in parts if p]
        if not parts or any(p not in LETTERS for p in parts):
            raise ValueError(f"maps_to must be letters A-D joined by '+', not {value!r}")
        return "+".join(sorted(set(parts)))
    return str(value)


def _indicator_row(ind: Indicator, ordinal: int, key: str) -> dict[str, Any]:
    x0, top, x1, bottom = (float(v) for v in (ind.bbox or (0.0, 0.0, 0.0, 0.0)))
    return {
        "ordinal": ordinal,
        "text": ind.text,
        "page": int(ind.page),
        "x0": x0,
        "top": top,
        "x1": x1,
        "bottom": bottom,
        "local_level": ind.local_level,
        "level": ind.level,
        "issue": ind.issue,
        "issues": ";".join(ind.issues or []),
        "severity": ind.severity,
        "domain": ind.domain,
        "confidence": ind.confidence,
        "stable_key": key,
    }


def _level_row(level: Level, order: int) -> dict[str, Any]:
    return {
        "order": order,
        "label": level.label,
        "name": level.name,
        "maps_to": "+".join(level.maps_to),
        "evidence": level.evidence,
        "stable_key": level_key(level.label),
    }


def _keyed_rows(doc: Document) -> list[dict[str, Any]]:
    seen: Counter[tuple[str, int]] = Counter()
    rows = []
    for ordinal, ind in enumerate(doc.indicators):
        slot = (normalise_text(ind.text), int(ind.page))
        rows.append(_indicator_row(ind, ordinal, indicator_key(ind.text, ind.page, seen[slot])))
        seen[slot] += 1
    return rows


# ---------------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------------
class Store:
    """A threshold-document database. ``Store()`` opens (and upgrades) the default one."""

    def __init__(
        self,
        db: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        settings: StoreSettings | None = None,
    ) -> None:
        """Open the store; with ``create=False`` (read-only commands) a missing one is an error."""
        self.url = resolve_url(db)
        self.settings = settings or StoreSettings()
        self.path = sqlite_path(self.url)
        label = str(self.path or self.url)
        if self.path is not None:
            if self.path.is_dir():
                raise StoreError(label, "is a folder, not a store file")
            if not self.path.exists():
                if not create:
                    raise StoreMissing(label)
                self.path.parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"timeout": self.settings.busy_timeout_s} if self.url.startswith("sqlite") else {}
        self.engine = create_engine(self.url, future=True, connect_args=connect_args)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", self._sqlite_pragmas)
            event.listen(self.engine, "handle_error", self._sqlite_error)
        migrate(self.engine)

    def _sqlite_pragmas(self, dbapi_conn: Any, _record: Any) -> None:
        """Foreign keys as PostgreSQL enforces them; WAL and a busy timeout for two writers."""
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(self.settings.busy_timeout_s * 1000)}")
            if self.settings.wal and self.path is not None:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    def _sqlite_error(self, context: Any) -> None:
        """SQLite's own errors in one line a person can act on (the transaction has rolled back)."""
        original = context.original_exception
        if not isinstance(original, sqlite3.Error):
            return
        message = str(original).lower()
        label = str(self.path or self.url)
        if "locked" in message or "busy" in message:
            raise StoreBusy(label, f"{StoreBusy.reason} (waited {self.settings.busy_timeout_s:g} s)")
        if "not a database" in message or "malformed" in message:
            raise StoreError(label, "is not a Threshold Analyser store (not an SQLite database, or damaged)")
        if "readonly" in message or "read-only" in message:
            raise StoreError(label, "the store is read-only here; check the file's permissions")
        if "unable to open" in message:
            raise StoreError(label, "the store cannot be opened; check the folder exists and is writable")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------
    def add_document(
        self,
        doc: Document,
        authorities: Sequence[str] | None = None,
        *,
        force: bool = False,
    ) -> tuple[int, bool]:
        """Store one document in ONE transaction; return (document id, whether rows were written).

        The same file (same sha256) is a no-op unless ``force`` (re-extraction), which replaces
        the extracted rows and keeps every correction. Authorities default to the document's
        own (``"A; B"`` names several, for a shared regional document).
        """
        names = [n.strip() for n in (authorities or _split(doc.authority)) if n.strip()]
        if not names:
            raise ValueError(f"{doc.source}: no authority named for this document")
        with self.engine.begin() as conn:
            existing = conn.execute(select(documents.c.id).where(documents.c.sha256 == doc.sha256)).scalar()
            if existing is not None and not force:
                self._link_authorities(conn, existing, names)
                return int(existing), False
            if existing is None:
                doc_id = self._insert_document(conn, doc)
            else:
                doc_id = int(existing)
                self._update_document(conn, doc_id, doc)
            self._link_authorities(conn, doc_id, names)
            self._replace_levels(conn, doc_id, doc.levels)
            self._replace_indicators(conn, doc_id, doc)
        return doc_id, True

    def _insert_document(self, conn: Connection, doc: Document) -> int:
        result = conn.execute(documents.insert().values(sha256=doc.sha256, **_document_values(doc)))
        return int(result.inserted_primary_key[0])

    def _update_document(self, conn: Connection, doc_id: int, doc: Document) -> None:
        conn.execute(documents.update().where(documents.c.id == doc_id).values(**_document_values(doc)))

    def _link_authorities(self, conn: Connection, doc_id: int, names: Iterable[str]) -> None:
        for name in names:
            auth_id = self._authority_id(conn, name)
            linked = conn.execute(
                select(document_authorities.c.document_id).where(
                    document_authorities.c.document_id == doc_id,
                    document_authorities.c.authority_id == auth_id,
                )
            ).first()
            if linked is None:
                conn.execute(document_authorities.insert().values(document_id=doc_id, authority_id=auth_id))

    def _authority_id(self, conn: Connection, name: str) -> int:
        found = conn.execute(select(authorities.c.id).where(authorities.c.name == name)).scalar()
        if found is not None:
            return int(found)
        return int(conn.execute(authorities.insert().values(name=name)).inserted_primary_key[0])

    def _replace_indicators(self, conn: Connection, doc_id: int, doc: Document) -> None:
        """Upsert by stable key: matched rows keep their id (and so their corrections)."""
        old = dict(
            conn.execute(
                select(indicators.c.stable_key, indicators.c.id).where(indicators.c.document_id == doc_id)
            ).all()
        )
        rows = _keyed_rows(doc)
        new_keys = {row["stable_key"] for row in rows}
        gone = [ind_id for key, ind_id in old.items() if key not in new_keys]
        if gone:
            conn.execute(corrections.update().where(corrections.c.indicator_id.in_(gone)).values(indicator_id=None))
            conn.execute(indicators.delete().where(indicators.c.id.in_(gone)))
        inserts = []
        for row in rows:
            if row["stable_key"] in old:
                conn.execute(indicators.update().where(indicators.c.id == old[row["stable_key"]]).values(row))
            else:
                inserts.append({**row, "document_id": doc_id})
        if inserts:
            conn.execute(indicators.insert(), inserts)
        self._reattach(conn, doc_id, indicators, corrections.c.indicator_id)

    def _replace_levels(self, conn: Connection, doc_id: int, scheme: list[Level]) -> None:
        old = dict(conn.execute(select(levels.c.stable_key, levels.c.id).where(levels.c.document_id == doc_id)).all())
        rows = [_level_row(level, order) for order, level in enumerate(scheme)]
        new_keys = {row["stable_key"] for row in rows}
        gone = [lvl_id for key, lvl_id in old.items() if key not in new_keys]
        if gone:
            conn.execute(corrections.update().where(corrections.c.level_id.in_(gone)).values(level_id=None))
            conn.execute(levels.delete().where(levels.c.id.in_(gone)))
        for row in rows:
            if row["stable_key"] in old:
                conn.execute(levels.update().where(levels.c.id == old[row["stable_key"]]).values(row))
            else:
                conn.execute(levels.insert().values(document_id=doc_id, **row))
        self._reattach(conn, doc_id, levels, corrections.c.level_id)

    @staticmethod
    def _reattach(conn: Connection, doc_id: int, table: Table, target: Column[Any]) -> None:
        """Point orphaned corrections (their row vanished in an earlier run) at a row again."""
        kind = "indicator" if target is corrections.c.indicator_id else "level"
        orphans = conn.execute(
            select(corrections.c.id, corrections.c.target_key).where(
                corrections.c.document_id == doc_id,
                target.is_(None),
                (corrections.c.level_id if kind == "indicator" else corrections.c.indicator_id).is_(None),
                corrections.c.field.in_(INDICATOR_FIELDS if kind == "indicator" else LEVEL_FIELDS),
            )
        ).all()
        if not orphans:
            return
        by_key = dict(conn.execute(select(table.c.stable_key, table.c.id).where(table.c.document_id == doc_id)).all())
        for corr_id, key in orphans:
            if key in by_key:
                conn.execute(corrections.update().where(corrections.c.id == corr_id).values({target.name: by_key[key]}))

    def correct(self, indicator_id: int, field: str, new_value: Any, who: str) -> int:
        """Record a reviewer's correction of one indicator field; return the correction id."""
        return self._correct(indicators, "indicator_id", INDICATOR_FIELDS, indicator_id, field, new_value, who)

    def correct_level(self, level_id: int, field: str, new_value: Any, who: str) -> int:
        """Record a correction of a level's scheme entry (e.g. maps_to "C+D" -> "C")."""
        return self._correct(levels, "level_id", LEVEL_FIELDS, level_id, field, new_value, who)

    def _correct(
        self,
        table: Table,
        target: str,
        allowed: Sequence[str],
        row_id: int,
        field: str,
        new_value: Any,
        who: str,
    ) -> int:
        if field not in allowed:
            raise ValueError(f"cannot correct {field!r}; correctable: {', '.join(allowed)}")
        if not who:
            raise ValueError("a correction needs the name of who made it")
        stored = _check_value(field, new_value)
        with self.engine.begin() as conn:
            row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
            if row is None:
                raise KeyError(f"no {table.name[:-1]} with id {row_id}")
            old = self._effective_value(conn, target, row_id, field, row[field])
            result = conn.execute(
                corrections.insert().values(
                    {
                        "document_id": row["document_id"],
                        target: row_id,
                        "target_key": row["stable_key"],
                        "field": field,
                        "old_value": None if old is None else str(old),
                        "new_value": stored,
                        "who": who,
                        "at": _now(),
                    }
                )
            )
        return int(result.inserted_primary_key[0])

    @staticmethod
    def _effective_value(conn: Connection, target: str, row_id: int, field: str, extracted: Any) -> Any:
        latest = conn.execute(
            select(corrections.c.new_value)
            .where(corrections.c[target] == row_id, corrections.c.field == field)
            .order_by(corrections.c.id.desc())
            .limit(1)
        ).first()
        return latest[0] if latest is not None else extracted

    def update_authority(
        self,
        name: str,
        *,
        new_name: str | None = None,
        ons_code: str | None = None,
        region: str | None = None,
    ) -> None:
        """Edit an authority's name, ONS code or region (extraction only knows the name)."""
        values = {k: v for k, v in {"name": new_name, "ons_code": ons_code, "region": region}.items() if v is not None}
        with self.engine.begin() as conn:
            result = (
                conn.execute(authorities.update().where(authorities.c.name == name).values(**values))
                if values
                else None
            )
            if result is not None and result.rowcount == 0:
                raise KeyError(f"no authority named {name!r}")

    # -- reading ------------------------------------------------------------------------------
    def _frame(self, query: Any) -> pd.DataFrame:
        with self.engine.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.all(), columns=list(result.keys()))

    def authorities_frame(self) -> pd.DataFrame:
        return self._frame(select(authorities).order_by(authorities.c.name))

    def documents_frame(self) -> pd.DataFrame:
        """One row per document with its authorities ";"-joined."""
        docs = self._frame(select(documents).order_by(documents.c.id))
        links = self._authority_links()
        joined = links.groupby("document_id")["authority"].agg(lambda s: "; ".join(sorted(s)))
        docs["authorities"] = docs["id"].map(joined).fillna("")
        return docs

    def corrections_frame(self) -> pd.DataFrame:
        return self._frame(select(corrections).order_by(corrections.c.id))

    def _authority_links(self) -> pd.DataFrame:
        query = select(
            document_authorities.c.document_id,
            authorities.c.id.label("authority_id"),
            authorities.c.name.label("authority"),
            authorities.c.ons_code,
            authorities.c.region,
        ).join(authorities, authorities.c.id == document_authorities.c.authority_id)
        return self._frame(query)

    def levels_frame(self) -> pd.DataFrame:
        """Each document's scheme (effective values; ``extracted_*`` keep the originals)."""
        frame = self._frame(select(levels).order_by(levels.c.document_id, levels.c["order"])).rename(
            columns={"id": "level_id"}
        )
        return _overlay(frame, self.corrections_frame(), "level_id", LEVEL_FIELDS)

    def indicators_frame(self, document_id: int | None = None, *, current_only: bool = True) -> pd.DataFrame:
        """One row per (indicator, authority) with effective values, provenance and bbox.

        ``current_only`` keeps, for each authority, only its latest document version, so an
        authority is compared on the thresholds it applies now. ``id`` equals ``indicator_id``.
        """
        frame = self._frame(select(indicators).order_by(indicators.c.document_id, indicators.c.ordinal))
        frame = frame.rename(columns={"id": "indicator_id"})
        frame = _overlay(frame, self.corrections_frame(), "indicator_id", INDICATOR_FIELDS)
        frame["severity"] = pd.to_numeric(frame["severity"]).astype("Int64")
        docs = self._frame(
            select(
                documents.c.id.label("document_id"),
                documents.c.file_name.label("source"),
                documents.c.sha256,
                documents.c.version_date,
                documents.c.title,
                documents.c.extracted_at,
            )
        )
        links = self._authority_links()
        if current_only and document_id is None:
            links = _latest_per_authority(links, docs)
        frame = frame.merge(docs, on="document_id").merge(links, on="document_id")
        front = ["indicator_id", "authority", "source", "page", "text", "level", "issue", "severity"]
        return frame[front + [c for c in frame.columns if c not in front]].reset_index(drop=True)

    def counts(self) -> dict[str, int]:
        """Row counts per table: a cheap way to see what an ingest wrote."""
        with self.engine.connect() as conn:
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar())
                for table in metadata.sorted_tables
            }


def _document_values(doc: Document) -> dict[str, Any]:
    return {
        "file_name": Path(doc.source).name,
        "pages": int(doc.pages),
        "version_date": doc.version_date,
        "title": doc.title,
        "extracted_at": _now(),
        "pipeline_version": pipeline_version(),
        "warnings": "\n".join(doc.warnings) or None,
    }


def _latest_per_authority(links: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    merged = links.merge(docs[["document_id", "version_date", "extracted_at"]], on="document_id")
    merged["_date"] = merged["version_date"].fillna("")
    merged = merged.sort_values(["authority", "_date", "extracted_at", "document_id"])
    latest = merged.groupby("authority", sort=False).tail(1)
    return latest[links.columns]


def _overlay(frame: pd.DataFrame, corr: pd.DataFrame, id_col: str, fields: Sequence[str]) -> pd.DataFrame:
    """Replace extracted values by the latest correction; keep originals as ``extracted_*``."""
    frame = frame.copy()
    for field in fields:
        frame[f"extracted_{field}"] = frame[field]
    frame["corrected"] = False
    if corr.empty or frame.empty:
        return frame
    corr = corr[corr[id_col].notna()].sort_values("id")
    latest = corr.groupby([id_col, "field"]).tail(1)
    for field, rows in latest.groupby("field"):
        if field not in fields:
            continue
        values = dict(zip(rows[id_col].astype(int), rows["new_value"], strict=True))
        hit = frame[id_col].isin(values.keys())
        if field == "severity":
            frame[field] = frame[field].astype("object")
            new = frame.loc[hit, id_col].map(values).map(lambda v: None if v is None else int(v))
        else:
            frame[field] = frame[field].astype("object")
            new = frame.loc[hit, id_col].map(values)
        frame.loc[hit, field] = new
        frame.loc[hit, "corrected"] = True
    return frame
