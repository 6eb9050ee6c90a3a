"""Ketterby: run_in_labels, ReportLab. Two-page quick guide; each level a bold run-in label, then bullets.
Five levels, Level 4 a B+C band."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from rlutil import numbered_canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

SLUG = "ketterby"

DATA = r"""
@Level 1
s | Healthy, happy and meeting milestones
s | Regular school attendance
s | Safe, stable home with enough money for essentials
s | Parents who set boundaries and respond to the child's needs
1 parenting_capacity | Parents who now and then ask for advice about behaviour or sleep

@Level 2
2 attendance | Attendance dropping to around 92%
2 bullying | Some name-calling or bullying at school which staff are dealing with
2 self_harm | An isolated episode of low-level self-harm
2 health_development | Development slightly behind, e.g. late to talk
2 domestic_violence | Parents separating, with some conflict that the child notices
2 housing | Family living in cramped or overcrowded housing
2 family_finances | Money worries after a change in benefits
2 substance_misuse | Young person trying alcohol with friends
2 parental_mental_health | Parent experiencing low mood after the birth of a baby

@Level 3
3 bullying;child_mental_health | Being bullied, with the child becoming withdrawn and reluctant to go to school
3 self_harm;child_mental_health | Repeated self-harm linked to stress or emotional difficulties
3 attendance | Persistent lateness and attendance below 90%
3 domestic_violence | Ongoing parental conflict that the child is caught up in
3 housing;family_finances | Family in temporary accommodation, or with rent arrears
3 behaviour_offending | Anti-social behaviour in the community
3 physical_abuse | Parent admits smacking the child when stressed
3 neglect | Poor hygiene and routines, with the child often tired or hungry
3 exploitation | Early warning signs of exploitation, such as staying out late with older peers
3 parental_mental_health;parenting_capacity | Parent's mental health is affecting their parenting

@Level 4
4 domestic_violence | Domestic abuse incidents, with the child present in the home
3 domestic_violence | A history of domestic abuse, where the parent is now rebuilding family life
4 self_harm | Self-harm with suicidal ideas
4 bullying | Persistent, severe bullying leaving the child isolated
4 housing | Family homeless or facing imminent eviction
3 attendance | Child at risk of exclusion from school
4 missing | Young person going missing from home
4 substance_misuse;parenting_capacity | Parental substance misuse affecting care of the child
4 physical_abuse | Repeated minor injuries with explanations that vary
3 child_mental_health | Emotional and behavioural difficulties needing several services to work together

@Level 5
6 self_harm | A suicide attempt or life-threatening self-harm
5 physical_abuse | Bruising or marks on a baby or child that cannot be explained
6 physical_abuse | Serious physical injury to a child
5 domestic_violence | Persistent domestic violence or coercive control with a child at risk
6 domestic_violence;physical_abuse | High-risk domestic abuse (MARAC) where a child has been hurt or threatened
5 bullying | Bullying that has led to serious harm
5 sexual_abuse | Allegation or disclosure of sexual abuse
5 exploitation | Child exploited through CSE, CCE or county lines
5 neglect | Severe neglect with a significant impact on the child
6 housing | Young person thrown out of the family home
"""

LEVELS = [
    lv("Level 1", "No additional needs", "",
       "Children at this level are doing well and need nothing more than the services every family uses."),
    lv("Level 2", "Emerging needs", "A",
       "The nursery, school, college or health practitioner already working with the family offers extra help themselves, using the Ketterby early help checklist."),
    lv("Level 3", "Additional needs", "B",
       "Ketterby's Targeted Family Support team works with the family under an Early Help Assessment and a family plan."),
    lv("Level 4", "Complex needs", "B+C",
       "Depending on the assessment, the family receives intensive targeted family support or, where the threshold is met, a child and family assessment by a social worker under section 17."),
    lv("Level 5", "Acute needs", "D",
       "The Ketterby MASH convenes a strategy discussion and child protection enquiries follow under section 47."),
]
TAIL = {
    "Level 1": " Keep doing what you are doing.",
    "Level 2": " No referral is needed, but do record what you have done.",
    "Level 3": " Ask the family's consent and send the request to the Early Help Hub.",
    "Level 4": " Talk to the MASH consultation line if you are unsure which route is right.",
    "Level 5": " Phone the MASH immediately, or 999 if the child is in danger now.",
}

GREEN = colors.HexColor("#2E6B30")


def draw(c, page, total):
    c.saveState()
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(18 * mm, 10 * mm, "Ketterby Children's Safeguarding Partnership  ·  Quick guide to levels of need  ·  April 2024")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d of %d" % (page, total))
    c.setStrokeColor(GREEN); c.setLineWidth(3); c.line(18 * mm, A4[1] - 12 * mm, A4[0] - 18 * mm, A4[1] - 12 * mm)
    c.restoreState()


def build():
    items = parse(DATA)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.6, leading=12.4, spaceAfter=4)
    run = ParagraphStyle("r", parent=body, spaceBefore=7, spaceAfter=2)
    bul = ParagraphStyle("u", parent=body, leftIndent=12, bulletIndent=3, spaceAfter=1.2, fontSize=9.4, leading=11.8)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=19, leading=23, textColor=GREEN, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=GREEN, spaceBefore=6, spaceAfter=3)
    story = [Paragraph("Levels of Need: Quick Guide", h1),
             Paragraph("For practitioners in schools, health, police, housing and the voluntary sector. "
                       "Version 4, April 2024.", body),
             Paragraph("This two-page guide sums up Ketterby's five levels of need. The full Threshold "
                       "Document on the partnership website gives more examples. Use your judgement: what "
                       "matters most is the effect on the child.", body),
             Paragraph("The five levels", h2)]
    for level, lit in groups(items, "level"):
        l = [x for x in LEVELS if x["label"] == level][0]
        story.append(Paragraph("<b>%s (%s).</b> %s%s" % (l["name"], l["label"], esc(l["evidence"]), TAIL[level]), run))
        for it in lit:
            story.append(Paragraph(esc(it["text"]), bul, bulletText="•"))
    box = Table([[Paragraph("<b>Contacts.</b> Ketterby MASH: 01632 964 010 (Mon–Fri 8.30–5). Emergency Duty "
                            "Team: 01632 964 999. Early Help Hub: 01632 964 050. If a child is in immediate "
                            "danger, call 999.", body)]], colWidths=[174 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                             ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story += [Spacer(1, 6), box]
    doc = SimpleDocTemplate(os.path.join(PDF, SLUG + ".pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title="Levels of Need: Quick Guide",
                            author="Ketterby Children's Safeguarding Partnership")
    doc.build(story, canvasmaker=numbered_canvas(draw))
    meta = dict(partnership="Ketterby Children's Safeguarding Partnership", authorities="Ketterby",
                producer="reportlab", layout_family="run_in_labels", orientation="portrait",
                version="4", version_date="2024-04")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
