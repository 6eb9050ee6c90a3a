import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from weasyprint import HTML

SLUG = "brackwater"
META = dict(doc=SLUG, partnership="Brackwater and Lode Safeguarding Children Partnership",
            authorities="Brackwater District Council;Lode Valley Borough Council", producer="weasyprint",
            layout_family="matrix_ruled", orientation="landscape", version="2", version_date="2023-11")
LEVELS = [
    dict(label="Green", name="", maps_to="", colour="#6fbf73",
         short="Children with no additional needs, whose needs are met by universal services.",
         evidence="Children with no additional needs, whose needs are met by universal services."),
    dict(label="Amber", name="", maps_to="B", colour="#f5b841",
         short="Early help coordinated by the Brackwater and Lode Family Support Service, with a lead practitioner and family plan.",
         evidence="Early help coordinated by the Brackwater and Lode Family Support Service, with a lead practitioner and family plan."),
    dict(label="Red", name="", maps_to="C", colour="#e0584f",
         short="Referral to Children's Social Care for a child in need assessment (s.17).",
         evidence="Referral to Children's Social Care for a child in need assessment (s.17)."),
    dict(label="Purple", name="", maps_to="D", colour="#8a5bb5",
         short="Significant harm: immediate referral, strategy discussion and s.47 enquiries.",
         evidence="Significant harm: immediate referral, strategy discussion and s.47 enquiries."),
]
SPEC = """
# Domestic abuse
= Green
+ Parents resolve disagreements calmly and respectfully
= Amber
2 dv | Parental conflict that the child is aware of
3 dv | Past history of domestic abuse, no current incidents
= Red
4 dv | Repeated incidents of DA reported to police, children present
4 dv | Controlling behaviour by one parent, with the child affected
= Purple
5 dv | Persistent DV with coercive control; child at risk of harm
6 dv;pa | Child injured or threatened during an incident of DV
# Parental mental health
= Green
+ Parents' mental health supports good care of the children
= Amber
3 pmh | Parental anxiety or depression with some effect on routines
= Red
4 pmh | Parent's mental illness means the child's needs are often unmet
= Purple
5 pmh;ea | Parent's psychosis or delusions include the child
# Substance misuse
= Amber
3 su | Parent's drinking occasionally affects care at weekends
3 su | Young person using cannabis at weekends
= Red
4 su | Parental drug use affecting the child's daily care
= Purple
5 su;ne | Parent regularly too intoxicated to care for a young child
# Self-harm and emotional health
= Green
+ Good emotional wellbeing; able to talk about feelings
= Amber
2 sh | Low-level self-harm, one episode, parents aware
3 cmh | Low self-esteem and withdrawal affecting school
= Red
4 sh | Self-harming with thoughts of suicide
4 cmh | Eating disorder or severe anxiety, awaiting CAMHS
= Purple
6 sh | Suicide attempt or life-threatening self-harm
# Housing
= Green
+ Stable, suitable housing
= Amber
2 ho | Overcrowded housing
3 ho | Temporary accommodation; tenancy at risk
= Red
4 ho | Family homeless or facing eviction
= Purple
5 ho;ne | Home conditions dangerous to the child; squalor
# Bullying and peer relationships
= Green
+ Has a good circle of friends
= Amber
2 bu | Victim of bullying
3 bu | Bullying others in school
= Red
4 bu | Persistent and severe bullying, including online
= Purple
5 bu | Peer relationships broken down, child seriously harmed
# Physical harm
= Amber
3 pa | Harsh physical chastisement, e.g. smacking
= Red
4 pa | Frequent minor injuries, explanation unclear
4 pa | Use of an implement to punish the child
= Purple
5 pa | Bruising on a non-mobile baby
5 pa | Clear allegation of physical harm by a carer
6 pa | Fractures, burns or scalds
# Neglect
= Green
+ Well cared for; clean and appropriately dressed
= Amber
3 ne | Poor hygiene or missed health appointments
= Red
4 ne | Regularly hungry or left unsupervised
= Purple
5 ne | Persistent neglect with impact on growth and health
# Exploitation and missing
= Amber
3 mi | Staying out late without permission
= Red
4 mi;ex | Missing from home, returned by police
4 ex | Older associates, unexplained money or phone
= Purple
5 ex | Known CSE or CCE, county lines
# Education
= Green
+ Regular attendance, good progress
= Amber
3 at | Persistent absence or fixed-term exclusions
= Red
4 at | Child missing education (CME) or NEET
"""
ITEMS = parse(SPEC)


def build():
    rows = []
    for it in ITEMS:
        if not rows or rows[-1][0] != it["domain"]:
            rows.append((it["domain"], {l["label"]: [] for l in LEVELS}))
        rows[-1][1][it["level"]].append(it)
    head = "".join(f'<th style="background:{l["colour"]}">{l["label"]}</th>' for l in LEVELS)
    desc = "".join(f'<td class="desc">{esc(l["short"])}</td>' for l in LEVELS)
    body = ""
    for dom, cells in rows:
        tds = ""
        for l in LEVELS:
            tds += "<td>" + "".join(f"<p>{esc(i['text'])}</p>" for i in cells[l["label"]]) + "</td>"
        body += f'<tr><th class="rf">{esc(dom)}</th>{tds}</tr>'
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 1.6cm 1.4cm 1.5cm;
  @top-left {{ content: "Brackwater and Lode Safeguarding Children Partnership"; font: 8pt 'DejaVu Sans'; color:#555 }}
  @top-right {{ content: "Multi-agency Risk Matrix v2 – November 2023"; font: 8pt 'DejaVu Sans'; color:#555 }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans' }} }}
body {{ font: 9pt 'DejaVu Sans', sans-serif; }}
h1 {{ font-size: 17pt; color: #3b2a63; margin: 0 0 4pt }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.8pt solid #333; padding: 3pt 4pt; vertical-align: top; }}
thead th {{ font-size: 10.5pt; }}
td {{ width: 21%; hyphens: auto; }}
td p {{ margin: 0 0 4pt }}
td.desc {{ font-style: italic; background: #f0f0f0; font-size: 8pt }}
th.rf {{ text-align: left; width: 12%; background: #e8e4f0 }}
tr {{ page-break-inside: avoid }}
.box {{ border: 1pt solid #3b2a63; padding: 6pt; margin: 8pt 0; background: #f6f3fb }}
</style></head><body>
<h1>Multi-agency Risk Matrix</h1>
<p><b>Brackwater and Lode Safeguarding Children Partnership</b> &middot; Version 2 &middot; November 2023</p>
<p>This matrix sets out, for the most common risk factors, the kind of situation professionals may see at each colour band. It should be read alongside the partnership's Effective Support guidance and used to inform, not replace, professional judgement. Consider the cumulative effect of several risk factors, and what the family does well: the Green column shows protective factors.</p>
<div class="box">Worried about a child? Brackwater and Lode Children's Gateway: 01632 960 733. Out of hours: 01632 960 000. In an emergency dial 999.</div>
<table><thead><tr><th class="rf">Risk factor</th>{head}</tr>
<tr><td class="desc"></td>{desc}</tr></thead><tbody>{body}</tbody></table>
<p style="margin-top:8pt;font-size:8pt">The examples are not exhaustive. Where several Amber factors are present together, consider whether the child's needs are better met at Red.</p>
</body></html>"""
    src = os.path.join(HERE, SLUG + ".html")
    open(src, "w").write(html)
    HTML(string=html, base_url=HERE).write_pdf(os.path.join(PDF, SLUG + ".pdf"))


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
