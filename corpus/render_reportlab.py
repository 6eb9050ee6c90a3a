"""Render a spec to PDF with ReportLab (platypus), the way many partnerships' charts are made.

DejaVu Sans is embedded so every bullet glyph is real text with a ToUnicode map; invariant
mode fixes the dates and document id so a rebuild gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from corpus import content
from corpus.spec import Indicator, Level, Spec

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.HexColor("#1F2A44")
ACCENT = colors.HexColor("#2E5C8A")
MARGIN = 2 * cm


def register_fonts() -> None:
    """Register DejaVu Sans (regular + bold) once; it covers every bullet glyph in the plan."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles(small: bool) -> dict[str, ParagraphStyle]:
    """Paragraph styles; `small` shrinks text for narrow matrix cells."""
    size = 7.6 if small else 9.5
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=size, leading=size * 1.3, textColor=INK, spaceAfter=4, hyphenationLang="en_GB"
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=30, leading=36, textColor=ACCENT, spaceAfter=18
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=30),
        "big": ParagraphStyle("big", parent=base, fontSize=12, leading=16, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            keepWithNext=1,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, keepWithNext=1, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=BOLD,
            keepWithNext=1,
            fontSize=size + 0.5,
            leading=(size + 0.5) * 1.3,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=14, bulletIndent=2, bulletFontName=FONT, spaceAfter=2
        ),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, leading=size * 1.25),
        "strength": ParagraphStyle("strength", parent=base, fontName=FONT, textColor=ACCENT),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _Bullet(Paragraph):
    """A bullet that never breaks across a page or column, so each indicator has one page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []


def _bullets(texts: list[str], spec: Spec, style: ParagraphStyle, start: int = 0) -> list[Paragraph]:
    """One Paragraph per bullet, with the spec's glyph or number as the bullet text."""
    return [
        _Bullet(escape(t), style, bulletText=content.marker(spec.bullet, n)) for n, t in enumerate(texts, start=start)
    ]


def _texts(items: list[Indicator]) -> list[str]:
    return [i.text for i in items]


class _Heading(Paragraph):
    """A heading Paragraph that also becomes a contents entry (depth 0 or 1)."""

    def __init__(self, text: str, style: ParagraphStyle, depth: int) -> None:
        super().__init__(escape(text), style)
        self.toc = (depth, text)


def _band(level: Level, style: ParagraphStyle, width: float, toc: bool = True) -> list[Flowable]:
    """A level heading; a full-width coloured strip when the level has a colour. The strip
    keeps with what follows so a band never ends a page on its own."""
    if not level.colour:
        return [_Heading(level.heading, style, 1) if toc else _p(level.heading, style)]
    ink = colors.HexColor(content.text_colour(level.colour))
    para = _p(level.heading, ParagraphStyle("band", parent=style, textColor=ink, spaceBefore=0, spaceAfter=0))
    table = Table([[para]], colWidths=[width], spaceBefore=8, spaceAfter=6)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(level.colour)),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    table.keepWithNext = 1
    if toc:
        table.toc = (1, level.heading)
    return [table]


class _Doc(BaseDocTemplate):
    """Title page, then body pages with running header/footer; feeds the contents page."""

    def afterFlowable(self, flowable: Flowable) -> None:
        toc = getattr(flowable, "toc", None)
        if toc:
            self.notify("TOCEntry", (toc[0], escape(toc[1]), self.page))


