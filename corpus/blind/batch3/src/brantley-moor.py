"""Brantley Moor - matrix_unruled, WeasyPrint landscape. Universal (blank), Early Help A, Targeted B+C, Specialist D."""
import html, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "brantley-moor"
ann = Ann(SLUG)
E = html.escape
COLS = ["Universal", "Early Help", "Targeted", "Specialist"]

DEFS = [
 ("Universal", "", "Children and young people who are thriving, whose needs are met by their families and by the services available to all children. No additional support is required."),
 ("Early Help", "A", "Children with emerging needs that can be met by one agency, or by two or three agencies working together. The school, early years setting or health practitioner who knows the family leads, using an Early Help Assessment; children's social care is not involved."),
 ("Targeted", "B+C", "Children with multiple or complex needs. Support is provided through the Targeted Family Help team or, where needs are complex enough that the child is likely to be a child in need, through a Child and Family Assessment by a social worker under section 17."),
 ("Specialist", "D", "Children who are suffering, or are at risk of suffering, significant harm and who need protection. A referral is made to the MASH, a strategy discussion is held and section 47 enquiries may follow; some children will need to be looked after."),
]
EVID = {
 "Universal": "No additional support is required.",
 "Early Help": "The school, early years setting or health practitioner who knows the family leads, using an Early Help Assessment; children's social care is not involved.",
 "Targeted": "Support is provided through the Targeted Family Help team or, where needs are complex enough that the child is likely to be a child in need, through a Child and Family Assessment by a social worker under section 17.",
 "Specialist": "A referral is made to the MASH, a strategy discussion is held and section 47 enquiries may follow; some children will need to be looked after.",
}

ROWS = [
 ("Domestic abuse and parental conflict", [
   ["Parents resolve disagreements without hostility || S"],
   ["Parents argue at times and the child is aware of it || domestic_violence 2",
    "Parents have separated and contact arrangements cause some tension || domestic_violence 2"],
   ["A history of domestic abuse with a previous partner || domestic_violence 3",
    "Verbal or physical conflict between parents that the child witnesses || domestic_violence 4",
    "Police called to a domestic incident when the child was not present || domestic_violence 4"],
   ["Repeated domestic abuse incidents with the child present or involved || domestic_violence 5",
    "Victim assessed as high risk and referred to MARAC || domestic_violence 6",
    "Pregnant woman experiencing domestic abuse || domestic_violence 5"]]),
 ("Self-harm and emotional wellbeing", [
   ["Generally happy and able to manage ordinary ups and downs || S"],
   ["Low mood or worries that are affecting sleep or concentration || child_mental_health 2",
    "Has self-harmed once, with no injury needing treatment || self_harm 2"],
   ["Repeated self-harm, e.g. cutting, with the child struggling emotionally || self_harm 3",
    "Diagnosed anxiety or depression needing CAMHS input || child_mental_health 3",
    "Talks about ending their life but has no plan || self_harm 4"],
   ["Suicide attempt or life-threatening self-harm || self_harm 6",
    "Self-harm is escalating and parents are unable or unwilling to keep the child safe || self_harm 5"]]),
 ("Housing", [
   ["Home is safe, warm and in reasonable repair || S"],
   ["Housing in poor repair, damp or overcrowded || housing 2",
    "Rent arrears building up || housing;family_finances 3"],
   ["Living in temporary or bed and breakfast accommodation || housing 3",
    "Family has been served notice and is likely to become homeless || housing 4"],
   ["Home conditions so poor that they present a danger to the child || housing 5",
    "Young person aged 16 or 17 thrown out of home with nowhere to go || housing 6"]]),
 ("Bullying and peer relationships", [
   ["Has positive friendships || S"],
   ["Falling out with friends; may be being bullied || bullying 1",
    "Experiencing some bullying, including online || bullying 2"],
   ["Bullying is affecting the child's attendance or mental health || bullying 3",
    "Is bullying other children and the school's measures have not worked || bullying 3"],
   ["Severe and persistent bullying; peer relationships have broken down and the child's safety is at risk || bullying 5"]]),
 ("Physical abuse", [
   ["Parents use age-appropriate, non-physical discipline || S"],
   ["Parent says they sometimes smack the child || physical_abuse 3"],
   ["Rough handling observed or reported; no injury || physical_abuse 3",
    "Frequent minor injuries with inconsistent explanations || physical_abuse 4"],
   ["Any bruise, mark or injury to a baby or non-mobile child || physical_abuse 5",
    "Child alleges they have been hit, kicked or hurt by an adult || physical_abuse 5",
    "Fractures, burns, bite marks or head injury suspected to be non-accidental || physical_abuse 6"]]),
 ("Neglect", [
   ["Clean, fed and dressed for the weather || S"],
   ["Some concerns about hygiene, diet or clothing || neglect 2"],
   ["Poor supervision for the child's age, e.g. often left in the care of older siblings || neglect 3",
    "Child is frequently hungry at school || neglect 4"],
   ["Chronic neglect with a serious impact on health and development || neglect 5",
    "Young child left at home alone || neglect 6"]]),
 ("Exploitation and missing", [
   ["Knows how to stay safe online and in the community || S"],
   ["Spending time with older young people the family do not know || exploitation 2"],
   ["Unexplained money, clothes or phones || exploitation 3",
    "Has gone missing overnight once or twice || missing 4"],
   ["Evidence of child sexual exploitation (CSE) or involvement in county lines || exploitation 5",
    "Regularly missing and found in other towns || missing;exploitation 5"]]),
 ("Substance misuse", [
   ["Parents do not misuse alcohol or drugs || S"],
   ["Young person experimenting with alcohol || substance_misuse 2",
    "Parent's drinking occasionally disrupts routines || substance_misuse 2"],
   ["Parental substance misuse that affects the care of the child || substance_misuse 4"],
   ["Child has taken drugs or alcohol belonging to a parent and needed hospital treatment || substance_misuse;neglect 6"]]),
 ("Parental mental health", [
   ["Parents are in good mental health or manage their condition well || S"],
   ["Parent has mild depression and is supported by their GP || parental_mental_health 2"],
   ["Parent's mental ill health is affecting the child's routines and emotional wellbeing || parental_mental_health 3"],
   ["Parent's mental illness includes thoughts of harming the child || parental_mental_health 6"]]),
 ("Education and attendance", [
   ["Attends school regularly and is making progress || S"],
   ["Attendance below 95% or frequently late || attendance 2"],
   ["Attendance below 85%, or at risk of permanent exclusion || attendance 3",
    "Electively home educated, with some concerns about the child's welfare || attendance 3"],
   ["Child missing education and whereabouts unknown || missing;attendance 5"]]),
]

