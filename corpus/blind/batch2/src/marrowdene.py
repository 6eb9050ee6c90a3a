"""Marrowdene: colour-band tables (Word via LibreOffice). The colour is the label;
one table per band with a description row; protective factors beside risk factors."""
import os
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import I, S, Gold, HERE, PDF_DIR, soffice_pdf
from docx_helpers import (shade, set_cell_margins, add_field, font_run, repeat_header, cant_split,
                          set_col_widths, keep_with_next)

SLUG = "marrowdene"
META = dict(partnership="Marrowdene Children's Safeguarding Partnership",
            authorities="Marrowdene Borough Council", producer="libreoffice",
            layout_family="colour_band_tables", orientation="portrait",
            version="1.1", version_date="2024-07")

BANDS = [
 ("Green", "6AA84F", "FFFFFF",
  "Children and families in the green band are doing well. Their needs are met by their families and through the services that every child uses, such as school, nursery, the GP and the health visitor. No additional help is needed."),
 ("Yellow", "F1C232", "000000",
  "Children with emerging needs which can be met by a single agency, usually the school, early years setting or health visitor. The practitioner who identifies the need takes the lead and agrees a simple plan with the family; no referral to another service is needed."),
 ("Amber", "E69138", "000000",
  "Children with multiple or complex needs. Families in the amber band are supported either through a Team Around the Family coordinated by the Marrowdene Early Help Team or, where needs are complex and the child's development is likely to be significantly impaired, by a social worker under section 17 of the Children Act 1989. The Children's Hub decides which route is right after talking to the referrer."),
 ("Red", "CC0000", "FFFFFF",
  "Children who are suffering, or are at risk of, significant harm. Ring the Marrowdene Children's Hub straight away; a strategy discussion will decide whether a section 47 enquiry is needed and what must be done to keep the child safe today."),
]
LEVELS = [
    dict(label="Green", name="", maps_to="", evidence="No additional help is needed."),
    dict(label="Yellow", name="", maps_to="A", evidence="The practitioner who identifies the need takes the lead and agrees a simple plan with the family; no referral to another service is needed."),
    dict(label="Amber", name="", maps_to="B+C", evidence="Families in the amber band are supported either through a Team Around the Family coordinated by the Marrowdene Early Help Team or, where needs are complex and the child's development is likely to be significantly impaired, by a social worker under section 17 of the Children Act 1989."),
    dict(label="Red", name="", maps_to="D", evidence="Ring the Marrowdene Children's Hub straight away; a strategy discussion will decide whether a section 47 enquiry is needed and what must be done to keep the child safe today."),
]
for l, b in zip(LEVELS, BANDS):
    assert l["evidence"] in b[3]

