"""The real app under Streamlit's AppTest: every page, upload, corrections, exports.

One fresh store is built from the bundled corpus for the module (the first start), then each
test starts new AppTest sessions against it, as a restarted app would.
"""

from __future__ import annotations

import io
import json
import os
import re

import openpyxl
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analyser.store import Store
from tests.conftest import CORPUS, FIXTURES, ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 600


@pytest.fixture(scope="module")
def app_env(tmp_path_factory):
    """Point the app at a fresh store, file folder and cache; restore the environment after."""
    base = tmp_path_factory.mktemp("app")
    env = {
        "THRESHOLD_ANALYSER_DB": str(base / "store.db"),
        "THRESHOLD_ANALYSER_FILES": str(base / "files"),
        "THRESHOLD_ANALYSER_CACHE": str(base / "cache"),
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    first = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    yield env, first
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def fresh(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_first_start_builds_the_store_from_the_corpus(app_env):
    _, first = app_env
    assert not first.exception, [e.value for e in first.exception]
    n_pdfs = len(list(CORPUS.glob("*.pdf")))
    assert metrics(first)["Documents"] == str(n_pdfs)
    assert int(metrics(first)["Authorities"]) == n_pdfs + 2  # one regional document serves three
    store = Store(app_env[0]["THRESHOLD_ANALYSER_DB"])
    assert len(store.documents_frame()) == n_pdfs


def test_every_page_renders(app_env):
    for page in ("ui/home.py", "ui/upload.py", "ui/documents.py", "ui/compare.py", "ui/export.py"):
        at = fresh(page)
        assert at.title, page


def test_compare_page_shows_grid_and_inconsistencies(app_env):
    at = fresh("ui/compare.py")
    grid = at.dataframe(key="grid").value
    assert len(grid) >= 18 and "domestic_violence" in grid.columns
    assert set(grid.stack().dropna().unique()) <= {"A", "B", "C", "D"}
    tables = [d.value for d in at.dataframe]
    inconsistencies = next(t for t in tables if "descriptor" in t.columns)
    assert inconsistencies["descriptor"].str.contains("domestic violence", case=False).any()


def test_upload_of_a_corpus_pdf_goes_through_and_appears_in_the_grid(app_env, tmp_path):
    env, _ = app_env
    # a corpus document under a new name, made distinct so it is a new document in the store
    data = (CORPUS / "redwater.pdf").read_bytes() + b"\n% uploaded copy\n"
    at = fresh("ui/upload.py")
    at.file_uploader[0].set_value(("westbrook-thresholds.pdf", data, "application/pdf")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    # values typed in a form reach the app with its submit button
    next(t for t in at.text_input if t.label == "Authority").set_value("Westbrook")
    next(b for b in at.button if "Save" in b.label).click()
    at.run()
    assert any("Saved" in s.value and "Westbrook" in s.value for s in at.success), [s.value for s in at.success]
    grid = fresh("ui/compare.py").dataframe(key="grid").value
    assert "Westbrook" in grid.index


def test_bad_upload_shows_its_error_and_stores_nothing(app_env):
    env, _ = app_env
    before = len(Store(env["THRESHOLD_ANALYSER_DB"]).documents_frame())
    at = fresh("ui/upload.py")
    at.file_uploader[0].set_value(("scan.pdf", (FIXTURES / "scanned-image-only.pdf").read_bytes(), "application/pdf"))
    at.run()
    assert any("no text layer" in e.value for e in at.error), [e.value for e in at.error]
    assert not [b for b in at.button if "Save" in b.label]
    assert len(Store(env["THRESHOLD_ANALYSER_DB"]).documents_frame()) == before


def _edit_and_save(at: AppTest, key: str, edits: dict[int, dict]) -> AppTest:
    """Send the editor state a browser sends (all edits so far), then press Save."""
    at.session_state[key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.run()
    next(b for b in at.button if b.label == "Save indicator corrections").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Saved 1 correction" in s.value for s in at.success), [s.value for s in at.success]
    at.run()  # the rerun that shows the saved values; the editor starts clean on the new data
    return at


def test_corrections_persist_across_rerun_and_restart(app_env):
    env, _ = app_env
    at = fresh("ui/documents.py")
    editor = next(d for d in at.data_editor if d.key and d.key.startswith("indicators-"))
    key = editor.key
    first_id = int(editor.value.iloc[0]["id"])
    second_id = int(editor.value.iloc[1]["id"])
    old_issue = editor.value.iloc[0]["issue"]
    new_issue = "neglect" if old_issue != "neglect" else "housing"
    _edit_and_save(at, key, {0: {"issue": new_issue}})
    # a second edit in the same session must not revert the first
    _edit_and_save(at, key, {1: {"severity": 6}})
    at.run()
    table = next(d for d in at.data_editor if d.key == key).value.set_index("id")
    assert table.at[first_id, "issue"] == new_issue
    assert int(table.at[second_id, "severity"]) == 6
    restarted = fresh("ui/documents.py")
    table = next(d for d in restarted.data_editor if d.key == key).value.set_index("id")
    assert table.at[first_id, "issue"] == new_issue
    assert int(table.at[second_id, "severity"]) == 6
    corrections = Store(env["THRESHOLD_ANALYSER_DB"]).corrections_frame()
    assert {"issue", "severity"} <= set(corrections["field"])


def test_exports_are_valid_files(app_env):
    from ui.state import export_file

    at = fresh("ui/export.py")
    assert len(at.download_button) == 5
    view = Store(app_env[0]["THRESHOLD_ANALYSER_DB"]).indicators_frame()
    csv = pd.read_csv(io.BytesIO(export_file(view, "csv")))
    assert len(csv) > 0
    book = openpyxl.load_workbook(io.BytesIO(export_file(view, "xlsx")))
    assert len(book.sheetnames) >= 3
    data = json.loads(export_file(view, "json"))
    assert data["grid"] and data["inconsistencies"]
    html = export_file(view, "html").decode()
    assert html.lstrip().lower().startswith("<!doctype html") and "</html>" in html


# -- hostile document text through the app -------------------------------------------------------------

#: Markup that would be live if a markdown element rendered it unescaped.
LIVE_MARKUP = re.compile(r"(?<!\\)(<|\[|\]\(|!\[|:red\[)")


def _markdown_values(at: AppTest) -> list[str]:
    """Every element the app renders as markdown (text, dataframes and inputs are plain)."""
    kinds = ("markdown", "title", "header", "subheader", "caption", "success", "error", "warning", "info")
    return [str(e.value) for kind in kinds for e in getattr(at, kind)]


def test_injection_fixture_round_trips_through_the_app_inertly(app_env):
    from corpus.fixtures import INJECTION_AUTHORITY
    from ui.state import export_file

    env, _ = app_env
    at = fresh("ui/upload.py")
    name = "<img src=x onerror=alert(1)>[x](javascript:alert(1)).pdf"
    at.file_uploader[0].set_value((name, (FIXTURES / "injection.pdf").read_bytes(), "application/pdf")).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert next(t for t in at.text_input if t.label == "Authority").value == INJECTION_AUTHORITY
    next(b for b in at.button if "Save" in b.label).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Saved" in s.value for s in at.success), [s.value for s in at.success]
    for value in _markdown_values(at):  # the upload's own messages name the file and the authority
        assert not LIVE_MARKUP.search(value), value
    pages = {}
    for page in ("ui/home.py", "ui/upload.py", "ui/documents.py", "ui/compare.py", "ui/export.py"):
        pages[page] = fresh(page)
        for value in _markdown_values(pages[page]):
            assert not LIVE_MARKUP.search(value), (page, value)
    documents = pages["ui/documents.py"]
    choice = next(o for o in documents.selectbox(key="doc_choice").options if "Westfold" in o)
    documents.selectbox(key="doc_choice").set_value(choice).run()
    assert not documents.exception, [e.value for e in documents.exception]
    editor = next(d for d in documents.data_editor if d.key and d.key.startswith("indicators-"))
    texts = set(editor.value["text"])
    assert "<script>alert('x')</script> Parents' arguments sometimes frighten the child" in texts
    assert '=HYPERLINK("http://evil.example/","click") Experiencing bullying at school' in texts
    for value in _markdown_values(documents):
        assert not LIVE_MARKUP.search(value), value
    grid = pages["ui/compare.py"].dataframe(key="grid").value
    assert INJECTION_AUTHORITY in grid.index  # data in a grid cell, not markup
    view = Store(env["THRESHOLD_ANALYSER_DB"]).indicators_frame()
    rows = pd.read_csv(io.BytesIO(export_file(view, "csv", "indicators")), keep_default_na=False)
    hostile = rows[rows["authority"] == "'" + INJECTION_AUTHORITY]
    assert len(hostile) >= 7
    assert not hostile["text"].str.match(r"[=+\-@\t\r]").any()
    html = export_file(view, "html").decode()
    assert "<script" not in html and "<img" not in html
