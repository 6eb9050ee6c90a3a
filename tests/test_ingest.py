"""Batch ingest through the CLI: bad files cost one error line each, good files are stored."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyser.document import Document
from analyser.ingest import find_pdfs, ingest_paths, read_authority_map
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
    found = find_pdfs([tmp_path, bad[0]])
    assert sorted(found) == sorted(bad)


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
        result = ingest_paths([folder], store, jobs=jobs, extractor=json_extractor)
        assert len(result.added) == 2 and len(result.failed) == len(bad)
        assert sorted(store.authorities_frame()["name"]) == ["Avon", "Bray"]
        again = ingest_paths([folder], store, jobs=jobs, extractor=json_extractor)
        assert len(again.unchanged) == 2 and not again.added
    errors = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("error: ")]
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
