"""Wendlecombe - cards_windscreen, Chromium. Level 1 Thriving (blank), 2 B, 3 C, 4 D."""
import html, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

SLUG = "wendlecombe"
ann = Ann(SLUG)
E = html.escape

CARDS = [
 ("Level 1", "Thriving – Universal", "Thriving – Universal (Level 1)", "", "#3f8f4e",
  ["Children who are safe, healthy and developing well.", "No additional needs: their needs are met by their family and by universal services."],
  "No additional needs: their needs are met by their family and by universal services."),
 ("Level 2", "Emerging Needs – Getting Advice", "Emerging Needs – Getting Advice (Level 2)", "B", "#e3b505",
  ["Children with emerging needs that are not met by universal services alone.", "The Wendlecombe Early Help Service works with the family: a family practitioner is allocated and an early help plan is agreed."],
  "The Wendlecombe Early Help Service works with the family: a family practitioner is allocated and an early help plan is agreed."),
 ("Level 3", "Complex Needs – Getting Help", "Complex Needs – Getting Help (Level 3)", "C", "#e07b1a",
  ["Children with complex needs whose development will be impaired without support.", "Contact the Front Door: a social worker completes a Child and Family Assessment and may agree a child in need plan (section 17)."],
  "Contact the Front Door: a social worker completes a Child and Family Assessment and may agree a child in need plan (section 17)."),
 ("Level 4", "Statutory Intervention", "Statutory Intervention (Level 4)", "D", "#c0282d",
  ["Children who are suffering, or are likely to suffer, significant harm.", "A strategy discussion is held and section 47 enquiries are made; a child protection conference may follow."],
  "A strategy discussion is held and section 47 enquiries are made; a child protection conference may follow."),
]

SECTIONS = {
 "Level 1": ([], ["Safe at home and in the community || S",
                 "Healthy, with health checks and immunisations up to date || S",
                 "Attends school regularly and is making progress || S",
                 "Has friends and positive activities outside school || S",
                 "Parents provide warmth, boundaries and a stable home || S"]),
 "Level 2": ([
   ("Health and development", ["Self-harm that is low level, such as occasional scratching, and that the young person has told someone about || self_harm 2",
                               "Emotional health difficulties that are beginning to affect day-to-day life || child_mental_health 3",
                               "Not registered with a GP or dentist, or missing health appointments || health_development 2"]),
   ("Learning", ["Being bullied, including online, and losing confidence || bullying 2",
                 "Attendance between 85% and 90% || attendance 3",
                 "Bullying other pupils || bullying 3"]),
   ("Home and family", ["Parents frequently argue and the child is sometimes drawn into their disagreements || domestic_violence 3",
                        "Parents find it hard to set boundaries or keep to routines || parenting_capacity 2",
                        "Parent has mental health difficulties that sometimes affect the care of the children || parental_mental_health 3",
                        "Overcrowded, damp or poorly maintained home || housing 2",
                        "Rent arrears, with the family at risk of losing their home || housing 3"]),
   ("Staying safe", ["Some concern about who the young person spends time with online or in the community || exploitation 2",
                     "Staying out late without parents knowing where they are || missing 2",
                     "Parent says they sometimes use physical punishment || physical_abuse 3"])],
   ["Family asks for help and is willing to work with services || S",
    "A grandparent or friend who offers practical support || S",
    "Child has a good relationship with a member of school staff || S"]),
 "Level 3": ([
   ("Health and development", ["Self-harm that is frequent or escalating, with thoughts of suicide || self_harm 4",
                               "Complex health needs or disability, with the family needing a specialist assessment || health_development 4",
                               "Eating disorder or serious mental health difficulties || child_mental_health 4"]),
   ("Learning", ["Severe bullying that has continued despite the school's actions || bullying 4",
                 "Not in school for long periods, or out of education altogether || attendance 4"]),
   ("Home and family", ["Domestic abuse incidents in the family home, including verbal threats || domestic_violence 4",
                        "Parental conflict that is frequent and hostile and is harming the child's emotional health || domestic_violence 4",
                        "Parents' alcohol or drug use is affecting the care of the children || substance_misuse 4",
                        "Unexplained bruising or marks, or injuries seen more than once || physical_abuse 4",
                        "Neglect of the child's health, hygiene or supervision that has not improved with early help || neglect 4",
                        "Family in temporary accommodation with no settled home || housing 3",
                        "Family has been evicted and is at risk of homelessness || housing 4"]),
   ("Staying safe", ["Going missing from home repeatedly || missing 4",
                     "Concerns that a young person is being groomed or exploited || exploitation 4",
                     "Young person known to carry a knife || behaviour_offending 4"])],
   ["One parent is able to protect the child and accepts support || S",
    "Young person engages with a trusted worker || S"]),
 "Level 4": ([
   ("Health and development", ["Serious self-harm or an attempted suicide || self_harm 6",
                               "Fabricated or induced illness is suspected || health_development 5"]),
   ("Learning", ["Too frightened of other pupils to go to school after being assaulted by them || bullying 5"]),
   ("Home and family", ["Domestic abuse that is persistent or has put the child in danger || domestic_violence 5",
                        "A single serious domestic abuse incident in which a weapon was used or the child was hurt || domestic_violence;physical_abuse 6",
                        "Child has an injury that appears to be non-accidental || physical_abuse 5",
                        "Bruising to a baby under six months old || physical_abuse 5",
                        "Child describes being beaten with a belt or another object || physical_abuse 5",
                        "Severe neglect leaving the child at risk of significant harm || neglect 5",
                        "A parent's mental health crisis leaves the child without safe care || parental_mental_health 5",
                        "Home is unsafe for a child to live in, e.g. no heating or water, or hazardous clutter || housing;neglect 5",
                        "Young person made homeless by their family || housing 6"]),
   ("Staying safe", ["Sexual or criminal exploitation, including county lines || exploitation 5",
                     "Missing for long periods and at serious risk || missing 5",
                     "Sexual abuse disclosed or suspected || sexual_abuse 5",
                     "Threat of forced marriage, FGM or honour-based abuse || harmful_practices 5"])],
   ["Safe adults in the wider family who can care for the child || S",
    "Child is able to tell someone what is happening || S"]),
}

