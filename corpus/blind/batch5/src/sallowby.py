"""Sallowby: level_first, WeasyPrint. Level headings in four different styles."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "sallowby"

DATA = r"""
@Level 1
#Child's developmental needs
s | Healthy, with immunisations and developmental checks up to date
s | Attends school regularly and is making the progress expected for their age
s | Has friends and gets on well with other children
1 bullying | Has fallen out with a friendship group and may be being teased at school
1 child_mental_health | A short spell of worry or low mood after a change, such as starting at a new school
#Parenting capacity
s | Parents provide warmth, predictable routines and consistent boundaries
s | Child is kept safe at home and when out in the community
1 domestic_violence | Occasional arguments between parents which are sorted out without the children being drawn in
#Family and environmental factors
s | Family lives in a safe, warm home with enough room for everyone
s | Good support from wider family, neighbours and friends
1 housing | Home needs some repairs, which the landlord has agreed to carry out

@Level 2
#Child's developmental needs
3 attendance | Attendance below 90%, with a pattern of odd days missed
2 self_harm;child_mental_health | A single episode of low-level self-harm, with no ongoing risk identified
3 bullying;attendance | Being bullied in a way that is starting to affect attendance and confidence
2 health_development | Speech and language delay, or hearing and developmental checks missed
3 behaviour_offending | Early involvement in anti-social behaviour, e.g. low-level damage or nuisance in the neighbourhood
3 substance_misuse | Experimenting with alcohol or cannabis at weekends
#Parenting capacity
3 parenting_capacity | Parents struggling to set boundaries or keep to consistent routines
3 domestic_violence | Parental conflict that the child is drawn into, such as being asked to take sides
3 parental_mental_health | A parent's anxiety or depression is affecting the day-to-day running of the household
2 neglect | Child sometimes arrives at school hungry or in unwashed clothes
#Family and environmental factors
3 housing;family_finances | Rent arrears and a notice seeking possession from the landlord
2 housing | Overcrowded housing, with children sharing beds
3 family_finances | Debt or a loss of income means the family is relying on the food bank

@Level 3
#Child's developmental needs
4 self_harm;child_mental_health | Self-harm alongside suicidal thoughts, where CAMHS involvement is needed
4 bullying;attendance | Severe and persistent bullying, leaving the young person isolated and refusing to go to school
4 attendance | Persistent absence below 50%, or a child missing education (CME)
4 exploitation;missing | Going missing for short periods, with early signs of CCE such as unexplained money or new phones
4 health_development | Disability or complex health needs where the family needs a specialist assessment to meet them
4 behaviour_offending | Young person known to the Youth Justice Service for repeated offending
#Parenting capacity
4 domestic_violence | Incidents of domestic abuse between the parents which the children have witnessed
4 substance_misuse;parenting_capacity | Parental drug or alcohol misuse that is affecting the care the children receive
4 physical_abuse | Frequent minor injuries to the child for which no clear explanation is given
4 neglect | Home conditions and hygiene are poor and have not improved with early help
#Family and environmental factors
4 housing | Family is homeless, or is about to be evicted with nowhere to go
4 parental_mental_health | Parent with a serious mental illness whose care of the child fluctuates

