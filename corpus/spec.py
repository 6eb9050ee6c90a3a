"""Load a corpus spec (corpus/src/<slug>.yaml) into dataclasses and check it.

The spec is the ground truth the extraction pipeline is measured on, so every rule in
corpus/SPEC.md "Rules for writers" that a machine can check is checked here, and every problem
is reported as ``"<file>: <problem>"`` so a writer can fix it without reading this code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from analyser.document import INQUIRY_ISSUES, ISSUES, LETTERS, WIDER_ISSUES  # noqa: F401 - one taxonomy

PRODUCERS = ("reportlab", "docx", "html")
LAYOUTS = ("level_first", "matrix", "table_per_level", "domain_first", "two_column")
ORIENTATIONS = ("portrait", "landscape")
BULLETS = ("•", "▪", "–", "○", "➢", "✓", "1.", "a)")
VOICES = ("third", "first")
MIN_INDICATORS, MAX_INDICATORS = 40, 120


@dataclass(frozen=True)
class Situation:
    """A planted situation: the same wording placed at different levels by different documents."""

    key: str
    issue: str
    core: str
    severity: int
    placement: dict[str, str]  # slug -> A-D letter the plan puts it at


#: SPEC.md "Planted variation", as data (the tests and situations.csv are built from it).
SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "dv_incidents",
        "domestic_violence",
        "Incidents of domestic violence",
        4,
        {
            "brackenfield": "D",
            "glenbrook": "D",
            "redwater": "D",
            "ashbourne-vale": "A",
            "northacre": "A",
            "thornwick": "A",
        },
    ),
    Situation(
        "family_conflict",
        "domestic_violence",
        "Family characterised by conflict and serious chronic relationship problems",
        4,
        {"kestonbury": "D", "three-rivers": "D", "saltcombe": "D", "castlemere": "D", "lowmarsh": "A"},
    ),
    Situation(
        "bullying_victim",
        "bullying",
        "Experiencing bullying",
        2,
        {
            "ashbourne-vale": "A",
            "harrowfield": "A",
            "upperfold": "A",
            "thornwick": "A",
            "dunholm": "B",
            "kestonbury": "B",
            "redwater": "B",
        },
    ),
    Situation(
        "bullying_severe",
        "bullying",
        "Severe and/or persistent bullying",
        4,
        {"brackenfield": "C", "lowmarsh": "C", "redwater": "C", "fernleigh": "D", "harrowfield": "D", "saltcombe": "D"},
    ),
    Situation(
        "discrimination",
        "discrimination",
        "Child subject to discrimination",
        3,
        {
            "castlemere": "A",
            "glenbrook": "A",
            "northacre": "A",
            "brackenfield": "C",
            "eastwick-moor": "C",
            "upperfold": "C",
        },
    ),
    Situation(
        "housing_overcrowded",
        "housing",
        "Overcrowded housing",
        2,
        {
            "ashbourne-vale": "A",
            "lowmarsh": "A",
            "thornwick": "A",
            "castlemere": "B",
            "fernleigh": "B",
            "brackenfield": "C",
            "redwater": "C",
        },
    ),
    Situation(
        "housing_poor_repair",
        "housing",
        "Housing in a poor state of repair",
        2,
        {"glenbrook": "A", "saltcombe": "A", "harrowfield": "B", "northacre": "B", "dunholm": "C", "kestonbury": "C"},
    ),
    Situation(
        "self_harm_low",
        "self_harm",
        "Low-level self-harm",
        2,
        {"ashbourne-vale": "A", "thornwick": "A", "castlemere": "B", "fernleigh": "B", "redwater": "B"},
    ),
    Situation(
        "pa_injuries",
        "physical_abuse",
        "Frequent or unexplained injuries",
        4,
        {
            "brackenfield": "D",
            "glenbrook": "D",
            "saltcombe": "D",
            "dunholm": "C",
            "northacre": "C",
            "redwater": "C",
            "upperfold": "C",
        },
    ),
    Situation(
        "housing_homeless",
        "housing",
        "Family is homeless or about to become homeless",
        4,
        {"kestonbury": "B", "dunholm": "C", "lowmarsh": "C", "brackenfield": "D"},
    ),
)
SITUATION_KEYS = {s.key: s for s in SITUATIONS}

#: Plan rows that a machine can check: producer, layout, orientation, A-D scheme.
PLAN: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "ashbourne-vale": ("reportlab", "level_first", "portrait", ("", "A", "B", "C+D")),
    "brackenfield": ("reportlab", "matrix", "landscape", ("A", "B", "C", "D")),
    "castlemere": ("docx", "table_per_level", "portrait", ("", "A", "B+C", "D")),
    "dunholm": ("html", "domain_first", "portrait", ("A", "B", "C", "D")),
    "eastwick-moor": ("reportlab", "two_column", "portrait", ("A", "B", "C+D")),
    "fernleigh": ("html", "level_first", "portrait", ("A", "B", "C", "D")),
    "glenbrook": ("docx", "level_first", "portrait", ("", "A", "B", "C", "D")),
    "harrowfield": ("html", "matrix", "landscape", ("", "A", "B", "C", "D")),
    "kestonbury": ("reportlab", "table_per_level", "portrait", ("", "B", "C", "D")),
    "lowmarsh": ("docx", "domain_first", "portrait", ("A", "B", "C", "D")),
    "northacre": ("html", "level_first", "portrait", ("", "A", "B+C", "D")),
    "three-rivers": ("reportlab", "matrix", "landscape", ("", "A", "B", "C+D")),
    "redwater": ("docx", "level_first", "portrait", ("", "B", "C", "D")),
    "saltcombe": ("html", "table_per_level", "portrait", ("", "A", "B", "C", "D")),
    "thornwick": ("reportlab", "level_first", "portrait", ("", "A", "B", "C+D")),
    "upperfold": ("html", "matrix", "portrait", ("", "A", "B", "C+D")),
}
#: Documents whose only self-harm indicators sit at the top level (severity 5-6).
SELF_HARM_TOP_ONLY = ("eastwick-moor", "lowmarsh", "three-rivers")
#: Documents that never mention bullying.
NO_BULLYING = ("eastwick-moor", "three-rivers")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MARKDOWN = re.compile(r"(\*\*|__|`|^#|\[.+\]\(.+\))")


class SpecError(ValueError):
    """A spec that breaks the format or the writers' rules; the message lists every problem."""


