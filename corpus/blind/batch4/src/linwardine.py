"""linwardine: table_per_level (procedures-manual template), WeasyPrint. Levels blank, A, C, D.
'Level 3 - Targeted Help' is, by its description, child in need (s.17): the name misleads."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "linwardine"
META = dict(partnership="Linwardine Safeguarding Children Partnership", authorities="Linwardine",
            producer="weasyprint", layout_family="table_per_level", orientation="portrait",
            version="", version_date="2024-05-14")

LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="",
         evidence="Children at Level 1 have no additional needs: their health and development are progressing as expected, and no action is needed beyond the services every child receives."),
    dict(label="Level 2", name="Additional Needs", maps_to="A",
         evidence="The agency that knows the child best provides the extra support, working alone or with one other service, and may complete an Early Help Assessment with the family; the practitioner from that agency acts as lead professional."),
    dict(label="Level 3", name="Targeted Help", maps_to="C",
         evidence="These are children in need under section 17 of the Children Act 1989, whose needs are complex and will not be met without services from Children's Social Care."),
    dict(label="Level 4", name="Specialist", maps_to="D",
         evidence="These are children who are suffering, or are likely to suffer, significant harm, where a strategy discussion must be held and enquiries may be made under section 47 of the Children Act 1989."),
]
TABLES = {"Level 2": ("Table 1", "#dbead5"), "Level 3": ("Table 2", "#fbe6c8"), "Level 4": ("Table 3", "#f5d0cc")}
DESC = {
 "Level 2": LEVELS[1]["evidence"] + " Referral to Children's Social Care is not needed.",
 "Level 3": LEVELS[2]["evidence"] + " The assessment will be completed by a qualified social worker from the Assessment Team, and "
            "support is provided under a child in need plan.",
 "Level 4": LEVELS[3]["evidence"] + " Some children at this level will need to be accommodated in an emergency.",
}
ACTION = {
 "Level 2": ["Talk to the child and family about your concerns and agree what extra help your agency can give.",
             "Consider an Early Help Assessment where more than one need is identified.",
             "Review progress with the family after six to eight weeks.",
             "Seek advice from your safeguarding lead if needs do not improve."],
 "Level 3": ["Discuss with your safeguarding lead and the family, unless this would place the child at risk.",
             "Make a referral to the Linwardine Front Door using the multi-agency referral form.",
             "The Front Door will decide within one working day whether a Child and Family Assessment is needed.",
             "Contribute to the assessment and to the child in need plan."],
 "Level 4": ["Telephone the Front Door immediately; call 999 if the child is in immediate danger.",
             "Confirm the referral in writing within 24 hours.",
             "Do not discuss concerns with the family if this may place the child at further risk or hinder a police investigation.",
             "Attend the strategy discussion and any initial child protection conference if invited."],
}
SERVICES = {
 "Level 2": "Schools and early years settings; health visitors and school nurses; GPs; Family Hubs; youth services; "
            "parenting groups; voluntary sector services.",
 "Level 3": "Children's Social Care Assessment Team; Family Support Service; CAMHS; Youth Justice Service; "
            "housing options; adult mental health and substance misuse services.",
 "Level 4": "Children's Social Care; police Child Abuse Investigation Team; paediatric services; Emergency Duty Team; "
            "the courts.",
}
GROUP = {"Learning and Education": "Developmental Needs", "Health": "Developmental Needs",
         "Social, Emotional, Behavioural and Identity": "Developmental Needs",
         "Basic Care and Ensuring Safety": "Parenting Capacity", "Guidance, Boundaries and Emotional Warmth": "Parenting Capacity",
         "Family Functioning and Well-being": "Family and Environmental Factors",
         "Housing, Employment and Finance": "Family and Environmental Factors"}

STRENGTHS_L1 = """
@Level 1
s | healthy, and reaching their developmental milestones
s | attending school regularly and making progress
s | cared for by parents who keep them safe and meet their needs
s | living in a stable home with support from family and friends
"""

DATA = """
@Level 2
#Learning and Education
2 attendance | Attendance between 85% and 90%, or a pattern of lateness.
2 health_development | Special educational needs being met through SEN support in school.
2 attendance | Young person at risk of becoming NEET.
#Health
2 health_development | Missing routine health checks or immunisations.
2 health_development | Overweight or underweight, with the family needing advice about diet.
#Social, Emotional, Behavioural and Identity
2 child_mental_health | Low self-esteem or worries that are affecting friendships.
2 bullying | Reports of being picked on or bullied by other children.
2 self_harm | Has self-harmed on one occasion and is accepting support from school.
2 substance_misuse | Early experimentation with alcohol, smoking or vaping.
#Basic Care and Ensuring Safety
2 neglect | Basic care not always consistent, e.g. child sometimes tired or hungry in class.
#Guidance, Boundaries and Emotional Warmth
2 parenting_capacity | Parents need support to manage behaviour or establish routines.
#Family Functioning and Well-being
2 domestic_violence | Parental arguments which the child has witnessed.
2 parental_mental_health | Parent with mild depression or anxiety receiving treatment from their GP.
2 parenting_capacity | Young carer whose caring role is small but growing.
#Housing, Employment and Finance
2 housing | Overcrowded or poorly maintained housing.
2 family_finances | Family on a low income, with difficulty affording essentials.
3 housing | Family living in temporary accommodation following an eviction.

