import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from weasyprint import HTML

SLUG = "ottersey"
META = dict(doc=SLUG, partnership="Ottersey Island Safeguarding Children Partnership",
            authorities="Ottersey Island Council", producer="weasyprint", layout_family="run_in_labels",
            orientation="portrait", version="2.1", version_date="2022-06")
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         desc="Most children on the island are at this level. Their needs are met by universal services, and where a small need emerges the school, GP, health visitor or youth service gives extra advice or support itself, without a referral to anyone else.",
         evidence="Their needs are met by universal services, and where a small need emerges the school, GP, health visitor or youth service gives extra advice or support itself, without a referral to anyone else."),
    dict(label="Level 2", name="Early Help", maps_to="B",
         desc="Children with additional needs who need a coordinated response. A request for support is made to the Ottersey Early Help Team, who will allocate a practitioner to complete an Early Help Assessment and lead a Team Around the Family; children's social care may give advice.",
         evidence="A request for support is made to the Ottersey Early Help Team, who will allocate a practitioner to complete an Early Help Assessment and lead a Team Around the Family; children's social care may give advice."),
    dict(label="Level 3", name="Complex", maps_to="C+D",
         desc="Children in need of statutory intervention by Children's Social Care. This includes children in need whose development is likely to be significantly impaired without services (section 17) and children who are suffering or are likely to suffer significant harm, for whom a strategy discussion and section 47 enquiries will follow.",
         evidence="This includes children in need whose development is likely to be significantly impaired without services (section 17) and children who are suffering or are likely to suffer significant harm, for whom a strategy discussion and section 47 enquiries will follow."),
]
STRENGTHS = ["Is healthy and meets developmental milestones", "Attends school regularly and enjoys learning",
             "Has positive friendships", "Is cared for by parents who provide warmth and guidance",
             "Lives in a secure home with enough money for the family's needs"]
SPEC = """
= Level 1
1 hd | Minor health problems, such as eczema or asthma, that are under control
2 hd | Slight delay in reaching milestones, being monitored by the health visitor
1 bu | May be teased or left out by other children
1 dv | Parents are separating but are managing it amicably
2 ho | Housing in poor repair or damp, affecting the child's health
2 at | Some unauthorised absences from school
= Level 2
3 at | Persistent absence from school or a risk of exclusion
3 bu | Victim of bullying, with the child becoming withdrawn or not wanting to go to school
3 bu | Bullying of other children, in person or online
3 sh | Repeated self-harm of a minor nature
3 cmh | Emotional or behavioural difficulties that are affecting friendships or learning
3 su | Young person drinking or using cannabis
3 dv | Conflict between parents in which the child is drawn in
3 dv | A history of domestic abuse in the family
4 ho | Family is homeless or about to be made homeless
3 ho | Rent arrears, and the landlord has served notice
3 pc | Parents struggle to set boundaries or manage behaviour
3 pmh | Parent has a mental health difficulty that is affecting family life
3 ff | Serious debt or unemployment causing stress at home
= Level 3
4 sh | Self-harming and having suicidal thoughts
6 sh | Has attempted suicide or self-harmed in a life-threatening way
5 sh | Repeated, serious self-harm with no effective response from parents
4 bu | Severe or persistent bullying leading to the child refusing to leave the house
4 dv | Incidents of domestic violence in the home
5 dv | Persistent domestic violence with coercive control, the child at risk
6 dv | Domestic violence where a high risk has been identified and the case referred to MARAC
4 pa | Unexplained minor injuries that happen often
5 pa | Bruising or marks with an implausible explanation
5 pa | Any injury in a baby who is not mobile
6 pa | Fractures, burns or scalds resulting from an assault
4 ne | Poor hygiene and inadequate clothing that have persisted despite early help
5 ne | Left alone or unsupervised for long periods, at a young age
5 ho | Living in dangerous or unsanitary conditions
4 mi | Frequently goes missing from home
5 ex | Sexually or criminally exploited, or at high risk of exploitation
4 su | Parental substance misuse that prevents the child's needs being met
4 pmh | Serious parental mental illness affecting the child's care
5 sa | Sexual abuse disclosed or suspected
5 ea | Child is scapegoated, rejected or constantly criticised
4 at | Out of education for a long period (CME)
"""
ITEMS = parse(SPEC)


