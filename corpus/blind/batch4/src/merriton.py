"""merriton: issue_escalation_table, Chromium (no browser header/footer). Levels A, B, C, D,
every level named 'Child in need of ...' (the name misleads at Levels 1 and 2)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from webprint import print_file

SLUG = "merriton"
META = dict(partnership="Merriton and Skelbrook Safeguarding Children Partnership", authorities="Merriton; Skelbrook",
            producer="chromium", layout_family="issue_escalation_table", orientation="landscape",
            version="1.0", version_date="2024-09")

LEVELS = [
    dict(label="Level 1", name="Child in need of universal support", maps_to="A",
         evidence="The child's school, nursery, GP or health visitor responds to any emerging need within their own service, without a referral."),
    dict(label="Level 2", name="Child in need of early help", maps_to="B",
         evidence="A request goes to the Early Help Hub, and the Merriton and Skelbrook Early Help Service allocates a family support worker and coordinates a Team Around the Family."),
    dict(label="Level 3", name="Child in need of statutory support", maps_to="C",
         evidence="Referral to Children's Social Care for a Child and Family Assessment under section 17 of the Children Act 1989, leading where needed to a child in need plan with a social worker."),
    dict(label="Level 4", name="Child in need of protection", maps_to="D",
         evidence="Immediate referral to Children's Social Care; a strategy discussion decides whether section 47 enquiries are needed, and emergency action may be taken to protect the child."),
]
COL = {"Level 1": "#d9ead3", "Level 2": "#fff2cc", "Level 3": "#fce5cd", "Level 4": "#f4cccc"}

DATA = """
#Domestic abuse
@Level 1
1 domestic_violence | Parents argue occasionally but the child is not drawn in
@Level 2
3 domestic_violence | Conflict between parents that the child is drawn into
3 domestic_violence | Historic domestic abuse, with the victim now seperated and settled
@Level 3
4 domestic_violence | Repeated incidents of domestic abuse, assessed as standard or medium risk (DASH)
4 domestic_violence | Child's behaviour affected by living with domestic abuse
@Level 4
6 domestic_violence;physical_abuse | A single serious incident in which the child was injured or threatened
6 domestic_violence | DASH high-risk assessment or MARAC referral
5 domestic_violence | Coercive and controlling behaviour that restricts the child's daily life

#Self-harm
@Level 1
1 child_mental_health | Low mood linked to a loss or a change, and talking about it
@Level 2
2 self_harm | First episode of minor self-harm
3 self_harm | Repeated minor self-harm, with the family engaging with support
@Level 3
4 self_harm | Self-harm with thoughts of suicide
4 self_harm;child_mental_health | Self-harm linked to a diagnosed mental health condition
@Level 4
6 self_harm | Suicide attempt or life-threatening self-harm
5 self_harm | Serious, repeated self-harm that parents are not responding to

#Housing
@Level 1
1 housing | Home in need of minor repair
@Level 2
2 housing;health_development | Overcrowding or damp affecting the children's health
3 housing | Rent arrears putting the tenancy at risk
3 housing;attendance | Temporary accommodation a long way from the child's school
@Level 3
4 housing | Family homeless, or due to be evicted within weeks
4 housing | 16 or 17 year old asking for help because they are homeless
@Level 4
5 housing | Home conditions dangerous to the child, such as squalor, exposed wiring or infestation
6 housing | Child thrown out of home with nowhere safe to go

#Bullying
@Level 1
1 bullying | May be being bullied; friendship problems
@Level 2
2 bullying | Being bullied at school or online
3 bullying | Bullying others, with a school behaviour plan in place
@Level 3
4 bullying | Severe or persistent bullying affecting health, attendance or progress
@Level 4
5 bullying | Peer relationships broken down, with the child seriously harmed or in fear for their safety
6 bullying | Seriously assaulted by other young people

#Physical abuse
@Level 2
3 physical_abuse | Parent reports smacking the child
@Level 3
4 physical_abuse | Frequent minor injuries, or injuries explained as accidents that keep happening
4 physical_abuse | Physical punishment with an implement
@Level 4
5 physical_abuse | Any injury to a non-mobile baby
5 physical_abuse | Bruising, marks or injuries with an implausible explanation
5 physical_abuse | Child alleges physical harm by a parent or carer
6 physical_abuse | Fractures, burns, scalds or head injuries

#Neglect
@Level 1
2 neglect | Occasional lapses in hygiene or clothing
@Level 2
3 neglect | Inconsistent care: child often hungry or tired, or dental decay untreated
@Level 3
4 neglect | Neglect that continues despite early help
@Level 4
5 neglect | Severe neglect with a serious impact on the child's health or development
6 neglect | Young child left alone or abandoned

#Parental mental health
@Level 1
1 parental_mental_health | Parent's mental health condition is stable and managed
@Level 2
2 parental_mental_health | Parental anxiety or depression affecting routines
@Level 3
4 parental_mental_health | Parent's mental illness significantly affecting their care of the child
@Level 4
5 parental_mental_health | Parent's mental state puts the child at risk, e.g. the child is included in delusions or suicidal plans

