"""hollowbeck: level_first, python-docx -> LibreOffice. Levels: blank, A, B, C+D."""
import os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

SLUG = "hollowbeck"
META = dict(partnership="Hollowbeck Safeguarding Children Partnership", authorities="Hollowbeck",
            producer="libreoffice", layout_family="level_first", orientation="portrait",
            version="4.1", version_date="2023-11")

LEVELS = [
    dict(label="Level 1", name="Universal services", maps_to="",
         evidence="No additional response is needed: the child's needs are met by their family and by the services every child uses."),
    dict(label="Level 2", name="Additional needs", maps_to="A",
         evidence="The practitioner who knows the family best, usually from the school, nursery, health visiting team or GP practice, offers extra support from within their own service and, where more than one need is present, completes an Early Help Assessment and becomes the lead professional."),
    dict(label="Level 3", name="Targeted early help", maps_to="B",
         evidence="A request for support is made to the Hollowbeck Family Help Service, which allocates a family practitioner to coordinate a Team Around the Family and a shared plan."),
    dict(label="Level 4", name="Specialist services", maps_to="C+D",
         evidence="Children at this level are children in need under section 17 of the Children Act 1989, or children who are suffering or likely to suffer significant harm and need enquiries under section 47."),
]

DESCR = {
 "Level 1": [
  "Most children in Hollowbeck live at this level. They are healthy, safe and making progress, and they "
  "use the services every family uses: early years settings, schools, GP practices, health visitors, "
  "school nurses, libraries and leisure services.",
  LEVELS[0]["evidence"] + " Practitioners should keep listening to the child and notice any change.",
 ],
 "Level 2": [
  "Some children have needs that their family and a single universal service cannot fully meet without a "
  "little extra help. The needs are usually low level and the child's progress is not yet seriously affected.",
  LEVELS[1]["evidence"] + " Children's social care is not involved at this level.",
 ],
 "Level 3": [
  "Needs at this level are multiple or more entrenched, and the family will need a coordinated plan "
  "from several agencies to stop them getting worse. Work is voluntary and depends on the family's consent.",
  LEVELS[2]["evidence"] + " The Family Help Service can also give advice to the lead professional.",
 ],
 "Level 4": [
  "These children have complex needs, or are at risk of harm, and need a statutory response. A referral "
  "is made to the Children's Front Door (the Hollowbeck MASH) by telephone and followed up in writing "
  "within 24 hours.",
  LEVELS[3]["evidence"] + " A qualified social worker leads the assessment and, where needed, a strategy "
  "discussion is held with police and health colleagues.",
 ],
}

GROUPS = {
 "Health": "Child's developmental needs", "Education and learning": "Child's developmental needs",
 "Emotional and behavioural development": "Child's developmental needs",
 "Identity and social presentation": "Child's developmental needs",
 "Family and social relationships": "Child's developmental needs",
 "Basic care and ensuring safety": "Parenting capacity", "Emotional warmth and stability": "Parenting capacity",
 "Guidance and boundaries": "Parenting capacity",
 "Family history and functioning": "Family and environmental factors",
 "Housing, employment and finance": "Family and environmental factors",
 "Community resources": "Family and environmental factors",
}

