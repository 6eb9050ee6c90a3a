"""Culverdean - domain_then_level, ReportLab. Level 1/2 A, Level 3 'Targeted Support' = C (name misleads), Level 4 D."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from rlutil import make_canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, ListFlowable, ListItem,
                                Table, TableStyle, KeepTogether, CondPageBreak)
from xml.sax.saxutils import escape as E

SLUG = "culverdean"
ann = Ann(SLUG)
F, FB = "Times-Roman", "Times-Bold"
base = ParagraphStyle("b", fontName=F, fontSize=11, leading=14, spaceAfter=6, allowWidows=0, allowOrphans=0)
cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=colors.HexColor("#1b4f72"), spaceBefore=14, spaceAfter=4)
lv = ParagraphStyle("lv", parent=base, fontName=FB, fontSize=10, leading=13, spaceBefore=4, spaceAfter=1)
item = ParagraphStyle("i", parent=base, spaceAfter=1, leading=13.5)

LEVELS = [
 ("Level 1/2", "Universal and Early Help", "A",
  "Children with no additional needs, or with emerging needs that can be met by the universal services that know them, using an Early Help Assessment where more than one service is involved.",
  "The school, early years setting, health visitor or GP; no referral to Children's Social Care is needed.",
  "The school, early years setting, health visitor or GP; no referral to Children's Social Care is needed."),
 ("Level 3", "Targeted Support", "C",
  "Children in need under section 17 of the Children Act 1989, whose health or development is likely to be significantly impaired without the provision of services. A social worker completes a single assessment and may agree a child in need plan.",
  "Children's Social Care (Assessment and Intervention teams), with partner agencies.",
  "Children in need under section 17 of the Children Act 1989, whose health or development is likely to be significantly impaired without the provision of services."),
 ("Level 4", "Protection", "D",
  "Children who are suffering, or likely to suffer, significant harm. A strategy meeting is held, enquiries are made under section 47 and an initial child protection conference may be convened.",
  "Children's Social Care and the police, with health and education.",
  "A strategy meeting is held, enquiries are made under section 47 and an initial child protection conference may be convened."),
]

CHAPTERS = [
 ("Domestic abuse", "Domestic abuse includes any incident of controlling, coercive, threatening, violent or abusive behaviour between those aged 16 or over who are or have been intimate partners or family members. Children who see, hear or experience its effects are victims in their own right.", [
  ("Level 1/2", ["Parents are able to resolve conflict without aggression || S",
                 "Parents are separating and there are occasional arguments || domestic_violence 1",
                 "Parental conflict that the child is aware of || domestic_violence 2"]),
  ("Level 3", ["A single incident of domestic abuse reported to the police and assessed as standard or medium risk || domestic_violence 4",
               "Family characterised by conflict and serious, chronic relationship difficulties || domestic_violence 4",
               "Parent's new partner shows controlling behaviour and has a history of domestic abuse in a previous relationship || domestic_violence 4"]),
  ("Level 4", ["Repeated domestic abuse incidents with the child present || domestic_violence 5",
               "High-risk domestic abuse (MARAC) || domestic_violence 6",
               "Child injured during a domestic abuse incident || domestic_violence;physical_abuse 6",
               "Unborn baby whose mother is experiencing domestic abuse || domestic_violence 5"])]),
 ("Self-harm and suicidal behaviour", "Self-harm is any act of self-poisoning or self-injury, whatever the motive. It is often a way of coping with overwhelming feelings and should always be taken seriously.", [
  ("Level 1/2", ["Low mood following a loss or change || child_mental_health 1",
                 "Has self-harmed once and has talked about it || self_harm 2"]),
  ("Level 3", ["Self-harm that is repeated and linked to emotional distress || self_harm 3",
               "Self-harm with suicidal thoughts; known to CAMHS || self_harm 4"]),
  ("Level 4", ["Suicide attempt, or self-harm that is life-threatening || self_harm 6",
               "Repeated serious self-harm, with parents unable or unwilling to respond || self_harm 5"])]),
 ("Housing and homelessness", "Poor or insecure housing can affect every part of a child's life, from their health to their schooling and friendships.", [
  ("Level 1/2", ["Family is settled in safe, secure housing || S",
                 "Housing is in a poor state of repair || housing 2",
                 "Family living in overcrowded conditions || housing 2",
                 "Rent arrears building up || housing 3"]),
  ("Level 3", ["Family homeless or about to become homeless || housing 4",
               "Family living in temporary accommodation with frequent moves || housing 3"]),
  ("Level 4", ["Home conditions are dangerous or squalid || housing;neglect 5",
               "Young person thrown out of the family home || housing 6"])]),
 ("Bullying", "Bullying is behaviour, repeated over time, that intentionally hurts another child physically or emotionally, in person or online.", [
  ("Level 1/2", ["Has supportive friendships || S",
                 "May be being bullied, or is falling out with friends || bullying 1",
                 "Experiencing bullying, including online || bullying 2",
                 "Bullying others || bullying 3"]),
  ("Level 3", ["Severe or persistent bullying affecting the child's wellbeing || bullying 4"]),
  ("Level 4", ["Serious assault by peers, or threats that put the child at risk of serious harm || bullying 6"])]),
 ("Physical abuse", "Physical abuse may involve hitting, shaking, throwing, poisoning, burning or scalding, drowning, suffocating or otherwise causing physical harm to a child.", [
  ("Level 1/2", ["Parents use smacking as a form of discipline || physical_abuse 3"]),
  ("Level 3", ["Harsh physical chastisement, including the use of an implement || physical_abuse 4",
               "Frequent minor injuries with plausible explanations but a developing pattern || physical_abuse 4"]),
  ("Level 4", ["Any injury to a non-mobile baby || physical_abuse 5",
               "Bruising with an implausible explanation || physical_abuse 5",
               "Clear allegation of physical harm by a parent or carer || physical_abuse 5",
               "Fractures, burns or scalds || physical_abuse 6"])]),
 ("Neglect", "Neglect is the persistent failure to meet a child's basic physical and/or psychological needs, likely to result in the serious impairment of the child's health or development.", [
  ("Level 1/2", ["Some concerns about hygiene or clothing || neglect 2",
                 "Missed health or dental appointments || neglect 2"]),
  ("Level 3", ["Neglect of basic care that is affecting the child's development || neglect 4",
               "Inadequate supervision for the child's age || neglect 3"]),
  ("Level 4", ["Persistent neglect with significant harm to health or development || neglect 5",
               "Young child left alone or abandoned || neglect 6"])]),
 ("Child exploitation", "Child sexual exploitation (CSE) and child criminal exploitation (CCE), including county lines, occur where an individual or group takes advantage of an imbalance of power to coerce, control or manipulate a child.", [
  ("Level 1/2", ["Some concerns about online safety or contact with unknown adults online || exploitation 2"]),
  ("Level 3", ["Associating with older young people or adults linked to exploitation; unexplained money or items || exploitation 4"]),
  ("Level 4", ["Child sexual exploitation or criminal exploitation confirmed or strongly suspected || exploitation 5",
               "Child has been trafficked || exploitation 5"])]),
 ("Missing from home, care or education", "Every episode of a child going missing should be reported and followed by a return home interview.", [
  ("Level 1/2", ["Occasionally late home without permission || missing 1",
                 "Attendance below 90% || attendance 3"]),
  ("Level 3", ["Missing from home on more than one occasion || missing 4",
               "Child missing education (CME) || attendance 4"]),
  ("Level 4", ["Missing overnight or for long periods, with a risk of exploitation || missing;exploitation 5"])]),
 ("Parental mental health", "Most parents with mental health difficulties care for their children well; the concern is the impact of the parent's illness on the child.", [
  ("Level 1/2", ["Parent has mild anxiety or depression and is managing || parental_mental_health 1"]),
  ("Level 3", ["Parent's mental health is significantly affecting the care of the child || parental_mental_health 4"]),
  ("Level 4", ["Parent's mental illness places the child at risk of significant harm || parental_mental_health 5",
               "Parent has expressed thoughts of harming the child || parental_mental_health 6"])]),
 ("Substance misuse", "This section covers both the use of drugs and alcohol by young people and its use by parents and carers.", [
  ("Level 1/2", ["Young person experimenting with alcohol or cannabis || substance_misuse 2",
                 "Parent's use of alcohol occasionally affects family life || substance_misuse 2"]),
  ("Level 3", ["Parental substance misuse affecting the child's care || substance_misuse 4",
               "Young person's regular drug use is putting their health at risk || substance_misuse 4"]),
  ("Level 4", ["Parent's drug or alcohol use leaves the child without adequate care or in danger || substance_misuse 5"])]),
 ("Sexual abuse and harmful sexual behaviour", "Sexual abuse involves forcing or enticing a child to take part in sexual activities, whether or not the child is aware of what is happening, and includes non-contact and online abuse.", [
  ("Level 1/2", ["Sexualised language or behaviour that is inappropriate for the child's age || sexual_abuse 2"]),
  ("Level 3", ["Harmful sexual behaviour towards other children || sexual_abuse 4"]),
  ("Level 4", ["Disclosure or allegation of sexual abuse || sexual_abuse 5"])]),
]

def build():
    pdf = os.path.join(PDFDIR, SLUG + ".pdf")
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Threshold Guidance by Issue", author="Culverdean Children's Safeguarding Partnership")
    s = [Spacer(1, 40 * mm),
         Paragraph("Culverdean Children's Safeguarding Partnership", ParagraphStyle("t0", parent=base, fontName="Helvetica-Bold", fontSize=13, textColor=colors.HexColor("#1b4f72"))),
         Spacer(1, 8 * mm),
         Paragraph("Threshold Guidance by Issue", ParagraphStyle("t1", parent=base, fontName="Helvetica-Bold", fontSize=28, leading=33)),
         Paragraph("Levels of need for eleven common safeguarding concerns", ParagraphStyle("t2", parent=base, fontSize=14, leading=18)),
         Spacer(1, 80 * mm),
         Paragraph("Version 1.3 &nbsp;&nbsp; July 2020<br/>Owner: Culverdean CSP Policy and Procedures Sub-group", base),
         PageBreak()]
    s.append(Paragraph("1. Introduction", h1))
    s.append(Paragraph("This guidance is arranged by issue rather than by level. For each concern you will find a short definition and examples of what the concern may look like at each level of need. It is intended for practitioners in every agency and should be used alongside the Culverdean child protection procedures and your own professional judgement.", base))
    s.append(Paragraph("Where a child has several needs, consider them together: a number of Level 1/2 concerns may add up to to a Level 3 response. Where an issue is not listed, use the level definitions below and seek advice from your designated safeguarding lead.", base))
    s.append(Paragraph("2. Levels of need", h1))
    rows = [[Paragraph("<b>Level</b>", cell), Paragraph("<b>What it means</b>", cell), Paragraph("<b>Who leads</b>", cell)]]
    for lab, name, maps, what, who, ev in LEVELS:
        ann.level(lab, name, maps, ev)
        rows.append([Paragraph("<b>%s</b><br/>%s" % (lab, E(name)), cell), Paragraph(E(what), cell), Paragraph(E(who), cell)])
    t = Table(rows, colWidths=[32 * mm, 88 * mm, 46 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8c8d")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e4f0")),
                           ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#e8f6e8")), ("BACKGROUND", (0, 2), (0, 2), colors.HexColor("#fdf2e0")),
                           ("BACKGROUND", (0, 3), (0, 3), colors.HexColor("#fae0e0"))]))
    s += [t, Spacer(1, 4 * mm)]
    s.append(Paragraph("3. How to refer", h1))
    s.append(Paragraph("For concerns at Level 3 or Level 4, contact the Culverdean Integrated Front Door on 01632 968 400. If a child is in immediate danger, call 999. Where you have concerns at Level 1/2, discuss them with the family and consider an Early Help Assessment.", base))
    n = 4
    for title, intro, levels in CHAPTERS:
        s.append(CondPageBreak(60 * mm))
        s.append(Paragraph("%d. %s" % (n, E(title)), h1)); n += 1
        s.append(Paragraph(E(intro), base))
        for lab, items in levels:
            lis = []
            for it in items:
                ann.add(it, lab, title, min_page=2)
                lis.append(ListItem(Paragraph(E(display(it)), item), leftIndent=12, value="\u2022"))
            s.append(KeepTogether([Paragraph(lab, lv), ListFlowable(lis, bulletType="bullet", start="\u2022", leftIndent=12, bulletFontSize=9)]))
    doc.build(s, canvasmaker=make_canvas("Culverdean Children's Safeguarding Partnership", "Threshold Guidance by Issue – v1.3", "July 2020"))
    ann.meta = dict(partnership="Culverdean Children's Safeguarding Partnership", authorities="Culverdean",
                    producer="reportlab", layout_family="domain_then_level", orientation="portrait",
                    version="1.3", version_date="2020-07")
    ann.finish(pdf)

build()