#Substance misuse
@Level 1
2 substance_misuse | Young person experimenting with alcohol
@Level 2
3 substance_misuse | Young person's regular drug or alcohol use
3 substance_misuse | Parental drug or alcohol use with some effect on the care of the child
@Level 3
4 substance_misuse | Parental substance misuse significantly affecting the child's care
@Level 4
5 substance_misuse;neglect | Parent unable to care for the child because of intoxication
6 substance_misuse | Young person hospitalised after drug or alcohol use

#Exploitation
@Level 2
3 exploitation | Possible signs of exploitation: new older friends, gifts, secrecy about phone use
@Level 3
4 exploitation | Assessed as at risk of child criminal or sexual exploitation
@Level 4
5 exploitation | Being exploited, including county lines or trafficking

#Missing
@Level 2
3 missing | Late home or staying out without permission
@Level 3
4 missing | Missing from home on more than one occasion
@Level 4
5 missing | Missing frequently or for long periods, and at risk of harm

#School attendance
@Level 1
2 attendance | Attendance between 90% and 95%
@Level 2
3 attendance | Persistent absence (below 90%)
@Level 3
4 attendance | Severe absence (below 50%) or out of education
@Level 4
5 missing;attendance | Child missing education whose whereabouts are unknown

#Sexual abuse
@Level 2
3 sexual_abuse | Sexualised behaviour that is not expected for the child's age
@Level 3
4 sexual_abuse | Harmful sexual behaviour towards other children
@Level 4
5 sexual_abuse | Disclosure or signs of sexual abuse
5 sexual_abuse | Under-13 who is sexually active

#Harmful practices and extremism
@Level 3
4 radicalisation | Vulnerable to radicalisation; Prevent referral made
@Level 4
5 harmful_practices | At risk of FGM, forced marriage or honour-based abuse
"""
ITEMS = parse(DATA)
ROWS = []
for it in ITEMS:
    if it["domain"] not in ROWS:
        ROWS.append(it["domain"])

CSS = """
@page { size: A4 landscape; margin: 11mm 11mm 12mm 11mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.3px; color: #111; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #154c79; padding-bottom: 4px; }
.top h1 { font-size: 20px; margin: 0; color: #154c79; } .top .v { font-size: 10px; color: #444; text-align: right; }
p.i { margin: 6px 0; }
table.def { width: 100%; border-collapse: collapse; margin: 6px 0 10px; }
table.def td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; width: 25%; }
table.m { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.m th { border: 1px solid #555; padding: 5px; text-align: left; font-size: 10.5px; }
table.m td { border: 1px solid #555; padding: 5px 6px; vertical-align: top; line-height: 1.35; }
table.m tr { break-inside: avoid; }
table.m td.issue { font-weight: bold; background: #eef2f7; }
table.m thead { display: table-header-group; }
.foot { margin-top: 8px; font-size: 9.5px; color: #333; }
"""


def build():
    defs = "".join('<td style="background:%s"><b>%s: %s</b><br>%s</td>' % (COL[l["label"]], l["label"], esc(l["name"]), esc(l["evidence"]))
                   for l in LEVELS)
    head = "<tr><th style=\"width:12%\">Issue</th>" + "".join(
        '<th style="background:%s">%s<br>%s</th>' % (COL[l["label"]], l["label"], esc(l["name"])) for l in LEVELS) + "</tr>"
    rows = ""
    for r in ROWS:
        rows += '<tr><td class="issue">%s</td>' % esc(r)
        for l in LEVELS:
            cell = "<br>".join(esc(i["text"]) for i in ITEMS if i["domain"] == r and i["level"] == l["label"])
            rows += "<td>%s</td>" % (cell or "&ndash;")
        rows += "</tr>\n"
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Merriton and Skelbrook Threshold Chart</title>
<style>{CSS}</style></head><body>
<div class="top"><h1>Threshold Chart: how needs escalate, issue by issue</h1>
<div class="v">Merriton and Skelbrook Safeguarding Children Partnership<br>Version 1.0 &middot; September 2024</div></div>
<p class="i">Find the issue in the left-hand colum and read across to see how the response changes as needs increase. Each cell gives
examples only. Where several issues are present together, or a concern keeps coming back, the child may need the next level up.</p>
<table class="def"><tr>{defs}</tr></table>
<table class="m"><thead>{head}</thead><tbody>
{rows}</tbody></table>
<p class="foot">Merriton Children's Social Care: 01796 330 800 &middot; Skelbrook Children's Social Care: 01796 512 400 &middot;
Out of hours (both areas): 01796 330 999 &middot; Early Help Hub: earlyhelphub@merriton-skelbrook.org.uk</p>
</body></html>"""
    path = os.path.join(SRC, SLUG + ".html")
    open(path, "w").write(html)
    print_file(path, os.path.join(PDF, SLUG + ".pdf"), headers=False)


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
