"""Write the broken-input fixtures under tests/fixtures/: ``python -m corpus.fixtures``.

Real users feed the tool scans, locked PDFs, half-downloaded files and files with the wrong
extension; these small files let the extraction code be tested on each failure it must name.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from corpus.render_reportlab import BOLD, FONT, register_fonts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SOURCE = ROOT / "corpus" / "pdf" / "ashbourne-vale.pdf"  # any corpus PDF with text
SCAN_DPI = 100
USER_PASSWORD = "letmein"
OWNER_PASSWORD = "owner-secret"
SAMPLE_LINES = (
    "Level 2: Early Help",
    "Parents' arguments sometimes frighten the child",
    "Overcrowded housing affecting the child's sleep",
    "Experiencing bullying at school",
)


def scanned_image_only(source: Path, out: Path, pages: tuple[int, ...] = (3, 4)) -> None:
    """Two pages of a corpus PDF as greyscale JPEG images, with no text layer."""
    rl_config.invariant = 1
    pdf = pdfium.PdfDocument(str(source))
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle("Scanned threshold document")
    for number in pages:
        page = pdf[number - 1]
        width, height = page.get_size()
        image = page.render(scale=SCAN_DPI / 72).to_pil().convert("L")
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=60)
        buf.seek(0)
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(buf), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    pdf.close()


def _text_pdf(out: Path, encrypt: StandardEncryption | None) -> None:
    """A one-page threshold extract with real text, optionally encrypted."""
    register_fonts()
    rl_config.invariant = 1
    canvas = Canvas(str(out), pagesize=A4, invariant=1, encrypt=encrypt)
    canvas.setTitle("Threshold extract")
    canvas.setFont(BOLD, 16)
    canvas.drawString(72, 770, "Continuum of Need (extract)")
    canvas.setFont(FONT, 11)
    for n, line in enumerate(SAMPLE_LINES):
        canvas.drawString(72, 730 - 20 * n, ("• " if n else "") + line)
    canvas.showPage()
    canvas.save()


def user_password(out: Path) -> None:
    _text_pdf(out, StandardEncryption(USER_PASSWORD, OWNER_PASSWORD, strength=128))


def owner_password_only(out: Path) -> None:
    """Empty user password: opens without a password, but printing/copying are restricted."""
    _text_pdf(out, StandardEncryption("", OWNER_PASSWORD, canPrint=0, canCopy=0, canModify=0, strength=128))


def truncated(source: Path, out: Path, fraction: float = 0.4) -> None:
    data = source.read_bytes()
    out.write_bytes(data[: int(len(data) * fraction)])


def png_renamed(source: Path, out: Path) -> None:
    """A real PNG (page 1 of a corpus PDF, small) saved with a .pdf name."""
    pdf = pdfium.PdfDocument(str(source))
    image = pdf[0].render(scale=40 / 72).to_pil().convert("L")
    image.save(out, format="PNG", optimize=True)
    pdf.close()


#: Hostile text a PDF can print: each indicator must stay inert text in CSV, XLSX, HTML and the app.
INJECTION_AUTHORITY = '=HYPERLINK("http://evil.example/","Westfold")'
INJECTION_LEVELS = (
    (
        "Level 1 \u2014 Universal",
        "Children whose needs are met by their family and by universal services such as schools and GPs.",
        ("Child is healthy and attends school regularly",),
    ),
    (
        "Level 2 \u2014 Early Help",
        "Children with additional needs who need targeted early help services, led by a lead professional.",
        (
            "<script>alert('x')</script> Parents' arguments sometimes frighten the child",
            "<img src=x onerror=alert(1)> Overcrowded housing affecting the child's sleep",
            '=HYPERLINK("http://evil.example/","click") Experiencing bullying at school',
            "@SUM(1+1) Child is often missing from school",
        ),
    ),
    (
        "Level 3 \u2014 Child in Need",
        "A referral should be made to children's social care for an assessment under section 17 of the "
        "Children Act 1989.",
        ("[click](javascript:alert(1)) **Child** is self-harming :red[often]",),
    ),
    (
        "Level 4 \u2014 Child Protection",
        "Children who are suffering, or likely to suffer, significant harm (section 47 enquiry).",
        (
            "+cmd|' /C calc'!A0 Domestic violence in the home causing injury to the child",
            "-2+3 Unexplained physical injury to a baby",
        ),
    ),
)


def injection(out: Path) -> None:
    """A one-page threshold extract whose authority and indicators carry script, markup and formulas."""
    register_fonts()
    rl_config.invariant = 1
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle("Injection test document")
    canvas.setFont(BOLD, 12)
    canvas.drawString(50, 800, f"{INJECTION_AUTHORITY} Safeguarding Children Partnership")
    canvas.setFont(BOLD, 16)
    canvas.drawString(50, 772, "Continuum of Need <script>alert('title')</script>")
    y = 740
    for heading, definition, items in INJECTION_LEVELS:
        canvas.setFont(BOLD, 13)
        canvas.drawString(50, y, heading)
        y -= 18
        canvas.setFont(FONT, 9.5)
        canvas.drawString(50, y, definition)
        y -= 18
        for item in items:
            canvas.drawString(60, y, f"\u2022 {item}")
            y -= 15
        y -= 14
    canvas.showPage()
    canvas.save()


def damaged_page(source: Path, out: Path, page: int = 7) -> None:
    """A corpus PDF with one page object broken (``/Type /Page`` -> ``/Type /Xage``, same length,
    so the cross-reference table stays right): pdfium opens the file but cannot load that page."""
    data = source.read_bytes()
    marks = [m for m in re.finditer(rb"/Type /Page\n", data)]
    mark = marks[page - 1]
    out.write_bytes(data[: mark.start()] + b"/Type /Xage\n" + data[mark.end() :])


def nan_coordinates(out: Path) -> None:
    """Mutant 3559 of the 10,000-mutant fuzz run (seed 12): a duplicated chunk gives some
    characters NaN coordinates, which once ended in a traceback in the layout stage."""
    from bench.fuzz import CORPUS, mutants

    for index, (_, data) in enumerate(mutants(sorted(CORPUS.glob("*.pdf")), 3560, 12)):
        if index == 3559:
            out.write_bytes(data)


def huge_page(out: Path) -> None:
    """Mutant 5645 of the 10,000-mutant fuzz run (seed 12): a changed number makes page 5 two
    billion points wide, which once made the column search run for hours."""
    from bench.fuzz import CORPUS, mutants

    for index, (_, data) in enumerate(mutants(sorted(CORPUS.glob("*.pdf")), 5646, 12)):
        if index == 5645:
            out.write_bytes(data)


def many_pages(out: Path, pages: int = 5000) -> None:
    """A PDF of ``pages`` pages, each with one line of text (the page-count limit's test)."""
    rl_config.invariant = 1
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 770, f"Page {number} of a very long document")
        canvas.showPage()
    canvas.save()


