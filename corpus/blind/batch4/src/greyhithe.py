"""greyhithe: level_per_page_web, Chromium with its own header/footer. Levels A, B, C, D."""
import os, sys, re, shutil
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from webprint import serve_and_print

SLUG = "greyhithe"
META = dict(partnership="Greyhithe Safeguarding Children Partnership", authorities="Greyhithe",
            producer="chromium", layout_family="level_per_page_web", orientation="portrait",
            version="", version_date="2024-10-09")
HOST = "www.greyhithe.gov.uk"
BASE = "/children-and-families/safeguarding/threshold-guidance/"

LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         evidence="If a small need comes up, the school, nursery, GP or health visitor deals with it themselves, for example by giving advice, checking in more often or arranging a follow-up."),
    dict(label="Level 2", name="Early Help", maps_to="B",
         evidence="The Greyhithe Family Help Hub reviews the request, offers advice and, where the family agrees, allocates a family worker to lead an Early Help Assessment and a Team Around the Family plan."),
    dict(label="Level 3", name="Children in Need", maps_to="C",
         evidence="A social worker will complete a Child and Family Assessment and, if the child is assessed as a child in need under section 17 of the Children Act 1989, will lead a child in need plan."),
    dict(label="Level 4", name="Child Protection", maps_to="D",
         evidence="The Front Door will hold a strategy discussion with the police and health and decide whether to start a section 47 enquiry."),
]
SLUGS = {"Level 1": "level-1-universal", "Level 2": "level-2-early-help",
         "Level 3": "level-3-children-in-need", "Level 4": "level-4-child-protection"}

BOX = {
 "Level 1": ["Children at Level 1 are doing well. Their needs are met by their parents and carers and by the "
             "services that are open to every family, such as schools, early years settings, GP practices and "
             "health visitors.", LEVELS[0]["evidence"] + " No referral to another service is needed."],
 "Level 2": ["Children at Level 2 have needs that a single service cannot meet on its own. The family will "
             "benefit from a coordinated plan, and the family must agree to it.",
             "Complete the online Request for Early Help form. " + LEVELS[1]["evidence"]],
 "Level 3": ["Children at Level 3 have complex needs and are unlikely to reach or keep a reasonable standard of "
             "health or development without services from Children's Social Care.",
             "Contact the Greyhithe Front Door. " + LEVELS[2]["evidence"]],
 "Level 4": ["Children at Level 4 are suffering, or are likely to suffer, significant harm. If a child is in "
             "immediate danger, call the police on 999.",
             "Otherwise ring the Front Door straight away and follow up in writing within 24 hours. "
             + LEVELS[3]["evidence"]],
}

