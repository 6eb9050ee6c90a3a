"""Threshold Analyser: a thin Streamlit front end over the `analyser` package.

Every page calls the package and holds no analysis logic. Heavy objects (the store, the model)
are cached as resources; query results as data, cleared whenever the store changes.
Run with `make app` (or `streamlit run app.py`).
"""

from __future__ import annotations

import io
import os

import pandas as pd
import streamlit as st

from analyser import appdata
from analyser.document import INQUIRY_ISSUES, ISSUES, LETTERS

st.set_page_config(page_title="Threshold Analyser", page_icon=":material/balance:", layout="wide")

MAX_UPLOAD_MB = int(os.environ.get("THRESHOLD_ANALYSER_MAX_UPLOAD_MB", "50"))
LEVEL_COLOURS = {"A": "#d9ead3", "B": "#fff2cc", "C": "#f9cb9c", "D": "#e06666"}


@st.cache_resource(show_spinner=False)
def store():
    """One store per process; first start builds it from the bundled corpus."""
    return appdata.open_store()


def bump() -> None:
    """The store changed: cached query results are stale."""
    st.cache_data.clear()


@st.cache_data(show_spinner=False)
def indicators() -> pd.DataFrame:
    return store().indicators_frame()


@st.cache_data(show_spinner=False)
def documents() -> pd.DataFrame:
    return store().documents_frame()


def who() -> str:
    return st.session_state.get("who") or "anonymous"


def ensure_corpus() -> None:
    """Build the store from the bundled corpus on first start, with progress."""
    if not documents().empty:
        return
    files = appdata.corpus_files()
    if not files:
        return
    bar = st.progress(0.0, text="First start: analysing the bundled corpus...")
    for i, (path, failure) in enumerate(appdata.ingest_corpus(store(), files)):
        bar.progress((i + 1) / len(files), text=f"Analysed {path.name}" + (f" (failed: {failure})" if failure else ""))
    bar.empty()
    bump()


# ---------------------------------------------------------------- pages


def page_home() -> None:
    st.title("Threshold Analyser")
    st.caption(
        "How England's local authorities decide when a child gets help: every indicator from every "
        "threshold document, placed on one scale, with the evidence for each call."
    )
    docs, inds = documents(), indicators()
    c1, c2, c3 = st.columns(3)
    c1.metric("Authorities", int(docs["authorities"].str.split("; ").explode().nunique()) if not docs.empty else 0)
    c2.metric("Documents", len(docs))
    c3.metric("Indicators", len(inds))
    st.markdown(
        "**The common scale.** A: early help led by universal services; B: early help with "
        "children's social care involved; C: child in need (s.17 assessment); D: child protection "
        "(s.47 enquiry, emergency accommodation)."
    )
    st.text_input("Your name (recorded with your corrections)", key="who")


def page_upload() -> None:
    st.title("Upload threshold documents")
    st.caption(f"PDF files up to {MAX_UPLOAD_MB} MB each. Nothing is saved until you confirm.")
    files = st.file_uploader("Threshold documents (PDF)", type=["pdf"], accept_multiple_files=True, key="uploads")
    if not files:
        return
    pending = st.session_state.setdefault("pending", {})
    for upload in files:
        key = f"{upload.name}:{upload.size}"
        if key in pending:
            continue
        progress = st.progress(0.0, text=f"Reading {upload.name}...")
        pending[key] = appdata.analyse_upload(upload.name, upload.getvalue(), MAX_UPLOAD_MB)
        progress.progress(1.0, text=f"Read {upload.name}")
    for key, result in list(pending.items()):
        with st.container(border=True):
            if result.error:
                st.error(f"{result.name}: {result.error}")
                continue
            doc = result.document
            st.subheader(result.name)
            st.write(f"{len(doc.indicators)} indicators on {doc.pages} pages; {len(doc.levels)} levels found.")
            st.dataframe(appdata.levels_table(doc), hide_index=True)
            with st.form(f"confirm-{key}"):
                name = st.text_input("Authority", value=doc.authority, key=f"auth-{key}")
                date = st.text_input("Version date (YYYY-MM or YYYY-MM-DD)", value=doc.version_date or "", key=f"date-{key}")
                if st.form_submit_button("Save to the store"):
                    message = appdata.save_upload(store(), result, name, date)
                    pending.pop(key, None)
                    bump()
                    st.success(message)


def page_documents() -> None:
    st.title("Documents")
    docs = documents()
    if docs.empty:
        st.info("No documents yet: upload one.")
        return
    st.dataframe(docs.drop(columns=["sha256"], errors="ignore"), hide_index=True)
    labels = {f"{r.authorities} ({r.file_name}, {r.version_date or 'undated'})": r.id for r in docs.itertuples()}
    choice = st.selectbox("Document", list(labels), key="doc_choice")
    document_id = int(labels[choice])
    levels_tab, indicators_tab = st.tabs(["Level scheme", "Indicators"])
    with levels_tab:
        edit_levels(document_id)
    with indicators_tab:
        edit_indicators(document_id)


def edit_levels(document_id: int) -> None:
    levels = appdata.document_levels(store(), document_id)
    st.caption("Each local level mapped onto A-D, with the sentence that justifies it. Edit to correct.")
    edited = st.data_editor(
        levels[["id", "label", "maps_to", "evidence"]],
        key=f"levels-{document_id}",
        hide_index=True,
        disabled=["id", "label"],
        column_config={"id": None, "maps_to": st.column_config.TextColumn("maps to (e.g. C+D)")},
    )
    if st.button("Save level corrections", key=f"save-levels-{document_id}"):
        n = appdata.save_level_edits(store(), levels, edited, who())
        bump()
        st.success(f"Saved {n} corrections.")


