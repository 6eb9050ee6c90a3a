"""Compare: the authority x issue grid and "identical situation, different response"."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analyser import appdata
from analyser.document import INQUIRY_ISSUES
from ui.state import LEVEL_COLOURS, compare_views, indicators


def page_compare() -> None:
    st.title("Compare authorities")
    inds = indicators()
    if inds.empty:
        st.info("No indicators yet.")
        return
    c1, c2, c3 = st.columns(3)
    issues = c1.multiselect(
        "Issues",
        sorted(inds["issue"].unique(), key=appdata.issue_order),
        default=[i for i in INQUIRY_ISSUES if i in set(inds["issue"])],
        key="cmp_issues",
    )
    regions = sorted(r for r in inds.get("region", pd.Series(dtype=str)).dropna().unique() if r)
    region = c2.multiselect("Regions", regions, key="cmp_regions")
    colour_by = c3.radio("Colour by", ["lowest level", "threshold index"], horizontal=True, key="cmp_colour")
    view = appdata.filter_view(inds, issues, region)
    computed = compare_views(view)
    grid = appdata.grid_table(computed["grid"], colour_by)
    st.subheader("Authority by issue")
    st.caption(
        "Each cell: the lowest level at which the authority offers help for the issue (or the lowest "
        "severity placed at C or above). Blank: the document never mentions the issue. "
        "Select a cell to see the evidence."
    )
    event = st.dataframe(
        appdata.style_grid(grid, colour_by, LEVEL_COLOURS),
        key="grid",
        on_select="rerun",
        selection_mode="single-cell",
        height=min(40 + 35 * len(grid), 900),
    )
    cells = event.selection.get("cells", []) if event is not None else []
    if cells:
        row, column = cells[0]
        authority = grid.index[row]
        st.text(f"{authority}: {column}")  # document text is shown as text, never as markup
        st.dataframe(appdata.evidence(view, authority, column), hide_index=True)
    st.subheader("Identical situation, different response")
    st.caption(
        "Near-identical descriptors placed at different levels by different authorities. "
        "Documents shared by several authorities count once."
    )
    st.dataframe(appdata.inconsistency_table(computed["inconsistencies"]), hide_index=True)
    shared = computed["shared_sources"]
    if not shared.empty:
        st.subheader("Shared sources")
        st.dataframe(shared, hide_index=True)


page_compare()
