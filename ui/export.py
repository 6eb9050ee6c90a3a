"""Export: the current view as CSV, XLSX, HTML or JSON."""

from __future__ import annotations

import streamlit as st

from analyser import appdata
from ui.state import export_file, indicators


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
    for fmt, table, label, mime in (
        ("csv", "grid", "CSV (the grid)", "text/csv"),
        ("csv", "indicators", "CSV (every indicator)", "text/csv"),
        (
            "xlsx",
            "grid",
            "Excel workbook (one sheet per view)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("html", "grid", "HTML variation report", "text/html"),
        ("json", "grid", "JSON", "application/json"),
    ):
        suffix = "" if table == "grid" else f"-{table}"
        st.download_button(
            f"Download {label}",
            data=export_file(view, fmt, table),
            file_name=f"threshold-variation{suffix}.{fmt}",
            mime=mime,
            key=f"download-{fmt}{suffix}",
        )


page_export()
