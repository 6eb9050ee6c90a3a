"""Quenby Fen SCP: reportlab. A windscreen of four coloured panes is the only place the levels are
described; indicators sit in colour-band tables (Green / Yellow / Amber / Red headers), one per area."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, PDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

SLUG = "quenby-fen"
g = Gold(SLUG, partnership="Quenby Fen Safeguarding Children Partnership",
         authorities="Quenby Fen District Council;Fenland Marches County Council", producer="reportlab",
         layout_family="cards_windscreen+colour_band_tables", orientation="portrait",
         version="3", version_date="2025-01")

BANDS = [("Green", "#3f8f4a", "#e3f1e4"), ("Yellow", "#e0b100", "#fdf5d6"),
         ("Amber", "#e07b1a", "#fce8d5"), ("Red", "#c0282d", "#f7dcdc")]
PANES = [
    ("Green", "No additional needs",
     "Children and young people who are thriving.",
     "Their needs are met at home and by universal services, with no extra support needed.", ""),
    ("Yellow", "Emerging needs",
     "Children with additional needs that a universal service can meet with some extra help.",
     "The school, GP, health visitor or setting leads, using an early help conversation or assessment.", "A"),
    ("Amber", "Complex needs",
     "Children with several needs, or needs that are not getting better.",
     "Services work together under a Family Support Plan coordinated by the Quenby Fen Early Help Hub.", "B"),
    ("Red", "Acute",
     "Children who need a statutory assessment by a social worker (child in need), or who are at risk of "
     "significant harm (child protection).", "Contact the MASH.", "C+D"),
]
for lab, name, s1, s2, maps in PANES:
    ev = s1 if lab == "Red" else s2
    g.level(lab, name, maps, ev)

base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
cellst = ParagraphStyle("c", fontName="Helvetica", fontSize=7.8, leading=9.4, leftIndent=7, bulletIndent=0,
                        spaceAfter=3)
hdrst = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white,
                       alignment=1)
titst = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=colors.white)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=colors.HexColor("#1d3b5a"),
                    spaceAfter=6, spaceBefore=4)
paneh = ParagraphStyle("ph", fontName="Helvetica-Bold", fontSize=11, leading=13, textColor=colors.white,
                       alignment=1)
panet = ParagraphStyle("pt", fontName="Helvetica", fontSize=8.2, leading=10, textColor=colors.black, alignment=1)


class Windscreen(Flowable):
    """Four panes of a windscreen, widening outwards, with a label and two sentences in each."""

    def __init__(self, width, height=66 * mm):
        super().__init__()
        self.width, self.height = width, height

    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        pw = w / 4
        # frame of the screen
        c.setFillColor(colors.HexColor("#2f2f2f"))
        c.roundRect(-4, -4, w + 8, h + 8, 14, fill=1, stroke=0)
        for i, ((lab, name, s1, s2, _), (_, dark, light)) in enumerate(zip(PANES, BANDS)):
            x0 = i * pw
            top_in, bot_in = (6, 0)
            p = c.beginPath()
            skew = 10
            p.moveTo(x0 + 3 + (skew if i < 2 else 0), h - 3)
            p.lineTo(x0 + pw - 3 - (skew if i >= 2 else 0), h - 3)
            p.lineTo(x0 + pw - 3, 3)
            p.lineTo(x0 + 3, 3)
            p.close()
            c.setFillColor(colors.HexColor(dark))
            c.drawPath(p, fill=1, stroke=0)
            c.setFillColor(colors.HexColor(light))
            c.roundRect(x0 + 9, 9, pw - 18, h - 52, 6, fill=1, stroke=0)
            hp = Paragraph(f"{lab.upper()}<br/><font size='8.5'>{name}</font>", paneh)
            _, hh = hp.wrap(pw - 20, 40)
            hp.drawOn(c, x0 + 10, h - 12 - hh)
            tp = Paragraph(f"{s1}<br/><br/>{s2}", panet)
            _, th = tp.wrap(pw - 26, h - 60)
            tp.drawOn(c, x0 + 13, h - 50 - th)


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self._pageNumber > 1:
                w, h = A4
                self.setFont("Helvetica", 7.5)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(16 * mm, h - 10 * mm, "Quenby Fen Safeguarding Children Partnership  |  "
                                "Right Help, Right Time")
                self.drawString(16 * mm, 9 * mm, "Continuum of Need v3  January 2025")
                self.drawRightString(w - 16 * mm, 9 * mm, f"{self._pageNumber} / {n}")
                for i, (_, dark, _) in enumerate(BANDS):
                    self.setFillColor(colors.HexColor(dark))
                    self.rect(w - 16 * mm - (4 - i) * 9 * mm, h - 11 * mm, 9 * mm, 3 * mm, fill=1, stroke=0)
            super().showPage()
        super().save()


S = "s"
AREAS = [
    ("Health and development", [
        [(S, "Thriving and meeting milestones")],
        [("Not registered with a GP or dentist", "health_development", 2),
         ("Minor speech delay", "health_development", 2)],
        [("Developmental delay needing several services", "health_development", 3),
         ("Pregnant under 18 with little family support", "health_development", 3)],
        [("Serious health needs neglected by parents/carers", "neglect", 5, "health_development"),
         ("Baby with faltering growth; parents not engaging with health", "neglect", 4)],
    ]),
    ("Learning", [
        [(S, "Regular attendance; positive about school")],
        [("Attendance dipping; some lateness", "attendance", 2)],
        [("Persistent absence; at risk of exclusion", "attendance", 3),
         ("NEET aged 16-17", "attendance", 3)],
        [("Permanently excluded and not in any provision", "attendance", 4),
         ("Child missing education and whereabouts unknown", "attendance", 5, "missing")],
    ]),
    ("Emotional health and behaviour", [
        [(S, "Emotionally resilient; good self-esteem")],
        [("Low mood; friendship worries", "child_mental_health", 2),
         ("Self-harm, one-off or low level", "self_harm", 2),
         ("Teased or bullied at school", "bullying", 2)],
        [("Repeated self-harm", "self_harm", 3),
         ("Bullied persistently and now avoiding school", "bullying", 4),
         ("Bullying others; aggressive at home and school", "bullying", 3, "behaviour_offending")],
        [("Suicide attempt; serious self-harm needing hospital treatment", "self_harm", 6),
         ("Self-harm with suicidal thoughts", "self_harm", 4),
         ("Victim of a serious assault by peers", "bullying", 6)],
    ]),
    ("Staying safe: exploitation, missing and online", [
        [(S, "Understands how to stay safe online")],
        [("Unsupervised internet use; contact with strangers online", "exploitation", 2)],
        [("Missing from home, returns the same day", "missing", 3),
         ("Associating with older peers; CSE/CCE risk indicators", "exploitation", 3)],
        [("Missing overnight or repeatedly", "missing", 5),
         ("CSE, CCE or county lines involvement", "exploitation", 5),
         ("Sharing indecent images under pressure from an adult", "sexual_abuse", 5, "exploitation")],
    ]),
    ("Parenting and care", [
        [(S, "Warm, consistent parenting")],
        [("Parents lack confidence with routines or boundaries", "parenting_capacity", 2),
         ("Young carer", "parenting_capacity", 2)],
        [("Poor hygiene, hunger or inadequate clothing noticed often", "neglect", 3),
         ("Smacking reported by the child", "physical_abuse", 3),
         ("Parent's low mood or drinking affecting care", "parental_mental_health", 3, "substance_misuse")],
        [("Unexplained bruising, marks or injuries", "physical_abuse", 5),
         ("Injury to a non-mobile baby", "physical_abuse", 5),
         ("Hit with a belt or other object", "physical_abuse", 4),
         ("Neglect that is chronic and harming the child", "neglect", 5),
         ("Parent's mental illness or drug use making care unsafe", "parental_mental_health", 5, "substance_misuse")],
    ]),
    ("Domestic abuse", [
        [(S, "No domestic abuse; parents communicate respectfully")],
        [("Arguments at home that the child hears", "domestic_violence", 2),
         ("Separated parents in conflict over contact", "domestic_violence", 2)],
        [("DA history; child shows distress", "domestic_violence", 3),
         ("Single DA incident, police attended", "domestic_violence", 4)],
        [("Repeated DA incidents; child witnessing", "domestic_violence", 5),
         ("MARAC (high risk) case with children in the household", "domestic_violence", 6),
         ("Coercive control limiting the parent's ability to protect the child", "domestic_violence", 5)],
    ]),
    ("Home and money", [
        [(S, "Safe, secure home")],
        [("Damp or disrepair", "housing", 2),
         ("Money worries; benefit delays", "family_finances", 2)],
        [("Rent arrears; eviction notice", "housing", 3),
         ("Temporary accommodation, overcrowded", "housing", 3)],
        [("Family made homeless", "housing", 4),
         ("Squalid or dangerous living conditions", "housing", 5, "neglect"),
         ("Young person asked to leave home with nowhere to go", "housing", 6)],
    ]),
]


def area_table(title, cols, width):
    cw = width / 4
    rows = [[Paragraph(title, titst), "", "", ""],
            [Paragraph(b[0], hdrst) for b in BANDS]]
    cells = []
    for (band, _, _), items in zip(BANDS, cols):
        fl = []
        for it in items:
            if it[0] == S:
                t = g.st(band, title, it[1])
            else:
                t, iss, sev, *more = it
                g.ind(band, title, t, iss, sev, *more)
            fl.append(Paragraph(t, cellst, bulletText="\u2022"))
        cells.append(fl)
    rows.append(cells)
    t = Table(rows, colWidths=[cw] * 4)
    ts = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3b5a")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 2), (-1, 2), 6),
          ("BOTTOMPADDING", (0, 2), (-1, 2), 6),
          ("LEFTPADDING", (0, 2), (-1, 2), 7), ("RIGHTPADDING", (0, 2), (-1, 2), 14),
          ("GRID", (0, 1), (-1, -1), 1.2, colors.white)]
    for i, (_, dark, light) in enumerate(BANDS):
        ts += [("BACKGROUND", (i, 1), (i, 1), colors.HexColor(dark)),
               ("BACKGROUND", (i, 2), (i, 2), colors.HexColor(light))]
    t.setStyle(TableStyle(ts))
    return t


def main():
    out = os.path.join(PDF, SLUG + ".pdf")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=17 * mm,
                          bottomMargin=16 * mm, title="Right Help, Right Time: Continuum of Need",
                          author="Quenby Fen SCP")
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])])
    W = doc.width
    st = []
    cover = ParagraphStyle("cv", fontName="Helvetica-Bold", fontSize=30, leading=34,
                           textColor=colors.HexColor("#1d3b5a"))
    st += [Spacer(1, 45 * mm), Paragraph("Right Help,<br/>Right Time", cover), Spacer(1, 8 * mm),
           Paragraph("Continuum of Need for children, young people and families in Quenby Fen",
                     ParagraphStyle("cs", parent=base, fontSize=14, leading=18)),
           Spacer(1, 70 * mm),
           Paragraph("Quenby Fen Safeguarding Children Partnership<br/>Version 3 \u2013 January 2025", base),
           PageBreak()]
    st.append(Paragraph("Our windscreen", h1))
    st.append(Paragraph("Families move across the windscreen as their lives change. Most children are in the "
                        "green pane most of the time. Use the windscreen with the tables on the following pages, "
                        "talk to the family, and use your professional judgement: a child will not fit neatly "
                        "into one pane.", base))
    st.append(Spacer(1, 4 * mm))
    st.append(Windscreen(W))
    st.append(Spacer(1, 6 * mm))
    arrow = Table([[Paragraph("<b>Step down</b> \u2190", base), "",
                    Paragraph("Increasing need and risk", ParagraphStyle("a", parent=base, alignment=1)), "",
                    Paragraph("\u2192 <b>Step up</b>", ParagraphStyle("r", parent=base, alignment=2))]],
                  colWidths=[W / 4, 0, W / 2, 0, W / 4])
    arrow.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, colors.HexColor("#1d3b5a"))]))
    st.append(arrow)
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Using the tables", h1))
    for s in [
        "Each table covers one area of a child\u2019s life. The bullets are examples of what you might see; they are "
        "not a checklist and they are not in order of importance. Look at the whole picture, including what is "
        "going well and how long the worry has been there.",
        "If you are worried that a child may be in the red pane, ring the Quenby Fen MASH on 01632 960 731. If you "
        "are unsure, ring anyway and ask for a consultation. For help with the amber pane, contact the Early Help "
        "Hub on 01632 960 702.",
        "Always record your decision and your reasons, including when you decide not to refer.",
    ]:
        st.append(Paragraph(s, base))
    st.append(PageBreak())
    for i, (title, cols) in enumerate(AREAS):
        st.append(KeepTogether([area_table(title, cols, W), Spacer(1, 7 * mm)]))
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph("<b>Immediate danger?</b> Call 999. <b>Out of hours:</b> Emergency Duty Team 01632 960 799.",
                        base))
    doc.build(st, canvasmaker=NumberedCanvas)
    g.save()


if __name__ == "__main__":
    main()
