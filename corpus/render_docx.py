"""Render a spec as a Word document (python-docx) and print it to PDF with LibreOffice.

Many partnerships write their threshold guidance in Word and export it, so this producer uses
real Word structure: Heading styles, bordered tables with shaded header cells, rows that cannot
split, running header/footer with PAGE/NUMPAGES fields.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from corpus import content
from corpus.spec import Indicator, Level, Spec

FONT = "Arial"  # LibreOffice substitutes the metric-compatible Liberation Sans
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
SOFFICE_TIMEOUT = 180

DocxDocument = object  # python-docx returns docx.document.Document; kept loose for typing


def _shade(cell: _Cell, hex_colour: str) -> None:
    """Fill a table cell (w:shd), as Word does for coloured header cells."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#").upper())
    tc_pr.append(shd)


def _row_flags(table: Table, header: bool = True) -> None:
    """Rows never split across pages; the first row repeats as a header row."""
    for n, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if header and n == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))


def _field(paragraph: Paragraph, instr: str) -> None:
    """Append a simple field (PAGE, NUMPAGES) that LibreOffice computes when it prints."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _base_styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 30), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT


def _page_setup(section: object, landscape: bool) -> None:
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    section.header_distance = section.footer_distance = Cm(0.9)


def _furniture(spec: Spec, section: object, width: float) -> None:
    """Header: partnership | title; footer: title and version | Page N of M. None on page 1."""
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    foot = section.footer.paragraphs[0]
    for par in (head, foot):
        stops = par.paragraph_format.tab_stops
        for inherited in (Inches(3.25), Inches(6.5)):  # the Header/Footer styles' own stops
            stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
    head.text = f"{spec.partnership}\t{spec.title}"
    for run in head.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = ACCENT
    run = foot.add_run(f"{content.footer_left(spec)}\tPage ")
    run.font.size = Pt(8)
    _field(foot, "PAGE")
    foot.add_run(" of ").font.size = Pt(8)
    _field(foot, "NUMPAGES")


def _bullet(container: object, text: str, mark: str, size: float = 10) -> Paragraph:
    """A hanging-indent bullet with the spec's literal glyph; kept on one page."""
    par = container.add_paragraph()
    fmt = par.paragraph_format
    fmt.left_indent = Cm(0.6)
    fmt.first_line_indent = Cm(-0.6)
    fmt.tab_stops.add_tab_stop(Cm(0.6))
    fmt.keep_together = True
    fmt.space_after = Pt(2)
    run = par.add_run(f"{mark}\t{text}")
    run.font.size = Pt(size)
    return par


def _bullets(container: object, spec: Spec, texts: list[str], size: float = 10, start: int = 0) -> None:
    for n, text in enumerate(texts, start=start):
        _bullet(container, text, content.marker(spec.bullet, n), size)


def _cell_bullets(cell: _Cell, spec: Spec, items: list[Indicator], size: float, start: int = 0) -> None:
    """Bullets inside a table cell (the cell's empty first paragraph is removed)."""
    first = cell.paragraphs[0]
    _bullets(cell, spec, [i.text for i in items], size, start)
    first._p.getparent().remove(first._p)
    if not cell.paragraphs:
        cell.add_paragraph()


def _level_heading(doc: DocxDocument, level: Level, depth: int = 2) -> None:
    """A Word heading; colour bands get the level colour as paragraph shading."""
    par = doc.add_heading(level.heading, depth)
    par.paragraph_format.keep_with_next = True
    if level.colour:
        p_pr = par._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), level.colour.lstrip("#"))
        p_pr.append(shd)
        ink = content.text_colour(level.colour).lstrip("#")
        for run in par.runs:
            run.font.color.rgb = RGBColor.from_string(ink)


def _front(doc: DocxDocument, spec: Spec) -> None:
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(spec.partnership).runs[0].font.size = Pt(14)
    doc.add_paragraph(spec.title, style="Title")
    doc.add_paragraph(spec.subtitle).runs[0].font.size = Pt(14)
    doc.add_paragraph(spec.version_line).runs[0].font.size = Pt(12)
    if len(spec.authorities) > 1:
        doc.add_paragraph("Agreed by " + ", ".join(spec.authorities[:-1]) + " and " + spec.authorities[-1])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Contents", 1)
    for depth, title in content.contents(spec):
        par = doc.add_paragraph(title)
        par.paragraph_format.left_indent = Cm(0.8 * depth)
        if depth == 0:
            par.runs[0].bold = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _levels_section(doc: DocxDocument, spec: Spec) -> None:
    doc.add_heading(content.INTRO_TITLE, 1)
    for par in spec.intro:
        doc.add_paragraph(par)
    doc.add_heading(content.LEVELS_TITLE, 1)
    doc.add_paragraph(spec.levels_intro)
    for lv in spec.levels:
        doc.add_heading(lv.heading, 2)
        doc.add_paragraph(lv.description)


def _strengths(doc: DocxDocument, spec: Spec, lv: Level) -> None:
    items = spec.strengths.get(lv.label)
    if items:
        doc.add_paragraph().add_run(content.STRENGTHS_LEAD).bold = True
        _bullets(doc, spec, items)


def _level_first(doc: DocxDocument, spec: Spec) -> None:
    for lv in spec.levels:
        _level_heading(doc, lv)
        _strengths(doc, spec, lv)
        for domain, items in content.domain_groups(spec, lv):
            if domain:
                doc.add_heading(domain, 3).paragraph_format.keep_with_next = True
            _bullets(doc, spec, [i.text for i in items])


