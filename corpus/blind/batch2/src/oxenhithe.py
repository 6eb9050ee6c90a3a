"""Oxenhithe: Word document with automatic numbering (1., a), i.) and bullets,
converted by LibreOffice. Scheme No additional needs / Early help / Complex multiple
needs / Acute, with the labels written inconsistently."""
import os
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from common import I, S, Gold, HERE, PDF_DIR, soffice_pdf
from docx_helpers import (Numbering, set_num, shade, set_cell_margins, add_field, keep_with_next,
                          font_run, repeat_header, cant_split, set_col_widths)

SLUG = "oxenhithe"
META = dict(partnership="Oxenhithe Safeguarding Children Partnership",
            authorities="Oxenhithe County Council", producer="libreoffice",
            layout_family="word_numbered_lists", orientation="portrait",
            version="2.3", version_date="2023-11")

DEFS = [
 ("No additional needs", "Children and young people whose needs are being met within their family and by universal services such as schools, health visitors and GPs. No additional response is required.", "Family and universal services"),
 ("Early help", "Children with additional needs that need a coordinated response. An Early Help Assessment is completed and the Oxenhithe Family Help Hub supports the lead practitioner, or allocates a family worker where needs are greater.", "Lead practitioner, supported by the Family Help Hub"),
 ("Complex multiple needs", "Children whose needs are complex and multiple and whose health or development is likely to be significantly impaired without a statutory service. Refer to the Children's Multi-Agency Gateway (CMAG); a social worker will assess under section 17 of the Children Act 1989.", "Children's social care"),
 ("Acute", "Children who are suffering, or are likely to suffer, significant harm, or who need to be accommodated. Refer to CMAG immediately by phone; a strategy discussion will consider enquiries under section 47.", "Children's social care with the police"),
]
LEVELS = [
    dict(label="No additional needs", name="", maps_to="", evidence="No additional response is required."),
    dict(label="Early help", name="", maps_to="B", evidence="An Early Help Assessment is completed and the Oxenhithe Family Help Hub supports the lead practitioner, or allocates a family worker where needs are greater."),
    dict(label="Complex multiple needs", name="", maps_to="C", evidence="Refer to the Children's Multi-Agency Gateway (CMAG); a social worker will assess under section 17 of the Children Act 1989."),
    dict(label="Acute", name="", maps_to="D", evidence="Children who are suffering, or are likely to suffer, significant harm, or who need to be accommodated."),
]
for l, d in zip(LEVELS, DEFS):
    assert l["evidence"] in d[1]

