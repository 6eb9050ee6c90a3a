"""Ashcombe Vale SCP: four threshold web pages (one per level) printed by Chromium, merged."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, chromium_pdf, esc, PDF, SRC
from pypdf import PdfWriter, PdfReader

SLUG = "ashcombe-vale"
g = Gold(SLUG, partnership="Ashcombe Vale Safeguarding Children Partnership",
         authorities="Ashcombe Vale Council", producer="chromium",
         layout_family="level_per_page_web", orientation="portrait",
         version="", version_date="2024-02-12")

PAGES = []  # (slug_part, title, lede paragraphs, intro, [(domain, [items])], updated)

# ---------------------------------------------------------------- Level 1
L = "Level 1"
ev1 = ("Where a small or emerging need is noticed, the practitioner who already knows the family "
       "gives advice or a little extra support within their own service.")
g.level("Level 1", "Universal", "A", ev1)
lede1 = [
    "Most children in Ashcombe Vale have their needs met by the services every family uses: "
    "early years settings, schools and colleges, GPs, midwives, health visitors and school nurses. "
    + ev1,
    "No referral is needed. Families can go straight to these services themselves.",
]
d1 = [
    ("Health", [
        g.st(L, "Health", "Physically well, with health checks and immunisations up to date;"),
        g.st(L, "Health", "Eats a balanced diet and is a healthy weight for their age;"),
        g.ind(L, "Health", "Minor health problems that are being managed with help from the GP or school nurse;",
              "health_development", 1),
    ]),
    ("Learning and development", [
        g.st(L, "Learning and development", "Goes to school or nursery regularly and is making the progress expected;"),
        g.st(L, "Learning and development", "Speech, language and play are developing as expected;"),
    ]),
    ("Emotional and behavioural development", [
        g.ind(L, "Emotional and behavioural development",
              "Some low mood following a family bereavement, with friends and family offering support;",
              "child_mental_health", 1),
        g.st(L, "Emotional and behavioural development", "Able to manage everyday worries and ups and downs;"),
    ]),
    ("Family and social relationships", [
        g.st(L, "Family and social relationships", "Has positive friendships and gets on with brothers and sisters;"),
        g.ind(L, "Family and social relationships",
              "Has fallen out with friends or may be being teased, and is talking to staff about it;",
              "bullying", 1),
    ]),
    ("Parenting capacity", [
        g.st(L, "Parenting capacity", "Parents provide warmth, routines and boundaries that suit the child's age;"),
        g.ind(L, "Parenting capacity",
              "Parents occasionally argue, but the child is not drawn in;", "domestic_violence", 1),
    ]),
    ("Family and environmental factors", [
        g.st(L, "Family and environmental factors", "Family lives in safe, stable housing;"),
        g.ind(L, "Family and environmental factors",
              "Home needs some repairs, which the landlord has agreed to carry out;", "housing", 1),
        g.st(L, "Family and environmental factors",
             "Family has a good network of friends and relatives to call on."),
    ]),
]
PAGES.append(("level-1-universal", "Level 1 - Universal", lede1, d1, "12 February 2024"))

# ---------------------------------------------------------------- Level 2
L = "Level 2"
ev2 = ("The school, early years setting or health practitioner leads, using an Early Help "
       "Assessment and a simple family plan; children's social care is not involved at this level.")
g.level("Level 2", "Early Help", "A", ev2)
lede2 = [
    "Children at this level have additional needs that one service, or two services working "
    "together, can meet with the family's agreement. " + ev2,
    "If you are not sure whether to start an Early Help Assessment, talk to your setting's "
    "designated safeguarding lead or call the Family Help advice line.",
]
D = "Health"
d2 = [
    (D, [
        g.ind(L, D, "Missing some routine health appointments or immunisations;", "health_development", 2, "neglect"),
        g.ind(L, D, "Speech and language not at the level expected for thier age;", "health_development", 2),
        g.ind(L, D, "Experimenting with alcohol or cannabis;", "substance_misuse", 2),
    ]),
    ("Learning and development", [
        g.ind(L, "Learning and development", "Attendance falling below 90% with no medical reason;", "attendance", 2),
        g.ind(L, "Learning and development", "At risk of a suspension from school;", "attendance", 2),
    ]),
    ("Emotional and behavioural development", [
        g.ind(L, "Emotional and behavioural development",
              "Low-level self-harm, e.g. scratching, that the young person has told a trusted adult about;",
              "self_harm", 2),
        g.ind(L, "Emotional and behavioural development",
              "Anxiety or low self-esteem that is affecting friendships or schoolwork;", "child_mental_health", 2),
        g.ind(L, "Emotional and behavioural development", "Being bullied, in school or online;", "bullying", 2),
        g.ind(L, "Emotional and behavioural development", "Some challenging behaviour at home or in school;",
              "behaviour_offending", 2),
    ]),
    ("Family and social relationships", [
        g.ind(L, "Family and social relationships",
              "Young carer for a parent or sibling, with some impact on their free time;", "parenting_capacity", 2),
        g.ind(L, "Family and social relationships",
              "Parental conflict that the child is aware of and worried by;", "domestic_violence", 2),
    ]),
    ("Parenting capacity", [
        g.ind(L, "Parenting capacity", "Parents need support with routines and boundaries;", "parenting_capacity", 2),
        g.ind(L, "Parenting capacity",
              "Parent experiencing low mood or anxiety, including after the birth of a baby, that affects their "
              "care of the child at times;", "parental_mental_health", 2),
    ]),
    ("Family and environmental factors", [
        g.ind(L, "Family and environmental factors", "Family is homeless or living in temporary accommodation;",
              "housing", 4),
        g.ind(L, "Family and environmental factors",
              "Overcrowded housing, or damp and mould affecting the child's health;", "housing", 2),
        g.ind(L, "Family and environmental factors",
              "Debt or low income causing stress, e.g. using food banks;", "family_finances", 2),
        g.ind(L, "Family and environmental factors",
              "Family socially isolated, with little support from relatives or neighbours.", "other", 2),
    ]),
]
PAGES.append(("level-2-early-help", "Level 2 - Early Help", lede2, d2, "12 February 2024"))

# ---------------------------------------------------------------- Level 3
L = "Level 3"
ev3 = ("The Ashcombe Vale Family Help service allocates a family practitioner, who coordinates a "
       "Team Around the Family and reviews the plan with the family every six to eight weeks.")
g.level("Level 3", "Targeted Early Help", "B", ev3)
lede3 = [
    "Children at this level have needs that are multiple or getting worse, and the family needs "
    "several services working to one plan. " + ev3,
    "Request support through the Family Help front door using the online Request for Support form. "
    "You will need the family's consent.",
]
d3 = [
    ("Health", [
        g.ind(L, "Health", "Regular use of alcohol or drugs that is affecting health, education or relationships;",
              "substance_misuse", 3),
        g.ind(L, "Health",
              "Disability or long-term condition where the family needs coordinated support from more than one service;",
              "health_development", 3),
        g.ind(L, "Health", "Young parent under 18 who needs support to care for their baby;", "health_development", 3,
              "parenting_capacity"),
    ]),
    ("Learning and development", [
        g.ind(L, "Learning and development", "Persistent absence (below 85%) or repeated suspensions;", "attendance", 3),
        g.ind(L, "Learning and development", "Young person aged 16 or 17 who is NEET;", "attendance", 3),
    ]),
    ("Emotional and behavioural development", [
        g.ind(L, "Emotional and behavioural development", "Repeated self-harm alongside wider emotional difficulties;",
              "self_harm", 3),
        g.ind(L, "Emotional and behavioural development",
              "Emotional wellbeing difficulties that need CAMHS or counselling, alongside support for the family;",
              "child_mental_health", 3),
        g.ind(L, "Emotional and behavioural development", "Bullying that is affecting attendance, sleep or mood;",
              "bullying", 3),
        g.ind(L, "Emotional and behavioural development", "Bullying others, or involved in fights at school;",
              "bullying", 3, "behaviour_offending"),
        g.ind(L, "Emotional and behavioural development",
              "Going missing from home for short periods and returning the same day;", "missing", 3),
        g.ind(L, "Emotional and behavioural development",
              "Early signs of exploitation, e.g. unexplained gifts or money, older friends;", "exploitation", 3),
        g.ind(L, "Emotional and behavioural development",
              "Anti-social behaviour or contact with the police, at risk of entering the youth justice system;",
              "behaviour_offending", 3),
    ]),
    ("Family and social relationships", [
        g.ind(L, "Family and social relationships",
              "History of domestic abuse between parents, or current conflict that draws the child in;",
              "domestic_violence", 3),
    ]),
    ("Parenting capacity", [
        g.ind(L, "Parenting capacity",
              "Parents struggling to set boundaries, with the child out late and their whereabouts not known;",
              "parenting_capacity", 3, "missing"),
        g.ind(L, "Parenting capacity",
              "Inconsistent basic care, e.g. child often hungry or unwashed, clothing not suitable for the weather;",
              "neglect", 3),
        g.ind(L, "Parenting capacity", "Harsh physical chastisement, such as smacking, reported by the child;",
              "physical_abuse", 3),
        g.ind(L, "Parenting capacity",
              "Parental mental ill health or substance misuse that affects the care the child receives;",
              "parental_mental_health", 3, "substance_misuse"),
    ]),
    ("Family and environmental factors", [
        g.ind(L, "Family and environmental factors", "Tenancy at risk because of rent arrears or anti-social behaviour;",
              "housing", 3),
        g.ind(L, "Family and environmental factors",
              "Poor home conditions affecting the child's health, e.g. damp, infestation.", "housing", 2, "neglect"),
    ]),
]
PAGES.append(("level-3-targeted-early-help", "Level 3 - Targeted Early Help", lede3, d3, "12 February 2024"))

# ---------------------------------------------------------------- Level 4
L = "Level 4"
ev4 = ("A social worker will assess the child's needs under section 17 of the Children Act 1989, or, "
       "where there is reasonable cause to suspect significant harm, hold a strategy discussion and "
       "make enquiries under section 47.")
g.level("Level 4", "Specialist", "C+D", ev4)
lede4 = [
    "Children at this level have complex needs that require a statutory response from children's "
    "social care, or are suffering or likely to suffer significant harm. Contact the Children's "
    "Front Door straight away. " + ev4,
    "If a child is in immediate danger, call 999.",
]
d4 = [
    ("Health", [
        g.ind(L, "Health", "Serious or chronic health needs not being met, e.g. treatment missed for a known condition;",
              "neglect", 4, "health_development"),
        g.ind(L, "Health", "Substance misuse by the young person that places them at significant risk;",
              "substance_misuse", 5),
        g.ind(L, "Health", "Pregnancy in a child under 13;", "sexual_abuse", 5),
    ]),
    ("Learning and development", [
        g.ind(L, "Learning and development", "Not in school or any education provision (child missing education);",
              "attendance", 4),
    ]),
    ("Emotional and behavioural development", [
        g.ind(L, "Emotional and behavioural development", "Self-harm with suicidal thoughts, or a suicide attempt;",
              "self_harm", 6),
        g.ind(L, "Emotional and behavioural development",
              "Severe and persistent bullying, with the child withdrawing from school and friends;", "bullying", 4),
        g.ind(L, "Emotional and behavioural development",
              "Regularly missing overnight, or found in places where they are at risk;", "missing", 5, "exploitation"),
        g.ind(L, "Emotional and behavioural development", "Child sexual or criminal exploitation, including county lines;",
              "exploitation", 5),
        g.ind(L, "Emotional and behavioural development",
              "Sexualised behaviour that is not appropriate for their age, or harmful sexual behaviour;",
              "sexual_abuse", 4),
    ]),
    ("Family and social relationships", [
        g.ind(L, "Family and social relationships", "Domestic abuse incidents in the home, with police called out;",
              "domestic_violence", 4),
        g.ind(L, "Family and social relationships", "Coercive control of a parent, with the child at risk of harm;",
              "domestic_violence", 5),
        g.ind(L, "Family and social relationships",
              "Child frightened of a parent, scapegoated or constantly criticised;", "emotional_abuse", 5),
    ]),
    ("Parenting capacity", [
        g.ind(L, "Parenting capacity",
              "Bruising, marks or injuries that are unexplained, or where the explanation does not fit;",
              "physical_abuse", 5),
        g.ind(L, "Parenting capacity", "Any bruising or injury to a baby who is not yet mobile;", "physical_abuse", 5),
        g.ind(L, "Parenting capacity", "Child discloses being hit, kicked or hurt by an adult;", "physical_abuse", 5),
        g.ind(L, "Parenting capacity",
              "Neglect that is persistent and is impairing the child's health or development;", "neglect", 5),
        g.ind(L, "Parenting capacity",
              "Parent's mental ill health or drug and alcohol use means the child is not safe;",
              "parental_mental_health", 5, "substance_misuse"),
    ]),
    ("Family and environmental factors", [
        g.ind(L, "Family and environmental factors",
              "Home conditions so poor they are dangerous to the child (squalor, exposed wiring, no heating);",
              "housing", 5, "neglect"),
        g.ind(L, "Family and environmental factors",
              "Young person aged 16 or 17 who has been told to leave home and has nowhere to go;", "housing", 6),
        g.ind(L, "Family and environmental factors", "Contact with an adult known to pose a sexual risk to children;",
              "sexual_abuse", 5),
        g.ind(L, "Family and environmental factors",
              "Concern that a girl is at risk of female genital mutilation or forced marriage.", "harmful_practices", 5),
    ]),
]
PAGES.append(("level-4-specialist", "Level 4 - Specialist", lede4, d4, "12 February 2024"))

CSS = """
@page { size: A4; margin: 12mm 11mm 14mm 11mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color:#1b1b1b; font-size: 10.5pt; margin:0; }
.skip { font-size: 8pt; color:#555; }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 4px solid #2d6b5e; padding: 4px 0 8px; }
.logo { font-size: 15pt; font-weight: bold; color:#2d6b5e; line-height:1.1; }
.logo small { display:block; font-size: 8.5pt; font-weight:normal; color:#444; }
.search { border:1px solid #999; padding:3px 8px; font-size:8.5pt; color:#666; width: 170px; }
.menu { background:#2d6b5e; color:white; font-size:9pt; padding:5px 8px; margin-top:0; }
.menu span { margin-right: 16px; }
.crumb { font-size: 8.5pt; color:#333; margin: 8px 0 10px; }
.crumb a { color:#1a5a9a; text-decoration: underline; }
.wrap { display:flex; gap: 18px; }
aside { width: 150px; flex: none; font-size: 8.5pt; }
aside h2 { font-size: 9.5pt; background:#e6efec; padding:5px; margin:0 0 4px; }
aside ul { list-style:none; padding:0; margin:0; }
aside li { padding: 4px 5px; border-bottom:1px solid #ddd; color:#1a5a9a; }
aside li.on { font-weight:bold; color:#111; border-left: 3px solid #2d6b5e; }
main { flex: 1; }
h1 { font-size: 19pt; margin: 0 0 8px; color:#222; }
.lede { font-size: 11pt; }
.note { background:#f3f3f3; border-left: 4px solid #c28a1e; padding: 6px 9px; font-size: 9.5pt; }
h3 { font-size: 11.5pt; margin: 14px 0 4px; color:#2d6b5e; break-after: avoid; }
main ul { margin: 0 0 4px; padding-left: 22px; }
main li { margin: 2px 0; break-inside: avoid; }
.helpful { margin-top: 18px; border-top: 1px solid #ccc; padding-top: 8px; font-size: 9.5pt; break-inside: avoid;}
.helpful button { font-size:9pt; margin-left:6px; padding:2px 10px; background:#fff; border:1px solid #2d6b5e; }
.updated { font-size: 8.5pt; color:#555; }
footer { margin-top: 16px; background:#22302d; color:#e8e8e8; font-size:8pt; padding: 8px 10px; break-inside: avoid; }
footer .links span { margin-right: 14px; text-decoration: underline; }
"""

NAV_TOP = ["Home", "About us", "Professionals", "Parents and carers", "Children and young people",
           "Training", "News", "Contact us"]
SIDE = ["Thresholds of need", "Level 1 - Universal", "Level 2 - Early Help",
        "Level 3 - Targeted Early Help", "Level 4 - Specialist", "Early Help Assessment",
        "Request for Support form", "Consent and information sharing", "Resolving professional differences"]


def page_html(title, lede, doms, updated):
    h = ["<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>",
         f"<title>{esc(title)} | Ashcombe Vale Safeguarding Children Partnership</title>",
         f"<style>{CSS}</style></head><body>",
         "<div class='skip'>Skip to main content</div>",
         "<div class='top'><div class='logo'>Ashcombe Vale<small>Safeguarding Children Partnership</small></div>",
         "<div class='search'>Search this site</div></div>",
         "<div class='menu'>" + "".join(f"<span>{n}</span>" for n in NAV_TOP) + "</div>",
         f"<div class='crumb'><a>Home</a> &rsaquo; <a>Professionals</a> &rsaquo; <a>Thresholds of need</a> &rsaquo; {esc(title)}</div>",
         "<div class='wrap'><aside><h2>Professionals</h2><ul>"]
    for s in SIDE:
        h.append(f"<li class='{'on' if s == title else ''}'>{esc(s)}</li>")
    h.append("</ul></aside><main>")
    h.append(f"<h1>{esc(title)}</h1>")
    h.append(f"<p class='lede'>{esc(lede[0])}</p><p>{esc(lede[1])}</p>")
    h.append("<p class='note'>These are examples only and are not a checklist. Think about the whole "
             "child and family, what is working well, and how long a worry has been going on.</p>")
    for dom, items in doms:
        h.append(f"<h3>{esc(dom)}</h3><ul>")
        for it in items:
            h.append(f"<li>{esc(it)}</li>")
        h.append("</ul>")
    h.append("<div class='helpful'>Was this page helpful? <button>Yes</button><button>No</button></div>")
    h.append(f"<p class='updated'>Page last reviewed: {updated}</p>")
    h.append("</main></div>")
    h.append("<footer><div class='links'><span>Accessibility statement</span><span>Privacy notice</span>"
             "<span>Cookies</span><span>Contact us</span><span>Sitemap</span></div>"
             "<p>We use cookies to make this site work and to understand how you use it. "
             "Manage cookie settings.</p>"
             "<p>&copy; 2024 Ashcombe Vale Safeguarding Children Partnership</p></footer>")
    h.append("</body></html>")
    return "".join(h)


def main():
    w = PdfWriter()
    tmp = []
    for part, title, lede, doms, upd in PAGES:
        hp = os.path.join(SRC, f"{SLUG}--{part}.html")
        with open(hp, "w") as f:
            f.write(page_html(title, lede, doms, upd))
        op = f"/tmp/{SLUG}--{part}.pdf"
        chromium_pdf(hp, op)
        for p in PdfReader(op).pages:
            w.add_page(p)
        tmp.append(op)
    w.add_metadata({"/Title": "Thresholds of need | Ashcombe Vale Safeguarding Children Partnership"})
    with open(os.path.join(PDF, SLUG + ".pdf"), "wb") as f:
        w.write(f)
    g.save()


if __name__ == "__main__":
    main()