DATA = """
@Level 1
#Child's development
1 health_development | Minor health problems that are being treated by the GP
2 health_development | Some delay in speech, with the child waiting for a hearing test
1 bullying | Falling out with friends, or occasional teasing
2 attendance | Late for school a few times a term, or odd days of absence
#Parents and carers
2 parenting_capacity | Parents asking for advice about sleep, feeding or tantrums
2 domestic_violence | Parents have separated and there is some tension over contact arrangements
#Family and environment
2 housing | Cramped housing, with several children sharing a small bedroom
2 family_finances | A parent has recently lost their job
#What helps: protective factors
s | Good health and development
s | Regular attendance at school or nursery
s | Warm and stable relationships with parents or carers
s | Parents who ask for advice when they need it
s | A safe home with enough space
s | Friends and activities outside school

@Level 2
#Child's development
3 health_development | Health or development needs not being met despite advice from the health visitor
3 attendance | Attendance below 90% and falling, or one or more suspensions
3 bullying;child_mental_health | Being bullied, in person or online, and finding it hard to cope
3 child_mental_health | Anxiety, low mood or anger that is affecting relationships at home or school
3 substance_misuse | Young person drinking or using cannabis regularly
3 behaviour_offending | Early involvement in anti-social behaviour
#Parents and carers
3 parenting_capacity | Parents finding it hard to set boundaries, and the child's behaviour is escalating
3 neglect | Inconsistent basic care: child often unwashed, or without a coat or breakfast
3 physical_abuse | Parent uses smacking as a regular form of discipline
3 parental_mental_health | Parent's mental health difficulties are affecting the the child's routines
3 parenting_capacity | Young carer whose caring role is affecting their schooling
#Family and environment
3 domestic_violence | Frequent arguments between parents that the child is drawn into
3 domestic_violence | Parent has a history of domestic abuse in a previous relationship
3 housing;family_finances | Family at risk of eviction because of rent arrears
2 housing;health_development | Home in a poor state of repair that is affecting the children's health
3 family_finances | Debt and money worries putting a strain on family life

@Level 3
#Child's development
4 health_development | a disabled child whose needs cannot be met without specialist services;
4 attendance | persistent absence below 50%, or not on a school roll;
4 child_mental_health | serious mental health difficulties that are not improving with early help;
4 behaviour_offending | repeated offending or involvement with the Youth Justice Service;
4 bullying | severe and persistent bullying that has left the child isolated from their peers;
4 missing | going missing from home, even for short periods, on more than one occasion;
#Parents and carers
4 neglect | neglect of the child's basic needs that early help has not improved;
4 physical_abuse | frequent or unexplained minor injuries;
4 parental_mental_health | parent's mental illness means they are often unable to care for the child;
4 substance_misuse | parental substance misuse that is affecting the child's care and has not improved with support;
4 parenting_capacity | parents saying they can no longer cope and asking for the child to be looked after;
#Family and environment
4 domestic_violence | incidents of domestic violence, including where the police have been called;
4 housing | family homeless or about to lose their home;
4 housing | a 16 or 17 year old who is homeless and sofa surfing;
4 exploitation | concerns that a young person is at risk of exploitation, including county lines;
4 parenting_capacity | parent in custody, with no settled arrangements for the child's care.

@Level 4
#Child's development
6 self_harm | Suicide attempt or self-harm needing hospital treatment
5 self_harm | Repeated self-harm, including cutting, with suicidal thoughts, and parents not responding
5 sexual_abuse | Disclosure of sexual abuse by a child or young person
5 exploitation | Child being sexually or criminally exploited
5 missing;exploitation | Missing overnight on repeated occasions with no explanation
#Parents and carers
5 physical_abuse | Any bruising, marks or injury to a baby who is not yet mobile
6 physical_abuse | Serious physical injury, such as a fracture, burn or head injury, thought to be non-accidental
5 physical_abuse | Child says a parent has hit them and there are marks
4 physical_abuse | Use of an implement such as a belt or slipper to punish the child
5 neglect | Persistent neglect that puts the child's health or development at serious risk
5 emotional_abuse | Child is frightened of going home
5 substance_misuse;neglect | Parents too intoxicated to care for the child safely
#Family and environment
6 domestic_violence | Serious domestic violence incident in which the child was present and was hurt or threatened
5 domestic_violence | Domestic abuse that is persistent or escalating, including coercive control
6 domestic_violence | High-risk domestic abuse case referred to MARAC
5 housing | Home conditions that are a danger to the child, such as squalor or unsafe wiring
5 harmful_practices | A girl at risk of FGM
"""
ITEMS = parse(DATA)

CSS = """
@page { size: A4; margin: 14mm 10mm 14mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11.5px; color: #222; margin: 0; }
.mast { background: #00594f; color: #fff; padding: 10px 14px; display: flex; justify-content: space-between; align-items: center; }
.mast .logo { font-size: 19px; font-weight: bold; letter-spacing: .3px; }
.mast .search { background: #fff; color: #777; padding: 4px 10px; border-radius: 3px; font-size: 11px; width: 180px; }
.topnav { background: #e6efed; padding: 6px 14px; font-size: 11px; }
.topnav span { margin-right: 18px; }
.crumbs { font-size: 10.5px; color: #555; padding: 8px 14px; }
.crumbs a { color: #00594f; }
.wrap { display: grid; grid-template-columns: 150px 1fr 150px; gap: 18px; padding: 0 14px; }
nav.side ul { list-style: none; padding: 0; margin: 0; border-top: 3px solid #00594f; }
nav.side li { border-bottom: 1px solid #ccd; padding: 6px 4px; font-size: 11px; }
nav.side li.on { background: #e6efed; font-weight: bold; }
nav.side a { color: #00594f; text-decoration: none; }
h1 { font-size: 24px; color: #00594f; margin: 4px 0 10px; }
.box { background: #fff6d5; border-left: 6px solid #e5b400; padding: 8px 12px; margin-bottom: 12px; }
.box p { margin: 5px 0; }
h2 { font-size: 16px; color: #00594f; margin: 14px 0 4px; }
main ul { margin: 4px 0 8px 0; padding-left: 20px; }
main li { margin: 3px 0; break-inside: avoid; }
aside .otp { border: 1px solid #b9c9c6; background: #f4f8f7; padding: 8px 10px; font-size: 10.5px; }
aside .otp h3 { font-size: 12px; margin: 0 0 6px; }
aside .otp ul { padding-left: 14px; margin: 0; }
aside .otp li { margin: 3px 0; }
.updated { font-size: 10.5px; color: #555; border-top: 1px solid #ccc; margin-top: 16px; padding-top: 6px; }
.feedback { background: #e6efed; padding: 8px; font-size: 10.5px; margin-top: 8px; }
footer { margin-top: 18px; background: #2b2b2b; color: #ddd; font-size: 10px; padding: 10px 14px; }
footer span { margin-right: 16px; }
"""