SECTIONS = [
 ("No additional needs", "3.1 No Additional Needs",
  "Children at this level are doing well. Typically:", None),
 ("Early help", "3.2 Early Help (EH)",
  "At the early help level you may see some of the following. Remember that it is the combination of needs, and their impact on the child, that decides the level.",
  [("Child's developmental needs", [
     ("Health", [I("Missing routine health checks or immunisations", "neglect;health_development", 2),
                 I("Diagnosed condition, e.g. diabetes or epilepsy, not well managed at home", "health_development;neglect", 3),
                 I("Delayed speech or development", "health_development", 2)]),
     ("Education", [I("Attendance below 90%", "attendance", 3),
                    I("Suspended from school, or at risk of exclusion", "attendance", 3),
                    I("Not in education, employment or training (NEET) at 16 or 17", "attendance", 3)]),
     ("Emotional and behavioural development", [
                    I("Has self-harmed on more than one occasion, with no medical treatment needed", "self_harm", 3),
                    I("Victim of bullying, in school or online", "bullying", 2),
                    I("Anxiety, low mood or anger affecting friendships or learning", "child_mental_health", 3),
                    I("Starting to use alcohol or drugs", "substance_misuse", 2)])]),
   ("Parenting capacity", [
     I("Parents struggling to set boundaries or manage the child's behaviour", "parenting_capacity", 3),
     I("Parental mental health difficulties affecting the care of the child", "parental_mental_health", 3),
     I("Parents argue frequently and the child is caught up in the arguments", "domestic_violence", 3),
     I("Child is a young carer for a parent or sibling", "parenting_capacity", 2),
     I("Parent has used physical punishment, such as a smack", "physical_abuse", 3)]),
   ("Family and environmental factors", [
     I("Family facing eviction or at risk of homelessness", "housing", 4),
     I("Overcrowded or poorly maintained housing", "housing", 2),
     I("Financial difficulties, debt or unemployment affecting the family", "family_finances", 2),
     I("Family has recently arrived in the area and has no support network", "other", 2),
     I("Previous domestic abuse; the parents have separated and there are no current concerns", "domestic_violence", 3)])]),
 ("Complex multiple needs", "3.3 Complex and Multiple Needs",
  "Children with complex/multiple needs will usually show several of the indicators below, or one indicator with a serious impact.",
  [("Child's developmental needs", [
     ("Health", [I("Chronic illness or disability with unmet needs", "health_development", 4),
                 I("Eating disorder or other serious mental health need", "child_mental_health", 4),
                 I("Substance misuse by the young person that is affecting their health", "substance_misuse", 4)]),
     ("Education", [I("Persistently absent, or missing education", "attendance;missing", 4),
                    I("Permanently excluded", "attendance", 4)]),
     ("Emotional and behavioural development", [
                    I("Repeated self-harm or suicidal ideation", "self_harm", 4),
                    I("Persistent bullying which is having a serious effect on the child", "bullying", 4),
                    I("Offending behaviour and involvement with the Youth Justice Service", "behaviour_offending", 4),
                    I("Frequent missing episodes", "missing", 4),
                    I("At risk of exploitation, including online grooming", "exploitation", 4)])]),
   ("Parenting capacity", [
     I("Domestic abuse in the household, including incidents reported to the police", "domestic_violence", 4),
     I("Parental substance misuse or mental ill health significantly affecting the care of the child", "substance_misuse;parental_mental_health", 4),
     I("Inappropriate physical chastisement, e.g. using a belt or slipper", "physical_abuse", 4),
     I("Unexplained minor injuries on more than one occasion", "physical_abuse", 4),
     I("Parents not engaging with early help despite continuing concerns", "parenting_capacity", 4)]),
   ("Family and environmental factors", [
     I("Homeless family in emergency accommodation", "housing", 4),
     I("Home environment unsafe or unhygienic", "housing;neglect", 4),
     I("Family in serious debt, with the child going without basic necessities", "family_finances;neglect", 4),
     I("Family socially isolated, or facing harassment from neighbours", "other", 3)])]),
 ("Acute", "3.4 ACUTE NEEDS",
  "Acute needs include, but are not limited to:",
  [("Child's developmental needs", [
     ("Health", [I("Serious injury which may be non-accidental", "physical_abuse", 6),
                 I("Any bruising to a non-mobile baby", "physical_abuse", 5),
                 I("Persistent failure to seek medical treatment for a serious condition", "neglect", 5)]),
     ("Emotional and behavioural development", [
                 I("Attempted suicide or life-threatening self-harm", "self_harm", 6),
                 I("Child sexual exploitation or criminal exploitation, including county lines", "exploitation", 5),
                 I("Frequently missing and at serious risk", "missing", 5),
                 I("Severe bullying resulting in a serious assault", "bullying;physical_abuse", 6)])]),
   ("Parenting capacity", [
     I("Child discloses physical, sexual or emotional abuse", "physical_abuse;sexual_abuse;emotional_abuse", 5),
     I("High-risk domestic abuse (MARAC), or a serious incident with the child present", "domestic_violence", 6),
     I("Persistent domestic abuse, with the child at risk of significant harm", "domestic_violence", 5),
     I("A parent's mental illness or substance misuse places the child at immediate risk", "parental_mental_health;substance_misuse", 6),
     I("Child is left alone or unsupervised for long periods", "neglect", 5),
     I("Child is persistently rejected, humiliated or frightened", "emotional_abuse", 5)]),
   ("Family and environmental factors", [
     I("Young person evicted by their parents with nowhere to stay", "housing", 6),
     I("Squalid, dangerous home conditions", "housing;neglect", 5),
     I("Known sex offender in the household", "sexual_abuse", 5),
     I("Risk of FGM or forced marriage", "harmful_practices", 5)])]),
]
STRENGTHS = [
    S("Good physical and mental health, and access to health services when needed"),
    S("Developmental milestones are being met"),
    S("Regular school attendance and achieving in line with ability"),
    S("Positive relationships with family and friends"),
    S("Parents provide safe, consistent and loving care"),
    S("Lives in suitable, stable accommodation"),
    S("Family has enough income to meet basic needs"),
    S("Child feels safe at home, at school and online"),
]