CSS = """
@page { size: A4 landscape; margin: 16mm 12mm 14mm 12mm;
  @top-left { content: "Brantley Moor Safeguarding Children Partnership – Threshold Matrix"; font: 8pt 'DejaVu Sans'; color: #666; }
  @top-right { content: "Issue 4, June 2022"; font: 8pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; color: #666; } }
body { font-family: 'DejaVu Sans'; font-size: 8.3pt; line-height: 1.25; color: #111; hyphens: auto; }
h1 { font-size: 20pt; color: #5a2d82; margin: 0 0 2mm; }
h2 { font-size: 13pt; color: #5a2d82; margin: 5mm 0 2mm; }
.lead { font-size: 10pt; }
.defs { display: flex; gap: 5mm; margin-top: 3mm; }
.defs div { flex: 1; font-size: 9pt; }
.defs h3 { font-size: 11pt; margin: 0 0 1.5mm; padding: 1.5mm 2mm; color: #fff; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 9.5pt; padding: 2mm; color: #fff; }
td { vertical-align: top; padding: 1.2mm 2mm 2mm; }
td p { margin: 0 0 1.4mm; break-inside: avoid; }
td.rf { font-weight: bold; color: #5a2d82; width: 13%; }
tbody tr:nth-child(even) td { background: #f6f3f9; }
.c0 { background: #6a9e4f; } .c1 { background: #c9a227; } .c2 { background: #d9752a; } .c3 { background: #b8322f; }
.matrix { break-before: page; }
.note { font-size: 8.5pt; margin-top: 3mm; color: #333; }
"""

def build():
    parts = ['<h1>Threshold Matrix</h1><p class="lead">Brantley Moor Safeguarding Children Partnership &nbsp;·&nbsp; Risk factors at each level of need &nbsp;·&nbsp; Issue 4, June 2022</p>',
             "<p>This matrix helps practitioners in all agencies decide what level of support a child or young person may need. Read across each row from left to right: the descriptors become more serious as they move towards the Specialist column. The matrix is an aid to professional judgement, not a substitute for it, and should always be considered together with the child's age, any disability and the strengths and protective factors in the family.</p>",
             "<h2>Levels of need</h2><div class=\"defs\">"]
    for i, (lab, maps, desc) in enumerate(DEFS):
        ann.level(lab, "", maps, EVID[lab])
        parts.append('<div><h3 class="c%d">%s</h3><p>%s</p></div>' % (i, lab, E(desc)))
    parts.append("</div>")
    parts.append('<p class="note">Where a child is at immediate risk of harm, contact Brantley Moor MASH on 01632 962 300 or, out of hours, the Emergency Duty Team on 01632 962 399. If a crime is in progress, call 999.</p>')
    parts.append('<p class="note">Consent: Early Help and Targeted support are voluntary and need the family\'s agreement. Consent should be sought for a referral at Specialist level unless this would put the child at greater risk.</p>')
    parts.append('<div class="matrix"><table><thead><tr><th class="c3" style="background:#5a2d82">Risk factor</th>' +
                 "".join('<th class="c%d">%s</th>' % (i, c) for i, c in enumerate(COLS)) + "</tr></thead><tbody>")
    for rf, cells in ROWS:
        parts.append('<tr><td class="rf">%s</td>' % E(rf))
        for lab, cell in zip(COLS, cells):
            ps = []
            for it in cell:
                ann.add(it, lab, rf, min_page=2)
                ps.append("<p>%s</p>" % E(display(it)))
            parts.append("<td>%s</td>" % "".join(ps))
        parts.append("</tr>")
    parts.append("</tbody></table></div>")
    doc = '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Threshold Matrix</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(parts))
    hp = os.path.join(SRCDIR, SLUG + ".html"); open(hp, "w").write(doc)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf")
    HTML(hp).write_pdf(pdf)
    ann.meta = dict(partnership="Brantley Moor Safeguarding Children Partnership", authorities="Brantley Moor",
                    producer="weasyprint", layout_family="matrix_unruled", orientation="landscape",
                    version="Issue 4", version_date="2022-06")
    ann.finish(pdf)

build()
