"""Ambleworth: level_per_page_web, Chromium. An online 'threshold tool', one web page per tier, each printed
by headless Chromium and joined. Breadcrumbs, left navigation, feedback box, cookie banner, browser-drawn markers."""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from pypdf import PdfWriter, PdfReader

SLUG = "ambleworth"

DATA = r"""
@Tier 1
#Health and development
s | good physical health, with checks and vaccinations up to date;
s | speech, play and learning developing at the expected rate;
1 health_development | a minor illness or short-term health condition managed by the GP;
#Learning, e.g.
s | attending regularly and enjoying school;
2 attendance | punctuality slipping, such as late several times in a half term;
1 bullying | falling out with friends or occasional name-calling;
#Family and home
s | a stable, loving home with clear routines;
s | enough money for essentials and a secure tenancy;
1 domestic_violence | parents separating amicably and putting the children first;
1 parenting_capacity | parents asking for advice on sleep, toileting or behaviour.

@Tier 2
#Child's health and development
2 health_development | missed immunisations or health appointments;
3 child_mental_health | anxiety or low mood that is affecting everyday life;
3 self_harm | self-harm that is repeated but low-level, e.g. superficial scratching;
3 substance_misuse | young person using cannabis or alcohol regularly;
#Learning, e.g.
3 attendance | attendance below 90% or a recent fixed-term exclusion;
3 bullying | bullying that is affecting attendance or wellbeing;
#Parents and carers
3 domestic_violence | arguments between parents which the child is drawn into;
3 parenting_capacity | parents finding it difficult to manage the child's behaviour;
3 parental_mental_health | parental mental health difficulties affecting daily routines;
#Home and community
3 housing | temporary accommodation, or the family has been served notice;
2 housing | overcrowding or poor repair that is affecting the children's health;
3 family_finances | debt or benefit problems leaving the family short of food.

@Tier 3
#The child
4 self_harm | self-harm with thoughts of suicide;
4 bullying | severe and persistent bullying which the school has not been able to stop;
4 attendance | persistent absence or a child missing education;
4 exploitation | older associates, unexplained gifts or money and other signs of exploitation;
4 behaviour_offending | offending behaviour, or carrying a weapon;
4 health_development | a disabled child whose needs the family cannot meet without social care support;
#Parents and carers
4 domestic_violence | domestic abuse incidents reported to the police, with children in the household;
4 substance_misuse;parenting_capacity | parental substance misuse affecting the care of the child;
4 physical_abuse | frequent injuries, with explanations that vary;
4 neglect | neglect that is continuing despite despite early help;
#Home and community
4 housing | family homeless or sofa surfing.

@Tier 4
#The child
6 self_harm | a suicide attempt or self-harm needing hospital treatment;
5 sexual_abuse | disclosure of sexual abuse;
5 exploitation | child sexual or criminal exploitation, including county lines;
5 missing;exploitation | repeated missing episodes linked to exploitation;
5 bullying | serious harm from peers after a long period of bullying;
#Parents and carers
5 physical_abuse | bruising, marks or injuries that are unexplained or do not fit the explanation given;
5 physical_abuse | any injury to a baby who is not mobile;
5 domestic_violence | persistent domestic abuse or coercive and controlling behaviour, placing the child at risk;
6 domestic_violence;physical_abuse | a child harmed or threatened during a domestic abuse incident;
5 neglect | severe or persistent neglect;
5 emotional_abuse | a child who is frightened to go home;
#Home and community
6 housing | a young person who has been thrown out and has nowhere safe to go;
5 harmful_practices | a girl at risk of FGM.
"""

LEVELS = [
    lv("Tier 1", "Universal Support", "A",
       "If a small need comes up, the nursery, school, GP or health visitor can usually deal with it themselves without a referral."),
    lv("Tier 2", "Early Help Support", "B",
       "The Ambleworth Early Help Hub allocates a family worker, who completes an Early Help Assessment with the family and coordinates a Team Around the Family."),
    lv("Tier 3", "Child in Need", "C",
       "A social worker from Ambleworth Children's Social Care completes a Child and Family Assessment and leads a child in need plan under section 17 of the Children Act 1989."),
    lv("Tier 4", "Child Protection", "D",
       "A strategy discussion is held and the police and children's social care make enquiries under section 47 of the Children Act 1989."),
]

ABOUT = {
    "Tier 1": "Most children in Ambleworth are at Tier 1. Their needs are met by their family and by services "
              "that every child can use. " + LEVELS[0]["evidence"],
    "Tier 2": "At Tier 2 a child or family has needs that one service cannot meet on its own. " +
              LEVELS[1]["evidence"] + " Families must agree to early help.",
    "Tier 3": "At Tier 3 a child's needs are complex and without support their health or development is likely "
              "to be significantly impaired. " + LEVELS[2]["evidence"],
    "Tier 4": "Children at Tier 4 are suffering, or likely to suffer, significant harm. Contact the Front Door "
              "straight away, or call 999 if a child is in immediate danger. " + LEVELS[3]["evidence"],
}
NEXT = {
    "Tier 1": "No referral is needed. Keep a note of any concern and talk to your setting's safeguarding lead if it continues.",
    "Tier 2": "Complete the Early Help Request form on the partner portal with the family's consent. The Hub aims to respond within five working days.",
    "Tier 3": "Make a referral to the Front Door using the multi-agency referral form. Talk to the family first unless this would put the child at risk.",
    "Tier 4": "Phone the Front Door on 01632 962 300 (out of hours 01632 962 999) and follow up in writing within 24 hours.",
}