CSS = """
@page { size: A4; margin: 14mm 13mm 16mm 13mm;
  @bottom-left { content: "Wendlecombe Safeguarding Children Partnership · Effective Support for Children and Families · April 2023"; font-family: 'Liberation Sans'; font-size: 7.5pt; color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 7.5pt; color: #666; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; margin: 0; line-height: 1.3; }
.banner { background: #243b55; color: #fff; padding: 14px 18px; border-radius: 6px; }
.banner h1 { margin: 0; font-size: 21pt; } .banner p { margin: 4px 0 0; font-size: 10pt; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 14px 0; }
.card { border-radius: 10px; padding: 10px; color: #fff; min-height: 210px; }
.card h2 { font-size: 12pt; margin: 0 0 8px; line-height: 1.2; }
.card p { font-size: 9.2pt; margin: 0 0 6px; }
.card.y { color: #222; }
.arrowbar { height: 14px; background: linear-gradient(90deg, #3f8f4e, #e3b505, #e07b1a, #c0282d); border-radius: 7px; margin: 4px 0 2px; }
.scale { display: flex; justify-content: space-between; font-size: 8.5pt; color: #555; }
.sec { break-before: page; }
.sechead { padding: 8px 12px; color: #fff; border-radius: 6px; font-size: 15pt; font-weight: bold; margin-bottom: 8px; }
.cols { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; }
.cols h3 { font-size: 11pt; margin: 6px 0 4px; border-bottom: 2px solid #ccc; padding-bottom: 2px; }
.cols h4 { font-size: 10pt; margin: 8px 0 2px; }
.cols ul { margin: 0 0 4px; padding-left: 18px; }
.cols li { margin: 2px 0; break-inside: avoid; }
.str { background: #f1f5f1; border-radius: 6px; padding: 4px 10px; }
.next { border: 1.5px dashed #999; padding: 6px 10px; margin-top: 10px; font-size: 9.5pt; border-radius: 6px; }
"""

