"""What every page shares: the store (a cached resource) and query results (cached data)."""

from __future__ import annotations

import os

import pandas as pd
import streamlit as st

from analyser import appdata

MAX_UPLOAD_MB = int(os.environ.get("THRESHOLD_ANALYSER_MAX_UPLOAD_MB", "50"))
LEVEL_COLOURS = {"A": "#d9ead3", "B": "#fff2cc", "C": "#f9cb9c", "D": "#e06666"}


@st.cache_resource(show_spinner=False)
def store():
    """One store per process, at the documented path (or $THRESHOLD_ANALYSER_DB)."""
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
    """Build the store from the bundled corpus on first start, with a progress bar."""
    if not documents().empty:
        return
    files = appdata.corpus_files()
    if not files:
        return
    bar = st.progress(0.0, text="First start: analysing the bundled corpus...")
    for i, (path, failure) in enumerate(appdata.ingest_corpus(store(), files)):
        note = f" (failed: {failure})" if failure else ""
        bar.progress((i + 1) / len(files), text=appdata.plain(f"Analysed {path.name}{note}"))
    bar.empty()
    bump()


@st.cache_data(show_spinner="Comparing authorities...")
def compare_views(view: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The grid, inconsistencies, shared sources and statistics of a view, computed once."""
    return appdata.views(view)


@st.cache_data(show_spinner=False)
def export_file(view: pd.DataFrame, fmt: str, table: str = "grid") -> bytes:
    from analyser import report

    return report.render(compare_views(view), fmt, table=table)
