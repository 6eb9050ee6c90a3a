"""oakhallow: long_document, reportlab. Levels A, A, B, C+D. Indicators only in Appendix A;
the case examples in Appendix C mention situations in prose and are not indicators."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from oakhallow_text import FOREWORD, SECTIONS, CASES, GLOSSARY, LEGISLATION, EXTRA_SECTIONS, SERVICES, EHA_GUIDE, FAQ
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, KeepTogether, NextPageTemplate, CondPageBreak)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.graphics.shapes import Drawing, Rect, String, Line, Polygon

SLUG = "oakhallow"
META = dict(partnership="Oakhallow Safeguarding Children Partnership", authorities="Oakhallow",
            producer="reportlab", layout_family="long_document", orientation="portrait",
            version="5.0", version_date="2024-07")

LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         evidence="Universal services are responsible for noticing when a need emerges and for responding to it within their own service, for example by offering advice, monitoring or a follow-up appointment."),
    dict(label="Level 2", name="Early Help", maps_to="A",
         evidence="Help at this level is led by a universal service: the practitioner who knows the child best completes an Early Help Assessment with the family and acts as lead professional, drawing in other services as needed."),
    dict(label="Level 3", name="Targeted Early Help", maps_to="B",
         evidence="The Oakhallow Family Support Service accepts requests for help through the Early Help Hub and allocates a family practitioner who leads the Team Around the Family."),
    dict(label="Level 4", name="Children's Social Care", maps_to="C+D",
         evidence="Children at Level 4 are children in need whose needs require assessment and support from children's social care under section 17 of the Children Act 1989, and children who are suffering, or are likely to suffer, significant harm, where enquiries are made under section 47 of the Act."),
]

DATA = """
@Level 1
#Children at this level usually:
s | are healthy and meeting their developmental milestones
s | attend school regularly and are making progress
s | have warm, stable relationships with their parents or carers
s | live in safe, suitable housing
#Emerging needs that universal services may respond to include:
2 health_development | a missed developmental review or immunisation
1 child_mental_health | mild anxiety about a change such as a new school
2 parenting_capacity | parents asking for advice about sleep, feeding or behaviour
1 domestic_violence | parents separating, with the children's arrangements agreed between them
2 family_finances | a change in income that is causing some stress

@Level 2
#Child's development
2 health_development | speech, language or motor delay that is not yet being addressed
2 attendance | attendance between 85% and 90%, or regular lateness
2 child_mental_health | low-level emotional difficulties, such as worry or low mood, affecting everyday life
2 self_harm | a first incident of low-level self-harm
2 substance_misuse | occasional alcohol use or experimentation with cannabis
2 behaviour_offending | behaviour that is beginning to cause concern at home or school
2 exploitation | online activity that parents are not aware of, with some contact with strangers
#Parenting capacity
2 parenting_capacity | inconsistent routines or boundaries
2 neglect | basic care that is sometimes inconsistent, for example poor hygiene on some days
2 parental_mental_health | a parent with low mood or anxiety that is being treated
#Family and environment
2 domestic_violence | parental conflict the child is aware of
2 housing | overcrowding, or housing in poor repair
3 housing | family placed in temporary accommodation
2 family_finances | low income or unemployment affecting the family
2 parenting_capacity | a young carer whose caring role is having a small effect on them

@Level 3
#Child's development
3 health_development | health needs that are not being met, e.g. missed appointments for a chronic condition
3 attendance | persistent absence or repeated suspensions
3 child_mental_health | emotional or mental health difficulties needing support from more than one service
3 self_harm;child_mental_health | repeated self-harm with emotional difficulties
3 substance_misuse | regular drug or alcohol use that is affecting education or relationships
3 behaviour_offending | anti-social behaviour, or early contact with the police
3 missing | going missing from home once, or staying out late regularly
3 exploitation | relationships with older peers or adults that suggest possible exploitation
#Parenting capacity
3 neglect | basic care that is often inadequate, with the child hungry or unwashed
3 physical_abuse | a parent who uses smacking as a regular punishment
3 parenting_capacity | parents unable to manage the child's behaviour
3 parental_mental_health | parental mental ill health that is affecting the care of the child
3 substance_misuse | parental substance misuse affecting family routines
#Family and environment
3 domestic_violence | a history of domestic abuse, or conflict between parents that draws the child in
4 domestic_violence | a domestic incident reported to the police and assessed as standard risk
3 housing | rent arrears and a risk of eviction
3 housing | frequent house moves, or a tenancy at risk
3 family_finances | serious debt or poverty affecting the children

