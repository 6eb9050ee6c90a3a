"""python-docx helpers: fields, shading, repeat header, keep rows together."""
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor, Cm

def add_field(paragraph, instr):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None),
                      ("w:fldChar", {"w:fldCharType": "separate"})):
        el = OxmlElement(tag)
        if attr:
            for k, v in attr.items(): el.set(qn(k), v)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = instr
        run._r.append(el)
    r2 = paragraph.add_run("1")
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end")
    r3 = paragraph.add_run(); r3._r.append(end)
    return run

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trPr.append(el)

def set_cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def keep_with_next(p):
    p.paragraph_format.keep_with_next = True

def set_col_widths(table, widths_cm):
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)

def fix_widths(table, widths_cm):
    """Set grid and cell widths so LibreOffice honours them."""
    from docx.shared import Cm
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            pass
    for tr in table._tbl.tr_lst:
        for i, tc in enumerate(tr.tc_lst):
            span = tc.grid_span
            w = sum(widths_cm[i:i + span]) if span > 1 else widths_cm[min(i, len(widths_cm) - 1)]
            tc.width = Cm(w)

def para_shade(p, hexcolor):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    pPr.append(shd)
