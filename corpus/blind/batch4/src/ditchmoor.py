"""ditchmoor: word_numbered_lists, python-docx -> LibreOffice. Levels A, A, B+C, D."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

SLUG = "ditchmoor"
META = dict(partnership="Ditchmoor Safeguarding Children Partnership", authorities="Ditchmoor",
            producer="libreoffice", layout_family="word_numbered_lists", orientation="portrait",
            version="3", version_date="2025-01")

LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         evidence="If a need starts to show, the setting that already knows the child responds to it from its own resources, for example a teacher, school nurse or health visitor offering advice or a little extra time."),
    dict(label="Level 2", name="Early Help", maps_to="A",
         evidence="An Early Help Assessment is completed by a practitioner from a universal service, usually the school, nursery or health visiting team, who acts as lead professional and brings in other agencies where needed."),
    dict(label="Level 3", name="Targeted and Statutory Support", maps_to="B+C",
         evidence="Support at this level is provided either by the Ditchmoor Targeted Family Support service, working with the family by consent, or by Children's Social Care where a Child and Family Assessment under section 17 of the Children Act 1989 is needed."),
    dict(label="Level 4", name="Protection and Acute Needs", maps_to="D",
         evidence="A referral must be made at once to the Children's Advice and Referral Team, which will arrange a strategy discussion where there is reasonable cause to suspect significant harm and decide whether to begin section 47 enquiries."),
]
HEADS = {"Level 1": "LEVEL ONE \u2013 UNIVERSAL", "Level 2": "LEVEL TWO \u2013 EARLY HELP",
         "Level 3": "LEVEL THREE \u2013 TARGETED AND STATUTORY SUPPORT",
         "Level 4": "LEVEL FOUR \u2013 PROTECTION AND ACUTE NEEDS"}
DESCR = {
 "Level 1": ["Children and young people whose needs are met by their parents and by universal services such as schools, "
             "early years settings, GPs and health visitors.", LEVELS[0]["evidence"]],
 "Level 2": ["Children with additional needs that will not be met without some extra help, but whose needs can be met by "
             "agencies working together without a referral to Children's Social Care.", LEVELS[1]["evidence"]],
 "Level 3": ["Children with multiple or complex needs, or whose needs have not been met by help at Level Two.",
             LEVELS[2]["evidence"] + " The Children's Advice and Referral Team (CART) decides which service will lead."],
 "Level 4": ["Children who are suffering, or likely to suffer, significant harm, or whose needs are so acute that they "
             "need urgent protection or to be looked after.", LEVELS[3]["evidence"]],
}

DATA = """
@Level 1
#Children at this level will generally be:
s | making good progress in their learning and development
s | healthy and well cared for
s | living in a safe and stable home
s | able to make and keep friends
#Emerging needs the setting may respond to:
1 bullying | minor friendship difficulties or a one-off incident of unkindness
2 health_development | missed a routine health appointment or immunisation
1 child_mental_health | short-term worry about a change such as starting secondary school
2 parenting_capacity | parents unsure how to manage a toddler's behaviour
2 family_finances | family going through a temporary drop in income

@Level 2
#Health and development
2 health_development | Delay in speech and language development
2 health_development | Poor diet or dental health, with parents needing advice
2 substance_misuse | Young person smoking or drinking alcohol occasionally
#Education
2 attendance | Attendance at or below 90%
2 attendance | A fixed-term suspension from school
#Emotional wellbeing and behaviour
2 child_mental_health | Low mood, anxiety or withdrawal noticed by school
2 self_harm | Low-level self-harm that has come to light for the first time
2 bullying | Being bullied at school or on social media
2 behaviour_offending | Behaviour that is difficult to manage at home or school
#Family and relationships
2 domestic_violence | Parents arguing in front of the children
2 parental_mental_health | Parent with depression or anxiety that is under treatment
2 parenting_capacity | Child is a young carer for a family member
#Home and money
2 housing;health_development | Overcrowded home, or damp that is affecting the children's health
4 housing | Family has become homeless and is being helped by the council's housing options team
2 family_finances | Money worries, with the family using a food bank from time to time

