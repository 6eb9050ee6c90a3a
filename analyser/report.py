"""Exports of the comparison views: CSV (the grid, or every indicator), XLSX (one sheet per view),
JSON and HTML.

The HTML report is what a user sends to a director or a committee, so it is one
self-contained file (inline CSS, no scripts, no external assets) that prints cleanly to PDF,
and every piece of document text in it is escaped.

Document text is untrusted: a PDF can print ``=HYPERLINK("http://...")`` as an indicator. In
CSV and XLSX every text cell that a spreadsheet would take for a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading apostrophe, so it
stays text (the OWASP advice for CSV injection); JSON keeps the text exactly as printed.
"""

from __future__ import annotations

import html
import io
import json
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from analyser import __version__
from analyser.compare import (
    DEFAULT_SETTINGS,
    EQUIVALENT_PHRASES,
    MatchSettings,
    grid_matrix,
    inconsistency_records,
)
from analyser.document import LETTERS

FORMATS = ("csv", "xlsx", "html", "json")
LEVEL_NAMES = {
    "A": "universal early help",
    "B": "early help with children's social care input",
    "C": "child in need (s.17)",
    "D": "child protection (s.47)",
}
LEVEL_COLOURS = {"A": "#4f9d5b", "B": "#e3c341", "C": "#e8873a", "D": "#c8413b"}

CAVEATS = (
    "Levels are placed on a common A-D scale from each document's own scheme; where a local "
    "level spans two letters (e.g. C+D) an indicator is placed by its wording.",
    "A threshold document is guidance. It shows where an authority says a situation belongs, "
    "not what its social workers decide in a particular case.",
    "Descriptors are grouped by their core wording (lemmatised, qualifiers such as 'witnessed "
    "by the child' set aside) and by severity; different wording of the same situation may be "
    "missed and similar wording of different situations may be joined. Check the quoted "
    "evidence before citing a group.",
    "A document shared by several authorities, or copied nearly word for word, counts once in "
    "spreads and statistics; its authorities are still listed.",
    "An empty cell means the document never mentions the issue, which is not the same as offering no help.",
    "Extracted values may contain errors; values corrected by a reviewer are used where they exist.",
)


