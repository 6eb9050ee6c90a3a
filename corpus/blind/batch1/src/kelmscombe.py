"""Kelmscombe and Drayfield SCP: landscape reportlab document with a Level | What it means | Who leads
definition table, then a domain x level matrix drawn without ruling lines, continuing across pages."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, PDF
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

SLUG = "kelmscombe"
g = Gold(SLUG, partnership="Kelmscombe and Drayfield Safeguarding Children Partnership",
         authorities="Kelmscombe Borough Council;Drayfield District Council", producer="reportlab",
         layout_family="definition_table+matrix_unruled", orientation="landscape",
         version="2.3", version_date="2024-06")

NAVY = colors.HexColor("#23395b")
base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9.6, spaceAfter=4.5)
rowlab = ParagraphStyle("r", fontName="Helvetica-Bold", fontSize=8.5, leading=10, textColor=NAVY)
hdr = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.5, leading=10, textColor=colors.white)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=NAVY, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=NAVY, spaceBefore=6,
                    spaceAfter=6)


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
            self.draw_chrome(n)
            super().showPage()
        super().save()

    def draw_chrome(self, total):
        w, h = landscape(A4)
        self.setFont("Helvetica", 7.5)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(14 * mm, h - 9 * mm, "Kelmscombe and Drayfield Safeguarding Children Partnership")
        self.drawRightString(w - 14 * mm, h - 9 * mm, "Threshold Guidance and Levels of Need Matrix")
        self.drawString(14 * mm, 8 * mm, "Version 2.3  June 2024  Review: June 2026")
        self.drawRightString(w - 14 * mm, 8 * mm, f"Page {self._pageNumber} of {total}")


def P(t, s=base):
    return Paragraph(t, s)


story = []
story += [Spacer(1, 40 * mm), P("Kelmscombe and Drayfield Safeguarding Children Partnership", h2),
          P("Threshold Guidance and Levels of Need Matrix", h1),
          P("Helping practitioners decide what level of help a child and family need, and who should provide it.",
            ParagraphStyle("x", parent=base, fontSize=12, leading=15)),
          Spacer(1, 14 * mm),
          P("Version 2.3 &nbsp;&nbsp;|&nbsp;&nbsp; June 2024 &nbsp;&nbsp;|&nbsp;&nbsp; Agreed by the KDSCP Executive",
            small),
          Spacer(1, 10 * mm),
          P("This document should be read with the KDSCP multi-agency safeguarding procedures. It replaces the "
            "2021 'Continuum of Need' chart. Printed copies may be out of date; always check the partnership "
            "website for the current version.", small),
          PageBreak()]

story.append(P("1. Levels of need", h2))
story.append(P("Kelmscombe and Drayfield use five levels of need. Level 2 is split into 2a and 2b so that it is "
               "clear when a single agency can meet a need and when the Early Help Hub should be involved. The "
               "table below explains each level; the matrix that follows gives examples of what children and "
               "families may be experiencing at each one.", base))

LEVELS = [
    ("Level 1", "Universal",
     "No additional needs. Children are making good progress and all of their needs are met by the services "
     "available to every child.",
     "Universal services: early years, schools and colleges, GP, midwifery, health visiting and school nursing. "
     "No assessment is needed.", "", "Children are making good progress and all of their needs are met by the "
     "services available to every child."),
    ("Level 2a", "Early Help \u2013 single agency",
     "Emerging needs that one agency can meet by doing something extra, for example pastoral support in school "
     "or additional visits from the health visitor.",
     "The single agency that knows the child best, using its own plan. Children's social care is not involved.",
     "A", "Emerging needs that one agency can meet by doing something extra, for example pastoral support in "
     "school or additional visits from the health visitor."),
    ("Level 2b", "Early Help \u2013 multi-agency",
     "Additional needs that need two or more agencies working together to one plan.",
     "A lead practitioner, with the Early Help Hub giving advice, coordinating the Team Around the Family and "
     "offering a family support worker where needed.", "B",
     "A lead practitioner, with the Early Help Hub giving advice, coordinating the Team Around the Family and "
     "offering a family support worker where needed."),
    ("Level 3", "Child in Need",
     "Complex needs: without services the child's health or development is likely to be significantly impaired "
     "(section 17, Children Act 1989).",
     "A social worker completes a Child and Family Assessment; a child in need plan may follow.", "C",
     "A social worker completes a Child and Family Assessment; a child in need plan may follow."),
    ("Level 4", "Child Protection",
     "The child is suffering, or is likely to suffer, significant harm.",
     "Children's social care with police and health: strategy discussion and section 47 enquiries, child "
     "protection conference, emergency protection where needed.", "D",
     "Children's social care with police and health: strategy discussion and section 47 enquiries, child "
     "protection conference, emergency protection where needed."),
]
COLS = ["#5b8c5a", "#c9a227", "#d9822b", "#c0504d", "#8b1e3f"]
rows = [[P("Level", hdr), P("What it means", hdr), P("Who leads", hdr)]]
for (lab, name, means, who, maps, ev), c in zip(LEVELS, COLS):
    g.level(lab, name.replace("\u2013", "-").replace(" - ", " \u2013 "), maps, ev)
    rows.append([P(f"<b>{lab}</b><br/>{name}", small), P(means, small), P(who, small)])
t = Table(rows, colWidths=[45 * mm, 110 * mm, 110 * mm])
ts = [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
      ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#999999")),
      ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
for i, c in enumerate(COLS, 1):
    ts.append(("LINEBEFORE", (0, i), (0, i), 5, colors.HexColor(c)))
t.setStyle(TableStyle(ts))
story += [t, Spacer(1, 6 * mm)]
story.append(P("2. Using the matrix", h2))
for s in [
    "The matrix is arranged by area of need (down the left) and by level (across the top). Read across a row to "
    "see how a concern may increase in seriousness. The descriptors are examples and not a checklist: a child will "
    "rarely fit neatly into one column, and several descriptors at one level may together indicate a higher level.",
    "Always consider the child's age, what the child has said, how long the concern has lasted, the parents' "
    "ability to recognise and respond to it, and any strengths in the family. Level 1 describes what we would "
    "expect to see when things are going well.",
    "If you think a child is at Level 3 or 4, contact the Kelmscombe and Drayfield Children's Front Door on 0300 "
    "555 0418. If a child is in immediate danger, call 999.",
]:
    story.append(P(s, base))
story.append(PageBreak())
story.append(P("3. Levels of need matrix", h2))

LV = ["Level 1", "Level 2a", "Level 2b", "Level 3", "Level 4"]
S = "s"
MATRIX = [
    ("Health", [
        [(S, "Healthy; development checks and immunisations up to date")],
        [("Missed immunisations or development reviews", "health_development", 2, "neglect"),
         ("Speech and language delay", "health_development", 2)],
        [("Long-term condition poorly managed at home, e.g. asthma, diabetes", "health_development", 3),
         ("Obesity or weight loss affecting daily life", "health_development", 3)],
        [("Complex health needs or disability requiring a specialist package of care", "health_development", 4),
         ("Faltering growth with no medical cause", "neglect", 4, "health_development")],
        [("Medical treatment withheld, putting the child's life at risk", "neglect", 6)],
    ]),
    ("Education and learning", [
        [(S, "Good attendance; making expected progress")],
        [("Attendance 90-95%; frequent lateness", "attendance", 2)],
        [("Persistent absence (below 90%)", "attendance", 3),
         ("Repeated suspensions; at risk of permanent exclusion", "attendance", 3)],
        [("Permanently excluded with no school place", "attendance", 4),
         ("CME \u2013 child missing education", "attendance", 4)],
        [("Kept off school to hide injuries or to care for a parent", "physical_abuse", 5, "attendance")],
    ]),
    ("Emotional wellbeing and self-harm", [
        [(S, "Generally happy; copes with everyday stresses")],
        [("Low mood or worries, e.g. after bereavement or family change", "child_mental_health", 1),
         ("Single incident of self-harm, now settled", "self_harm", 2)],
        [("Self-harm more than once, with anxiety or low mood", "self_harm", 3),
         ("Eating difficulties or anxiety needing CAMHS advice", "child_mental_health", 3)],
        [("Self-harm with thoughts of suicide", "self_harm", 4),
         ("Severe mental health difficulties; CAMHS involved but family struggling to keep child safe",
          "child_mental_health", 4)],
        [("Suicide attempt or life-threatening self-harm", "self_harm", 6),
         ("Acute mental health crisis; parents unable or unwilling to protect", "child_mental_health", 5)],
    ]),
    ("Behaviour and risk-taking", [
        [(S, "Behaviour appropriate for age")],
        [("Occasional challenging behaviour at school", "behaviour_offending", 2),
         ("Experimenting with cannabis or alcohol", "substance_misuse", 2)],
        [("Anti-social behaviour; first contact with police", "behaviour_offending", 3),
         ("Regular drug or alcohol use affecting school", "substance_misuse", 3)],
        [("Repeat offending; YJS involvement", "behaviour_offending", 4),
         ("Violence towards parents or siblings", "behaviour_offending", 4)],
        [("Substance misuse placing the child at serious risk, e.g. hospital admission through intoxication",
          "substance_misuse", 6)],
    ]),
    ("Exploitation and missing", [
        [(S, "Safe online and knows who to talk to")],
        [("Stays out later than agreed", "missing", 2, "parenting_capacity")],
        [("Missing episodes, returned within 24 hours", "missing", 3),
         ("Older boyfriend/girlfriend; unexplained gifts", "exploitation", 3)],
        [("Frequent missing episodes; not in education", "missing", 4, "attendance"),
         ("At risk of CSE or CCE", "exploitation", 4)],
        [("Being sexually or criminally exploited; county lines", "exploitation", 5),
         ("Trafficking concerns", "exploitation", 5)],
    ]),
    ("Relationships and bullying", [
        [(S, "Good friendships; positive relationships with siblings")],
        [("Friendship difficulties; may be bullied", "bullying", 1)],
        [("Victim of bullying, including online; attendance affected", "bullying", 3),
         ("Bullying other children", "bullying", 3)],
        [("Persistent bullying that has not stopped despite school action", "bullying", 4)],
        [("Serious assault by peers, or bullying causing serious harm", "bullying", 6)],
    ]),
    ("Basic care and neglect", [
        [(S, "Basic care, warmth and supervision provided")],
        [("Some gaps in hygiene or clothing", "neglect", 2)],
        [("Child often hungry or unwashed; head lice not treated", "neglect", 3),
         ("Inconsistent supervision, e.g. left with young siblings", "neglect", 3)],
        [("Neglect affecting health or development; GCP2 scores at 3-4", "neglect", 4)],
        [("Persistent neglect; child left alone or without food", "neglect", 5)],
    ]),
    ("Abuse and safety", [
        [(S, "Protected from harm and danger")],
        [],
        [("Harsh or inconsistent discipline; smacking", "physical_abuse", 3)],
        [("Physical chastisement using an implement", "physical_abuse", 4),
         ("Frequent minor injuries with plausible but repeated explanations", "physical_abuse", 4),
         ("Child scapegoated or rejected within the family", "emotional_abuse", 4)],
        [("Any injury to a non-mobile baby", "physical_abuse", 5),
         ("Disclosure of physical or sexual abuse", "physical_abuse", 5, "sexual_abuse"),
         ("Fractures, burns, bite marks or head injuries where abuse is suspected", "physical_abuse", 6)],
    ]),
    ("Domestic abuse", [
        [(S, "Parents resolve disagreements calmly")],
        [("Parental arguments that the child hears", "domestic_violence", 2)],
        [("Parental conflict that draws the child in", "domestic_violence", 3),
         ("Previous DA, now separated; child affected", "domestic_violence", 3)],
        [("DA incidents in the home; DASH risk standard or medium", "domestic_violence", 4),
         ("Controlling or coercive behaviour affecting parenting", "domestic_violence", 4)],
        [("High-risk DA; MARAC case", "domestic_violence", 6),
         ("Child injured during a domestic incident", "domestic_violence", 6, "physical_abuse"),
         ("Persistent DA with the child present", "domestic_violence", 5)],
    ]),
    ("Parental mental health and substance misuse", [
        [],
        [("Parent has mild anxiety or depression, managed with GP support", "parental_mental_health", 1)],
        [("Parental mental ill health affecting routines and emotional availability", "parental_mental_health", 3),
         ("Parental drug or alcohol use affecting care at times", "substance_misuse", 3, "parenting_capacity")],
        [("Enduring parental mental illness with impact on the child's care", "parental_mental_health", 4),
         ("Parental substance misuse; child taking on caring role", "substance_misuse", 4, "parenting_capacity")],
        [("Parent's mental state puts the child at risk of harm, e.g. psychosis, suicidal intent including the "
          "child", "parental_mental_health", 6),
         ("Parent intoxicated while caring for a baby or young child", "substance_misuse", 5, "neglect")],
    ]),
    ("Housing and finances", [
        [(S, "Stable, suitable housing")],
        [("Housing in poor repair", "housing", 2),
         ("Low income; debt worries", "family_finances", 2)],
        [("Overcrowding affecting sleep or study", "housing", 2),
         ("Rent arrears; threat of eviction", "housing", 3)],
        [("Homeless or in temporary accommodation with no settled plan", "housing", 4),
         ("Frequent house moves disrupting schooling", "housing", 3, "attendance")],
        [("Home conditions dangerous or squalid", "housing", 5, "neglect"),
         ("16/17-year-old homeless and sofa surfing", "housing", 4)],
    ]),
]

head = [P("", hdr)] + [P(f"{lab}<br/>{name}", hdr) for lab, name, *_ in LEVELS]
mrows = [head]
for dom, cells in MATRIX:
    row = [P(dom, rowlab)]
    for lab, items in zip(LV, cells):
        flow = []
        for it in items:
            if it[0] == S:
                flow.append(P(g.st(lab, dom, it[1]), cell))
            else:
                text, iss, sev, *more = it
                flow.append(P(g.ind(lab, dom, text, iss, sev, *more), cell))
        row.append(flow or P("", cell))
    mrows.append(row)

W = landscape(A4)[0] - 28 * mm
mt = Table(mrows, colWidths=[36 * mm] + [(W - 36 * mm) / 5] * 5, repeatRows=1)
mts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, -1), 7),
       ("BOTTOMPADDING", (0, 1), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 5),
       ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
for i, c in enumerate(COLS, 1):
    mts.append(("BACKGROUND", (i, 0), (i, 0), colors.HexColor(c)))
mts.append(("BACKGROUND", (0, 0), (0, 0), NAVY))
mt.setStyle(TableStyle(mts))
story.append(mt)
story.append(Spacer(1, 5 * mm))
story.append(P("If you are worried that a child is at immediate risk of harm, do not wait: call the Children's Front "
               "Door on 0300 555 0418 (out of hours 0300 555 0420) or the police on 999.", small))


def main():
    out = os.path.join(PDF, SLUG + ".pdf")
    doc = BaseDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                          topMargin=15 * mm, bottomMargin=14 * mm,
                          title="Threshold Guidance and Levels of Need Matrix", author="KDSCP")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [fr])])
    doc.build(story, canvasmaker=NumberedCanvas)
    g.save()


if __name__ == "__main__":
    main()
