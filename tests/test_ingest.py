"""Batch ingest through the CLI: bad files cost one error line each, good files are stored."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyser.document import Document
from analyser.ingest import IngestSettings, find_pdfs, ingest_paths, read_authority_map
from analyser.store import Store
from tests.groundtruth import ROOT, make_document

CORPUS = ROOT / "corpus" / "pdf"
GOOD = sorted(CORPUS.glob("*.pdf"))[:2]


def _bad_files(folder: Path) -> list[Path]:
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    text = folder / "notes.pdf"
    text.write_text("this is not a PDF\n")
    empty = folder / "sub" / "empty.pdf"
    empty.write_bytes(b"")
    truncated = folder / "sub" / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    (folder / "readme.txt").write_text("ignored: not a PDF name")
    return [text, empty, truncated]


def json_extractor(path: Path) -> Document:
    """A picklable stand-in extractor for orchestration tests: .pdf files holding Document JSON
    (what `extract --json` prints); anything else goes to the real extractor and fails there."""
    raw = path.read_bytes()
    if raw.startswith(b"{"):
        return Document.from_json(json.loads(raw))
    from analyser.extract import extract

    return extract(path)


def test_find_pdfs_recurses_and_dedupes(tmp_path):
    bad = _bad_files(tmp_path)
    ignored: list[str] = []
    found = find_pdfs([tmp_path, bad[0]], ignored)
    assert sorted(found) == sorted(bad)
    assert ignored == [str(tmp_path / "readme.txt")]


def test_authority_map(tmp_path):
    csv = tmp_path / "documents.csv"
    csv.write_text("doc,file,authorities\nthree-rivers,three-rivers.pdf,Oakhurst;Pellbridge\n")
    mapping = read_authority_map(csv)
    assert mapping["three-rivers.pdf"] == mapping["three-rivers"] == ["Oakhurst", "Pellbridge"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_paths_keeps_good_and_reports_bad(tmp_path, jobs, capsys):
    folder = tmp_path / "in"
    bad = _bad_files(folder)
    for name in ("avon", "bray"):
        doc = make_document(name.title(), source=f"{name}.pdf")
        (folder / f"{name}.pdf").write_text(json.dumps(doc.to_json()))
    with Store(tmp_path / "i.db") as store:
        result = ingest_paths([folder], store, IngestSettings(jobs=jobs), extractor=json_extractor)
        assert len(result.added) == 2 and len(result.failed) == len(bad)
        assert result.ignored == [str(folder / "readme.txt")]
        assert sorted(store.authorities_frame()["name"]) == ["Avon", "Bray"]
        again = ingest_paths([folder], store, IngestSettings(jobs=jobs), extractor=json_extractor)
        assert len(again.unchanged) == 2 and not again.added
    err = capsys.readouterr().err
    assert f"note: {folder / 'readme.txt'}: not a PDF, ignored" in err
    errors = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 2 * len(bad)
    assert any(str(bad[0]) in ln and "not a PDF" in ln for ln in errors)


def test_cli_folder_with_good_and_bad_files(tmp_path):
    folder = tmp_path / "in"
    bad = _bad_files(folder)
    for pdf in GOOD:
        shutil.copy(pdf, folder / pdf.name)
    db = tmp_path / "cli.db"
    proc = subprocess.run(
        [sys.executable, "-m", "analyser", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 1, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == len(bad)
    assert {ln.split(": ")[1] for ln in errors} == {str(p) for p in bad}
    assert "2 stored" in proc.stderr and "3 failed" in proc.stderr
    with Store(db) as store:
        assert sorted(store.documents_frame()["file_name"]) == sorted(p.name for p in GOOD)
        assert len(store.indicators_frame()) > 0


def test_cli_all_good_exits_zero(tmp_path):
    db = tmp_path / "ok.db"
    proc = subprocess.run(
        [sys.executable, "-m", "analyser", "ingest", str(GOOD[0]), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr


def troublesome_extractor(path: Path) -> Document:
    """Like json_extractor, but a file saying HANG never finishes and one saying CRASH kills its process."""
    raw = path.read_bytes()
    if raw.startswith(b"HANG"):
        import time

        time.sleep(120)
    if raw.startswith(b"CRASH"):
        import os
        import signal

        os.kill(os.getpid(), signal.SIGSEGV)
    return json_extractor(path)


def test_a_hanging_or_crashing_file_is_reported_and_the_batch_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-hangs.pdf").write_bytes(b"HANG")
    (folder / "b-crashes.pdf").write_bytes(b"CRASH")
    for name in ("c-avon", "d-bray"):
        doc = make_document(name[2:].title(), source=f"{name}.pdf")
        (folder / f"{name}.pdf").write_text(json.dumps(doc.to_json()))
    with Store(tmp_path / "t.db") as store:
        result = ingest_paths([folder], store, IngestSettings(jobs=2, time_limit=2), extractor=troublesome_extractor)
        assert sorted(Path(p).name for p in result.added) == ["c-avon.pdf", "d-bray.pdf"]
        reasons = dict(result.failed)
        assert "time limit of 2 s" in reasons[str(folder / "a-hangs.pdf")]
        assert "crashed" in reasons[str(folder / "b-crashes.pdf")]
    err = capsys.readouterr().err
    assert f"error: {folder / 'a-hangs.pdf'}: took longer than the time limit of 2 s" in err


def test_refresh_stale_re_extracts_documents_of_another_version_and_keeps_corrections(tmp_path, monkeypatch):
    from sqlalchemy import text

    from analyser.version import pipeline_version

    monkeypatch.setenv("THRESHOLD_ANALYSER_CACHE", str(tmp_path / "cache"))
    path = tmp_path / GOOD[0].name
    shutil.copy(GOOD[0], path)
    with Store(tmp_path / "t.db") as store:
        ingest_paths([path], store)
        first = int(store.indicators_frame().iloc[0]["indicator_id"])
        store.correct(first, "severity", 6, "reviewer")
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET pipeline_version = '0.0.1+old'"))
        plain = ingest_paths([path], store)
        assert plain.unchanged == [str(path)] and not plain.refreshed
        fresh = ingest_paths([path], store, IngestSettings(refresh_stale=True))
        assert fresh.refreshed == [str(path)] and fresh.added == [str(path)]
        assert list(store.documents_frame()["pipeline_version"]) == [pipeline_version()]
        assert int(store.indicators_frame().set_index("indicator_id").at[first, "severity"]) == 6
        again = ingest_paths([path], store, IngestSettings(refresh_stale=True))
        assert again.unchanged == [str(path)] and not again.refreshed


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyser", *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )


def test_cli_same_bad_file_same_exit_status_as_extract(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("this is not a PDF\n")
    extract = _cli("extract", str(bad))
    ingest = _cli("ingest", str(bad), "--db", str(tmp_path / "s.db"))
    assert extract.returncode == ingest.returncode == 2
    line = f"error: {bad}: not a PDF file"
    assert line in extract.stderr.splitlines() and line in ingest.stderr.splitlines()
    assert not (tmp_path / "s.db").exists()  # nothing was readable: no store was created


def test_cli_folder_of_non_pdfs_names_them_and_fails(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "readme.txt").write_text("not a document")
    proc = _cli("ingest", str(folder), "--db", str(tmp_path / "s.db"))
    assert proc.returncode == 2
    assert f"note: {folder / 'readme.txt'}: not a PDF, ignored" in proc.stderr
    assert f"error: {folder}: no PDF files found (1 other file(s) ignored)" in proc.stderr
    missing = _cli("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db"))
    assert missing.returncode == 2 and f"error: {tmp_path / 'nowhere'}: no such file or folder" in missing.stderr
    assert "Traceback" not in proc.stderr + missing.stderr


def test_cli_two_writers_on_one_new_store(tmp_path):
    """Two ingests start at once on a store that does not exist yet: both finish, nothing is lost."""
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "analyser", "ingest", str(pdf), "--db", str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for pdf in GOOD
    ]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    assert [code for code, _ in results] == [0, 0], results
    with Store(db) as store:
        assert sorted(store.documents_frame()["file_name"]) == sorted(p.name for p in GOOD)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
