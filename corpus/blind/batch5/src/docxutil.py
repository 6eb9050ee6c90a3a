"""python-docx helpers: fields, tab leaders, numbering restarts, LibreOffice conversion."""
import os, subprocess, tempfile, shutil
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_field(par, instr, placeholder="1"):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run(placeholder)
    r5 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)
    return r4


def right_tab_leader(par, pos_twips=9000, leader="dot"):
    pPr = par._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right"); tab.set(qn("w:leader"), leader); tab.set(qn("w:pos"), str(pos_twips))
    tabs.append(tab); pPr.append(tabs)


def shade(cell_or_par, hex_fill):
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    pr = el.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else el.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_fill)
    pr.append(shd)


def abstract_num_of_style(doc, style_name):
    """Return the abstractNumId behind a list style of the default template."""
    st = doc.styles[style_name]
    numPr = st.element.pPr.numPr
    num_id = numPr.numId.val
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return num.find(qn("w:abstractNumId")).get(qn("w:val")), num_id
    raise KeyError(style_name)


def new_num(doc, abstract_id, start=1):
    """A new w:num on the same abstract numbering, restarting at `start`."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(abstract_id)); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), str(start)); ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def set_num(par, num_id, ilvl=0):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.insert(0, numPr)


def to_pdf(docx_path, pdf_path):
    out = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", out, docx_path], check=True, capture_output=True)
    name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(out, name), pdf_path)
    shutil.rmtree(out, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)
