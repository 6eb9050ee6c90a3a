"""westerfold: matrix_ruled, reportlab landscape. Levels A, A, B, C+D."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from rlutil import numbered_canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle,
                                Spacer, PageBreak, KeepTogether)

SLUG = "westerfold"
META = dict(partnership="Westerfold Safeguarding Children Partnership", authorities="Westerfold",
            producer="reportlab", layout_family="matrix_ruled", orientation="landscape",
            version="2.0", version_date="2024-03")

LEVELS = [
    dict(label="Universal", name="", maps_to="A",
         evidence="Where a worry does arise, the practitioner responds within their own service, for example through extra pastoral time, advice to parents or a follow-up appointment."),
    dict(label="Universal Plus", name="", maps_to="A",
         evidence="A universal service, supported where needed by one other agency, meets the need; an Early Help Assessment may be opened by the school, setting or health practitioner, who acts as lead professional."),
    dict(label="Partnership Plus", name="", maps_to="B",
         evidence="The Westerfold Early Help Service coordinates a multi-agency Team Around the Family and may allocate a family support worker."),
    dict(label="Specialist", name="", maps_to="C+D",
         evidence="Referral to Children's Social Care through the Westerfold Front Door for an assessment under section 17 or enquiries under section 47 of the Children Act 1989."),
]
HEAD = {"Universal": "#4E9A48", "Universal Plus": "#E0B43A", "Partnership Plus": "#E07B2E", "Specialist": "#B8322A"}

DATA = """
#Domestic abuse
@Universal
s | Parents resolve disagreements calmly and without involving the children
1 domestic_violence | Occasional arguments between parents that are quickly resolved
@Universal Plus
2 domestic_violence | Parental conflict that the child is aware of and and is upset by
3 domestic_violence | Parents separated after an abusive relationship and the child has contact with both
@Partnership Plus
3 domestic_violence | Conflict between parents that regularly draws the child in, e.g. child asked to take sides
4 domestic_violence | Police called to a domestic incident at which the children were present
@Specialist
5 domestic_violence | Persistent domestic abuse, including coercive control, with the children living in fear
6 domestic_violence;physical_abuse | Child injured, or threatened with a weapon, during a domestic incident
6 domestic_violence | Case assessed as high risk and referred to MARAC

#Parental mental health
@Universal
1 parental_mental_health | Parent has a mental health condition that is well managed with support from their GP
@Universal Plus
2 parental_mental_health | Parental anxiety or depression having some impact on family routines
2 parental_mental_health | Mother experiencing low mood in the months after the birth of a baby
@Partnership Plus
3 parental_mental_health;parenting_capacity | Parent's mental health fluctuates and the child takes on caring tasks
@Specialist
4 parental_mental_health | Severe and enduring mental illness that prevents the parent from meeting the child's basic needs
5 parental_mental_health | Parent's illness leads to behaviour that puts the child at risk, or the child features in a parent's delusions

#Substance misuse
@Universal
s | No use of drugs or alcohol by the young person
@Universal Plus
2 substance_misuse | Young person has tried alcohol or cannabis on a few occasions
2 substance_misuse | Parental drinking occasionally gets in the way of the morning routine
@Partnership Plus
3 substance_misuse;attendance | Regular cannabis use by the young person affecting attendance and mood
3 substance_misuse | Parental drug or alcohol misuse with some impact on care; parent engaging with treatment
@Specialist
5 substance_misuse;neglect | Parent regularly intoxicated while caring for young children
4 substance_misuse | Young person's substance misuse is dependent or escalating
6 substance_misuse | Young person found unconscious after taking drugs or alcohol

#Housing
@Universal
s | Family living in secure, suitable housing
1 housing | Home needs some minor repairs
@Universal Plus
2 housing | Overcrowded housing, with children sharing beds
2 housing;health_development | Damp or mould in the home that is making a child's asthma worse
@Partnership Plus
3 housing | Rent arrears and a notice seeking possession from the landlord
3 housing | Family frequently moving between addresses
4 housing | Family homeless and living in bed and breakfast accommodation
@Specialist
5 housing | Home conditions pose a danger to the child, for example exposed wiring or hazardous squalor
6 housing | Young person has been thrown out of home and is sleeping rough

#Bullying
@Universal
1 bullying | Falling out with friends that is sorted out with help from school
@Universal Plus
2 bullying | Child reports being bullied, in school or online
3 bullying | Child is bullying other pupils
@Partnership Plus
3 bullying;attendance | Ongoing bullying that is leading to the child refusing to go to school
@Specialist
4 bullying | Persistent and severe bullying, including online, that continues despite intervention
5 bullying;child_mental_health | Bullying has caused serious harm to the child's emotional or physical health

#Self-harm
@Universal
1 child_mental_health | Low mood following a bereavement or loss
@Universal Plus
2 self_harm | Low-level self-harm such as scratching, with no previous history
@Partnership Plus
3 self_harm | Repeated self-harm, with the young person willing to accept support
4 self_harm | Talks about wanting to die but has no plan to act on it
@Specialist
5 self_harm | Repeated serious self-harm, and parents unable or unwilling to respond
6 self_harm | Suicide attempt, or self-harm needing hospital treatment