@dataclass
class Level:
    """A local level as the document names it, and the A-D letters its description supports."""

    label: str
    description: str
    evidence: str
    maps_to: list[str]
    name: str | None = None
    colour: str | None = None
    action: str | None = None
    services: str | None = None

    @property
    def heading(self) -> str:
        """The heading printed for the level: "Level 1: Universal", "Green — Universal"."""
        if not self.name or self.name == self.label:
            return self.label
        if self.colour and self.label.lower() in _COLOUR_WORDS:
            return f"{self.label} — {self.name}"
        return f"{self.label}: {self.name}"

    @property
    def letters(self) -> str:
        """maps_to joined as in annotations: "A", "C+D"."""
        return "+".join(self.maps_to)


_COLOUR_WORDS = {"green", "yellow", "amber", "red", "blue", "purple", "orange"}


@dataclass
class Indicator:
    """One printed indicator and its gold coding."""

    number: int  # 1-based position in the spec; the annotation id suffix
    level: str
    text: str
    issue: str
    severity: int
    letter: str  # A-D
    domain: str | None = None
    also: list[str] = field(default_factory=list)
    situation: str | None = None


@dataclass
class Spec:
    """A whole threshold document as specified."""

    path: Path
    slug: str
    partnership: str
    authorities: list[str]
    title: str
    subtitle: str
    version: str
    version_date: date
    producer: str
    layout: str
    orientation: str
    bullet: str
    voice: str
    intro: list[str]
    levels_intro: str
    levels: list[Level]
    domains: list[str]
    indicators: list[Indicator]
    strengths: dict[str, list[str]] = field(default_factory=dict)
    closing: list[str] = field(default_factory=list)

    @property
    def version_date_words(self) -> str:
        """The version date as documents print it: "March 2024"."""
        return f"{_MONTHS[self.version_date.month - 1]} {self.version_date.year}"

    @property
    def version_line(self) -> str:
        return f"{self.version} — {self.version_date_words}"

    def level(self, label: str) -> Level:
        return next(lv for lv in self.levels if lv.label == label)

    def indicators_at(self, label: str, domain: str | None = None) -> list[Indicator]:
        """Indicators of one level (and one domain when given), in spec order."""
        return [i for i in self.indicators if i.level == label and (domain is None or i.domain == domain)]

    def indicator_id(self, ind: Indicator) -> str:
        return f"{self.slug}-{ind.number:03d}"