DATA = """
@Level 1
#Health
s | Physically healthy, with checks and immunisations up to date
s | Speech, language and play developing as expected for their age
#Education and learning
s | Attends nursery or school regularly and is making expected progress
#Emotional and behavioural development
s | Can talk about worries and feelings with a trusted adult
1 child_mental_health | Short-lived worries after a family change, such as moving house or the arrival of a new baby
#Family and social relationships
s | Has friends of a similar age and gets on well with them
#Basic care and ensuring safety
s | Parents provide for the child's physical needs and keep them safe from harm
#Guidance and boundaries
s | Clear daily routines and consistent boundaries at home
#Family history and functioning
1 domestic_violence | Parents separating amicably, with arrangements for the children agreed between them
#Housing, employment and finance
s | Family lives in stable and suitable accommodation
s | Household income is enough to meet the family's day to day needs
#Community resources
s | Family has friends, relatives or neighbours they can call on for help

@Level 2
#Health
2 health_development | Missed immunisations, health reviews or dental appointments
2 health_development | Slow to reach developmental milestones, including speech and language
2 substance_misuse | Young person experimenting with alcohol or cannabis
#Education and learning
2 attendance | Attendance dropping below 90%, or frequent lateness in the mornings
2 attendance | Year 11 student with no plan for education, employment or training after the summer
#Emotional and behavioural development
2 child_mental_health | Low mood or anxiety that is beginning to affect day to day life
2 self_harm | A single episode of low-level self-harm disclosed to a member of staff
2 behaviour_offending | Occasional challenging behaviour in class or at home
#Identity and social presentation
2 discrimination | Experiencing name-calling or prejudice linked to race, faith, disability or sexuality
#Family and social relationships
2 bullying | Experiencing bullying at school or online
2 parenting_capacity | Young carer with some caring responsibilities for a parent or sibling
#Basic care and ensuring safety
2 neglect | Sometimes arrives at school hungry or in clothes that have not been washed
#Guidance and boundaries
2 parenting_capacity | Parents finding it hard to keep to consistent routines and boundaries
#Family history and functioning
2 domestic_violence | Arguments between parents that the children are aware of
2 parental_mental_health | Parent experiencing low mood or anxiety which is having some effect on their care of the child
#Housing, employment and finance
2 housing;health_development | Home in poor repair, or damp that is affecting a child's health
2 family_finances | Low income or debt causing stress in the household

@Level 3
#Health
3 health_development | Long-term health condition that is not being well managed at home
3 substance_misuse | Regular use of alcohol or drugs by the young person, affecting school and relationships
#Education and learning
3 attendance | Persistent absence (below 85%) or repeated suspensions from school
3 attendance | At risk of permanent exclusion
#Emotional and behavioural development
3 self_harm;child_mental_health | Repeated self-harm alongside anxiety, low mood or withdrawal
3 child_mental_health | Emotional difficulties that need help from a targeted mental health service
3 behaviour_offending | Involved in anti-social behaviour in the community, or first contact with the police
#Family and social relationships
3 bullying;attendance | Bullying that is affecting the child's attendance or emotional wellbeing
3 missing | Has gone missing from home on one occasion and returned the same day
3 exploitation | Spending time with older young people or adults in a way that raises concern about possible exploitation
#Basic care and ensuring safety
3 neglect | Basic care is inconsistent: poor hygiene, unsuitable clothing, irregular meals
3 physical_abuse | Parent says they smack the child when they lose their temper
#Guidance and boundaries
3 parenting_capacity | Parents unable to manage the child's behaviour, and the child is beyond their control at times
#Family history and functioning
3 domestic_violence | A history of domestic abuse in the family, or ongoing conflict between parents that draws the child in
3 parental_mental_health | Parental mental ill health affecting the routines and care of the children
3 substance_misuse | Parental drug or alcohol use that is disrupting family routines
#Housing, employment and finance
3 housing;family_finances | Rent arrears, with the family's tenancy at risk
3 housing | Family placed in temporary accomodation
3 family_finances | Serious debt, with the family relying on food banks

@Level 4
#Health
4 health_development | Disabled child with complex needs who requires specialist support to continue living at home
5 neglect;health_development | Parents failing to seek treatment for a serious medical condition
4 substance_misuse | Young person's drug or alcohol use is escalating and putting their health at risk
#Education and learning
4 attendance | Not on the roll of any school and not receiving education (CME)
#Emotional and behavioural development
6 self_harm | Suicide attempt or self-harm that is life-threatening
4 self_harm;child_mental_health | Self-harm accompanied by thoughts of suicide
4 child_mental_health | Severe mental health difficulties, such as an eating disorder or psychosis
4 radicalisation | Expressing extremist views, with concern that the young person is being radicalised
#Family and social relationships
4 bullying | Severe or persistent bullying which the school's actions have not stopped
5 exploitation | Child is being sexually or criminally exploited, including involvement in county lines
4 missing;exploitation | Goes missing regularly and will not say where they have been
5 sexual_abuse | Disclosure of sexual abuse, or sexualised behaviour that suggests the child has been abused
#Basic care and ensuring safety
5 neglect | Persistent neglect: the child is often hungry, dirty or left without supervision
5 physical_abuse | Bruising or marks with an explanation that does not fit the injury
5 physical_abuse | Any bruise or injury to a baby who is not yet mobile
6 physical_abuse | Serious injury such as a fracture or burn where abuse is suspected
4 physical_abuse | Physical chastisement using a belt or other implement
5 harmful_practices | Concern that a girl is at risk of FGM or that a young person is at risk of forced marriage
#Emotional warmth and stability
5 emotional_abuse | Child is persistently belittled, rejected or scapegoated by a parent
#Family history and functioning
4 domestic_violence | Incidents of domestic abuse reported to the police in the last twelve months
5 domestic_violence | Persistent domestic abuse with the child at risk of harm
6 domestic_violence | High-risk domestic abuse case heard at MARAC
4 parental_mental_health | Parent's severe mental illness means they cannot meet the child's needs without support
5 substance_misuse;neglect | Parental substance misuse leaving the child without adequate care or supervision
#Housing, employment and finance
4 housing | Family homeless or about to become homeless
5 housing | Home conditions so poor that they are dangerous to the child's health and safety
6 housing | Young person aged 16 or 17 thrown out of the family home
"""

