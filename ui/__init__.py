"""The Streamlit pages of `app.py`; each page is a thin script over `analyser.appdata`."""