def _canvas_maker(spec: Spec) -> type[Canvas]:
    """A canvas that defers page furniture until the page count ("Page N of M") is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    _furniture(self, spec, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _furniture(c: Canvas, spec: Spec, page: int, total: int) -> None:
    """Running header (partnership, title) and footer (title/version, page N of M)."""
    w, h = c._pagesize
    c.saveState()
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 8)
    c.drawString(MARGIN, h - 1.2 * cm, spec.partnership)
    c.setFont(FONT, 8)
    c.drawRightString(w - MARGIN, h - 1.2 * cm, spec.title)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.6)
    c.line(MARGIN, h - 1.35 * cm, w - MARGIN, h - 1.35 * cm)
    c.line(MARGIN, 1.35 * cm, w - MARGIN, 1.35 * cm)
    c.setFillColor(INK)
    c.drawString(MARGIN, 1.0 * cm, content.footer_left(spec))
    c.drawRightString(w - MARGIN, 1.0 * cm, f"Page {page} of {total}")
    c.restoreState()


def _templates(spec: Spec, pagesize: tuple[float, float]) -> list[PageTemplate]:
    w, h = pagesize
    fw, fh = w - 2 * MARGIN, h - 2 * MARGIN - 0.4 * cm
    one = Frame(MARGIN, MARGIN, fw, fh, id="one")
    gap = 0.8 * cm
    col = (fw - gap) / 2
    two = [Frame(MARGIN, MARGIN, col, fh, id="left"), Frame(MARGIN + col + gap, MARGIN, col, fh, id="right")]
    return [
        PageTemplate("title", [Frame(MARGIN, MARGIN, fw, fh, id="t")]),
        PageTemplate("body", [one]),
        PageTemplate("twocol", two),
    ]


def _front(spec: Spec, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Title page and contents page."""
    out: list[Flowable] = [
        Spacer(1, 4 * cm),
        _p(spec.partnership, st["big"]),
        Spacer(1, 12),
        _p(spec.title, st["title"]),
        _p(spec.subtitle, st["subtitle"]),
        _p(spec.version_line, st["big"]),
    ]
    if len(spec.authorities) > 1:
        out.append(_p("Agreed by " + ", ".join(spec.authorities[:-1]) + " and " + spec.authorities[-1], st["body"]))
    out += [NextPageTemplate("body"), PageBreak(), _p("Contents", st["h1"])]
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=st["body"], fontName=BOLD, leftIndent=0, spaceBefore=4),
        ParagraphStyle("toc1", parent=st["body"], leftIndent=16),
    ]
    toc.dotsMinLevel = 0
    return out + [toc, PageBreak()]


def _levels_section(spec: Spec, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [_Heading(content.INTRO_TITLE, st["h1"], 0)]
    out += [_p(par, st["body"]) for par in spec.intro]
    out += [_Heading(content.LEVELS_TITLE, st["h1"], 0), _p(spec.levels_intro, st["body"])]
    for lv in spec.levels:
        out += [_p(lv.heading, st["h2"]), _p(lv.description, st["body"])]
    return out


def _strengths(spec: Spec, lv: Level, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    items = spec.strengths.get(lv.label)
    if not items:
        return []
    return [_p(content.STRENGTHS_LEAD, st["h3"]), *_bullets(items, spec, st["bullet"])]


def _level_first(spec: Spec, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for lv in spec.levels:
        out += _band(lv, st["h2"], width)
        out += _strengths(spec, lv, st)
        for domain, items in content.domain_groups(spec, lv):
            if domain:
                out.append(_p(domain, st["h3"]))
            out += _bullets(_texts(items), spec, st["bullet"])
    return out


def _domain_first(spec: Spec, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    if not spec.domains:
        return _level_first(spec, st, width)
    out: list[Flowable] = []
    for n, domain in enumerate(spec.domains):
        if n:
            out.append(PageBreak())
        out.append(_Heading(domain, st["h1"], 1))
        for lv in spec.levels:
            items = spec.indicators_at(lv.label, domain)
            strengths = _strengths(spec, lv, st) if n == 0 else []
            if items or strengths:
                out += [*_band(lv, st["h2"], width, toc=False), *strengths]
                out += _bullets(_texts(items), spec, st["bullet"])
    return out


def _table_per_level(spec: Spec, st: dict[str, ParagraphStyle], width: float, max_height: float) -> list[Flowable]:
    """A table per level; a level too long for one page continues in a further table, since
    ReportLab cannot break a table inside its merged Action/Services cells."""
    out: list[Flowable] = []
    for lv in spec.levels:
        out += [*_band(lv, st["h2"], width), *_strengths(spec, lv, st)]
        group: list[list[Indicator]] = []
        for chunk in content.chunks(content.level_items(spec, lv)):
            trial = _level_table(spec, lv, [*group, chunk], st, width)
            if group and trial.wrap(width, max_height)[1] > max_height:
                out += [_level_table(spec, lv, group, st, width), Spacer(1, 10)]
                group = []
            group.append(chunk)
        out += [_level_table(spec, lv, group, st, width), Spacer(1, 10)]
    return out


def _level_table(
    spec: Spec, lv: Level, rows: list[list[Indicator]], st: dict[str, ParagraphStyle], width: float
) -> Table:
    """Example indicators | Action | Services, with Action and Services merged down the rows."""
    ink = colors.HexColor(content.text_colour(lv.colour or "#D9E2F3"))
    head_style = ParagraphStyle("tplhead", parent=st["cellhead"], textColor=ink)
    head = [_p(h, head_style) for h in content.TPL_HEADERS]
    data: list[list[Any]] = [head]
    start = 0
    for n, chunk in enumerate(rows):
        action = _p(lv.action or "", st["body"]) if n == 0 else ""
        services = _p(lv.services or "", st["body"]) if n == 0 else ""
        data.append([_bullets(_texts(chunk), spec, st["bullet"], start), action, services])
        start += len(chunk)
    colour = colors.HexColor(lv.colour or "#D9E2F3")
    table = Table(data, colWidths=[width * 0.56, width * 0.22, width * 0.22], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7F7F7F")),
                ("BACKGROUND", (0, 0), (-1, 0), colour),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (1, 1), (1, -1)),
                ("SPAN", (2, 1), (2, -1)),
            ]
        )
    )
    return table


def _matrix(spec: Spec, st: dict[str, ParagraphStyle], width: float, max_height: float) -> list[Flowable]:
    """One table; a row taller than a page is split into '(continued)' rows."""
    first = 3.4 * cm
    col = (width - first) / len(spec.levels)
    head: list[Any] = [""]
    for lv in spec.levels:
        ink = colors.HexColor(content.text_colour(lv.colour)) if lv.colour else INK
        head.append(_p(lv.heading, ParagraphStyle("mh", parent=st["cellhead"], textColor=ink)))
    data: list[list[Any]] = [head]
    for row in content.matrix_rows(spec):
        cells = [_bullets(_texts(row.cells[lv.label]), spec, st["bullet"]) for lv in spec.levels]
        for k, part in enumerate(_split_cells(cells, col - 8, max_height)):
            label = row.label if k == 0 else content.continued(row.label)
            data.append([_p(label, st["cellhead"]), *part])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#EEF2F7")),
    ]
    for n, lv in enumerate(spec.levels, start=1):
        if lv.colour:
            style.append(("BACKGROUND", (n, 0), (n, 0), colors.HexColor(lv.colour)))
    table = Table(data, colWidths=[first] + [col] * len(spec.levels), repeatRows=1)
    table.setStyle(TableStyle(style))
    return [table]


