"""Cross-authority comparison: pure functions over an indicators frame (no UI, no database).

The input is one row per (indicator, authority) with at least ``authority, source, text, level,
issue`` and optionally ``severity, page, sha256`` -- exactly what ``Store.indicators_frame()``
returns, or what a test builds from the annotations. Four views answer the inquiry's question
"does the same child get the same response?":

- :func:`grid`: authority x issue -- where each authority places an issue, gaps left as NaN;
- :func:`inconsistencies`: near-identical descriptors placed at different A-D levels;
- :func:`shared_sources`: authorities using the same or a copied document, counted once;
- :func:`statistics`: per-issue variation counted over distinct sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import normalize

from analyser.document import ISSUES, LETTERS

RANK = {letter: i for i, letter in enumerate(LETTERS)}


@dataclass(frozen=True)
class MatchSettings:
    """How alike two descriptors must be to count as the same situation.

    ``candidate_cosine`` is a loose TF-IDF pre-filter (cheap, vectorised); ``fuzzy_cutoff`` is
    the real test (rapidfuzz ratio, 0-100, on the lemmatised *core* of each descriptor, its
    qualifiers set aside); ``severity_tolerance`` keeps descriptors whose wording was coded at
    different severities apart; ``same_issue`` only compares descriptors of the same issue.
    """

    candidate_cosine: float = 0.3
    fuzzy_cutoff: float = 90.0
    severity_tolerance: int | None = 0
    same_issue: bool = True
    shared_source_jaccard: float = 0.5

    def describe(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_SETTINGS = MatchSettings()

# ---------------------------------------------------------------------------------------------
# Text: normalise, map equivalent phrasings onto one, lemmatise
# ---------------------------------------------------------------------------------------------
#: Phrasings threshold documents use for the same situation (documented in the report's method).
#: Applied to lower-cased text before lemmatising; extend it when review finds a new variant.
EQUIVALENT_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bself[\s-]*harm\w*", "selfharm"),
    (
        r"\b(?:single|one[\s-]off|one|isolated|first)\s+(?:episode|incident|instance)s?\s+of\s+"
        r"selfharm",
        "lowlevel selfharm",
    ),
    (r"\blow[\s-]*level\s+selfharm", "lowlevel selfharm"),
    (
        r"\b(?:victims?\s+of|affected\s+by|experienc\w*|subject(?:ed)?\s+to|suffering)\s+"
        r"(?:from\s+)?bullying",
        "experiencing bullying",
    ),
    (r"\b(?:am|is|are|being|been|gets?|getting)\s+bullied\b", "experiencing bullying"),
    (r"\b(?:frequent|repeated)\s+(?:or|and|and/or)\s+unexplained\s+injur\w+", "unexplained injuries"),
    (
        r"\bunexplained\s+(?:bruis\w+|marks?|injur\w+)(?:\s*(?:,|or|and|and/or)\s*"
        r"(?:bruis\w+|marks?|injur\w+))*",
        "unexplained injuries",
    ),
    (r"\bdomestic\s+abuse\b", "domestic violence"),
    (r"\bcarers?\b", "parents"),
    (r"\b(?:i|we)\s+(?:am|are|'m|have been|feel)?\s*(?:facing|living in|live in)\b", " "),
    (r"\b(?:i|we)\s+live\s+in\b", " "),
)
_COMPILED = tuple((re.compile(p), r) for p, r in EQUIVALENT_PHRASES)
#: First-person voice ("I am ...", "my ...") is removed after the qualifier is cut, because
#: "and I ..." is one of the clause boundaries.
_FIRST_PERSON = re.compile(r"\bmy\b|\bi\s+am\b|\bi'm\b|\bi\b")
#: Words that carry no situation: dropped after lemmatising (negations are kept on purpose).
_STOP = frozenset(
    "a an the of to be or and and/or in on at for by it its their his her this some any "
    "have do get who we you they there very child children young person people".split()
)
#: Where a descriptor's core situation ends and its qualifier begins ("Incidents of domestic
#: violence | witnessed by the child"). Threshold documents vary the qualifier far more than the
#: core, so the core is what must match.
_QUALIFIER = re.compile(
    r"\s*(?:[,;:(]|\s-\s|\b(?:with|which|where|that|when|while|who|whose|including|such as|"
    r"like|affecting|affects?|witnessed|between|because|due to|despite|after|for example|"
    r"e\.g\.|as a result|leading to|resulting in|so that|online|"
    r"and\s+(?:i|we|my|it|they|he|she|nobody|no one|there)|"
    r"(?:in|at)\s+(?:the\s+)?(?:family\s+)?(?:home|household|school))\b).*$"
)
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)


def normalise(text: str) -> str:
    """Case, spacing, quotes and end punctuation never make a different descriptor."""
    value = re.sub(r"\s+", " ", str(text).translate(_QUOTES).lower()).strip()
    return value.strip(" .;:,")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    """spaCy's blank English with the lookup lemmatizer: no model download, fast, stable."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def canonical(texts: Iterable[str]) -> list[str]:
    """The lemmatised *core* of each descriptor, with equivalent phrasings mapped together."""
    prepared = []
    for text in texts:
        value = normalise(text)
        for pattern, replacement in _COMPILED:
            value = pattern.sub(replacement, value)
        core = _FIRST_PERSON.sub(" ", _QUALIFIER.sub("", value)).strip()
        prepared.append(core or value)
    out = []
    for doc in _nlp().pipe(prepared, batch_size=512):
        words = [t.lemma_.lower() for t in doc if t.is_alpha or t.like_num]
        out.append(" ".join(w for w in words if w not in _STOP))
    return out