@Level 4
#Child's development
4 health_development | a disabled child with complex needs that cannot be met without specialist support
5 neglect;health_development | serious health needs that parents are not addressing
4 attendance | missing education or not on a school roll
4 child_mental_health | severe mental health difficulties, including an eating disorder
4 self_harm | self-harm with suicidal thoughts
6 self_harm | suicide attempt or life-threatening self-harm
4 substance_misuse | dependent or escalating substance misuse by the young person
4 behaviour_offending | serious or persistent offending
4 missing | missing from home repeatedly
5 exploitation | child sexual or criminal exploitation, including county lines
5 sexual_abuse | disclosure of sexual abuse, or sexual activity involving a child under 13
4 radicalisation | radicalisation concerns referred through Prevent
#Parenting capacity
5 neglect | persistent neglect with a serious impact on the child
6 neglect | a young child left alone
5 physical_abuse | bruising or injury to a non-mobile baby
5 physical_abuse | an injury with an explanation that does not fit
6 physical_abuse | serious injury such as a fracture, burn or head injury
4 physical_abuse | frequent injuries, even where each has an explanation
4 physical_abuse | physical punishment using an implement
5 emotional_abuse | persistent rejection, humiliation or threats
4 parental_mental_health | severe parental mental illness affecting the ability to care for the child
5 substance_misuse;neglect | parental substance misuse that leaves the child unsafe
4 parenting_capacity | parents asking for the child to be accommodated
#Family and environment
4 domestic_violence | repeated domestic abuse incidents
5 domestic_violence | persistent domestic abuse or coercive control placing the child at risk
6 domestic_violence | domestic abuse assessed as high risk (MARAC)
4 housing | homelessness, or a 16 or 17 year old who is homeless
5 housing | home conditions that are hazardous or squalid
6 housing | a child thrown out of home, with nowhere safe to go
5 harmful_practices | risk of FGM, forced marriage or honour-based abuse
"""
ITEMS = parse(DATA)

NAVY = colors.HexColor("#173f35")
ss = dict(
    body=ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=17.5, spaceAfter=9, alignment=4),
    num=ParagraphStyle("n", fontName="Times-Roman", fontSize=12, leading=17.5, spaceAfter=9, leftIndent=34,
                       firstLineIndent=-34, alignment=4),
    h1=ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=12, textColor=NAVY),
    h2=ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5, textColor=NAVY),
    h3=ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3),
    li=ParagraphStyle("li", fontName="Times-Roman", fontSize=11.5, leading=15.5, leftIndent=22, spaceAfter=3),
    ai=ParagraphStyle("ai", fontName="Times-Roman", fontSize=11.2, leading=14.5, leftIndent=22, spaceAfter=2),
    cell=ParagraphStyle("c", fontName="Helvetica", fontSize=9.3, leading=12),
    cellb=ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=9.3, leading=12, textColor=colors.white),
    cover=ParagraphStyle("cv", fontName="Helvetica-Bold", fontSize=34, leading=40, textColor=NAVY),
    covs=ParagraphStyle("cs", fontName="Helvetica", fontSize=15, leading=20, textColor=NAVY),
    box=ParagraphStyle("bx", fontName="Helvetica-Bold", fontSize=10.5, leading=14),
    toc1=ParagraphStyle("t1", fontName="Helvetica", fontSize=11, leading=17),
)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "h1":
            self.notify("TOCEntry", (0, f.getPlainText(), self.page))


def deco(c, d):
    w, h = A4
    c.saveState()
    c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, h - 12 * mm, "Oakhallow Safeguarding Children Partnership")
    c.drawRightString(w - 22 * mm, h - 12 * mm, "Right Help, Right Time: threshold guidance")
    c.setStrokeColor(NAVY); c.line(22 * mm, h - 14 * mm, w - 22 * mm, h - 14 * mm)
    c.drawString(22 * mm, 10 * mm, "Version 5.0 | Approved July 2024 | Review July 2026")
    c.drawRightString(w - 22 * mm, 10 * mm, "Page %d" % d.page)
    c.restoreState()


def table(rows, widths):
    data = [[Paragraph(esc(x), ss["cellb"] if i == 0 else ss["cell"]) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def box(text):
    t = Table([[Paragraph(esc(text), ss["box"])]], colWidths=[160 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#b03a2e")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf0ee")),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return t


def flow(boxes, width=160 * mm, bw=120 * mm, bh=15 * mm, gap=8 * mm, side=None):
    """A vertical sequence of boxes joined by arrows. boxes: list of (lines, fill). side: optional
    list of (index, lines, fill) for boxes to the right of a main box."""
    n = len(boxes)
    H = n * bh + (n - 1) * gap + 4
    d = Drawing(width, H)
    x0 = 0
    for i, (lines, fill) in enumerate(boxes):
        y = H - (i + 1) * bh - i * gap - 2
        d.add(Rect(x0, y, bw if not side else 95 * mm, bh, fillColor=colors.HexColor(fill), strokeColor=NAVY, strokeWidth=1))
        bx = bw if not side else 95 * mm
        for k, ln in enumerate(lines):
            d.add(String(x0 + bx / 2, y + bh / 2 + (len(lines) - 1) * 5.5 - k * 11 - 3, ln, fontName="Helvetica",
                         fontSize=9, textAnchor="middle"))
        if i < n - 1:
            ax = x0 + bx / 2
            d.add(Line(ax, y, ax, y - gap + 3, strokeColor=NAVY, strokeWidth=1.2))
            d.add(Polygon([ax - 3, y - gap + 4, ax + 3, y - gap + 4, ax, y - gap], fillColor=NAVY, strokeColor=NAVY))
    for (i, lines, fill) in side or []:
        y = H - (i + 1) * bh - i * gap - 2
        sx = 105 * mm
        d.add(Rect(sx, y, 55 * mm, bh, fillColor=colors.HexColor(fill), strokeColor=NAVY, strokeWidth=1))
        for k, ln in enumerate(lines):
            d.add(String(sx + 27.5 * mm, y + bh / 2 + (len(lines) - 1) * 5.5 - k * 11 - 3, ln, fontName="Helvetica",
                         fontSize=8.5, textAnchor="middle"))
        d.add(Line(95 * mm, y + bh / 2, sx - 1, y + bh / 2, strokeColor=NAVY, strokeWidth=1.2))
        d.add(Polygon([sx - 4, y + bh / 2 + 3, sx - 4, y + bh / 2 - 3, sx, y + bh / 2], fillColor=NAVY, strokeColor=NAVY))
    return d


FLOWS = {
 "levels": lambda: flow([(["Level 1  Universal", "needs met by everyday services"], "#d5ecd4"),
                         (["Level 2  Early Help", "led by a universal service (EHA)"], "#fff4c2"),
                         (["Level 3  Targeted Early Help", "Family Support Service leads the TAF"], "#fde0c2"),
                         (["Level 4  Children's Social Care", "section 17 and section 47"], "#f6c9c4")], bh=13 * mm, gap=6 * mm),
 "stepdown": lambda: flow([(["Children's social care plan", "ending"], "#f6c9c4"),
                           (["Step-down meeting with family", "and proposed lead professional"], "#fde0c2"),
                           (["Early help plan agreed", "before case closure"], "#fff4c2"),
                           (["TAF reviews every six weeks"], "#d5ecd4")],
                          side=[(1, ["Family declines: record", "and inform universal services"], "#eeeeee")]),
 "referral": lambda: flow([(["Practitioner is worried about a child"], "#e8eef7"),
                           (["Discuss with your safeguarding lead", "(unless this would cause delay)"], "#e8eef7"),
                           (["Is the child in immediate danger?"], "#f6c9c4"),
                           (["Telephone the Children's Front Door", "and submit the referral form within 24 hours"], "#fde0c2"),
                           (["Front Door decision within one working day"], "#fff4c2"),
                           (["Assessment, strategy discussion,", "step across to early help, or advice"], "#d5ecd4")],
                          side=[(2, ["Yes: call the police", "on 999, then the Front Door"], "#f6c9c4"),
                                (4, ["Referrer told of the", "decision; escalate if needed"], "#eeeeee")]),
}


def blocks_to_flowables(secno, blocks):
    out, k = [], 0
    for b in blocks:
        if isinstance(b, str):
            k += 1
            out.append(Paragraph("%s.%d\u00a0\u00a0\u00a0%s" % (secno, k, esc(b)), ss["num"]))
        elif b[0] == "p":
            out.append(Paragraph(esc(b[1]), ss["body"]))
        elif b[0] == "h":
            out.append(CondPageBreak(30 * mm)); out.append(Paragraph(esc(b[1]), ss["h2"]))
        elif b[0] == "ul":
            for x in b[1]:
                out.append(Paragraph(esc(x), ss["li"], bulletText="\u2022"))
            out.append(Spacer(1, 6))
        elif b[0] == "table":
            out.append(Spacer(1, 4)); out.append(table(b[1], b[2])); out.append(Spacer(1, 10))
        elif b[0] == "box":
            out.append(Spacer(1, 4)); out.append(box(b[1])); out.append(Spacer(1, 10))
        elif b[0] == "flow":
            out.append(Spacer(1, 6)); out.append(FLOWS[b[1]]()); out.append(Spacer(1, 10))
    return out


def build():
    doc = Doc(os.path.join(PDF, SLUG + ".pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
              topMargin=24 * mm, bottomMargin=22 * mm, title="Right Help, Right Time",
              author="Oakhallow Safeguarding Children Partnership")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[fr]), PageTemplate(id="main", frames=[fr], onPage=deco)])
    st = [Spacer(1, 55 * mm), Paragraph("Right Help, Right Time", ss["cover"]), Spacer(1, 8),
          Paragraph("Threshold guidance for practitioners working with children, young people and families in Oakhallow", ss["covs"]),
          Spacer(1, 70 * mm), Paragraph("Oakhallow Safeguarding Children Partnership", ss["covs"]),
          Paragraph("Version 5.0 \u2013 July 2024", ss["covs"]), NextPageTemplate("main"), PageBreak()]
    st.append(Paragraph("Document control", ss["h2"]))
    st.append(table([["Title", "Right Help, Right Time: threshold guidance"], ["Version", "5.0"],
                     ["Approved by", "Oakhallow Safeguarding Children Partnership Executive, 11 July 2024"],
                     ["Review date", "July 2026"], ["Owner", "Partnership Business Manager"],
                     ["Replaces", "Right Help, Right Time version 4.2 (March 2021)"]], [45, 125]))
    st.append(Spacer(1, 12)); st.append(Paragraph("Version history", ss["h2"]))
    st.append(table([["Version", "Date", "Summary of changes"],
                     ["3.0", "May 2017", "First joint threshold document following the merger of the two boards"],
                     ["4.0", "September 2019", "Updated for new safeguarding partner arrangements"],
                     ["4.2", "March 2021", "Contact details; guidance on remote working during the pandemic"],
                     ["5.0", "July 2024", "Full rewrite: consent, information sharing, step-down, case examples, "
                      "revised examples of need in Appendix A"]], [22, 35, 113]))
    st.append(PageBreak())
    st.append(Spacer(1, 110 * mm))
    st.append(Paragraph("<para alignment='center'><i>This page is intentionally left blank</i></para>", ss["body"]))
    st.append(PageBreak())
    st.append(Paragraph("Foreword", ss["h1"]))
    for p in FOREWORD:
        st.append(Paragraph(esc(p), ss["body"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("<i>Independent Scrutineer, on behalf of the Oakhallow safeguarding partners</i>", ss["body"]))
    st.append(PageBreak())
    st.append(Paragraph("Contents", ss["h2"]))
    toc = TableOfContents(); toc.levelStyles = [ss["toc1"]]; toc.dotsMinLevel = 0
    st.append(toc); st.append(PageBreak())

    for num, title, blocks in SECTIONS + EXTRA_SECTIONS:
        st.append(Paragraph("%s. %s" % (num, esc(title)), ss["h1"]))
        st.extend(blocks_to_flowables(num, blocks))
        st.append(PageBreak())

    # Appendix A: the indicators
    st.append(Paragraph("Appendix A: indicators", ss["h1"]))
    st.append(Paragraph("The examples below illustrate the kinds of need that may be seen at each level. They are not "
                        "exhaustive and must be read with Section 3. Consider the impact on the child, how long the "
                        "concern has lasted and the strengths in the family before deciding on a level.", ss["body"]))
    for lv in LEVELS:
        st.append(CondPageBreak(45 * mm))
        st.append(Paragraph("%s \u2013 %s" % (lv["label"], esc(lv["name"])), ss["h2"]))
        dom = None
        for it in [i for i in ITEMS if i["level"] == lv["label"]]:
            if it["domain"] != dom:
                dom = it["domain"]
                st.append(CondPageBreak(20 * mm))
                st.append(Paragraph(esc(dom), ss["h3"] if not dom.endswith(":") else ss["body"]))
            st.append(Paragraph(esc(it["text"]), ss["ai"], bulletText="\u2022"))
    st.append(PageBreak())
    st.append(Paragraph("Appendix B: referral pathway", ss["h1"]))
    st.append(Paragraph("The flowchart summarises the steps to take when you are worried about a child. Sections 7 and 8 "
                        "give the detail.", ss["body"]))
    st.append(Spacer(1, 8)); st.append(FLOWS["referral"]()); st.append(PageBreak())
    st.append(Paragraph("Appendix C: case examples", ss["h1"]))
    st.append(Paragraph("These examples are based on composite situations and do not describe real children. Names have "
                        "been invented. They show how the guidance might be applied, but every family is different.", ss["body"]))
    for title, a, b in CASES:
        st.append(KeepTogether([Paragraph(esc(title), ss["h2"]), Paragraph(esc(a), ss["body"])]))
        st.append(Paragraph(esc(b), ss["body"]))
        st.append(Spacer(1, 6))
    st.append(PageBreak())
    st.append(Paragraph("Appendix D: glossary", ss["h1"]))
    st.append(table([["Term", "Meaning"]] + [list(g) for g in GLOSSARY], [40, 130]))
    st.append(PageBreak())
    st.append(Paragraph("Appendix E: directory of services", ss["h1"]))
    st.append(Paragraph("The directory lists the main local services and the levels of need at which they usually work. "
                        "Up-to-date details are on the Oakhallow Family Information Directory.", ss["body"]))
    st.append(table(SERVICES, [45, 62, 16, 47]))
    st.append(PageBreak())
    st.append(Paragraph("Appendix F: completing an Early Help Assessment", ss["h1"]))
    for k, x in enumerate(EHA_GUIDE, 1):
        st.append(Paragraph("F.%d\u00a0\u00a0\u00a0%s" % (k, esc(x)), ss["num"]))
    st.append(PageBreak())
    st.append(Paragraph("Appendix G: frequently asked questions", ss["h1"]))
    for q, a in FAQ:
        st.append(KeepTogether([Paragraph(esc(q), ss["h3"]), Paragraph(esc(a), ss["body"])]))
    st.append(PageBreak())
    st.append(Paragraph("Appendix H: legislation and guidance", ss["h1"]))
    for x in LEGISLATION:
        st.append(Paragraph(esc(x), ss["li"], bulletText="\u2022"))
    st.append(PageBreak())
    st.append(Paragraph("Appendix I: the Assessment Framework", ss["h1"]))
    st.append(Paragraph("Assessments at every level in Oakhallow, from the Early Help Assessment to the Child and Family "
                        "Assessment, use the three domains of the national Assessment Framework. Appendix A groups its "
                        "examples under the same three headings.", ss["body"]))
    st.append(table([["Domain", "Dimensions"],
                     ["Child's developmental needs", "Health; education; emotional and behavioural development; identity; "
                      "family and social relationships; social presentation; self-care skills"],
                     ["Parenting capacity", "Basic care; ensuring safety; emotional warmth; stimulation; guidance and "
                      "boundaries; stability"],
                     ["Family and environmental factors", "Family history and functioning; wider family; housing; "
                      "employment; income; family's social integration; community resources"]], [50, 120]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("The three domains interact. A parent's capacity to meet a child's needs is affected by the "
                        "family's circumstances, and a child's needs may make greater demands on parenting. A good "
                        "assessment considers how the domains affect one another, and pays as much attention to "
                        "strengths as to difficulties.", ss["body"]))
    doc.multiBuild(st)


if __name__ == "__main__":
    build()
    for it in ITEMS:
        if it["domain"].endswith(":"):
            it["domain"] = ""
    finish(SLUG, META, LEVELS, ITEMS)