#Physical abuse
@Universal Plus
3 physical_abuse | Parent describes smacking as their usual way of managing behaviour
@Partnership Plus
3 physical_abuse | Rough handling of the child reported on a single occasion
4 physical_abuse | Frequent minor injuries that are not well explained
@Specialist
5 physical_abuse | Child discloses being hit by a parent or carer and has visible marks
5 physical_abuse | Bruising on a baby who is not yet mobile
6 physical_abuse | Fractures, burns, bite marks or head injuries where abuse is suspected

#Neglect
@Universal
s | Child is well fed, clean and appropriately dressed
@Universal Plus
2 neglect | Child's clothes are sometimes unwashed or unsuitable for the weather
2 neglect;health_development | Dental decay that has not been treated
@Partnership Plus
3 neglect | Young children left with a series of unsuitable carers
3 neglect | Poor home hygiene that is affecting the children
@Specialist
5 neglect | Chronic neglect: child persistently hungry, unwashed and without adequate supervision
6 neglect | Young child left alone at home for long periods

#Sexual abuse and harmful sexual behaviour
@Universal
s | Age-appropriate understanding of relationships and consent
@Universal Plus
2 sexual_abuse | Sexual behaviour slightly beyond what is expected for the child's age
@Partnership Plus
3 sexual_abuse | Sexualised behaviour or language in a young child that is causing concern
@Specialist
5 sexual_abuse | Child discloses sexual abuse
5 sexual_abuse | Child has been shown or sent sexual images by an adult

#Exploitation (CSE and CCE)
@Universal Plus
2 exploitation | New friends or online contacts that parents know little about
@Partnership Plus
3 exploitation | Unexplained money, phones, clothes or gifts
3 missing | Staying out late without parents knowing where they are
@Specialist
5 exploitation | Evidence of sexual or criminal exploitation, including county lines
5 missing;exploitation | Repeatedly missing overnight and found in other towns

#Education and attendance
@Universal
s | Good attendance and punctuality
@Universal Plus
2 attendance | Attendance between 85% and 90%
@Partnership Plus
3 attendance | Persistent absence or a pattern of suspensions
@Specialist
4 attendance;neglect | Child missing education, with parents not engaging with the attendance team

#Parenting and relationships
@Universal
s | Warm, loving relationship between parents and child
@Universal Plus
2 parenting_capacity | Parents need advice about routines, sleep or behaviour
@Partnership Plus
3 parenting_capacity | Parents have lost control of a teenager's behaviour and are asking for help
@Specialist
5 emotional_abuse | Child is frightened of a parent, or is persistently rejected

#Emotional health and wellbeing
@Universal
s | Generally happy and able to cope with everyday ups and downs
@Universal Plus
2 child_mental_health | Worries or low mood affecting sleep or concentration
@Partnership Plus
3 child_mental_health | Anxiety that stops the child taking part in school or social activities
@Specialist
4 child_mental_health | Eating disorder or other serious mental health need requiring specialist CAMHS input

#Health and disability
@Universal
s | Health and developmental checks up to date
@Universal Plus
2 health_development | Delay in speech and language or toileting that is not yet being addressed
@Partnership Plus
3 health_development | Disability or long-term condition placing strain on the family's ability to cope
@Specialist
4 health_development | Complex disability requiring short breaks or specialist support to stay at home
5 neglect;health_development | Repeated failure to attend appointments for a serious health condition

#Offending and anti-social behaviour
@Universal Plus
2 behaviour_offending | Low-level disruptive behaviour in the community
@Partnership Plus
3 behaviour_offending | Anti-social behaviour warning or a community resolution from the police
@Specialist
4 behaviour_offending | Repeated offending, or a serious offence, with the young person known to the Youth Justice Service
4 behaviour_offending | Violence towards parents or siblings at home

#Money and work
@Universal
s | At least one parent in work or with a stable income
@Universal Plus
2 family_finances | Household struggling with the cost of food, heating or school uniform
@Partnership Plus
3 family_finances | Debt building up, with bailiffs or court action threatened