@Level 3
#Learning and Education
3 attendance | Persistent absence, or at risk of permanent exclusion.
4 attendance | Out of school for more than four weeks with no education provision in place.
#Health
4 health_development;neglect | Chronic or recurring health problems, with parents not following medical advice.
3 health_development | Disability requiring specialist support to be maintained in a mainstream setting.
#Social, Emotional, Behavioural and Identity
4 self_harm | Self-harm alongside suicidal thoughts, with CAMHS involvement.
3 self_harm;child_mental_health | Recurrent self-harm linked to emotional difficulties.
4 bullying;child_mental_health | Severe or prolonged bullying that is affecting the child's mental health.
3 substance_misuse | Regular drug or alcohol use affecting education or relationships.
4 exploitation | Young person at risk of sexual or criminal exploitation.
4 missing | Going missing from home or care on a number of occasions.
4 behaviour_offending | Offending behaviour, or an out of court disposal through the Youth Justice Service.
#Basic Care and Ensuring Safety
4 neglect | Poor standards of basic care over a long period that have not improved with early help.
4 physical_abuse | Unexplained minor injuries on more than one occasion.
3 physical_abuse | Physical chastisement, such as smacking, that the parent says they will continue.
#Guidance, Boundaries and Emotional Warmth
4 emotional_abuse | Parent regularly speaks about the child in a hostile or rejecting way.
#Family Functioning and Well-being
4 domestic_violence | Incidents of domestic abuse between parents, including incidents reported to the police.
3 domestic_violence | Acrimonious separation in which the child is drawn into the conflict.
4 parental_mental_health | Parent's mental health or learning disability is significantly affecting their ability to care.
4 substance_misuse | Parental drug or alcohol misuse that is affecting the child's health or development.
#Housing, Employment and Finance
4 housing | Family, or a 16 or 17 year old, presenting as homeless.
3 housing | Family facing eviction, with a notice to quit.