CSS = """
@page { size: A4; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12.5px; color: #222; margin: 0; }
.cookie { background: #1d1d1b; color: #fff; padding: 9px 14px; font-size: 11.5px; }
.cookie button { margin-left: 10px; background: #ffd100; border: 0; padding: 4px 10px; font-weight: bold; }
header { background: #00565c; color: #fff; padding: 12px 14px; }
header .site { font-size: 19px; font-weight: bold; }
header .topnav { margin-top: 6px; font-size: 11.5px; }
header .topnav span { margin-right: 16px; }
.crumbs { font-size: 11px; color: #444; padding: 8px 14px; border-bottom: 1px solid #ddd; }
.crumbs a { color: #00565c; }
.wrap { display: flex; padding: 10px 14px; }
nav { width: 170px; flex: none; margin-right: 20px; font-size: 11.5px; }
nav h2 { font-size: 13px; margin: 4px 0 6px 0; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { padding: 6px 8px; border-left: 4px solid #ccc; margin-bottom: 3px; background: #f4f4f4; }
nav li.on { border-left-color: #00565c; background: #e0efef; font-weight: bold; }
main { flex: 1; }
main h1 { font-size: 24px; color: #00565c; margin: 4px 0 10px 0; }
main h2 { font-size: 15px; margin: 14px 0 4px 0; }
main h3 { font-size: 13.5px; margin: 10px 0 2px 0; color: #00565c; }
main ul { margin: 2px 0 4px 0; padding-left: 22px; }
main li { margin-bottom: 2px; }
.note { background: #fff4cc; border-left: 5px solid #ffd100; padding: 8px 10px; margin: 10px 0; }
.feedback { border: 1px solid #bbb; padding: 10px; margin-top: 16px; font-size: 11.5px; }
.feedback b { display: block; margin-bottom: 4px; }
.feedback span { border: 1px solid #00565c; padding: 2px 12px; margin-right: 6px; color: #00565c; }
footer { font-size: 10.5px; color: #555; padding: 8px 14px; border-top: 1px solid #ddd; margin-top: 10px; }
"""


def page_html(level, lit):
    name = [l for l in LEVELS if l["label"] == level][0]
    title = "%s – %s" % (level, name["name"])
    h = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s | Ambleworth SCP</title>'
         '<style>%s</style></head><body>' % (title, CSS)]
    h.append('<div class="cookie">We use cookies to make this site work and to understand how it is used. '
             '<button>Accept all cookies</button><button>Reject optional cookies</button></div>')
    h.append('<header><div class="site">Ambleworth Safeguarding Children Partnership</div><div class="topnav">'
             '<span>Home</span><span>Worried about a child?</span><span>Professionals</span><span>Training</span>'
             '<span>Contact us</span></div></header>')
    h.append('<div class="crumbs"><a>Home</a> &gt; <a>Professionals</a> &gt; <a>Threshold tool</a> &gt; %s</div>' % title)
    h.append('<div class="wrap"><nav><h2>Threshold tool</h2><ul>')
    h.append('<li>Introduction</li>')
    for l in LEVELS:
        h.append('<li%s>%s – %s</li>' % (' class="on"' if l["label"] == level else "", l["label"], l["name"]))
    h.append('<li>Making a referral</li><li>Escalation and challenge</li></ul></nav><main>')
    h.append('<h1>%s</h1>' % title)
    h.append('<h2>About this tier</h2><p>%s</p>' % esc(ABOUT[level]))
    h.append('<h2>What you might see</h2>')
    for dom, dit in groups(lit, "domain"):
        h.append('<h3>%s</h3><ul>' % esc(dom))
        for it in dit:
            h.append('<li>%s</li>' % esc(it["text"]))
        h.append('</ul>')
    h.append('<h2>What to do next</h2><div class="note">%s</div>' % esc(NEXT[level]))
    h.append('<div class="feedback"><b>Was this page helpful?</b><span>Yes</span><span>No</span> '
             'Tell us how we could improve this page (do not include personal details).</div>')
    h.append('</main></div><footer>Page last updated: 14 May 2024 &nbsp;|&nbsp; Accessibility &nbsp;|&nbsp; '
             'Privacy notice &nbsp;|&nbsp; © Ambleworth Safeguarding Children Partnership</footer></body></html>')
    return "\n".join(h)


def build():
    items = parse(DATA)
    site = os.path.join(SRC, SLUG + "_site")
    os.makedirs(site, exist_ok=True)
    tmp = tempfile.mkdtemp()
    w = PdfWriter()
    for i, (level, lit) in enumerate(groups(items, "level")):
        fn = os.path.join(site, "tier-%d.html" % (i + 1))
        open(fn, "w").write(page_html(level, lit))
        out = os.path.join(tmp, "%d.pdf" % i)
        chromium_print(fn, out)
        for pg in PdfReader(out).pages:
            w.add_page(pg)
    with open(os.path.join(PDF, SLUG + ".pdf"), "wb") as f:
        w.write(f)
    shutil.rmtree(tmp, ignore_errors=True)
    meta = dict(partnership="Ambleworth Safeguarding Children Partnership", authorities="Ambleworth",
                producer="chromium", layout_family="level_per_page_web", orientation="portrait",
                version="", version_date="2024-05-14")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
