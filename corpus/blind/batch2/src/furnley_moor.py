"""Furnley Moor: threshold guidance in two text columns (reportlab, portrait).
Tier 1-4 headings that wrap onto two lines, domain sub-headings, bullets."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, NextPageTemplate, Table, TableStyle, KeepTogether,
                                CondPageBreak)
from common import I, S, Gold, esc, HERE, PDF_DIR

SLUG = "furnley-moor"
META = dict(partnership="Furnley Moor Safeguarding Children Partnership",
            authorities="Furnley Moor Metropolitan Borough Council", producer="reportlab",
            layout_family="two_column", orientation="portrait",
            version="4.0", version_date="2024-09")

TIERS = [
 ("Tier 1", "Universal Services – Children Whose Needs Are Largely Met",
  "Children and young people at this tier make good progress and their needs are met by their families and by universal services. Where a small additional need appears, the universal practitioner who knows the child (the teacher, GP, health visitor or youth worker) responds within their own service. No referral is needed and children's social care has no role."),
 ("Tier 2", "Early Help – Children with Additional Needs Requiring Coordinated Support",
  "Children at this tier have needs that a single service cannot meet on its own. With the family's consent an Early Help Assessment is completed, and the Furnley Moor Early Help Service allocates a family support worker, who coordinates a Team Around the Family and reviews the plan with the family every six weeks."),
 ("Tier 3", "Children in Need – Complex Needs Requiring Statutory Assessment",
  "Children at this tier have complex or enduring needs, and their health or development is likely to be significantly impaired without services. A referral is made to the Integrated Front Door and a social worker completes a Child and Family Assessment under section 17 of the Children Act 1989, which may lead to a child in need plan."),
 ("Tier 4", "Child Protection and Acute Needs – Risk of Significant Harm",
  "Children at this tier are suffering, or are likely to suffer, significant harm, or need to be looked after. Phone the Integrated Front Door immediately; a strategy discussion will decide whether enquiries under section 47 are needed, and the police or the court may act to protect the child in an emergency."),
]
LEVELS = [
    dict(label="Tier 1", name="Universal Services – Children Whose Needs Are Largely Met", maps_to="A",
         evidence="Where a small additional need appears, the universal practitioner who knows the child (the teacher, GP, health visitor or youth worker) responds within their own service."),
    dict(label="Tier 2", name="Early Help – Children with Additional Needs Requiring Coordinated Support", maps_to="B",
         evidence="With the family's consent an Early Help Assessment is completed, and the Furnley Moor Early Help Service allocates a family support worker, who coordinates a Team Around the Family and reviews the plan with the family every six weeks."),
    dict(label="Tier 3", name="Children in Need – Complex Needs Requiring Statutory Assessment", maps_to="C",
         evidence="A referral is made to the Integrated Front Door and a social worker completes a Child and Family Assessment under section 17 of the Children Act 1989, which may lead to a child in need plan."),
    dict(label="Tier 4", name="Child Protection and Acute Needs – Risk of Significant Harm", maps_to="D",
         evidence="Phone the Integrated Front Door immediately; a strategy discussion will decide whether enquiries under section 47 are needed, and the police or the court may act to protect the child in an emergency."),
]
for l, t in zip(LEVELS, TIERS):
    assert l["evidence"] in t[2]

CONTENT = {
 "Tier 1": [
  ("Children at this tier are likely to:", [
    S("be healthy and reaching their developmental milestones"),
    S("attend school regularly and enjoy learning"),
    S("have friends and take part in activities"),
    S("have stable, caring relationships at home"),
    S("live in a safe home with an adequate income")]),
  ("Health", [
    I("a minor health condition, such as asthma or eczema, that is managed with support from the GP", "health_development", 1),
    I("some delay in speech or toilet training", "health_development", 2)]),
  ("Education and learning", [
    I("occasional lateness or a dip in attendance", "attendance", 2),
    I("falling out with friends, or worried about being picked on", "bullying", 1)]),
  ("Family and community", [
    I("parents separating, with arrangements agreed between them", "domestic_violence", 1),
    I("a short period of unemployment or a drop in income", "family_finances", 2),
    I("a bereavement in the family", "child_mental_health", 1)]),
 ],
 "Tier 2": [
  ("Health", [
    I("missed health appointments and immunisations, with parents slow to respond to advice", "neglect;health_development", 3),
    I("concerns about diet and weight that affect health", "health_development", 2),
    I("low-level self-harm", "self_harm", 2)]),
  ("Education and learning", [
    I("attendance below 90%", "attendance", 3),
    I("repeated fixed-term exclusions or a reduced timetable", "attendance", 3),
    I("being bullied, with a noticeable effect on confidence and attendance", "bullying;attendance", 3)]),
  ("Emotional and behavioural development", [
    I("anxiety, low mood or anger that affects daily life at home or school", "child_mental_health", 3),
    I("occasional running away or staying out late", "missing", 2),
    I("early involvement in anti-social behaviour, or a first offence", "behaviour_offending", 3),
    I("regular alcohol or cannabis use", "substance_misuse", 3)]),
  ("Parenting capacity", [
    I("parents struggle with routines and boundaries and the child's behaviour is escalating", "parenting_capacity", 3),
    I("parental conflict which the child is caught up in", "domestic_violence", 3),
    I("a parent's mental health or drinking is starting to affect the care of the children", "parental_mental_health;substance_misuse", 3),
    I("smacking used as the main form of discipline", "physical_abuse", 3)]),
  ("Housing, income and community", [
    I("poor, overcrowded housing and rent arrears", "housing;family_finances", 3),
    I("family living in temporary accommodation", "housing", 3),
    I("debt and benefit problems that leave the family short of food", "family_finances", 3)]),
 ],
 "Tier 3": [
  ("Health", [
    I("a disability or long-term condition where the family needs significant support to meet the child's needs", "health_development", 4),
    I("repeated self-harm and suicidal thoughts", "self_harm", 4),
    I("faltering growth or persistent untreated health problems", "neglect;health_development", 4)]),
  ("Education and learning", [
    I("not attending school, or missing education, for long periods", "attendance", 4),
    I("severe bullying that has led to the child withdrawing from all contact with peers", "bullying", 4)]),
  ("Emotional and behavioural development", [
    I("mental health needs requiring specialist CAMHS input", "child_mental_health", 4),
    I("persistent offending, or supervised by the Youth Justice Service", "behaviour_offending", 4),
    I("going missing regularly", "missing", 4),
    I("possible criminal exploitation, e.g. carrying large sums of money, new older associates", "exploitation", 4)]),
  ("Parenting capacity", [
    I("domestic abuse incidents between the parents, with the child present", "domestic_violence", 4),
    I("parental substance misuse or mental illness that means the child's needs are regularly not met", "substance_misuse;parental_mental_health;neglect", 4),
    I("frequent unexplained minor bruises or injuries", "physical_abuse", 4),
    I("young carer providing significant care, affecting their education", "parenting_capacity;attendance", 4),
    I("parents unable to set boundaries or keep a teenager safe, and the young person is beyond their control", "parenting_capacity", 4)]),
  ("Housing, income and community", [
    I("family homeless or facing imminent eviction", "housing", 4),
    I("home in a very poor and unhygienic condition", "housing;neglect", 4),
    I("no recourse to public funds and no means of support", "family_finances", 4)]),
 ],
 "Tier 4": [
  ("Health", [
    I("non-accidental injury, or any injury to a non-mobile baby", "physical_abuse", 5),
    I("serious self-harm or an attempted suicide", "self_harm", 6),
    I("medical needs deliberately neglected, putting the child's life at risk", "neglect", 6)]),
  ("Emotional and behavioural development", [
    I("sexually exploited or trafficked", "exploitation", 5),
    I("involvement in county lines, gangs or serious youth violence", "exploitation;behaviour_offending", 5),
    I("missing overnight repeatedly and at high risk", "missing", 5),
    I("disclosure of sexual abuse, or concerns that a child is being sexually abused", "sexual_abuse", 5)]),
  ("Parenting capacity", [
    I("persistent domestic violence or coercive control, with the child at risk of significant harm", "domestic_violence", 5),
    I("a serious incident of domestic violence, including any incident involving a weapon, strangulation or a pregnant victim", "domestic_violence", 6),
    I("a parent's behaviour is unpredictable and dangerous because of drugs, alcohol or mental illness", "substance_misuse;parental_mental_health", 5),
    I("child is hit, shaken or physically punished in a way that causes injury", "physical_abuse", 5),
    I("child is terrified of a parent, or is regularly humiliated or threatened", "emotional_abuse", 5)]),
  ("Housing, income and community", [
    I("child abandoned, or thrown out of home with nowhere to go", "housing;neglect", 6),
    I("home conditions so poor that they are a danger to the child", "housing;neglect", 5),
    I("honour-based abuse, forced marriage or FGM", "harmful_practices", 5),
    I("contact with a person who poses a risk to children", "other", 5)]),
 ],
}

W, H = A4
M = 16 * mm
GAP = 12 * mm
COLW = (W - 2 * M - GAP) / 2
TEAL = colors.HexColor("#00656f")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.4, alignment=TA_JUSTIFY,
                      spaceAfter=5, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=16, textColor=TEAL,
                    spaceBefore=8, spaceAfter=4, alignment=TA_LEFT)
tierh = ParagraphStyle("tierh", parent=h1, fontSize=14, leading=17, spaceBefore=10, spaceAfter=5,
                       backColor=colors.HexColor("#e1f0f1"), borderPadding=(3, 3, 3, 3))
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=TEAL,
                    spaceBefore=6, spaceAfter=2)
lead = ParagraphStyle("lead", parent=body, fontName="Times-Italic", spaceAfter=2)
bullet = ParagraphStyle("bullet", parent=body, alignment=TA_LEFT, leftIndent=11, bulletIndent=2,
                        spaceAfter=0, hyphenationLang=None)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=TEAL)
subt = ParagraphStyle("subt", fontName="Helvetica", fontSize=12, leading=15, textColor=colors.HexColor("#333333"))
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT)


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        canv.drawString(M, H - 10 * mm, "Furnley Moor Safeguarding Children Partnership")
        canv.drawRightString(W - M, H - 10 * mm, "Threshold Guidance: Continuum of Need")
        canv.setStrokeColor(TEAL)
        canv.line(M, H - 11.5 * mm, W - M, H - 11.5 * mm)
    canv.drawString(M, 9 * mm, "Version 4.0 – September 2024")
    canv.drawRightString(W - M, 9 * mm, f"Page {doc.page} of {doc._npages}")
    canv.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn, npages, **kw):
        super().__init__(fn, pagesize=A4, **kw)
        self._npages = npages
        top = 58 * mm
        f_title = Frame(M, H - top - 8 * mm, W - 2 * M, top, id="title", showBoundary=0)
        cols_first = [Frame(M + k * (COLW + GAP), 15 * mm, COLW, H - top - 8 * mm - 15 * mm, id=f"c{k}")
                      for k in range(2)]
        cols = [Frame(M + k * (COLW + GAP), 15 * mm, COLW, H - 30 * mm, id=f"d{k}") for k in range(2)]
        self.addPageTemplates([PageTemplate("first", [f_title] + cols_first, onPage=on_page),
                               PageTemplate("cols", cols, onPage=on_page)])


def story(g):
    st = []
    st.append(Paragraph("Threshold Guidance:<br/>The Continuum of Need in Furnley Moor", title))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Helping practitioners decide the right level of support for children, young people and their families", subt))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Furnley Moor Safeguarding Children Partnership · Version 4.0 · September 2024 · Review due September 2026", small))
    st.append(FrameBreak())
    st.append(NextPageTemplate("cols"))
    P = lambda t, s=body: st.append(Paragraph(t, s))
    P("Foreword", h1)
    P("Two years ago we asked practitioners across Furnley Moor what made it hard to get help for a family. The answers were consistent: forms that asked the same questions twice, uncertainty about who to ring, and a feeling that the threshold for help from children's social care kept moving. This edition of the guidance is our response. It is shorter, it uses the same four tiers that every partner agency now records, and it has been tested with social workers, teachers, health visitors, police officers and, importantly, with parents and young people who have used our services.")
    P("We ask every manager to make sure their staff know this guidance, use it in supervision, and tell us when it does not fit the families they work with. Thresholds are only useful if they are understood in the same way by everyone who applies them.")
    P("<i>Director of Children's Services, Chief Superintendent (Furnley Moor District) and Director of Nursing, Furnley Moor Integrated Care Board, on behalf of the safeguarding partners</i>")
    P("1. Introduction", h1)
    P("Every child in Furnley Moor should get the right help at the right time. This guidance describes four tiers of need and gives examples of what a practitioner might see at each tier. It replaces the 2021 edition and takes account of the changes made to Working Together to Safeguard Children and of what we learned from local child safeguarding practice reviews.")
    P("The guidance is for everyone who works with children, young people, parents and carers in the borough, whether in a statutory, voluntary, private or faith setting. It is not a checklist, and no single indicator decides which tier a child is in. Think about how long a difficulty has lasted, how it affects the child, what strengths the family has, and whether the family is able and willing to make changes.")
    P("2. Principles", h1)
    P("Help should be offered as early as possible. Most children's needs are met by their families and by universal services, and many additional needs can be met by those same services working together. Children's social care should be involved where a child's needs cannot be met without it, or where a child is at risk of significant harm. Concerns about harm must never wait for early help to be tried first.")
    P("Families should be worked with openly and honestly. Practitioners should explain what they are worried about, listen to the family's view, and seek consent to share information, unless doing so would put a child at greater risk.")
    P("3. How to use this guidance", h1)
    P("Start with the child. Read the tier descriptions, then look at the examples under each domain. If most of what you see sits in one tier but one indicator sits higher, it is the higher indicator that should drive your response. If you are unsure, discuss the child with your designated safeguarding lead, or ring the Early Help Service or the Integrated Front Door for a consultation.")
    P("The examples are grouped under the domains of the Assessment Framework: the child's health, education and emotional and behavioural development; the capacity of the parents to meet the child's needs; and the family's housing, income and community. Strengths are listed at Tier 1 and should be recorded at every tier, because they shape the plan.")
    P("What is early help?", h2)
    P("Early help means acting as soon as a difficulty appears, at any age from before birth to adulthood, so that it does not grow into something more serious. It is not a single service. In Furnley Moor it is delivered by schools, nurseries, health visitors, school nurses, GPs, housing officers, voluntary groups and the Early Help Service, often working together around one family.")
    P("Listening to children", h2)
    P("Whatever the tier, find out what the child thinks and feels, and record it in their own words where you can. Very young children and children with communication difficulties can tell us a lot through their behaviour, play and presentation. Children who have been harmed have often said that nobody asked them, or that they were asked in front of the person who was hurting them.")
    P("Professional curiosity", h2)
    P("Do not accept the first explanation at face value. Compare what you are told with what you see, check information with other agencies, and be alert to disguised compliance. Families may present well on the day of a visit. The pattern over time, and the accumulation of smaller worries, matters more than any one event.")
    P("4. The four tiers", h1)
    for (tier, name, desc) in TIERS:
        st.append(CondPageBreak(60 * mm))
        st.append(Paragraph(f"{tier}: {esc(name)}", tierh))
        st.append(Paragraph("What this means", h2))
        st.append(Paragraph(esc(desc), body))
        for k, (head, items) in enumerate(CONTENT[tier]):
            block = []
            if head.endswith(":"):
                block.append(Paragraph(esc(head), lead))
                domain = ""
            else:
                block.append(Paragraph(esc(head), h2))
                domain = head
            for it in items:
                g.add(it, tier, domain)
                block.append(Paragraph(esc(it.text), bullet, bulletText="•"))
            st.append(KeepTogether(block[:2]))
            st.extend(block[2:])
    P("5. Consent and information sharing", h1)
    P("Information sharing is vital to keeping children safe. The Data Protection Act 2018 and UK GDPR do not prevent practitioners from sharing information to protect a child; they provide a framework for doing so lawfully. Where you are unsure, ask your information governance lead or your designated safeguarding lead, but do not let uncertainty delay a referral when a child may be at risk.")
    P("Support at Tiers 1 and 2 is voluntary. Ask the family for their consent before completing an Early Help Assessment or sharing information with other services, and record what they say. A refusal should not stop you offering help in your own service.")
    P("At Tier 3 the family's consent to the referral should normally be obtained. At Tier 4 you should still tell the family about your concerns unless doing so would put the child or anyone else at risk, could lead to evidence being lost, or would cause undue delay. Always record the reason for any decision to share without consent.")
    P("6. Moving between tiers", h1)
    P("Children's needs change. When a Team Around the Family finds that needs are not improving, or are getting worse, the lead practitioner should discuss stepping up with their manager and the Integrated Front Door. When a social worker's involvement is ending, the case should step down to Early Help or to a universal lead through a planned handover meeting, so that the family keeps the support that is working.")
    P("7. Resolving professional differences", h1)
    P("Practitioners will sometimes disagree about which tier a child is in. Disagreement is healthy when it is about the child. Raise it first with the practitioner concerned, then with their manager, and if it is still not resolved use the Partnership's escalation procedure. Keep the child safe while the disagreement is resolved: a dispute about tiers must never leave a child without a service.")
    P("8. Glossary", h1)
    for term, gl in [("CAMHS", "Child and Adolescent Mental Health Services"), ("CME", "Children missing education"),
                     ("EHA", "Early Help Assessment"), ("IFD", "Integrated Front Door, the single point of contact for children's social care"),
                     ("LADO", "Local Authority Designated Officer, who manages allegations against people who work with children"),
                     ("MARAC", "Multi-Agency Risk Assessment Conference for high-risk domestic abuse"),
                     ("NRPF", "No recourse to public funds"), ("TAF", "Team Around the Family"),
                     ("Section 17", "The duty to provide services for children in need"),
                     ("Section 47", "The duty to make enquiries where a child may be suffering significant harm")]:
        P(f"<b>{term}</b> – {esc(gl)}", ParagraphStyle("gl", parent=body, alignment=TA_LEFT, leftIndent=8, firstLineIndent=-8))
    P("9. Contacts", h1)
    t = Table([["Integrated Front Door", "01632 963 300"], ["Out of hours", "01632 963 999"],
               ["Early Help Service", "01632 963 340"], ["Police (non-emergency)", "101"],
               ["LADO", "01632 963 355"]], colWidths=[COLW * 0.58, COLW * 0.42])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, TEAL),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e1f0f1"))]))
    st.append(t)
    st.append(Spacer(1, 4 * mm))
    P("If a child is in immediate danger, call 999.", ParagraphStyle("b", parent=body, fontName="Times-Bold"))
    return st


def build():
    fn = os.path.join(PDF_DIR, SLUG + ".pdf")
    # two passes for "Page x of y"
    g = Gold(SLUG, META, LEVELS, anchor="4. The four tiers", anchor_nth=1)
    d = Doc(fn, 0, title="Threshold Guidance", author="Furnley Moor Safeguarding Children Partnership")
    d.build(story(g))
    n = d.page
    g = Gold(SLUG, META, LEVELS, anchor="4. The four tiers", anchor_nth=1)
    d = Doc(fn, n, title="Threshold Guidance", author="Furnley Moor Safeguarding Children Partnership")
    d.build(story(g))
    g.write()


if __name__ == "__main__":
    build()