def build():
    g = Gold(SLUG, META, LEVELS, anchor="3.1 No Additional Needs", anchor_nth=2)
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for hn, sz in (("Heading 1", 15), ("Heading 2", 13)):
        h = d.styles[hn]
        h.font.name = "Arial"
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    font_run(hp.add_run("Oxenhithe Safeguarding Children Partnership – Levels of Need Guidance v2.3"), size=8, color="555555")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font_run(fp.add_run("Page "), size=8)
    add_field(fp, "PAGE", 8)
    font_run(fp.add_run(" of "), size=8)
    add_field(fp, "NUMPAGES", 8)

    num = Numbering(d)
    aid = num.add_abstract([("decimal", "%1.", 360, 360, True, None),
                            ("lowerLetter", "%2)", 720, 360, False, None),
                            ("lowerRoman", "%3.", 1080, 360, False, None)])
    steps_aid = num.add_abstract([("decimal", "%1.", 426, 426, False, None),
                                  ("lowerLetter", "(%2)", 851, 425, False, None),
                                  ("lowerRoman", "%3.", 1276, 425, False, None)])

    # title page
    for _ in range(5):
        d.add_paragraph()
    p = d.add_paragraph()
    font_run(p.add_run("Oxenhithe Safeguarding Children Partnership"), size=14, color="1F5C4A", bold=True)
    p = d.add_paragraph()
    font_run(p.add_run("Levels of Need Guidance"), size=30, bold=True)
    p = d.add_paragraph()
    font_run(p.add_run("Identifying and responding to the needs of children, young people and families in Oxenhithe"), size=13, italic=True)
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    font_run(p.add_run("Version 2.3\nNovember 2023\nReview date: November 2025"), size=11)
    p.add_run().add_break(WD_BREAK.PAGE)

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Version", "Date", "Changes"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9EAD3")
    for row in [("1.0", "April 2019", "First version, replacing the Oxenhithe Thresholds Document (2015)"),
                ("2.0", "September 2021", "Aligned to the Family Help Hub; levels renamed"),
                ("2.1", "March 2022", "Exploitation indicators updated"),
                ("2.3", "November 2023", "Contacts updated; minor corrections")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    set_col_widths(t, [Cm(2.2), Cm(3.6), Cm(10.6)])
    d.add_paragraph()
    d.add_paragraph("Contents", style="Heading 2")
    for line in ["1. Introduction", "2. The levels of need", "3. Indicators of need",
                 "      3.1 No Additional Needs", "      3.2 Early Help (EH)", "      3.3 Complex and Multiple Needs",
                 "      3.4 ACUTE NEEDS", "4. What to do if you are worried", "5. Contacts"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(2)

    p = d.add_paragraph("1. Introduction", style="Heading 1")
    p.paragraph_format.page_break_before = True
    d.add_paragraph("This guidance helps everyone who works with children in Oxenhithe to identify when a child or family needs "
                    "extra help, and what kind of help is right. It is written for practioners in schools, health services, "
                    "the police, housing, the voluntary sector and early years settings, as well as for staff in children's "
                    "services. It should be used with the Oxenhithe Multi-Agency Child Protection Procedures.")
    d.add_paragraph("The guidance describes four levels of need. The levels are a way of talking about need in the same language "
                    "across agencies; they are not boxes, and a child's circumstances can move between levels quickly. The "
                    "indicators in Section 3 are examples. They cannot cover every situation, and professional judgement, "
                    "informed by talking to the child and family, is always needed.")
    d.add_paragraph("Throughout this guidance 'parent' includes anyone with parental responsibility and anyone who is caring "
                    "for the child, and 'child' means anyone under 18, including an unborn baby.")

    d.add_paragraph("2. The levels of need", style="Heading 1")
    d.add_paragraph("The table below summarises the four levels. The early help level covers the greatest range of need; "
                    "complex/multiple needs and acute needs are responded to by children's social care.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    set_cell_margins(t, 110, 110, 60, 60)
    for c, txt in zip(t.rows[0].cells, ["Level", "What it means", "Who leads"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F5C4A")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fills = ["D9EAD3", "FFF2CC", "FCE5CD", "F4CCCC"]
    for (lab, desc, who), f in zip(DEFS, fills):
        cells = t.add_row().cells
        cells[0].text = lab
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], f)
        cells[1].text = desc
        cells[2].text = who
    set_col_widths(t, [Cm(3.4), Cm(9.6), Cm(3.4)])

    p = d.add_paragraph("3. Indicators of need", style="Heading 1")
    p.paragraph_format.page_break_before = True
    d.add_paragraph("For each level, indicators are grouped under the three domains of the Assessment Framework: the child's "
                    "developmental needs, parenting capacity, and family and environmental factors.")

    for lab, heading, intro, tree in SECTIONS:
        h = d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(intro)
        if tree is None:
            for s in STRENGTHS:
                g.add(s, lab, "")
                d.add_paragraph(s.text, style="List Bullet")
            continue
        nid = num.new_list(aid)
        for dom, children in tree:
            p = d.add_paragraph(dom)
            set_num(p, nid, 0)
            keep_with_next(p)
            p.runs[0].bold = True
            p.paragraph_format.space_after = Pt(3)
            for ch in children:
                if isinstance(ch, tuple):
                    sub, items = ch
                    p = d.add_paragraph(sub)
                    set_num(p, nid, 1)
                    keep_with_next(p)
                    p.runs[0].italic = True
                    p.paragraph_format.space_after = Pt(2)
                    for it in items:
                        g.add(it, lab, sub)
                        p = d.add_paragraph(it.text)
                        set_num(p, nid, 2)
                        p.paragraph_format.space_after = Pt(2)
                else:
                    g.add(ch, lab, dom)
                    p = d.add_paragraph(ch.text)
                    set_num(p, nid, 1)
                    p.paragraph_format.space_after = Pt(2)

    p = d.add_paragraph("4. What to do if you are worried", style="Heading 1")
    p.paragraph_format.page_break_before = True
    d.add_paragraph("If you think a child has early help needs:")
    nid = num.new_list(steps_aid)
    for s in ["Talk to the child and the family about your worries and what they think would help.",
              "Check whether an Early Help Assessment is already open by ringing the Family Help Hub.",
              "With consent, complete the Early Help Assessment and agree who will be the lead practitioner.",
              "Hold a Team Around the Family meeting within 20 working days and review the plan every 6 to 8 weeks."]:
        p = d.add_paragraph(s)
        set_num(p, nid, 0)
    d.add_paragraph("If you think a child has complex multiple needs or acute needs:")
    nid = num.new_list(steps_aid)
    for s, subs in [("Discuss your concerns with your designated safeguarding lead, unless this would cause a delay that puts the child at risk.", []),
                    ("Contact CMAG:", ["by telephone straight away if you think the child is at risk of significant harm;",
                                        "using the online Multi-Agency Referral Form in all other cases."]),
                    ("Tell the family that you are making a referral, unless doing so would place the child at greater risk.", []),
                    ("Follow up a telephone referral in writing within 24 hours.", []),
                    ("If you have not heard from CMAG within three working days, contact them again.", [])]:
        p = d.add_paragraph(s)
        set_num(p, nid, 0)
        for ss in subs:
            p = d.add_paragraph(ss)
            set_num(p, nid, 1)
    d.add_paragraph("If a child is in immediate danger, ring 999.").runs[0].bold = True
    d.add_paragraph("Step up and step down", style="Heading 2")
    d.add_paragraph("Where early help is not improving things for the child, the lead practitioner should discuss the family "
                    "with the Family Help Hub manager, who can arrange a consultation with CMAG. Where a social worker "
                    "closes a child in need case, a step-down meeting should agree the early help lead before the case is "
                    "closed, so that support continues without a gap.")
    d.add_paragraph("5. Contacts", style="Heading 1")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Children's Multi-Agency Gateway (CMAG)", "01632 965 500"),
                 ("Out of hours Emergency Duty Team", "01632 965 999"),
                 ("Oxenhithe Family Help Hub", "01632 965 520"),
                 ("Local Authority Designated Officer", "01632 965 540"),
                 ("Police", "999 (emergency) or 101")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    src = os.path.join(HERE, SLUG + ".docx")
    d.save(src)
    soffice_pdf(src, os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
