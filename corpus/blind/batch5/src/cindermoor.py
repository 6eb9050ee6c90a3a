"""Cindermoor: word_numbered_paragraphs, python-docx + LibreOffice. A Word report whose procedures and
indicators are all numbered paragraphs (5.4 ...), with numbered level headings."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import add_field, to_pdf
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

SLUG = "cindermoor"

DATA = r"""
@Level 1
s | be in good physical and mental health, with immunisations up to date;
s | attend school or an early years setting regularly and make good progress;
s | live with parents or carers who keep them safe and respond to their needs;
s | live in stable, adequate housing, with enough income for the family's needs;
s | have positive relationships with family members and friends.

@Level 2
#Child's development
2 health_development | The child has a health condition or disability that needs some extra support in school.
2 attendance | The child's attendance has fallen below 95% or they are often late.
2 bullying | The child is being bullied at school. The school is aware and is putting support in place.
2 self_harm | The child has self-harmed once, at a low level, and the parents are responding appropriately.
3 child_mental_health | The child shows signs of anxiety or low mood which are affecting their friendships or learning.
3 behaviour_offending | The young person has been involved in low-level anti-social behaviour.
2 substance_misuse | The young person has started smoking cannabis.
#Parenting capacity
3 parenting_capacity | Parents are finding it hard to set boundaries and the child's behaviour is escalating at home.
3 domestic_violence | There are frequent arguments between the parents and the child has been drawn into them.
2 parental_mental_health | A parent has depression or anxiety which is being treated by their GP.
#Family and environment
3 housing;family_finances | The family is in temporary accommodation, or their tenancy is at risk because of rent arrears.
4 housing | The family has been accepted as homeless by the council and is waiting to be rehoused.
2 family_finances | Parents are out of work and the family is struggling financially.

@Level 3
#Child's development
4 self_harm | The young person self-harms regularly and has spoken about wanting to die.
4 bullying | The child has been bullied persistently and severely, and the bullying has continued despite action by the school.
4 attendance | The child is persistently absent from school (below 50% attendance) or is missing education.
4 exploitation;behaviour_offending | There are concerns that the young person is being drawn into criminal activity by older people.
4 missing | The young person has been reported missing on several occasions.
4 health_development | The child has a complex disability and the family is struggling to meet their care needs.
#Parenting capacity
4 domestic_violence | There have been incidents of domestic abuse and the child has witnessed them.
4 physical_abuse | The child has had several minor injuries, and the explanations given are inconsistent.
4 physical_abuse | A parent uses a belt or other implement to discipline the child.
4 substance_misuse;parenting_capacity | Parental drug or alcohol misuse is affecting the care and supervision of the child.
4 neglect | The child's basic needs are not being met and the early help offered has not led to change.
#Family and environment
4 parental_mental_health | A parent has a severe mental illness and there is no other adult able to care for the child.

