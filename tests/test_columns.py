"""A matrix set in whitespace (no rules) is read as a table, across a page break."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from analyser.extract import extract

COLUMNS = (40, 190, 360, 530, 700)
HEADER = ("Need", "Universal", "Early Help", "Targeted", "Specialist")
ROWS = [
    (
        "Domestic abuse",
        ["Parents resolve", "disagreements calmly"],
        ["Parents argue at times"],
        ["A history of domestic abuse"],
        ["Repeated incidents of", "domestic abuse"],
    ),
    (
        "Housing",
        ["Home is safe and warm"],
        ["Housing in poor repair"],
        ["Rent arrears and a notice", "seeking possession"],
        ["Family is homeless"],
    ),
    (
        "Self-harm",
        ["Copes with ups and downs"],
        ["Has self-harmed once"],
        ["Repeated self-harm"],
        ["A suicide attempt"],
    ),
    (
        "Bullying",
        ["Has good friendships"],
        ["Falling out with friends"],
        ["Bullying affecting", "attendance"],
        ["Severe, persistent bullying"],
    ),
]


def _matrix(path) -> None:
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 50, "Threshold matrix")
    y = height - 90
    c.setFont("Helvetica-Bold", 11)
    for x, text in zip(COLUMNS, HEADER, strict=True):
        c.drawString(x, y, text)
    y -= 24
    for n, (label, *cells) in enumerate(ROWS):
        if n == 2:  # the matrix runs on to a second page, header not repeated
            c.showPage()
            y = height - 60
        c.setFont("Helvetica-Bold", 10)
        c.drawString(COLUMNS[0], y, label)
        c.setFont("Helvetica", 10)
        depth = 0
        for x, lines in zip(COLUMNS[1:], cells, strict=True):
            for k, line in enumerate(lines):
                c.drawString(x, y - 12 * k, line)
            depth = max(depth, len(lines))
        y -= 12 * depth + 18
    c.showPage()
    c.save()


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    path = tmp_path_factory.mktemp("matrix") / "matrix.pdf"
    _matrix(path)
    return extract(path, use_model=False)


def test_header_row_gives_the_ladder(document):
    assert [lv.label for lv in document.levels] == ["Universal", "Early Help", "Targeted", "Specialist"]


def test_cells_are_indicators_with_their_column_level_and_row_domain(document):
    found = {(i.text, i.local_level, i.domain) for i in document.indicators + document.strengths}
    assert ("Rent arrears and a notice seeking possession", "Targeted", "Housing") in found
    assert ("Repeated incidents of domestic abuse", "Specialist", "Domestic abuse") in found
    # second page: no header there, the columns carry over
    assert ("A suicide attempt", "Specialist", "Self-harm") in found
    assert ("Bullying affecting attendance", "Targeted", "Bullying") in found


def test_strengths_in_the_first_column_are_set_apart(document):
    strengths = {s.text for s in document.strengths}
    assert "Has good friendships" in strengths
    assert "Home is safe and warm" in strengths
    assert not strengths & {i.text for i in document.indicators}