def page_html(lv):
    lab = lv["label"]
    title = "%s \u2013 %s" % (lab, lv["name"])
    items = [i for i in ITEMS if i["level"] == lab]
    doms = []
    for i in items:
        if i["domain"] not in doms:
            doms.append(i["domain"])
    nav = "".join('<li%s><a href="%s%s/">%s \u2013 %s</a></li>' % (
        ' class="on"' if l["label"] == lab else "", BASE, SLUGS[l["label"]], l["label"], l["name"]) for l in LEVELS)
    nav = ('<li><a href="%s">Threshold guidance overview</a></li>' % BASE + nav +
           '<li><a href="#">Request for Early Help</a></li><li><a href="#">Contact the Front Door</a></li>'
           '<li><a href="#">Consent and information sharing</a></li>')
    otp = "".join('<li><a href="#d%d">%s</a></li>' % (k, esc(d)) for k, d in enumerate(doms)) + \
        '<li><a href="#next">What to do next</a></li>'
    body = ""
    for k, d in enumerate(doms):
        body += '<h2 id="d%d">%s</h2>\n<ul>\n' % (k, esc(d))
        body += "".join("<li>%s</li>\n" % esc(i["text"]) for i in items if i["domain"] == d)
        body += "</ul>\n"
    nxt = {"Level 1": "Keep supporting the family within your service and record what you have done. If needs grow, "
                      "talk to your safeguarding lead about an Early Help Assessment.",
           "Level 2": "Use the Request for Early Help form. The Family Help Hub aims to respond within five working days.",
           "Level 3": "Ring the Front Door on 020 8614 3300 and complete the multi-agency referral form within 24 hours.",
           "Level 4": "Do not delay. Ring the Front Door on 020 8614 3300, or the out of hours team on 020 8614 3999."}[lab]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{esc(title)} | Greyhithe Borough Council</title><link rel="stylesheet" href="/site.css"></head><body>
<div class="mast"><span class="logo">Greyhithe Borough Council</span><span class="search">Search this site</span></div>
<div class="topnav"><span>Home</span><span>Bins and recycling</span><span>Council tax</span><span>Children and families</span><span>Housing</span><span>Your council</span></div>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="#">Children and families</a> &gt; <a href="#">Safeguarding</a> &gt; <a href="{BASE}">Threshold guidance</a> &gt; {esc(title)}</div>
<div class="wrap">
<nav class="side"><ul>{nav}</ul></nav>
<main>
<h1>{esc(title)}</h1>
<div class="box">{''.join('<p>%s</p>' % esc(p) for p in BOX[lab])}</div>
<p>The examples below are a guide for practitioners. They are not a full list, and you should always think about the impact on the child and what the family's strengths are.</p>
{body}
<h2 id="next">What to do next</h2>
<p>{esc(nxt)}</p>
<p class="updated">Page last reviewed: 9 October 2024</p>
<div class="feedback">Was this page helpful? <u>Yes</u> / <u>No</u></div>
</main>
<aside><div class="otp"><h3>On this page</h3><ul>{otp}</ul></div></aside>
</div>
<footer><span>Accessibility</span><span>Cookies</span><span>Privacy notice</span><span>Contact us</span><span>&copy; Greyhithe Borough Council</span></footer>
</body></html>"""


def build():
    root = os.path.join(SRC, "greyhithe_site")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    open(os.path.join(root, "site.css"), "w").write(CSS)
    paths = []
    for lv in LEVELS:
        d = os.path.join(root, BASE.strip("/"), SLUGS[lv["label"]])
        os.makedirs(d)
        open(os.path.join(d, "index.html"), "w").write(page_html(lv))
        paths.append(BASE + SLUGS[lv["label"]] + "/")
    serve_and_print(root, HOST, paths, os.path.join(PDF, SLUG + ".pdf"))


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