NONE = "None identified"
# band -> [(area, [protective], [risk])]
ROWS = {
 "Green": [
  ("Health", [S("Healthy and growing well"), S("Health checks and immunisations up to date")], []),
  ("Learning", [S("Attends regularly and enjoys school or nursery")], [I("Occasional lateness", "attendance", 1)]),
  ("Emotional wellbeing", [S("Confident, with good friendships")],
   [I("Occasional worries, e.g. before tests or a change of school", "child_mental_health", 1)]),
  ("Family relationships", [S("Warm, stable relationships with parents and carers")],
   [I("Parents separated, with contact arrangements working well", "domestic_violence", 1)]),
  ("Home and money", [S("Safe, settled home"), S("Enough money for the family's needs")], []),
 ],
 "Yellow": [
  ("Health", [S("Parents follow health advice")],
   [I("Missed health visitor or dental appointments", "neglect;health_development", 2),
    I("Poor diet or sleep routines", "health_development;parenting_capacity", 2)]),
  ("Learning", [S("Wants to learn and has a good relationship with a teacher")],
   [I("Attendance 90–95%", "attendance", 2),
    I("Some special educational needs, met within school", "health_development", 2),
    I("A fixed-term exclusion", "attendance", 3)]),
  ("Emotional wellbeing", [S("Can name an adult they trust")],
   [I("Being bullied or left out by other children", "bullying", 2),
    I("Low mood or anxiety", "child_mental_health", 2),
    I("A single incident of self-harm", "self_harm", 2)]),
  ("Safety", [S("Parents know where the child is and who they are with")],
   [I("Too much unsupervised time online", "parenting_capacity", 2),
    I("Parent sometimes smacks the child", "physical_abuse", 3)]),
  ("Family relationships", [S("Wider family who help out")],
   [I("Arguments at home that upset the child", "domestic_violence", 2),
    I("A parent with low mood", "parental_mental_health", 2),
    I("Young carer with some responsibilities", "parenting_capacity", 2)]),
  ("Home and money", [S("Family accepts help with money or housing advice")],
   [I("Housing in poor condition or overcrowded", "housing", 2),
    I("Struggling on a low income", "family_finances", 2)]),
 ],
 "Amber": [
  ("Health", [S("Parents attend the child's key appointments")],
   [I("Repeated missed appointments for a child with a health condition", "neglect;health_development", 3),
    I("Developmental delay that is not being addressed", "health_development", 3),
    I("Drinking or drug use by the young person that is affecting their health", "substance_misuse", 4)]),
  ("Learning", [S("School is a safe place for the child")],
   [I("Attendance below 90%", "attendance", 3),
    I("Permanently excluded or without a school place", "attendance", 4)]),
  ("Emotional wellbeing", [S("Engages with CAMHS or counselling")],
   [I("Self-harm that is repeated", "self_harm", 3),
    I("Suicidal thoughts", "self_harm", 4),
    I("Bullying that is affecting attendance", "bullying;attendance", 3),
    I("Persistent, severe bullying", "bullying", 4)]),
  ("Safety", [S("Young person accepts help from a trusted worker")],
   [I("Going missing from home", "missing", 3),
    I("Older friends, gifts or money that cannot be explained", "exploitation", 3),
    I("Frequent minor injuries with unclear explanations", "physical_abuse", 4),
    I("Physical punishment using an object", "physical_abuse", 4)]),
  ("Family relationships", [S("One parent provides consistent care")],
   [I("Parental conflict in which the child is used or drawn in", "domestic_violence", 3),
    I("Incidents of domestic abuse", "domestic_violence", 4),
    I("A parent's mental ill health or substance misuse is affecting the care of the child", "parental_mental_health;substance_misuse", 3),
    I("Parents cannot manage the child's behaviour", "parenting_capacity", 3)]),
  ("Home and money", [S("Family engages with housing and debt advice")],
   [I("Rent arrears and the threat of eviction", "housing;family_finances", 3),
    I("Family homeless or about to become homeless", "housing", 4),
    I("Home is very dirty or cluttered", "neglect;housing", 3)]),
 ],
 "Red": [
  ("Health", [S("Child is seen regularly by a health professional")],
   [I("Bruising or injury to a baby who is not mobile", "physical_abuse", 5),
    I("Serious injury, or an injury the parent cannot explain", "physical_abuse", 6),
    I("Failure to get urgent medical help for the child", "neglect", 5)]),
  ("Learning", [],
   [I("Child missing education and whereabouts unknown", "attendance;missing", 5)]),
  ("Emotional wellbeing", [S("Child has a safe person outside the family")],
   [I("Suicide attempt or life-threatening self-harm", "self_harm", 6),
    I("Serious assault by peers", "bullying;physical_abuse", 6)]),
  ("Safety", [],
   [I("Child says they have been hurt, or sexually abused", "physical_abuse;sexual_abuse", 5),
    I("Sexual or criminal exploitation", "exploitation", 5),
    I("Missing overnight and at risk of serious harm", "missing", 5),
    I("Risk of FGM, forced or child marriage", "harmful_practices", 5)]),
  ("Family relationships", [S("Non-abusing parent who acts to protect the child")],
   [I("Serious domestic violence incident, or high-risk (MARAC) case", "domestic_violence", 6),
    I("Ongoing coercive control putting the child at risk of significant harm", "domestic_violence", 5),
    I("A parent's drinking, drug use or mental illness puts the child in danger", "substance_misuse;parental_mental_health", 5),
    I("Child is terrified of a parent or carer", "emotional_abuse", 5)]),
  ("Home and money", [S("Extended family able to offer a safe place to stay")],
   [I("Young person thrown out with nowhere safe to go", "housing", 6),
    I("Dangerous or squalid home conditions", "housing;neglect", 5),
    I("Child left alone or abandoned", "neglect", 6)]),
 ],
}


def cell_paras(cell, texts, size=10.5):
    cell.paragraphs[0].text = ""
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t)
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(3)


