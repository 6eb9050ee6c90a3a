"""The store on real SQLite files: idempotence, atomic ingest, corrections, migrations."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import create_engine, inspect, text

from analyser.document import Indicator
from analyser.store import SCHEMA_VERSION, Store, indicator_key, migrate, resolve_url
from tests.groundtruth import make_document


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_default_path_and_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THRESHOLD_ANALYSER_DB", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'data' / 'threshold.db'}"
    monkeypatch.setenv("THRESHOLD_ANALYSER_DB", str(tmp_path / "x.db"))
    assert resolve_url(None).endswith("/x.db")
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_add_document_and_frames(store):
    doc_id, created = store.add_document(make_document(), ["Testshire"])
    assert created and doc_id
    frame = store.indicators_frame()
    assert list(frame["text"]) == ["Incidents of domestic violence", "Experiencing bullying"]
    assert {"authority", "source", "page", "x0", "top", "x1", "bottom", "extracted_level"} <= set(frame.columns)
    assert set(store.levels_frame()["maps_to"]) == {"A", "B", "C", "D"}
    assert store.documents_frame().loc[0, "authorities"] == "Testshire"


def test_reingest_same_file_is_a_noop(store):
    doc = make_document()
    first = store.add_document(doc)
    before = store.counts()
    second = store.add_document(make_document())
    assert second == (first[0], False)
    assert store.counts() == before


def test_shared_document_belongs_to_several_authorities(store):
    store.add_document(make_document("Oakhurst"), ["Oakhurst", "Pellbridge", "Quarrydale"])
    frame = store.indicators_frame()
    assert sorted(frame["authority"].unique()) == ["Oakhurst", "Pellbridge", "Quarrydale"]
    assert store.counts()["documents"] == 1


def test_failure_mid_document_leaves_nothing(store):
    good = make_document("Goodshire", source="good.pdf")
    store.add_document(good)
    before = store.counts()
    bad = make_document("Badshire", source="bad.pdf")
    # The third indicator has no text: the NOT NULL constraint fails after the document,
    # authority, levels and two indicators were already written in the transaction.
    bad.indicators.append(Indicator(text=None, page=1, bbox=(0, 0, 0, 0)))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any database error
        store.add_document(bad)
    assert store.counts() == before
    assert "Badshire" not in set(store.authorities_frame()["name"])


def test_correction_is_effective_and_keeps_extracted_value(store):
    store.add_document(make_document())
    ind = store.indicators_frame().iloc[0]
    store.correct(int(ind["indicator_id"]), "level", "C", who="reviewer")
    row = store.indicators_frame().iloc[0]
    assert row["level"] == "C" and row["extracted_level"] == "D" and row["corrected"]
    corr = store.corrections_frame().iloc[0]
    assert (corr["old_value"], corr["new_value"], corr["who"]) == ("D", "C", "reviewer")
    with pytest.raises(ValueError):
        store.correct(int(ind["indicator_id"]), "level", "E", who="reviewer")


def test_corrections_survive_reingest_and_reextraction(store):
    doc = make_document()
    store.add_document(doc)
    frame = store.indicators_frame()
    dv = frame[frame["text"].str.startswith("Incidents")].iloc[0]
    store.correct(int(dv["indicator_id"]), "severity", 5, who="reviewer")
    level_id = int(store.levels_frame().iloc[3]["level_id"])
    store.correct_level(level_id, "maps_to", "C+D", who="reviewer")

    store.add_document(make_document())  # same file again: no-op
    # Re-extraction (a better pipeline): the DV indicator now reads slightly differently in
    # case/punctuation, the bullying one is gone, a new one appears.
    redone = make_document(texts=[("incidents of domestic violence.", "C"), ("New one", "B")])
    redone.sha256 = doc.sha256
    _, written = store.add_document(redone, force=True)
    assert written
    after = store.indicators_frame()
    row = after[after["text"].str.lower().str.startswith("incidents")].iloc[0]
    assert row["severity"] == 5 and row["corrected"]
    assert row["level"] == "C"  # the new extraction is used where nobody corrected it
    assert int(row["indicator_id"]) == int(dv["indicator_id"])
    assert store.levels_frame().iloc[3]["maps_to"] == "C+D"
    assert len(store.corrections_frame()) == 2

    # An indicator that vanishes keeps its correction, which re-attaches when it returns.
    store.add_document(make_document(texts=[("New one", "B")], sha=doc.sha256), force=True)
    orphan = store.corrections_frame().query("field == 'severity'").iloc[0]
    assert pd.isna(orphan["indicator_id"])
    store.add_document(redone, force=True)
    back = store.indicators_frame()
    assert back[back["text"].str.lower().str.startswith("incidents")].iloc[0]["severity"] == 5


def test_versions_current_only(store):
    store.add_document(make_document(texts=[("Old text", "A")], version_date="2019-01-01"))
    store.add_document(make_document(texts=[("New text", "B")], version_date="2024-06-01"))
    assert list(store.indicators_frame()["text"]) == ["New text"]
    assert len(store.indicators_frame(current_only=False)) == 2
    assert store.counts()["documents"] == 2


def test_update_authority(store):
    store.add_document(make_document())
    store.update_authority("Testshire", ons_code="E06000099", region="North East")
    row = store.authorities_frame().iloc[0]
    assert (row["ons_code"], row["region"]) == ("E06000099", "North East")
    with pytest.raises(KeyError):
        store.update_authority("Nowhere", region="X")


def test_old_database_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    assert migrate(engine, target=1) == 1
    with engine.begin() as conn:  # a version-1 database with data and a correction
        conn.execute(
            text(
                "INSERT INTO documents (id, sha256, file_name, pages, extracted_at, pipeline_version)"
                " VALUES (1, 'abc', 'old.pdf', 2, '2023-01-01 00:00:00', '0.0.1')"
            )
        )
        conn.execute(text("INSERT INTO authorities (id, name) VALUES (1, 'Oldshire')"))
        conn.execute(text("INSERT INTO document_authorities VALUES (1, 1)"))
        conn.execute(
            text(
                "INSERT INTO indicators (id, document_id, ordinal, text, page, level, issue)"
                " VALUES (7, 1, 0, 'Overcrowded housing', 2, 'A', 'housing')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO corrections (document_id, indicator_id, target_key, field, old_value,"
                " new_value, who, at) VALUES (1, 7, '', 'level', 'A', 'B', 'r', '2023-02-01')"
            )
        )
    engine.dispose()
    assert "stable_key" not in {
        c["name"] for c in inspect(create_engine(f"sqlite:///{path}")).get_columns("indicators")
    }

    with Store(path) as store:
        with store.engine.connect() as conn:
            version = conn.execute(text("SELECT max(version) FROM schema_version")).scalar()
            key = conn.execute(text("SELECT stable_key FROM indicators WHERE id = 7")).scalar()
        assert version == SCHEMA_VERSION
        assert key == indicator_key("Overcrowded housing", 2)
        row = store.indicators_frame().iloc[0]
        assert (row["authority"], row["level"], row["extracted_level"]) == ("Oldshire", "B", "A")


# -- sharing the file, and commands that only read --------------------------------------------------


def test_wal_and_busy_timeout_are_on(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_second_writer_waits_for_the_first(tmp_path):
    """The lock is held for a second; a writer with a longer busy timeout waits and succeeds."""
    import sqlite3
    import threading

    from analyser.store import StoreSettings

    path = tmp_path / "shared.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(1.0, lambda: holder.execute("COMMIT")).start()
    with Store(path, settings=StoreSettings(busy_timeout_s=20)) as store:
        _, created = store.add_document(make_document("Waiter"))
        assert created
        assert list(store.authorities_frame()["name"]) == ["Waiter"]
    holder.close()


def test_a_writer_that_waits_too_long_fails_with_one_line_and_writes_nothing(tmp_path):
    import sqlite3

    from analyser.errors import StoreBusy
    from analyser.store import StoreSettings

    path = tmp_path / "busy.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, settings=StoreSettings(busy_timeout_s=0.3)) as store:
            with pytest.raises(StoreBusy) as info:
                store.add_document(make_document("Loser"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(info.value)
    assert message.startswith(str(path)) and "busy" in message and "\n" not in message
    with Store(path) as store:
        assert store.authorities_frame().empty
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_read_only_open_never_creates_a_store(tmp_path):
    from analyser.errors import StoreMissing

    target = tmp_path / "data" / "threshold.db"
    with pytest.raises(StoreMissing, match="run ingest first"):
        Store(target, create=False)
    assert not target.exists() and not target.parent.exists()


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    from analyser.errors import StoreError

    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a Threshold Analyser store"):
        Store(bogus)
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_documents_record_the_pipeline_version_and_warnings(store):
    from analyser.version import pipeline_version

    doc = make_document()
    doc.warnings.append("page 4 skipped: the page is damaged and cannot be loaded")
    store.add_document(doc)
    row = store.documents_frame().iloc[0]
    assert row["pipeline_version"] == pipeline_version()
    assert row["warnings"] == "page 4 skipped: the page is damaged and cannot be loaded"


def test_processes_opening_a_new_store_at_once_all_succeed(tmp_path):
    """Each applies or waits for the migrations; none fails on a table the other just made."""
    import subprocess
    import sys

    from tests.groundtruth import ROOT

    path = tmp_path / "race.db"
    code = f"from analyser.store import Store; print(Store({str(path)!r}).counts()['schema_version'])"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outputs
    assert {out.strip() for out, _ in outputs} == {str(SCHEMA_VERSION)}
