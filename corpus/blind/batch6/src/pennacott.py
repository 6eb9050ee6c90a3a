import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

SLUG = "pennacott"
META = dict(doc=SLUG, partnership="Pennacott Safeguarding Children Partnership",
            authorities="Pennacott Borough Council", producer="libreoffice", layout_family="level_first",
            orientation="portrait", version="3.0", version_date="2024-01")
LEVELS = [
    dict(label="Tier 1", name="Universal", maps_to="A",
         desc=["Most children in Pennacott have their needs met by the services every family uses: midwives, health visitors, GPs, early years settings and schools.",
               "Where an emerging need is spotted, the practitioner who already knows the child responds within their own service, for example by offering extra advice, a school nurse appointment or time with a pastoral lead."],
         evidence="Where an emerging need is spotted, the practitioner who already knows the child responds within their own service, for example by offering extra advice, a school nurse appointment or time with a pastoral lead."),
    dict(label="Tier 2", name="Additional", maps_to="B",
         desc=["Children at Tier 2 have additional needs that one service cannot meet alone.",
               "A request is made to the Pennacott Early Help Hub, which allocates a family support worker to complete an Early Help Assessment with the family and coordinate a Team Around the Family."],
         evidence="A request is made to the Pennacott Early Help Hub, which allocates a family support worker to complete an Early Help Assessment with the family and coordinate a Team Around the Family."),
    dict(label="Tier 3", name="Intensive", maps_to="C",
         desc=["Needs at Tier 3 are complex or escalating and the child's health or development is likely to be significantly impaired without help.",
               "The practitioner refers to the Children's Services Front Door, and a social worker carries out a Child and Family Assessment under section 17 of the Children Act 1989."],
         evidence="The practitioner refers to the Children's Services Front Door, and a social worker carries out a Child and Family Assessment under section 17 of the Children Act 1989."),
    dict(label="Tier 4", name="Specialist", maps_to="D",
         desc=["Tier 4 is for children who are suffering, or are likely to suffer, significant harm.",
               "Call the Front Door at once; a strategy discussion will decide whether enquiries under section 47 are needed, and the police should be called where a child is in immediate danger."],
         evidence="Call the Front Door at once; a strategy discussion will decide whether enquiries under section 47 are needed, and the police should be called where a child is in immediate danger."),
]
SPEC = """
= Tier 1
# Child's developmental needs
1 hd | Minor illnesses or a health condition that is being managed by the GP
2 hd | Some delay in speech and language, picked up at the two-year check
1 bu | Occasional fall-outs with friends or may be being teased at school
2 sh | A single episode of low-level self-harm, shared with a trusted adult at school
2 at | Attendance has dipped to around 92% and the school is following it up
# Parenting capacity
1 dv | Parents have occasional arguments but keep the children out of them
2 pc | Parents ask for advice with routines, sleep or managing behaviour
# Family and environmental factors
2 ho | Housing needs some repairs or is a little overcrowded, and the family has reported it to the landlord
1 ff | Family managing on a low income, with occasional use of the food bank
= Tier 2
# Child's developmental needs
3 cmh | Anxiety or low mood that is affecting sleep, friendships or schoolwork
3 sh | Repeated minor self-harm alongside emotional difficulties
3 bu | Being bullied, and this is affecting attendance or wellbeing
3 bu | Bullying other children, including online
3 at | Persistent absence (below 90%) or a pattern of fixed-term suspensions
3 su | Experimenting with alcohol or cannabis
3 bo | Early signs of anti-social behaviour in the community
# Parenting capacity
3 dv | Parental conflict that draws the child in or leaves them worried at home
3 pc | Inconsistent boundaries; parents struggling to manage the child's behaviour
3 pmh | Parent has depression or anxiety that sometimes affects the care of the child
3 pa | Parents use smacking as their main form of discipline
# Family and environmental factors
3 ho | Rent arrears and a tenancy at risk, or living in temporary accommodation
3 ff | Debt or benefit problems that are causing stress in the family
3 pc | Young carer for a parent or sibling, with some impact on school
= Tier 3
# Child's developmental needs
4 sh | Self-harm together with suicidal thoughts
4 bu | Severe and persistent bullying that has led to the child withdrawing from school
4 at | Not in education, employment or training (NEET) at 16 or 17, or missing education (CME)
4 mi | Has gone missing from home on more than one occasion
4 ex | Concerns about possible CSE or CCE, e.g. older friends, unexplained gifts or money
4 hd | Disability with complex needs that the family cannot meet without specialist help
# Parenting capacity
4 dv | Incidents of domestic abuse reported to the police, with children in the home
4 su | Parental drug or alcohol misuse that is affecting the care of the child
4 pmh | Parental mental ill health that leaves the child without consistent care
4 pa | Physical chastisement with an implement such as a belt or slipper
4 ne | Children often hungry, unwashed or dressed unsuitably for the weather
# Family and environmental factors
4 ho | Family homeless, or about to be evicted with nowhere to go
4 dv | Family characterised by conflict and serious, chronic relationship problems
= Tier 4
# Child's developmental needs
6 sh | A suicide attempt or life-threatening self-harm
5 sh | Repeated serious self-harm with no response from parents or carers
5 ex | Child known to be sexually or criminally exploited, including county lines activity
5 sa | Disclosure of sexual abuse, or sexualised behaviour that suggests abuse
5 bu | Peer relationships broken down completely, with serious harm to the child
# Parenting capacity
5 pa | Any bruising or injury to a non-mobile baby
5 pa | Injuries with an explanation that does not fit, or a clear allegation of physical harm
6 pa | Serious physical abuse such as fractures, burns or scalds
5 dv | Persistent domestic abuse, or coercive control, in which the child is at risk
6 dv | A high-risk domestic abuse case heard at MARAC where the child lives in the household
5 ne | Persistent neglect that is harming the child's health and development
# Family and environmental factors
5 ho | Home conditions so poor that they are dangerous to the child
6 ho | Young person thrown out of the family home with nowhere safe to stay
5 hp | Child at risk of FGM or forced marriage
"""
ITEMS = parse(SPEC)


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for h, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        d.styles[h].font.name = "Liberation Sans"; d.styles[h].font.size = Pt(size)
        d.styles[h].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.text = "Pennacott Safeguarding Children Partnership – Threshold Guidance"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Version 3.0, January 2024   |   Page "); r.font.size = Pt(8)
    docx_field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" of "); r.font.size = Pt(8)
    docx_field(fp, "NUMPAGES").font.size = Pt(8)
    # title page
    for _ in range(6): d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run("Pennacott Safeguarding Children Partnership"); r.bold = True; r.font.size = Pt(20)
    p = d.add_paragraph(); r = p.add_run("Threshold Guidance: Meeting the Needs of Children and Families in Pennacott"); r.font.size = Pt(15)
    d.add_paragraph("Version 3.0\nJanuary 2024\nReview date: January 2026")
    d.add_paragraph("Approved by the Pennacott Safeguarding Children Partnership Executive Group.")
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    d.add_heading("1. Introduction", 1)
    d.add_paragraph("This guidance helps anyone working with children in Pennacott to decide what kind of help a child and their family might need, and who should provide it. It replaces version 2.2 (2021). It is not a checklist: professional judgement, and the views of the child and family, must always inform a decision.")
    d.add_paragraph("Needs are described across four tiers. Children can move between tiers as their circumstances change, and universal services stay involved whatever the tier. The indicators listed under each tier are examples only and are grouped under the three domains of the Assessment Framework.")
    d.add_paragraph("If you think a child is in immediate danger, call the police on 999. For advice, ring the Front Door on 01632 960 410 (Monday to Friday, 9am to 5pm) or the out of hours team on 01632 960 999.")
    d.add_heading("2. The four tiers", 1)
    d.add_paragraph("Each tier below opens with a short description of what it means and who leads, followed by example indicators. Strengths are listed first under Tier 1 to show what families are usually doing well.")
    lvd = by_level_domain(ITEMS)
    for i, lv in enumerate(LEVELS):
        d.add_heading(f"2.{i+1} {lv['label']} – {lv['name']}", 1 if i == 0 else 1)
        d.add_heading("What this means", 3)
        for para in lv["desc"]:
            d.add_paragraph(para)
        if i == 0:
            d.add_heading("What we usually see", 3)
            for s in ["Child is healthy, growing well and has regular check-ups",
                      "Attends school regularly and is making expected progress",
                      "Has friends and positive relationships with adults",
                      "Family lives in safe, stable housing",
                      "Parents provide warmth, routines and clear boundaries"]:
                d.add_paragraph(s, style="List Bullet")
                ITEMS_STR.append(dict(kind="strength", level="Tier 1", domain="What we usually see", text=s))
        d.add_heading("Example indicators" if i else "Emerging needs", 3)
        for dom, its in lvd[lv["label"]]:
            d.add_heading(dom, 2)
            for it in its:
                d.add_paragraph(it["text"], style="List Bullet")
                ORDER.append(it)
        if i == 1:
            p = d.add_paragraph(); r = p.add_run("How to get help: complete the Early Help Request form on the partnership website, with the family's consent. The Hub will reply within five working days."); r.italic = True
    d.add_heading("3. Consent and information sharing", 1)
    d.add_paragraph("Talk to the family about your worries and seek consent for a request for early help. Consent is not needed to make a referral where you believe a child is at risk of significant harm, but you should tell the family unless doing so would place the child at greater risk.")
    d.add_heading("4. Resolving professional disagreements", 1)
    d.add_paragraph("If you disagree with a decision about the tier of need, discuss it with the worker concerned first and then use the partnership's escalation procedure.")
    src = os.path.join(HERE, SLUG + ".docx"); d.save(src)
    soffice_pdf(src, SLUG)


ITEMS_STR, ORDER = [], []
build()
# document order: Tier 1 strengths come before Tier 1 indicators
items = ITEMS_STR + ORDER
write_gold(SLUG, META, [{k: v for k, v in l.items() if k != "desc"} for l in LEVELS], items)
