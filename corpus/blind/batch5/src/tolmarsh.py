"""Tolmarsh and Ebbridge: definition_table, python-docx + LibreOffice. A 'Level | Description | Who leads |
Assessment' table, then one 'Indicators | Response' table per level (sub-levels 2a/2b)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import add_field, shade, to_pdf
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

SLUG = "tolmarsh"

DATA = r"""
@Level 1
#Development
s | Healthy and meeting developmental milestones
s | Good attendance and progress at school
#Parenting capacity
s | Parents meet the child's physical and emotional needs
s | Consistent routines and boundaries at home
#Family and environment
s | Secure, suitable housing
s | Positive support network of family and friends
1 family_finances | Family budget is tight but they are managing

@Level 2a
#Development
2 health_development | Missed developmental reviews or immunisations
2 child_mental_health | Low self-esteem or worries that affect the child in school
2 bullying | Child says they are being bullied by a classmate
2 self_harm | Single incident of self-harm disclosed to a teacher, with supportive parents
2 attendance | Attendance between 90 and 95 per cent
#Parenting capacity
2 parenting_capacity | Parents need advice on routines, diet or managing behaviour
2 domestic_violence | Parents in conflict, which the child is aware of but not involved in
#Family and environment
2 housing | Housing is damp or in poor repair and is affecting the child's asthma
2 family_finances | Low income or recent unemployment

@Level 2b
#Development
3 self_harm;child_mental_health | Repeated minor self-harm alongside low mood or anxiety
3 bullying;attendance | Victim of bullying which is now affecting attendance and sleep
3 attendance | Attendance below 90%, or repeated fixed-term exclusions
3 behaviour_offending | Involved in anti-social behaviour, with a community resolution from the police
3 exploitation | Vulnerable to exploitation, e.g. spending time with older young people unknown to the family
#Parenting capacity
3 domestic_violence | Previous domestic abuse, now ended, with the child still showing its effects
3 physical_abuse | Harsh physical chastisement, such as smacking, reported by the child
3 parental_mental_health;attendance | Parent's depression is affecting routines and the child's school attendance
3 neglect | Child often unkempt or without suitable clothing
#Family and environment
3 housing | Family living in temporary accommodation after losing a tenancy
3 housing;family_finances | Rent arrears and the threat of evicton
3 substance_misuse | Parent's alcohol use is causing arguments and missed school runs

@Level 3
#Development
4 self_harm | Self-harm with suicidal thoughts, with CAMHS involved
4 bullying;attendance | Severe bullying over a long period, with the child now refusing school
4 child_mental_health | Eating disorder or other serious mental health need affecting daily life
4 missing | Frequently missing from home, returning the same day
4 behaviour_offending | Young person charged with an offence and known to the youth justice service
#Parenting capacity
4 domestic_violence | Repeated incidents of domestic abuse, with police called to the home
4 physical_abuse | Physical chastisement with an implement, e.g. a belt
4 neglect | Chronic neglect that early help has not been able to change
4 substance_misuse;parenting_capacity | Parental drug use affecting the supervision of young children
#Family and environment
4 housing | Family homeless and placed in emergency accommodation, e.g. a hotel room
4 parenting_capacity;attendance | Young carer whose caring role is stopping them from attending school