ITEMS = parse(DATA)

CONTENTS = [("1", "Introduction"), ("2", "Using this guidance"), ("", "Level 1: Universal services"),
            ("", "Level 2: Additional needs"), ("", "Level 3: Targeted early help"),
            ("", "Level 4: Specialist services"), ("3", "Consent and information sharing"),
            ("4", "Contacts")]


def build(pagemap):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.0)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for name, size, col in (("Heading 1", 17, "1F4E79"), ("Heading 2", 13, "2E75B6"), ("Heading 3", 11, "404040")):
        h = doc.styles[name]; h.font.name = "Liberation Sans"; h.font.size = Pt(size)
        h.font.color.rgb = RGBColor.from_string(col)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Hollowbeck Safeguarding Children Partnership  |  Levels of Need guidance"
    hp.runs[0].font.size = Pt(8.5); hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Version 4.1, November 2023        Page "); r.font.size = Pt(8.5)
    add_field(fp, "PAGE").font.size = Pt(8.5)
    r = fp.add_run(" of "); r.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES").font.size = Pt(8.5)

    # title page
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Hollowbeck Safeguarding Children Partnership")
    r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph(); r = p.add_run("Levels of Need"); r.bold = True; r.font.size = Pt(30)
    p = doc.add_paragraph(); r = p.add_run("Multi-agency guidance on responding to the needs of children, young people and their families")
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate((("Version", "4.1"), ("Approved by", "HSCP Executive Group"),
                                ("Published", "November 2023"), ("Review due", "November 2025"))):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # contents
    doc.add_paragraph("Contents", style="Title")
    for num, title in CONTENTS:
        p = doc.add_paragraph()
        right_tab_leader(p, 9400)
        if num:
            p.add_run(num + ".  " + title).bold = True
        else:
            p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(title)
        p.add_run("\t" + str(pagemap.get(title, "")))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("1. Introduction", 1)
    for t in (
        "This guidance describes the levels of need used by every agency in the Hollowbeck Safeguarding "
        "Children Partnership. It replaces version 3.2 (2021) and should be read alongside the Hollowbeck "
        "Early Help Strategy and the partnership's child protection procedures.",
        "The guidance is for anyone who works with children, young people or their parents and carers, "
        "whether paid or voluntary. It gives a shared language for talking about a child's needs, so that "
        "the right help can be offered at the right time and by the right service.",
        "The examples given at each level are not a checklist. Children's circumstances change, and one "
        "serious concern can outweigh many minor ones. Always think about the impact on the child, the "
        "strengths in the family, and what the child tells you about their own life.",
    ):
        doc.add_paragraph(t)
    doc.add_heading("2. Using this guidance", 1)
    for t in (
        "The guidance is set out level by level. For each level there is a short description of what the "
        "level means and who leads, followed by examples grouped under the three sides of the Assessment "
        "Framework triangle: the child's developmental needs, parenting capacity, and family and "
        "environmental factors.",
        "If you are unsure which level fits, talk it through with your designated safeguarding lead or "
        "ring the Family Help Service consultation line. If you think a child is at immediate risk, do not "
        "wait: contact the police on 999 or the Children's Front Door straight away.",
    ):
        doc.add_paragraph(t)

    by_level = {}
    for it in ITEMS:
        by_level.setdefault(it["level"], []).append(it)
    for lv in LEVELS:
        lab = lv["label"]
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading("%s: %s" % (lab, lv["name"]), 1)
        doc.add_heading("What this means", 3)
        for t in DESCR[lab]:
            doc.add_paragraph(t)
        group = None; dom = None
        for it in by_level[lab]:
            g = GROUPS[it["domain"]]
            if g != group:
                doc.add_heading(g, 2); group = g
            if it["domain"] != dom:
                h = doc.add_heading(it["domain"], 3); dom = it["domain"]
                h.paragraph_format.keep_with_next = True
            p = doc.add_paragraph(it["text"], style="List Bullet")
            p.paragraph_format.keep_together = True
            p.paragraph_format.space_after = Pt(2)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("3. Consent and information sharing", 1)
    for t in (
        "At Levels 2 and 3 help is offered with the agreement of the family. Explain what you are worried "
        "about, what support could help and who you would like to share information with. Record the "
        "family's consent, or their reasons for declining.",
        "At Level 4 you should normally tell the family that you are making a referral, unless doing so "
        "would put the child or anyone else at greater risk, or could hinder a police investigation. "
        "Consent is not needed to share information where a child may be at risk of significant harm.",
        "The Data Protection Act 2018 and UK GDPR do not stop you sharing information to keep a child safe. "
        "If in doubt, seek advice from your safeguarding lead, and write down what you shared, with whom "
        "and why.",
    ):
        doc.add_paragraph(t)
    doc.add_heading("4. Contacts", 1)
    t = doc.add_table(rows=5, cols=2); t.style = "Table Grid"
    rows = (("Service", "How to contact"),
            ("Children's Front Door (MASH)", "01962 440 310, weekdays 8.30am to 5pm"),
            ("Emergency Duty Team (out of hours)", "01962 440 999"),
            ("Family Help Service consultation line", "01962 440 355"),
            ("Local Authority Designated Officer (LADO)", "lado@hollowbeck.gov.uk"))
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
        if i == 0:
            for c in (0, 1):
                t.cell(i, c).paragraphs[0].runs[0].bold = True
    path = os.path.join(SRC, SLUG + ".docx")
    doc.save(path)
    to_pdf(path, os.path.join(PDF, SLUG + ".pdf"))


def heading_pages():
    pages = page_texts(os.path.join(PDF, SLUG + ".pdf"))
    pm = {}
    for _, title in CONTENTS:
        for i, p in enumerate(pages[2:], 3):
            if re.search(r"^\s*(\d\.\s*)?" + re.escape(title) + r"\s*$", p, re.M):
                pm[title] = i; break
    return pm


if __name__ == "__main__":
    build({})
    pm = heading_pages()
    build(pm)
    assert heading_pages() == pm, pm
    finish(SLUG, META, LEVELS, ITEMS)
