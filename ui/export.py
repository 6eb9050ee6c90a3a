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
    for fmt, label, mime in (
        ("csv", "CSV (the grid)", "text/csv"),
        (
            "xlsx",
            "Excel workbook (one sheet per view)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("html", "HTML variation report", "text/html"),
        ("json", "JSON", "application/json"),
    ):
        st.download_button(
            f"Download {label}",
            data=export_file(view, fmt),
            file_name=f"threshold-variation.{fmt}",
            mime=mime,
            key=f"download-{fmt}",
        )


page_export()
