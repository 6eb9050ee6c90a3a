"""Ockendale and Pellworth - definition_table, LibreOffice. Five levels A, A, B, C, D."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT

SLUG = "ockendale"
ann = Ann(SLUG)

LEVELS = [
 ("Level 1", "Universal", "A", "D9EAD3",
  "Children and young people whose needs are being met by their family and by universal services. Where a single low-level need arises, the universal service offers advice, information or a short piece of extra support.",
  "Not required. Families use universal services directly.",
  "Schools, early years, GPs, midwives, health visitors, school nurses, libraries, leisure and youth provision."),
 ("Level 2", "Universal Plus", "A", "FFF2CC",
  "Children with additional needs that can be met by a universal service taking the lead, sometimes with one other agency. The practitioner who knows the child may complete an Early Help Assessment and act as lead professional.",
  "The family's informed consent is needed for an Early Help Assessment and for any request to another service.",
  "As Level 1, plus school SENCO, pastoral teams, speech and language therapy, parenting groups, voluntary sector."),
 ("Level 3", "Partnership Plus", "B", "FCE4D6",
  "Children with several needs requiring a coordinated response from more than one agency. The Family Help Service allocates a key worker, and a Team Around the Family is coordinated through the Early Help Hub.",
  "Consent is required. If the family withdraws consent and concerns increase, seek advice from the Front Door.",
  "Family Help Service, Early Help Hub, CAMHS, Youth Service, housing, drug and alcohol services, domestic abuse services."),
 ("Level 4", "Complex Needs (Child in Need)", "C", "F4CCCC",
  "Children whose needs are complex and whose health or development is likely to be significantly impaired without services. A social worker completes a Child and Family Assessment under section 17 of the Children Act 1989.",
  "Consent should be sought, but a referral can be made without it where seeking it would place the child at risk.",
  "Children's Social Care, plus any of the agencies above; disabled children's team; Youth Justice Service."),
 ("Level 5", "Acute (Child Protection)", "D", "E6B8B7",
  "Children who are suffering, or are likely to suffer, significant harm. A strategy discussion is held and section 47 enquiries are made; some children need emergency protection or to be accommodated.",
  "Consent is not needed to make a referral where there is a risk of significant harm; tell the family unless this would increase the risk.",
  "Children's Social Care, police, health (including paediatricians), legal services."),
]
EVID = {
 "Level 1": "Where a single low-level need arises, the universal service offers advice, information or a short piece of extra support.",
 "Level 2": "The practitioner who knows the child may complete an Early Help Assessment and act as lead professional.",
 "Level 3": "The Family Help Service allocates a key worker, and a Team Around the Family is coordinated through the Early Help Hub.",
 "Level 4": "A social worker completes a Child and Family Assessment under section 17 of the Children Act 1989.",
 "Level 5": "A strategy discussion is held and section 47 enquiries are made; some children need emergency protection or to be accommodated.",
}

IND = {
 "Level 1": [
  ("Health and development", ["Healthy and reaching developmental milestones || S",
                              "Low mood after the death of a grandparent || child_mental_health 1"]),
  ("Education", ["Attends school regularly and enjoys learning || S",
                 "Occasionally falls out with friends || bullying 1"]),
  ("Family and parenting", ["Warm, consistent care from parents or carers || S",
                 "Parents separating amicably; the child is a little unsettled || domestic_violence 1"]),
  ("Environment", ["Lives in secure, suitable housing || S",
                   "Home needs some minor repairs || housing 1",
                   "Family has a good network of friends and relatives || S"]),
 ],
 "Level 2": [
  ("Health and development", ["Minor health problems or missed routine appointments || health_development 2",
                              "Early signs of low mood or anxiety || child_mental_health 2",
                              "A single episode of self-harm that the child has talked about with a trusted adult || self_harm 2"]),
  ("Education", ["Attendance between 90 and 95 per cent || attendance 2",
                 "Experiencing bullying at school or online || bullying 2"]),
  ("Family and parenting", ["Parental conflict that the child is aware of || domestic_violence 2",
                 "Parents need support with with routines or behaviour || parenting_capacity 2",
                 "Parent has a physical illness or disability that limits the care they can give || parenting_capacity 2"]),
  ("Environment", ["Poor housing that is affecting the child's health || housing 2",
                   "Low income or unemployment causing stress in the family || family_finances 2"]),
 ],
 "Level 3": [
  ("Health and development", ["Self-harming more than once, with emotional difficulties such as anxiety or anger || self_harm 3",
                              "Low-level substance misuse affecting school or relationships || substance_misuse 3",
                              "Child has special educational needs or a disability (SEND) and the family is struggling to manage || health_development 3"]),
  ("Education", ["Bullying has started to affect school attendance and wellbeing || bullying 3",
                 "Persistent absence or a pattern of suspensions || attendance 3",
                 "At risk of becoming NEET || attendance 2"]),
  ("Family and parenting", ["History of domestic abuse; the family now lives apart from the perpetrator || domestic_violence 3",
                 "Physical chastisement such as smacking, with no marks seen || physical_abuse 3",
                 "Young carer whose caring role is affecting education or friendships || parenting_capacity 3",
                 "Parental mental ill health or substance misuse with some impact on the child || parental_mental_health;substance_misuse 3"]),
  ("Environment", ["Family in temporary accommodation or facing eviction because of rent arrears || housing 3",
                   "Family homeless and placed in a hostel or B&B || housing 4"]),
 ],
 "Level 4": [
  ("Health and development", ["Self-harm with suicidal thoughts || self_harm 4",
                              "Mental health needs requiring specialist CAMHS treatment || child_mental_health 4",
                              "Regular substance misuse that is putting the young person's health at risk || substance_misuse 4",
                              "Child with a complex disability needing short breaks or a specialist care package || health_development 4"]),
  ("Education", ["Severe or persistent bullying || bullying 4",
                 "Child missing education (CME) || attendance 4"]),
  ("Family and parenting", ["Domestic abuse incidents in the household that have been reported to the police || domestic_violence 4",
                 "Unexplained or repeated minor injuries || physical_abuse 4",
                 "Physical chastisement using a belt, slipper or other implement || physical_abuse 4",
                 "Neglect affecting the child's health or development; parents not engaging with early help || neglect 4"]),
  ("Environment", ["Young person at risk of criminal or sexual exploitation || exploitation 4",
                   "Frequently going missing from home || missing 4",
                   "Family evicted and found intentionally homeless || housing 4"]),
 ],
 "Level 5": [
  ("Health and development", ["Suicide attempt or serious self-harm || self_harm 6",
                              "Sexual abuse disclosed or suspected || sexual_abuse 5"]),
  ("Education", ["Serious assault by other young people as part of bullying || bullying 6"]),
  ("Family and parenting", ["Disclosure of physical abuse by a parent or carer || physical_abuse 5",
                 "Bruising or any injury to a non-mobile baby || physical_abuse 5",
                 "Serious physical injury, e.g. fracture, burn or head injury, with no adequate explanation || physical_abuse 6",
                 "Domestic abuse in which the child was hurt or threatened || domestic_violence;physical_abuse 6",
                 "Persistent domestic abuse and coercive control placing the child at risk || domestic_violence 5",
                 "Persistent and severe neglect || neglect 5",
                 "Risk of FGM, forced marriage or honour-based abuse || harmful_practices 5"]),
  ("Environment", ["Child sexual exploitation or involvement in county lines || exploitation 5",
                   "Dangerous or squalid home conditions || housing;neglect 5",
                   "Young person thrown out of home with nowhere to stay || housing 6"]),
 ],
}

def build():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for s in ("Heading 1", "Heading 2"):
        d.styles[s].font.name = "Liberation Sans"; d.styles[s].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sec = d.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = "Ockendale and Pellworth Safeguarding Children Partnership – Multi-Agency Levels of Need"
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Version 2.0 – January 2021            Page "); r.font.size = Pt(8)
    add_field(fp, "PAGE"); r = fp.add_run(" of "); r.font.size = Pt(8); add_field(fp, "NUMPAGES")
    for rr in fp.runs: rr.font.size = Pt(8)

    # title page
    for _ in range(6): d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run("Ockendale and Pellworth Safeguarding Children Partnership"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = d.add_paragraph(); r = p.add_run("Multi-Agency Levels of Need"); r.bold = True; r.font.size = Pt(28)
    p = d.add_paragraph(); r = p.add_run("Guidance for practitioners on thresholds for early help, children in need and child protection"); r.font.size = Pt(13)
    for _ in range(8): d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run("Version 2.0\nApproved: January 2021\nReview due: January 2023\nThis document replaces the Ockendale Threshold Document (2017) and the Pellworth Continuum of Need (2018)."); r.font.size = Pt(10)
    p.runs[0].add_break(WD_BREAK.PAGE)

    d.add_heading("1. Introduction", 1)
    d.add_paragraph("Ockendale Council and Pellworth Borough Council share one safeguarding children partnership with the Ockendale and Pellworth Integrated Care Board and the county police. This guidance replaces the separate documents previously used in each area, so that practitioners on both sides of the boundary use the same language about need.")
    d.add_paragraph("The guidance describes five levels of need. The features of each level are set out in the table in section 2, together with the consent required and the agencies likely to be involved. Section 3 then gives example indicators for each level. The indicators are examples only: a child may show needs at more than one level, and the whole picture, including the family's strengths, should inform your decision.")
    d.add_paragraph("If you are worried that a child is at immediate risk of harm, call the police on 999. For advice about whether to refer, ring the Front Door on 01632 963 100 (Ockendale) or 01632 963 150 (Pellworth).")

    d.add_heading("2. Levels of need", 1)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["Level of need", "Features", "Consent", "Agencies"]):
        set_cell_text(c, h, bold=True, color="FFFFFF"); shade(c, "1F4E79")
    repeat_header(t.rows[0])
    for lab, name, maps, col, feat, cons, ag in LEVELS:
        ann.level(lab, name, maps, EVID[lab])
        row = t.add_row(); cant_split(row); cs = row.cells
        set_cell_text(cs[0], "%s\n%s" % (lab, name), bold=True); shade(cs[0], col)
        set_cell_text(cs[1], feat); set_cell_text(cs[2], cons); set_cell_text(cs[3], ag)
    fix_widths(t, [3.0, 7.0, 3.6, 3.4])
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs: r.font.size = Pt(9)

    h3 = d.add_heading("3. Example indicators at each level", 1); h3.paragraph_format.page_break_before = True
    d.add_paragraph("The tables below give examples of the circumstances practitioners may see at each level. Indicators are grouped under four headings. Level 1 includes some of the strengths we would expect to see in families whose needs are met.")
    for lab, name, maps, col, feat, cons, ag in LEVELS:
        hp_ = d.add_paragraph(); r = hp_.add_run("Table %s: %s – %s" % (lab[-1], lab, name)); r.bold = True; r.font.size = Pt(11)
        keep_with_next(hp_)
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        set_cell_text(c, "%s – %s" % (lab, name), bold=True); shade(c, col); repeat_header(t.rows[0])
        for dom, items in IND[lab]:
            row = t.add_row(); cs = row.cells
            set_cell_text(cs[0], dom, bold=True)
            first = True
            for it in items:
                ann.add(it, lab, dom, min_page=3)
                p = cs[1].paragraphs[0] if first else cs[1].add_paragraph()
                p.add_run(display(it)); p.paragraph_format.space_after = Pt(3)
                first = False
        fix_widths(t, [4.0, 13.0])
        d.add_paragraph()

    d.add_heading("4. What to do next", 1)
    d.add_paragraph("Level 1 and Level 2: continue to support the child within your service; consider an Early Help Assessment and talk to your designated safeguarding lead.")
    d.add_paragraph("Level 3: complete an Early Help Assessment with the family and send it to the Early Help Hub, which will arrange a Team Around the Family.")
    d.add_paragraph("Level 4 and Level 5: contact the Front Door by telephone and complete the multi-agency referral form within 24 hours.")
    d.add_paragraph("Where agencies disagree about the level of need, use the partnership's escalation procedure. Concerns should be escalated promptly and resolved at the lowest possible level.")
    dp = os.path.join(SRCDIR, SLUG + ".docx"); d.save(dp)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf"); soffice_pdf(dp, pdf)
    ann.meta = dict(partnership="Ockendale and Pellworth Safeguarding Children Partnership", authorities="Ockendale;Pellworth",
                    producer="libreoffice", layout_family="definition_table", orientation="portrait",
                    version="2.0", version_date="2021-01")
    ann.finish(pdf)

build()
