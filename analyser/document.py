"""The one record the rest of the pipeline consumes: a threshold document as extracted.

Plain dataclasses so every stage (store, compare, report, app) can be tested on its own and
the JSON form (`threshold-analyser extract --json`) is a direct dump of these objects.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LETTERS = ("A", "B", "C", "D")

#: The inquiry's five issues first, then the wider taxonomy (see annotations/CODING_GUIDE.md).
INQUIRY_ISSUES = ("domestic_violence", "self_harm", "housing", "bullying", "physical_abuse")
WIDER_ISSUES = (
    "neglect",
    "sexual_abuse",
    "emotional_abuse",
    "exploitation",
    "missing",
    "substance_misuse",
    "parental_mental_health",
    "child_mental_health",
    "attendance",
    "health_development",
    "behaviour_offending",
    "parenting_capacity",
    "family_finances",
    "discrimination",
    "harmful_practices",
    "radicalisation",
)
ISSUES = INQUIRY_ISSUES + WIDER_ISSUES + ("other",)


@dataclass
class Level:
    """One local level (\"Level 3\", \"Amber\", \"Tier 2b\") and the A-D letters it maps onto."""

    label: str
    maps_to: list[str]
    evidence: str = ""
    name: str | None = None
    #: How sure the mapping is (0-1), and where the level was defined ("heading", "run-in label",
    #: "definition table", "matrix header", "title", "contents", "labels only", "declared").
    confidence: float | None = None
    source: str | None = None


@dataclass
class Indicator:
    """A descriptor of a child's situation, where the document puts it, and why we think so."""

    text: str
    page: int
    bbox: tuple[float, float, float, float]
    local_level: str | None = None
    level: str | None = None
    issue: str = "other"
    issues: list[str] = field(default_factory=list)
    severity: int | None = None
    domain: str | None = None
    confidence: float | None = None
    #: The level the wording alone suggests; far from `level` means the placement is worth a look.
    text_level: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["bbox"] = [round(float(v), 2) for v in self.bbox]
        return data


@dataclass
class Document:
    """A threshold document: who published it, its level scheme and its indicators."""

    authority: str
    source: str
    sha256: str
    pages: int
    version_date: str | None = None
    levels: list[Level] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    title: str | None = None
    #: Why a result may be thin or partial ("no level scheme found: indicators have no level",
    #: "page 4 skipped: ..."): never a silent empty result.
    warnings: list[str] = field(default_factory=list)
    #: 1-based numbers of pages that could not be read and were skipped.
    skipped_pages: list[int] = field(default_factory=list)
    #: Strengths (protective factors, needs met) found in the document: not indicators of an issue.
    strengths: list[Indicator] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "authority": self.authority,
            "source": self.source,
            "sha256": self.sha256,
            "pages": self.pages,
            "version_date": self.version_date,
            "title": self.title,
            "levels": [asdict(level) for level in self.levels],
            "indicators": [ind.to_json() for ind in self.indicators],
            "strengths": [ind.to_json() for ind in self.strengths],
            "warnings": list(self.warnings),
            "skipped_pages": list(self.skipped_pages),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        levels = [Level(**level) for level in data.get("levels", [])]
        indicators = [_indicator_from_json(raw) for raw in data.get("indicators", [])]
        strengths = [_indicator_from_json(raw) for raw in data.get("strengths", [])]
        return cls(
            authority=data["authority"],
            source=data["source"],
            sha256=data["sha256"],
            pages=int(data["pages"]),
            version_date=data.get("version_date"),
            levels=levels,
            indicators=indicators,
            title=data.get("title"),
            warnings=list(data.get("warnings", [])),
            skipped_pages=[int(p) for p in data.get("skipped_pages", [])],
            strengths=strengths,
        )

    def level_of(self, label: str | None) -> Level | None:
        """The scheme entry for a local label, if the document has one."""
        for level in self.levels:
            if level.label == label:
                return level
        return None


def _indicator_from_json(raw: dict[str, Any]) -> Indicator:
    raw = dict(raw)
    raw["bbox"] = tuple(raw.get("bbox") or (0.0, 0.0, 0.0, 0.0))
    return Indicator(**raw)
