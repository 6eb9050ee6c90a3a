"""Documents built from the hand-checked annotations, so store/compare/report tests do not
depend on extraction quality (the ground truth is what the comparison must find)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from analyser.document import Document, Indicator, Level

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "annotations"


def make_document(
    authority: str = "Testshire",
    texts: list[tuple[str, str]] | None = None,
    *,
    source: str = "testshire.pdf",
    sha: str | None = None,
    version_date: str | None = "2024-01-01",
) -> Document:
    """A small hand-made document: (text, level) pairs on page 1, two-letter scheme."""
    texts = texts or [("Incidents of domestic violence", "D"), ("Experiencing bullying", "A")]
    indicators = [
        Indicator(
            text=t,
            page=1 + i // 10,
            bbox=(50.0, 100.0 + 12 * i, 400.0, 110.0 + 12 * i),
            local_level=f"Level {'ABCD'.index(lv) + 1}",
            level=lv,
            issue="domestic_violence" if "domestic" in t.lower() else "bullying",
            issues=[],
            severity=4 if "domestic" in t.lower() else 2,
        )
        for i, (t, lv) in enumerate(texts)
    ]
    levels = [Level(label=f"Level {i + 1}", maps_to=[x], evidence=f"evidence {x}") for i, x in enumerate("ABCD")]
    digest = sha or hashlib.sha256(f"{authority}{source}{texts}".encode()).hexdigest()
    return Document(
        authority=authority,
        source=source,
        sha256=digest,
        pages=3,
        version_date=version_date,
        levels=levels,
        indicators=indicators,
        title="Continuum of need",
    )


def load_documents() -> list[tuple[Document, list[str]]]:
    """One Document per annotated document, with its authorities (a shared one has several)."""
    inds = pd.read_csv(ANNOTATIONS / "indicators.csv", keep_default_na=False)
    docs = pd.read_csv(ANNOTATIONS / "documents.csv", keep_default_na=False)
    out = []
    for row in docs.itertuples():
        names = [a.strip() for a in str(row.authorities).split(";") if a.strip()]
        mine = inds[inds["doc"] == row.doc]
        indicators = [
            Indicator(
                text=r.text,
                page=int(r.page),
                bbox=(0.0, 0.0, 0.0, 0.0),
                local_level=r.local_level or None,
                level=r.level or None,
                issue=r.issue,
                issues=[i for i in str(r.issues).split(";") if i],
                severity=int(r.severity) if str(r.severity).strip() else None,
                domain=r.domain or None,
            )
            for r in mine.itertuples()
        ]
        pages = int(mine["page"].max()) if len(mine) else 1
        digest = hashlib.sha256(f"annotations:{row.doc}".encode()).hexdigest()
        doc = Document(
            authority=names[0],
            source=str(row.file),
            sha256=digest,
            pages=pages,
            indicators=indicators,
            version_date=getattr(row, "version_date", None) or None,
        )
        out.append((doc, names))
    return out


def situations() -> pd.DataFrame:
    """The planted indicators: doc, authority, level and situation key, one row per authority."""
    inds = pd.read_csv(ANNOTATIONS / "indicators.csv", keep_default_na=False)
    docs = pd.read_csv(ANNOTATIONS / "documents.csv", keep_default_na=False)
    planted = inds[inds["situation"] != ""].merge(docs[["doc", "authorities"]], on="doc")
    planted = planted.assign(authority=planted["authorities"].str.split(";")).explode("authority")
    planted["authority"] = planted["authority"].str.strip()
    return planted[["doc", "authority", "level", "situation", "text"]]
