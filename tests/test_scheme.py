"""The ladder: found wherever a document defines it, ordered, mapped onto A-D with evidence."""

from __future__ import annotations

import pytest

from analyser.blocks import HEADING, ITEM, PARAGRAPH, TABLE, Block
from analyser.document import Level
from analyser.scheme import Ladder, build_ladder, find, map_ladder, mentions, read_declaration
from analyser.tables import Cell, Table


def block(kind: str, text: str, rank: int = 0, run_in: str | None = None, fill: str | None = None) -> Block:
    return Block(kind, text, 1, (0.0, 0.0, 100.0, 10.0), rank=rank, run_in=run_in, fill=fill)


DESCRIPTIONS = {
    "Level 1 – Universal": "Children whose needs are met by their families and universal services. No additional needs.",
    "Level 2 – Early Help": "The school or health visitor leads, using an early help assessment; children's social care is not involved.",
    "Level 3 – Targeted": "The Early Help Service allocates a family practitioner and coordinates a Team Around the Family.",
    "Level 4 – Specialist": "A social worker assesses the child under section 17, or the police and social care hold a strategy "
    "discussion and make section 47 enquiries where a child is suffering significant harm.",
}


def heading_document(sub_headings: bool = False) -> list[Block]:
    out = [block(HEADING, "Continuum of need", rank=1)]
    for label, text in DESCRIPTIONS.items():
        out.append(block(HEADING, label, rank=2))
        if sub_headings:
            out.append(block(HEADING, "What this means", rank=3))
        out.append(block(PARAGRAPH, text))
        out.append(block(HEADING, "Health", rank=3))
        out.append(block(ITEM, "An indicator of the child's situation"))
    return out


@pytest.mark.parametrize("sub_headings", [False, True])
def test_headings_with_prose(sub_headings):
    ladder, warnings = find(heading_document(sub_headings))
    assert ladder is not None and not warnings
    assert [lv.label for lv in ladder.levels] == ["Level 1", "Level 2", "Level 3", "Level 4"]
    assert [lv.maps_to for lv in ladder.levels] == [[], ["A"], ["B"], ["C", "D"]]
    assert "section 47" in ladder.levels[3].evidence
    assert all(0.5 <= (lv.confidence or 0) <= 1.0 for lv in ladder.levels)


def test_run_in_labels():
    blocks = [block(PARAGRAPH, f"{label}. {text}", run_in=f"{label}.") for label, text in DESCRIPTIONS.items()]
    ladder, _ = find(blocks)
    assert ladder is not None
    assert [lv.maps_to for lv in ladder.levels] == [[], ["A"], ["B"], ["C", "D"]]
    assert {m.source for m in mentions(blocks)} == {"run-in label"}


def test_definition_table():
    rows = [[Cell((0, 0, 1, 1), []), Cell((0, 0, 1, 1), [])]]
    table = Table(1, (0, 0, 100, 100), rows=[])
    header = [_cell("Level"), _cell("What it means")]
    body = [[_cell(label), _cell(text)] for label, text in DESCRIPTIONS.items()]
    table = Table(1, (0, 0, 100, 100), rows=[header, *body])
    blocks = [Block(TABLE, "", 1, (0, 0, 100, 100), table=table)]
    ladder, _ = find(blocks)
    assert ladder is not None
    assert [lv.source for lv in ladder.levels] == ["definition table"] * 4
    assert [lv.maps_to for lv in ladder.levels] == [[], ["A"], ["B"], ["C", "D"]]
    assert rows  # the empty scaffold above is not used


def test_labels_only_are_still_mapped_and_say_so():
    blocks = [block(HEADING, name, rank=2) for name in ("Universal", "Early Help", "Targeted", "Specialist")]
    ladder, warnings = find(blocks)
    assert ladder is not None
    assert ladder.from_labels_only
    assert any("labels only" in w for w in warnings)
    letters = [lv.maps_to for lv in ladder.levels]
    assert letters[-1] in (["D"], ["C", "D"]) and letters[0] in ([], ["A"])


def test_no_scheme_says_so():
    ladder, warnings = find([block(PARAGRAPH, "Some prose about practice."), block(ITEM, "A child's situation")])
    assert ladder is None
    assert warnings == ["no level scheme found: indicators have no level"]


def test_the_ladder_never_steps_down():
    ladder = Ladder(levels=[Level(f"Level {i}", []) for i in range(1, 5)], keys=["1", "2", "3", "4"])
    map_ladder(ladder, ["strategy discussion and section 47 enquiries", "", "universal services respond", ""])
    order = [min("ABCD".index(x) for x in lv.maps_to) if lv.maps_to else -1 for lv in ladder.levels]
    assert order == sorted(order)


def test_label_variants_of_one_level_unify():
    blocks = heading_document()
    blocks.append(block(HEADING, "LEVEL TWO:", rank=2))
    blocks.append(block(HEADING, "Early Help (Level 2)", rank=2))
    ladder = build_ladder(mentions(blocks))
    assert ladder is not None and len(ladder.levels) == 4
    assert ladder.resolve("Level Two") == "Level 2"
    assert ladder.resolve("Early Help") == "Level 2"


def test_declared_scheme_file(tmp_path):
    path = tmp_path / "scheme.csv"
    path.write_text("label,maps_to,name\nLevel 1,,Universal\nLevel 2,B\nLevel 3,C+D\n", encoding="utf-8")
    levels = read_declaration(path)
    assert [(lv.label, lv.maps_to, lv.name) for lv in levels] == [
        ("Level 1", [], "Universal"),
        ("Level 2", ["B"], None),
        ("Level 3", ["C", "D"], None),
    ]
    path.write_text("Level 1,E\n", encoding="utf-8")
    from analyser.errors import InputError

    with pytest.raises(InputError, match="bad scheme line"):
        read_declaration(path)


def _cell(text: str) -> Cell:
    from analyser.layout import Line

    return Cell((0, 0, 100, 10), [Line(text, 1, 0, 100, 0, 10, 10, False)])
