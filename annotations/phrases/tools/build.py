"""Assemble phrases.csv and split.csv from the hand-written source files in ../src.

Source line format:  sev|reg|secondary|text|note   (strengths: '-' for sev)
The issue is the file name (strengths.txt = strength rows).
"""
import csv, random, re, sys, collections, itertools, difflib
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SRC = HERE / "src"
ISSUES = ["domestic_violence","self_harm","housing","bullying","physical_abuse","neglect",
          "sexual_abuse","emotional_abuse","exploitation","missing","substance_misuse",
          "parental_mental_health","child_mental_health","attendance","health_development",
          "behaviour_offending","parenting_capacity","family_finances","discrimination",
          "harmful_practices","radicalisation","other"]
REG = {"p":"professional","f":"family","i":"first_person","s":"shorthand","l":"list"}
SEED = 20240613

def norm(t):
    return re.sub(r"[^a-z0-9 ]+", "", t.lower()).split()

rows, errors = [], []
for f in sorted(SRC.glob("*.txt")):
    issue = f.stem
    strength = issue == "strengths"
    if not strength and issue not in ISSUES:
        errors.append(f"bad file {f.name}"); continue
    for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) < 4:
            errors.append(f"{f.name}:{ln} too few fields"); continue
        sev, reg, sec, text = parts[:4]
        note = "|".join(parts[4:]).strip()
        text = text.strip()
        if reg not in REG: errors.append(f"{f.name}:{ln} register {reg}")
        if strength:
            if sev != "-" or sec: errors.append(f"{f.name}:{ln} strength with sev/sec")
            rows.append(dict(text=text, polarity="strength", issue="", issues="", severity="",
                             register=REG.get(reg, reg), note=note, src=f"{f.name}:{ln}"))
        else:
            if sev not in "123456" or len(sev) != 1: errors.append(f"{f.name}:{ln} sev {sev}")
            secs = [s for s in sec.split(";") if s]
            for s in secs:
                if s not in ISSUES or s == issue: errors.append(f"{f.name}:{ln} secondary {s}")
            rows.append(dict(text=text, polarity="concern", issue=issue,
                             issues=";".join([issue] + secs), severity=sev,
                             register=REG.get(reg, reg), note=note, src=f"{f.name}:{ln}"))

# exact / near duplicates
seen = {}
for r in rows:
    k = " ".join(norm(r["text"]))
    if k in seen: errors.append(f"duplicate: {r['src']} = {seen[k]} :: {r['text']}")
    seen[k] = r["src"]
toks = [set(norm(r["text"])) for r in rows]
near = []
for i, j in itertools.combinations(range(len(rows)), 2):
    a, b = toks[i], toks[j]
    if not a or not b: continue
    jac = len(a & b) / len(a | b)
    if jac >= 0.75 and rows[i]["polarity"] == rows[j]["polarity"]:
        near.append((round(jac, 2), rows[i]["src"], rows[i]["text"], rows[j]["src"], rows[j]["text"]))
for r in rows:
    n = len(r["text"].split())
    if n < 3 or n > 40: errors.append(f"length {n}: {r['src']} :: {r['text']}")

if near:
    print("NEAR DUPLICATES (jaccard >= 0.75):")
    for x in sorted(near, reverse=True): print("  ", x)
if errors:
    print("ERRORS:"); [print("  ", e) for e in errors]
    if "--force" not in sys.argv: sys.exit(1)

# ids: shuffled with a fixed seed so that id order says nothing about issue
rng = random.Random(SEED)
order = list(range(len(rows))); rng.shuffle(order)
for n, idx in enumerate(order, 1):
    rows[idx]["id"] = f"ph{n:04d}"
rows_out = sorted(rows, key=lambda r: r["id"])
cols = ["id","text","polarity","issue","issues","severity","register","note"]
with open(HERE / "phrases.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore"); w.writeheader(); w.writerows(rows_out)

# stratified split: stratum = issue for concerns, 'strength' for strengths; 25% test per stratum.
# Inside each stratum the ids are ordered by severity (strengths: by register), shuffled within each
# cell, and every 4th position from a random offset goes to test (systematic sample), so each
# severity contributes about a quarter of its rows.
rng = random.Random(SEED + 1)
strata = collections.defaultdict(list)
for r in rows_out:
    strata[r["issue"] or "strength"].append(r)
split = {}
for key in sorted(strata):
    cells = collections.defaultdict(list)
    for r in strata[key]:
        cells[r["severity"] or r["register"]].append(r["id"])
    ordered = []
    for c in sorted(cells):
        ids = sorted(cells[c]); rng.shuffle(ids); ordered += ids
    off = rng.randrange(4)
    for i, x in enumerate(ordered):
        split[x] = "test" if (i + off) % 4 == 0 else "train"
with open(HERE / "split.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["id","split"])
    for r in rows_out: w.writerow([r["id"], split[r["id"]]])
print("rows", len(rows_out), "test", sum(v == "test" for v in split.values()))
