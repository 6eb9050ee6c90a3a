"""Cresswold: matrix_unruled, ReportLab landscape. Whitespace matrix, no rules or fills, header not repeated."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from rlutil import numbered_canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

SLUG = "cresswold"

DATA = r"""
#Health
@Level 1
s | Healthy; growth, development and immunisations on track
@Level 2
2 health_development | Missed health or dental appointments; immunisations not up to date
2 health_development | Speech or language delay picked up at the two-year check
@Level 3
3 health_development;neglect | Health needs not being addressed despite reminders (e.g. asthma, dental decay)
3 substance_misuse | Regular use of alcohol or cannabis that is affecting health or school
@Level 4
4 health_development | Complex disability where the family cannot meet care needs without specialist help
5 neglect | Medical neglect: serious health needs left untreated

#Education and learning
@Level 1
s | Attends regularly and on time; achieving in line with ability
@Level 2
2 attendance | Attendance between 90% and 95%, or late several times a term
@Level 3
3 attendance | Attendance below 85%; fixed-term exclusions
3 attendance | At risk of becoming NEET
@Level 4
4 attendance | Not on a school roll / child missing education
4 attendance;behaviour_offending | Permanently excluded with no education in place

#Emotional and behavioural development
@Level 1
s | Able to manage feelings and to ask for help
@Level 2
2 child_mental_health | Low mood or anxiety that school can support
2 self_harm | Low-level self-harm disclosed to school staff, e.g. scratching
@Level 3
3 self_harm;child_mental_health | Repeated self-harm with ongoing emotional difficulties
3 behaviour_offending | Anti-social behaviour; first contact with the police
@Level 4
4 self_harm | Self-harm with suicidal thoughts
6 self_harm | Suicide attempt or life-threatening self-harm

#Family and social relationships
@Level 1
s | Good relationships with friends, siblings and wider family
@Level 2
2 bullying | Experiencing bullying, including online
2 parenting_capacity | Young carer for a parent or sibling, with some impact on school
@Level 3
3 bullying | Bullying others, or being bullied in a way that affects attendance and wellbeing
3 exploitation | Possible early signs of CSE or CCE, e.g. older associates, gifts
@Level 4
4 bullying | Severe and persistent bullying
5 exploitation | Being groomed or exploited for sex or to move drugs
5 missing | Repeatedly missing from home overnight

#Basic care and ensuring safety
@Level 1
s | Basic needs met; clean, warm and safe home
@Level 2
2 neglect | Inconsistent hygiene, or clothing not suited to the weather
@Level 3
3 neglect | Poor supervision; young children left with unsuitable carers
3 physical_abuse | Rough handling of the child reported on one occasion
@Level 4
5 physical_abuse | Bruising or marks with an explanation that does not fit
5 physical_abuse | Any injury to a non-mobile baby
6 physical_abuse | Serious injury such as fractures, burns or scalds
5 neglect | Persistent neglect; child left alone for long periods

#Emotional warmth and stability
@Level 1
s | Warm, consistent relationship with carers
@Level 2
2 parenting_capacity | Parent finds it hard to show warmth or give praise
@Level 3
3 emotional_abuse | Child frequently criticised or shouted at
@Level 4
5 emotional_abuse | Child rejected, humiliated or scapegoated

#Guidance and boundaries
@Level 1
s | Clear boundaries that suit the child's age
@Level 2
2 parenting_capacity | Inconsistent boundaries; parents unsure how to manage behaviour
@Level 3
3 physical_abuse;parenting_capacity | Smacking used as the main form of discipline
@Level 4
4 physical_abuse | Physical chastisement with an implement

#Family history and functioning
@Level 1
s | Parents get on; disagreements are resolved calmly
@Level 2
2 domestic_violence | Parental conflict that the child is aware of
2 parental_mental_health | Parent has mild anxiety or depression, managed with GP support
@Level 3
3 domestic_violence | History of domestic abuse in a previous relationship
3 substance_misuse;parenting_capacity | Parental alcohol use affecting routines
@Level 4
4 domestic_violence | Incidents of domestic violence in the home
5 domestic_violence | Persistent domestic abuse or coercive control putting the child at risk
6 domestic_violence;physical_abuse | Child injured or threatened during a domestic incident
4 parental_mental_health | Parent's mental illness is affecting their ability to care for the child

