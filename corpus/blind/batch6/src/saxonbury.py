import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

SLUG = "saxonbury"
META = dict(doc=SLUG, partnership="Saxonbury Safeguarding Children Partnership",
            authorities="Saxonbury Council", producer="libreoffice", layout_family="two_column",
            orientation="portrait", version="2024.2", version_date="2024-10")
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="",
         desc="Children with no additional needs. They are healthy, safe and making good progress, and everything they need comes from the services all families use.",
         evidence="Children with no additional needs."),
    dict(label="Level 2", name="Early Help", maps_to="B",
         desc="Children and families whose needs are beyond what a universal service can offer on its own. Requests go to the Saxonbury Early Help Service, which assigns a family practitioner to lead an Early Help Assessment and family plan.",
         evidence="Requests go to the Saxonbury Early Help Service, which assigns a family practitioner to lead an Early Help Assessment and family plan."),
    dict(label="Level 3", name="Targeted Support", maps_to="C",
         desc="Despite its name, this level is a statutory response: the child is a child in need under section 17 of the Children Act 1989 and a social worker from Saxonbury Children's Social Care will complete a Child and Family Assessment and, where needed, a child in need plan.",
         evidence="Despite its name, this level is a statutory response: the child is a child in need under section 17 of the Children Act 1989 and a social worker from Saxonbury Children's Social Care will complete a Child and Family Assessment and, where needed, a child in need plan."),
    dict(label="Level 4", name="Specialist and Protection", maps_to="D",
         desc="Children who have suffered, or are likely to suffer, significant harm. A strategy discussion is held and section 47 enquiries made; some children will need emergency protection or to be accommodated.",
         evidence="A strategy discussion is held and section 47 enquiries made; some children will need emergency protection or to be accommodated."),
]
SPEC = """
= Level 1
# Health and development
+ Physically well, with regular health and dental checks
+ Meets developmental milestones
# Learning
+ Good attendance and punctuality
# Family and home
+ Parents meet the child's needs and keep them safe
+ Stable and secure accommodation
+ Positive relationships with family and friends
= Level 2
# Health and development
2 hd | Missed routine health appointments
2 hd | Delayed speech or toileting
2 cmh | Low self-esteem or signs of anxiety
2 sh | Low-level self-harm, e.g. scratching, disclosed to school staff
# Learning
3 at | Attendance below 90%, or a pattern of lateness
2 bu | Being bullied
3 bu | Bullying others, including online
# Family and home
3 dv | Parental conflict that involves the child
3 dv | Historic domestic abuse with ongoing impact on the child
3 pc | Parenting that lacks consistent routines or boundaries
3 su | Parental alcohol use at times affecting care
3 ho | Rent arrears or a tenancy at risk
2 ho | Housing in a poor state of repair
3 ff | Family in debt or struggling with benefit changes
3 bo | Early signs of anti-social behaviour
= Level 3
# Health and development
4 hd | Complex disability or chronic illness not well managed at home
4 cmh | Serious mental health difficulties, e.g. eating disorder
4 sh | Self-harm with suicidal ideation
3 sh | Repeated self-harm alongside emotional difficulties
# Learning
4 at | Persistent absence leading to a child missing education
4 bu | Severe and/or persistent bullying, including cyberbullying, affecting health
# Family and home
4 dv | Domestic abuse incidents in the household
4 dv | Family characterised by conflict and serious chronic relationship problems
4 pa | Physical punishment with an implement
4 su | Parental substance misuse affecting the child's wellbeing
4 pmh | Parent's mental ill health significantly affecting care
4 ho | Homeless or about to become homeless
3 ho | Living in temporary accommodation with frequent moves
4 mi | Going missing from home
4 ex | Vulnerable to CSE or CCE, e.g. older boyfriend, unexplained money
4 bo | Offending behaviour; known to the Youth Justice Service
= Level 4
# Health and development
6 sh | A suicide attempt or life-threatening self-harm
5 ne | Faltering growth because of persistent neglect
5 pa | Bruising or injury to a non-mobile baby
# Learning
5 bu | Serious harm to the child following a complete breakdown in peer relationships
# Family and home
5 dv | Persistent domestic violence; the child is at risk of significant harm
6 dv | High-risk domestic abuse (MARAC), child in the household
5 pa | Unexplained or suspicious injuries, or an allegation of physical harm
6 pa | Serious injuries such as fractures or burns
5 sa | Sexual abuse alleged or suspected
5 ex | Child being exploited, including through county lines
5 ho;ne | Home conditions that place the child in danger
6 ho | Young person evicted by parents, nowhere safe to stay
5 hp | Risk of FGM, forced marriage or honour-based abuse
5 ra | Child being radicalised, with a risk of harm
"""
ITEMS = parse(SPEC)


def set_cols(section, n):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "567")


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(9.5)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = "Liberation Sans"; d.styles[h].font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    hp = sec.header.paragraphs[0]; hp.text = "Saxonbury Safeguarding Children Partnership  |  Thresholds Guidance 2024.2"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("October 2024 – Page ").font.size = Pt(8)
    docx_field(fp, "PAGE").font.size = Pt(8)
    d.add_paragraph("Thresholds Guidance", style="Title")
    d.add_paragraph("Saxonbury Safeguarding Children Partnership – version 2024.2, October 2024")
    d.add_heading("Introduction", 1)
    d.add_paragraph("This guidance sets out Saxonbury's four levels of need and the kind of circumstances we would expect to see at each. It should help practitioners talk with families about what support might help, and decide whether to contact the Early Help Service or the Saxonbury Children's Advice Line (SCAL).")
    d.add_paragraph("The indicators are illustrations, not criteria. A child's needs should be understood as a whole: the same worry can have a very different impact on two children, and the presence of strengths in a family can change the response needed.")
    d.add_heading("The levels at a glance", 1)
    for lv in LEVELS:
        p = d.add_paragraph(); p.add_run(f"{lv['label']} – {lv['name']}: ").bold = True; p.add_run(lv["desc"])
    d.add_heading("Contacts", 1)
    d.add_paragraph("Saxonbury Children's Advice Line (SCAL): 01632 960 170\nEarly Help Service: 01632 960 175\nOut of hours: 01632 960 199\nEmergency: 999")
    s2 = d.add_section(WD_SECTION.NEW_PAGE); set_cols(s2, 2)
    lvd = by_level_domain(ITEMS)
    for lv in LEVELS:
        d.add_heading(f"{lv['label']}: {lv['name']}", 1)
        if lv["label"] == "Level 1":
            d.add_paragraph("Children at Level 1 will typically have:").runs[0].italic = True
        for dom, its in lvd[lv["label"]]:
            p = d.add_paragraph(); r = p.add_run(dom); r.bold = True
            p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(1)
            for it in its:
                q = d.add_paragraph(it["text"], style="List Bullet"); q.paragraph_format.space_after = Pt(1)
    d.add_heading("After you have decided", 1)
    d.add_paragraph("Record your decision and the reasons for it. If your concerns grow, or the help offered is not making a difference, look at the level again and talk to your safeguarding lead.")
    src = os.path.join(HERE, SLUG + ".docx"); d.save(src)
    soffice_pdf(src, SLUG)


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
