"""Brindlesham SCP: Word report with numbered section headings and numbered paragraphs.
python-docx -> LibreOffice PDF. Two passes: the second fills the contents page numbers."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, soffice_pdf, PDF, SRC
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SLUG = "brindlesham"
TEAL = RGBColor(0x1F, 0x4E, 0x79)


def build(toc_pages):
    g = Gold(SLUG, partnership="Brindlesham Safeguarding Children Partnership",
             authorities="Brindlesham City Council", producer="libreoffice",
             layout_family="word_numbered_paragraphs", orientation="portrait",
             version="4.1", version_date="2023-09")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.1
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        h = doc.styles[name]
        h.font.name = "Arial"
        h.element.rPr.rFonts.set(qn("w:asciiTheme"), "") if False else None
        h.font.size = Pt(size)
        h.font.color.rgb = TEAL
        h.font.bold = True
        h.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        h.paragraph_format.space_after = Pt(6)
        h.paragraph_format.keep_with_next = True
        rpr = h.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True

    def field(par, code):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r2._r.append(it)
        r3 = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r3._r.append(e)
        r4 = par.add_run("1")
        r5 = par.add_run()
        e2 = OxmlElement("w:fldChar"); e2.set(qn("w:fldCharType"), "end"); r5._r.append(e2)

    hp = sec.header.paragraphs[0]
    hp.text = "Brindlesham Safeguarding Children Partnership \u2013 Continuum of Need: Threshold Guidance"
    hp.runs[0].font.size = Pt(8.5); hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Version 4.1  |  September 2023  |  Page "); r.font.size = Pt(8.5)
    field(fp, "PAGE")
    r = fp.add_run(" of "); r.font.size = Pt(8.5)
    field(fp, "NUMPAGES")
    for rr in fp.runs:
        rr.font.size = Pt(8.5)

    def para(text, bold=False, size=None, align=None, after=None, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align is not None: p.alignment = align
        if after is not None: p.paragraph_format.space_after = Pt(after)
        return p

    def num(n, text):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.3)
        pf.first_line_indent = Cm(-1.3)
        pf.tab_stops.add_tab_stop(Cm(1.3))
        pf.keep_together = True
        p.add_run(f"{n}\t{text}")
        return p

    # ------------------------------------------------------------ title page
    for _ in range(5):
        para("")
    para("Brindlesham Safeguarding Children Partnership", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("")
    para("Continuum of Need", bold=True, size=28, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Threshold Guidance for Practitioners Working with Children, Young People and Families",
         size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(6):
        para("")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, b) in enumerate([("Version", "4.1"), ("Approved by", "BSCP Executive Group"),
                                ("Date approved", "September 2023"), ("Review date", "September 2025"),
                                ("Document owner", "BSCP Business Unit")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    doc.add_page_break()

    # ------------------------------------------------------------ contents
    para("Contents", bold=True, size=14)
    toc = [("1.", "Introduction"), ("2.", "Principles, consent and information sharing"),
           ("3.", "Level 1 \u2013 Universal"), ("4.", "Level 2 \u2013 Early Help"),
           ("5.", "Level 3 \u2013 Children in Need"), ("6.", "Level 4 \u2013 Child Protection"),
           ("7.", "Making a referral to the Children\u2019s Advice and Referral Team"),
           ("8.", "Step-up and step-down"), ("9.", "Resolving professional disagreements"),
           ("10.", "Useful contacts"), ("11.", "Glossary"),
           ("", "Appendix A: The early help pathway")]
    for n, title in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), alignment=2, leader=WD_TAB_LEADER.DOTS)
        p.add_run(f"{n}\t{title}\t{toc_pages.get(n or 'A', '')}")
    doc.add_page_break()

    # ------------------------------------------------------------ 1 intro
    doc.add_heading("1. Introduction", 1)
    intro = [
        "This guidance sets out how agencies in Brindlesham will work together to identify and respond to "
        "the needs of children, young people and their families. It replaces version 3.2 (2021) and takes "
        "account of Working Together to Safeguard Children 2023 and the learning from local child "
        "safeguarding practice reviews.",
        "The guidance describes four levels of need. It gives examples of the kinds of situation that may "
        "indicate a child needs help at each level, and explains what a practitioner should do next. The "
        "examples are illustrative and are not exhaustive; a child may show indicators at more than one level.",
        "Needs are not fixed. A family may move between levels as circumstances change, and a single "
        "serious event can move a child straight to Level 4. Practitioners must use their professional "
        "judgement, informed by conversations with the family and with colleagues, rather than relying on "
        "any one indicator.",
        "Where the guidance refers to parents, this includes anyone with parental responsibility and any "
        "adult who cares for the child, including step-parents, partners and kinship carers.",
        "The guidance applies to everyone who works with children in Brindlesham, including staff and "
        "volunteers in health, education, early years, the police, housing, adult services, youth services "
        "and the voluntary, community and faith sector.",
    ]
    for i, s in enumerate(intro, 1):
        num(f"1.{i}", s)
    doc.add_heading("Using the Assessment Framework", 2)
    af = [
        "The indicators in Sections 3 to 6 are grouped under the three domains of the national Assessment "
        "Framework: the child's developmental needs; the capacity of parents and carers to respond to those "
        "needs; and wider family and environmental factors. Each level also includes indicators for specific "
        "risks such as exploitation, domestic abuse and harmful practices.",
        "When considering a child's needs, think about how long a concern has been present, how often it "
        "happens, how it affects the child day to day, and whether the parents recognise it and are able to "
        "change. Several lower-level concerns together may mean that a higher level of response is needed.",
        "Think about the lived experience of the child. What is a typical day like for this child? What would "
        "the child say about their life if asked? Consider unborn babies, brothers and sisters, and other "
        "children in the household.",
        "Practitioners should also consider the impact of cumulative harm, particularly in cases of neglect, "
        "where no single incident may meet a threshold but the pattern over time is damaging to the child.",
    ]
    for i, s in enumerate(af, len(intro) + 1):
        num(f"1.{i}", s)

    # ------------------------------------------------------------ 2 principles
    doc.add_heading("2. Principles, consent and information sharing", 1)
    princ = [
        "Children's welfare is paramount. Practitioners should see and speak to the child, listen to what they "
        "say, and take their wishes and feelings into account.",
        "Early help is voluntary. Families should be told why support is being offered and their consent "
        "should be obtained before an Early Help Assessment is started or information is shared with other "
        "agencies, unless doing so would place a child at risk.",
        "Consent is not needed to share information where there is reasonable cause to believe that a child "
        "is suffering, or is likely to suffer, significant harm. In such cases, tell the family that a "
        "referral is being made unless this would increase the risk to the child or to others, or would "
        "prejudice a police investigation.",
        "Practitioners should should record what information was shared, with whom, when and why, and whether "
        "consent was given.",
        "Strengths in the family should be recognised and built on. A family's ability to make use of support "
        "will often be the deciding factor in whether needs are met at a lower level.",
        "If you are unsure about the level of need, talk to your designated safeguarding lead or ring the "
        "Children's Advice and Referral Team (CART) consultation line for a professional conversation.",
    ]
    for i, s in enumerate(princ, 1):
        num(f"2.{i}", s)

    # ------------------------------------------------------------ 3 Level 1
    doc.add_heading("3. Level 1 \u2013 Universal: Children and Young People with No Additional Needs", 1)
    L = "Level 1"
    ev1 = ("These children have no additional needs: their health and development are progressing as "
           "expected and their needs are met by the universal services available to all families.")
    g.level("Level 1", "Universal", "", ev1)
    num("3.1", ev1 + " No referral or assessment is needed.")
    num("3.2", "Children at Level 1 will generally be seen to have the following in place:")
    s1 = [
        ("Development of the child", "Children are healthy, reach their developmental milestones and have their health needs met by universal services."),
        ("Development of the child", "Children attend school or an early years setting regularly and are supported with their learning at home."),
        ("Development of the child", "Children have stable relationships with their parents and carers and positive friendships with other children."),
        ("Parenting capacity", "Parents or carers provide safe and consistent care and set boundaries appropriate to the child's age."),
        ("Family and environment", "The family has adequate housing and an income that meets their needs."),
        ("Family and environment", "There are no concerns about domestic abuse, substance misuse or mental ill health in the household."),
    ]
    n = 3
    for dom, s in s1:
        num(f"3.{n}", g.st(L, dom, s)); n += 1
    num(f"3.{n}", "Universal services should continue to promote children's wellbeing and should be alert to "
                  "emerging needs. Where a need emerges, refer to Section 4.")

    # ------------------------------------------------------------ 4 Level 2
    doc.add_heading("4. Level 2 \u2013 Early Help: Children with Additional Needs who Require a Coordinated "
                    "Early Help Response", 1)
    L = "Level 2"
    ev2 = ("A lead professional from the agency best placed to help will complete an Early Help Assessment "
           "with the family, supported by the Brindlesham Early Help Service, which will provide advice, "
           "coordinate the Team Around the Family and, where needed, allocate a family support worker.")
    g.level("Level 2", "Early Help", "B", ev2)
    num("4.1", "Children at Level 2 have additional needs that are not being met by universal services "
               "alone. Their needs may relate to health, education, behaviour, parenting or the family's "
               "circumstances, and will usually require more than one agency to work together.")
    num("4.2", ev2)
    num("4.3", "Examples of indicators at this level include:")
    doc.add_heading("Development of the child", 3)
    D = "Development of the child"
    n = 4
    lv2 = [
        (D, "The child's attendance is between 85% and 90%, or there is a pattern of lateness.", "attendance", 2),
        (D, "The child is being bullied, or is reported to be bullying other children, and this is beginning to "
            "affect their confidence or attendance.", "bullying", 3),
        (D, "The child has self-harmed on one occasion, or has told someone they have thoughts of self-harm, "
            "and is not receiving any support.", "self_harm", 2),
        (D, "Emerging emotional or mental health difficulties, such as anxiety or low mood, which have not "
            "reached the threshold for specialist CAMHS.", "child_mental_health", 2),
        (D, "The child has a disability or special educational need and the family needs help to access "
            "services (an EHCP may be in progress).", "health_development", 2),
        (D, "The young person is experimenting with drugs or alcohol.", "substance_misuse", 2),
        (D, "The young person is beginning to associate with peers involved in anti-social behaviour.",
         "behaviour_offending", 2),
        (D, "There are low-level concerns about the young person's online safety, such as sharing images with "
            "people they have not met.", "exploitation", 2, "sexual_abuse"),
        (D, "The young person has run away or stayed out overnight on one occasion without the knowledge of "
            "their parents.", "missing", 3),
    ]
    P = "Parenting capacity"
    lv2b = [
        (P, "Parents or carers need support to establish routines and consistent boundaries.", "parenting_capacity", 2),
        (P, "Parents or carers are struggling to manage the child's behaviour and have asked for help.",
         "parenting_capacity", 2),
        (P, "There are occasional concerns about the child's hygiene or clothing, or about missed health "
            "appointments.", "neglect", 2),
        (P, "Parents have separated and there is ongoing conflict about contact, which the child is aware of.",
         "domestic_violence", 2),
        (P, "A parent has mental health difficulties, such as depression, which sometimes affect their ability "
            "to meet the child's needs.", "parental_mental_health", 3),
        (P, "A parent's use of alcohol is beginning to affect family routines.", "substance_misuse", 2,
         "parenting_capacity"),
        (P, "The child is a young carer and this is affecting their education or friendships.",
         "parenting_capacity", 3),
    ]
    F = "Family and environment"
    lv2c = [
        (F, "There has been a single incident of domestic abuse, with no injury and the child not present, "
            "and the adult victim is engaging with support.", "domestic_violence", 3),
        (F, "The family is living in overcrowded or poor-quality housing which is affecting the child's health.",
         "housing", 2),
        (F, "The family is in rent arrears and has received a notice seeking possession.", "housing", 3),
        (F, "Financial difficulties mean the family is relying on food banks or cannot afford to heat the home.",
         "family_finances", 2),
        (F, "The family has recently arrived in Brindlesham, including as refugees or asylum seekers, and "
            "has no support network.", "other", 2),
    ]
    for dom, t, iss, sev, *more in lv2:
        num(f"4.{n}", g.ind(L, dom, t, iss, sev, *more)); n += 1
    doc.add_heading("Parenting capacity", 3)
    for dom, t, iss, sev, *more in lv2b:
        num(f"4.{n}", g.ind(L, dom, t, iss, sev, *more)); n += 1
    doc.add_heading("Family and environment", 3)
    for dom, t, iss, sev, *more in lv2c:
        num(f"4.{n}", g.ind(L, dom, t, iss, sev, *more)); n += 1
    doc.add_heading("How to get help at Level 2", 3)
    num(f"4.{n}", "Discuss your concerns with the family and agree who is best placed to act as lead "
                  "professional. Complete the Early Help Assessment on the Brindlesham Early Help portal and "
                  "arrange a first Team Around the Family meeting within 20 working days."); n += 1
    num(f"4.{n}", "The Early Help Service duty worker can advise on the assessment, on services available "
                  "locally and on whether a family support worker should be allocated."); n += 1
    num(f"4.{n}", "If needs are not improving after two reviews of the plan, or if they escalate, the lead "
                  "professional should seek advice about stepping up to Level 3 (see Section 8).")

    # ------------------------------------------------------------ 5 Level 3
    doc.add_heading("5. Level 3 \u2013 Children in Need: Children with Complex Needs who Require Assessment "
                    "and Support from Children\u2019s Social Care (Section 17)", 1)
    L = "Level 3"
    ev3 = ("Children at Level 3 are children in need as defined by section 17 of the Children Act 1989, and "
           "a social worker will complete a Child and Family Assessment to decide what services are required.")
    g.level("Level 3", "Children in Need", "C", ev3)
    num("5.1", "These are children whose health or development is likely to be significantly impaired without "
               "the provision of services, or who are disabled. " + ev3)
    num("5.2", "A referral should be made to CART with the family's consent. Where an Early Help Assessment "
               "has been completed it should accompany the referral.")
    num("5.3", "Examples of indicators at this level include:")
    n = 4
    lv3 = [
        ("Development of the child", [
            ("The child's attendance has fallen below 50%, or they have been permanently excluded and no "
             "alternative provision is in place.", "attendance", 4),
            ("The child has been the victim of persistent bullying which has led to them refusing to attend school.",
             "bullying", 4),
            ("The child is self-harming regularly and has talked about having suicidal thoughts.", "self_harm", 4),
            ("The child has a severe disability or complex health needs, and the family needs a specialist "
             "assessment of the support they require.", "health_development", 4),
            ("The young person is regularly using drugs or alcohol and this is putting their health or "
             "education at risk.", "substance_misuse", 4),
            ("The young person is known to the youth justice service or has been arrested for a violent offence.",
             "behaviour_offending", 4),
            ("The child is going missing from home regularly, and there are concerns about who they are with.",
             "missing", 4, "exploitation"),
            ("There are indicators that the young person is at risk of criminal exploitation, for example "
             "carrying large amounts of cash or having new phones.", "exploitation", 4),
            ("The child displays sexualised behaviour that is concerning for their age.", "sexual_abuse", 3),
        ]),
        ("Parenting capacity", [
            ("Parents are unable to provide consistent basic care and there is evidence that this is affecting "
             "the child's health or development.", "neglect", 4),
            ("Parents do not engage with early help despite repeated offers, and the child's needs are escalating.",
             "parenting_capacity", 4),
            ("Parents' mental ill health, learning disability or substance misuse is having a significant impact "
             "on the child.", "parental_mental_health", 4, "substance_misuse"),
            ("The child is subject to physical chastisement using an implement, or reports being regularly smacked.",
             "physical_abuse", 4),
            ("Parents or carers cannot manage the child's behaviour and the family is at risk of breaking down.",
             "parenting_capacity", 4),
            ("A parent or carer is in prison and the remaining carer is struggling to cope.",
             "parenting_capacity", 3),
        ]),
        ("Family and environment", [
            ("Domestic abuse incidents between parents or carers have been reported to the police, and the child "
             "was in the home at the time.", "domestic_violence", 4),
            ("The family is homeless, or is about to lose its accommodation, and has children under 16.",
             "housing", 4),
            ("Home conditions are very poor, with hazards that the parents have not addressed.", "housing", 4,
             "neglect"),
            ("The family's finances are so limited that the child's basic needs are not being met.",
             "family_finances", 4, "neglect"),
        ]),
    ]
    for dom, items in lv3:
        doc.add_heading(dom, 3)
        for t, iss, sev, *more in items:
            num(f"5.{n}", g.ind(L, dom, t, iss, sev, *more)); n += 1
    doc.add_heading("What happens next", 3)
    num(f"5.{n}", "CART will make a decision within one working day of receiving the referral. The referrer "
                  "will be told the outcome, which may be a Child and Family Assessment, a step-down to early "
                  "help, or advice and information."); n += 1
    num(f"5.{n}", "The Child and Family Assessment will be completed within 45 working days. Partner agencies are "
                  "expected to contribute to the assessment and to any child in need plan that follows.")

    # ------------------------------------------------------------ 6 Level 4
    doc.add_heading("6. Level 4 \u2013 Child Protection: Children who are Suffering, or Likely to Suffer, "
                    "Significant Harm (Section 47)", 1)
    L = "Level 4"
    ev4 = ("Where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, "
           "significant harm, children's social care will hold a strategy discussion with the police and "
           "health and decide whether to make enquiries under section 47 of the Children Act 1989.")
    g.level("Level 4", "Child Protection", "D", ev4)
    num("6.1", ev4)
    num("6.2", "Referrals at this level must be made by telephone to CART without delay and confirmed in writing "
               "within 24 hours. If a child is in immediate danger, call the police on 999.")
    num("6.3", "Do not seek consent from the family where this could place the child at greater risk, and do not "
               "investigate or question the child in detail yourself.")
    num("6.4", "Examples of indicators at this level include:")
    n = 5
    lv4 = [
        ("Physical abuse", [
            ("The child has an injury, bruise or mark which is unexplained, or where the explanation is "
             "inconsistent.", "physical_abuse", 5),
            ("Any bruising, however small, on a baby who is not independently mobile.", "physical_abuse", 5),
            ("The child says that a parent or carer has hit them or hurt them.", "physical_abuse", 5),
            ("Serious injuries such as fractures or burns, or an injury needing hospital treatment, where abuse "
             "is suspected.", "physical_abuse", 6),
        ]),
        ("Sexual abuse and exploitation", [
            ("The child discloses sexual abuse, or there are signs of sexual abuse.", "sexual_abuse", 5),
            ("A child under 13 is sexually active, or there is a significant age gap in a young person's sexual "
             "relationship.", "sexual_abuse", 5),
            ("The child is being sexually or criminally exploited.", "exploitation", 5),
        ]),
        ("Neglect and emotional abuse", [
            ("The child is persistently hungry, left alone for long periods or not taken for medical treatment "
             "they need.", "neglect", 5),
            ("The child is frightened to go home.", "emotional_abuse", 5),
            ("A parent's mental illness includes delusions involving the child, or thoughts of harming the child.",
             "parental_mental_health", 5),
        ]),
        ("Domestic abuse", [
            ("Domestic abuse is persistent or severe, the adult victim has been assessed as high risk (MARAC), "
             "or the child has been hurt during an incident.", "domestic_violence", 6, "physical_abuse"),
        ]),
        ("Other risks", [
            ("The child has attempted suicide, or their self-harm is life-threatening, and parents are not "
             "responding to the risk.", "self_harm", 6),
            ("The child is living in accommodation that is immediately dangerous, or has been thrown out of home "
             "with nowhere to go.", "housing", 6),
            ("The child is the subject of severe bullying that has included assault by other young people, and "
             "parents cannot protect them.", "bullying", 5),
            ("The child is at risk of female genital mutilation, forced marriage or honour-based abuse.",
             "harmful_practices", 5),
            ("The young person is at risk of radicalisation and there are concerns about the parents' own views.",
             "radicalisation", 4),
        ]),
    ]
    for dom, items in lv4:
        doc.add_heading(dom, 3)
        for t, iss, sev, *more in items:
            num(f"6.{n}", g.ind(L, dom, t, iss, sev, *more)); n += 1

    # ------------------------------------------------------------ 7-10 procedures
    doc.add_heading("7. Making a referral to the Children\u2019s Advice and Referral Team", 1)
    ref = [
        "Referrals to CART should be made using the Multi-Agency Referral Form (MARF), available on the BSCP "
        "website. Telephone referrals must be followed by a completed MARF within 24 hours.",
        "The referral should say clearly what has happened, what the impact is on the child, what has already "
        "been done to help, and what the referrer thinks needs to happen next. Vague or general concerns make "
        "decision-making harder.",
        "Include the views of the child and of the parents where known, and say whether the family knows about "
        "the referral and has consented to it.",
        "Referrers will receive feedback on the outcome of their referral within three working days. If you have "
        "not heard, contact CART. If you disagree with the decision, follow Section 9.",
        "Out of hours, contact the Emergency Duty Team. Where a child is at immediate risk, call 999.",
    ]
    for i, s in enumerate(ref, 1):
        num(f"7.{i}", s)
    doc.add_heading("8. Step-up and step-down", 1)
    sud = [
        "Step-up happens when a child's needs increase and a plan at a lower level is no longer enough. The lead "
        "professional should discuss the case with the Early Help Service and, if needed, make a referral to CART. "
        "The existing Team Around the Family should continue to meet until the referral has been decided.",
        "Step-down happens when a child in need or child protection plan has achieved its outcomes but the family "
        "still needs some help. The social worker will arrange a transfer meeting with the family and the new lead "
        "professional before the case is closed to children's social care.",
        "No child should be stepped down without a named lead professional and an agreed plan.",
    ]
    for i, s in enumerate(sud, 1):
        num(f"8.{i}", s)
    doc.add_heading("9. Resolving professional disagreements", 1)
    esc_ = [
        "Professional disagreement is healthy and is to be expected. It should be resolved quickly and at the "
        "lowest possible level, always keeping the focus on the child.",
        "Stage 1: the practitioner raises the concern with their counterpart in the other agency, ideally within "
        "two working days.",
        "Stage 2: if the matter is not resolved, it is escalated to the line managers of both practitioners, who "
        "should speak within five working days.",
        "Stage 3: if it is still not resolved, it is escalated to the relevant heads of service. The BSCP Business "
        "Unit should be notified of any disagreement that reaches this stage.",
        "If at any stage a child is believed to be at immediate risk of significant harm, the practitioner must "
        "make a child protection referral without waiting for the escalation process to finish.",
    ]
    for i, s in enumerate(esc_, 1):
        num(f"9.{i}", s)
    doc.add_heading("10. Useful contacts", 1)
    ct = doc.add_table(rows=1, cols=3)
    ct.style = "Table Grid"
    hdr = ct.rows[0].cells
    for c, t_ in zip(hdr, ("Service", "When to contact", "Telephone / email")):
        c.text = t_
        c.paragraphs[0].runs[0].bold = True
    for row in [("Children's Advice and Referral Team (CART)", "Level 3 and Level 4 referrals; consultation",
                 "0300 555 0172 / cart@brindlesham.gov.example"),
                ("Emergency Duty Team", "Evenings, weekends and bank holidays", "0300 555 0199"),
                ("Early Help Service duty line", "Level 2 advice and Early Help Assessments",
                 "0300 555 0144 / earlyhelp@brindlesham.gov.example"),
                ("Local Authority Designated Officer (LADO)", "Allegations against people who work with children",
                 "0300 555 0160"),
                ("Police", "Emergencies", "999")]:
        cells = ct.add_row().cells
        for c, t_ in zip(cells, row):
            c.text = t_
    for row in ct.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r_ in p.runs:
                    r_.font.size = Pt(9.5)
    doc.add_heading("11. Glossary", 1)
    gl = doc.add_table(rows=0, cols=2)
    gl.style = "Table Grid"
    for a, b in [("CAMHS", "Child and Adolescent Mental Health Services"),
                 ("CART", "Children's Advice and Referral Team, Brindlesham's front door for children's social care"),
                 ("CSE / CCE", "Child sexual exploitation / child criminal exploitation"),
                 ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
                 ("EHCP", "Education, Health and Care Plan"),
                 ("LADO", "Local Authority Designated Officer"),
                 ("MARAC", "Multi-Agency Risk Assessment Conference, for adult victims of domestic abuse "
                           "assessed as being at high risk"),
                 ("MARF", "Multi-Agency Referral Form"),
                 ("Section 17", "The duty of the local authority to safeguard and promote the welfare of children "
                                "in need in its area (Children Act 1989)"),
                 ("Section 47", "The duty of the local authority to make enquiries where it has reasonable cause "
                                "to suspect that a child is suffering, or is likely to suffer, significant harm"),
                 ("TAF", "Team Around the Family")]:
        cells = gl.add_row().cells
        cells[0].text = a; cells[1].text = b
        cells[0].paragraphs[0].runs[0].bold = True
    for row in gl.rows:
        row.cells[0].width = Cm(3.2); row.cells[1].width = Cm(13.0)
    doc.add_page_break()
    h = doc.add_heading("Appendix A: The early help pathway", 1)
    boxes = ["A practitioner identifies that a child or family has additional needs",
             "Talk to the family. Check what support is already in place and gain consent",
             "Is the child at risk of significant harm? If YES, telephone CART immediately (Level 4)",
             "If NO: complete the Early Help Assessment with the family (Level 2)",
             "Team Around the Family meeting held; a lead professional is agreed and a plan is written",
             "Plan reviewed every 6 to 8 weeks. Needs met: close with the family's agreement",
             "Needs not met or escalating: seek advice and consider a referral to CART (Level 3)"]
    for i, b in enumerate(boxes):
        bt = doc.add_table(rows=1, cols=1)
        bt.style = "Table Grid"
        bt.alignment = WD_TABLE_ALIGNMENT.CENTER
        bt.cell(0, 0).text = b
        bt.cell(0, 0).width = Cm(11)
        bt.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i < len(boxes) - 1:
            para("\u2193", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    path = os.path.join(SRC, SLUG + ".docx")
    doc.save(path)
    return g, path


def heading_pages(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = out.split("\f")
    res = {}
    for num_ in ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "A"]:
        pat = r"^\s*Appendix A:" if num_ == "A" else r"^\s*" + re.escape(num_) + r" [A-Z]"
        for i, t in enumerate(pages[2:], 3):
            if re.search(pat, t, re.M):
                res[num_] = str(i)
                break
    return res


def main():
    g, path = build({})
    soffice_pdf(path, "/tmp")
    pages = heading_pages("/tmp/" + SLUG + ".pdf")
    g, path = build(pages)
    soffice_pdf(path, PDF)
    assert heading_pages(os.path.join(PDF, SLUG + ".pdf")) == pages, "contents page numbers moved"
    g.save()


if __name__ == "__main__":
    main()
