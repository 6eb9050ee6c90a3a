"""Shared helpers for batch2 generators: items, gold collection, rendering helpers.

Each generator builds its document and, while emitting indicators/strengths in
document order, records them in a Gold object which is written to
src/<slug>.gold.json.  build_annotations.py then finds pages and writes the CSVs.
"""
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
PDF_DIR = os.path.join(BATCH, "pdf")

ORDER = "ABCD"
SEV_LETTER = {1: "A", 2: "A", 3: "B", 4: "C", 5: "D", 6: "D"}

ISSUES = {
    "domestic_violence", "self_harm", "housing", "bullying", "physical_abuse",
    "neglect", "sexual_abuse", "emotional_abuse", "exploitation", "missing",
    "substance_misuse", "parental_mental_health", "child_mental_health",
    "attendance", "health_development", "behaviour_offending",
    "parenting_capacity", "family_finances", "discrimination",
    "harmful_practices", "radicalisation", "other",
}


def letter_for(maps_to, sev):
    if not maps_to:
        return ""
    letters = maps_to.split("+")
    if len(letters) == 1:
        return letters[0]
    s = ORDER.index(SEV_LETTER[sev])
    return min(letters, key=lambda l: (abs(ORDER.index(l) - s), ORDER.index(l)))


class I:
    """An indicator: text as printed, issues 'primary;secondary', severity 1-6."""
    kind = "indicator"

    def __init__(self, text, issues, sev):
        self.text = text
        self.issues = issues
        self.sev = sev
        for k in issues.split(";"):
            assert k in ISSUES, (k, text)
        assert 1 <= sev <= 6


class S:
    """A strength / protective factor / no-additional-needs descriptor."""
    kind = "strength"

    def __init__(self, text):
        self.text = text


class Gold:
    def __init__(self, slug, meta, levels, anchor=None, anchor_nth=1):
        """levels: list of dicts label,name,maps_to,evidence (lowest first)."""
        self.slug = slug
        self.meta = meta
        self.levels = levels
        self.maps = {l["label"]: l["maps_to"] for l in levels}
        self.items = []
        self.anchor = anchor
        self.anchor_nth = anchor_nth

    def add(self, item, local_level, domain=""):
        if local_level:
            assert local_level in self.maps, local_level
        rec = {"kind": item.kind, "text": item.text, "local_level": local_level,
               "domain": domain}
        if item.kind == "indicator":
            rec["issues"] = item.issues
            rec["issue"] = item.issues.split(";")[0]
            rec["severity"] = item.sev
            rec["level"] = letter_for(self.maps.get(local_level, ""), item.sev) if local_level else ""
        self.items.append(rec)
        return item.text

    def write(self):
        path = os.path.join(HERE, self.slug + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"slug": self.slug, "meta": self.meta, "levels": self.levels,
                       "anchor": self.anchor, "anchor_nth": self.anchor_nth,
                       "items": self.items}, f, indent=1, ensure_ascii=False)
        n_i = sum(1 for r in self.items if r["kind"] == "indicator")
        n_s = len(self.items) - n_i
        print(f"{self.slug}: {n_i} indicators, {n_s} strengths")


def chromium_pdf(html_path, pdf_path):
    ud = tempfile.mkdtemp(prefix="chr")
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={ud}", f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer",
           "file://" + os.path.abspath(html_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", ud])


def soffice_pdf(docx_path, pdf_path):
    outdir = tempfile.mkdtemp(prefix="lo")
    prof = tempfile.mkdtemp(prefix="loprof")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    os.replace(os.path.join(outdir, base), pdf_path)
    subprocess.run(["rm", "-rf", outdir, prof])


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