def _domain_first(doc: DocxDocument, spec: Spec) -> None:
    if not spec.domains:
        _level_first(doc, spec)
        return
    for n, domain in enumerate(spec.domains):
        heading = doc.add_heading(domain, 1)
        heading.paragraph_format.page_break_before = n > 0
        for lv in spec.levels:
            items = spec.indicators_at(lv.label, domain)
            if items or (n == 0 and lv.label in spec.strengths):
                _level_heading(doc, lv, 2)
                if n == 0:
                    _strengths(doc, spec, lv)
                _bullets(doc, spec, [i.text for i in items])


def _table(doc: DocxDocument, rows: int, cols: int, widths: list[float]) -> Table:
    table = doc.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width * 567)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def _table_per_level(doc: DocxDocument, spec: Spec, width: float) -> None:
    for lv in spec.levels:
        _level_heading(doc, lv)
        _strengths(doc, spec, lv)
        rows = content.chunks(content.level_items(spec, lv))
        table = _table(doc, len(rows) + 1, 3, [width * 0.56, width * 0.22, width * 0.22])
        for cell, title in zip(table.rows[0].cells, content.TPL_HEADERS, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
            _shade(cell, lv.colour or "#D9E2F3")
        done = 0
        for n, chunk in enumerate(rows, start=1):
            _cell_bullets(table.cell(n, 0), spec, chunk, 9.5, done)
            done += len(chunk)
        action = table.cell(1, 1).merge(table.cell(len(rows), 1))
        action.paragraphs[0].text = lv.action or ""
        services = table.cell(1, 2).merge(table.cell(len(rows), 2))
        services.paragraphs[0].text = lv.services or ""
        _row_flags(table)
        doc.add_paragraph()


def _matrix(doc: DocxDocument, spec: Spec, width: float) -> None:
    rows = content.matrix_rows(spec)
    first = 3.4
    col = (width - first) / len(spec.levels)
    table = _table(doc, len(rows) + 1, len(spec.levels) + 1, [first] + [col] * len(spec.levels))
    for cell, lv in zip(table.rows[0].cells[1:], spec.levels, strict=True):
        run = cell.paragraphs[0].add_run(lv.heading)
        run.bold = True
        if lv.colour:
            _shade(cell, lv.colour)
            run.font.color.rgb = RGBColor.from_string(content.text_colour(lv.colour)[1:])
    for n, row in enumerate(rows, start=1):
        table.cell(n, 0).paragraphs[0].add_run(row.label).bold = True
        for k, lv in enumerate(spec.levels, start=1):
            _cell_bullets(table.cell(n, k), spec, row.cells[lv.label], 8)
    _row_flags(table)


def _two_columns(doc: DocxDocument, spec: Spec) -> None:
    """Start a new section with two text columns (w:cols) for the indicators."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    cols = section._sectPr.xpath("./w:cols")
    el = cols[0] if cols else OxmlElement("w:cols")
    el.set(qn("w:num"), "2")
    el.set(qn("w:space"), "567")
    if not cols:
        section._sectPr.append(el)


def build_docx(spec: Spec, out: Path) -> None:
    """Write the spec as a .docx file."""
    doc = Document()
    _base_styles(doc)
    section = doc.sections[0]
    landscape = spec.orientation == "landscape"
    _page_setup(section, landscape)
    width = (29.7 if landscape else 21.0) - 4.0
    _furniture(spec, section, width)
    _front(doc, spec)
    _levels_section(doc, spec)
    if spec.layout == "two_column":
        _two_columns(doc, spec)
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(content.indicators_title(spec), 1)
    {
        "matrix": lambda: _matrix(doc, spec, width),
        "table_per_level": lambda: _table_per_level(doc, spec, width),
        "domain_first": lambda: _domain_first(doc, spec),
    }.get(spec.layout, lambda: _level_first(doc, spec))()
    if spec.closing:
        doc.add_heading(content.CLOSING_TITLE, 1)
        for par in spec.closing:
            doc.add_paragraph(par)
    _properties(doc, spec)
    doc.save(str(out))


def _properties(doc: DocxDocument, spec: Spec) -> None:
    props = doc.core_properties
    props.title = spec.title
    props.author = spec.partnership
    props.subject = spec.subtitle
    stamp = dt.datetime.combine(spec.version_date, dt.time(9, 0))
    props.created = props.modified = stamp
    props.last_modified_by = spec.partnership
    props.revision = 1


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with headless LibreOffice using a private profile (no clash with other runs)."""
    soffice = shutil.which("soffice") or "soffice"
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ]
        env = {**os.environ, "HOME": profile}
        subprocess.run(cmd, check=True, capture_output=True, timeout=SOFFICE_TIMEOUT, env=env)
    pdf = out_dir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice did not write {pdf}")
    return pdf


def render(spec: Spec, out: Path) -> None:
    """Write spec as a LibreOffice-printed PDF at `out`."""
    with tempfile.TemporaryDirectory(prefix="corpus-docx-") as tmp:
        docx_path = Path(tmp) / f"{spec.slug}.docx"
        build_docx(spec, docx_path)
        pdf = to_pdf(docx_path, Path(tmp))
        shutil.move(str(pdf), out)
