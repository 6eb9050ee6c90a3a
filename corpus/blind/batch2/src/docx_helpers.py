"""python-docx helpers: multilevel numbering, bullets, shading, header/footer fields."""
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Numbering:
    def __init__(self, doc):
        self.doc = doc
        self.el = doc.part.numbering_part.element
        self.next_abs = 100
        self.next_num = 200

    def add_abstract(self, levels):
        """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold, font)"""
        aid = self.next_abs
        self.next_abs += 1
        lv = ""
        for i, (fmt, txt, left, hang, bold, font) in enumerate(levels):
            rpr = ("<w:b/>" if bold else "") + (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>' if font else "")
            lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr><w:rPr>{rpr}</w:rPr></w:lvl>')
        xml = (f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
               f'{lv}</w:abstractNum>')
        el = parse_xml(xml)
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self.el.append(el)
        return aid

    def new_list(self, aid):
        nid = self.next_num
        self.next_num += 1
        xml = (f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
               + "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(3))
               + '</w:num>')
        self.el.append(parse_xml(xml))
        return nid


def set_num(par, num_id, ilvl):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexfill}"/>')
    tcPr.append(shd)


def set_cell_margins(table, left=80, right=80, top=40, bottom=40):
    tblPr = table._tbl.tblPr
    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
                    f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>')
    tblPr.append(mar)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(par, instr, size=None):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)
    if size:
        run.font.size = Pt(size)
    return run


def keep_with_next(par):
    par.paragraph_format.keep_with_next = True


def font_run(run, size=None, bold=None, italic=None, color=None, name=None):
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if name:
        run.font.name = name
    return run


def set_col_widths(table, widths):
    """widths: list of docx Length values; sets tblGrid and every cell, autofit off."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
