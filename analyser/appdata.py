"""What the Streamlit pages need, as plain functions over the store, compare and report modules.

Kept out of `app.py` so the app stays a thin layer and this logic is tested without a browser.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyser.document import INQUIRY_ISSUES, ISSUES, LETTERS, Document, Level
from analyser.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "pdf"
CORPUS_AUTHORITIES = ROOT / "annotations" / "documents.csv"


_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def plain(text: object) -> str:
    """Text for a Streamlit element that renders markdown, shown exactly as written.

    Why: file names, authority names and indicator text come from documents and uploads; as
    markdown, ``[x](javascript:...)``, ``![](http://...)`` or ``:red[...]`` would become live
    links, remote images and styling. Every ASCII punctuation character is backslash-escaped
    (CommonMark allows it for all of them) and line breaks become spaces, so nothing is markup.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def files_dir() -> Path:
    """Where the app keeps a copy of each stored PDF (named by its SHA-256), to draw its pages."""
    base = os.environ.get("THRESHOLD_ANALYSER_FILES")
    return Path(base) if base else Path("data") / "files"


def open_store():
    from analyser.store import Store

    return Store()


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.pdf"))


def corpus_authorities() -> dict[str, list[str]]:
    """File name -> authorities for the bundled corpus (a regional document has several)."""
    if not CORPUS_AUTHORITIES.exists():
        return {}
    frame = pd.read_csv(CORPUS_AUTHORITIES, keep_default_na=False)
    return {
        Path(r.file).name: [a.strip() for a in str(r.authorities).split(";") if a.strip()] for r in frame.itertuples()
    }


def ingest_corpus(store, files: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Extract and store each corpus file, yielding (file, failure or None) as it goes."""
    from analyser.extract import extract_cached

    names = corpus_authorities()
    for path in files:
        try:
            document = extract_cached(path)
            keep_copy(path.read_bytes(), document.sha256)
            store.add_document(document, authorities=names.get(path.name) or [document.authority])
        except InputError as err:  # a bad file, or the store busy: this file fails, the rest go on
            yield path, err.reason
            continue
        yield path, None


def keep_copy(data: bytes, sha256: str) -> Path:
    target = files_dir() / f"{sha256}.pdf"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    return target


@dataclass
class UploadResult:
    name: str
    sha256: str
    document: Document | None = None
    error: str | None = None


def analyse_upload(name: str, data: bytes, max_mb: int) -> UploadResult:
    """Read an uploaded file. The upload's name is shown, never used as a path."""
    from analyser.extract import extract_cached

    digest = hashlib.sha256(data).hexdigest()
    display = Path(name).name[:120]
    if len(data) > max_mb * 1024 * 1024:
        return UploadResult(display, digest, error=f"the file is larger than {max_mb} MB")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{digest}.pdf"
        path.write_bytes(data)
        try:
            document = extract_cached(path)
        except InputError as err:
            return UploadResult(display, digest, error=err.reason)
    document.source = display
    try:
        keep_copy(data, digest)
    except OSError as exc:  # a full disk or a read-only folder: the reading stands, the page image will not
        document.warnings.append(f"the PDF could not be kept to draw its pages ({exc.strerror or exc})")
    return UploadResult(display, digest, document=document)


def save_upload(store, result: UploadResult, authority: str, version_date: str) -> str:
    document = result.document
    assert document is not None
    document.authority = authority.strip() or document.authority
    document.version_date = version_date.strip() or None
    _, created = store.add_document(document, authorities=[document.authority])
    if not created:
        return f"{result.name} was already in the store; nothing changed."
    return f"Saved {result.name}: {len(document.indicators)} indicators for {document.authority}."


def levels_table(document: Document) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "level": lv.label,
                "name": lv.name or "",
                "maps to": "+".join(lv.maps_to),
                "confidence": lv.confidence,
                "evidence": lv.evidence,
            }
            for lv in document.levels
        ],
        columns=["level", "name", "maps to", "confidence", "evidence"],
    )


def ladder_from_table(frame: pd.DataFrame) -> list[Level]:
    """A ladder a user typed in the app: rows of level, name and letters ("C+D", blank = none).

    Raises ValueError naming the bad row, so the page can say what to fix."""
    out: list[Level] = []
    for number, row in enumerate(frame.to_dict("records"), start=1):
        label = str(row.get("level") or "").strip()
        if not label:
            continue
        letters = [x.strip().upper() for x in str(row.get("maps to") or "").split("+") if x.strip()]
        if any(x not in LETTERS for x in letters):
            raise ValueError(f"row {number} ({label}): letters must be A-D joined by + (blank: no additional needs)")
        name = str(row.get("name") or "").strip() or None
        out.append(Level(label=label, maps_to=letters, name=name, evidence="declared by the user", source="declared"))
    if not out:
        raise ValueError("declare at least one level")
    return out


def replace_scheme(result: UploadResult, data: bytes, ladder: list[Level]) -> UploadResult:
    """Read the upload again with a declared ladder: its indicators are placed anew."""
    from analyser.extract import extract

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{result.sha256}.pdf"
        path.write_bytes(data)
        document = extract(path, scheme=ladder)
    document.source = result.name
    if result.document is not None:
        document.authority = result.document.authority
    return UploadResult(result.name, result.sha256, document=document)