def edit_indicators(document_id: int) -> None:
    frame = appdata.document_indicators(store(), document_id)
    columns = ["id", "page", "local_level", "level", "issue", "severity", "domain", "text"]
    st.caption("Correct issue, level or severity; corrections are kept with who and when, and survive re-extraction.")
    edited = st.data_editor(
        frame[columns],
        key=f"indicators-{document_id}",
        hide_index=True,
        disabled=["id", "page", "local_level", "domain", "text"],
        column_config={
            "id": None,
            "level": st.column_config.SelectboxColumn("level", options=list(LETTERS)),
            "issue": st.column_config.SelectboxColumn("issue", options=list(ISSUES)),
            "severity": st.column_config.NumberColumn("severity", min_value=1, max_value=6, step=1),
            "text": st.column_config.TextColumn("text", width="large"),
        },
    )
    if st.button("Save indicator corrections", key=f"save-ind-{document_id}"):
        n = appdata.save_indicator_edits(store(), frame[columns], edited, who())
        bump()
        st.success(f"Saved {n} corrections.")
    if frame.empty:
        return
    pick = st.selectbox(
        "Show on the page", frame.index, format_func=lambda i: f"p.{frame.at[i, 'page']}: {frame.at[i, 'text'][:90]}",
        key=f"show-{document_id}",
    )
    image = appdata.page_image(store(), document_id, int(frame.at[pick, "page"]), appdata.bbox_of(frame.loc[pick]))
    if image is None:
        st.caption("The PDF of this document is not available to draw its pages.")
    else:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        st.image(buffer.getvalue(), caption=f"Page {frame.at[pick, 'page']}, the indicator outlined in red")


def page_compare() -> None:
    st.title("Compare authorities")
    inds = indicators()
    if inds.empty:
        st.info("No indicators yet.")
        return
    c1, c2, c3 = st.columns(3)
    issues = c1.multiselect("Issues", sorted(inds["issue"].unique(), key=appdata.issue_order), default=[
        i for i in INQUIRY_ISSUES if i in set(inds["issue"])
    ], key="cmp_issues")
    regions = sorted(r for r in inds.get("region", pd.Series(dtype=str)).dropna().unique() if r)
    region = c2.multiselect("Regions", regions, key="cmp_regions")
    colour_by = c3.radio("Colour by", ["lowest level", "threshold index"], horizontal=True, key="cmp_colour")
    view = appdata.filter_view(inds, issues, region)
    computed = compare_views(view)
    grid = appdata.grid_table(computed["grid"], colour_by)
    st.subheader("Authority by issue")
    st.caption("Each cell: the lowest level at which the authority offers help for the issue (or the lowest "
               "severity placed at C or above). Blank: the document never mentions the issue. "
               "Select a cell to see the evidence.")
    event = st.dataframe(
        appdata.style_grid(grid, colour_by, LEVEL_COLOURS),
        key="grid",
        on_select="rerun",
        selection_mode="single-cell",
    )
    cells = event.selection.get("cells", []) if event is not None else []
    if cells:
        row, column = cells[0]
        authority = grid.index[row]
        st.markdown(f"**{authority}: {column}**")
        st.dataframe(appdata.evidence(view, authority, column), hide_index=True)
    st.subheader("Identical situation, different response")
    st.caption("Near-identical descriptors placed at different levels by different authorities. "
               "Documents shared by several authorities count once.")
    st.dataframe(appdata.inconsistency_table(computed["inconsistencies"]), hide_index=True)
    shared = computed["shared_sources"]
    if not shared.empty:
        st.subheader("Shared sources")
        st.dataframe(shared, hide_index=True)


@st.cache_data(show_spinner="Comparing authorities...")
def compare_views(view: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return appdata.views(view)


def page_export() -> None:
    st.title("Export")
    inds = indicators()
    if inds.empty:
        st.info("No indicators yet.")
        return
    issues = st.multiselect("Issues", sorted(inds["issue"].unique(), key=appdata.issue_order), key="exp_issues")
    view = appdata.filter_view(inds, issues, [])
    if view.empty:
        st.info("Nothing to export for this selection.")
        return
    for fmt, label, mime in (
        ("csv", "CSV (the grid)", "text/csv"),
        ("xlsx", "Excel workbook (one sheet per view)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("html", "HTML variation report", "text/html"),
        ("json", "JSON", "application/json"),
    ):
        st.download_button(
            f"Download {label}",
            data=appdata.export_bytes(view, fmt, issues),
            file_name=f"threshold-variation.{fmt}",
            mime=mime,
            key=f"download-{fmt}",
        )


def main() -> None:
    ensure_corpus()
    pages = [
        st.Page(page_home, title="Home", icon=":material/home:", url_path="home", default=True),
        st.Page(page_upload, title="Upload", icon=":material/upload:", url_path="upload"),
        st.Page(page_documents, title="Documents", icon=":material/description:", url_path="documents"),
        st.Page(page_compare, title="Compare", icon=":material/grid_on:", url_path="compare"),
        st.Page(page_export, title="Export", icon=":material/download:", url_path="export"),
    ]
    st.navigation(pages).run()


main()
