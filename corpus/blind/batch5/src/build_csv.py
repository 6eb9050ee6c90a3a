"""Combine src/<slug>.ann.json into the batch CSVs, then re-read the CSVs and check them against the PDFs."""
import csv, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *

ORDER = ["sallowby", "cresswold", "ambleworth", "tolmarsh", "ketterby", "swallowcombe", "hobwick", "cindermoor",
         "lantonbury"]


def w(name, header, rows):
    with open(os.path.join(BATCH, name), "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)


D, L, I, S = [], [], [], []
for slug in ORDER:
    d = json.load(open(os.path.join(SRC, slug + ".ann.json"), encoding="utf-8"))
    m = d["meta"]
    pdf = os.path.join(PDF, slug + ".pdf")
    inds = [i for i in d["items"] if i["kind"] == "I"]
    strs = [i for i in d["items"] if i["kind"] == "S"]
    D.append([slug, "pdf/%s.pdf" % slug, m["partnership"], m["authorities"], m["producer"], m["layout_family"],
              m["orientation"], m["version"], m["version_date"], d["pages"],
              hashlib.sha256(open(pdf, "rb").read()).hexdigest(), len(inds)])
    for o, l in enumerate(d["levels"]):
        L.append([slug, o, l["label"], l["name"], l["maps_to"], l["evidence"]])
    for n, i in enumerate(inds, 1):
        I.append([slug, "%s-%03d" % (slug, n), i["page"], i["local_level"], i["letter"], i["issue"], i["issues"],
                  i["severity"], i["domain"], "", i["text"]])
    for i in strs:
        S.append([slug, i["page"], i["local_level"], i["domain"], i["text"]])

w("documents.csv", "doc,file,partnership,authorities,producer,layout_family,orientation,version,version_date,pages,sha256,n_indicators".split(","), D)
w("levels.csv", "doc,order,label,name,maps_to,evidence".split(","), L)
w("indicators.csv", "doc,id,page,local_level,level,issue,issues,severity,domain,situation,text".split(","), I)
w("strengths.csv", "doc,page,local_level,domain,text".split(","), S)

# ---------- verification from the written CSVs ----------
rd = lambda n: list(csv.DictReader(open(os.path.join(BATCH, n), encoding="utf-8")))
D, L, I, S = rd("documents.csv"), rd("levels.csv"), rd("indicators.csv"), rd("strengths.csv")
bad = 0
pages, pages_lay = {}, {}
for d in D:
    pdf = os.path.join(BATCH, d["file"])
    pages[d["doc"]] = [norm(p) for p in page_texts(pdf)]
    pages_lay[d["doc"]] = [norm(p) for p in page_texts(pdf, layout=True)]
    if hashlib.sha256(open(pdf, "rb").read()).hexdigest() != d["sha256"]:
        print("SHA", d["doc"]); bad += 1
    if int(d["pages"]) != len(pages[d["doc"]]):
        print("PAGES", d["doc"]); bad += 1
    n = sum(1 for r in I if r["doc"] == d["doc"])
    if n != int(d["n_indicators"]):
        print("COUNT", d["doc"]); bad += 1
    size = os.path.getsize(pdf)
    lim = 1024 * 1024 if d["layout_family"] == "long_document" else 400 * 1024
    if size > lim:
        print("SIZE", d["doc"], size); bad += 1
lv = {(l["doc"], l["label"]): l for l in L}
for d in D:
    ords = [int(l["order"]) for l in L if l["doc"] == d["doc"]]
    if ords != list(range(len(ords))):
        print("ORDER", d["doc"]); bad += 1
    full = norm("".join(page_texts(os.path.join(BATCH, d["file"]))))
    for l in L:
        if l["doc"] == d["doc"] and l["evidence"] and norm(l["evidence"]) not in full:
            print("EVIDENCE", l); bad += 1
        if l["doc"] == d["doc"] and l["maps_to"]:
            if any(x not in "ABCD" for x in l["maps_to"].split("+")):
                print("MAPS", l); bad += 1
notlay = {}
for kind, rows in (("I", I), ("S", S)):
    for r in rows:
        p = int(r["page"])
        t = norm(r["text"])
        if t not in pages[r["doc"]][p - 1]:
            print("TEXT", kind, r["doc"], p, r["text"]); bad += 1
        if t not in pages_lay[r["doc"]][p - 1]:
            notlay[r["doc"]] = notlay.get(r["doc"], 0) + 1
        if r["local_level"] and (r["doc"], r["local_level"]) not in lv:
            print("LEVEL?", r); bad += 1
        if kind == "I":
            iss = r["issues"].split(";")
            if r["issue"] not in ISSUES or iss[0] != r["issue"] or any(x not in ISSUES for x in iss) or len(set(iss)) != len(iss):
                print("ISSUE", r); bad += 1
            sev = int(r["severity"])
            if not 1 <= sev <= 6:
                print("SEV", r); bad += 1
            exp = letter_for(lv[(r["doc"], r["local_level"])]["maps_to"], sev) if r["local_level"] else ""
            if r["level"] != exp:
                print("LETTER", r); bad += 1
ids = [r["id"] for r in I]
assert len(ids) == len(set(ids))
print("documents %d, levels %d, indicators %d, strengths %d; problems %d" % (len(D), len(L), len(I), len(S), bad))
print("items not contiguous in pdftotext -layout (plain mode is the check):", notlay or "none")
for d in D:
    ni = sum(1 for r in I if r["doc"] == d["doc"]); ns = sum(1 for r in S if r["doc"] == d["doc"])
    print("  %-14s %-12s %-24s pages %2s  indicators %2d  strengths %2d  %s KB" % (
        d["doc"], d["producer"], d["layout_family"], d["pages"], ni, ns, os.path.getsize(os.path.join(BATCH, d["file"])) // 1024))