def save_level_edits(store, before: pd.DataFrame, after: pd.DataFrame, who: str) -> int:
    """Store each edited level field as a correction (the extracted value is kept)."""
    return _save_edits(store.correct_level, before, after, ["maps_to", "evidence"], who)


def save_indicator_edits(store, before: pd.DataFrame, after: pd.DataFrame, who: str) -> int:
    return _save_edits(store.correct, before, after, ["issue", "level", "severity"], who)


def _save_edits(correct, before: pd.DataFrame, after: pd.DataFrame, fields: list[str], who: str) -> int:
    """Compare the editor's frame with what it was given; store one correction per changed cell."""
    count = 0
    original = before.set_index("id")
    for row in after.itertuples(index=False):
        for field in fields:
            old, new = original.at[row.id, field], getattr(row, field)
            if pd.isna(new) or str(old) == str(new):
                continue
            correct(int(row.id), field, _typed(field, new), who)
            count += 1
    return count


def _typed(field: str, value):
    if field == "severity":
        return int(value)
    if field == "level" and value not in LETTERS:
        raise ValueError(f"level must be one of {', '.join(LETTERS)}")
    if field == "issue" and value not in ISSUES:
        raise ValueError(f"unknown issue {value!r}")
    return value


def bbox_of(row: pd.Series) -> tuple[float, float, float, float]:
    return (float(row.get("x0", 0)), float(row.get("top", 0)), float(row.get("x1", 0)), float(row.get("bottom", 0)))


def page_image(store, document_id: int, page: int, bbox: tuple[float, float, float, float], scale: float = 1.5):
    """The page as an image with the indicator outlined, or None when the PDF is not kept."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    docs = store.documents_frame()
    match = docs[docs["id"] == document_id]
    if match.empty:
        return None
    path = files_dir() / f"{match.iloc[0]['sha256']}.pdf"
    if not path.exists():
        return None
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        image = pdf[page - 1].render(scale=scale).to_pil().convert("RGB")
    except (pdfium.PdfiumError, IndexError):  # a damaged page (skipped when it was read) cannot be drawn
        return None
    finally:
        pdf.close()
    x0, top, x1, bottom = (v * scale for v in bbox)
    ImageDraw.Draw(image).rectangle((x0 - 3, top - 3, x1 + 3, bottom + 3), outline=(220, 0, 0), width=3)
    return image


def issue_order(issue: str) -> tuple[int, str]:
    return (INQUIRY_ISSUES.index(issue) if issue in INQUIRY_ISSUES else len(INQUIRY_ISSUES), issue)


def filter_view(indicators: pd.DataFrame, issues: list[str], regions: list[str]) -> pd.DataFrame:
    view = indicators
    if issues:
        view = view[view["issue"].isin(issues)]
    if regions and "region" in view:
        view = view[view["region"].isin(regions)]
    return view


def document_indicators(store, document_id: int) -> pd.DataFrame:
    """One row per indicator of a document (the store gives one per indicator and authority)."""
    frame = store.indicators_frame(document_id, current_only=False)
    frame = frame[frame["document_id"] == document_id].drop_duplicates("indicator_id")
    return frame.rename(columns={"indicator_id": "id"}).reset_index(drop=True)


def document_levels(store, document_id: int) -> pd.DataFrame:
    frame = store.levels_frame()
    frame = frame[frame["document_id"] == document_id]
    return frame.rename(columns={"level_id": "id"}).reset_index(drop=True)


def views(indicators: pd.DataFrame, issues: list[str] | None = None) -> dict[str, pd.DataFrame]:
    from analyser.compare import compare_all

    return compare_all(indicators, issues or None)


def grid_table(grid_frame: pd.DataFrame, colour_by: str) -> pd.DataFrame:
    """Authority x issue, each cell the lowest level (or the lowest severity reaching C)."""
    from analyser.compare import grid_matrix

    return grid_matrix(grid_frame, "lowest" if colour_by == "lowest level" else "threshold_c")


def style_grid(table: pd.DataFrame, colour_by: str, colours: dict[str, str]):
    """Colour each cell by its level, or shade it by the threshold index."""
    if colour_by == "lowest level":
        return table.style.map(lambda v: f"background-color: {colours[v]}" if v in colours else "").format(na_rep="")
    return table.style.background_gradient(cmap="RdYlGn", vmin=1, vmax=6, axis=None).format(precision=0, na_rep="")


def evidence(indicators: pd.DataFrame, authority: str, issue: str) -> pd.DataFrame:
    """The descriptors behind one grid cell, as quoted text with level and page."""
    rows = indicators[(indicators["authority"] == authority) & (indicators["issue"] == issue)]
    columns = ["level", "local_level", "severity", "page", "text", "source"]
    return rows.sort_values(["level", "severity"])[columns].reset_index(drop=True)


def inconsistency_table(members: pd.DataFrame) -> pd.DataFrame:
    """One row per member of each 'identical situation, different response' group."""
    if members.empty:
        return members
    out = members.copy()
    out["spread"] = out["spread"].map(_spread_text)
    keep = [c for c in ("issue", "descriptor", "spread", "authority", "level", "page", "text", "source") if c in out]
    return out[keep]


def _spread_text(spread) -> str:
    if isinstance(spread, dict):
        return ", ".join(f"{k} in {v}" for k, v in sorted(spread.items()))
    return str(spread)
