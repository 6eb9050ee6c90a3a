"""Pellingham: procedures-manual chapter printed from a browser (chromium).
One table per level: caption, description row, then
'Example Indicators | Action and the Assessment Process | Services ...'."""
import os
from common import I, S, Gold, chromium_pdf, esc, HERE, PDF_DIR

SLUG = "pellingham"
META = dict(partnership="Pellingham Safeguarding Children Partnership",
            authorities="Pellingham City Council", producer="chromium",
            layout_family="browser_html_lists", orientation="portrait",
            version="5", version_date="2024-03")

LEVELS = [
    dict(label="Level 1", name="Universal – Children with No Additional Needs", maps_to="",
         evidence="These children and young people have no additional needs and their health and development are being met by their family and by the universal services available to all children."),
    dict(label="Level 2", name="Additional Needs – Early Help", maps_to="A",
         evidence="A practitioner from the service that knows the child best, usually the school, early years setting or health visiting team, takes the role of lead professional and completes an Early Help Assessment with the family; children's social care is not involved at this level."),
    dict(label="Level 3", name="Targeted Support", maps_to="C",
         evidence="Where needs are at this level a referral should be made to Children's Social Care through the Pellingham Front Door, and a social worker will lead a Child and Family Assessment under section 17 of the Children Act 1989."),
    dict(label="Level 4", name="Specialist – Children in Need of Protection", maps_to="D",
         evidence="These are children who are suffering, or are likely to suffer, significant harm, and for whom a strategy discussion and enquiries under section 47 of the Children Act 1989 will be needed."),
]

DESCRIPTION = {
 "Level 1": "These children and young people have no additional needs and their health and development are being met by their family and by the universal services available to all children. Practitioners should continue to support the family through their ordinary contact and be alert to any change.",
 "Level 2": "These are children with additional needs which are beginning to affect their progress, or whose needs are not yet clear. A practitioner from the service that knows the child best, usually the school, early years setting or health visiting team, takes the role of lead professional and completes an Early Help Assessment with the family; children's social care is not involved at this level. The aim is to tackle problems as soon as they appear rather than to wait for them to grow.",
 "Level 3": "These are children whose needs are complex, multiple or long-standing, and whose health or development is likely to be significantly impaired without the provision of services. Where needs are at this level a referral should be made to Children's Social Care through the Pellingham Front Door, and a social worker will lead a Child and Family Assessment under section 17 of the Children Act 1989. Other agencies remain involved and contribute to the child in need plan.",
 "Level 4": "These are children who are suffering, or are likely to suffer, significant harm, and for whom a strategy discussion and enquiries under section 47 of the Children Act 1989 will be needed. This level also includes children who need to be accommodated, children subject to a child protection plan and children who are looked after. Referrals must be made by telephone without delay.",
}
for l in LEVELS:
    assert l["evidence"] in DESCRIPTION[l["label"]], l["label"]

ACTION = {
 "Level 1": ["No assessment beyond the ordinary checks of each service is needed.",
             "Universal services should promote good outcomes, share information about local activities and the Family Hub offer, and notice early if a need begins to emerge."],
 "Level 2": ["Talk to the child and family and obtain consent to an Early Help Assessment.",
             "The lead professional convenes a Team Around the Family meeting if more than one service is needed and reviews the plan at least every eight weeks.",
             "Advice can be sought from the Early Help Consultation Line, but this does not transfer responsibility for the family.",
             "If needs escalate, or the plan is not making a difference, consider a referral at Level 3."],
 "Level 3": ["Discuss with your designated safeguarding lead and complete the Multi-Agency Referral Form (MARF). Consent should be sought unless doing so would place a child at risk.",
             "The Front Door will decide within one working day whether a Child and Family Assessment is needed.",
             "If the referral does not meet the threshold, the Front Door will advise on early help and may pass the case to the Family Support Service.",
             "The assessment will be completed within 45 working days and may lead to a child in need plan."],
 "Level 4": ["Telephone the Front Door immediately and follow up with a MARF within 24 hours. If a child is in immediate danger, call the police on 999.",
             "Do not seek consent where this would place the child or others at risk, or could prejudice a police investigation.",
             "A strategy discussion will be held and may lead to section 47 enquiries, an Initial Child Protection Conference, police protection or an emergency protection order.",
             "Agencies must contribute to the enquiries and attend meetings when asked."],
}
SERVICES = {
 "Level 1": ["Schools and early years settings", "GPs, midwives and health visitors", "School nursing", "Family Hubs", "Libraries, leisure and youth clubs", "Voluntary and faith groups"],
 "Level 2": ["All Level 1 services", "Educational psychology", "Speech and language therapy", "School counselling", "Parenting programmes", "Housing advice", "Citizens Advice and welfare rights", "Young carers project"],
 "Level 3": ["Children's Social Care (Assessment and Child in Need teams)", "CAMHS", "Youth Justice Service", "Children with Disabilities Team", "Family Support Service", "Adult mental health and substance misuse services"],
 "Level 4": ["Children's Social Care", "Police Child Abuse Investigation Team", "Paediatricians and the Sexual Assault Referral Centre", "Independent Domestic Violence Advisers and MARAC", "Legal services", "Adoption and fostering"],
}

