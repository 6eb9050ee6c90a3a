"""Wendlecombe: issue-by-issue escalation table (weasyprint, landscape).
One row per issue; cells run Universal -> Universal Plus -> Partnership Plus -> Specialist."""
import os
from weasyprint import HTML
from common import I, S, Gold, esc, HERE, PDF_DIR

SLUG = "wendlecombe"
META = dict(partnership="Wendlecombe Safeguarding Children Partnership",
            authorities="Wendlecombe County Council", producer="weasyprint",
            layout_family="issue_escalation_table", orientation="landscape",
            version="2.1", version_date="2023-06")

DEF = [
 ("Universal", "Children whose needs are being met. They make good progress with the support of their families and the services open to all children, and no additional response is required.",
  "The family, with universal services", "Carry on as usual; share information about the Family Hub offer."),
 ("Universal Plus", "Children with an emerging or additional need that one service can meet. The school, health visitor, GP or other universal service offers extra support within its own resources and may complete an Early Help Assessment.",
  "The universal service that notices the need", "Talk to the family, agree a single-agency plan and review it."),
 ("Partnership Plus", "Children with multiple needs that need a coordinated, multi-agency response. An Early Help Assessment is completed and a Team Around the Family is coordinated through the Wendlecombe Early Help Hub, which may allocate a family practitioner.",
  "A lead practitioner, supported by the Early Help Hub", "Complete an Early Help Assessment with consent and send it to the Hub."),
 ("Specialist", "Children with complex needs or in need of protection. A referral to the Children's Advice and Duty Service (CADS) leads to an assessment by a social worker under section 17 (child in need) or section 47 (child protection) of the Children Act 1989.",
  "Children's social care", "Phone CADS on 01632 962 100 and complete the online referral within 24 hours."),
]
LEVELS = [
    dict(label="Universal", name="", maps_to="", evidence="They make good progress with the support of their families and the services open to all children, and no additional response is required."),
    dict(label="Universal Plus", name="", maps_to="A", evidence="The school, health visitor, GP or other universal service offers extra support within its own resources and may complete an Early Help Assessment."),
    dict(label="Partnership Plus", name="", maps_to="B", evidence="An Early Help Assessment is completed and a Team Around the Family is coordinated through the Wendlecombe Early Help Hub, which may allocate a family practitioner."),
    dict(label="Specialist", name="", maps_to="C+D", evidence="A referral to the Children's Advice and Duty Service (CADS) leads to an assessment by a social worker under section 17 (child in need) or section 47 (child protection) of the Children Act 1989."),
]
for l, d in zip(LEVELS, DEF):
    assert l["evidence"] in d[1]
LAB = [l["label"] for l in LEVELS]

