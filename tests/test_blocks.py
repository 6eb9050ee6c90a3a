"""The block model on real PDFs written with reportlab: headings, items by any marker, paragraphs."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from analyser.blocks import HEADING, ITEM, PARAGRAPH, pdf_blocks
from analyser.extract import read_pages

WIDTH, HEIGHT = A4


def _pdf(path, draw) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()


def _wrap(text: str, width: float, font: str = "Helvetica", size: float = 10) -> list[str]:
    """Greedy line breaking, as a layout engine does: a word goes down only when it does not fit."""
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(trial, font, size) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def _draw_paragraph(c: canvas.Canvas, x: float, y: float, text: str, width: float = 380) -> float:
    for line in _wrap(text, width):
        c.drawString(x, y, line)
        y -= 12.5
    return y


def _page(c: canvas.Canvas) -> None:
    y = HEIGHT - 72
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, y, "Level 3 - Targeted Early Help for children whose needs are")
    c.drawString(72, y - 19, "multiple or getting worse")
    c.setFont("Helvetica", 10)
    y -= 50
    _draw_paragraph(
        c,
        72,
        y,
        "The Early Help Service allocates a family practitioner who coordinates a Team Around the Family and "
        "reviews the plan with the family.",
    )
    y -= 40
    # list markers drawn as shapes, as a browser prints them: no bullet character in the text
    for text in ("Rent arrears and a notice seeking possession", "Bullying that is affecting attendance"):
        c.circle(80, y + 3, 1.8, stroke=0, fill=1)
        c.drawString(90, y, text)
        y -= 14
    c.circle(80, y + 3, 1.8, stroke=0, fill=1)
    _draw_paragraph(
        c,
        90,
        y,
        "Parental conflict in which the child is drawn in, for example being asked to take sides or trying "
        "to intervene",
        width=362,
    )
    y -= 40
    # Word numbering: the number stands apart from its text on the same baseline
    c.drawString(72, y, "4.12")
    c.drawString(110, y, "The family is homeless or about to become homeless.")
    c.drawString(72, y - 16, "4.13")
    c.drawString(110, y - 16, "Persistent domestic abuse that puts the child at risk of significant harm.")
    y -= 50
    # one descriptor per line, no marker: each line ends long before the column edge
    for text in (
        "Self-harm with suicidal thoughts",
        "Known to be involved in county lines",
        "Frequent unexplained bruising",
    ):
        c.drawString(72, y, text)
        y -= 12.5
    _draw_paragraph(
        c,
        72,
        y - 20,
        "A closing paragraph of ordinary prose that runs across the whole width of the column and "
        "wraps onto a second line, which continues the same sentence.",
    )


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    path = tmp_path_factory.mktemp("blocks") / "blocks.pdf"
    _pdf(path, lambda c: (_page(c), c.showPage()))
    return pdf_blocks(read_pages(path))


def test_wrapped_heading_is_one_block(blocks):
    headings = [b for b in blocks if b.kind == HEADING]
    assert headings[0].text == "Level 3 - Targeted Early Help for children whose needs are multiple or getting worse"
    assert headings[0].rank == 1


def test_drawn_markers_make_items_and_keep_their_wrapped_lines(blocks):
    drawn = [b for b in blocks if b.kind == ITEM and b.marker == "drawn"]
    assert [b.text for b in drawn] == [
        "Rent arrears and a notice seeking possession",
        "Bullying that is affecting attendance",
        "Parental conflict in which the child is drawn in, for example being asked to take sides or trying to intervene",
    ]


def test_numbered_paragraphs_keep_their_number(blocks):
    numbered = {b.marker: b.text for b in blocks if b.kind == ITEM and b.marker and b.marker[0].isdigit()}
    assert numbered["4.12"] == "The family is homeless or about to become homeless."
    assert numbered["4.13"].startswith("Persistent domestic abuse")


def test_lines_broken_on_purpose_are_separate_and_prose_wraps(blocks):
    paragraphs = [b.text for b in blocks if b.kind == PARAGRAPH]
    for text in (
        "Self-harm with suicidal thoughts",
        "Known to be involved in county lines",
        "Frequent unexplained bruising",
    ):
        assert text in paragraphs
    assert any(
        p.endswith("which continues the same sentence.") and p.startswith("A closing paragraph") for p in paragraphs
    )
    assert any(p.startswith("The Early Help Service") and p.endswith("with the family.") for p in paragraphs)


def test_every_block_has_page_and_box(blocks):
    for b in blocks:
        x0, top, x1, bottom = b.bbox
        assert b.page == 1 and x0 < x1 and top < bottom
