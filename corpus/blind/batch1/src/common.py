"""Shared helpers for batch1 generators: gold items and sidecar output."""
import json, os, subprocess, tempfile

BATCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDF = os.path.join(BATCH, "pdf")
SRC = os.path.join(BATCH, "src")


class Gold:
    """Collects levels and items in document order for one document."""

    def __init__(self, slug, **meta):
        self.slug = slug
        self.meta = meta
        self.levels = []   # dicts: label, name, maps_to, evidence
        self.items = []    # dicts: kind, local_level, domain, text, issue, issues, severity

    def level(self, label, name, maps_to, evidence):
        self.levels.append(dict(label=label, name=name, maps_to=maps_to, evidence=evidence))

    def ind(self, level, domain, text, issue, sev, *more):
        self.items.append(dict(kind="ind", local_level=level, domain=domain, text=text,
                               issue=issue, issues=";".join((issue,) + more), severity=sev))
        return text

    def st(self, level, domain, text):
        self.items.append(dict(kind="str", local_level=level, domain=domain, text=text))
        return text

    def save(self):
        with open(os.path.join(SRC, self.slug + ".gold.json"), "w") as f:
            json.dump(dict(slug=self.slug, meta=self.meta, levels=self.levels, items=self.items),
                      f, indent=1, ensure_ascii=False)


def chromium_pdf(html_path, out_pdf):
    ud = tempfile.mkdtemp()
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + ud, "--print-to-pdf=" + out_pdf,
                    "--no-pdf-header-footer", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