#Harmful practices and extremism
@Partnership Plus
3 radicalisation | Young person accessing extremist material online
@Specialist
4 radicalisation | Concerns about radicalisation that meet the threshold for a Prevent referral
5 harmful_practices | Girl at risk of FGM, or young person at risk of forced marriage or honour-based abuse
"""
ITEMS = parse(DATA)
ROWS = []
for it in ITEMS:
    if it["domain"] not in ROWS:
        ROWS.append(it["domain"])

ss = dict(
    title=ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#1d3557")),
    sub=ParagraphStyle("s", fontName="Helvetica", fontSize=12, leading=15, textColor=colors.HexColor("#1d3557")),
    body=ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5),
    h=ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
    cell=ParagraphStyle("c", fontName="Helvetica", fontSize=9.2, leading=11.6, spaceAfter=2.5),
    row=ParagraphStyle("r", fontName="Helvetica-Bold", fontSize=8.8, leading=11),
    th=ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.white),
    dcell=ParagraphStyle("dc", fontName="Helvetica", fontSize=8.8, leading=11),
)


def foot(c, page, total):
    w, h = landscape(A4)
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(15 * mm, h - 10 * mm, "Westerfold Safeguarding Children Partnership")
    c.drawRightString(w - 15 * mm, h - 10 * mm, "Threshold Matrix: Universal to Specialist")
    c.drawString(15 * mm, 8 * mm, "Version 2.0  |  March 2024  |  Review March 2026")
    c.drawRightString(w - 15 * mm, 8 * mm, "Page %d of %d" % (page, total))


def build():
    w, h = landscape(A4)
    doc = BaseDocTemplate(os.path.join(PDF, SLUG + ".pdf"), pagesize=landscape(A4),
                          leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=14 * mm,
                          title="Westerfold Threshold Matrix", author="Westerfold SCP")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    st = []
    st.append(Paragraph("Westerfold Safeguarding Children Partnership", ss["sub"]))
    st.append(Paragraph("Threshold Matrix: Universal to Specialist", ss["title"]))
    st.append(Spacer(1, 6))
    for t in (
        "This matrix helps practitioners in Westerfold decide what kind of help a child and family may need. "
        "It should be used with the partnership's Early Help Strategy and the Westerfold child protection procedures. "
        "The examples are a guide and not a checklist: look at the whole picture, including the family's strengths, "
        "how long a concern has lasted and its effect on the child.",
        "Needs can move between levels in either direction. Where you are worried that a child is at immediate risk "
        "of harm, call the police on 999 and then the Front Door. Do not wait to complete a form.",
    ):
        st.append(Paragraph(t, ss["body"]))
    st.append(Paragraph("The four levels", ss["h"]))
    defs = [
        ("Universal", "Children whose needs are being met by their family and by services available to all, such as "
         "schools, early years settings, GPs and health visitors. " + LEVELS[0]["evidence"], "The universal service"),
        ("Universal Plus", "Children with an additional need that is not being met, which is likely to be short term. "
         + LEVELS[1]["evidence"], "School, setting or health practitioner"),
        ("Partnership Plus", "Children with several needs, or needs that have not improved with Universal Plus support. "
         + LEVELS[2]["evidence"] + " Support is voluntary and requires consent.", "Westerfold Early Help Service"),
        ("Specialist", "Children with complex needs who need a statutory service, and children at risk of significant harm. "
         + LEVELS[3]["evidence"], "Children's Social Care"),
    ]
    data = [[Paragraph("Level", ss["th"]), Paragraph("What it means", ss["th"]), Paragraph("Who leads", ss["th"])]]
    for lab, d, who in defs:
        data.append([Paragraph("<b>%s</b>" % lab, ss["dcell"]), Paragraph(esc(d), ss["dcell"]), Paragraph(who, ss["dcell"])])
    t = Table(data, colWidths=[40 * mm, 175 * mm, 50 * mm])
    sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3557")),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for i, (lab, _, _) in enumerate(defs, 1):
        sty.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(HEAD[lab])))
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(Spacer(1, 8))
    box = Table([[Paragraph("<b>Westerfold Front Door</b>: 01873 552 600 (Monday to Friday, 8.45am to 5pm). "
                            "Out of hours: Emergency Duty Team 01873 552 999. Early Help consultation line: 01873 552 640.",
                            ss["dcell"])]], colWidths=[265 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#B8322A")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeceb")),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st.append(box)
    st.append(PageBreak())

    cols = [l["label"] for l in LEVELS]
    hdr = [Paragraph("Risk factor", ss["th"])] + [Paragraph(c, ss["th"]) for c in cols]
    data = [hdr]
    for r in ROWS:
        row = [Paragraph(esc(r), ss["row"])]
        for c in cols:
            cell = [Paragraph("\u2022 " + esc(i["text"]), ss["cell"])
                    for i in ITEMS if i["domain"] == r and i["level"] == c]
            row.append(cell or Paragraph("\u2013", ss["dcell"]))
        data.append(row)
    t = Table(data, colWidths=[37 * mm, 57 * mm, 57 * mm, 57 * mm, 59 * mm], repeatRows=1)
    sty = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#1d3557")),
           ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef1f6")),
           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    for j, c in enumerate(cols, 1):
        sty.append(("BACKGROUND", (j, 0), (j, 0), colors.HexColor(HEAD[c])))
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(KeepTogether([Paragraph("Remember", ss["h"]), Paragraph(
        "A single serious incident can be enough for a Specialist response. Several lower-level concerns together, "
        "or concerns that keep coming back, may also mean that a child needs more help than the examples suggest. "
        "If you are unsure, talk to your designated safeguarding lead or ring the Early Help consultation line.", ss["body"])]))
    doc.build(st, canvasmaker=numbered_canvas(foot))


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
