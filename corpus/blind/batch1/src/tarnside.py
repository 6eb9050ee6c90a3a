"""Tarnside SCP: HTML printed by Chromium. Tiers described in a short list, then a Ref | Indicator | Tier
table, one row per indicator, grouped by domain. Every tier is named "Child in need of ..." (misleading)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, chromium_pdf, esc, PDF, SRC

SLUG = "tarnside"
g = Gold(SLUG, partnership="Tarnside Safeguarding Children Partnership",
         authorities="Tarnside Metropolitan Borough Council", producer="chromium",
         layout_family="ref_indicator_level_table", orientation="portrait",
         version="1.4", version_date="2023-04-03")

TIERS = [
    ("Tier 1", "Child in need of universal support",
     "The child's needs are met by universal services.",
     "The practitioner who sees the child, such as the class teacher, health visitor or GP, offers advice or a "
     "little extra help within their own service.", "A", 1),
    ("Tier 2", "Child in need of additional support",
     "A lead practitioner in a universal service (usually the school or health visitor) completes an Early Help "
     "Assessment and works with one or two other agencies; children's social care is not involved.", "", "A", 0),
    ("Tier 3", "Child in need of targeted support",
     "The Tarnside Early Help Team allocates a family worker who brings agencies together in a Team Around the "
     "Family and leads the plan.", "", "B", 0),
    ("Tier 4", "Child in need of specialist support or protection",
     "Referral to the Integrated Front Door for assessment by a social worker under section 17, or for section 47 "
     "enquiries where there is reasonable cause to suspect the child is suffering or is likely to suffer "
     "significant harm.", "", "C+D", 0),
]
for lab, name, s1, s2, maps, evi in TIERS:
    g.level(lab, name, maps, s2 if evi == 1 else s1)

DOMAINS = [
    ("H", "Health", [
        ("Child has not had routine immunisations and parents have not taken up offers", 2, "health_development", 2, "neglect"),
        ("Minor illness or dental decay not addressed", 1, "neglect", 2, "health_development"),
        ("Diagnosed disability with the family needing coordinated support", 3, "health_development", 3),
        ("Persistent failure to attend health appointments for a child with a serious condition", 4, "neglect", 4,
         "health_development"),
        ("Young person's use of drugs or alcohol is escalating", 3, "substance_misuse", 3),
        ("Injecting drug use or dependency in a young person", 4, "substance_misuse", 5),
        ("Concealed pregnancy or late booking in pregnancy", 3, "health_development", 3),
    ]),
    ("E", "Education and learning", [
        ("Attendance is below 95% and falling", 1, "attendance", 1),
        ("Attendance below 90% with no clear reason", 2, "attendance", 2),
        ("Persistant absence of more than 20%, or a pattern of suspensions", 3, "attendance", 3),
        ("Not on the roll of any school and not electively home educated (CME)", 4, "attendance", 4),
        ("Young person NEET and not engaging with support", 3, "attendance", 3),
    ]),
    ("EB", "Emotional and behavioural development", [
        ("Occasional worries or low mood, e.g. around exams or friendship changes", 1, "child_mental_health", 1),
        ("Has self-harmed once and parents are supportive", 2, "self_harm", 2),
        ("Self-harm continuing, with low mood and withdrawal from friends", 3, "self_harm", 3),
        ("Self-harm with suicidal ideation", 4, "self_harm", 4),
        ("Serious self-harm or an overdose requiring hospital treatment", 4, "self_harm", 6),
        ("Reported to be bullying younger pupils", 2, "bullying", 3),
        ("Being bullied, including via social media", 2, "bullying", 2),
        ("Persistent bullying causing the child to withdraw, miss school or talk about not wanting to live", 3,
         "bullying", 4, "self_harm"),
        ("Anti-social behaviour in the community; police warnings", 3, "behaviour_offending", 3),
        ("Charged with a serious offence, or subject to a youth justice order", 4, "behaviour_offending", 4),
        ("Sexualised language or behaviour that is unusual for the child's age", 3, "sexual_abuse", 3),
        ("Missing from home on one occasion", 2, "missing", 2),
        ("Regular missing episodes, sometimes overnight", 4, "missing", 4),
        ("Evidence of grooming or sexual exploitation", 4, "exploitation", 5),
        ("Found in possession of drugs or cash away from home area (possible county lines)", 4, "exploitation", 4),
        ("Expressing extremist views or accessing extremist material online", 3, "radicalisation", 3),
    ]),
    ("FR", "Family and social relationships", [
        ("Parents separating, with arrangements for the children agreed", 1, "domestic_violence", 1),
        ("Tension between parents that the child is aware of", 2, "domestic_violence", 2),
        ("Domestic abuse in the past; child displays anxiety or aggression", 3, "domestic_violence", 3),
        ("Domestic abuse incident(s) reported, assessed as standard or medium risk", 3, "domestic_violence", 4),
        ("Domestic abuse assessed as high risk, or the child has been harmed or threatened during an incident", 4,
         "domestic_violence", 6, "physical_abuse"),
        ("Child is caring for a parent with a disability or illness", 2, "parenting_capacity", 2),
        ("Relationship between child and parents has broken down; risk of the child becoming looked after", 4,
         "parenting_capacity", 4),
        ("Child is rejected, humiliated or blamed for family problems", 4, "emotional_abuse", 5),
    ]),
    ("PC", "Parenting capacity", [
        ("Parents seek advice about sleep, feeding or behaviour", 1, "parenting_capacity", 1),
        ("Inconsistent boundaries; the child is often out late", 2, "parenting_capacity", 2),
        ("Hygiene and clothing often poor; the child sometimes arrives at school hungry", 3, "neglect", 3),
        ("Child is smacked as a form of discipline", 3, "physical_abuse", 3),
        ("Bruising or marks that the child or parent cannot explain", 4, "physical_abuse", 5),
        ("Child reports being hit with an object, such as a belt or slipper", 4, "physical_abuse", 4),
        ("Any suspicious injury in a child under one", 4, "physical_abuse", 5),
        ("Young children left at home alone or in the care of an unsuitable adult", 4, "neglect", 5),
        ("Parent's depression or anxiety is affecting their capacity to care, and they are not accessing treatment",
         3, "parental_mental_health", 3),
        ("Parental alcohol or drug dependency impacting on the care of the child", 4, "substance_misuse", 4),
        ("Parent experiencing a psychotic episode while caring for the child alone", 4, "parental_mental_health", 5),
    ]),
    ("FE", "Family and environmental factors", [
        ("Accommodation in need of some repair", 1, "housing", 1),
        ("Overcrowded or damp housing affecting the child's health", 2, "housing", 2),
        ("Family at risk of eviction, or moving house repeatedly", 3, "housing", 3),
        ("Family homeless or in emergency accommodation", 3, "housing", 4),
        ("Living conditions are unsafe for a child, e.g. hoarding, drug paraphernalia, no working utilities", 4,
         "housing", 5, "neglect"),
        ("Low income or unemployment causing stress", 1, "family_finances", 2),
        ("Debt, benefit sanctions or reliance on food banks", 2, "family_finances", 2),
        ("Family subject to harassment or hate crime in the community", 3, "discrimination", 3),
        ("Concern that a girl may be taken abroad for FGM or marriage", 4, "harmful_practices", 5),
    ]),
]

PROTECTIVE = [
    "A trusted adult the child can talk to",
    "Parents who recognise the concern and accept help",
    "Support from grandparents or wider family",
    "Regular attendance at a school or setting where the child is known well",
    "Involvement in clubs, faith or community groups",
]

CSS = """
@page { size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-left { content: "Tarnside Safeguarding Children Partnership"; font: 8pt 'Liberation Sans'; color: #666; }
  @top-right { content: "Threshold Indicators \\2013  v1.4"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-left { content: "Issued 3 April 2023. Uncontrolled when printed."; font: 7.5pt 'Liberation Sans'; color:#666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color:#666; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 18pt; color: #0b4f6c; margin: 0 0 2mm; }
.sub { color: #333; font-size: 10.5pt; margin-bottom: 5mm; }
h2 { font-size: 12pt; color: #0b4f6c; margin: 5mm 0 2mm; }
ul.tiers { padding-left: 5mm; margin: 0; }
ul.tiers li { margin: 0 0 2mm; }
table.ind { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.ind th { background: #0b4f6c; color: white; text-align: left; padding: 4px 6px; font-size: 9pt; }
table.ind td { border: 0.6pt solid #9fb3bd; padding: 3px 6px; vertical-align: top; }
table.ind tr { break-inside: avoid; }
table.ind td.ref { width: 11mm; color: #333; }
table.ind td.tier { width: 11mm; text-align: center; font-weight: bold; }
table.ind tr.dom td { background: #dbe8ee; font-weight: bold; color: #0b4f6c; }
.t1 { color: #2e7d32; } .t2 { color: #9a7b00; } .t3 { color: #c25e00; } .t4 { color: #b71c1c; }
.box { border: 1pt solid #0b4f6c; background: #f2f7f9; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.box h3 { margin: 0 0 1.5mm; font-size: 10pt; color: #0b4f6c; }
.box ul { margin: 0; padding-left: 5mm; }
"""


def main():
    h = [f"<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>Tarnside threshold indicators"
         f"</title><style>{CSS}</style></head><body>"]
    h.append("<h1>Threshold indicators: quick reference</h1><div class='sub'>For practitioners in all agencies "
             "working with children, young people and families in Tarnside</div>")
    h.append("<p>This quick reference lists example indicators and the tier at which each would usually sit. It "
             "should be used alongside the full Tarnside Continuum of Need guidance and your own agency\u2019s "
             "safeguarding procedures. Indicators are examples only: consider how many there are, how long they "
             "have lasted and their impact on the child. Where indicators at different tiers are present, the "
             "highest will usually determine the response.</p>")
    h.append("<h2>The four tiers</h2><ul class='tiers'>")
    for lab, name, s1, s2, *_ in TIERS:
        h.append(f"<li><b>{lab}: {esc(name)}.</b> {esc(s1)}{(' ' + esc(s2)) if s2 else ''}</li>")
    h.append("</ul>")
    h.append("<p>To make a referral at Tier 4, telephone the Integrated Front Door on 0161 496 0730 and complete "
             "the online referral form within 24 hours. For Tier 3, use the Early Help Request form. In an "
             "emergency, call 999.</p>")
    h.append("<table class='ind'><thead><tr><th>Ref</th><th>Indicator</th><th>Tier</th></tr></thead><tbody>")
    for code, dom, items in DOMAINS:
        h.append(f"<tr class='dom'><td colspan='3'>{esc(dom)}</td></tr>")
        for i, (text, tier, iss, sev, *more) in enumerate(items, 1):
            g.ind(f"Tier {tier}", dom, text, iss, sev, *more)
            h.append(f"<tr><td class='ref'>{code}{i}</td><td>{esc(text)}</td>"
                     f"<td class='tier t{tier}'>{tier}</td></tr>")
    h.append("</tbody></table>")
    h.append("<div class='box'><h3>Protective factors to consider</h3><ul>")
    for p in PROTECTIVE:
        g.st("", "Protective factors to consider", p)
        h.append(f"<li>{esc(p)}</li>")
    h.append("</ul></div>")
    h.append("<p style='font-size:8pt;color:#555'>Document owner: TSCP Business Unit. Next review due April 2025.</p>")
    h.append("</body></html>")
    hp = os.path.join(SRC, SLUG + ".html")
    open(hp, "w").write("".join(h))
    chromium_pdf(hp, os.path.join(PDF, SLUG + ".pdf"))
    g.save()


if __name__ == "__main__":
    main()
