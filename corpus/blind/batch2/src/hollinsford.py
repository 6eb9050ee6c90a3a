"""Hollinsford: ruled landscape matrix (weasyprint), coloured header cells,
header row NOT repeated on continuation pages, sub-levels 3a / 3b, a B+C level."""
import os
from weasyprint import HTML
from common import I, S, Gold, esc, HERE, PDF_DIR

SLUG = "hollinsford"
META = dict(partnership="Hollinsford Safeguarding Children Partnership",
            authorities="Hollinsford City Council", producer="weasyprint",
            layout_family="matrix_ruled", orientation="landscape",
            version="1.3", version_date="2024-04")

KEY = [
 ("Level 1", "Universal", "#5b9bd5", "Children and young people who are achieving expected outcomes and whose needs are met by their parents and by universal services. There are no additional needs."),
 ("Level 2", "Early Help", "#70ad47", "Children with emerging needs that can be met by one agency, usually the universal service already involved, through an early help conversation and a single-agency plan."),
 ("Level 3a", "Targeted Early Help", "#ffc000", "Children with multiple needs requiring a multi-agency Early Help Assessment and a Team Around the Family, with a key worker from the Hollinsford Family Support Service."),
 ("Level 3b", "Complex Needs", "#ed7d31", "Children whose needs are complex and escalating. Cases at this level are discussed with the Hollinsford Front Door, which decides whether the Family Support Service continues to lead an intensive early help plan or whether a social worker completes a Child and Family Assessment under section 17."),
 ("Level 4", "Safeguarding", "#c00000", "Children who have suffered, or are likely to suffer, significant harm. A strategy discussion is held and enquiries are made under section 47 of the Children Act 1989; the child may need a child protection plan or to be accommodated."),
]
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="", evidence="There are no additional needs."),
    dict(label="Level 2", name="Early Help", maps_to="A", evidence="Children with emerging needs that can be met by one agency, usually the universal service already involved, through an early help conversation and a single-agency plan."),
    dict(label="Level 3a", name="Targeted Early Help", maps_to="B", evidence="Children with multiple needs requiring a multi-agency Early Help Assessment and a Team Around the Family, with a key worker from the Hollinsford Family Support Service."),
    dict(label="Level 3b", name="Complex Needs", maps_to="B+C", evidence="Cases at this level are discussed with the Hollinsford Front Door, which decides whether the Family Support Service continues to lead an intensive early help plan or whether a social worker completes a Child and Family Assessment under section 17."),
    dict(label="Level 4", name="Safeguarding", maps_to="D", evidence="A strategy discussion is held and enquiries are made under section 47 of the Children Act 1989; the child may need a child protection plan or to be accommodated."),
]
for l, k in zip(LEVELS, KEY):
    assert l["evidence"] in k[3]
LAB = [l["label"] for l in LEVELS]