#Housing, employment and finance
@Level 1
s | Settled housing and enough income for the family's needs
@Level 2
2 housing | Poor housing conditions, e.g. damp, affecting a child's health
2 family_finances | Low income; family struggling with bills
@Level 3
3 housing | Temporary accommodation or frequent moves
3 housing;family_finances | Rent arrears putting the tenancy at risk
@Level 4
4 housing | Family homeless
5 housing | Home conditions dangerous to the child

#Social and community resources
@Level 1
s | Family is part of the community and uses local services
@Level 2
2 discrimination | Family experiencing harassment from neighbours
@Level 3
3 discrimination | Racist or homophobic abuse directed at the child or family
@Level 4
4 radicalisation | Young person expressing extremist views and at risk of radicalisation
"""

LEVELS = [
    lv("Level 1", "No additional needs", "",
       "Children whose needs are met by their family and by the universal services they already use; no additional response is required."),
    lv("Level 2", "Emerging needs", "A",
       "The school, setting, health visitor or GP that knows the child leads, using an Early Help Assessment within its own service."),
    lv("Level 3", "Targeted early help", "B",
       "The Cresswold Family Support Team allocates a key worker and coordinates a multi-agency Team Around the Family."),
    lv("Level 4", "Specialist", "C+D",
       "Referral to Cresswold Children's Services for a statutory assessment under section 17, or for child protection enquiries under section 47 where significant harm is suspected."),
]

FONT = "Helvetica"


def draw(c, page, total):
    c.saveState()
    c.setFont(FONT, 7.5)
    w, h = landscape(A4)
    c.drawString(14 * mm, 8 * mm, "Cresswold Safeguarding Children Partnership  |  Threshold Matrix  |  Version 1.4  |  June 2023")
    c.drawRightString(w - 14 * mm, 8 * mm, "Page %d of %d" % (page, total))
    c.restoreState()


def build():
    items = parse(DATA)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=FONT + "-Bold", fontSize=20, leading=24, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=FONT + "-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8.2, leading=10, spaceAfter=3.5)
    head = ParagraphStyle("hd", fontName=FONT + "-Bold", fontSize=9.5, leading=12)
    rowh = ParagraphStyle("rh", fontName=FONT + "-Bold", fontSize=8.5, leading=10.5)

    story = [Paragraph("Cresswold Threshold Matrix", h1),
             Paragraph("Levels of need for children, young people and families – Version 1.4, June 2023", body),
             Paragraph("About this matrix", h2),
             Paragraph("The matrix on the following pages sets out examples of what practitioners may see at each "
                       "level of need. It is organised by the domains of the Assessment Framework. Read across a "
                       "row to see how a need might look as it becomes more serious. The examples are not a "
                       "checklist: several lower-level needs together, or a single serious incident, may mean a "
                       "higher response is right.", body),
             Paragraph("The four levels", h2)]
    for l in LEVELS:
        story.append(Paragraph("<b>%s – %s.</b> %s" % (l["label"], l["name"], esc(l["evidence"])), body))
    story.append(Paragraph("Where a child is at immediate risk, contact the police on 999. For advice at any "
                           "level, ring the Cresswold Children's Advice Line on 01632 961 220.", body))
    story.append(Paragraph("Step up and step down", h2))
    story.append(Paragraph("When needs increase, the lead professional should discuss the case with their "
                           "safeguarding lead and move it up the continuum. When a social worker closes a case at "
                           "Level 4, a step-down meeting agrees who will lead any continuing early help.", body))
    story.append(PageBreak())

    rows = [[Paragraph("Need", head)] + [Paragraph(l["label"], head) for l in LEVELS]]
    for dom, dit in groups(items, "domain"):
        row = [Paragraph(esc(dom), rowh)]
        bylevel = {}
        for it in dit:
            bylevel.setdefault(it["level"], []).append(Paragraph(esc(it["text"]), cell))
        for l in LEVELS:
            row.append(bylevel.get(l["label"], []))
        rows.append(row)
    t = Table(rows, colWidths=[38 * mm, 58 * mm, 58 * mm, 58 * mm, 58 * mm], repeatRows=0)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, 0), 10)]))
    story.append(t)
    doc = SimpleDocTemplate(os.path.join(PDF, SLUG + ".pdf"), pagesize=landscape(A4),
                            leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                            title="Cresswold Threshold Matrix", author="Cresswold Safeguarding Children Partnership")
    doc.build(story, canvasmaker=numbered_canvas(draw))
    meta = dict(partnership="Cresswold Safeguarding Children Partnership", authorities="Cresswold",
                producer="reportlab", layout_family="matrix_unruled", orientation="landscape",
                version="1.4", version_date="2023-06")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