class _Problems:
    """Collects problems so one run reports all of them, each prefixed with the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, msg: str) -> None:
        self.items.append(msg)

    def raise_if_any(self) -> None:
        if self.items:
            body = "\n".join(f"{self.path}: {m}" for m in self.items)
            raise SpecError(body)


def _req(data: dict[str, Any], key: str, probs: _Problems, where: str = "") -> Any:
    if key not in data or data[key] in (None, ""):
        probs.add(f"{where}missing required field '{key}'")
        return None
    return data[key]


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_levels(raw: Any, probs: _Problems) -> list[Level]:
    if not isinstance(raw, list) or not raw:
        probs.add("'levels' must be a non-empty list")
        return []
    levels = []
    for n, item in enumerate(raw):
        where = f"levels[{n}]: "
        if not isinstance(item, dict):
            probs.add(f"{where}must be a mapping")
            continue
        label = _str(_req(item, "label", probs, where)) or f"?{n}"
        desc = _str(_req(item, "description", probs, where)) or ""
        evidence = _str(_req(item, "evidence", probs, where)) or ""
        maps_to = item.get("maps_to") or []
        if isinstance(maps_to, str):
            maps_to = [maps_to]
        lv = Level(
            label=label,
            description=desc.strip(),
            evidence=evidence.strip(),
            maps_to=[str(m) for m in maps_to],
            name=_str(item.get("name")),
            colour=_str(item.get("colour")),
            action=_str(item.get("action")),
            services=_str(item.get("services")),
        )
        _check_level(lv, where, probs)
        levels.append(lv)
    labels = [lv.label for lv in levels]
    if len(set(labels)) != len(labels):
        probs.add(f"level labels are not unique: {labels}")
    return levels


def _check_level(lv: Level, where: str, probs: _Problems) -> None:
    if any(m not in LETTERS for m in lv.maps_to):
        probs.add(f"{where}maps_to {lv.maps_to!r} must be a subset of A-D (empty: no additional needs)")
    elif list(lv.maps_to) != sorted(set(lv.maps_to)):
        probs.add(f"{where}maps_to {lv.maps_to!r} must be sorted and without repeats")
    if lv.evidence and lv.evidence not in lv.description:
        probs.add(f"{where}evidence is not a verbatim substring of description: {lv.evidence!r}")
    if lv.colour and not re.fullmatch(r"#[0-9A-Fa-f]{6}", lv.colour):
        probs.add(f"{where}colour {lv.colour!r} is not a #RRGGBB hex colour")


def _check_text(text: str, where: str, probs: _Problems) -> None:
    """Writers' rules for indicator wording that a machine can check."""
    words = len(text.split())
    if not 4 <= words <= 30:
        probs.add(f"{where}text has {words} words (4-30 allowed): {text!r}")
    if any(c in text for c in "‘’“”~"):
        probs.add(f"{where}text has a curly quote or '~' (plain ASCII quotes only): {text!r}")
    if _MARKDOWN.search(text):
        probs.add(f"{where}text looks like markdown: {text!r}")
    if text != text.strip() or "\n" in text or "  " in text:
        probs.add(f"{where}text has stray whitespace or a line break: {text!r}")


def _parse_indicator(
    n: int, item: Any, levels: dict[str, Level], domains: list[str], probs: _Problems
) -> Indicator | None:
    where = f"indicators[{n}]: "
    if not isinstance(item, dict):
        probs.add(f"{where}must be a mapping")
        return None
    label = _str(_req(item, "level", probs, where))
    text = _str(_req(item, "text", probs, where)) or ""
    issue = _str(_req(item, "issue", probs, where)) or "other"
    where = f"indicators[{n}] {text[:40]!r}: "
    _check_text(text, where, probs)
    also = item.get("also") or []
    if isinstance(also, str):
        also = [also]
    for iss in [issue, *also]:
        if iss not in ISSUES:
            probs.add(f"{where}issue {iss!r} is not in the taxonomy")
    if issue in also:
        probs.add(f"{where}primary issue {issue!r} repeated in 'also'")
    severity = item.get("severity")
    if not isinstance(severity, int) or isinstance(severity, bool) or not 1 <= severity <= 6:
        probs.add(f"{where}severity {severity!r} must be an integer 1-6")
        severity = 0
    domain = _str(item.get("domain"))
    if domains and domain not in domains:
        probs.add(f"{where}domain {domain!r} is not one of the spec's domains")
    if not domains and domain:
        probs.add(f"{where}has domain {domain!r} but the spec's domains is []")
    letter = _letter(item, levels.get(label or ""), label, where, probs)
    situation = _str(item.get("situation"))
    if situation and situation not in SITUATION_KEYS:
        probs.add(f"{where}situation {situation!r} is not a planted key in SPEC.md")
    return Indicator(
        number=n + 1,
        level=label or "",
        text=text,
        issue=issue,
        severity=severity,
        letter=letter,
        domain=domain,
        also=[str(a) for a in also],
        situation=situation,
    )


