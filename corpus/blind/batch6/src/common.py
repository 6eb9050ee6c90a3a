"""Shared helpers for batch6 generators: a compact item spec, gold sidecars, chromium/soffice."""
import json, os, subprocess, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
PDF = os.path.join(BATCH, "pdf")

ISS = dict(dv="domestic_violence", sh="self_harm", ho="housing", bu="bullying", pa="physical_abuse",
           ne="neglect", sa="sexual_abuse", ea="emotional_abuse", ex="exploitation", mi="missing",
           su="substance_misuse", pmh="parental_mental_health", cmh="child_mental_health",
           at="attendance", hd="health_development", bo="behaviour_offending", pc="parenting_capacity",
           ff="family_finances", di="discrimination", hp="harmful_practices", ra="radicalisation", ot="other")


def parse(spec):
    """Lines: '= LEVEL' switches level, '# Domain' switches domain,
    '<sev> <iss;iss> | text' is an indicator, '+ text' a strength."""
    items, level, domain = [], None, ""
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("= "):
            level = line[2:].strip(); continue
        if line.startswith("# "):
            domain = line[2:].strip(); continue
        if line.startswith("+ "):
            items.append(dict(kind="strength", level=level, domain=domain, text=line[2:].strip())); continue
        head, text = line.split("|", 1)
        sev, iss = head.split()
        issues = [ISS[i] for i in iss.split(";")]
        items.append(dict(kind="indicator", level=level, domain=domain, text=text.strip(),
                          issues=issues, severity=int(sev)))
    return items


def by_level(items):
    out = {}
    for it in items:
        out.setdefault(it["level"], []).append(it)
    return out


def by_level_domain(items):
    """{level: [(domain, [items])]} preserving order."""
    out = {}
    for it in items:
        lst = out.setdefault(it["level"], [])
        if not lst or lst[-1][0] != it["domain"]:
            lst.append((it["domain"], []))
        lst[-1][1].append(it)
    return out


def write_gold(slug, meta, levels, items):
    with open(os.path.join(HERE, slug + ".gold.json"), "w") as f:
        json.dump(dict(meta=meta, levels=levels, items=items), f, indent=1, ensure_ascii=False)


def chromium_pdf(html_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + tmp, "--print-to-pdf=" + out_pdf, "--no-pdf-header-footer",
                    "file://" + html_path], check=True, capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)


def soffice_pdf(docx_path, slug):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp, "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True)
    name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, name), os.path.join(PDF, slug + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_field(paragraph, instr):
    """Append a Word field (PAGE, NUMPAGES) to a python-docx paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = " %s " % instr
            run._r.append(el)
        else:
            el = OxmlElement("w:t"); el.text = text; run._r.append(el)
    return run


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill); tcPr.append(shd)