def same_situation(a: str, b: str, cutoff: float) -> bool:
    """Two canonical cores describe the same situation: near-identical wording, in order.

    Deliberately strict: not subset-tolerant ("persistent bullying" is not "severe and/or
    persistent bullying") and order-sensitive ("domestic abuse incidents that are increasing"
    is a different descriptor from "incidents of domestic violence"). Qualifiers are already
    cut off by :func:`canonical`, so the cores can be compared whole.
    """
    return fuzz.ratio(a, b) >= cutoff


# ---------------------------------------------------------------------------------------------
# Shared sources
# ---------------------------------------------------------------------------------------------
def shared_sources(indicators: pd.DataFrame, settings: MatchSettings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """Sources (documents) that are the same or near-copies, merged into one *source group*.

    A document shared by several authorities is one source already; two documents whose
    normalised indicator sets overlap by Jaccard >= ``shared_source_jaccard`` (a neighbour
    copied the chart) are joined. Returns one row per source: ``source, source_group,
    authorities, group_authorities, group_sources, similarity`` (best Jaccard to another
    member, 1.0 alone).
    """
    key = _source_key(indicators)
    sources = sorted(key.unique())
    texts = indicators.assign(_src=key, _norm=indicators["text"].map(normalise))
    pairs = texts[["_src", "_norm"]].drop_duplicates()
    src_index = {s: i for i, s in enumerate(sources)}
    codes, uniques = pd.factorize(pairs["_norm"])
    matrix = sparse.csr_matrix(
        (np.ones(len(pairs)), (pairs["_src"].map(src_index).to_numpy(), codes)),
        shape=(len(sources), len(uniques)),
    )
    inter = (matrix @ matrix.T).toarray()
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    union = sizes[:, None] + sizes[None, :] - inter
    jaccard = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    np.fill_diagonal(jaccard, 0.0)
    _, labels = connected_components(sparse.csr_matrix(jaccard >= settings.shared_source_jaccard), directed=False)
    authorities_of = texts.groupby("_src")["authority"].agg(lambda s: sorted(set(s)))
    rows = []
    for i, source in enumerate(sources):
        members = [sources[j] for j in np.flatnonzero(labels == labels[i])]
        group_auth = sorted({a for m in members for a in authorities_of[m]})
        rows.append(
            {
                "source": source,
                "source_group": " ~ ".join(members),
                "authorities": "; ".join(authorities_of[source]),
                "group_sources": len(members),
                "group_authorities": "; ".join(group_auth),
                "similarity": float(jaccard[i].max()) if len(members) > 1 else 1.0,
            }
        )
    return pd.DataFrame(rows)


def _source_key(indicators: pd.DataFrame) -> pd.Series:
    """Which column names the document: ``source`` (file), else ``sha256``, else authority."""
    for column in ("source", "sha256", "document"):
        if column in indicators:
            return indicators[column].astype(str)
    return indicators["authority"].astype(str)


def with_source_groups(indicators: pd.DataFrame, settings: MatchSettings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """The frame with a ``source_group`` column, computing it unless the caller already did."""
    if "source_group" in indicators:
        return indicators
    groups = shared_sources(indicators, settings).set_index("source")["source_group"]
    return indicators.assign(source_group=_source_key(indicators).map(groups))


# ---------------------------------------------------------------------------------------------
# Grid
# ---------------------------------------------------------------------------------------------
GRID_COLUMNS = ["authority", "issue", "source_group", "levels", "lowest", "threshold_c", "threshold_d", "count"]


def grid(indicators: pd.DataFrame, issues: Iterable[str] | None = None) -> pd.DataFrame:
    """Authority x issue: levels used, lowest level offering help, severity thresholds, count.

    ``threshold_c`` / ``threshold_d`` are the lowest severity the authority places at C-or-above
    / at D: a lower number means a lower threshold. An issue an authority never mentions is a
    gap: its row is kept with NaN everywhere (not zero: silence is not "no help").
    """
    frame = indicators[indicators["level"].isin(LETTERS)].copy()
    frame["_rank"] = frame["level"].map(RANK)
    sev = pd.to_numeric(frame.get("severity", pd.Series(index=frame.index, dtype=float)))
    frame["_sev_c"] = sev.where(frame["_rank"] >= RANK["C"])
    frame["_sev_d"] = sev.where(frame["_rank"] == RANK["D"])
    cells = frame.groupby(["authority", "issue"]).agg(
        levels=("level", lambda s: ";".join(sorted(set(s), key=RANK.get))),
        _low=("_rank", "min"),
        threshold_c=("_sev_c", "min"),
        threshold_d=("_sev_d", "min"),
        count=("level", "size"),
    )
    cells["lowest"] = cells.pop("_low").map(dict(enumerate(LETTERS)))
    wanted = _issue_order(issues if issues is not None else indicators["issue"].dropna().unique())
    index = pd.MultiIndex.from_product([sorted(indicators["authority"].unique()), wanted], names=["authority", "issue"])
    out = cells.reindex(index).reset_index()
    source_of = with_source_groups(indicators).groupby("authority")["source_group"].first()
    out["source_group"] = out["authority"].map(source_of)
    return out[GRID_COLUMNS]


def _issue_order(issues: Iterable[str]) -> list[str]:
    present = set(issues)
    known = [i for i in ISSUES if i in present]
    return known + sorted(present - set(known))


def grid_matrix(grid_frame: pd.DataFrame, value: str = "lowest") -> pd.DataFrame:
    """The grid as a wide authority x issue table (for the heatmap and the CSV)."""
    wide = grid_frame.pivot(index="authority", columns="issue", values=value)
    order = [i for i in _issue_order(grid_frame["issue"].unique()) if i in wide.columns]
    return wide[order]


# ---------------------------------------------------------------------------------------------
# Identical situation, different response
# ---------------------------------------------------------------------------------------------
MEMBER_COLUMNS = [
    "group",
    "issue",
    "descriptor",
    "spread",
    "levels_apart",
    "authority",
    "text",
    "level",
    "page",
    "source",
    "source_group",
    "severity",
]


def inconsistencies(
    indicators: pd.DataFrame,
    cutoff: float | None = None,
    settings: MatchSettings = DEFAULT_SETTINGS,
) -> pd.DataFrame:
    """Groups of near-identical descriptors that span >= 2 sources and differ in A-D level.

    One row per member (authority + text); ``spread`` counts distinct *source groups* per
    level, so a shared or copied document counts once. Scales by blocking on issue, comparing
    unique descriptors only, and using a vectorised radius query (no all-pairs Python loop).
    """
    if cutoff is not None:
        settings = MatchSettings(**{**settings.describe(), "fuzzy_cutoff": float(cutoff)})
    frame = with_source_groups(indicators, settings)
    frame = frame[frame["level"].isin(LETTERS)].copy()
    if frame.empty:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    frame["_sev"] = pd.to_numeric(frame.get("severity", np.nan), errors="coerce")
    units = _descriptor_units(frame, settings)
    labels = _cluster(units, settings)
    units["_group"] = labels
    frame = frame.merge(units[["_unit", "_group"]], on="_unit")
    return _report_groups(frame)


def _descriptor_units(frame: pd.DataFrame, settings: MatchSettings) -> pd.DataFrame:
    """Unique (issue, canonical text, severity) units: replicated text is compared once."""
    frame["_norm"] = frame["text"].map(normalise)
    unique_norm = pd.Series(frame["_norm"].unique())
    canon = dict(zip(unique_norm, canonical(unique_norm), strict=True))
    frame["_canon"] = frame["_norm"].map(canon)
    issue_key = frame["issue"] if settings.same_issue else ""
    frame["_unit"] = pd.factorize(
        pd.Series(list(zip(issue_key, frame["_canon"], frame["_sev"].fillna(-1), strict=True)), index=frame.index)
    )[0]
    return (
        frame.drop_duplicates("_unit")[["_unit", "issue", "_canon", "_sev"]].sort_values("_unit").reset_index(drop=True)
    )


def _cluster(units: pd.DataFrame, settings: MatchSettings) -> np.ndarray:
    """Connected components of the "same situation" graph over descriptor units."""
    n = len(units)
    text = units["_canon"].where(units["_canon"].str.len() > 0, "_")
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = normalize(sparse.hstack([words.fit_transform(text), chars.fit_transform(text)]))
    matrix = sparse.csr_matrix(matrix)
    rows_all: list[np.ndarray] = []
    cols_all: list[np.ndarray] = []
    blocks = units.groupby("issue").indices if settings.same_issue else {"": np.arange(n)}
    for idx in blocks.values():
        if len(idx) < 2:
            continue
        r, c = _candidate_pairs(matrix[idx], settings.candidate_cosine)
        rows_all.append(idx[r])
        cols_all.append(idx[c])
    if not rows_all:
        return np.arange(n)
    rows, cols = np.concatenate(rows_all), np.concatenate(cols_all)
    keep = _confirm(units, rows, cols, settings)
    graph = sparse.coo_matrix((np.ones(keep.sum()), (rows[keep], cols[keep])), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _candidate_pairs(block: sparse.csr_matrix, min_cosine: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) within cosine radius, from sklearn's chunked, vectorised radius query."""
    nn = NearestNeighbors(radius=1.0 - min_cosine, metric="cosine", algorithm="brute")
    graph = nn.fit(block).radius_neighbors_graph(block, mode="connectivity").tocoo()
    upper = graph.row < graph.col
    return graph.row[upper], graph.col[upper]


def _confirm(units: pd.DataFrame, rows: np.ndarray, cols: np.ndarray, settings: MatchSettings) -> np.ndarray:
    """Keep candidate pairs whose wording (fuzzy) and severity agree."""
    canon = units["_canon"].to_numpy()
    sev = units["_sev"].to_numpy(dtype=float)
    keep = np.fromiter(
        (same_situation(canon[i], canon[j], settings.fuzzy_cutoff) for i, j in zip(rows, cols, strict=True)),
        dtype=bool,
        count=len(rows),
    )
    if settings.severity_tolerance is not None:
        a, b = sev[rows], sev[cols]
        known = ~np.isnan(a) & ~np.isnan(b)
        keep &= ~known | (np.abs(a - b) <= settings.severity_tolerance)
    return keep


def _report_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep groups spanning >= 2 source groups whose levels differ; add descriptor and spread."""
    per_group = frame.groupby("_group").agg(n_sources=("source_group", "nunique"), n_levels=("level", "nunique"))
    wanted = per_group.index[(per_group["n_sources"] >= 2) & (per_group["n_levels"] >= 2)]
    frame = frame[frame["_group"].isin(wanted)].copy()
    if frame.empty:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    spread = {g: _spread(sub) for g, sub in frame.groupby("_group")}
    descriptor = frame.assign(_len=frame["text"].str.len()).sort_values("_len").groupby("_group")["text"].first()
    issue = frame.groupby("_group")["issue"].agg(lambda s: s.mode().iloc[0])
    frame["spread"] = frame["_group"].map(spread)
    frame["descriptor"] = frame["_group"].map(descriptor)
    frame["issue"] = frame["_group"].map(issue)
    frame["levels_apart"] = frame["_group"].map(
        frame.groupby("_group")["level"].agg(lambda s: max(map(RANK.get, s)) - min(map(RANK.get, s)))
    )
    order = (
        frame.groupby("_group")
        .agg(
            apart=("levels_apart", "first"),
            n=("source_group", "nunique"),
            issue=("issue", "first"),
            descriptor=("descriptor", "first"),
        )
        .assign(_issue_rank=lambda d: d["issue"].map({i: k for k, i in enumerate(ISSUES)}).fillna(len(ISSUES)))
        .sort_values(["_issue_rank", "apart", "n", "descriptor"], ascending=[True, False, False, True])
    )
    numbering = {g: k + 1 for k, g in enumerate(order.index)}
    frame["group"] = frame["_group"].map(numbering)
    frame["_rank"] = frame["level"].map(RANK)
    if "page" not in frame:
        frame["page"] = pd.NA
    if "source" not in frame:
        frame["source"] = frame["source_group"]
    frame["severity"] = frame["_sev"].astype("Int64")
    frame = frame.sort_values(["group", "_rank", "authority", "text"])
    members = frame.drop_duplicates(["group", "authority", "text", "level"])
    return members[MEMBER_COLUMNS].reset_index(drop=True)


def _spread(members: pd.DataFrame) -> dict[str, int]:
    """Distinct source groups per level, in A-D order: {"A": 2, "D": 3}."""
    counts = members.groupby("level")["source_group"].nunique()
    return {letter: int(counts[letter]) for letter in LETTERS if letter in counts}


def inconsistency_records(members: pd.DataFrame) -> list[dict[str, Any]]:
    """The member rows as nested records: one per group with its members (JSON / HTML)."""
    out = []
    for _, sub in members.groupby("group", sort=True):
        first = sub.iloc[0]
        out.append(
            {
                "group": int(first["group"]),
                "issue": first["issue"],
                "descriptor": first["descriptor"],
                "spread": first["spread"],
                "levels_apart": int(first["levels_apart"]),
                "members": [
                    {
                        "authority": r.authority,
                        "text": r.text,
                        "level": r.level,
                        "page": None if pd.isna(r.page) else int(r.page),
                        "source": r.source,
                        "source_group": r.source_group,
                    }
                    for r in sub.itertuples()
                ],
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# Variation statistics
# ---------------------------------------------------------------------------------------------
def statistics(grid_frame: pd.DataFrame) -> pd.DataFrame:
    """Per issue, over distinct source groups: where help starts, spread, agreement.

    ``agreement`` is the share of sources whose lowest level is the modal one (1.0 = all
    agree); ``levels_apart`` is the distance between the lowest and highest "lowest level";
    ``gaps`` counts sources that never mention the issue. Shared sources count once.
    """
    cells = grid_frame.drop_duplicates(["source_group", "issue"])
    rows = []
    for issue, sub in cells.groupby("issue", sort=False):
        present = sub.dropna(subset=["lowest"])
        counts = present["lowest"].value_counts()
        ranks = present["lowest"].map(RANK)
        row: dict[str, Any] = {
            "issue": issue,
            "sources": int(len(present)),
            "authorities": int(
                grid_frame[(grid_frame["issue"] == issue) & grid_frame["lowest"].notna()]["authority"].nunique()
            ),
            "gaps": int(len(sub) - len(present)),
        }
        row.update({f"lowest_{x}": int(counts.get(x, 0)) for x in LETTERS})
        row["modal_level"] = counts.idxmax() if len(counts) else None
        row["agreement"] = float(counts.max() / counts.sum()) if len(counts) else np.nan
        row["levels_apart"] = int(ranks.max() - ranks.min()) if len(ranks) else np.nan
        for col in ("threshold_c", "threshold_d"):
            row[f"{col}_min"] = present[col].min()
            row[f"{col}_max"] = present[col].max()
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out["_order"] = out["issue"].map({i: k for k, i in enumerate(ISSUES)}).fillna(len(ISSUES))
    return out.sort_values(["_order", "issue"]).drop(columns="_order").reset_index(drop=True)


def compare_all(
    indicators: pd.DataFrame,
    issues: Iterable[str] | None = None,
    settings: MatchSettings = DEFAULT_SETTINGS,
) -> dict[str, pd.DataFrame]:
    """Every view at once, with shared sources computed a single time (what reports need)."""
    sources = (
        shared_sources(indicators, settings)
        if not indicators.empty
        else pd.DataFrame(
            columns=["source", "source_group", "authorities", "group_sources", "group_authorities", "similarity"]
        )
    )
    frame = indicators.assign(source_group=_source_key(indicators).map(sources.set_index("source")["source_group"]))
    if issues is not None:
        wanted = set(issues)
        frame = frame[frame["issue"].isin(wanted)]
    grid_frame = grid(frame, issues)
    return {
        "grid": grid_frame,
        "inconsistencies": inconsistencies(frame, settings=settings),
        "shared_sources": sources,
        "statistics": statistics(grid_frame),
        "indicators": indicator_rows(frame),
    }


#: The columns of the per-indicator export: each descriptor as printed, where, and how placed.
INDICATOR_COLUMNS = ("authority", "issue", "level", "local_level", "severity", "page", "text", "source")


def indicator_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Every indicator of the view, one row each, for a spreadsheet a reviewer can filter."""
    columns = [c for c in INDICATOR_COLUMNS if c in frame.columns]
    if frame.empty:
        return pd.DataFrame(columns=list(INDICATOR_COLUMNS))
    rows = frame[columns].copy()
    order = [c for c in ("authority", "issue", "level", "page") if c in rows.columns]
    return rows.sort_values(order, na_position="last").reset_index(drop=True)
