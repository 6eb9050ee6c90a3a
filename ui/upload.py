"""Upload: read new threshold documents; nothing is saved until the user confirms."""

from __future__ import annotations

import streamlit as st

from analyser import appdata
from analyser.appdata import plain
from analyser.errors import InputError
from ui.state import MAX_UPLOAD_MB, bump, store


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
                st.error(plain(f"{result.name}: {result.error}"))
                continue
            doc = result.document
            st.subheader(plain(result.name))
            st.write(
                f"{len(doc.indicators)} indicators on {doc.pages} pages; {len(doc.levels)} levels found; "
                f"{len(doc.strengths)} strengths set apart."
            )
            for warning in doc.warnings:
                st.warning(plain(warning))
            st.caption(
                "The level scheme: correct or declare it (letters A-D joined by +, blank for a level of no "
                "additional needs), then place the indicators again."
            )
            ladder = st.data_editor(
                appdata.levels_table(doc)[["level", "name", "maps to"]],
                key=f"ladder-{key}",
                hide_index=True,
                num_rows="dynamic",
            )
            if st.button("Place the indicators with this scheme", key=f"replace-{key}"):
                upload = next((f for f in files if f"{f.name}:{f.size}" == key), None)
                try:
                    declared = appdata.ladder_from_table(ladder)
                except ValueError as err:
                    st.error(plain(str(err)))
                else:
                    if upload is not None:
                        pending[key] = appdata.replace_scheme(result, upload.getvalue(), declared)
                        st.rerun()
            with st.form(f"confirm-{key}"):
                name = st.text_input("Authority", value=doc.authority, key=f"auth-{key}")
                date = st.text_input(
                    "Version date (YYYY-MM or YYYY-MM-DD)", value=doc.version_date or "", key=f"date-{key}"
                )
                if st.form_submit_button("Save to the store"):
                    try:
                        message = appdata.save_upload(store(), result, name, date)
                    except InputError as err:  # the store is busy or unusable: one line, try again later
                        st.error(plain(err.reason))
                        continue
                    pending.pop(key, None)
                    bump()
                    st.success(plain(message))


page_upload()