ROWS = [
 ("Domestic abuse", [
   [S("Parents resolve disagreements without aggression."),
    I("Parents have separated amicably and arrangements for the child are working.", "domestic_violence", 1)],
   [I("Arguments between parents that the child is aware of.", "domestic_violence", 2),
    I("Parents in conflict over contact arrangements after separation.", "domestic_violence", 2)],
   [I("Parental conflict which draws the child in, e.g. the child is asked to pass messages or take sides.", "domestic_violence", 3),
    I("A history of domestic abuse in a previous relationship, with a new partner now in the household.", "domestic_violence", 3)],
   [I("Incidents of domestic abuse reported to the police, with the child in the home.", "domestic_violence", 4),
    I("Coercive and controlling behaviour by one parent, with the child at risk.", "domestic_violence", 5),
    I("High-risk case referred to MARAC, or a serious incident in which the child was hurt.", "domestic_violence;physical_abuse", 6)]]),
 ("Self-harm and suicidal thoughts", [
   [S("Child has trusted adults to talk to when upset."),
    I("Low mood following a bereavement or family change.", "child_mental_health", 1)],
   [I("A single episode of self-harm, disclosed to school staff, with parents supportive.", "self_harm", 2)],
   [I("Self-harm that is repeated, alongside anxiety or low mood.", "self_harm;child_mental_health", 3),
    I("Talks about wanting to hurt themselves.", "self_harm", 3)],
   [I("Self-harm with suicidal thoughts or a plan.", "self_harm", 4),
    I("Serious self-harm that parents are not responding to.", "self_harm", 5),
    I("Overdose, ligature or other life-threatening act.", "self_harm", 6)]]),
 ("Housing", [
   [S("Family lives in stable, suitable accommodation.")],
   [I("Home in poor repair, or damp affecting the child's health.", "housing", 2),
    I("Overcrowding, e.g. children sharing a bedroom with a parent.", "housing", 2)],
   [I("Rent arrears and the tenancy is at risk.", "housing;family_finances", 3),
    I("Family placed in temporary accommodation away from the child's school.", "housing", 3),
    I("Frequent house moves.", "housing", 3)],
   [I("Family homeless, or an eviction date has been set.", "housing", 4),
    I("Home conditions dangerous or squalid.", "housing;neglect", 5),
    I("Young person (16-17) thrown out by parents and sleeping rough.", "housing", 6)]]),
 ("Bullying", [
   [S("Has positive friendships."),
    I("Occasional falling out with friends.", "bullying", 1)],
   [I("Experiencing bullying, including online.", "bullying", 2),
    I("Bullying other pupils, managed through the school's behaviour policy.", "bullying", 3)],
   [I("Bullying that is affecting attendance or emotional wellbeing.", "bullying;attendance", 3)],
   [I("Severe or persistent bullying with a serious impact on the child's health.", "bullying", 4),
    I("Serious assault by peers, or threats to kill.", "bullying;physical_abuse", 6)]]),
 ("Physical abuse", [
   [S("Parents use consistent, non-physical discipline.")],
   [I("Parent admits smacking the child when stressed.", "physical_abuse", 3)],
   [I("Rough handling of the child seen once by a practitioner.", "physical_abuse", 3)],
   [I("Frequent minor injuries that are poorly explained.", "physical_abuse", 4),
    I("Physical chastisement with an implement, e.g. a belt.", "physical_abuse", 4),
    I("Any bruise or mark on a baby who is not mobile.", "physical_abuse", 5),
    I("Child discloses being hit by a parent or carer.", "physical_abuse", 5),
    I("Fractures, burns or scalds, or any injury needing medical treatment which may be non-accidental.", "physical_abuse", 6)]]),
 ("Neglect", [
   [S("Child is clean, fed and appropriately dressed.")],
   [I("Child sometimes arrives at school hungry or in unwashed clothes.", "neglect", 2)],
   [I("Repeated missed health or dental appointments.", "neglect;health_development", 3),
    I("Inadequate supervision, e.g. young children often left with older siblings.", "neglect", 3)],
   [I("Parents unable to meet basic care needs despite early help.", "neglect", 4),
    I("Persistent neglect of the child's basic needs, affecting growth or development.", "neglect", 5),
    I("Child left alone at home for long periods.", "neglect", 5)]]),
 ("Emotional wellbeing and mental health", [
   [S("Child is generally happy and copes with change.")],
   [I("Anxiety, worry or low self-esteem affecting friendships or learning.", "child_mental_health", 2)],
   [I("Emotional or behavioural difficulties needing CAMHS or school counselling.", "child_mental_health", 3),
    I("Eating difficulties affecting health.", "child_mental_health", 3)],
   [I("Severe mental health difficulties, e.g. psychosis or an eating disorder needing hospital treatment.", "child_mental_health", 4)]]),
 ("Parental mental health", [
   [S("Parents' own health does not affect their care of the child.")],
   [I("Parent experiencing postnatal low mood, supported by the health visitor.", "parental_mental_health", 2)],
   [I("Parental mental ill health affecting routines and the child's emotional wellbeing.", "parental_mental_health", 3)],
   [I("Parent's mental illness means the child's needs are not met and the child is at risk.", "parental_mental_health;neglect", 5),
    I("Parent expresses thoughts of harming the child.", "parental_mental_health;physical_abuse", 5)]]),
 ("Substance misuse", [
   [S("Parents' use of alcohol does not affect their care of the child.")],
   [I("Young person experimenting with alcohol or cannabis.", "substance_misuse", 2),
    I("Parental drinking occasionally affecting routines.", "substance_misuse", 2)],
   [I("Parental substance misuse affecting the child's attendance or care.", "substance_misuse;attendance", 3),
    I("Young person's regular drug use affecting education.", "substance_misuse", 4)],
   [I("Child or young person dependent on drugs or alcohol.", "substance_misuse", 4),
    I("Parent's drug or alcohol use places the child at risk of significant harm, e.g. drugs left within reach.", "substance_misuse", 5)]]),
 ("School attendance and exclusion", [
   [S("Attends school regularly and punctually.")],
   [I("Attendance between 90% and 95%.", "attendance", 2)],
   [I("Persistent absence below 90%.", "attendance", 3),
    I("Repeated suspensions or at risk of permanent exclusion.", "attendance", 3)],
   [I("Not in any education or training (NEET/CME) and parents not engaging.", "attendance", 4),
    I("Child missing education and whereabouts unknown.", "attendance;missing", 5)]]),
 ("Exploitation and going missing", [
   [S("Knows how to keep safe online and in the community.")],
   [I("Spending time with older peers; some concern about online contacts.", "exploitation", 2)],
   [I("Missing from home for short periods, or staying out late without explanation.", "missing", 3),
    I("Unexplained money, clothes or phones.", "exploitation", 3)],
   [I("Going missing overnight and found in other towns.", "missing;exploitation", 5),
    I("Involved in county lines or sexually exploited.", "exploitation", 5),
    I("Concerns about trafficking.", "exploitation", 5)]]),
 ("Sexual abuse and harmful sexual behaviour", [
   [S("Age-appropriate understanding of relationships and consent.")],
   [I("Sexualised language that is not in keeping with age.", "sexual_abuse", 2)],
   [I("Underage sexual activity with a peer of similar age.", "sexual_abuse", 3)],
   [I("Harmful sexual behaviour towards other children.", "sexual_abuse;behaviour_offending", 4),
    I("Child discloses sexual abuse.", "sexual_abuse", 5),
    I("Sexual activity involving a child under 13.", "sexual_abuse", 5)]]),
 ("Behaviour and offending", [
   [S("Behaves appropriately for age and understanding.")],
   [I("Low-level disruptive behaviour at school or at home.", "behaviour_offending", 2)],
   [I("Anti-social behaviour in the community, or a first police reprimand.", "behaviour_offending", 3)],
   [I("Persistent offending, or subject to a youth justice order.", "behaviour_offending", 4),
    I("Carrying a knife or other weapon.", "behaviour_offending", 5)]]),
 ("Family finances", [
   [S("Parents manage the household budget.")],
   [I("Family on a low income and finding it hard to afford uniform or activities.", "family_finances", 2)],
   [I("Debt, or benefit problems leading to use of food banks.", "family_finances", 2)],
   [I("No income, or no recourse to public funds, leaving the child without food or heating.", "family_finances;neglect", 4)]]),
]