@Level 3
#Health and development
3 health_development | Health needs not being met, for example missed hospital appointments for a long-term condition
4 health_development | Disabled child whose family needs a social care assessment to access short breaks
3 substance_misuse | Young person using drugs or alcohol regularly
#Education
3 attendance | Attendance below 80%
4 attendance | Permanently excluded, or out of education for a long period
#Emotional wellbeing and behaviour
3 self_harm | Self-harm that is happening more often
4 self_harm | Self-harm together with talk of suicide
3 bullying;attendance | Bullying that has led to the child missing school
4 bullying | Serious and ongoing bullying, online or offline, that is harming the child's wellbeing
3 behaviour_offending | Anti-social behaviour in the community
4 behaviour_offending | Offending that has led to involvement with the Youth Justice Service
4 missing | Missing from home on several occasions
3 exploitation | Signs of possible exploitation, such as unexplained gifts or older associates
#Family and relationships
3 domestic_violence | Frequent conflict between parents that affects the children
4 domestic_violence | Domestic abuse incidents known to the police, with the children living in the household
3 parental_mental_health | Parent's mental health is affecting their ability to provide consistent care
4 substance_misuse | Parental substance misuse that is affecting the child's development
3 physical_abuse | Parent admits to smacking the child
4 physical_abuse | Repeated minor injuries that are not adequately explained
4 neglect | Poor hygiene or unsuitable clothing that has not improved with early help
3 parenting_capacity | Parents unable to set boundaries, with the young person staying out late
#Home and money
3 housing | Rent arrears and a possession notice
3 housing | Family living in temporary accommodation
3 family_finances | Serious debt affecting the family's ability to meet basic needs

