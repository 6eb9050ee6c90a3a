"""Merge src/*.ann.json into the batch CSVs and verify them against pdftotext."""
import csv, glob, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *

ORDER = ["thornwick-vale", "kelsborough", "brantley-moor", "ockendale", "harnsey-bridge",
         "wendlecombe", "pollardstone", "ravensholme", "culverdean"]
docs = [json.load(open(os.path.join(SRCDIR, s + ".ann.json"))) for s in ORDER]

def w(name, header, rows):
    with open(os.path.join(BATCH, name), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)

drows, lrows, irows, srows = [], [], [], []
for d in docs:
    slug, m = d["slug"], d["meta"]
    pdf = os.path.join(PDFDIR, slug + ".pdf")
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    inds = [i for i in d["items"] if i["kind"] == "I"]
    strs = [i for i in d["items"] if i["kind"] == "S"]
    drows.append([slug, "pdf/%s.pdf" % slug, m["partnership"], m["authorities"], m["producer"], m["layout_family"],
                  m["orientation"], m["version"], m["version_date"], d["pages"], sha, len(inds)])
    for o, l in enumerate(d["levels"]):
        lrows.append([slug, o, l["label"], l["name"], l["maps_to"], l["evidence"]])
    for n, i in enumerate(inds, 1):
        irows.append([slug, "%s-%03d" % (slug, n), i["page"], i["local_level"], i["level"], i["issue"], i["issues"],
                      i["severity"], i["domain"], "", i["text"]])
    for i in strs:
        srows.append([slug, i["page"], i["local_level"], i["domain"], i["text"]])

w("documents.csv", "doc,file,partnership,authorities,producer,layout_family,orientation,version,version_date,pages,sha256,n_indicators".split(","), drows)
w("levels.csv", "doc,order,label,name,maps_to,evidence".split(","), lrows)
w("indicators.csv", "doc,id,page,local_level,level,issue,issues,severity,domain,situation,text".split(","), irows)
w("strengths.csv", "doc,page,local_level,domain,text".split(","), srows)

# ---- verification, reading the CSVs back ----
ISSUES = set("domestic_violence self_harm housing bullying physical_abuse neglect sexual_abuse emotional_abuse exploitation missing substance_misuse parental_mental_health child_mental_health attendance health_development behaviour_offending parenting_capacity family_finances discrimination harmful_practices radicalisation other".split())
rd = lambda n: list(csv.DictReader(open(os.path.join(BATCH, n), encoding="utf-8")))
D, L, I, S = rd("documents.csv"), rd("levels.csv"), rd("indicators.csv"), rd("strengths.csv")
bad = 0
cache = {}
def pages(slug, layout):
    k = (slug, layout)
    if k not in cache:
        cache[k] = [norm(p) for p in page_texts(os.path.join(PDFDIR, slug + ".pdf"), layout)]
    return cache[k]
levels = {(l["doc"], l["label"]): l for l in L}
nlay = {}
for kind, rows in (("indicator", I), ("strength", S)):
    for r in rows:
        pg = pages(r["doc"], False)
        p = int(r["page"])
        if norm(r["text"]) not in pg[p - 1]:
            print("MISMATCH", kind, r["doc"], p, r["text"]); bad += 1
        if norm(r["text"]) not in pages(r["doc"], True)[p - 1]:
            nlay[r["doc"]] = nlay.get(r["doc"], 0) + 1
        if r["local_level"] and (r["doc"], r["local_level"]) not in levels:
            print("UNKNOWN LEVEL", r); bad += 1
        if kind == "indicator":
            if r["issue"] not in ISSUES or any(x not in ISSUES for x in r["issues"].split(";")) or r["issues"].split(";")[0] != r["issue"]:
                print("BAD ISSUE", r); bad += 1
            lvl = levels[(r["doc"], r["local_level"])]
            if r["level"] != letter_for(lvl["maps_to"], int(r["severity"])):
                print("BAD LEVEL", r); bad += 1
for d in D:
    n = sum(1 for r in I if r["doc"] == d["doc"])
    if n != int(d["n_indicators"]): print("COUNT", d["doc"]); bad += 1
    if int(d["pages"]) != len(pages(d["doc"], False)): print("PAGES", d["doc"]); bad += 1
    sz = os.path.getsize(os.path.join(BATCH, d["file"]))
    if sz > 400 * 1024: print("TOO BIG", d["doc"], sz); bad += 1
ids = [r["id"] for r in I]
assert len(ids) == len(set(ids))
print("documents %d, levels %d, indicators %d, strengths %d, problems %d" % (len(D), len(L), len(I), len(S), bad))
print("items whose text is not contiguous in pdftotext -layout output:", nlay)