@Level 4
#Child's developmental needs
6 self_harm | Life-threatening self-harm or a suicide attempt
5 sexual_abuse | Disclosure of sexual abuse, or sexualised behaviour which suggests the child is being abused
5 exploitation | Young person being sexually or criminally exploited (CSE/CCE), including county lines
5 bullying | Peer relationships have broken down and the child has been seriously hurt by other young people
#Parenting capacity
5 physical_abuse | Any bruising or injury to a baby who is not yet mobile
6 physical_abuse | Fractures, burns or other injuries needing medical treatment that are suspected to be non-accidental
5 domestic_violence | Persistent domestic violence or coercive control, with the child at risk of harm
6 domestic_violence | High-risk domestic abuse case heard at MARAC
5 neglect | Persistent neglect of the child's basic needs for food, warmth or medical care
5 emotional_abuse | Child is scapegoated, rejected or frightened of a parent
#Family and environmental factors
6 housing | Young person has been thrown out of home and has nowhere safe to stay tonight
5 harmful_practices | Concern that a child is at risk of FGM or forced marriage
"""

LEVELS = [
    lv("Level 1", "Universal", "A",
       "Where a small worry appears, the school, nursery, health visitor or GP offers a little extra help from within its own service, without involving children's social care."),
    lv("Level 2", "Early Help", "B",
       "The Sallowby Early Help Service allocates a family practitioner, who brings together a Team Around the Family and coordinates an Early Help Plan with the family."),
    lv("Level 3", "Targeted Support", "C",
       "Despite its name, support at this level is statutory: the child is referred through the Front Door and a social worker completes a Child and Family Assessment under section 17 of the Children Act 1989."),
    lv("Level 4", "Statutory", "D",
       "A strategy discussion is held and enquiries are made under section 47 where there is reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm."),
]

HEADINGS = {
    "Level 1": ('<h2 class="caps">LEVEL 1 – UNIVERSAL</h2>',
                "Most children in Sallowby have their needs met by their families and by the services every child "
                "uses. " + LEVELS[0]["evidence"] + " No referral is needed and no form has to be completed, "
                "although the practitioner should note what was done and review it."),
    "Level 2": ('<h2>Level Two: Early Help</h2>',
                "Needs at this level are more than one service can meet alone. " + LEVELS[1]["evidence"] +
                " Consent from the family is needed and the request is made through the Early Help Hub on the "
                "Sallowby Family Hub portal."),
    "Level 3": ('<h2>3. Targeted Support (Level 3)</h2>',
                LEVELS[2]["evidence"] + " The social worker leads a Child in Need plan; the early help "
                "practitioner and universal services stay involved and attend the Child in Need meetings."),
    "Level 4": ('<h2 class="plain">Level 4 Statutory</h2>',
                "Call the Front Door straight away (or the police on 999 if a child is in immediate danger). " +
                LEVELS[3]["evidence"] + " Do not tell the family first if doing so could put the child at "
                "greater risk."),
}

INTRO_LEAD = {
    "Level 1": "What children and families at this level often look like:",
    "Level 2": "Examples of what might be seen:",
    "Level 3": "Examples include:",
    "Level 4": "Examples include, but are not limited to:",
}

CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-left { content: "Sallowby Safeguarding Children Partnership"; font: 8pt 'Liberation Sans'; color: #555; }
  @top-right { content: "Continuum of Need – v3.2"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.38; color: #1b1b1b; hyphens: auto; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover h1 { font-size: 30pt; color: #3b2a63; margin: 0 0 8mm 0; line-height: 1.1; }
.cover .sub { font-size: 14pt; color: #3b2a63; }
.cover .meta { margin-top: 60mm; font-size: 10pt; }
h2 { color: #3b2a63; font-size: 16pt; border-bottom: 2px solid #3b2a63; padding-bottom: 2pt; margin-top: 18pt; }
h2.caps { letter-spacing: 0.5pt; }
h2.plain { border-bottom: none; background: #f0e9fa; padding: 4pt; }
h3 { font-size: 12pt; color: #3b2a63; margin-bottom: 2pt; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt 0; color: #333; font-style: italic; }
ul { margin-top: 2pt; padding-left: 16pt; }
li { margin-bottom: 2pt; }
.toc p { margin: 3pt 0; }
.box { border: 1.2pt solid #3b2a63; padding: 6pt 9pt; margin: 10pt 0; }
.lead { font-weight: bold; margin-bottom: 0; }
.break { page-break-before: always; }
"""


def build():
    items = parse(DATA)
    h = ['<html lang="en-GB"><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS]
    h.append('<div class="cover"><h1>Continuum of Need</h1><div class="sub">Helping children and families in '
             'Sallowby at the right time</div><div class="meta">Sallowby Safeguarding Children Partnership<br>'
             'Version 3.2 – September 2024<br>Review due: September 2026</div></div>')
    h.append('<h3>Contents</h3><div class="toc"><p>1. Why we have a continuum of need</p><p>2. Using this '
             'document</p><p>3. The four levels</p><p>4. Consent and information sharing</p><p>5. Contacts</p></div>')
    h.append('<h3>1. Why we have a continuum of need</h3><p>Every practitioner in Sallowby who works with '
             'children, young people or their parents will sometimes need to decide how worried to be and what '
             'to do next. This document gives a shared language for those decisions. It does not replace '
             'professional judgement: a single indicator rarely tells the whole story, and the impact on the '
             'child matters more than the the label.</p><p>Needs can move up or down the continuum over time. A '
             'family supported at Level 3 may step down to early help once the social worker closes the case, '
             'and a child known only to universal services may need an urgent response after one serious '
             'incident.</p>')
    h.append('<h3>2. Using this document</h3><p>For each level there is a short description of who responds, '
             'followed by examples grouped under the three sides of the Assessment Framework triangle. The '
             'examples are illustrations only. Look at the whole picture, including what is going well.</p>'
             '<div class="box"><b>Not sure?</b> Talk it through with your designated safeguarding lead, or ring '
             'the Front Door consultation line on 01632 960 418 for advice. Advice calls are not referrals.</div>')
    h.append('<h3 class="break">3. The four levels</h3>')
    for level, lit in groups(items, "level"):
        head, para = HEADINGS[level]
        h.append(head)
        h.append('<h4 style="font-style:normal;font-weight:bold">Who responds</h4><p>%s</p>' % esc(para))
        h.append('<p class="lead">%s</p>' % INTRO_LEAD[level])
        for dom, dit in groups(lit, "domain"):
            h.append('<h4>%s</h4><ul>' % esc(dom))
            for it in dit:
                h.append('<li>%s</li>' % esc(it["text"]))
            h.append('</ul>')
    h.append('<h3>4. Consent and information sharing</h3><p>Early help at Levels 1 and 2 is voluntary and needs '
             'the agreement of the family. At Level 3 consent should be sought before a referral unless doing so '
             'would place the child at risk. At Level 4 practitioners must share information without consent '
             'where that is needed to protect a child.</p>')
    h.append('<h3>5. Contacts</h3><div class="box">Sallowby Front Door (children\'s social care): 01632 960 400<br>'
             'Out of hours: 01632 960 999<br>Early Help Hub: 01632 960 455<br>Police (emergency): 999</div>')
    h.append('</body></html>')
    html = "\n".join(h)
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Sallowby Safeguarding Children Partnership", authorities="Sallowby",
                producer="weasyprint", layout_family="level_first", orientation="portrait",
                version="3.2", version_date="2024-09")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
