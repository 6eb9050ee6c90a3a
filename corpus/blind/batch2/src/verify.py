"""Independent check of the batch CSVs against the PDFs (FORMAT.md checks)."""
import csv, hashlib, os, re, subprocess, unicodedata, sys
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
norm = lambda s: re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKC", s).lower())
cache = {}
def page(pdf, p):
    k = (pdf, p)
    if k not in cache:
        cache[k] = norm(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout)
    return cache[k]
docs = {r["doc"]: r for r in csv.DictReader(open(f"{B}/documents.csv", encoding="utf-8"))}
levels = list(csv.DictReader(open(f"{B}/levels.csv", encoding="utf-8")))
inds = list(csv.DictReader(open(f"{B}/indicators.csv", encoding="utf-8")))
strs = list(csv.DictReader(open(f"{B}/strengths.csv", encoding="utf-8")))
bad = 0
labs = {}
for l in levels:
    labs.setdefault(l["doc"], {})[l["label"]] = l["maps_to"]
for d, r in docs.items():
    pdf = f"{B}/{r['file']}"
    assert hashlib.sha256(open(pdf, "rb").read()).hexdigest() == r["sha256"], d
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    assert n == int(r["pages"]), d
    assert int(r["n_indicators"]) == sum(1 for i in inds if i["doc"] == d), d
    size = os.path.getsize(pdf)
    lim = 1024 * 1024 if r["layout_family"] == "long_document" else 400 * 1024
    assert size < lim, (d, size)
    ev_text = "".join(page(pdf, p) for p in range(1, n + 1))
    for l in levels:
        if l["doc"] == d and l["evidence"] and norm(l["evidence"]) not in ev_text:
            print("evidence missing", d, l["label"]); bad += 1
for rows, kind in ((inds, "ind"), (strs, "str")):
    for i in rows:
        pdf = f"{B}/{docs[i['doc']]['file']}"
        if norm(i["text"]) not in page(pdf, int(i["page"])):
            print("TEXT NOT ON PAGE", kind, i["doc"], i["page"], i["text"]); bad += 1
        if i["local_level"] and i["local_level"] not in labs[i["doc"]]:
            print("bad local_level", i); bad += 1
        if kind == "ind":
            mt = labs[i["doc"]].get(i["local_level"], "")
            if i["level"] and i["level"] not in mt.split("+"):
                print("level not in band", i["id"]); bad += 1
            if not mt and i["level"]:
                print("level for blank band", i["id"]); bad += 1
            assert i["issue"] == i["issues"].split(";")[0]
ids = [i["id"] for i in inds]
assert len(ids) == len(set(ids))
print("checked", len(inds), "indicators,", len(strs), "strengths,", len(docs), "documents;", bad, "problems")