# (level, list-style, [(domain heading, [items])])
TABLES = [
 ("Level 1", "p", [
  ("Health", [S("Physically well, with health checks and immunisations up to date."),
              S("Diet, hygiene and clothing are adequate.")]),
  ("Education and Learning", [S("Regular attendance at school or early years setting."),
                              S("Achieving key stages or developmental milestones.")]),
  ("Emotional and Behavioural Development", [S("Able to make and keep friendships."),
                                             S("Shows age-appropriate confidence and self-control.")]),
  ("Parenting Capacity", [S("Parents provide consistent care, warmth and boundaries."),
                          S("Child is protected from harm and danger.")]),
  ("Family and Environmental Factors", [S("Accommodation is stable and meets the family's needs."),
                                        S("Family is well connected to its community and wider relatives."),
                                        S("Parents have a stable income.")]),
 ]),
 ("Level 2", "p", [
  ("Health", [
    I("Missed health appointments, such as immunisations or developmental reviews.", "neglect;health_development", 2),
    I("Minor or occasional health problems which affect attendance.", "health_development;attendance", 2),
    I("Concerns about diet, e.g. the child is overweight or underweight.", "health_development", 2)]),
  ("Education and Learning", [
    I("Attendance falling below 95%, or the child is often late.", "attendance", 2),
    I("Speech and language difficulties; SEN support in school.", "health_development", 2),
    I("Reports being bullied; the school is managing this.", "bullying", 2)]),
  ("Emotional and Behavioural Development", [
    I("Low-level emotional difficulties, e.g. worries, poor sleep, low self-esteem.", "child_mental_health", 2),
    I("Low-level self-harm, for example superficial scratching, disclosed to a trusted adult.", "self_harm", 2),
    I("Early signs of anti-social behaviour or of mixing with older peers.", "behaviour_offending", 2),
    I("Experimenting with cigarettes, vapes or alcohol.", "substance_misuse", 2)]),
  ("Identity and Self-care", [
    I("Child occasionally arrives at school hungry or unkempt.", "neglect", 2)]),
  ("Parenting Capacity", [
    I("Parents need advice on routines, boundaries or managing behaviour.", "parenting_capacity", 2),
    I("Parent has mild depression or anxiety and is receiving treatment from the GP.", "parental_mental_health", 2),
    I("Occasional arguments between parents which the child overhears.", "domestic_violence", 2)]),
  ("Family and Environmental Factors", [
    I("Family living in overcrowded or damp accommodation.", "housing", 2),
    I("Rent arrears, or the family has received a notice seeking possession.", "housing;family_finances", 3),
    I("Low income or debt, including reliance on the food bank.", "family_finances", 2),
    I("Parent in prison or subject to a community order.", "other", 2)]),
 ]),
 ("Level 3", "li", [
  ("Health", [
    I("Chronic health condition or disability that is not being managed, with hospital appointments missed", "neglect;health_development", 4),
    I("Persistent head lice, dental decay or untreated conditions", "neglect", 4)]),
  ("Education and Learning", [
    I("Persistent absence (below 90%) or repeated suspensions", "attendance", 3),
    I("Permanently excluded or without a school place", "attendance", 4),
    I("Victim of bullying which has led to the child refusing to go to school", "bullying;attendance", 3)]),
  ("Emotional and Behavioural Development", [
    I("Self-harm together with emotional difficulties, where CAMHS are involved or a referral is needed", "self_harm;child_mental_health", 3),
    I("Mental health difficulties that significantly affect daily life", "child_mental_health", 4),
    I("Regular cannabis or alcohol use affecting school and relationships", "substance_misuse", 4),
    I("Missing from home on several occasions", "missing", 4),
    I("At risk of CSE or CCE, e.g. an older 'boyfriend', unexplained gifts", "exploitation", 4)]),
  ("Parenting Capacity", [
    I("Parent's mental health or substance misuse has a significant impact on the care of the child", "parental_mental_health;substance_misuse", 4),
    I("Harsh physical chastisement that has left marks", "physical_abuse", 4),
    I("Child is a young carer whose education or health is affected", "parenting_capacity;attendance", 4),
    I("Domestic abuse incidents between parents, with police called", "domestic_violence", 4),
    I("Parents struggle to meet the needs of a disabled child", "parenting_capacity;health_development", 3)]),
  ("Family and Environmental Factors", [
    I("Family is homeless and in bed and breakfast accommodation", "housing", 4),
    I("Unhygienic home conditions which put the child's health at risk", "neglect;housing", 4),
    I("Family characterised by conflict and chronic relationship difficulties", "domestic_violence", 4),
    I("Child is socially isolated because of harassment or racist abuse", "discrimination", 3)]),
 ]),
 ("Level 4", "p", [
  ("Health", [
    I("Non-accidental injury, including bruising, burns, bites or fractures.", "physical_abuse", 6),
    I("Bruising or marks on a non-mobile baby.", "physical_abuse", 5),
    I("Faltering growth with no medical cause, or serious medical neglect.", "neglect", 5),
    I("Fabricated or induced illness.", "health_development", 5)]),
  ("Emotional and Behavioural Development", [
    I("Life-threatening self-harm or a suicide attempt.", "self_harm", 6),
    I("Sexually exploited, or involved in county lines drug running.", "exploitation", 5),
    I("Disclosure of sexual abuse by a family member or other adult.", "sexual_abuse", 5),
    I("Frequently missing and at serious risk when away from home.", "missing", 5),
    I("Relationships with peers have broken down and the child is being seriously harmed.", "bullying", 5)]),
  ("Parenting Capacity", [
    I("Persistent domestic abuse which puts the child at risk of significant harm.", "domestic_violence", 5),
    I("A serious domestic violence incident in which the child was injured or threatened.", "domestic_violence;physical_abuse", 6),
    I("A parent's mental illness or substance misuse places the child at immediate risk.", "parental_mental_health;substance_misuse", 6),
    I("Child is rejected, scapegoated or persistently belittled.", "emotional_abuse", 5),
    I("Child says a parent or carer has hit or hurt them.", "physical_abuse", 5)]),
  ("Family and Environmental Factors", [
    I("Young person has been thrown out of the family home.", "housing", 6),
    I("Living in squalid conditions which are a danger to the child.", "housing;neglect", 5),
    I("Risk of FGM, forced marriage or honour-based abuse.", "harmful_practices", 5),
    I("Child is exposed to extremist views and at risk of radicalisation.", "radicalisation", 4)]),
 ]),
]

