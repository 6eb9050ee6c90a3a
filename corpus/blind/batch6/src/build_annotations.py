"""Read src/*.gold.json, find each item's page with pdftotext, check, write the four CSVs."""
import csv, glob, hashlib, json, os, re, subprocess, sys
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
norm = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())
SEVL = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}


def letter(maps_to, sev):
    if not maps_to:
        return ""
    band = maps_to.split("+")
    if len(band) == 1:
        return band[0]
    want = "ABCD".index(SEVL[sev])
    return min(band, key=lambda b: (abs("ABCD".index(b) - want), "ABCD".index(b)))


def page_texts(pdf, n):
    pages = []
    for p in range(1, n + 1):
        t = ""
        for mode in ([], ["-layout"], ["-raw"]):
            t += "\n" + subprocess.run(["pdftotext", *mode, "-f", str(p), "-l", str(p), pdf, "-"],
                                       capture_output=True, text=True).stdout
        pages.append(norm(t))
    return pages


def main():
    docs, levels, inds, strs = [], [], [], []
    problems = []
    for gf in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        g = json.load(open(gf))
        m = g["meta"]; slug = m["doc"]
        pdf = os.path.join(BATCH, "pdf", slug + ".pdf")
        n = len(PdfReader(pdf).pages)
        pages = page_texts(pdf, n)
        alltext = "".join(pages)
        maps = {}
        for i, lv in enumerate(g["levels"]):
            maps[lv["label"]] = lv["maps_to"]
            if lv["evidence"] and norm(lv["evidence"]) not in alltext:
                problems.append(f"{slug}: evidence not found: {lv['evidence'][:60]}")
            levels.append(dict(doc=slug, order=i, label=lv["label"], name=lv["name"], maps_to=lv["maps_to"],
                               evidence=lv["evidence"]))
        cur = 0  # items are in document order: search from the last page found
        k = 0
        for it in g["items"]:
            t = norm(it["text"])
            pg = None
            for p in list(range(cur, n)) + list(range(0, cur)):
                if t in pages[p]:
                    pg = p; break
            if pg is None:  # split across a page break
                for p in range(cur, n - 1):
                    if t in pages[p] + pages[p + 1] or any(t[:j] and pages[p].endswith(t[:j]) for j in ()):
                        pg = p; break
            if pg is None:
                # start on page p, finish on p+1: check prefix/suffix
                for p in range(cur, n - 1):
                    for j in range(8, len(t) - 7):
                        if t[:j] in pages[p] and t[j:] in pages[p + 1] and pages[p].find(t[:j]) >= 0:
                            pg = p; break
                    if pg is not None:
                        break
                if pg is not None:
                    problems.append(f"{slug}: split over pages {pg+1}-{pg+2}: {it['text'][:50]}")
            if pg is None:
                problems.append(f"{slug}: NOT FOUND: {it['text'][:70]}")
                pg = cur
            cur = pg
            if it["level"] is not None and it["level"] not in maps:
                problems.append(f"{slug}: unknown level {it['level']}")
            if it["kind"] == "strength":
                strs.append(dict(doc=slug, page=pg + 1, local_level=it["level"] or "", domain=it["domain"],
                                 text=it["text"]))
            else:
                k += 1
                inds.append(dict(doc=slug, id=f"{slug}-{k:03d}", page=pg + 1, local_level=it["level"] or "",
                                 level=letter(maps.get(it["level"], ""), it["severity"]),
                                 issue=it["issues"][0], issues=";".join(it["issues"]), severity=it["severity"],
                                 domain=it["domain"], situation="", text=it["text"]))
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        size = os.path.getsize(pdf)
        if size > 400_000:
            problems.append(f"{slug}: PDF is {size} bytes")
        docs.append(dict(doc=slug, file=f"pdf/{slug}.pdf", partnership=m["partnership"], authorities=m["authorities"],
                         producer=m["producer"], layout_family=m["layout_family"], orientation=m["orientation"],
                         version=m["version"], version_date=m["version_date"], pages=n, sha256=sha, n_indicators=k))
        print(f"{slug:14} {m['producer']:11} {m['layout_family']:24} pages={n:2} ind={k:3} "
              f"str={sum(1 for s in strs if s['doc']==slug):2} {size//1024}KB "
              f"{','.join(lv['maps_to'] or '-' for lv in g['levels'])}")

    def w(name, rows, cols):
        with open(os.path.join(BATCH, name), "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols); wr.writeheader(); wr.writerows(rows)
    w("documents.csv", docs, "doc,file,partnership,authorities,producer,layout_family,orientation,version,version_date,pages,sha256,n_indicators".split(","))
    w("levels.csv", levels, "doc,order,label,name,maps_to,evidence".split(","))
    w("indicators.csv", inds, "doc,id,page,local_level,level,issue,issues,severity,domain,situation,text".split(","))
    w("strengths.csv", strs, "doc,page,local_level,domain,text".split(","))
    print("\n".join(problems) or "all checks passed")


if __name__ == "__main__":
    main()
