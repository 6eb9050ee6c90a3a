"""Thornwick Vale SCP - level_first, WeasyPrint. Levels A, A, B, C+D."""
import html, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "thornwick-vale"
ann = Ann(SLUG)
E = html.escape

LEVELS = [
 dict(num="2.1", label="Level 1", name="Universal", maps="A",
  means=["Most children in Thornwick Vale live in families who meet their needs, and they make good progress through the universal services that every child can use: maternity and health visiting, GPs, early years settings, schools and colleges, youth and leisure provision.",
         "Where a small or emerging need is noticed, the practitioner who already knows the child offers advice or a little extra support within their own service. No referral is needed and no other agency needs to become involved."],
  ev="Where a small or emerging need is noticed, the practitioner who already knows the child offers advice or a little extra support within their own service.",
  help=["Families can use universal services directly. Practitioners should share information about the Family Information Directory and local groups, and record any advice given in line with their own agency's procedures."],
  domains=[
   ("Child's developmental needs", [
     ("Health", ["Physically well, with immunisations and developmental checks up to date || S",
                 "Eats a balanced diet and is a healthy weight for their age || S"]),
     ("Education and learning", ["Attends school or nursery regularly and is making expected progress || S",
                 "Gets on well with other children and with staff || S"]),
     ("Emotional and behavioural development", ["Copes with ordinary changes and can talk about how they feel || S"]),
   ]),
   ("Parenting capacity", [
     ("Basic care, safety and warmth", ["Stable, affectionate relationships with parents or carers || S",
                 "Parents provide consistent routines and boundaries suited to the child's age || S",
                 "Parents keep the child safe and seek medical help when it is needed || S"]),
   ]),
   ("Family and environmental factors", [
     ("Family functioning", ["Parents manage disagreements calmly and without hostility || S",
                 "Family has friends and relatives they can call on || S"]),
     ("Housing, work and income", ["Family lives in safe, secure housing that meets their needs || S",
                 "Household income is enough to meet the family's needs || S"]),
   ]),
  ]),
 dict(num="2.2", label="Level 2", name="Early Help", maps="A",
  means=["Children at Level 2 have additional needs that are not being fully met by universal provision alone. Their needs can usually be met by the services that already know them, working together with the family.",
         "An Early Help Assessment is started by the practitioner who knows the child best, most often the school, nursery or health visitor, who then acts as lead professional. Children's social care is not involved at this level."],
  ev="An Early Help Assessment is started by the practitioner who knows the child best, most often the school, nursery or health visitor, who then acts as lead professional.",
  help=["Talk to the family about what you have noticed and seek their consent to complete an Early Help Assessment. Advice on completing the assessment and on running a Team Around the Family meeting is available from the locality Early Help Coordinator. Families can also ask for help themselves through the Family Hub."],
  domains=[
   ("Child's developmental needs", [
     ("Health", ["Missed immunisations, health checks or dental appointments || health_development 2",
                 "Some delay in speech and language that is not yet being addressed || health_development 2",
                 "Low-level self-harm, for example a single episode of scratching, disclosed to a trusted adult || self_harm 2",
                 "Experimenting with alchohol or cannabis || substance_misuse 2"]),
     ("Education and learning", ["School attendance between 90% and 95%, or a pattern of lateness || attendance 2",
                 "Being bullied, or falling out with friends in a way that is affecting confidence || bullying 2",
                 "Has had a fixed-term suspension, or is at risk of one || attendance 2"]),
     ("Emotional and behavioural development", ["Low mood or worry following a change such as a house move or bereavement || child_mental_health 2",
                 "Some challenging behaviour at home or at school || behaviour_offending 2",
                 "Young carer with caring tasks that are beginning to affect school work || parenting_capacity 2"]),
   ]),
   ("Parenting capacity", [
     ("Guidance and boundaries", ["Parents need advice on routines, boundaries or managing behaviour || parenting_capacity 2",
                 "Parents argue in front of the children; the child is aware of the conflict but is not drawn into it || domestic_violence 2"]),
     ("Emotional warmth and stability", ["Parent has low mood or anxiety that is being treated but has some effect on the child || parental_mental_health 2"]),
   ]),
   ("Family and environmental factors", [
     ("Housing, work and income", ["Housing is overcrowded or in poor repair and this is affecting the child's health, e.g. damp made worse by asthma || housing 2",
                 "Family has debts or a low income and uses the food bank from time to time || family_finances 2"]),
     ("Social and community resources", ["Family is isolated, new to the area and has few local connections || other 2"]),
   ]),
  ]),
 dict(num="2.3", label="Level 3", name="Targeted Early Help", maps="B",
  means=["At Level 3 children and families have several needs, or needs that are getting worse, and a coordinated multi-agency response is required to stop them escalating.",
         "The Thornwick Vale Family Support Service allocates a family practitioner who leads the Early Help plan with the family and the other agencies involved, with oversight from the Early Help Hub."],
  ev="The Thornwick Vale Family Support Service allocates a family practitioner who leads the Early Help plan with the family and the other agencies involved, with oversight from the Early Help Hub.",
  help=["Complete an Early Help Assessment (or update an existing one) and send it to the Early Help Hub with the family's consent. If you are unsure whether a child's needs are at Level 3 or Level 4, ring the Children's Front Door for a consultation before you refer."],
  domains=[
   ("Child's developmental needs", [
     ("Health", ["Repeated minor self-harm alongside worries about friendships or school || self_harm 3",
                 "Health appointments repeatedly missed and the child's health is starting to suffer || neglect 3",
                 "Regular use of alcohol or drugs that is affecting school or relationships || substance_misuse 3",
                 "Eating difficulties or weight loss that are causing concern || child_mental_health 3"]),
     ("Education and learning", ["Attendance below 90%, or repeated suspensions || attendance 3",
                 "Bullying that is affecting attendance, sleep or wellbeing || bullying 3",
                 "Bullying other children, including online || bullying 3",
                 "Young person aged 16 or 17 not in education, employment or training (NEET) || attendance 3"]),
     ("Emotional and behavioural development", ["Anxiety or low mood that affects daily life; may be on the waiting list for CAMHS || child_mental_health 3",
                 "Going missing for short periods and returning the same day || missing 3",
                 "Early signs of exploitation, e.g. new older friends, unexplained gifts or phone credit || exploitation 3"]),
   ]),
   ("Parenting capacity", [
     ("Guidance and boundaries", ["Parents struggle to set boundaries and the child's behaviour is escalating || parenting_capacity 3",
                 "Rough handling or harsh physical chastisement reported on one occasion, with no injury || physical_abuse 3"]),
     ("Emotional warmth and stability", ["Conflict between parents that draws the child in, e.g. the child tries to intervene or is asked to take sides || domestic_violence 3",
                 "A past history of domestic abuse in the family, the abusive partner no longer living in the home || domestic_violence 3",
                 "Parental drinking or drug use that at times affects the care of the child || substance_misuse 3"]),
   ]),
   ("Family and environmental factors", [
     ("Housing, work and income", ["Rent arrears and a notice seeking possession; the tenancy is at risk || housing 3",
                 "Family placed in temporary accommodation away from school and support networks || housing 3",
                 "Home is cluttered and unhygienic, with some impact on the child || neglect 3"]),
   ]),
  ]),
 dict(num="2.4", label="Level 4", name="Specialist: Children in Need and Children in Need of Protection", maps="C+D",
  means=["Level 4 is for children whose needs are complex or acute and who require a statutory response from Children's Social Care, either because their health or development is likely to be significantly impaired without services, or because they are suffering, or likely to suffer, significant harm.",
         "A social worker will lead a Child and Family Assessment under section 17 of the Children Act 1989; where there is reasonable cause to suspect significant harm a strategy discussion is held and enquiries are made under section 47."],
  ev="A social worker will lead a Child and Family Assessment under section 17 of the Children Act 1989; where there is reasonable cause to suspect significant harm a strategy discussion is held and enquiries are made under section 47.",
  help=["Make a referral to the Children's Front Door by telephone and follow it up in writing within 48 hours. If a child is in immediate danger call the police on 999. You do not need consent to refer where seeking it would place the child at greater risk."],
  domains=[
   ("Child's developmental needs", [
     ("Health", ["Self-harm with suicidal thoughts or plans || self_harm 4",
                 "Suicide attempt, or self-harm needing hospital treatment || self_harm 6",
                 "Faltering growth with no medical cause and parents not engaging with health services || neglect 5",
                 "Serious medical needs not being met, putting the child's health at risk || neglect 5",
                 "Serious mental health needs, e.g. psychosis or an eating disorder needing specialist treatment || child_mental_health 4"]),
     ("Education and learning", ["Child missing education (CME) and not on the roll of any school || attendance 4",
                 "Severe and persistent bullying that has led to the child refusing to go to school || bullying 4"]),
     ("Emotional and behavioural development", ["Frequently missing overnight, or found in places linked with exploitation || exploitation;missing 5",
                 "Known to be involved in county lines or other criminal exploitation (CCE) || exploitation 5"]),
   ]),
   ("Parenting capacity", [
     ("Basic care and ensuring safety", ["Any bruising or injury to a non-mobile baby || physical_abuse 5",
                 "Child says they have been hit by a parent or carer || physical_abuse 5",
                 "Fractures, burns or other serious injuries with no plausible explanation || physical_abuse 6",
                 "Physical chastisement using an implement || physical_abuse 4",
                 "Persistent neglect: the child is often hungry, unkempt or left without supervision || neglect 5",
                 "Parent's mental illness means they cannot keep the child safe || parental_mental_health 5"]),
   ]),
   ("Family and environmental factors", [
     ("Family functioning", ["Incidents of domestic abuse between parents while the child is in the home || domestic_violence 4",
                 "High-risk domestic abuse case heard at MARAC || domestic_violence 6"]),
     ("Housing, work and income", ["Family is homeless, or has been evicted and has nowhere to stay || housing 4",
                 "Young person aged 16 or 17 thrown out of the family home || housing 6",
                 "Home conditions are dangerous, e.g. exposed wiring or drugs paraphernalia within the child's reach || housing;neglect 5"]),
   ]),
  ]),
]

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Thornwick Vale Safeguarding Children Partnership"; font: 8pt 'Liberation Sans'; color: #555; }
  @top-right { content: "Continuum of Need v3.2"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; } }
