"""Kelsborough - level_per_page_web, Chromium. Web pages per level; Level 1 no additional needs (blank), 2 B, 3 C, 4 D."""
import html, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

SLUG = "kelsborough"
ann = Ann(SLUG)
E = html.escape

OVERVIEW = [
 ("Level 1", "Universal", "", "level-1-universal",
  "Children whose needs are met by their family and by services available to everyone, such as schools, GPs and health visitors. There are no additional needs."),
 ("Level 2", "Early Help", "B", "level-2-early-help",
  "Children and families who need extra support. Help is coordinated by the Kelsborough Early Help Service, which allocates a family worker and agrees an early help plan with the family."),
 ("Level 3", "Complex Needs", "C", "level-3-complex-needs",
  "Children whose needs are complex and who are likely to need a social worker. Contact the Children's Gateway (MASH): a Child and Family Assessment will be carried out under section 17 of the Children Act 1989."),
 ("Level 4", "Acute Needs (Child Protection)", "D", "level-4-acute",
  "Children who are suffering, or are likely to suffer, significant harm. The Children's Gateway will hold a strategy discussion and enquiries may be made under section 47."),
]
EVID = {
 "Level 1": "There are no additional needs.",
 "Level 2": "Help is coordinated by the Kelsborough Early Help Service, which allocates a family worker and agrees an early help plan with the family.",
 "Level 3": "Contact the Children's Gateway (MASH): a Child and Family Assessment will be carried out under section 17 of the Children Act 1989.",
 "Level 4": "The Children's Gateway will hold a strategy discussion and enquiries may be made under section 47.",
}

# items: text || code ; a text may hold [link text] marked with [[...]] rendered as a link
PAGES = [
 ("Level 1", "Level 1 – Universal", "level-1-universal",
  "Children at Level 1 are doing well. Their needs are met by their parents or carers and by universal services. You do not need to make a referral. Children at this level are likely to:",
  [("Child development", ["be healthy and reach their developmental milestones || S",
                          "attend school regularly and enjoy learning || S",
                          "have friends and get on well with other children || S",
                          "be able to talk to an adult they trust about their worries || S"]),
   ("Parents and carers", ["have parents who provide warmth, routine and clear boundaries || S",
                          "be kept safe and well supervised for their age || S"]),
   ("Family and environment", ["live in a home that is warm, safe and in good repair || S",
                          "belong to a family that has support from friends, relatives or the local community || S"])]),
 ("Level 2", "Level 2 – Early Help", "level-2-early-help",
  "Children at Level 2 have needs that cannot be met by universal services alone. You may see one or more of the following. If you think a child's needs are at Level 2, talk to the family and contact the [[Early Help Service]].",
  [("Child development", ["Occasional self-harm, such as scratching, which the young person has talked about || self_harm 2",
                          "Emerging anxiety, low mood or low self-esteem || child_mental_health 2",
                          "Attendance is falling (below 92%) or punctuality is poor || attendance 2",
                          "Is being bullied or is bullying others || bullying 3",
                          "Speech, language or developmental delay || health_development 2",
                          "Starting to smoke, drink or use cannabis || substance_misuse 2",
                          "Low-level anti-social behaviour in the community || behaviour_offending 2",
                          "Uses sexualised language or behaviour that is not expected for their age || sexual_abuse 2"]),
   ("Parents and carers", ["Parents seperating, with arguments the children overhear || domestic_violence 2",
                          "Parent struggling with depression or anxiety || parental_mental_health 2",
                          "Inconsistent routines and boundaries || parenting_capacity 2",
                          "Child is a [[young carer]] for a parent or sibling || parenting_capacity 2",
                          "Child says they are sometimes smacked at home || physical_abuse 3"]),
   ("Family and environment", ["Family is homeless or about to become homeless and is working with the council's Housing Options team || housing 4",
                          "Overcrowded or damp housing || housing 2",
                          "Financial hardship, debt or benefit sanctions || family_finances 2",
                          "Refugee or asylum-seeking family with few links in the community || other 2"])]),
 ("Level 3", "Level 3 – Complex Needs", "level-3-complex-needs",
  "Children at Level 3 have complex needs and are likely to need support from a social worker. Examples include:",
  [("Child development", ["Self-harm that is becoming more frequent, alongside emotional difficulties; || self_harm 3",
                          "Persistent absence (below 85%) or at risk of permanent exclusion; || attendance 3",
                          "Victim of persistent bullying which is affecting their mental health; || bullying 4",
                          "Child has a disability and needs a specialist assessment of their care needs; || health_development 4",
                          "Regular misuse of drugs or alcohol, putting the young person's health at risk; || substance_misuse 4",
                          "Repeated episodes of going missing from home; || missing 4",
                          "Involved in offending and known to the [[Youth Justice Service]]; || behaviour_offending 4",
                          "At risk of sexual or criminal [[exploitation]]; || exploitation 4"]),
   ("Parents and carers", ["Domestic abuse incidents have been reported to the police and the children were in the house; || domestic_violence 4",
                          "Parent's mental health problems are significantly affecting their ability to care for the child; || parental_mental_health 4",
                          "Parental substance misuse is affecting the care the child receives; || substance_misuse 4",
                          "Unexplained bruises or minor injuries on more than one occasion; || physical_abuse 4",
                          "Poor hygiene, inadequate food or clothing is having an impact on the child's development; || neglect 4"]),
   ("Family and environment", ["Family living in unsuitable temporary accommodation, e.g. a single room in a hostel; || housing 3",
                          "Family has no recourse to public funds and is destitute. || family_finances 4"])]),
 ("Level 4", "Level 4 – Acute Needs (Child Protection)", "level-4-acute",
  "Children at Level 4 need protection. If you are worried that a child is at immediate risk, call 999. Otherwise contact the Children's Gateway straight away. Examples include:",
  [("Child development", ["Suicide attempt or serious self-harm needing medical attention || self_harm 6",
                          "Young person is being sexually or criminally exploited, including through [[county lines]] || exploitation 5",
                          "Child has been trafficked into or within the UK || exploitation 5",
                          "Child at risk of [[female genital mutilation (FGM)]] or forced marriage || harmful_practices 5",
                          "Child discloses sexual abuse || sexual_abuse 5"]),
   ("Parents and carers", ["A non-accidental injury, or a clear allegation of physical abuse || physical_abuse 5",
                          "Bruising or marks on a baby who is not yet mobile || physical_abuse 5",
                          "Serious injury such as a fracture, burn or scald with no credible explanation || physical_abuse 6",
                          "Domestic abuse in which the child has been hurt or threatened, or a high-risk case referred to MARAC || domestic_violence;physical_abuse 6",
                          "Persistent domestic abuse with controlling and coercive behaviour || domestic_violence 5",
                          "Chronic neglect that is causing significant harm to the child's health or development || neglect 5",
                          "Child has been abandoned or is left alone for long periods || neglect 6",
                          "Parent's mental illness places the child at immediate risk || parental_mental_health 6"]),
   ("Family and environment", ["Home conditions are squalid and pose a serious risk to the child || housing;neglect 5",
                          "Young person has been told to leave home by their parents and has nowhere safe to sleep tonight || housing 6",
                          "An adult known to pose a risk to children has joined the household || sexual_abuse 5"])]),
]

CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color: #1b1b1b; margin: 0; }
.webpage { break-after: page; }
.webpage:last-child { break-after: auto; }
.masthead { background: #17365d; color: #fff; padding: 10px 16px; display: flex; justify-content: space-between; align-items: center; }
.masthead .logo { font-size: 18pt; font-weight: bold; letter-spacing: .5px; }
.masthead .logo small { display: block; font-size: 8.5pt; font-weight: normal; letter-spacing: 0; }
.masthead nav { font-size: 9pt; }
.masthead nav span { margin-left: 14px; }
.search { border: 1px solid #ccc; padding: 4px 8px; font-size: 9pt; color: #777; margin: 6px 0; width: 50%; }
.crumbs { font-size: 9pt; color: #444; margin: 8px 0 4px; }
.crumbs a { color: #1d5fa8; }
.wrap { display: flex; gap: 18px; }
.main { flex: 1; }
.side { width: 170px; font-size: 9.5pt; border-top: 4px solid #17365d; padding-top: 6px; }
.side h3 { font-size: 10pt; margin: 4px 0; }
.side ul { list-style: none; padding: 0; margin: 0; }
.side li { padding: 4px 0; border-bottom: 1px solid #ddd; }
.side a { color: #1d5fa8; }
h1 { font-size: 22pt; margin: 8px 0 10px; color: #17365d; }
h2 { font-size: 14pt; margin: 16px 0 4px; color: #17365d; }
a { color: #1d5fa8; }
ul.ind { margin: 4px 0 8px; padding-left: 22px; }
ul.ind li { margin: 3px 0; break-inside: avoid; }
.overview li { margin: 6px 0; }
.callout { background: #fff4d6; border-left: 6px solid #e0a100; padding: 8px 12px; margin: 12px 0; font-size: 10.5pt; }
.updated { font-size: 9pt; color: #555; margin-top: 14px; border-top: 1px solid #ddd; padding-top: 6px; }
.foot { background: #eef1f5; font-size: 8.5pt; color: #333; padding: 8px 16px; margin-top: 16px; }
.foot span { margin-right: 14px; }
.feedback { font-size: 9pt; border: 1px solid #ccc; padding: 6px 10px; margin-top: 10px; }
"""

def linkify(t):
    import re
    parts = re.split(r"(\[\[.*?\]\])", t)
    return "".join('<a href="#">%s</a>' % E(p[2:-2]) if p.startswith("[[") else E(p) for p in parts)

def plain(t):
    return t.replace("[[", "").replace("]]", "")

def chrome(title, crumbs, body, side_current):
    side = "".join('<li>%s</li>' % ('<b>%s – %s</b>' % (l, n) if l == side_current else '<a href="#">%s – %s</a>' % (l, n))
                   for l, n, _, _, _ in OVERVIEW)
    return """<div class="webpage">
<div class="masthead"><div class="logo">Kelsborough<small>Borough Council</small></div>
<nav><span>Home</span><span>Services</span><span>News</span><span>Your council</span><span>Contact us</span></nav></div>
<div class="search">Search this site</div>
<div class="crumbs"><a href="#">Home</a> &rsaquo; <a href="#">Children and families</a> &rsaquo; <a href="#">Safeguarding children</a> &rsaquo; %s</div>
<div class="wrap"><div class="main"><h1>%s</h1>%s
<div class="updated">Page last updated: 14 March 2024</div>
<div class="feedback">Was this page useful? &nbsp; Yes &nbsp; No &nbsp;&nbsp; <a href="#">Report a problem with this page</a></div></div>
<div class="side"><h3>Levels of need</h3><ul><li>%s</li>%s</ul></div></div>
<div class="foot"><span>&copy; Kelsborough Borough Council 2024</span><span>Accessibility statement</span><span>Privacy</span><span>Cookies</span><span>Kelsborough Safeguarding Children Partnership</span></div>
</div>""" % (crumbs, E(title), body, '<a href="#">Overview</a>' if side_current else "<b>Overview</b>", side)

def build():
    pages = []
    # overview
    ov = ["<p>Kelsborough Safeguarding Children Partnership uses four levels of need to help practitioners decide what support a child or family needs and who should provide it. The levels are a guide to help you use your your professional judgement; they are not a checklist.</p>",
          "<p>Choose a level to see examples of the needs and circumstances you might find at that level:</p>",
          '<ul class="overview">']
    for lab, name, maps, anchor, desc in OVERVIEW:
        ann.level(lab, name, maps, EVID[lab])
        ov.append('<li><a href="#"><b>%s – %s</b></a>: %s</li>' % (lab, E(name), E(desc)))
    ov.append("</ul>")
    ov.append('<div class="callout"><b>If you think a child is in immediate danger</b>, call the police on 999.<br/>Children\'s Gateway (MASH): 01632 961 200, Monday to Friday 9am to 5pm. Out of hours: 01632 961 999.</div>')
    ov.append("<h2>Consent</h2><p>You should talk to the family and get their agreement before you ask for early help. You do not need consent to contact the Children's Gateway if asking for it would put a child at risk of harm.</p>")
    ov.append("<h2>Related pages</h2><ul><li><a href=\"#\">Early Help Assessment form</a></li><li><a href=\"#\">Resolving professional disagreements</a></li><li><a href=\"#\">Kelsborough child protection procedures</a></li></ul>")
    pages.append(chrome("Levels of need", "Levels of need", "\n".join(ov), None))
    for lab, title, anchor, intro, doms in PAGES:
        b = ["<p>%s</p>" % linkify(intro)]
        for dom, items in doms:
            b.append("<h2>%s</h2><ul class=\"ind\">" % E(dom))
            for it in items:
                txt = ann.add(plain(it), lab, dom, min_page=2)
                b.append("<li>%s</li>" % linkify(display(it)))
            b.append("</ul>")
        if lab != "Level 1":
            b.append('<p>Not sure? <a href="#">Go back to the levels of need</a> or ring the Children\'s Gateway for advice.</p>')
        pages.append(chrome(title, '<a href="#">Levels of need</a> &rsaquo; ' + E(title), "\n".join(b), lab))
    doc = '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Levels of need | Kelsborough Borough Council</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(pages))
    hp = os.path.join(SRCDIR, SLUG + ".html"); open(hp, "w").write(doc)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf")
    chromium_pdf(hp, pdf)
    ann.meta = dict(partnership="Kelsborough Safeguarding Children Partnership", authorities="Kelsborough",
                    producer="chromium", layout_family="level_per_page_web", orientation="portrait",
                    version="", version_date="2024-03-14")
    ann.finish(pdf)

build()
