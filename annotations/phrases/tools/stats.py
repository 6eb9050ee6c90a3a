"""Print markdown count tables for README.md from phrases.csv and split.csv."""
import csv, collections, re
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(HERE / "phrases.csv", encoding="utf-8")))
split = dict(csv.reader(open(HERE / "split.csv", encoding="utf-8")))
C = collections.Counter
FIVE = ["domestic_violence","self_harm","housing","bullying","physical_abuse"]
REGS = ["professional","family","first_person","shorthand","list"]

def check():
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(k for k in split if k != "id")
    for r in rows:
        if r["polarity"] == "strength":
            assert not (r["issue"] or r["issues"] or r["severity"]), r
        else:
            assert r["issue"] and r["issues"].split(";")[0] == r["issue"] and r["severity"] in "123456", r
        assert r["register"] in REGS
check()

print(f"Total rows: {len(rows)}; concerns {sum(r['polarity']=='concern' for r in rows)}, "
      f"strengths {sum(r['polarity']=='strength' for r in rows)}; "
      f"train {sum(v=='train' for k,v in split.items() if k!='id')}, test {sum(v=='test' for k,v in split.items() if k!='id')}\n")

print("| issue | rows | sev 1 | 2 | 3 | 4 | 5 | 6 | professional | family | first_person | shorthand | list | with secondary | test |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
keys = FIVE + sorted({r["issue"] for r in rows if r["issue"] and r["issue"] not in FIVE}) + ["(strength)"]
tot = C()
for k in keys:
    sub = [r for r in rows if (r["issue"] or "(strength)") == k]
    sev = C(r["severity"] for r in sub); reg = C(r["register"] for r in sub)
    sec = sum(1 for r in sub if ";" in r["issues"]); te = sum(1 for r in sub if split[r["id"]] == "test")
    cells = [len(sub)] + [sev.get(str(s), 0) for s in range(1, 7)] + [reg.get(x, 0) for x in REGS] + [sec, te]
    for i, c in enumerate(cells): tot[i] += c
    print(f"| {k} | " + " | ".join(str(c) for c in cells) + " |")
print("| **total** | " + " | ".join(str(tot[i]) for i in range(len(tot))) + " |")
five = sum(1 for r in rows if r["issue"] in FIVE); wider = sum(1 for r in rows if r["issue"] and r["issue"] not in FIVE)
print(f"\nFive inquiry issues: {five}; wider issues: {wider}; strengths: {sum(r['polarity']=='strength' for r in rows)}\n")

print("| register | rows |\n|---|---|")
for k, v in C(r["register"] for r in rows).most_common(): print(f"| {k} | {v} |")
print("\n| severity (concerns) | rows |\n|---|---|")
for k, v in sorted(C(r["severity"] for r in rows if r["severity"]).items()): print(f"| {k} | {v} |")
L = [len(r["text"].split()) for r in rows]
b = C(min(l // 5 * 5, 35) for l in L)
print("\n| words | rows |\n|---|---|")
for k in sorted(b): print(f"| {max(k, 3)}-{k+4 if k<35 else 40} | {b[k]} |")

print("\n| hard-case family (note tag) | rows | concerns | strengths | test |\n|---|---|---|---|---|")
fam = collections.defaultdict(list)
for r in rows:
    for m in set(re.findall(r"hard:(\w+)", r["note"])): fam[m].append(r)
for k in sorted(fam):
    s = fam[k]
    print(f"| {k} | {len(s)} | {sum(r['polarity']=='concern' for r in s)} | {sum(r['polarity']=='strength' for r in s)} | {sum(split[r['id']]=='test' for r in s)} |")