@Level 4
#Health and development
5 neglect;health_development | Parents not seeking medical attention for an illness or injury
5 health_development | Fabricated or induced illness suspected
#Emotional wellbeing and behaviour
6 self_harm | Serious self-harm or a suicide attempt
5 exploitation | Being sexually or criminally exploited
5 missing;exploitation | Repeatedly missing and found in the company of adults who pose a risk
5 sexual_abuse | Disclosure of sexual abuse
5 bullying | Bullying that has led to serious harm, or threats to the child's safety
#Family and relationships
5 domestic_violence | Persistent domestic abuse, including coercive and controlling behaviour
6 domestic_violence;physical_abuse | Serious incident of domestic violence in which a child was hurt
6 domestic_violence | High-risk (MARAC) domestic abuse case
5 physical_abuse | Injury or bruising that is unexplained or inconsistent with the explanation given
5 physical_abuse | Bruising in a baby who is not mobile
6 physical_abuse | Fractures, burns, scalds or a head injury
5 physical_abuse | Child says they have been hurt by a parent
5 neglect | Child persistently left hungry, dirty or unsupervised
5 emotional_abuse | Child is scapegoated, humiliated or frightened at home
5 parental_mental_health | Parent's mental illness places the child at risk of harm
#Home and money
5 housing | Home is dangerous or unsanitary
6 housing | Young person has been thrown out and has nowhere to go
5 harmful_practices | Child at risk of FGM or forced marriage
"""
ITEMS = parse(DATA)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11.5)):
        h = doc.styles[name]; h.font.name = "Liberation Sans"; h.font.size = Pt(size)
        h.font.color.rgb = RGBColor(0x00, 0x00, 0x00)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("DITCHMOOR SAFEGUARDING CHILDREN PARTNERSHIP"); r.font.size = Pt(9); r.bold = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Thresholds of Need \u2013 Version 3 \u2013 January 2025 \u2013 page "); r.font.size = Pt(9)
    add_field(fp, "PAGE").font.size = Pt(9)

    abs_id, _ = abstract_num_of_style(doc, "List Number")

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("THRESHOLDS OF NEED"); r.bold = True; r.font.size = Pt(20)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Guidance for everyone working with children, young people and families in Ditchmoor"); r.italic = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Version 3, January 2025. Next review: January 2027")

    def para(t, bold_lead=None):
        p = doc.add_paragraph()
        if bold_lead:
            p.add_run(bold_lead).bold = True
        p.add_run(t)
        p.paragraph_format.space_after = Pt(6)
        return p

    doc.add_heading("1. PURPOSE", 1)
    para("This document helps practitioners to decide what help a child or family needs and how to get it. It sets out "
         "four levels of need and gives examples for each. It is for use by all agencies in the Ditchmoor Safeguarding "
         "Children Partnership, including schools, health services, the police, housing and the voluntary sector.")
    para("The examples are not exhaustive and should never be used as a tick list. A child's needs may sit across more "
         "than one level, and the response should be based on the needs that matter most for the child's safety and "
         "wellbeing. Where you are not sure, seek advice before acting.")
    doc.add_heading("2. PRINCIPLES", 1)
    for lead, t in (("Child centred. ", "Listen to the child and keep their experience at the centre of decisions."),
                    ("Working with families. ", "Be open and honest with families about your worries, unless this would "
                     "put a child at risk."),
                    ("Early help. ", "Offer help as soon as a problem emerges, before it becomes harder to solve."),
                    ("Stepping up and down. ", "Needs change. Help should step up when needs increase and step down "
                     "when they reduce, with a clear handover each time.")):
        para(t, lead)
    doc.add_heading("3. THE LEVELS OF NEED", 1)
    para("Each level below starts with a short description, followed by numbered examples under headings. The "
         "numbering starts again under each heading.")

    by_level = {}
    for it in ITEMS:
        by_level.setdefault(it["level"], []).append(it)
    for lv in LEVELS:
        lab = lv["label"]
        h = doc.add_heading(HEADS[lab], 2)
        h.paragraph_format.page_break_before = lab != "Level 1"
        for t in DESCR[lab]:
            para(t)
        dom, num = None, None
        for it in by_level[lab]:
            if it["domain"] != dom:
                dom = it["domain"]
                hp = doc.add_paragraph()
                r = hp.add_run(dom); r.bold = True; r.underline = dom.endswith(":") is False
                hp.paragraph_format.keep_with_next = True
                hp.paragraph_format.space_before = Pt(6); hp.paragraph_format.space_after = Pt(2)
                num = new_num(doc, abs_id)
            p = doc.add_paragraph(it["text"], style="List Number")
            set_num(p, num)
            p.paragraph_format.keep_together = True
            p.paragraph_format.space_after = Pt(3)

    doc.add_heading("4. MAKING A REFERRAL", 1)
    para("For Level Three and Level Four, contact the Children's Advice and Referral Team (CART) on 01407 228 100 "
         "between 9am and 5pm, Monday to Friday. Outside these hours ring the Emergency Duty Service on 01407 228 555. "
         "Follow up every telephone referral with the online form within one working day.")
    para("For Level Two, speak to your Early Help Coordinator or email earlyhelp@ditchmoor.gov.uk for advice "
         "on starting an Early Help Assessment.")
    doc.add_heading("5. RESOLVING DISAGREEMENTS", 1)
    para("If you do not agree with a decision made about a referral, discuss it first with the CART manager. If you "
         "remain concerned, use the partnership's escalation policy. The child's safety must come first while any "
         "disagreement is being resolved.")
    path = os.path.join(SRC, SLUG + ".docx")
    doc.save(path)
    to_pdf(path, os.path.join(PDF, SLUG + ".pdf"))


if __name__ == "__main__":
    build()
    for it in ITEMS:  # the Level One lead-ins are not domain headings
        if it["domain"].endswith(":"):
            it["domain"] = ""
    finish(SLUG, META, LEVELS, ITEMS)