CSS = """
@page { size: A4; margin: 13mm 12mm 14mm 12mm;
  @top-left { content: "08/04/2024, 14:37"; font-size: 7.5pt; font-family: 'DejaVu Sans'; color: #444; }
  @top-center { content: "Continuum of Need and Threshold Guidance"; font-size: 7.5pt; font-family: 'DejaVu Sans'; color: #444; }
  @bottom-left { content: "https://www.pellinghamscp.org.uk/procedures/p_continuum_need.html"; font-size: 7.5pt; font-family: 'DejaVu Sans'; color: #444; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 7.5pt; font-family: 'DejaVu Sans'; color: #444; } }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.5pt; color: #1a1a1a; line-height: 1.35; }
.top { border-bottom: 3px solid #5b2a86; padding-bottom: 4px; margin-bottom: 8px; }
.top .logo { display:inline-block; width: 34px; height: 34px; background:#5b2a86; color:#fff; font-weight:bold; text-align:center; line-height:34px; border-radius: 4px; margin-right: 8px; vertical-align: middle;}
.top .t { display:inline-block; vertical-align: middle; font-size: 12pt; color:#5b2a86; }
.size { font-size: 7.5pt; color: #666; float: right; }
h1 { font-size: 15pt; color: #5b2a86; margin: 10px 0; }
h2 { font-size: 12pt; color: #5b2a86; margin: 16px 0 6px 0; border-bottom: 1px solid #d9cce6; }
.amend { border: 1px solid #c9b6dc; background: #f6f1fa; padding: 6px 10px; margin: 8px 0; }
.amend b { color: #5b2a86; }
table.lvl { border-collapse: collapse; width: 100%; margin: 10px 0 18px 0; table-layout: fixed; }
table.lvl caption { caption-side: top; text-align: left; font-weight: bold; font-size: 11pt; color: #fff; background: #5b2a86; padding: 5px 7px; }
table.lvl td, table.lvl th { border: 1px solid #999; padding: 4px 9px; vertical-align: top; }
table.lvl th { background: #e9e0f1; text-align: left; font-size: 9pt; }
td.desc { background: #faf8fc; font-style: italic; }
td.ind p { margin: 0 0 5px 0; break-inside: avoid; }
td.ind p.dom { font-weight: bold; text-decoration: underline; margin-top: 8px; }
td.ind ul { margin: 0 0 4px 0; padding-left: 16px; }
td.ind li { margin-bottom: 3px; break-inside: avoid; }
td.act p { margin: 0 0 6px 0; }
td.srv ul { margin: 0; padding-left: 14px; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.5pt; color: #777; }
.foot .r { float: right; }
a { color: #5b2a86; }
.box { border: 2px solid #5b2a86; padding: 6px 10px; margin: 10px 0; }
"""