def method(settings: MatchSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """How the views were made, for the JSON and the report's method section."""
    return {
        "pipeline_version": __version__,
        "levels": LEVEL_NAMES,
        "grouping": "lemmatised core wording (spaCy lookup lemmatizer), TF-IDF word+char "
        "n-gram candidates (cosine radius query), confirmed by rapidfuzz ratio on the core "
        "wording (qualifiers set aside), "
        "within one issue and one severity",
        "settings": settings.describe(),
        "equivalent_phrases": [replacement for _, replacement in EQUIVALENT_PHRASES],
        "caveats": list(CAVEATS),
    }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe records: NaN/NA become null, numpy scalars become Python numbers."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: _plain(v) for k, v in row.items()})
    return out


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(views: dict[str, pd.DataFrame], settings: MatchSettings = DEFAULT_SETTINGS) -> str:
    data = {
        "grid": _records(views["grid"]),
        "inconsistencies": [
            {**group, "members": [{k: _plain(v) for k, v in m.items()} for m in group["members"]]}
            for group in inconsistency_records(views["inconsistencies"])
        ],
        "shared_sources": _records(views["shared_sources"]),
        "statistics": _records(views["statistics"]),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "method": method(settings),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


#: What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: What ``csv`` exports: the authority x issue grid, or every indicator of the view.
CSV_TABLES = ("grid", "indicators")


def inert(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with an apostrophe; else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell, index label and column name made inert (numbers are left as numbers)."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]) or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(inert).astype(object)
    out.index = out.index.map(inert)
    out.columns = out.columns.map(inert)
    return out


def to_csv(views: dict[str, pd.DataFrame], table: str = "grid") -> str:
    """The grid in long form (one row per authority x issue; gaps are empty cells), or with
    ``table="indicators"`` every indicator of the view with its text, page and source."""
    if table not in CSV_TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(CSV_TABLES)}")
    frame = views[table] if table in views else views["grid"].iloc[0:0]
    return inert_frame(frame).to_csv(index=False)


def to_xlsx(views: dict[str, pd.DataFrame], settings: MatchSettings = DEFAULT_SETTINGS) -> bytes:
    """One sheet per view, plus the wide grid as a readable first sheet; every text cell inert."""
    buffer = io.BytesIO()
    members = views["inconsistencies"].copy()
    if "spread" in members:
        members["spread"] = members["spread"].map(_spread_text)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        if not views["grid"].empty:
            inert_frame(grid_matrix(views["grid"])).to_excel(writer, sheet_name="lowest level")
        inert_frame(views["grid"]).to_excel(writer, sheet_name="grid", index=False)
        if "indicators" in views:
            inert_frame(views["indicators"]).to_excel(writer, sheet_name="indicators", index=False)
        inert_frame(members).to_excel(writer, sheet_name="inconsistencies", index=False)
        inert_frame(views["shared_sources"]).to_excel(writer, sheet_name="shared sources", index=False)
        inert_frame(views["statistics"]).to_excel(writer, sheet_name="statistics", index=False)
        inert_frame(
            pd.DataFrame(
                [
                    {"item": k, "value": json.dumps(v) if not isinstance(v, str) else v}
                    for k, v in method(settings).items()
                ]
            )
        ).to_excel(writer, sheet_name="method", index=False)
    return buffer.getvalue()


def _spread_text(spread: Any) -> str:
    if not isinstance(spread, dict):
        return ""
    return ", ".join(f"{level} in {n}" for level, n in spread.items())


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
CSS = """
:root { --A: #4f9d5b; --B: #e3c341; --C: #e8873a; --D: #c8413b; --gap: #eceff1; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2327;
       max-width: 1200px; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 2px solid #ddd; }
.meta { color: #555; }
table { border-collapse: collapse; }
th, td { border: 1px solid #cfd4d8; padding: .25em .45em; vertical-align: top; }
.heatmap th.issue { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: 600;
                    white-space: nowrap; font-size: .85em; }
.heatmap td { text-align: center; min-width: 2.2em; font-weight: 700; }
.heatmap th.auth { text-align: left; white-space: nowrap; }
.lv-A { background: var(--A); color: #fff; } .lv-B { background: var(--B); }
.lv-C { background: var(--C); } .lv-D { background: var(--D); color: #fff; }
.gap { background: repeating-linear-gradient(45deg, var(--gap), var(--gap) 4px, #fff 4px, #fff 8px); }
.legend span { display: inline-block; padding: .1em .6em; margin-right: .4em; border-radius: 3px; }
.group { border: 1px solid #d5d9dc; border-radius: 6px; padding: .6em 1em; margin: 1em 0;
         break-inside: avoid; page-break-inside: avoid; }
.group h3 { margin: .2em 0 .4em; font-size: 1.05em; }
.chip { display: inline-block; padding: 0 .5em; border-radius: 3px; font-weight: 700; }
.group table { width: 100%; } .group td.level { text-align: center; width: 3em; }
blockquote { margin: 0; font-style: italic; }
.small { font-size: .85em; color: #555; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, .group { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _heatmap(grid_frame: pd.DataFrame) -> str:
    if grid_frame.empty:
        return "<p>No indicators to compare.</p>"
    wide = grid_matrix(grid_frame)
    head = "".join(f'<th class="issue" scope="col">{_e(i.replace("_", " "))}</th>' for i in wide.columns)
    rows = []
    for authority, cells in wide.iterrows():
        tds = []
        for issue, value in cells.items():
            if isinstance(value, str) and value in LETTERS:
                tds.append(f'<td class="lv-{value}" title="{_e(authority)}: {_e(issue)}">{value}</td>')
            else:
                tds.append(f'<td class="gap" title="{_e(authority)}: {_e(issue)} not mentioned"></td>')
        rows.append(f'<tr><th class="auth" scope="row">{_e(authority)}</th>{"".join(tds)}</tr>')
    legend = (
        "".join(f'<span class="lv-{x}">{x}: {_e(name)}</span>' for x, name in LEVEL_NAMES.items())
        + '<span class="gap">&nbsp;not mentioned&nbsp;</span>'
    )
    return (
        f'<p class="legend">{legend}</p>'
        f'<table class="heatmap"><thead><tr><th></th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _inconsistencies_html(members: pd.DataFrame) -> str:
    groups = inconsistency_records(members)
    if not groups:
        return "<p>No near-identical descriptors were placed at different levels.</p>"
    out = []
    for g in groups:
        chips = " ".join(f'<span class="chip lv-{_e(x)}">{_e(x)} in {n}</span>' for x, n in g["spread"].items())
        rows = "".join(
            f'<tr><td class="level lv-{_e(m["level"])}">{_e(m["level"])}</td>'
            f"<td>{_e(m['authority'])}</td><td><blockquote>&ldquo;{_e(m['text'])}&rdquo;"
            f"</blockquote></td><td>{_e(m['source'])}, p.&nbsp;{_e(m['page'])}</td></tr>"
            for m in g["members"]
        )
        out.append(
            f'<section class="group"><h3>{g["group"]}. {_e(g["issue"].replace("_", " "))}: '
            f"&ldquo;{_e(g['descriptor'])}&rdquo;</h3>"
            f'<p>Placed at {chips} <span class="small">(sources counted once; '
            f"{g['levels_apart']} level(s) apart)</span></p>"
            f"<table><thead><tr><th>Level</th><th>Authority</th><th>Descriptor as printed</th>"
            f"<th>Evidence</th></tr></thead><tbody>{rows}</tbody></table></section>"
        )
    return "".join(out)


def _table(frame: pd.DataFrame, columns: list[str]) -> str:
    if frame.empty:
        return "<p>None.</p>"
    cols = [c for c in columns if c in frame.columns]
    head = "".join(f"<th>{_e(c.replace('_', ' '))}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_e(_cell(row[c]))}</td>" for c in cols) + "</tr>" for _, row in frame.iterrows()
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def to_html(
    views: dict[str, pd.DataFrame],
    title: str = "Threshold variation report",
    settings: MatchSettings = DEFAULT_SETTINGS,
) -> str:
    grid_frame = views["grid"]
    n_auth = grid_frame["authority"].nunique() if not grid_frame.empty else 0
    n_groups = views["inconsistencies"]["group"].nunique() if not views["inconsistencies"].empty else 0
    shared = views["shared_sources"]
    shared = (
        shared[shared["group_sources"].gt(1) | shared["authorities"].str.contains(";")] if not shared.empty else shared
    )
    m = method(settings)
    caveats = "".join(f"<li>{_e(c)}</li>" for c in m["caveats"])
    generated = datetime.now(UTC).strftime("%d %B %Y %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{CSS}</style></head>
<body>
<h1>{_e(title)}</h1>
<p class="meta">{n_auth} authorities &middot; {n_groups} situations placed at different levels
&middot; generated {generated} by Threshold Analyser {__version__}</p>
<h2>Where each authority first offers help</h2>
<p>Each cell shows the lowest level at which the authority's threshold document places any
indicator of the issue.</p>
{_heatmap(grid_frame)}
<h2>Identical situation, different response</h2>
{_inconsistencies_html(views["inconsistencies"])}
<h2>Variation by issue</h2>
{
        _table(
            views["statistics"],
            [
                "issue",
                "sources",
                "authorities",
                "gaps",
                "lowest_A",
                "lowest_B",
                "lowest_C",
                "lowest_D",
                "modal_level",
                "agreement",
                "levels_apart",
                "threshold_c_min",
                "threshold_c_max",
                "threshold_d_min",
                "threshold_d_max",
            ],
        )
    }
<h2>Shared sources</h2>
<p>Documents used by several authorities, or copied nearly word for word, counted once.</p>
{_table(shared, ["source", "authorities", "source_group", "group_authorities", "similarity"])}
<h2>Method and caveats</h2>
<p>{_e(m["grouping"])}. Settings: {_e(json.dumps(m["settings"]))}.</p>
<ul>{caveats}</ul>
</body></html>
"""


def render(
    views: dict[str, pd.DataFrame], fmt: str, settings: MatchSettings = DEFAULT_SETTINGS, table: str = "grid"
) -> bytes:
    """The export in ``fmt`` as bytes (what a download button or a file needs)."""
    if fmt == "csv":
        return to_csv(views, table).encode("utf-8")
    if fmt == "xlsx":
        return to_xlsx(views, settings)
    if fmt == "json":
        return to_json(views, settings).encode("utf-8")
    if fmt == "html":
        return to_html(views, settings=settings).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write(
    views: dict[str, pd.DataFrame],
    fmt: str,
    out: str | Path,
    settings: MatchSettings = DEFAULT_SETTINGS,
    table: str = "grid",
) -> Path:
    """Write the export; the folder must exist (a mistyped path is an error, not a new folder)."""
    path = Path(out)
    path.write_bytes(render(views, fmt, settings, table))
    return path
