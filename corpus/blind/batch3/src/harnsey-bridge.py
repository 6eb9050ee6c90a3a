"""Harnsey Bridge - run_in_labels, ReportLab. Level 1 (blank), 2a A, 2b B, 3 C, 4 D."""
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

SLUG = "harnsey-bridge"
ann = Ann(SLUG)

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6, allowWidows=0, allowOrphans=0)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=12)
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=colors.HexColor("#7a1f3d"), spaceBefore=8, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=colors.HexColor("#7a1f3d"), spaceBefore=12, spaceAfter=4)
h3 = ParagraphStyle("h3", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
item = ParagraphStyle("i", parent=base, spaceAfter=1.5, leading=13)

LEVELS = [
 ("Level 1", "Universal", "", "Level 1 – Universal.",
  "Children and young people at Level 1 have no additional needs. They are healthy, safe and making progress, and their needs are met by their families and by the services open to all children. No additional response is required.",
  "No additional response is required."),
 ("Level 2a", "Early Help – Single Agency", "A", "Level 2a – Early Help (single agency).",
  "A child has an additional need that one agency can meet, usually the school, nursery, GP or health visitor that already knows the family. That agency provides extra support itself, using its own resources, and records an early help plan; children's social care is not involved.",
  "That agency provides extra support itself, using its own resources, and records an early help plan; children's social care is not involved."),
 ("Level 2b", "Early Help – Multi-Agency", "B", "Level 2b – Early Help (multi-agency).",
  "The child's needs are wider and require more than one agency working together. An Early Help Assessment is completed and sent to the Harnsey Bridge Family Hub, which allocates a family support worker or coordinates a Team Around the Family.",
  "An Early Help Assessment is completed and sent to the Harnsey Bridge Family Hub, which allocates a family support worker or coordinates a Team Around the Family."),
 ("Level 3", "Child in Need", "C", "Level 3 – Child in Need.",
  "The child's needs are complex, and without support their health or development is likely to be significantly impaired. A referral is made to Children's Services through the Harnsey Bridge Contact Point and a social worker carries out an assessment under section 17 of the Children Act 1989.",
  "A referral is made to Children's Services through the Harnsey Bridge Contact Point and a social worker carries out an assessment under section 17 of the Children Act 1989."),
 ("Level 4", "Child Protection", "D", "Level 4 – Child Protection.",
  "There is reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm. A strategy discussion takes place and enquiries are made under section 47; the child may need immediate protection.",
  "A strategy discussion takes place and enquiries are made under section 47; the child may need immediate protection."),
]

IND = [
 ("Level 1", [("Child and family", [
    "Healthy, active and growing well || S",
    "Enjoys school and attends regularly || S",
    "Has good friendships and trusted adults to turn to || S",
    "Parents provide good basic care, warmth and guidance || S",
    "Family home is safe and settled || S"])]),
 ("Level 2a", [
  ("Developmental needs", [
    "Not reaching some developmental milestones; may need a referral to speech and language therapy || health_development 2",
    "Minor concerns about diet, weight or dental health || health_development 2",
    "Worries or low self-esteem that the child has talked to staff about || child_mental_health 2",
    "Reports being called names or left out by other pupils || bullying 2",
    "Attendance dipping below 95% || attendance 2"]),
  ("Parenting capacity", [
    "Parents sometimes struggle to manage the child's behaviour || parenting_capacity 2",
    "Parents are in dispute over separation and the child has heard arguments || domestic_violence 2"]),
  ("Family and environment", [
    "Family living in a flat that is too small for them || housing 2",
    "Household affected by a change in benefits or the loss of a job || family_finances 2"])]),
 ("Level 2b", [
  ("Developmental needs", [
    "Self-harm on more than one occasion; the child is finding it hard to cope || self_harm 3",
    "Behaviour at school leading to repeated suspensions || attendance;behaviour_offending 3",
    "Being bullied over a period of time, and now reluctant to go to school || bullying 3",
    "Has come to police attention for anti-social behaviour || behaviour_offending 3",
    "Teenage pregnancy, or a young parent needing support || health_development 3",
    "Using cannabis or alcohol most weekends || substance_misuse 3"]),
  ("Parenting capacity", [
    "Parenting is inconsistent and the child's needs are not always put first || parenting_capacity 3",
    "A history of domestic abuse in a previous relationship that still affects the child || domestic_violence 3",
    "Parent misuses alcohol, with some impact on routines and care || substance_misuse 3",
    "Concerns that the child is smacked or roughly handled at home || physical_abuse 3"]),
  ("Family and environment", [
    "Family at risk of losing their tenancy because of rent arrears or anti-social behaviour || housing 3",
    "Family placed in temporary accommodation outside the borough || housing 3",
    "Family relies on the food bank and is struggling with debt || family_finances 3"])]),
 ("Level 3", [
  ("Developmental needs", [
    "Self-harm accompanied by suicidal thoughts; CAMHS involved || self_harm 4",
    "Mental health difficulties severe enough to need specialist or inpatient assessment || child_mental_health 4",
    "Persistent bullying that has led to a breakdown in the child's friendships || bullying 4",
    "Young person on the edge of care because of conflict with parents || parenting_capacity 4",
    "Missing from home on several occasions, including overnight || missing 4",
    "Disabled child whose needs cannot be met without specialist services || health_development 4",
    "Involved in offending and subject to a youth justice order || behaviour_offending 4"]),
  ("Parenting capacity", [
    "Incidents of domestic abuse in the home, with the children present || domestic_violence 4",
    "Injuries that are frequent or not well explained || physical_abuse 4",
    "Parent's learning disability or mental illness seriously limits their ability to meet the child's needs || parental_mental_health 4",
    "Parents' substance misuse means the child's basic needs are often not met || substance_misuse;neglect 4"]),
  ("Family and environment", [
    "Family homeless or being evicted || housing 4",
    "Home conditions are poor and hazardous, with no improvement despite support || housing;neglect 4"])]),
 ("Level 4", [
  ("Developmental needs", [
    "Life-threatening self-harm or a suicide attempt || self_harm 6",
    "Evidence of sexual or criminal exploitation || exploitation 5",
    "Peer relationships have broken down and the young person has been seriously harmed by other young people || bullying 5",
    "Allegation or disclosure of sexual abuse || sexual_abuse 5"]),
  ("Parenting capacity", [
    "Any injury to a child who is not yet mobile || physical_abuse 5",
    "Child says a parent or carer has hit or hurt them || physical_abuse 5",
    "Serious or life-threatening injury, e.g. fractures, burns, shaking || physical_abuse 6",
    "Persistent domestic abuse with a risk of significant harm to the child || domestic_violence 5",
    "Domestic abuse case assessed as high risk and heard at MARAC || domestic_violence 6",
    "Severe neglect causing significant harm, e.g. faltering growth || neglect 5",
    "Child left alone or abandoned || neglect 6",
    "Parent's mental illness involves the child in delusional beliefs || parental_mental_health 5"]),
  ("Family and environment", [
    "Child living in conditions that are a serious danger to health || housing 5",
    "Young person forced to leave home and at risk on the streets || housing 6",
    "Forced marriage or FGM planned or suspected || harmful_practices 5"])]),
]

def build():
    pdf = os.path.join(PDFDIR, SLUG + ".pdf")
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Threshold Criteria", author="Harnsey Bridge Safeguarding Children Partnership")
    s = []
    s += [Spacer(1, 55 * mm),
          Paragraph("Harnsey Bridge Safeguarding Children Partnership", ParagraphStyle("t0", parent=base, fontName="Helvetica-Bold", fontSize=13, textColor=colors.HexColor("#7a1f3d"))),
          Spacer(1, 10 * mm),
          Paragraph("Threshold Criteria for Children's Services", ParagraphStyle("t1", parent=base, fontName="Helvetica-Bold", fontSize=26, leading=31)),
          Spacer(1, 4 * mm),
          Paragraph("Helping practitioners decide the right level of support for children, young people and their families", ParagraphStyle("t2", parent=base, fontSize=13, leading=17)),
          Spacer(1, 70 * mm),
          Paragraph("Version 5 &nbsp;&nbsp;|&nbsp;&nbsp; Published November 2024 &nbsp;&nbsp;|&nbsp;&nbsp; To be reviewed November 2026", small),
          PageBreak()]
    s.append(Paragraph("Contents", h1))
    toc = [("1", "Why we have threshold criteria", "2"), ("2", "The levels of need", "2"), ("3", "Indicators of need", "3"),
           ("", "Level 1", "3"), ("", "Level 2a", "3"), ("", "Level 2b", "3"), ("", "Level 3", "4"), ("", "Level 4", "4"), ("4", "Making a referral", "5")]
    t = Table([[a, b, c] for a, b, c in toc], colWidths=[10 * mm, 130 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
    s += [t, Spacer(1, 10 * mm)]
    s.append(Paragraph("1. Why we have threshold criteria", h1))
    s.append(Paragraph("All agencies in Harnsey Bridge share responsibility for the welfare of children. These criteria are intended to give practitioners a common language for talking about a child's needs and a shared understanding of when, and how, to ask for more help. They do not replace professional judgement, and they should be read together with the partnership's child protection procedures.", base))
    s.append(Paragraph("Every child is different. The indicators in section 3 are examples, not a checklist; a single indicator may not mean that a child's needs are at that level, while several lower-level needs together may point to a higher one. Think about how long a concern has lasted, how it affects the child, and what strengths the family has.", base))
    s.append(Paragraph("2. The levels of need", h1))
    s.append(Paragraph("Harnsey Bridge uses four levels. Level 2 is divided into two parts so that support can be matched more closely to the child's needs.", base))
    for lab, name, maps, runin, desc, ev in LEVELS:
        ann.level(lab, name, maps, ev)
        s.append(Paragraph('<font color="#7a1f3d"><b>%s</b></font> %s' % (E(runin), E(desc)), base))
    s.append(Paragraph("<b>Immediate danger.</b> If a child is at immediate risk of harm, call the police on 999 and then contact the Harnsey Bridge Contact Point on 01632 964 500 (out of hours 01632 964 599).", base))
    s.append(PageBreak())
    s.append(Paragraph("3. Indicators of need", h1))
    s.append(Paragraph("The indicators are grouped under the three areas of the Assessment Framework. Numbers are for reference only and do not show priority.", base))
    for lab, doms in IND:
        name = [l for l in LEVELS if l[0] == lab][0][1]
        s.append(CondPageBreak(45 * mm))
        s.append(Paragraph("%s: %s" % (lab, name), h2))
        for dom, items in doms:
            lis = []
            for it in items:
                ann.add(it, lab, dom, min_page=3)
                lis.append(ListItem(Paragraph(E(display(it)), item), leftIndent=16))
            s.append(KeepTogether([Paragraph(dom, h3), ListFlowable(lis[:2], bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName="Helvetica", bulletFontSize=10)]))
            if len(lis) > 2:
                s.append(ListFlowable(lis[2:], bulletType="1", bulletFormat="%s.", leftIndent=16, start=3, bulletFontName="Helvetica", bulletFontSize=10))
    s.append(PageBreak())
    s.append(Paragraph("4. Making a referral", h1))
    s.append(Paragraph("For Level 2a, talk to the family and agree what your service will do; record the plan. For Level 2b, complete an Early Help Assessment with the family and send it to the Family Hub. For Levels 3 and 4, telephone the Contact Point and follow up with the online referral form within 24 hours. Tell the family you are making a referral unless doing so would put the child at risk.", base))
    box = Table([[Paragraph("<b>Harnsey Bridge Contact Point</b><br/>Telephone: 01632 964 500 (8.30am to 5pm, Monday to Friday)<br/>Out of hours: 01632 964 599<br/>Secure email: contactpoint@harnseybridge.example.gov.uk", base)],
                 [Paragraph("<b>Harnsey Bridge Family Hub</b><br/>Telephone: 01632 964 700<br/>Early Help Assessment forms and guidance are on the partnership website.", base)]],
                colWidths=[170 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#7a1f3d")), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7edf1")),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#7a1f3d")), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    s.append(box)
    doc.build(s, canvasmaker=make_canvas("Harnsey Bridge Safeguarding Children Partnership", "Threshold Criteria – Version 5", "November 2024"))
    ann.meta = dict(partnership="Harnsey Bridge Safeguarding Children Partnership", authorities="Harnsey Bridge",
                    producer="reportlab", layout_family="run_in_labels", orientation="portrait",
                    version="5", version_date="2024-11")
    ann.finish(pdf)

build()