def build():
    lvd = by_level(ITEMS)
    defs = "".join(f"<p><b>{l['label']} ({l['name']}).</b> {esc(l['desc'])}</p>" for l in LEVELS)
    ind = ""
    leads = {"Level 1": "Universal services may respond to emerging needs such as:",
             "Level 2": "A child or family may need early help where there is, for example:",
             "Level 3": "A referral to Children's Social Care (the Ottersey Single Point of Contact) should be made where there is, for example:"}
    for l in LEVELS:
        if l["label"] == "Level 1":
            ind += (f"<p class='ri'><b>Level 1 (Universal).</b> Children at this level are likely to show the following:</p><ul class='str'>"
                    + "".join(f"<li>{esc(s)}</li>" for s in STRENGTHS) + "</ul><p>" + leads["Level 1"] + "</p>")
        else:
            ind += f"<p class='ri'><b>{l['label']} ({l['name']}).</b> {leads[l['label']]}</p>"
        ind += "<ol>" + "".join(f"<li>{esc(i['text'])}</li>" for i in lvd[l["label"]]) + "</ol>"
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2.3cm 2cm;
  @top-center {{ content: "Ottersey Island Safeguarding Children Partnership"; font: italic 8.5pt 'DejaVu Serif'; color: #666 }}
  @bottom-left {{ content: "Thresholds of Need – Version 2.1, June 2022"; font: 8pt 'DejaVu Serif' }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt 'DejaVu Serif' }} }}
@page:first {{ @top-center {{ content: none }} }}
body {{ font: 10.5pt/1.4 'DejaVu Serif', serif; text-align: justify; }}
h1 {{ font: bold 20pt 'DejaVu Sans'; color: #004d40; margin-top: 3cm }}
h2 {{ font: bold 13pt 'DejaVu Sans'; color: #004d40; margin-top: 16pt }}
ol {{ margin: 2pt 0 10pt 8pt; }} ol li {{ margin-bottom: 2pt }}
ul.str {{ margin: 2pt 0 6pt 8pt }}
p.ri {{ margin-top: 10pt }}
.contact {{ border: 1pt solid #004d40; padding: 8pt; margin-top: 14pt }}
</style></head><body>
<h1>Thresholds of Need</h1>
<p style="font-size:13pt">Guidance for practitioners working with children, young people and families on Ottersey Island</p>
<p>Version 2.1 &middot; June 2022 &middot; To be reviewed June 2024</p>
<h2>1. Introduction</h2>
<p>Working Together to Safeguard Children asks every safeguarding partnership to publish the criteria it uses to decide when a child needs help and what that help should be. On Ottersey Island we use three levels. They are not rigid boxes: a child's needs can change quickly, and practitioners should weigh what is going well for a family alongside what is worrying them.</p>
<p>Because the island is small, most families are known to more than one service. Please talk to each other early, and always ask what the child thinks.</p>
<h2>2. Levels of need</h2>
{defs}
<h2>3. Indicators at each level</h2>
<p>The examples below are a guide only. They are not a checklist, and a single indicator is rarely enough on its own to decide the level of need.</p>
{ind}
<h2>4. Getting help</h2>
<div class="contact"><b>Ottersey Single Point of Contact (SPOC)</b><br>Telephone 01632 960 880, Monday to Friday 8.30am to 5pm.<br>Emergency Duty Team (evenings and weekends) 01632 960 881.<br>If a child is in immediate danger, call the police on 999.</div>
</body></html>"""
    src = os.path.join(HERE, SLUG + ".html")
    open(src, "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    return [dict(kind="strength", level="Level 1", domain="", text=s) for s in STRENGTHS]


strs = build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], strs + ITEMS)