def _letter(item: dict[str, Any], level: Level | None, label: str | None, where: str, probs: _Problems) -> str:
    """The indicator's A-D letter: the level's own letter, or `ad` within a combined band."""
    if level is None:
        probs.add(f"{where}level {label!r} is not one of levels[].label")
        return ""
    ad = _str(item.get("ad"))
    if len(level.maps_to) > 1:
        if ad is None:
            probs.add(f"{where}'ad' is required: level {label!r} maps to {level.letters}")
            return ""
        if ad not in level.maps_to:
            probs.add(f"{where}ad {ad!r} is not within {label!r}'s maps_to {level.letters}")
        return ad
    if ad is not None and ad != level.maps_to[0]:
        probs.add(f"{where}ad {ad!r} differs from level {label!r}'s single letter")
    return level.maps_to[0] if level.maps_to else ""


def _check_document(spec: Spec, probs: _Problems) -> None:
    """Whole-document rules: counts, unique texts, issue coverage, strengths, trailing stops."""
    n = len(spec.indicators)
    if not MIN_INDICATORS <= n <= MAX_INDICATORS:
        probs.add(f"{n} indicators ({MIN_INDICATORS}-{MAX_INDICATORS} allowed)")
    seen: set[str] = set()
    for ind in spec.indicators:
        key = ind.text.strip().lower()
        if key in seen:
            probs.add(f"indicator text is not unique: {ind.text!r}")
        seen.add(key)
    stops = {ind.text.endswith(".") for ind in spec.indicators}
    if len(stops) > 1:
        probs.add("indicator texts mix trailing full stops and none (be consistent)")
    issues = {iss for ind in spec.indicators for iss in [ind.issue, *ind.also]}
    for iss in INQUIRY_ISSUES:
        if iss == "bullying" and spec.slug in NO_BULLYING:
            if iss in issues:
                probs.add("mentions bullying, but the plan says it never does")
            continue
        if iss not in issues:
            probs.add(f"does not cover the inquiry issue {iss!r}")
    wider = issues & set(WIDER_ISSUES)
    if len(wider) < 8:
        probs.add(f"covers {len(wider)} of the wider issues (at least 8 required)")
    for label in spec.strengths:
        if label not in {lv.label for lv in spec.levels}:
            probs.add(f"strengths given for unknown level {label!r}")
    used = {ind.level for ind in spec.indicators}
    for lv in spec.levels:
        if lv.label not in used and lv.label not in spec.strengths:
            probs.add(f"level {lv.label!r} has no indicators and no strengths")


def _check_plan(spec: Spec, probs: _Problems) -> None:
    """Agreement with SPEC.md's plan table and planted placements (for the 16 planned slugs)."""
    plan = PLAN.get(spec.slug)
    if plan is None:
        return
    producer, layout, orientation, scheme = plan
    for name, want, got in (
        ("producer", producer, spec.producer),
        ("layout", layout, spec.layout),
        ("orientation", orientation, spec.orientation),
    ):
        if want != got:
            probs.add(f"plan says {name} {want!r}, spec has {got!r}")
    got_scheme = tuple(lv.letters for lv in spec.levels)
    if got_scheme != scheme:
        probs.add(f"plan says scheme {'/'.join(scheme)}, spec maps {'/'.join(got_scheme)}")
    for ind in spec.indicators:
        if ind.situation:
            want_letter = SITUATION_KEYS[ind.situation].placement.get(spec.slug)
            if want_letter is None:
                probs.add(f"situation {ind.situation!r} is not planned for {spec.slug}")
            elif ind.letter != want_letter:
                probs.add(f"situation {ind.situation!r} placed at {ind.letter}, plan says {want_letter}: {ind.text!r}")
    planted = {ind.situation for ind in spec.indicators if ind.situation}
    for sit in SITUATIONS:
        if spec.slug in sit.placement and sit.key not in planted:
            probs.add(f"planned situation {sit.key!r} is missing")
    if spec.slug in SELF_HARM_TOP_ONLY:
        top = spec.levels[-1].label
        for ind in spec.indicators:
            if "self_harm" in [ind.issue, *ind.also] and (ind.level != top or ind.severity < 5):
                probs.add(f"self-harm must appear only at the top level with severity 5-6: {ind.text!r}")