@Level 4
#
6 self_harm | The young person has attempted suicide or has self-harmed in a way that needed emergency medical treatment.
5 physical_abuse | The child has bruising or other injuries that are unexplained, or where the explanation does not fit.
5 physical_abuse | A baby who is not yet mobile has any bruising or injury.
6 physical_abuse | The child has a serious injury, such as a fracture, burn or head injury, which may be non-accidental.
5 domestic_violence | The child is living with persistent domestic abuse, including coercive control, which places them at risk of significant harm.
6 domestic_violence;physical_abuse | The child has been hurt, or threatened with harm, during a domestic abuse incident.
5 sexual_abuse | The child has disclosed sexual abuse, or there are signs that they have been sexually abused.
5 exploitation | The young person is being sexually or criminally exploited.
5 bullying | The child has been seriously harmed by other children, for example through a sustained campaign of bullying.
5 neglect | The child is suffering from severe and persistent neglect.
6 housing | The young person has been made to leave the family home and has nowhere safe to stay.
5 radicalisation | The young person is being groomed into extremism.
5 harmful_practices | A girl is at risk of female genital mutilation, or a young person is at risk of forced marriage.
"""

LEVELS = [
    lv("Level 1", "No Additional Needs", "",
       "Children at Level 1 have no additional needs: their needs are met by their parents and by the universal services that all children use."),
    lv("Level 2", "Early Help", "A",
       "The practitioner who has identified the need, usually from a school, early years setting or health service, completes an Early Help Assessment with the family and acts as lead practitioner."),
    lv("Level 3", "Complex Multiple Needs", "C",
       "The child should be referred to Cindermoor Children's Social Care for a Child and Family Assessment under section 17 of the Children Act 1989."),
    lv("Level 4", "Acute", "D",
       "A strategy discussion will be held and enquiries made under section 47 of the Children Act 1989."),
]

BLUE = RGBColor(0x10, 0x4E, 0x5A)


def build():
    items = parse(DATA)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Liberation Sans"; doc.styles[s].font.color.rgb = BLUE
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Cindermoor Safeguarding Children Partnership"); r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Thresholds Guidance – Version 5.1 – Published October 2024 – Page "); r.font.size = Pt(8)
    add_field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" of "); r.font.size = Pt(8)
    add_field(fp, "NUMPAGES").font.size = Pt(8)

    def num(n, text, bold_lead=None):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Mm(13); pf.first_line_indent = Mm(-13); pf.space_after = Pt(6)
        pf.tab_stops.add_tab_stop(Mm(13))
        p.add_run("%s\t" % n)
        if bold_lead:
            p.add_run(bold_lead).bold = True
        p.add_run(text)
        return p

    def sub(text):
        p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.italic = True
        p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True

    # title page
    for _ in range(7):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Cindermoor Safeguarding Children Partnership"); r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run("Thresholds Guidance"); r.font.size = Pt(28); r.bold = True; r.font.color.rgb = BLUE
    p = doc.add_paragraph(); r = p.add_run("Meeting the needs of children and families at the right level"); r.font.size = Pt(13)
    for _ in range(12):
        doc.add_paragraph()
    doc.add_paragraph("Version 5.1\nPublished October 2024\nOwner: Cindermoor Safeguarding Children Partnership Business Unit")
    doc.add_page_break()
    doc.add_heading("Contents", 1)
    for t in ["1. Introduction", "2. Principles", "3. The levels of need", "4. Level 1: No Additional Needs",
              "5. Level 2: Early Help", "6. Level 3: Complex Multiple Needs", "7. Level 4: Acute",
              "8. Escalation, step-up and step-down"]:
        doc.add_paragraph(t)

    doc.add_heading("1. Introduction", 1)
    num("1.1", "This guidance is published by the Cindermoor Safeguarding Children Partnership under Working "
        "Together to Safeguard Children. It sets out the local criteria for action, so that children and "
        "families receive the right help at the right time.")
    num("1.2", "It applies to all agencies in Cindermoor that work with children, young people and their "
        "families, including those in the voluntary, community and faith sectors.")
    num("1.3", "The guidance should be read with the Cindermoor child protection procedures and each agency's "
        "own safeguarding policy. It does not replace professional judgement.")
    doc.add_heading("2. Principles", 1)
    num("2.1", "Help should be offered at the lowest level that will meet the child's needs, and as early as "
        "possible.")
    num("2.2", "Practitioners should work openly with families and seek their consent, except where doing so "
        "would put a child at risk of significant harm.")
    num("2.3", "The indicators in sections 4 to 7 are examples. They are not a checklist and a child may have "
        "needs at more than one level at the same time.")
    doc.add_heading("3. The levels of need", 1)
    num("3.1", " " + LEVELS[0]["evidence"] + " No additional response is needed.", "Level 1 – No Additional Needs.")
    num("3.2", " Children at Level 2 have additional needs that are not being met by universal services alone. "
        + LEVELS[1]["evidence"], "Level 2 – Early Help.")
    num("3.3", " The child's needs are complex, or there are several needs together, so that without support "
        "the child's health or development is likely to be significantly impaired. " + LEVELS[2]["evidence"],
        "Level 3 – Complex Multiple Needs.")
    num("3.4", " The child is suffering, or is likely to suffer, significant harm. " + LEVELS[3]["evidence"],
        "Level 4 – Acute.")

    heads = {"Level 1": "4. Level 1: No Additional Needs", "Level 2": "5. Level 2: Early Help",
             "Level 3": "6. Level 3: Complex Multiple Needs", "Level 4": "7. Level 4: Acute"}
    procs = {
        "Level 1": ["Children at Level 1 will usually:"],
        "Level 2": ["Where a practitioner identifies a need at Level 2 they should first talk to the child and "
                    "family. With the family's agreement they should complete an Early Help Assessment and hold "
                    "a Team Around the Family meeting within four weeks.",
                    "The Cindermoor Early Help Advice Line (01632 967 310) can advise on the assessment and on "
                    "local services, but does not take over the case.",
                    "Examples of needs at Level 2 include the following."],
        "Level 3": ["Referrals are made to the Cindermoor Children's Front Door on the multi-agency referral "
                    "form. The family should be told about the referral and their consent sought, unless this "
                    "would increase the risk to the child.",
                    "A social worker will decide within one working day what happens next and will complete the "
                    "assessment within 45 working days.",
                    "Examples of needs at Level 3 include the following."],
        "Level 4": ["Telephone the Children's Front Door at once on 01632 967 300 (out of hours 01632 967 999). "
                    "If a child is in immediate danger, call the police on 999. Do not discuss your concerns "
                    "with the family if that could put the child or anyone else at risk.",
                    "Examples of situations at Level 4 include the following."],
    }
    for level, lit in groups(items, "level"):
        sect = heads[level].split(".")[0]
        doc.add_heading(heads[level], 1)
        n = 0
        for ptxt in procs[level]:
            n += 1; num("%s.%d" % (sect, n), ptxt)
        for dom, dit in groups(lit, "domain"):
            if dom:
                sub(dom)
            for it in dit:
                n += 1; num("%s.%d" % (sect, n), it["text"])
    doc.add_heading("8. Escalation, step-up and step-down", 1)
    num("8.1", "If a practitioner disagrees with a decision made about a referral, they should first discuss it "
        "with the decision maker and then, if it is not resolved, follow the partnership's escalation policy.")
    num("8.2", "When needs increase, the lead practitioner should review the plan and, where the criteria at "
        "Level 3 or Level 4 are met, make a referral to the Front Door without delay.")
    num("8.3", "When a social worker closes a case, a step-down meeting agrees who will continue to support the "
        "family and which early help plan will follow.")
    dpath = os.path.join(SRC, SLUG + ".docx")
    doc.save(dpath)
    to_pdf(dpath, os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Cindermoor Safeguarding Children Partnership", authorities="Cindermoor",
                producer="libreoffice", layout_family="word_numbered_paragraphs", orientation="portrait",
                version="5.1", version_date="2024-10")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
