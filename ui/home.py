"""Home: what the tool does and what is in the store."""

from __future__ import annotations

import streamlit as st

from ui.state import documents, indicators


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
    c3.metric("Indicators", int(inds["indicator_id"].nunique()) if not inds.empty else 0)
    st.markdown(
        "**The common scale.** A: early help led by universal services; B: early help with "
        "children's social care involved; C: child in need (s.17 assessment); D: child protection "
        "(s.47 enquiry, emergency accommodation)."
    )
    if not docs.empty and "pipeline_version" in docs:
        from analyser.version import pipeline_version

        stale = int((docs["pipeline_version"] != pipeline_version()).sum())
        if stale:
            st.info(
                f"{stale} document(s) were read by another version of this tool; their results may differ "
                "from what it reads now. Run `threshold-analyser ingest FILES --refresh-stale` to read them again "
                "(corrections are kept)."
            )
    st.text_input("Your name (recorded with your corrections)", key="who")


page_home()
