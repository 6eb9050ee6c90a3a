"""Threshold Analyser: a thin Streamlit front end over the `analyser` package.

Pages live in `ui/` and call the package; they hold no analysis logic. The store is a cached
resource and query results cached data, cleared whenever the store changes.
Run with `make app` (or `streamlit run app.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyser.appdata import plain  # noqa: E402
from analyser.errors import InputError  # noqa: E402
from ui.state import ensure_corpus  # noqa: E402

st.set_page_config(page_title="Threshold Analyser", page_icon=":material/balance:", layout="wide")

navigation = st.navigation(
    [
        st.Page("ui/home.py", title="Home", icon=":material/home:", default=True),
        st.Page("ui/upload.py", title="Upload", icon=":material/upload:"),
        st.Page("ui/documents.py", title="Documents", icon=":material/description:"),
        st.Page("ui/compare.py", title="Compare", icon=":material/grid_on:"),
        st.Page("ui/export.py", title="Export", icon=":material/download:"),
    ]
)
try:
    ensure_corpus()
except InputError as err:  # the store cannot be opened (a folder, not a database, busy): one line
    st.error(plain(f"{err}"))
    st.stop()
navigation.run()
