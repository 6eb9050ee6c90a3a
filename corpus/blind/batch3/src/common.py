"""Shared helpers for batch3 generators: item parsing, level letters, page finding."""
import json, os, re, subprocess, hashlib, unicodedata

BATCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDFDIR = os.path.join(BATCH, "pdf")
SRCDIR = os.path.join(BATCH, "src")

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]", "", s)

def parse(item):
    """'text || issue[;issue2] sev'  or 'text || S' (strength)."""
    text, code = item.rsplit("||", 1)
    text = text.strip(); code = code.strip()
    if code == "S":
        return {"kind": "S", "text": text}
    issues, sev = code.rsplit(" ", 1)
    iss = issues.split(";")
    return {"kind": "I", "text": text, "issue": iss[0], "issues": ";".join(iss), "severity": int(sev)}

def display(item):
    return item.rsplit("||", 1)[0].strip()

SEV_LETTER = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}

def letter_for(maps_to, sev):
    if not maps_to:
        return ""
    band = maps_to.split("+")
    if len(band) == 1:
        return band[0]
    want = "ABCD".index(SEV_LETTER[sev])
    return min(band, key=lambda L: (abs("ABCD".index(L) - want), "ABCD".index(L)))

def page_texts(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    pages = out.split("\f")
    if pages and pages[-1].strip() == "":
        pages = pages[:-1]
    return pages

class Ann:
    """Collects levels and items in document order."""
    def __init__(self, slug, **meta):
        self.slug = slug; self.meta = meta
        self.levels = []; self.items = []
    def level(self, label, name, maps_to, evidence):
        self.levels.append(dict(label=label, name=name, maps_to=maps_to, evidence=evidence))
    def add(self, item, local_level, domain, min_page=1):
        d = parse(item)
        d.update(local_level=local_level, domain=domain, min_page=min_page)
        self.items.append(d)
        return d["text"]
    def finish(self, pdf):
        lv = {l["label"]: l for l in self.levels}
        pages = page_texts(pdf); npages = [norm(p) for p in pages]
        lpages = [norm(p) for p in page_texts(pdf, True)]
        prev = 1; problems = []
        for d in self.items:
            if d["local_level"] and d["local_level"] not in lv:
                problems.append("unknown level %r" % d["local_level"])
            t = norm(d["text"]); start = max(d.get("min_page", 1), prev - 1)
            hits = [i + 1 for i, p in enumerate(npages) if t in p and i + 1 >= start]
            if not hits:
                problems.append("NOT FOUND: %s" % d["text"]); d["page"] = None; continue
            d["page"] = hits[0]; prev = hits[0]
            d["in_layout"] = t in lpages[hits[0] - 1]
            if len([h for h in hits if h <= prev + 1]) > 1:
                problems.append("ambiguous pages %s: %s" % (hits, d["text"][:60]))
            if d["kind"] == "I":
                d["level"] = letter_for(lv[d["local_level"]]["maps_to"], d["severity"]) if d["local_level"] else ""
        for l in self.levels:
            if l["evidence"] and norm(l["evidence"]) not in norm("".join(pages)):
                problems.append("EVIDENCE NOT FOUND: %s" % l["evidence"])
        out = dict(slug=self.slug, meta=self.meta, levels=self.levels, items=self.items,
                   pages=len(pages))
        json.dump(out, open(os.path.join(SRCDIR, self.slug + ".ann.json"), "w"), indent=1, ensure_ascii=False)
        ni = sum(1 for d in self.items if d["kind"] == "I"); ns = len(self.items) - ni
        nl = sum(1 for d in self.items if d.get("page") and not d.get("in_layout"))
        print("%s: %d pages, %d indicators, %d strengths, %d not in -layout text, size %d KB" % (
            self.slug, len(pages), ni, ns, nl, os.path.getsize(pdf) // 1024))
        for p in problems:
            print("  !!", p)
        return out

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        print(r.stdout[-2000:], r.stderr[-2000:])
    return r

def chromium_pdf(html_path, pdf_path):
    import tempfile
    ud = tempfile.mkdtemp()
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + ud, "--print-to-pdf=" + pdf_path, "--no-pdf-header-footer",
         "file://" + os.path.abspath(html_path)])
    subprocess.run(["rm", "-rf", ud])

def soffice_pdf(docx_path, pdf_path):
    import tempfile, shutil
    od = tempfile.mkdtemp()
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", od, docx_path])
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(od, base), pdf_path)
    shutil.rmtree(od)
