"""Ravensholme - single_level web page, Chromium. Level 2 Early Help = B."""
import html, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

SLUG = "ravensholme"
ann = Ann(SLUG)
E = html.escape
LAB = "Level 2"

DOMS = [
 ("Health", [
  "missed immunisations or developmental checks; || health_development 2",
  "frequent minor illnesses or accidents that parents do not always seek help for; || neglect 2",
  "poor dental health with untreated decay; || neglect 3",
  "low-level self-harm, such as superficial scratching; || self_harm 2",
  "repeated self-harm that the young person is keeping hidden from parents; || self_harm 3",
  "weight or growth below what is expected, with no medical explanation yet; || health_development 3",
  "early use of alcohol, tobacco, vapes or cannabis; || substance_misuse 2",
  "sexual health concerns or a teenage pregnancy. || health_development 3"]),
 ("Education and learning", [
  "attendance below 90%; || attendance 3",
  "at risk of exclusion or has had a fixed-term suspension; || attendance 2",
  "special educational needs not yet identified or assessed; || health_development 2",
  "is being bullied, and this is affecting their attendance or wellbeing; || bullying 3",
  "is bullying others; || bullying 3",
  "NEET or at risk of becoming NEET. || attendance 3"]),
 ("Emotional and behavioural development", [
  "anxiety, low mood or anger that is affecting relationships; || child_mental_health 3",
  "low self-esteem or poor confidence; || child_mental_health 2",
  "difficulties following a bereavement or parental separation; || child_mental_health 2",
  "early involvement in anti-social behaviour; || behaviour_offending 2",
  "occasionally staying out late or going missing for a few hours; || missing 3",
  "spending time with older peers who may pose a risk, e.g. gifts, money, new phones. || exploitation 3"]),
 ("Parenting capacity", [
  "parents struggle to provide consistent boundaries and routines; || parenting_capacity 2",
  "inconsistent supervision for the child's age; || neglect 2",
  "parents use physical chastisement, such as smacking; || physical_abuse 3",
  "parent's mental health difficulty that is affecting the child's routines; || parental_mental_health 3",
  "parental alcohol or drug use that has some impact on the child; || substance_misuse 3",
  "the child is a young carer. || parenting_capacity 2"]),
 ("Family and environmental factors", [
  "frequent arguments between parents that the child is drawn into; || domestic_violence 3",
  "a history of domestic abuse, with the family now living apart from the perpetrator; || domestic_violence 3",
  "domestic abuse incidents assessed as standard risk (DASH) where no child has been injured; || domestic_violence 4",
  "poor housing conditions, overcrowding or damp; || housing 2",
  "rent arrears or a risk of eviction; || housing 3",
  "family living in temporary accommodation or a refuge; || housing 3",
  "debt, poverty or benefit problems that affect the child's needs; || family_finances 3",
  "family is socially isolated or has recently moved to the area; || other 2",
  "family experiencing discrimination or hate crime in the community. || discrimination 3"]),
]
STRENGTHS = ["a parent or carer who recognises the difficulties and wants help || S",
             "a supportive extended family or friendship network || S",
             "the child has a trusted adult at school or in the community || S"]

EV = "Where a child's needs are at Level 2, the Ravensholme Early Help Team will allocate a key worker, or support the lead professional, to coordinate a Team Around the Family."

