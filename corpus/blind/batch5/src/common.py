"""batch5 shared helpers: item mini-language, page location, annotation JSON.

Item lines (one per line):
    @Label              current local level (label as in levels.csv); '@' alone clears it
    #Domain             current domain heading; '#' alone clears it
    s | text            a strength
    N issue[;sec...] | text   an indicator of severity N
    // comment
"""
import json, os, re, subprocess

BATCH = "/work/blind/batch5"
SRC = os.path.join(BATCH, "src")
PDF = os.path.join(BATCH, "pdf")
PY = "/work/blind/venv/bin/python"

ISSUES = set("""domestic_violence self_harm housing bullying physical_abuse neglect sexual_abuse
emotional_abuse exploitation missing substance_misuse parental_mental_health child_mental_health
attendance health_development behaviour_offending parenting_capacity family_finances
discrimination harmful_practices radicalisation other""".split())


def parse(data):
    items, level, domain = [], "", ""
    for raw in data.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("@"):
            level = line[1:].strip(); continue
        if line.startswith("#"):
            domain = line[1:].strip(); continue
        head, text = line.split("|", 1)
        head, text = head.strip(), text.strip()
        if head == "s":
            items.append(dict(kind="S", level=level, domain=domain, text=text))
        else:
            sev, iss = head.split(None, 1)
            issues = [x.strip() for x in iss.split(";")]
            for x in issues:
                assert x in ISSUES, (x, line)
            assert 1 <= int(sev) <= 6, line
            items.append(dict(kind="I", level=level, domain=domain, text=text,
                              issue=issues[0], issues=";".join(issues), severity=int(sev)))
    return items


def groups(items, key):
    """Ordered list of (value, [items]) grouping consecutive items by key."""
    out = []
    for it in items:
        if out and out[-1][0] == it[key]:
            out[-1][1].append(it)
        else:
            out.append((it[key], [it]))
    return out


def letter_for(maps_to, sev):
    if not maps_to:
        return ""
    band = maps_to.split("+")
    if len(band) == 1:
        return band[0]
    target = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}[sev]
    return min(band, key=lambda b: (abs(ord(b) - ord(target)), b))


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def page_texts(pdf, layout=False):
    out = subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def locate(items, pdf):
    pages = [norm(p) for p in page_texts(pdf)]
    cur, off, missing = 0, 0, []
    for it in items:
        t = norm(it["text"])
        found = None
        p = pages[cur].find(t, off)
        if p >= 0:
            found = (cur, p)
        else:
            for k in range(cur + 1, len(pages)):
                p = pages[k].find(t)
                if p >= 0:
                    found = (k, p); break
            if found is None:
                p = pages[cur].find(t)
                if p >= 0:
                    found = (cur, None)
        if found is None:
            missing.append(it["text"]); it["page"] = None; continue
        it["page"] = found[0] + 1
        if found[1] is not None:
            cur, off = found[0], found[1] + len(t)
    return len(pages), missing


def finish(slug, meta, levels, items):
    pdf = os.path.join(PDF, slug + ".pdf")
    labels = {l["label"]: l for l in levels}
    for it in items:
        assert it["level"] == "" or it["level"] in labels, it
        it["local_level"] = it["level"]
        if it["kind"] == "I":
            it["letter"] = letter_for(labels[it["level"]]["maps_to"], it["severity"]) if it["level"] else ""
    texts = [norm(i["text"]) for i in items]
    dup = {t for t in texts if texts.count(t) > 1}
    assert not dup, dup
    npages, missing = locate(items, pdf)
    for m in missing:
        print("NOT FOUND:", m)
    full = norm("".join(page_texts(pdf)))
    for l in levels:
        if l["evidence"] and norm(l["evidence"]) not in full:
            print("EVIDENCE NOT FOUND:", l["evidence"])
    json.dump(dict(slug=slug, meta=meta, levels=levels, items=items, pages=npages),
              open(os.path.join(SRC, slug + ".ann.json"), "w"), indent=1, ensure_ascii=False)
    ni = sum(1 for i in items if i["kind"] == "I")
    print("%s: %d pages, %d indicators, %d strengths, %d KB, %d missing" % (
        slug, npages, ni, len(items) - ni, os.path.getsize(pdf) // 1024, len(missing)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lv(label, name, maps_to, evidence):
    return dict(label=label, name=name, maps_to=maps_to, evidence=evidence)


def chromium_print(html_path, pdf_path):
    import tempfile, shutil
    prof = tempfile.mkdtemp()
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + prof, "--print-to-pdf=" + pdf_path, "--no-pdf-header-footer",
                    "file://" + os.path.abspath(html_path)], check=True, capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)