def build():
    g = Gold(SLUG, META, LEVELS, anchor="Table 1: Level 1")
    parts = []
    parts.append("""
<div class='top'><span class='logo'>P</span><span class='t'>Pellingham Safeguarding Children Partnership<br><small>Multi-Agency Safeguarding Procedures Manual</small></span>
<span class='size'>Size: A A A &nbsp; High visibility</span></div>
<h1>1.2.4 Continuum of Need and Threshold Guidance</h1>
<div class='amend'><b>AMENDMENT</b><br>In March 2024 this chapter was reviewed. Level 3 has been renamed Targeted Support
and the example indicators for exploitation, housing and online harm were updated. The Early Help Consultation
Line number in Section 6 was corrected.</div>
<h2>Contents</h2>
<ol>
<li><a>Introduction</a></li><li><a>Principles</a></li><li><a>Consent and Information Sharing</a></li>
<li><a>The Four Levels of Need</a></li><li><a>Using the Level Tables</a></li><li><a>Contacts</a></li>
<li><a>Step Up and Step Down</a></li></ol>
<h2>1. Introduction</h2>
<p>Working Together to Safeguard Children requires the safeguarding partners to publish a threshold document
setting out the local criteria for action in a way that is transparent, accessible and easily understood. This
chapter is that document for Pellingham. It should be read alongside the chapters on Referrals, Early Help
Assessment and Child Protection Enquiries in this manual.</p>
<p>The guidance describes a continuum of need rather than a set of of fixed boxes. Children move along the continuum
as their circumstances change, and a child may have needs at more than one level at the same time. The example
indicators are there to support, not replace, professional judgement. They are examples only: the absence of an
indicator from a table does not mean that a concern is unimportant.</p>
<h2>2. Principles</h2>
<p>Practitioners in Pellingham agree to work to the following principles:</p>
<ul>
<li>the child's welfare is paramount and their wishes and feelings are sought and recorded;</li>
<li>help is offered as early as possible, and at the lowest level that will meet the child's needs safely;</li>
<li>families are treated as partners, and are told honestly what we are worried about and why;</li>
<li>universal services stay involved at every level, even when a specialist service is leading;</li>
<li>concerns about significant harm are never held back while early help is tried first.</li>
</ul>
<h2>3. Consent and Information Sharing</h2>
<p>Early help is voluntary, and the family's informed consent is needed before an Early Help Assessment is started
or information is shared with another service at Levels 2 and 3. Explain to the family what will be shared, with
whom and why, and record their decision. If a parent refuses consent at Level 3 and you remain worried that the
child's health or development will be significantly impaired, discuss this with your safeguarding lead and the
Front Door.</p>
<p>Where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm,
information must be shared without consent if seeking consent would place the child at increased risk. The reasons
for sharing without consent must be recorded.</p>
<h2>4. The Four Levels of Need</h2>
<p>The continuum has four levels. Each level is described in a table in Section 5, which gives the purpose of the
level, example indicators organised by the domains of the Assessment Framework, the action and assessment expected
and the services most likely to be involved. Level 3 was previously called Complex Needs; some older forms still
use that name.</p>
<h2>5. Using the Level Tables</h2>
<p>Read across the table for the level you think best describes the child's circumstances. If indicators from a
higher level are present, use the higher level. Remember that the impact on the child matters more than the
presence of a particular indicator.</p>
""")
    for n, (lev, style, groups) in enumerate(TABLES, 1):
        lab = lev + " – " + [l for l in LEVELS if l["label"] == lev][0]["name"]
        cells = []
        for dom, items in groups:
            if style == "p":
                html = f"<p class='dom'>{esc(dom)}</p>"
                for it in items:
                    g.add(it, lev, dom)
                    html += f"<p>{esc(it.text)}</p>"
            else:
                html = f"<p class='dom'>{esc(dom)}</p><ul>"
                for it in items:
                    g.add(it, lev, dom)
                    html += f"<li>{esc(it.text)}</li>"
                html += "</ul>"
            cells.append(html)
        act = "".join(f"<p>{esc(a)}</p>" for a in ACTION[lev])
        srv = "<ul>" + "".join(f"<li>{esc(s)}</li>" for s in SERVICES[lev]) + "</ul>"
        rows = ""
        for k, c in enumerate(cells):
            if k == 0:
                rows += (f"<tr><td class='ind'>{c}</td><td class='act' rowspan='{len(cells)}'>{act}</td>"
                         f"<td class='srv' rowspan='{len(cells)}'>{srv}</td></tr>")
            else:
                rows += f"<tr><td class='ind'>{c}</td></tr>"
        parts.append(f"""<table class='lvl'><caption>Table {n}: {esc(lab)}</caption>
<colgroup><col style='width:46%'><col style='width:31%'><col style='width:23%'></colgroup>
<tr><td class='desc' colspan='3'>{esc(DESCRIPTION[lev])}</td></tr>
<tr><th>Example Indicators</th><th>Action and the Assessment Process</th><th>Services which might be involved with children and families at this level</th></tr>
{rows}</table>""")
    parts.append("""
<h2>6. Contacts</h2>
<div class='box'><b>Pellingham Front Door (Children's Social Care)</b>: 01632 961 200, Monday to Friday 8.45am to 5pm<br>
<b>Emergency Duty Team</b> (evenings, weekends and bank holidays): 01632 961 999<br>
<b>Early Help Consultation Line</b>: 01632 961 230<br>
<b>Police</b>: 999 in an emergency, otherwise 101<br>
<b>Local Authority Designated Officer (LADO)</b>: 01632 961 245</div>
<h2>7. Step Up and Step Down</h2>
<p>Where an Early Help plan is not reducing the concerns, the lead professional should discuss the case with their
manager and, if needs have risen to Level 3 or 4, make a referral to the Front Door including the Early Help
Assessment and the plan. Where a social worker's involvement is ending, the social worker will hold a step-down
meeting with the family and the agency that will become lead professional, so that the family does not experience a
gap in support. Disagreements about the level of need should be resolved using the Resolving Professional
Differences (Escalation) procedure.</p>
<p style='font-size:8pt;color:#555'>Chapter 1.2.4 · Version 5 · Last reviewed March 2024 · Next review March 2026</p><p><a>End of chapter</a></p>
""")
    html = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Continuum of Need and Threshold Guidance</title>"
            f"<style>{CSS}</style></head><body>"
            "\n".join(parts) + "</body></html>")
    hp = os.path.join(HERE, SLUG + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    chromium_pdf(hp, os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