ROWS = [
 ("Health and development", [
  [S("Healthy, with checks and immunisations up to date"), S("Meeting developmental milestones")],
  [I("Missed immunisations or health reviews", "neglect;health_development", 2),
   I("Mild speech and language delay", "health_development", 2)],
  [I("Developmental delay needing support from several services", "health_development", 3),
   I("Repeated missed appointments for a known health condition", "neglect;health_development", 3)],
  [I("Significant disability, with parents finding it increasingly hard to cope", "health_development;parenting_capacity", 4),
   I("Obesity or weight loss that is affecting the child's health and is not being addressed", "neglect;health_development", 4)],
  [I("Faltering growth caused by neglect", "neglect", 5),
   I("Fabricated or induced illness (FII)", "health_development", 5)]]),
 ("Emotional wellbeing and self-harm", [
  [S("Good emotional wellbeing and resilience")],
  [I("Low mood, worry or poor self-esteem", "child_mental_health", 2),
   I("Isolated self-harm, disclosed and managed with support", "self_harm", 2)],
  [I("Self-harm that is becoming a pattern", "self_harm", 3),
   I("Anxiety leading to school avoidance", "child_mental_health;attendance", 3)],
  [I("Self-harm with emotional difficulties, and the family unable to support the child", "self_harm;child_mental_health", 4),
   I("Suicidal thoughts", "self_harm", 4)],
  [I("Suicide attempt, or self-harm needing hospital treatment", "self_harm", 6),
   I("Severe self-harm where parents refuse help", "self_harm", 5)]]),
 ("Education and attendance", [
  [S("Regular attendance and good punctuality")],
  [I("Attendance 90-95%", "attendance", 2),
   I("Not making expected progress; SEN support", "health_development", 2)],
  [I("Persistent absence (below 90%)", "attendance", 3),
   I("Fixed-term suspensions", "attendance", 3)],
  [I("Attendance below 50%, or on a part-time timetable with no end date", "attendance", 4),
   I("Permanent exclusion", "attendance", 4)],
  [I("Child missing education and believed to be at risk", "attendance;missing", 5)]]),
 ("Behaviour, offending and exploitation", [
  [S("Positive behaviour and friendships")],
  [I("Challenging behaviour at home or school", "behaviour_offending", 2),
   I("Spending time with peers known for anti-social behaviour", "behaviour_offending", 2)],
  [I("Anti-social behaviour in the the community", "behaviour_offending", 3),
   I("Going missing for short periods", "missing", 3)],
  [I("Repeat missing episodes", "missing", 4),
   I("Early indicators of CCE or CSE", "exploitation", 3),
   I("Youth justice involvement", "behaviour_offending", 4)],
  [I("Child sexual or criminal exploitation (CSE/CCE)", "exploitation", 5),
   I("Trafficked or moved around the country", "exploitation", 5),
   I("Carrying weapons or involved in serious violence", "behaviour_offending", 5)]]),
 ("Family relationships and domestic abuse", [
  [S("Stable and affectionate family relationships")],
  [I("Parents separating, with some conflict the child is aware of", "domestic_violence", 2),
   I("Parent-child relationship under strain", "parenting_capacity", 2)],
  [I("Ongoing parental conflict affecting the child's emotional wellbeing", "domestic_violence", 3),
   I("Domestic abuse in the past, with the child showing some impact", "domestic_violence", 3)],
  [I("DA incidents, with the police called", "domestic_violence", 4),
   I("Child to parent violence", "behaviour_offending", 4)],
  [I("Persistent domestic abuse, or coercive control with the child at risk of significant harm", "domestic_violence", 5),
   I("MARAC-level (high-risk) domestic abuse", "domestic_violence", 6)]]),
 ("Parenting and basic care", [
  [S("Basic care, safety and boundaries provided consistently")],
  [I("Inconsistent routines and boundaries", "parenting_capacity", 2),
   I("Young carer", "parenting_capacity", 2)],
  [I("Poor hygiene or clothing, noticed by school on several occasions", "neglect", 3),
   I("Parent struggling with a disabled child's needs", "parenting_capacity;health_development", 3)],
  [I("Neglect of basic needs continuing despite early help", "neglect", 4),
   I("Parent's learning disability affecting care of the child", "parenting_capacity", 3)],
  [I("Child left without adequate food, warmth or supervision, at risk of significant harm", "neglect", 5),
   I("Abandonment", "neglect", 6)]]),
 ("Safety from harm", [
  [S("Child kept safe from harm and danger")],
  [I("Concern about occasional rough handling", "physical_abuse", 3)],
  [I("Smacking used routinely as punishment", "physical_abuse", 3)],
  [I("Physical chastisement with an implement", "physical_abuse", 4),
   I("Repeated minor injuries that are not fully explained", "physical_abuse", 4)],
  [I("Any bruising or injury on a non-mobile baby", "physical_abuse", 5),
   I("Fractures, burns, bite marks or other serious injury", "physical_abuse", 6),
   I("Disclosure of physical or sexual abuse", "physical_abuse;sexual_abuse", 5),
   I("Harmful sexual behaviour towards younger children", "sexual_abuse;behaviour_offending", 4)]]),
 ("Housing, employment and income", [
  [S("Stable home and adequate income")],
  [I("Damp or overcrowded home affecting health", "housing", 2),
   I("Low income and debt", "family_finances", 2)],
  [I("Rent arrears, with the tenancy at risk", "housing;family_finances", 3),
   I("Frequent moves between temporary addresses", "housing", 3)],
  [I("Family homeless or sofa surfing", "housing", 4),
   I("No recourse to public funds", "family_finances", 3)],
  [I("Young person thrown out of home", "housing", 6),
   I("Home conditions dangerous to the child", "housing;neglect", 5)]]),
 ("Substance misuse and parental mental health", [
  [S("Parents in good mental health and not misusing substances")],
  [I("Parent with mild anxiety or depression", "parental_mental_health", 2),
   I("Young person experimenting with alcohol", "substance_misuse", 2)],
  [I("Parental mental ill health or drinking affecting the child's routines", "parental_mental_health;substance_misuse", 3),
   I("Young person's regular cannabis use", "substance_misuse", 3)],
  [I("Parental substance misuse, with the child's needs regularly unmet", "substance_misuse;neglect", 4),
   I("Parent with serious mental illness, not engaging with treatment", "parental_mental_health", 4)],
  [I("Parent's drug or alcohol use or mental illness placing the child at immediate risk", "substance_misuse;parental_mental_health", 6)]]),
 ("Community, identity and bullying", [
  [S("Positive sense of identity and belonging")],
  [I("Being bullied", "bullying", 2),
   I("Some experience of discrimination", "discrimination", 2)],
  [I("Bullying affecting attendance or emotional health", "bullying;attendance", 3),
   I("Bullying others", "bullying", 3)],
  [I("Persistent bullying, with the child withdrawn and unable to attend school", "bullying;attendance", 4),
   I("Racist or homophobic harassment of the family", "discrimination", 3)],
  [I("Serious assault or threats from peers", "bullying;physical_abuse", 6),
   I("Risk of radicalisation, with the child expressing support for violent extremism", "radicalisation", 5),
   I("Risk of forced marriage or FGM", "harmful_practices", 5)]]),
]