HEAD_COL = ["#6aa84f", "#93c47d", "#f6b26b", "#cc4125"]

CSS = """
@page { size: A4 landscape; margin: 16mm 12mm 15mm 12mm;
  @top-left { content: "Wendlecombe Safeguarding Children Partnership"; font-size: 8pt; color: #555; }
  @top-right { content: "Thresholds by Issue – Version 2.1 – June 2023"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; }
  @bottom-left { content: "Review date: June 2025"; font-size: 8pt; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #111; }
h1 { font-size: 24pt; color: #2f4f6f; margin: 30mm 0 4mm 0; }
h2 { font-size: 13pt; color: #2f4f6f; margin: 10px 0 5px 0; }
.sub { font-size: 13pt; color: #555; }
.cover p { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
table.def td, table.def th { border: 1px solid #777; padding: 5px 6px; vertical-align: top; font-size: 9.5pt; }
table.esc { table-layout: fixed; }
table.esc th { color: #fff; padding: 5px; border: 1px solid #666; font-size: 10pt; }
table.esc th.issue { background: #2f4f6f; }
table.esc td { border: 1px solid #888; padding: 4px 9px; vertical-align: top; hyphens: auto; }
table.esc td.issue { font-weight: bold; background: #eef2f6; hyphens: manual; }
table.esc td p { margin: 0 0 4px 0; }
tr { break-inside: avoid; }
.arrow { text-align: center; font-size: 9pt; color: #555; margin: 4px 0; }
.pb { break-before: page; }
"""