def build():
    g = Gold(SLUG, META, LEVELS, anchor="GREEN BAND")
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans Narrow"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    for hn, sz in (("Heading 1", 16), ("Heading 2", 12.5)):
        h = d.styles[hn]
        h.font.name = "Liberation Sans"
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x3D, 0x2B, 0x56)
    hp = sec.header.paragraphs[0]
    font_run(hp.add_run("Marrowdene Children's Safeguarding Partnership  |  Continuum of Need: Colour Bands  |  v1.1 July 2024"), size=8, color="666666")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE", 8)

    d.add_paragraph("Continuum of Need: Colour Bands", style="Heading 1")
    d.add_paragraph("A guide for everyone who works with children, young people and families in Marrowdene. "
                    "Version 1.1, July 2024. Replaces the Marrowdene Levels of Need document (2019).").runs[0].italic = True
    d.add_paragraph("Why colour bands?", style="Heading 2")
    d.add_paragraph("Families, young people and practitioners told us that numbered levels felt like labels, and that it was "
                    "hard to remember whether Level 3 meant early help or social care. From 2024 the Marrowdene partnership "
                    "describes need using four colour bands. Each band has its own table below. The colour describes the "
                    "help a family needs at the moment, not the family itself, and families move between bands as "
                    "their circumstances change.")
    d.add_paragraph("How to use the tables", style="Heading 2")
    d.add_paragraph("Each table starts with what the band means and who leads. The rows then set out protective factors, "
                    "the strengths that help keep a child safe and well, beside risk factors, the worries you might notice. "
                    "Look at both columns. Strong protective factors may mean that a family can be helped in a lower band "
                    "than the risk factors alone suggest; weak protective factors may mean the opposite. If any risk factor "
                    "in the red band is present, ring the Children's Hub.")
    strip = d.add_table(rows=1, cols=4)
    strip.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, (lab, fill, fg, _) in zip(strip.rows[0].cells, BANDS):
        shade(c, fill)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        font_run(c.paragraphs[0].add_run(lab.upper()), size=11, bold=True, color=fg)
    set_col_widths(strip, [Cm(4.2)] * 4)
    p = d.add_paragraph("More need  →")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Consent", style="Heading 2")
    d.add_paragraph("Help in the yellow and amber bands is voluntary and is offered with the family's agreement. In the red band, "
                    "you should still tell the family what you are doing unless that would put the child at greater risk of harm. "
                    "Record what you shared, with whom, and why.")

    for k, (lab, fill, fg, desc) in enumerate(BANDS):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = d.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        set_cell_margins(t, 100, 100, 50, 50)
        title = t.rows[0].cells[0].merge(t.rows[0].cells[2])
        shade(title, fill)
        font_run(title.paragraphs[0].add_run(f"{lab.upper()} BAND"), size=14, bold=True, color=fg)
        dc = t.rows[1].cells[0].merge(t.rows[1].cells[2])
        font_run(dc.paragraphs[0].add_run(desc), size=10)
        for c, txt in zip(t.rows[2].cells, ["Area", "Protective factors", "Risk factors"]):
            shade(c, "EDE7F3")
            font_run(c.paragraphs[0].add_run(txt), size=10, bold=True)
        repeat_header(t.rows[0])
        repeat_header(t.rows[2])
        for area, prot, risk in ROWS[lab]:
            row = t.add_row()
            cant_split(row)
            c = row.cells
            font_run(c[0].paragraphs[0].add_run(area), size=10.5, bold=True)
            for it in prot:
                g.add(it, lab, area)
            for it in risk:
                g.add(it, lab, area)
            cell_paras(c[1], [it.text for it in prot] or [NONE])
            cell_paras(c[2], [it.text for it in risk] or [NONE])
        set_col_widths(t, [Cm(3.2), Cm(6.4), Cm(7.4)])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        nxt = {"Green": "What to do: keep offering your usual service and tell families about the Family Hub offer.",
               "Yellow": "What to do: talk with the family, agree a plan in your own service and review it after six weeks. If things are not improving, think about amber.",
               "Amber": "What to do: with consent, complete an Early Help Assessment or a Request for Support and send it to the Children's Hub (01632 966 300). The Hub will agree the right route with you within two working days.",
               "Red": "What to do: phone the Children's Hub on 01632 966 300 now (out of hours 01632 966 999). In an emergency ring 999. Confirm your referral in writing within 24 hours."}[lab]
        font_run(p.add_run(nxt), size=10, italic=True)
    d.add_paragraph("Contacts", style="Heading 2")
    d.add_paragraph("Marrowdene Children's Hub: 01632 966 300 (Monday to Friday, 8.30am to 5pm). Emergency Duty Team: "
                    "01632 966 999. Early Help Team: 01632 966 320. Police: 999 in an emergency, or 101.")
    src = os.path.join(HERE, SLUG + ".docx")
    d.save(src)
    soffice_pdf(src, os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