CSS = """
@page { size: A4 landscape; margin: 12mm 10mm 13mm 10mm;
  @bottom-left { content: "Hollinsford Safeguarding Children Partnership  |  Levels of Need Matrix  |  Version 1.3  |  April 2024"; font-size: 7.5pt; color: #444; }
  @bottom-right { content: counter(page); font-size: 8pt; color: #444; } }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8pt; }
h1 { font-size: 20pt; color: #1f3864; margin: 0 0 2mm 0; }
.sub { font-size: 10pt; color: #444; margin-bottom: 5mm; }
table.key { border-collapse: separate; border-spacing: 3mm 0; width: 100%; margin: 0 -3mm; table-layout: fixed; }
table.key td { vertical-align: top; padding: 3mm; font-size: 8.5pt; border: 1px solid #999; }
table.key td .h { color: #fff; font-weight: bold; font-size: 10pt; padding: 2mm; margin: -3mm -3mm 2mm -3mm; }
p { margin: 0 0 2mm 0; font-size: 9pt; }
table.m { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.m td { border: 0.8pt solid #333; vertical-align: top; padding: 2.5pt 7pt 2.5pt 4pt; }
table.m td.hd { color: #fff; font-weight: bold; font-size: 9pt; text-align: center; }
table.m td.area { background: #d9e2f3; font-weight: bold; }
table.m ul { margin: 0; padding-left: 9pt; }
table.m li { margin: 0 0 2pt 0; }
tr { break-inside: avoid; }
.pb { break-before: page; }
"""


def build():
    g = Gold(SLUG, META, LEVELS, anchor="Area of need")
    keys = "".join(f"<td><div class='h' style='background:{c}'>{esc(lab)}<br>{esc(n)}</div>{esc(d)}</td>" for lab, n, c, d in KEY)
    rows = []
    hdr = "<tr><td class='hd' style='background:#1f3864;width:11%'>Area of need</td>" + "".join(
        f"<td class='hd' style='background:{c}'>{esc(lab)}<br>{esc(n)}</td>" for lab, n, c, d in KEY) + "</tr>"
    rows.append(hdr)
    for area, cells in ROWS:
        tds = [f"<td class='area'>{esc(area)}</td>"]
        for k, items in enumerate(cells):
            lis = []
            for it in items:
                g.add(it, LAB[k], area)
                lis.append(f"<li>{esc(it.text)}</li>")
            tds.append("<td><ul>" + "".join(lis) + "</ul></td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    html = f"""<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Levels of Need Matrix</title><style>{CSS}</style></head><body>
<h1>Hollinsford Levels of Need Matrix</h1>
<div class='sub'>Hollinsford Safeguarding Children Partnership &nbsp;·&nbsp; Version 1.3 &nbsp;·&nbsp; April 2024 &nbsp;·&nbsp; replaces the Continuum of Need (2020)</div>
<p>This matrix helps practitioners think about the level of need of a child and their family. It sets out examples of
what might be seen at each level for ten areas of a child's life. Use it alongside your professional judgement and the
Hollinsford Multi-Agency Safeguarding Procedures. The examples are not a checklist: consider how long a difficulty has
lasted, its impact on the child, and the strengths in the family. Level 3 is split in two. At Level 3a, early help is
coordinated by the Family Support Service. At Level 3b, needs are complex and the Front Door decides, with the family and the
professionals involved, which service should lead.</p>
<p>Where indicators appear at more than one level, use the highest that applies. If you think a child is at Level 4, do
not wait: ring the Front Door on 01632 964 020, or 999 if a child is in immediate danger.</p>
<table class='key'><tr>{keys}</tr></table>
<p style='margin-top:4mm'>Consent: Levels 2 and 3a are voluntary and need the family's informed consent. At Level 3b, seek consent to
a referral to the Front Door unless this would place the child at risk. At Level 4, information must be shared without
consent where this is needed to protect a child.</p>
<div class='pb'></div>
<table class='m'>{''.join(rows)}</table>
<p style='margin-top:3mm; font-size:8pt'>Front Door: 01632 964 020 (Mon-Fri 9am-5pm) &nbsp;|&nbsp; Emergency Duty Team: 01632 964 999 &nbsp;|&nbsp; Family Support Service: 01632 964 060 &nbsp;|&nbsp; Police: 999 / 101</p>
</body></html>"""
    hp = os.path.join(HERE, SLUG + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    HTML(string=html, base_url=HERE).write_pdf(os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
