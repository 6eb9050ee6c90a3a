"""Build batch1 CSVs from the generators' gold sidecars and verify them against pdftotext.

Usage: build_annotations.py [slug ...]   (no args: all *.gold.json in src/)
"""
import csv, glob, hashlib, json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BATCH, PDF, SRC
from pypdf import PdfReader


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def page_texts(pdf, mode):
    """mode: '' (pdftotext default reading order), '-layout' or '-raw' (content-stream order)."""
    n = len(PdfReader(pdf).pages)
    out = []
    for p in range(1, n + 1):
        args = ["pdftotext", "-f", str(p), "-l", str(p)] + ([mode] if mode else []) + [pdf, "-"]
        out.append(subprocess.run(args, capture_output=True, text=True).stdout)
    return out


SEV_LETTER = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}
ORDER = "ABCD"


def letter(maps_to, sev):
    if not maps_to:
        return ""
    band = maps_to.split("+")
    if len(band) == 1:
        return band[0]
    want = ORDER.index(SEV_LETTER[sev])
    # nearest band letter; ties cannot occur for contiguous bands
    return min(band, key=lambda b: abs(ORDER.index(b) - want))


def build(slugs):
    docs, levels, inds, strs = [], [], [], []
    problems = []
    for slug in slugs:
        gd = json.load(open(os.path.join(SRC, slug + ".gold.json")))
        pdf = os.path.join(PDF, slug + ".pdf")
        raw = [norm(t) for t in page_texts(pdf, "")]
        lay = [norm(t) for t in page_texts(pdf, "-layout")]
        cst = [norm(t) for t in page_texts(pdf, "-raw")]
        alltxt = "".join(raw)
        maps = {}
        for i, lv in enumerate(gd["levels"]):
            maps[lv["label"]] = lv["maps_to"]
            if lv["evidence"] and norm(lv["evidence"]) not in alltxt and norm(lv["evidence"]) not in "".join(cst):
                problems.append(f"{slug}: evidence not found for {lv['label']}")
            levels.append(dict(doc=slug, order=i, label=lv["label"], name=lv["name"],
                               maps_to=lv["maps_to"], evidence=lv["evidence"]))
        cur = 0
        n_ind = 0
        for it in gd["items"]:
            t = norm(it["text"])
            page = None
            for p in list(range(cur, len(raw))) + list(range(0, cur)):
                if t in raw[p] or t in lay[p] or t in cst[p]:
                    page = p
                    break
            if page is None:
                problems.append(f"{slug}: NOT FOUND: {it['text']}")
                page = cur
            else:
                it["_modes"] = "".join(k for k, tx in (("d", raw), ("l", lay), ("r", cst)) if t in tx[page])
            cur = page
            if it["local_level"] and it["local_level"] not in maps:
                problems.append(f"{slug}: unknown level {it['local_level']}")
            if it["kind"] == "ind":
                n_ind += 1
                inds.append(dict(doc=slug, id=f"{slug}-{n_ind:03d}", page=page + 1,
                                 local_level=it["local_level"],
                                 level=letter(maps.get(it["local_level"], ""), it["severity"]) if it["local_level"] else "",
                                 issue=it["issue"], issues=it["issues"], severity=it["severity"],
                                 domain=it["domain"], situation="", text=it["text"]))
            else:
                strs.append(dict(doc=slug, page=page + 1, local_level=it["local_level"],
                                 domain=it["domain"], text=it["text"]))
        from collections import Counter
        modes = Counter(it.get("_modes", "-") for it in gd["items"])
        m = gd["meta"]
        data = open(pdf, "rb").read()
        docs.append(dict(doc=slug, file=f"pdf/{slug}.pdf", partnership=m["partnership"],
                         authorities=m["authorities"], producer=m["producer"],
                         layout_family=m["layout_family"], orientation=m["orientation"],
                         version=m["version"], version_date=m["version_date"], pages=len(raw),
                         sha256=hashlib.sha256(data).hexdigest(), n_indicators=n_ind))
        print(f"{slug}: pages={len(raw)} size={len(data)//1024}KB indicators={n_ind} "
              f"strengths={sum(1 for i in gd['items'] if i['kind']=='str')} "
              f"found-in(d=default,l=layout,r=raw)={dict(modes)}")
    return docs, levels, inds, strs, problems


def write(name, rows, fields):
    with open(os.path.join(BATCH, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(SRC, "*.gold.json")))
    docs, levels, inds, strs, problems = build(slugs)
    for p in problems:
        print("PROBLEM", p)
    if len(sys.argv) == 1:
        write("documents.csv", docs, "doc,file,partnership,authorities,producer,layout_family,orientation,version,version_date,pages,sha256,n_indicators".split(","))
        write("levels.csv", levels, "doc,order,label,name,maps_to,evidence".split(","))
        write("indicators.csv", inds, "doc,id,page,local_level,level,issue,issues,severity,domain,situation,text".split(","))
        write("strengths.csv", strs, "doc,page,local_level,domain,text".split(","))
        print("written", len(docs), "docs", len(inds), "indicators", len(strs), "strengths")
