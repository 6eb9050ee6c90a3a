"""Indicators never depend on the scheme; the level that governs each one is found, or None."""

from __future__ import annotations

from analyser.blocks import HEADING, ITEM, PARAGRAPH, TABLE, Block
from analyser.indicators import find, is_descriptor, is_strength_wording
from analyser.layout import Line
from analyser.scheme import find as find_scheme
from analyser.tables import Cell, Table


def block(kind: str, text: str, rank: int = 0) -> Block:
    return Block(kind, text, 1, (0.0, 0.0, 100.0, 10.0), rank=rank)


def cell(text: str, items: list[str] | None = None) -> Cell:
    c = Cell((0, 0, 100, 10), [Line(text, 1, 0, 100, 0, 10, 10, False)])
    c.blocks = [block(ITEM, t) for t in (items or [])]
    return c


def test_no_scheme_still_gives_indicators_without_level():
    blocks = [block(HEADING, "Domestic abuse", rank=2), block(ITEM, "Incidents of domestic abuse between parents")]
    ladder, warnings = find_scheme(blocks)
    found = find(blocks, ladder)
    assert ladder is None and warnings
    assert [(c.text, c.local_level, c.domain) for c in found] == [
        ("Incidents of domestic abuse between parents", None, "Domestic abuse")
    ]


def test_level_governs_through_sub_headings_and_domains():
    blocks = [
        block(HEADING, "Level 1 – Universal", rank=1),
        block(PARAGRAPH, "Children whose needs are met by universal services; no additional needs."),
        block(HEADING, "Level 2 – Early Help", rank=1),
        block(PARAGRAPH, "The school leads, using an early help assessment; children's social care is not involved."),
        block(HEADING, "What this means", rank=2),
        block(PARAGRAPH, "Talk to the family and agree who will lead."),
        block(HEADING, "Health", rank=3),
        block(ITEM, "Missed immunisations and dental checks"),
        block(HEADING, "How to get help", rank=2),
        block(ITEM, "Contact the Early Help Hub on the number below"),
        block(HEADING, "Family and environment", rank=2),
        block(ITEM, "Rent arrears and a notice seeking possession"),
    ]
    ladder, _ = find_scheme(blocks)
    found = find(blocks, ladder)
    assert [(c.text, c.local_level, c.domain) for c in found] == [
        ("Missed immunisations and dental checks", "Level 2", "Health"),
        ("Rent arrears and a notice seeking possession", "Level 2", "Family and environment"),
    ]


def test_domain_then_level():
    blocks = [block(HEADING, "Levels of need", rank=1)]
    for label in ("Level 1", "Level 2", "Level 3"):
        blocks += [block(HEADING, label, rank=3)]
    blocks += [
        block(HEADING, "Self-harm", rank=2),
        block(HEADING, "Level 2", rank=3),
        block(ITEM, "Low-level self-harm disclosed to a trusted adult"),
        block(HEADING, "Level 3", rank=3),
        block(ITEM, "Repeated self-harm with suicidal thoughts"),
    ]
    ladder, _ = find_scheme(blocks)
    found = find(blocks, ladder)
    assert [(c.local_level, c.domain) for c in found] == [("Level 2", "Self-harm"), ("Level 3", "Self-harm")]


def test_ref_indicator_level_table_with_bare_numbers():
    rows = [
        [cell("Ref"), cell("Indicator"), cell("Tier")],
        [cell("H1"), cell("", ["Missed immunisations"]), cell("2")],
        [cell("H2"), cell("", ["Faltering growth with no medical cause"]), cell("4")],
    ]
    for r in rows:
        for c in r:
            if not c.blocks and c.text:
                c.blocks = [block(PARAGRAPH, c.text)]
    table = Block(TABLE, "", 1, (0, 0, 100, 100), table=Table(1, (0, 0, 100, 100), rows))
    ladder, _ = find_scheme([table])
    found = find([table], ladder)
    assert ladder is not None and [lv.label for lv in ladder.levels] == ["Tier 2", "Tier 4"]
    assert [(c.text, c.local_level) for c in found] == [
        ("Missed immunisations", "Tier 2"),
        ("Faltering growth with no medical cause", "Tier 4"),
    ]


def test_strengths_by_wording_without_a_lead_in():
    assert is_strength_wording("Lives in safe, suitable housing")
    assert is_strength_wording("Good relationships with peers")
    assert not is_strength_wording("Poor relationships with peers")
    assert not is_strength_wording("Bullying that is affecting attendance")


def test_procedure_contacts_and_page_chrome_are_not_descriptors():
    for text in (
        "Contact the Front Door on 01632 960 410",
        "Home › Professionals › Thresholds of need › Level 2",
        "© 2024 Somewhere Safeguarding Children Partnership",
        "Was this page helpful? Yes No",
        "Consent and Information Sharing",
        "If you are worried, you should discuss it with your designated safeguarding lead.",
    ):
        assert not is_descriptor(text, structured=True), text
    assert is_descriptor("Child says they have been hit by a parent or carer", structured=False)
