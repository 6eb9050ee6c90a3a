"""Write the broken-input fixtures under tests/fixtures/: ``python -m corpus.fixtures``.

Real users feed the tool scans, locked PDFs, half-downloaded files and files with the wrong
extension; these small files let the extraction code be tested on each failure it must name.
"""

from __future__ import annotations

import io
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


#: The broken inputs the reliability tests need, one per kind of failure.
FIXTURE_NAMES = (
    "scanned-image-only.pdf",
    "user-password.pdf",
    "owner-password-only.pdf",
    "truncated.pdf",
    "png-renamed.pdf",
    "empty.pdf",
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
    return list(paths.values())


def main() -> None:
    for path in write_all():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
