"""Locate every gold item on its PDF page and write the batch CSVs.

Usage: python build_annotations.py [slug ...]   (default: every src/*.gold.json)
Pages are found with plain `pdftotext` (reading order); `pdftotext -layout` is
checked too and mismatches there are reported as warnings only (multi-column
layouts interleave lines in -layout mode).
"""
import csv
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def page_texts(pdf, layout=False):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        args = ["pdftotext", "-f", str(p), "-l", str(p)] + (["-layout"] if layout else []) + [pdf, "-"]
        out.append(norm(subprocess.run(args, capture_output=True, text=True).stdout))
    return out


def process(gold_path):
    g = json.load(open(gold_path, encoding="utf-8"))
    slug = g["slug"]
    pdf = os.path.join(BATCH, "pdf", slug + ".pdf")
    pages = page_texts(pdf)
    lpages = page_texts(pdf, layout=True)
    npages = len(pages)
    problems, warnings = [], []
    # anchor: lower bound for the first item
    bound = 1
    if g.get("anchor"):
        a = norm(g["anchor"])
        hits = [i + 1 for i, t in enumerate(pages) if a in t]
        nth = g.get("anchor_nth", 1)
        if len(hits) < nth:
            problems.append(f"anchor not found: {g['anchor']}")
        else:
            bound = hits[nth - 1]
    alltext = "".join(pages)
    for l in g["levels"]:
        if l["evidence"] and norm(l["evidence"]) not in alltext:
            problems.append(f"evidence not found for {l['label']}: {l['evidence'][:60]}")
        if norm(l["label"]) not in alltext:
            problems.append(f"label text not printed: {l['label']}")
    prev = bound
    for k, it in enumerate(g["items"]):
        t = norm(it["text"])
        lo = max(bound, prev - 1)
        cands = [p for p in range(lo, npages + 1) if t in pages[p - 1]]
        if not cands:
            allc = [p for p in range(1, npages + 1) if t in pages[p - 1]]
            problems.append(f"NOT FOUND (>= p{lo}; anywhere {allc}): {it['text']}")
            it["page"] = ""
            continue
        p = cands[0]
        if len(cands) > 1 and cands[1] <= p + 1:
            warnings.append(f"ambiguous pages {cands[:4]}: {it['text'][:70]}")
        it["page"] = p
        if t not in lpages[p - 1]:
            warnings.append(f"not in -layout text of p{p}: {it['text'][:70]}")
        prev = p
    return g, npages, pdf, problems, warnings


def main():
    slugs = sys.argv[1:]
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    if slugs:
        golds = [os.path.join(HERE, s + ".gold.json") for s in slugs]
    results = []
    ok = True
    for gp in golds:
        g, npages, pdf, problems, warnings = process(gp)
        size = os.path.getsize(pdf)
        n_i = sum(1 for r in g["items"] if r["kind"] == "indicator")
        n_s = len(g["items"]) - n_i
        print(f"== {g['slug']}: {npages} pages, {size//1024} KB, {n_i} indicators, {n_s} strengths,"
              f" {len(problems)} problems, {len(warnings)} warnings")
        for p in problems:
            print("   PROBLEM", p)
        for w in warnings[:15]:
            print("   warn", w)
        if len(warnings) > 15:
            print(f"   ... {len(warnings)-15} more warnings")
        if problems:
            ok = False
        results.append((g, npages, pdf))
    if slugs:
        return
    # write CSVs for the whole batch
    docs = open(os.path.join(BATCH, "documents.csv"), "w", newline="", encoding="utf-8")
    levs = open(os.path.join(BATCH, "levels.csv"), "w", newline="", encoding="utf-8")
    inds = open(os.path.join(BATCH, "indicators.csv"), "w", newline="", encoding="utf-8")
    strs = open(os.path.join(BATCH, "strengths.csv"), "w", newline="", encoding="utf-8")
    dw, lw, iw, sw = (csv.writer(f) for f in (docs, levs, inds, strs))
    dw.writerow("doc,file,partnership,authorities,producer,layout_family,orientation,version,version_date,pages,sha256,n_indicators".split(","))
    lw.writerow("doc,order,label,name,maps_to,evidence".split(","))
    iw.writerow("doc,id,page,local_level,level,issue,issues,severity,domain,situation,text".split(","))
    sw.writerow("doc,page,local_level,domain,text".split(","))
    for g, npages, pdf in results:
        m = g["meta"]
        slug = g["slug"]
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        n_i = sum(1 for r in g["items"] if r["kind"] == "indicator")
        dw.writerow([slug, f"pdf/{slug}.pdf", m["partnership"], m["authorities"], m["producer"],
                     m["layout_family"], m["orientation"], m["version"], m["version_date"],
                     npages, sha, n_i])
        labels = set()
        for k, l in enumerate(g["levels"]):
            lw.writerow([slug, k, l["label"], l["name"], l["maps_to"], l["evidence"]])
            labels.add(l["label"])
        n = 0
        for r in g["items"]:
            assert not r["local_level"] or r["local_level"] in labels
            if r["kind"] == "indicator":
                n += 1
                iw.writerow([slug, f"{slug}-{n:03d}", r["page"], r["local_level"], r["level"],
                             r["issue"], r["issues"], r["severity"], r["domain"], "", r["text"]])
            else:
                sw.writerow([slug, r["page"], r["local_level"], r["domain"], r["text"]])
    for f in (docs, levs, inds, strs):
        f.close()
    print("CSVs written" + ("" if ok else " (WITH PROBLEMS)"))


if __name__ == "__main__":
    main()