def long_page(out: Path, chars: int = 200_000) -> None:
    """Three pages: the middle one holds ``chars`` characters (the page-size limit's test)."""
    rl_config.invariant = 1
    line = "Overcrowded housing affecting the child's sleep and schooling, repeated for length. "[:80]
    rows = chars // len(line) + 1
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    for lines in (SAMPLE_LINES, None, SAMPLE_LINES):
        if lines is None:
            canvas.setPageSize((600, rows * 3 + 40))
            canvas.setFont("Helvetica", 2.5)
            for row in range(rows):
                canvas.drawString(10, 20 + row * 3, line)
        else:
            canvas.setPageSize(A4)
            canvas.setFont("Helvetica", 11)
            for n, text in enumerate(lines):
                canvas.drawString(72, 730 - 20 * n, text)
        canvas.showPage()
    canvas.save()


#: The broken inputs the reliability tests need, one per kind of failure (and the hostile one).
FIXTURE_NAMES = (
    "scanned-image-only.pdf",
    "user-password.pdf",
    "owner-password-only.pdf",
    "truncated.pdf",
    "png-renamed.pdf",
    "empty.pdf",
    "injection.pdf",
    "damaged-page.pdf",
    "nan-coordinates.pdf",
    "huge-page.pdf",
)


def write_all(source: Path = SOURCE, folder: Path = FIXTURES) -> list[Path]:
    """Write every fixture; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in FIXTURE_NAMES}
    scanned_image_only(source, paths["scanned-image-only.pdf"])
    user_password(paths["user-password.pdf"])
    owner_password_only(paths["owner-password-only.pdf"])
    truncated(source, paths["truncated.pdf"])
    png_renamed(source, paths["png-renamed.pdf"])
    paths["empty.pdf"].write_bytes(b"")
    injection(paths["injection.pdf"])
    damaged_page(ROOT / "corpus" / "pdf" / "ashbourne-vale.pdf", paths["damaged-page.pdf"])
    nan_coordinates(paths["nan-coordinates.pdf"])
    huge_page(paths["huge-page.pdf"])
    return list(paths.values())


def main() -> None:
    for path in write_all():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