@page :first { @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; hyphens: auto; color: #222; }
.cover { page-break-after: always; padding-top: 40mm; }
.cover .org { font-size: 14pt; color: #2b5d34; font-weight: bold; }
.cover h1 { font-size: 30pt; color: #2b5d34; margin: 18mm 0 4mm; line-height: 1.1; }
.cover .sub { font-size: 14pt; }
.cover .ver { margin-top: 60mm; font-size: 10pt; border-top: 2px solid #2b5d34; padding-top: 4mm; }
h2 { font-size: 15pt; color: #2b5d34; margin: 8mm 0 3mm; }
h3 { font-size: 14pt; color: #fff; background: #2b5d34; padding: 2mm 3mm; margin: 8mm 0 3mm; break-after: avoid; }
h4 { font-size: 11pt; color: #2b5d34; margin: 4mm 0 1mm; break-after: avoid; }
h5 { font-size: 10.5pt; margin: 4mm 0 1mm; border-bottom: 1px solid #9bb79f; break-after: avoid; }
h6 { font-size: 10pt; font-style: italic; font-weight: bold; margin: 2.5mm 0 0.5mm; break-after: avoid; }
ul { margin: 0 0 1mm 0; padding-left: 6mm; }
li { break-inside: avoid; margin-bottom: 0.6mm; }
.toc { page-break-after: always; }
.toc p { margin: 1.2mm 0; }
.toc a { color: #222; text-decoration: none; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
.toc .l2 { margin-left: 8mm; }
.box { border: 1.5px solid #2b5d34; background: #eef4ef; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.flow { text-align: center; margin: 4mm 0; }
.flow div { border: 1px solid #555; margin: 0 auto; width: 70%; padding: 2mm; background: #f7f7f7; }
.flow .arrow { border: none; background: none; padding: 0; font-size: 14pt; }
.lvl { break-before: page; }
"""

def intro():
    return """
<h2 id="s1">1. Introduction</h2>
<h4>1.1 Purpose of this guidance</h4>
<p>This guidance sets out how partners in Thornwick Vale understand and respond to the needs of children, young people and their families. It describes four levels of need and gives examples of the circumstances a practitioner might see at each level. It is not a checklist: children's lives rarely fit neatly into one box, and the indicators must be read alongside your professional judgement, the child's own account and what you know of the family's strengths.</p>
<p>Needs change over time. A family may move between levels, and a child may have needs at more than one level at once. Where you are unsure, talk to your agency's designated safeguarding lead or ring the Children's Front Door for a consultation.</p>
<h4>1.2 The legal framework</h4>
<p>Working Together to Safeguard Children requires the safeguarding partners to publish a threshold document setting out the criteria for early help, for assessment and services under section 17 of the Children Act 1989 (children in need) and for enquiries under section 47 (where there is reasonable cause to suspect a child is suffering or likely to suffer significant harm). This document meets that requirement for the Thornwick Vale partnership of the council, the integrated care board and Thornwick Vale Police.</p>
<h4>1.3 Consent and information sharing</h4>
<p>Early help is voluntary and depends on the family's agreement. At Levels 1 to 3 you should explain what you are worried about and seek consent before sharing information. At Level 4 consent should be sought unless doing so would place a child at increased risk of harm, would undermine a criminal investigation or would cause undue delay.</p>
<div class="box"><b>If a child is in immediate danger</b>, call the police on 999.<br/>
Children's Front Door (office hours): 01632 960 410<br/>Emergency Duty Team (evenings, weekends and bank holidays): 01632 960 499</div>
"""

def level_html(L):
    out = ['<div class="lvl"><h3 id="l%s">%s %s – %s</h3>' % (L["num"], L["num"], L["label"], E(L["name"]))]
    if L["num"] == "2.1":
        out[0] = out[0].replace('<div class="lvl">', '<div class="lvl"><h2 id="s2">2. The Levels of Need</h2><p>The four levels below are used by every agency in the partnership. Each level begins with a short explanation of what it means and how to get help, followed by examples arranged under the three domains of the Assessment Framework.</p>')
    ann.level(L["label"], L["name"], L["maps"], L["ev"])
    out.append("<h4>What this means</h4>" + "".join("<p>%s</p>" % E(p) for p in L["means"]))
    out.append("<h4>How to get help</h4>" + "".join("<p>%s</p>" % E(p) for p in L["help"]))
    for dom, subs in L["domains"]:
        out.append("<h5>%s</h5>" % E(dom))
        for sub, items in subs:
            out.append("<h6>%s</h6><ul>" % E(sub))
            for it in items:
                ann.add(it, L["label"], sub, min_page=3)
                out.append("<li>%s</li>" % E(display(it)))
            out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)

def closing():
    return """
<h2 id="s3" style="break-before: page">3. Moving between levels</h2>
<h4>3.1 Stepping up</h4>
<p>If the support in place is not making a difference, or new information suggests the child's needs have increased, the lead professional should review the plan with the family and, where needed, seek advice from the Early Help Hub or the Children's Front Door. Do not wait for a review meeting if a child may be at risk of significant harm.</p>
<h4>3.2 Stepping down</h4>
<p>When a Child in Need or Child Protection plan ends, the social worker will agree with the family and the partner agencies whether a Level 3 or Level 2 plan is needed, and who will be the lead professional. A step-down meeting should be held before the case is closed to Children's Social Care.</p>
<div class="flow">
<div>Practitioner has a concern about a child</div><div class="arrow">&#8595;</div>
<div>Talk to the family and to your designated safeguarding lead</div><div class="arrow">&#8595;</div>
<div>Use this guidance to consider the level of need</div><div class="arrow">&#8595;</div>
<div>Level 1–2: support within your service / Early Help Assessment<br/>Level 3: Early Help Hub<br/>Level 4: Children's Front Door</div>
</div>
<h4>3.3 Resolving professional disagreement</h4>
<p>Where practitioners disagree about the level of need or the response, they should follow the partnership's escalation policy, which is available on the Thornwick Vale SCP website. Disagreement should be resolved quickly and always with the child's safety in mind.</p>
<div class="box"><b>Document control</b><br/>Version 3.2, approved by the Thornwick Vale Safeguarding Children Partnership Executive, September 2023. Next review: September 2025.</div>
"""

def build():
    body = ["""<div class="cover"><div class="org">Thornwick Vale Safeguarding Children Partnership</div>
<h1>Continuum of Need</h1><div class="sub">Thresholds guidance for practitioners working with children, young people and families</div>
<div class="ver">Version 3.2 &nbsp;|&nbsp; September 2023<br/>Review date: September 2025</div></div>""",
    """<div class="toc"><h2>Contents</h2>
<p><a href="#s1">1. Introduction</a></p>
<p><a href="#s2">2. The Levels of Need</a></p>""" +
    "".join('<p class="l2"><a href="#l%s">%s %s – %s</a></p>' % (L["num"], L["num"], L["label"], E(L["name"])) for L in LEVELS) +
    """<p><a href="#s3">3. Moving between levels</a></p></div>""", intro()]
    body += [level_html(L) for L in LEVELS]
    body.append(closing())
    doc = '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Continuum of Need</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(body))
    hp = os.path.join(SRCDIR, SLUG + ".html"); open(hp, "w").write(doc)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf")
    HTML(hp).write_pdf(pdf)
    ann.meta = dict(partnership="Thornwick Vale Safeguarding Children Partnership", authorities="Thornwick Vale",
                    producer="weasyprint", layout_family="level_first", orientation="portrait",
                    version="3.2", version_date="2023-09")
    ann.finish(pdf)

build()