def build():
    g = Gold(SLUG, META, LEVELS, anchor="Table 2: Escalation of need by issue")
    out = []
    out.append("""<div class='cover'><h1>Thresholds by Issue</h1>
<div class='sub'>How needs escalate from Universal to Specialist: a quick guide for practitioners</div>
<p style='margin-top:14mm'>Wendlecombe Safeguarding Children Partnership<br>Version 2.1 &nbsp;|&nbsp; June 2023<br>
To be read with the Wendlecombe Continuum of Need and Child Protection Procedures</p>
<p style='margin-top:30mm; font-size:9pt; color:#555'>Approved by the Safeguarding Partners' Executive, 8 June 2023.
Owner: Partnership Business Manager. Please check the Partnership website for the current version before use;
printed copies are uncontrolled.</p></div>""")
    rows = "".join(f"<tr><td style='background:{c};color:#fff;font-weight:bold;width:13%'>{esc(n)}</td><td style='width:45%'>{esc(d)}</td><td style='width:18%'>{esc(w)}</td><td>{esc(a)}</td></tr>"
                   for (n, d, w, a), c in zip(DEF, HEAD_COL))
    out.append(f"""<div class='pb'></div><h2>1. About this guide</h2>
<p>Most threshold guidance is organised by level. Practitioners told us that they usually start from the issue in
front of them: a disclosure of domestic abuse, a young person who has self-harmed, a family about to lose their
home. This guide turns the Continuum of Need on its side. Each row is an issue, and the cells show how concern
about that issue typically grows from left to right. The examples are illustrations, not criteria, and a
child's overall circumstances always matter more than a single row. Several moderate concerns together may
place a child in a higher column than any one of them alone.</p>
<p>If a child is in immediate danger, call 999. If you are unsure which column fits, talk to your safeguarding
lead or ring the CADS consultation line.</p>
<h2>Table 1: The four levels</h2>
<table class='def'><tr><th>Level</th><th>What it means</th><th>Who leads</th><th>What to do</th></tr>{rows}</table>
<div class='arrow'>Universal &rarr; Universal Plus &rarr; Partnership Plus &rarr; Specialist</div>
<p>Consent: early help at Universal Plus and Partnership Plus is voluntary and needs the family's agreement.
At Specialist level, consent to a referral should be sought unless doing so would put the child at greater risk
of harm, in which case record your reasons.</p>""")
    head = "<tr><th class='issue' style='width:13%'>Issue</th>" + "".join(
        f"<th style='background:{c}'>{esc(l)}</th>" for l, c in zip(LAB, HEAD_COL)) + "</tr>"
    body = []
    for r, (issue, cells) in enumerate(ROWS):
        tds = [f"<td class='issue'>{esc(issue)}</td>"]
        for k, items in enumerate(cells):
            texts = []
            for it in items:
                g.add(it, LAB[k], issue)
                texts.append(esc(it.text))
            if r % 2 == 0:
                tds.append("<td>" + "<br>".join(texts) + "</td>")
            else:
                tds.append("<td>" + "".join(f"<p>{t}</p>" for t in texts) + "</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    out.append(f"""<div class='pb'></div><h2>Table 2: Escalation of need by issue</h2>
<table class='esc'><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>
<h2>Contacts</h2>
<p>Children's Advice and Duty Service (CADS): 01632 962 100 (8.30am to 5pm), out of hours 01632 962 999.
Early Help Hub: 01632 962 150. Police: 999 in an emergency, 101 otherwise.</p>""")
    html = (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Thresholds by Issue</title>"
            f"<style>{CSS}</style></head><body>{''.join(out)}</body></html>")
    hp = os.path.join(HERE, SLUG + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    HTML(string=html, base_url=HERE).write_pdf(os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