CSS = """
@page { size: A4; margin: 10mm 11mm 12mm 11mm; }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10pt; color: #222; margin: 0; line-height: 1.4; }
.top { border-bottom: 5px solid #008080; padding: 6px 0 8px; display: flex; justify-content: space-between; align-items: flex-end; }
.brand { font-size: 15pt; font-weight: bold; color: #006060; } .brand span { display: block; font-size: 9pt; font-weight: normal; color: #444; }
.menu { font-size: 8.5pt; } .menu span { margin-left: 12px; }
.alert { background: #8b0000; color: #fff; font-size: 9pt; padding: 5px 10px; margin: 8px 0; }
.crumb { font-size: 8.5pt; color: #555; margin: 6px 0; }
h1 { color: #006060; font-size: 20pt; margin: 10px 0 2px; }
.meta { font-size: 8.5pt; color: #666; margin-bottom: 10px; }
h2 { font-size: 12pt; color: #006060; margin: 14px 0 2px; }
ul { margin: 2px 0 4px; padding-left: 24px; }
li { margin: 1px 0; break-inside: avoid; }
.box { background: #e8f4f4; padding: 8px 12px; margin: 12px 0; border-radius: 4px; }
.share { font-size: 8.5pt; color: #555; border-top: 1px solid #ccc; margin-top: 14px; padding-top: 6px; }
.foot { font-size: 8pt; color: #fff; background: #333; padding: 8px 12px; margin-top: 12px; }
"""

def build():
    ann.level(LAB, "Early Help", "B", EV)
    b = ['<div class="top"><div class="brand">Ravensholme<span>Safeguarding Children Partnership</span></div><div class="menu"><span>Home</span><span>Professionals</span><span>Parents and carers</span><span>Children and young people</span><span>Training</span></div></div>',
         '<div class="alert">Worried a child is in immediate danger? Call 999. To report a concern about a child, call the Ravensholme Children\'s Advice and Duty Service on 01632 967 000.</div>',
         '<div class="crumb">Home / Professionals / Threshold guidance / Level 2 – Early Help indicators</div>',
         "<h1>Level 2 – Early Help indicators</h1>",
         '<div class="meta">Last reviewed: 2 October 2023 &nbsp;·&nbsp; Threshold guidance, part 3 of 6</div>',
         "<p>Children and young people at Level 2 have additional needs that are unlikely to be met by one service on its own. Their needs are not yet complex, and the family is usually willing to work with practitioners to put things right. %s An Early Help Assessment should be completed with the family's consent.</p>" % E(EV),
         "<p>The lists below are examples of the needs you might see. They are not exhaustive, and a single indicator does not by itself mean a child's needs are at Level 2. Consider the indicators together with the child's age, the length of time the need has been present, and the family's strengths.</p>"]
    for dom, items in DOMS:
        b.append("<h2>%s, e.g.:</h2><ul>" % E(dom))
        for it in items:
            ann.add(it, LAB, dom); b.append("<li>%s</li>" % E(display(it)))
        b.append("</ul>")
    b.append('<div class="box"><b>Strengths and protective factors to consider</b><ul>')
    for it in STRENGTHS:
        ann.add(it, LAB, "Strengths and protective factors to consider"); b.append("<li>%s</li>" % E(display(it)))
    b.append("</ul></div>")
    b.append("<h2>What to do next</h2><p>Talk to the family about your concerns and what support might help. If they agree, start an Early Help Assessment and contact the Early Help Team on 01632 967 250 for advice on who should be the lead professional. If the family does not consent and you remain worried, or if you think the child may be at risk of harm, call the Children's Advice and Duty Service.</p>")
    b.append('<div class="share">Share this page: Email · Print &nbsp;|&nbsp; Previous: Level 1 – Universal &nbsp;|&nbsp; Next: Level 3 indicators</div>')
    b.append('<div class="foot">Ravensholme Safeguarding Children Partnership · Town Hall, Market Street, Ravensholme · Accessibility · Privacy notice · Cookies</div>')
    doc = '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Level 2 – Early Help indicators – Ravensholme Safeguarding Children Partnership</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(b))
    hp = os.path.join(SRCDIR, SLUG + ".html"); open(hp, "w").write(doc)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf"); chromium_pdf(hp, pdf)
    ann.meta = dict(partnership="Ravensholme Safeguarding Children Partnership", authorities="Ravensholme",
                    producer="chromium", layout_family="single_level", orientation="portrait",
                    version="", version_date="2023-10-02")
    ann.finish(pdf)

build()
