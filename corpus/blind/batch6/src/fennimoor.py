import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT

SLUG = "fennimoor"
META = dict(doc=SLUG, partnership="Fennimoor Safeguarding Children Partnership",
            authorities="Fennimoor County Council", producer="libreoffice", layout_family="table_per_level",
            orientation="portrait", version="1.4", version_date="2024-09")
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A", fill="D9EAD3",
         desc="Children whose needs are largely met by universal services. If a worry emerges, the universal practitioner (teacher, health visitor, GP) offers advice or a little extra help within their own service; no referral is required.",
         evidence="If a worry emerges, the universal practitioner (teacher, health visitor, GP) offers advice or a little extra help within their own service; no referral is required.",
         todo=["Offer advice and information within your service.", "Record the worry and review it.", "Signpost to the Family Information Service if useful."]),
    dict(label="Level 2", name="Early Help", maps_to="A", fill="FFF2CC",
         desc="Needs that are beginning to affect the child and may need more than one service. The school, early years setting or health service starts a Fennimoor Early Help Assessment and acts as lead professional; children's social care is not involved.",
         evidence="The school, early years setting or health service starts a Fennimoor Early Help Assessment and acts as lead professional; children's social care is not involved.",
         todo=["Talk to the family and gain consent.", "Complete an Early Help Assessment.", "Hold a Team Around the Family meeting and agree a plan.", "Review every 6-8 weeks."]),
    dict(label="Level 3", name="Targeted Support", maps_to="B", fill="FCE5CD",
         desc="Multiple or more complex needs that require a coordinated response. The family is referred to the Fennimoor Early Help Service, which allocates a family worker to lead the plan.",
         evidence="The family is referred to the Fennimoor Early Help Service, which allocates a family worker to lead the plan.",
         todo=["Send a Request for Support to the Early Help Service.", "Contribute to the family plan.", "Seek consultation from the Early Help Hub if the picture changes."]),
    dict(label="Level 4", name="Specialist", maps_to="C+D", fill="F4CCCC",
         desc="Children in need of a statutory social work response, either an assessment under section 17 or, where there is reasonable cause to suspect significant harm, enquiries under section 47 of the Children Act 1989.",
         evidence="Children in need of a statutory social work response, either an assessment under section 17 or, where there is reasonable cause to suspect significant harm, enquiries under section 47 of the Children Act 1989.",
         todo=["Contact the Fennimoor Children's Advice and Duty Service (CADS) by phone.", "Follow up with a written referral within 24 hours.", "If the child is in immediate danger call 999.", "Do not discuss with the family if this would place the child at greater risk."]),
]
SPEC = """
= Level 1
# Child's development
1 hd | Minor speech delay or a health condition that is managed well.
2 cmh | Some worries or low mood following a change, such as a house move or a bereavement.
1 bu | Occasional falling out with friends.
2 at | Attendance between 92% and 95%.
# Family and environment
1 dv | Parents separating amicably.
2 ho | Housing is overcrowded or in a poor state of repair.
= Level 2
# Child's development
2 bu | Victim of bullying.
2 sh | Low-level self-harm, for example a single episode that the young person has talked about.
2 su | Experimenting with alcohol.
3 at | Attendance below 90% or repeated lateness.
2 hd | Missed immunisations or developmental reviews.
# Family and environment
2 dv | Parental conflict that the child is aware of.
2 pc | Parents need support with routines and boundaries.
3 ho | Tenancy at risk because of rent arrears.
2 ff | Low income and reliance on food banks.
2 pc | Young carer with a small caring role.
= Level 3
# Child's development
3 bu | Bullying affecting the child's attendance or wellbeing.
3 bu | Bullying other children.
3 sh | Repeated minor self-harm with emotional difficulties.
3 cmh | Anxiety or low mood affecting daily life; referral to CAMHS being considered.
3 bo | Anti-social behaviour or a first contact with the police.
3 mi | Has stayed out late or overnight without permission.
# Family and environment
3 dv | History of domestic abuse; the child has been drawn into conflict between parents.
4 dv | A single incident of domestic abuse where police were called.
3 su | Parental alcohol or drug use that sometimes affects the care of the children.
3 pmh | Parental mental ill health that is affecting the family's routines.
4 ho | Family homeless or about to become homeless.
3 ho | Living in temporary accommodation.
3 pa | Smacking used as a regular form of punishment.
= Level 4
# Child's development
4 sh | Self-harm with suicidal thoughts.
6 sh | Life-threatening self-harm or a suicide attempt.
4 bu | Severe and/or persistent bullying.
5 bu | Peer relationships broken down with serious harm to the child.
4 ex | Suspected CSE or CCE.
5 ex | Child trafficked, or involved in county lines.
4 mi | Regularly missing from home or care.
# Family and environment
5 dv | Persistent domestic violence and the child is at risk.
6 dv | Serious domestic violence incident in which the child was hurt or threatened.
4 pa | Physical chastisement using an implement.
5 pa | Bruising with an implausible explanation.
5 pa | Any injury to a non-mobile baby.
6 pa | Fractures, burns or other injuries needing medical treatment.
5 ne | Persistent neglect of the child's basic needs.
5 ho;ne | Home conditions are squalid and dangerous to the child.
4 su | Parental substance misuse that is significantly affecting the care of the child.
5 sa | Allegation or disclosure of sexual abuse.
"""
ITEMS = parse(SPEC)


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.0)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    for h in ("Heading 1", "Heading 2"):
        d.styles[h].font.name = "Liberation Sans"; d.styles[h].font.color.rgb = RGBColor(0x38, 0x1E, 0x5A)
    hp = sec.header.paragraphs[0]; hp.text = "Fennimoor SCP  –  Levels of Need and Response  –  v1.4"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("September 2024                                                                                          "); r.font.size = Pt(8)
    docx_field(fp, "PAGE").font.size = Pt(8)
    p = d.add_paragraph(); r = p.add_run("Fennimoor Safeguarding Children Partnership"); r.bold = True; r.font.size = Pt(13)
    p = d.add_paragraph(); r = p.add_run("Levels of Need and Response"); r.bold = True; r.font.size = Pt(24)
    d.add_paragraph("Version 1.4 – September 2024. Replaces all earlier versions.")
    d.add_heading("Purpose", 2)
    d.add_paragraph("This document describes four levels of need and the response expected at each. It is for everyone who works with children and families in Fennimoor. The indicators are examples to help your thinking: a child may show needs at more than one level, and the impact on the child matters more than any single indicator.")
    d.add_paragraph("If you are unsure which level applies, the Early Help Hub (01632 960 520) and CADS (01632 960 521) both offer consultations to professionals.")
    lvd = by_level_domain(ITEMS)
    for i, lv in enumerate(LEVELS):
        if i in (1, 3):
            d.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE) if d.paragraphs[-1].runs else None
        d.add_heading(f"{lv['label']} – {lv['name']}", 1)
        d.add_paragraph(lv["desc"])
        t = d.add_table(rows=3, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in t.rows:
            row.cells[0].width = Cm(10.5); row.cells[1].width = Cm(6.5)
        cap = t.cell(0, 0).merge(t.cell(0, 1))
        cap.paragraphs[0].add_run(f"{lv['label']}: {lv['name']}").bold = True
        shade(cap, lv["fill"])
        for j, h in enumerate(("Indicators", "What to do")):
            c = t.cell(1, j); c.paragraphs[0].add_run(h).bold = True; shade(c, "EFEFEF")
        c = t.cell(2, 0); first = True
        for dom, its in lvd[lv["label"]]:
            p = c.paragraphs[0] if first else c.add_paragraph(); first = False
            r = p.add_run(dom); r.bold = True; r.italic = True
            for it in its:
                p = c.add_paragraph(it["text"]); p.paragraph_format.space_after = Pt(3)
        c = t.cell(2, 1); c.paragraphs[0].text = lv["todo"][0]
        for s in lv["todo"][1:]:
            c.add_paragraph(s).paragraph_format.space_after = Pt(3)
        d.add_paragraph()
    d.add_heading("Step up and step down", 2)
    d.add_paragraph("When a case closes to children's social care, the social worker should agree with the family and the lead professional how support will continue at Level 3 or Level 2. Where early help is not making a difference, the lead professional should seek advice from CADS.")
    src = os.path.join(HERE, SLUG + ".docx"); d.save(src)
    soffice_pdf(src, SLUG)


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