NEXT = {
 "Level 1": "Continue to support the family through your service. Share information about local activities and the Family Information Service.",
 "Level 2": "Talk to the family and, with their agreement, contact the Early Help Service on 01632 965 220 or complete the online Early Help Request.",
 "Level 3": "Telephone the Front Door on 01632 965 100 and complete a Multi-Agency Referral Form. Seek consent unless this would put the child at risk.",
 "Level 4": "Telephone the Front Door immediately on 01632 965 100 (out of hours 01632 965 199). If a child is in immediate danger call 999.",
}

def build():
    p = ['<div class="banner"><h1>Effective Support for Children and Families in Wendlecombe</h1><p>Wendlecombe Safeguarding Children Partnership &nbsp;|&nbsp; Threshold guidance &nbsp;|&nbsp; April 2023</p></div>',
         "<p>This guidance helps everyone who works with children in Wendlecombe to think about a child's needs and to agree the right support at the right time. The four cards below describe the levels of need. Most children are in the green card, and the support a family receives should move up and down as their needs change.</p>",
         '<div class="cards">']
    for lab, name, cardlabel, maps, col, desc, ev in CARDS:
        ann.level(lab, name, maps, ev)
        p.append('<div class="card%s" style="background:%s"><h2>%s</h2>%s</div>' % (" y" if maps == "B" else "", col, E(cardlabel), "".join("<p>%s</p>" % E(x) for x in desc)))
    p.append('</div><div class="arrowbar"></div><div class="scale"><span>Lower need</span><span>Higher need and risk</span></div>')
    p.append("<h3>Using this guidance</h3><p>The following pages give examples of what you might see at each level, and strengths that can be built on. The examples are not a checklist. Think about the child's age and stage of development, how long a concern has lasted and what difference it is making to the child's daily life. If you are unsure, talk to your safeguarding lead or ring the Front Door for a consultation.</p>")
    p.append("<h3>Consent</h3><p>Support at the green and yellow levels is voluntary and needs the family's agreement. For the orange and red levels, tell the family you are making a referral unless doing so would place the child at greater risk.</p>")
    for lab, name, cardlabel, maps, col, desc, ev in CARDS:
        doms, strengths = SECTIONS[lab]
        p.append('<div class="sec"><div class="sechead" style="background:%s%s">%s</div>' % (col, ";color:#222" if maps == "B" else "", E(cardlabel)))
        p.append("<p>%s</p>" % E(" ".join(desc)))
        p.append('<div class="cols"><div>')
        if doms:
            p.append("<h3>What you might see</h3>")
            for dom, items in doms:
                p.append("<h4>%s</h4><ul>" % E(dom))
                for it in items:
                    ann.add(it, lab, dom, min_page=2); p.append("<li>%s</li>" % E(display(it)))
                p.append("</ul>")
            p.append('</div><div class="str"><h3>Strengths to build on</h3><ul>')
            for it in strengths:
                ann.add(it, lab, "Strengths to build on", min_page=2); p.append("<li>%s</li>" % E(display(it)))
            p.append("</ul></div></div>")
        else:
            p.append("<h3>What we see</h3><ul>")
            for it in strengths:
                ann.add(it, lab, "What we see", min_page=2); p.append("<li>%s</li>" % E(display(it)))
            p.append("</ul></div><div></div></div>")
        p.append('<div class="next"><b>What to do next:</b> %s</div></div>' % E(NEXT[lab]))
    doc = '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Effective Support for Children and Families in Wendlecombe</title><style>%s</style></head><body>%s</body></html>' % (CSS, "\n".join(p))
    hp = os.path.join(SRCDIR, SLUG + ".html"); open(hp, "w").write(doc)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf"); chromium_pdf(hp, pdf)
    ann.meta = dict(partnership="Wendlecombe Safeguarding Children Partnership", authorities="Wendlecombe",
                    producer="chromium", layout_family="cards_windscreen", orientation="portrait",
                    version="", version_date="2023-04")
    ann.finish(pdf)

build()
