"""Documents: each document's level scheme and indicators, with corrections and the page image."""

from __future__ import annotations

import io

import streamlit as st

from analyser import appdata
from analyser.document import ISSUES, LETTERS
from ui.state import bump, documents, store, who


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
        "Show on the page",
        frame.index,
        format_func=lambda i: f"p.{frame.at[i, 'page']}: {frame.at[i, 'text'][:90]}",
        key=f"show-{document_id}",
    )
    image = appdata.page_image(store(), document_id, int(frame.at[pick, "page"]), appdata.bbox_of(frame.loc[pick]))
    if image is None:
        st.caption("The PDF of this document is not available to draw its pages.")
    else:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        st.image(buffer.getvalue(), caption=f"Page {frame.at[pick, 'page']}, the indicator outlined in red")


page_documents()