def _split_cells(cells: list[list[Paragraph]], width: float, max_height: float) -> list[list[list[Paragraph]]]:
    """Split a row's cells into pieces no taller than max_height (continuation rows)."""
    pieces: list[list[list[Paragraph]]] = []
    queues = [list(c) for c in cells]
    while any(queues) or not pieces:
        part = []
        for q in queues:
            taken: list[Paragraph] = []
            used = 8.0
            while q:
                h = q[0].wrap(width, max_height)[1] + 3
                if used + h > max_height and taken:
                    break
                taken.append(q.pop(0))
                used += h
            part.append(taken)
        pieces.append(part)
    return pieces


def _closing(spec: Spec, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not spec.closing:
        return []
    return [_Heading(content.CLOSING_TITLE, st["h1"], 0), *[_p(par, st["body"]) for par in spec.closing]]


def _story(spec: Spec, pagesize: tuple[float, float]) -> list[Flowable]:
    """The whole document as flowables, in reading order."""
    w, h = pagesize
    width = w - 2 * MARGIN
    st = _styles(small=False)
    story = _front(spec, st) + _levels_section(spec, st)
    if spec.layout == "two_column":
        story.append(NextPageTemplate("twocol"))
        width = (width - 0.8 * cm) / 2
    story.append(PageBreak())
    story.append(_Heading(content.indicators_title(spec), st["h1"], 0))
    if spec.layout == "matrix":
        story += _matrix(spec, _styles(small=True), width, h - 2 * MARGIN - 3.5 * cm)
    elif spec.layout == "table_per_level":
        story += _table_per_level(spec, st, width, h - 2 * MARGIN - 2 * cm)
    elif spec.layout == "domain_first":
        story += _domain_first(spec, st, width)
    else:
        story += _level_first(spec, st, width)
    return story + _closing(spec, st)


def render(spec: Spec, out: Path) -> None:
    """Write spec as a ReportLab PDF at `out`."""
    register_fonts()
    rl_config.invariant = 1
    pagesize = landscape(A4) if spec.orientation == "landscape" else A4
    doc = _Doc(
        str(out),
        pagesize=pagesize,
        title=spec.title,
        author=spec.partnership,
        subject=spec.subtitle,
        creator=spec.partnership,
        invariant=1,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.addPageTemplates(_templates(spec, pagesize))
    doc.multiBuild(_story(spec, pagesize), canvasmaker=_canvas_maker(spec))