@Level 4
#Development
6 self_harm | Serious self-harm or an overdose needing hospital treatment
5 sexual_abuse | Child discloses sexual abuse
5 exploitation;missing | Evidence of CSE or CCE, including going missing to county lines
6 bullying;physical_abuse | Serious assault by other young people
#Parenting capacity
5 physical_abuse | Unexplained bruising, or bruising with an implausible explanation
6 physical_abuse | Non-accidental injury such as a fracture or burn
5 domestic_violence | Persistent domestic violence or coercive control, with the child at risk of significant harm
6 domestic_violence | MARAC-level domestic abuse with children in the household
5 neglect | Persistent and serious neglect, e.g. a young child left home alone
5 emotional_abuse | Child is persistently belittled, threatened or rejected
#Family and environment
5 housing;neglect | Home conditions are dangerous: exposed wiring, no heating, squalor
5 harmful_practices | Child at risk of forced marriage or honour-based abuse
"""

LEVELS = [
    lv("Level 1", "Universal", "",
       "Children who are thriving, whose needs are fully met by their parents and by the universal services all children use."),
    lv("Level 2a", "Additional needs – single agency", "A",
       "A need has emerged which the practitioner who knows the child best can meet from within their own service, for example extra support in school or additional health visitor contacts."),
    lv("Level 2b", "Additional needs – multi-agency", "B",
       "Needs are multiple and call for a coordinated response through an Early Help Assessment and a Team Around the Family, with a key worker from the Tolmarsh and Ebbridge Family Help Service."),
    lv("Level 3", "Complex needs – Child in Need", "C",
       "Without services from children's social care, provided under section 17 of the Children Act 1989, the child's health or development is likely to be significantly impaired."),
    lv("Level 4", "Acute – Child Protection", "D",
       "There is reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm, and a strategy discussion and enquiries under section 47 are needed."),
]
WHO = {"Level 1": "Parents, with universal services", "Level 2a": "School, early years setting, health visitor, school nurse or GP",
       "Level 2b": "Family Help Service key worker", "Level 3": "Social worker (Children's Social Care)",
       "Level 4": "Social worker, with police"}
ASSESS = {"Level 1": "None required", "Level 2a": "Single-agency assessment; an Early Help Assessment may be started",
          "Level 2b": "Early Help Assessment and Team Around the Family plan",
          "Level 3": "Child and Family Assessment (s.17); Child in Need plan",
          "Level 4": "Strategy discussion; s.47 enquiry; Initial Child Protection Conference"}
RESP = {
    "Level 1": ["Continue to offer universal services.", "Signpost to the Family Information Service if asked.",
                "No further action needed."],
    "Level 2a": ["Talk with the child and parents about what is worrying you.",
                 "Offer support from within your own service and agree a review date.",
                 "If there is no improvement after six to eight weeks, consider an Early Help Assessment."],
    "Level 2b": ["Complete an Early Help Assessment with the family's consent.",
                 "Send the assessment to the Family Help Service, who will allocate a key worker.",
                 "Hold a Team Around the Family meeting within 20 working days."],
    "Level 3": ["Discuss with your safeguarding lead and contact the Tolmarsh and Ebbridge Front Door.",
                "Complete the Multi-Agency Referral Form, with consent unless that would increase risk.",
                "Continue to support the child and attend Child in Need meetings."],
    "Level 4": ["Phone the Front Door immediately; if a child is in immediate danger, call 999.",
                "Do not seek consent if doing so may place the child at further risk.",
                "Confirm the referral in writing within 24 hours."],
}
BLUE = RGBColor(0x1F, 0x3A, 0x68)


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    return p


def build():
    items = parse(DATA)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Liberation Sans"; doc.styles[s].font.color.rgb = BLUE
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Tolmarsh and Ebbridge Safeguarding Children Partnership – Threshold Guidance"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Version 2.0, March 2025     Page "); r.font.size = Pt(8)
    add_field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" of "); r.font.size = Pt(8)
    add_field(fp, "NUMPAGES").font.size = Pt(8)

    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Tolmarsh and Ebbridge\nSafeguarding Children Partnership"); r.font.size = Pt(16); r.bold = True
    p = doc.add_paragraph(); r = p.add_run("Threshold Guidance"); r.font.size = Pt(30); r.bold = True; r.font.color.rgb = BLUE
    p = doc.add_paragraph(); r = p.add_run("Levels of need and how to respond"); r.font.size = Pt(15)
    for _ in range(10):
        doc.add_paragraph()
    doc.add_paragraph("Version 2.0\nApproved by the Partnership Executive: March 2025\nNext review: March 2027")
    doc.add_page_break()

    doc.add_heading("1. Introduction", 1)
    doc.add_paragraph("This guidance is for everyone in Tolmarsh and Ebbridge who works with children, young "
                      "people and families. It describes five levels of need and, for each, gives examples of "
                      "what practitioners may see and what they should do. It should be read alongside the "
                      "partnership's child protection procedures.")
    doc.add_paragraph("The examples are not a checklist. Practitioners should think about the impact on the child, "
                      "how long a concern has lasted, what the family is already doing about it, and whether "
                      "several lower-level needs together add up to more.")
    doc.add_heading("2. The levels of need", 1)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hd in enumerate(["Level", "Description", "Who leads", "Assessment"]):
        set_cell(t.rows[0].cells[i], hd, bold=True); shade(t.rows[0].cells[i], "D9E2F3")
    for l in LEVELS:
        c = t.add_row().cells
        set_cell(c[0], "%s\n%s" % (l["label"], l["name"]), bold=True, size=9)
        set_cell(c[1], l["evidence"], size=9)
        set_cell(c[2], WHO[l["label"]], size=9)
        set_cell(c[3], ASSESS[l["label"]], size=9)
    widths = [Mm(30), Mm(75), Mm(35), Mm(30)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Consent: early help at Levels 2a and 2b depends on the family agreeing to it. Referrals at "
                      "Level 3 should be discussed with the family first. At Level 4 do not delay a referral to "
                      "seek consent.")
    doc.add_page_break()
    doc.add_heading("3. Indicators and responses by level", 1)
    for level, lit in groups(items, "level"):
        l = [x for x in LEVELS if x["label"] == level][0]
        doc.add_heading("%s – %s" % (l["label"], l["name"]), 2)
        t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "Indicators", bold=True); set_cell(t.rows[0].cells[1], "Response", bold=True)
        shade(t.rows[0].cells[0], "D9E2F3"); shade(t.rows[0].cells[1], "D9E2F3")
        for k, (dom, dit) in enumerate(groups(lit, "domain")):
            c = t.add_row().cells
            p = set_cell(c[0], dom, bold=True, size=9.5)
            for it in dit:
                p = c[0].add_paragraph(); r = p.add_run(it["text"]); r.font.size = Pt(9.5)
                p.paragraph_format.space_after = Pt(3)
            c[1].text = ""
            if k == 0:
                for j, a in enumerate(RESP[level]):
                    p = c[1].paragraphs[0] if j == 0 else c[1].add_paragraph()
                    r = p.add_run(a); r.font.size = Pt(9.5)
                    p.paragraph_format.space_after = Pt(3)
            else:
                r = c[1].paragraphs[0].add_run("As above."); r.font.size = Pt(9.5); r.italic = True
        for row in t.rows:
            row.cells[0].width = Mm(110); row.cells[1].width = Mm(60)
        doc.add_paragraph()
    doc.add_heading("4. Contacts", 1)
    doc.add_paragraph("Front Door (Children's Social Care): 01632 963 100\nOut of hours: 01632 963 999\n"
                      "Family Help Service: 01632 963 150\nIn an emergency: 999")
    dpath = os.path.join(SRC, SLUG + ".docx")
    doc.save(dpath)
    to_pdf(dpath, os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Tolmarsh and Ebbridge Safeguarding Children Partnership",
                authorities="Tolmarsh;Ebbridge", producer="libreoffice", layout_family="definition_table",
                orientation="portrait", version="2.0", version_date="2025-03")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