def _parse_date(raw: Any, probs: _Problems) -> date:
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        probs.add(f"version_date {raw!r} is not an ISO date")
        return date(2000, 1, 1)


def _choice(
    data: dict[str, Any], key: str, allowed: tuple[str, ...], probs: _Problems, default: str | None = None
) -> str:
    value = _str(data.get(key, default))
    if value not in allowed:
        probs.add(f"{key} {value!r} must be one of {', '.join(allowed)}")
    return value or ""


def _text_list(data: dict[str, Any], key: str, probs: _Problems, required: bool) -> list[str]:
    raw = data.get(key) or []
    if isinstance(raw, str):
        raw = [raw]
    if required and not raw:
        probs.add(f"'{key}' must be a non-empty list of paragraphs")
    return [str(p).strip() for p in raw]


def parse_spec(data: Any, path: Path, check_plan: bool = True) -> Spec:
    """Build a Spec from parsed YAML, raising SpecError listing every problem found."""
    probs = _Problems(path)
    if not isinstance(data, dict):
        probs.add("top level must be a mapping")
        probs.raise_if_any()
    slug = _str(_req(data, "slug", probs)) or path.stem
    if slug != path.stem:
        probs.add(f"slug {slug!r} differs from the file name {path.stem!r}")
    levels = _parse_levels(data.get("levels"), probs)
    by_label = {lv.label: lv for lv in levels}
    domains = [str(d) for d in (data.get("domains") or [])]
    if len(set(domains)) != len(domains):
        probs.add(f"domains are not unique: {domains}")
    raw_inds = data.get("indicators") or []
    indicators = [
        ind
        for n, item in enumerate(raw_inds)
        if (ind := _parse_indicator(n, item, by_label, domains, probs)) is not None
    ]
    authorities = data.get("authorities") or []
    if isinstance(authorities, str) or not authorities:
        probs.add("'authorities' must be a non-empty list")
        authorities = [str(authorities)] if authorities else []
    bullet = _str(data.get("bullet", "•")) or "•"
    if bullet not in BULLETS:
        probs.add(f"bullet {bullet!r} must be one of {' '.join(BULLETS)}")
    strengths = {str(k): [str(s) for s in v] for k, v in (data.get("strengths") or {}).items()}
    spec = Spec(
        path=path,
        slug=slug,
        partnership=str(_req(data, "partnership", probs) or ""),
        authorities=[str(a) for a in authorities],
        title=str(_req(data, "title", probs) or ""),
        subtitle=str(data.get("subtitle") or ""),
        version=str(_req(data, "version", probs) or ""),
        version_date=_parse_date(data.get("version_date"), probs),
        producer=_choice(data, "producer", PRODUCERS, probs),
        layout=_choice(data, "layout", LAYOUTS, probs),
        orientation=_choice(data, "orientation", ORIENTATIONS, probs, "portrait"),
        bullet=bullet,
        voice=_choice(data, "voice", VOICES, probs, "third"),
        intro=_text_list(data, "intro", probs, True),
        levels_intro=str(data.get("levels_intro") or "").strip(),
        levels=levels,
        domains=domains,
        indicators=indicators,
        strengths=strengths,
        closing=_text_list(data, "closing", probs, False),
    )
    _check_document(spec, probs)
    if check_plan:
        _check_plan(spec, probs)
    probs.raise_if_any()
    return spec


def load_spec(path: str | Path, check_plan: bool = True) -> Spec:
    """Read and validate one spec file."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: cannot be read as YAML: {exc}") from exc
    return parse_spec(data, path, check_plan=check_plan)


def spec_paths(src: Path) -> list[Path]:
    """All specs in a source folder, in slug order."""
    return sorted(src.glob("*.yaml"))
