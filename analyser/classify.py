"""Issue, severity and A-D placement of an indicator from its wording.

This is the rule layer (the coding guide's search terms and severity cues). It is used on its
own until a trained model is available, and always as the fallback and as features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyser.document import LETTERS

#: Search terms per issue, most specific issues first (the first match is the primary issue).
ISSUE_TERMS: dict[str, str] = {
    "self_harm": r"self[- ]?harm|suicid|overdose|cutting (themselves|himself|herself|myself)|hurt(ing)? (myself|themselves)|ligature",
    "domestic_violence": r"domestic (violence|abuse)|parental conflict|coercive|controlling behaviour|marac|argu(e|ing|ments?)\b|relationship (problems|conflict|breakdown)|conflict between (parents|carers)|\bconflict\b|violen(ce|t) (between|at home|in the home)|fight(s|ing) at home",
    "bullying": (
        r"bull(y|ied|ying|ies)|cyber[- ]?bull|peer relationships|left out|nasty messages|name[- ]calling|picked on"
        r"|friendship (groups|difficulties)|by (his |her |their |other )?(peers|young people)|peer[- ]on[- ]peer|from peers"
        r"|fall(s|ing)? out with|fell out with|teased|called names|intimidat\w* (others|other children|peers)"
    ),
    "harmful_practices": r"\bfgm\b|female genital|forced marriage|honour[- ]based|breast ironing",
    "sexual_abuse": r"sexual(ly)? (abuse|harm|assault|activity|behaviour)|sexualised|indecent|rape|grooming for sex|harmful sexual",
    "exploitation": r"exploit|county lines|trafficking|gang|criminal (exploitation|activity)|cse\b|cce\b|grooming",
    "missing": r"missing|runs? away|running away|absconding",
    "physical_abuse": r"physical(ly)? (abuse|harm|hurt|injur|chastis|punish)|bruis|fractur|burns?\b|scald|injur|non-mobile|marks\b|hit(s|ting)?\b|slap|shak(en|ing)|bite marks|rough handling",
    "housing": r"hous(e|ing)|homeless|tenanc|evict|accommodation|overcrowd|rent arrears|sofa|damp|home conditions|living conditions|bed and breakfast|our home|my home"
    r"|\bflat\b|bedrooms?|cramped|landlord|notice to quit|sleeping rough|nowhere (safe )?to (sleep|live|stay)"
    r"|thrown (me |them )?out|told to leave home|temporary (places|address)|moving (between|house)",
    "substance_misuse": r"substance|drug|alcohol|drink(ing)?\b|cannabis|solvent|volatile",
    "parental_mental_health": r"(parent|carer|mother|father|mum|dad)('s|s'|s)? (mental|depress|anxiety|psychiatric|emotional health)|parental mental|post-?natal depression|perinatal",
    "child_mental_health": r"mental health|anxi|depress|eating disorder|low mood|emotional (wellbeing|health|difficulties)|camhs|cypmhs|psychosis|withdrawn",
    "neglect": r"neglect|hygiene|hungry|unkempt|inadequate (food|clothing|supervision)|left alone|unsupervised|basic care|dental|medical appointments|nutrition|dirty|squalor",
    "emotional_abuse": r"emotional (abuse|harm)|rejection|scapegoat|humiliat|belittl|threaten(ed|ing)? |frightened|fear(ful)? of",
    "attendance": r"attendance|absence|truan|exclu(ded|sion)|not in education|\bneet\b|elective home education|school refusal|persistently absent|education",
    "behaviour_offending": r"offend|anti-?social|youth justice|police|arrest|criminal|behaviour|aggress|violent towards",
    "radicalisation": r"radicali|extremis|prevent\b|terror",
    "discrimination": r"discriminat|racis|homophob|transphob|hate crime|prejudice",
    "family_finances": r"financ|debt|poverty|benefit|income|food bank|unemploy|money",
    "health_development": r"health|disab|develop|speech|language|immunis|special educational|send\b|diagnos|medical|illness|pregnan|weight|sleep",
    "parenting_capacity": r"parent|carer|boundar|routine|supervision|guidance|stimulation|attachment",
}

#: Wording that signals how severe a situation is, checked from most to least severe.
SEVERITY_CUES: list[tuple[int, str]] = [
    (
        6,
        r"life[- ]threatening|serious (physical )?(injur|assault|abuse)|fractur|non-mobile|attempted suicide|suicide attempt|immediate (danger|risk)|died|death|sexual assault|rape|abandon|thrown out|requir(es|ing) (medical|hospital)",
    ),
    (
        5,
        r"significant harm|persistent|severe|serious|clear allegation|disclos\w* (of )?(abuse|harm|sexual|physical|that)|makes? a disclosure|repeated(ly)?|frequent|unexplained|high[- ]risk|marac|trafficked|exploited|serious(ly)?|chronic|at risk of harm|coercive",
    ),
    (
        4,
        r"incidents? of|homeless|suicidal|complex|escalat|significant|child in need|multiple|entrenched|long[- ]standing|evict|impair",
    ),
    (
        3,
        r"affect(ing|s)? (the child|their|his|her|my)|impact|history of|at risk|temporary accommodation|arrears|concern(s|ed)? about|struggl|difficult",
    ),
    (
        2,
        r"low[- ]level|some|occasional|emerging|minor|single episode|may be|experiencing|poor|overcrowd|limited|beginning",
    ),
]


_ISSUE_RES = {issue: re.compile(pattern) for issue, pattern in ISSUE_TERMS.items()}
_SEVERITY_RES = [(level, re.compile(pattern)) for level, pattern in SEVERITY_CUES]


@dataclass
class RuleResult:
    issue: str
    issues: list[str]
    severity: int
    confidence: float


def issues_by_rules(text: str) -> list[str]:
    lowered = text.lower()
    return [issue for issue, pattern in _ISSUE_RES.items() if pattern.search(lowered)]


def severity_by_rules(text: str) -> int:
    lowered = text.lower()
    for level, pattern in _SEVERITY_RES:
        if pattern.search(lowered):
            return level
    return 3


def classify_rules(text: str) -> RuleResult:
    found = issues_by_rules(text)
    issue = found[0] if found else "other"
    return RuleResult(
        issue=issue, issues=found or ["other"], severity=severity_by_rules(text), confidence=0.5 if found else 0.2
    )


#: The letter a severity suggests on its own (coding guide, section 3).
SEVERITY_LETTER = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}


def place_in_band(maps_to: list[str], severity: int | None) -> str | None:
    """The letter within a local band: the band's own letter, or the band letter nearest the severity's."""
    if not maps_to:
        return None
    letters = sorted(maps_to, key=LETTERS.index)
    if len(letters) == 1:
        return letters[0]
    if severity is None:
        return None
    wanted = LETTERS.index(SEVERITY_LETTER[max(1, min(6, int(severity)))])
    return min(letters, key=lambda ltr: (abs(LETTERS.index(ltr) - wanted), LETTERS.index(ltr)))
