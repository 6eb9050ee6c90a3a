"""Hobwick: ref_indicator_level_table, WeasyPrint. Ref | Indicator | Level of need, levels written as words."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "hobwick"

# domain lines carry the ref prefix: "#DA Domestic abuse and parental conflict"
DATA = r"""
#DA Domestic abuse and parental conflict
@Universal
s | Parents resolve disagreements respectfully
1 domestic_violence | Parents have separated and arrangements for the children are amicable
@Early Help
3 domestic_violence | Parental conflict that the child is drawn into
3 domestic_violence | A history of domestic abuse, with the abusive partner no longer in the household
@Child in Need
4 domestic_violence | Incidents of domestic abuse in the home, assessed as standard or medium risk
@Child Protection
5 domestic_violence | Ongoing domestic abuse or coercive control where the child is at risk
6 domestic_violence | Domestic abuse assessed as high risk and referred to MARAC

#SH Self-harm and emotional wellbeing
@Universal
s | Child is emotionally resilient and can talk about their feelings
@Early Help
2 child_mental_health | Low mood or anxiety that is being managed in school
2 self_harm | One-off superficial self-harm with no suicidal intent
3 self_harm | Repeated self-harm in reponse to stress
@Child in Need
4 self_harm | Self-harm with suicidal thinking
@Child Protection
6 self_harm | Suicide attempt, or self-harm that is life-threatening

#HO Housing
@Universal
s | Family lives in stable, suitable accommodation
@Early Help
2 housing | Overcrowding or disrepair affecting the child's health
3 housing | Rent arrears or a tenancy at risk
4 housing | Family homeless or about to become homeless
@Child in Need
5 housing | Home conditions that are hazardous or unsanitary for the child
@Child Protection
6 housing | Young person thrown out of home with nowhere to stay

#BU Bullying and peer relationships
@Universal
s | Has good friendships and feels safe at school
1 bullying | Occasional falling-out or teasing
@Early Help
2 bullying | Victim of bullying
3 bullying | Bullying others
@Child in Need
4 bullying | Severe or persistent bullying that is affecting the child's health or education
@Child Protection
5 bullying;sexual_abuse | Peer-on-peer abuse causing serious harm, including sexual harassment or assault

#PH Physical harm
@Early Help
3 physical_abuse | Physical punishment such as smacking
@Child in Need
4 physical_abuse | Physical punishment with an implement
4 physical_abuse | Repeated minor injuries where the explanations are vague
@Child Protection
5 physical_abuse | Any bruise or injury on a non-mobile baby
5 physical_abuse | Child discloses being hit by a parent or carer
6 physical_abuse | Fractures, burns, bite marks or a head injury

#NE Neglect and basic care
@Universal
s | Child's basic needs for food, warmth and hygiene are met
@Early Help
2 neglect | Child occasionally hungry or poorly dressed
3 neglect;health_development | Missed health appointments and poor home routines
@Child in Need
4 neglect | Neglect that is affecting the child's health or development
@Child Protection
5 neglect | Persistent neglect leaving the child at risk of significant harm

#EX Exploitation and missing
@Early Help
3 exploitation | Associating with older peers, with some concerns about exploitation
@Child in Need
4 missing | Missing from home on more than one occasion
@Child Protection
5 exploitation | Criminal or sexual exploitation, including county lines
5 harmful_practices | Risk of FGM, forced marriage or honour-based abuse

#PC Parents and carers
@Universal
s | Parents provide consistent boundaries and warmth
@Early Help
3 parental_mental_health | Parental mental health difficulties affecting the child
3 substance_misuse | Parental substance misuse affecting routines
@Child in Need
4 substance_misuse;parenting_capacity | Parental substance misuse significantly affecting the care of the child
4 parental_mental_health | Parental mental illness leading to inconsistent care
@Child Protection
5 emotional_abuse | Child subjected to persistent rejection, humiliation or threats

#ED Education
@Universal
s | Good attendance and engaged in learning
@Early Help
3 attendance | Attendance below 90%
@Child in Need
4 attendance | Child missing education or repeatedly excluded
"""

LEVELS = [
    lv("Universal", "", "",
       "Children whose needs are met by their families and by universal services; no additional support is needed."),
    lv("Early Help", "", "B",
       "The Hobwick Early Help Team, or a lead practitioner supported by it, coordinates an Early Help Assessment and plan with the family."),
    lv("Child in Need", "", "C",
       "A social worker assesses the child's needs under section 17 of the Children Act 1989 and leads a child in need plan."),
    lv("Child Protection", "", "D",
       "There is reasonable cause to suspect significant harm, and a strategy discussion decides whether section 47 enquiries are needed."),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-center { content: "Hobwick Safeguarding Children Partnership · Indicators of Need"; font: 8pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #666; }
  @bottom-left { content: "v1.1 January 2025"; font: 8pt 'DejaVu Sans'; color: #666; } }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 19pt; color: #5a1846; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; color: #5a1846; margin: 12pt 0 4pt 0; }
dl { margin: 4pt 0; } dt { font-weight: bold; margin-top: 4pt; } dd { margin: 0 0 2pt 12pt; }
table { border-collapse: collapse; width: 100%; margin-top: 6pt; }
th { background: #5a1846; color: #fff; text-align: left; padding: 4pt; font-size: 9pt; }
td { border-bottom: 0.5pt solid #bbb; padding: 3.5pt 4pt; vertical-align: top; }
td.ref { width: 10%; font-weight: bold; } td.ind { padding-right: 18pt; } td.lvl { width: 20%; }
tr.sec td { background: #efe3ec; font-weight: bold; color: #5a1846; border-bottom: none; }
"""


def build():
    items = parse(DATA)
    h = ['<html lang="en-GB"><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS]
    h.append('<h1>Indicators of Need</h1><p>Hobwick Safeguarding Children Partnership – a reference list for '
             'practitioners. Version 1.1, January 2025.</p>')
    h.append('<h2>How to use the list</h2><p>Each indicator has a reference number and the level of need it '
             'usually points to. Quote the reference (for example HO3) when you discuss a family with the Early '
             'Help Team or the Hobwick Children\'s Hub, so that everyone knows what you mean. The list is not '
             'exhaustive, and the level shown is a starting point for a conversation, not a decision.</p>')
    h.append('<h2>Levels of need</h2><dl>')
    for l in LEVELS:
        h.append('<dt>%s</dt><dd>%s</dd>' % (l["label"], esc(l["evidence"])))
    h.append('</dl>')
    h.append('<table><thead><tr><th>Ref</th><th>Indicator</th><th>Level of need</th></tr></thead><tbody>')
    for dom, dit in groups(items, "domain"):
        code, title = dom.split(" ", 1)
        h.append('<tr class="sec"><td colspan="3">%s</td></tr>' % esc(title))
        for n, it in enumerate(dit, 1):
            it["domain"] = title
            h.append('<tr><td class="ref">%s%d</td><td class="ind">%s</td><td class="lvl">%s</td></tr>'
                     % (code, n, esc(it["text"]), it["level"]))
    h.append('</tbody></table>')
    h.append('<h2>Contacts</h2><p>Hobwick Children\'s Hub: 01632 966 100 · Out of hours: 01632 966 999 · '
             'Early Help Team: 01632 966 140 · Emergency: 999</p></body></html>')
    html = "\n".join(h)
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Hobwick Safeguarding Children Partnership", authorities="Hobwick",
                producer="weasyprint", layout_family="ref_indicator_level_table", orientation="portrait",
                version="1.1", version_date="2025-01")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