@Level 4
#Social, Emotional, Behavioural and Identity
6 self_harm | Life-threatening self-harm, or an attempt to take their own life.
5 sexual_abuse | Child makes a disclosure of sexual abuse, or is in a sexual relationship with an adult.
5 exploitation | Child being sexually or criminally exploited, including trafficking.
5 bullying | Bullying that has caused serious harm to the child.
#Basic Care and Ensuring Safety
5 physical_abuse | Non-accidental injury, or an injury with no credible explanation.
5 physical_abuse | Bruising or other injury to a non-mobile baby.
6 physical_abuse | Fractures, burns or scalds that are thought to be non-accidental.
5 neglect | Persistent and severe neglect, e.g. child left without food, heating or supervision.
6 neglect | Young child abandoned or left alone.
#Guidance, Boundaries and Emotional Warmth
5 emotional_abuse | Child subject to persistent emotional abuse, such as threats, humiliation or rejection.
#Family Functioning and Well-being
5 domestic_violence | Domestic abuse where the child is at risk of significant harm.
6 domestic_violence;physical_abuse | Child hurt during an incident of domestic violence.
6 domestic_violence | Domestic abuse case heard at MARAC.
5 substance_misuse;neglect | Parents' drug or alcohol use leaves the child unsafe or unsupervised.
5 harmful_practices | A child at risk of FGM, forced marriage or honour-based abuse.
#Housing, Employment and Finance
6 housing | Child has nowhere safe to stay tonight.
5 housing | Home conditions that are dangerous to the child, such as severe squalor.
"""
ITEMS = parse(STRENGTHS_L1) + parse(DATA)

CSS = """
@page { size: A4; margin: 24mm 18mm 20mm 18mm;
  @top-left { content: "Linwardine Children's Services Procedures Manual"; font-size: 8.5pt; color: #555; }
  @top-right { content: "3.2 Threshold Criteria: Levels of Need"; font-size: 8.5pt; color: #555; }
  @bottom-left { content: "Amended: 14 May 2024"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; line-height: 1.38; color: #111; }
h1 { font-size: 17pt; color: #003865; margin: 0 0 6px; }
h2 { font-size: 12.5pt; color: #003865; margin: 16px 0 5px; }
h3 { font-size: 10.5pt; margin: 12px 0 3px; }
.contents { border: 1px solid #9aa; background: #f3f6f8; padding: 6px 12px; font-size: 8.8pt; }
.contents ol { margin: 4px 0; }
table.lvl { width: 100%; border-collapse: collapse; margin: 10px 0 18px; table-layout: fixed; }
table.lvl caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10.5pt; padding: 4px 0; color: #003865; }
table.lvl td, table.lvl th { border: 1px solid #7a7a7a; padding: 4px 6px; vertical-align: top; }
table.lvl th { background: #e4e4e4; text-align: left; font-size: 9pt; }
table.lvl td { font-size: 8.7pt; hyphens: auto; }
table.lvl td.desc { font-size: 8.9pt; }
table.lvl td p { margin: 0 0 5px; break-inside: avoid; }
table.lvl td p.dom { font-weight: bold; margin-top: 6px; }
table.lvl td p.grp { font-weight: bold; font-size: 9.2pt; text-decoration: underline; }
table.lvl td ul { padding-left: 12px; margin: 0; }
table.lvl td li { margin-bottom: 4px; }
.note { border-left: 4px solid #003865; background: #eef3f8; padding: 6px 10px; }
"""


def level_table(lab, name):
    tno, col = TABLES[lab]
    items = [i for i in ITEMS if i["level"] == lab]
    groups = []
    for i in items:
        g = GROUP[i["domain"]]
        if g not in groups:
            groups.append(g)
    rows = ""
    for k, g in enumerate(groups):
        cell = '<p class="grp">%s</p>' % g
        dom = None
        for i in items:
            if GROUP[i["domain"]] != g:
                continue
            if i["domain"] != dom:
                cell += '<p class="dom">%s</p>' % esc(i["domain"]); dom = i["domain"]
            cell += "<p>%s</p>" % esc(i["text"])
        act = ("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(a) for a in ACTION[lab])) if k == 0 else ""
        srv = ("<p>%s</p>" % esc(SERVICES[lab])) if k == 0 else ""
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (cell, act, srv)
    return f"""<table class="lvl"><caption>{tno}: {lab} \u2013 {esc(name)}</caption>
<colgroup><col style="width:46%"><col style="width:30%"><col style="width:24%"></colgroup>
<thead><tr><th colspan="3" style="background:{col}">{lab} \u2013 {esc(name)}</th></tr></thead>
<tbody><tr><td colspan="3" class="desc">{esc(DESC[lab])}</td></tr>
<tr><th>Examples of need</th><th>Action</th><th>Services</th></tr>
{rows}</tbody></table>"""


def build():
    l1 = "".join("<li>%s</li>" % esc(i["text"]) for i in ITEMS if i["kind"] == "S")
    tables = "".join(level_table(l["label"], l["name"]) for l in LEVELS[1:])
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>3.2 Threshold Criteria: Levels of Need</title>
<style>{CSS}</style></head><body>
<h1>3.2 Threshold Criteria: Levels of Need</h1>
<div class="contents"><b>Contents</b><ol><li>Introduction</li><li>The Levels of Need</li><li>Using the Tables</li>
<li>Table 1: Level 2 \u2013 Additional Needs</li><li>Table 2: Level 3 \u2013 Targeted Help</li><li>Table 3: Level 4 \u2013 Specialist</li><li>Professional Disagreement</li></ol></div>
<h2>1. Introduction</h2>
<p>This chapter sets out the threshold criteria agreed by the Linwardine Safeguarding Children Partnership. It should be used by
all practitioners when deciding whether a child needs additional help, and which service is best placed to give it. It applies
to unborn children and to young people up to their eighteenth birthday, and to care leavers where stated.</p>
<p>The criteria are not a substitute for professional judgement. A child may show indicators from more than one level; think about
how long the concern has lasted, how much it affects the child, and what the family is able to do about it.</p>
<h2>2. The Levels of Need</h2>
<h3>2.1 Level 1 \u2013 Universal</h3>
<p>{esc(LEVELS[0]['evidence'])} Children at this level are usually:</p><ul>{l1}</ul>
<h3>2.2 Level 2 \u2013 Additional Needs</h3>
<p>Children whose needs are not being fully met and who need some extra help to prevent problems growing. See Table 1.</p>
<h3>2.3 Level 3 \u2013 Targeted Help</h3>
<p>Children with complex or multiple needs, including those whose needs have not been met by help at Level 2. See Table 2.</p>
<h3>2.4 Level 4 \u2013 Specialist</h3>
<p>Children in need of protection, or who need to be looked after. See Table 3.</p>
<h2>3. Using the Tables</h2>
<p>Each table begins with a description of the level. The first column gives examples of need grouped under the domains of the
Assessment Framework. The second column explains what a practitioner should do, and the third lists services that might be
involved with a child and family at that level of need.</p>
<div class="note">If you think a child is at immediate risk of significant harm, telephone the police on 999. The Linwardine
Front Door is on 01652 707 400 (out of hours: 01652 707 999).</div>
{tables}
<h2>4. Professional Disagreement</h2>
<p>If you disagree with a decision about the level of need or about the response, first talk to the worker who made the decision. If
the matter is not resolved, follow the partnership's Resolving Professional Disagreements procedure, which sets out how to
escalate a concern to a manager within five working days.</p>
</body></html>"""
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
