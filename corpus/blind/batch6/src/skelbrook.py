import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from pypdf import PdfWriter, PdfReader

SLUG = "skelbrook"
META = dict(doc=SLUG, partnership="Skelbrook Children's Safeguarding Partnership",
            authorities="Skelbrook Metropolitan Borough Council", producer="chromium",
            layout_family="level_per_page_web", orientation="portrait", version="", version_date="2024-07-03")
LEVELS = [
    dict(label="Universal", name="", maps_to="", page="universal", title="Universal",
         lede="Children and young people at this level have no additional needs. Their health, learning and wellbeing are looked after by the services open to every family, and no extra response is needed.",
         evidence="Children and young people at this level have no additional needs."),
    dict(label="Additional needs", name="", maps_to="A", page="additional-needs", title="Additional needs",
         lede="The school, nursery, GP or health visitor who knows the family leads, using an Early Help Assessment if more than one service is helping. Children's social care is not involved at this level.",
         evidence="Children's social care is not involved at this level."),
    dict(label="Complex needs", name="", maps_to="B+C", page="complex-needs", title="Complex needs",
         lede="Help at this level comes either from the Skelbrook Family Help team, who will allocate a key worker, or from a social worker who assesses the child as a child in need under section 17 of the Children Act 1989. Contact the Skelbrook Front Door and they will decide which.",
         evidence="Help at this level comes either from the Skelbrook Family Help team, who will allocate a key worker, or from a social worker who assesses the child as a child in need under section 17 of the Children Act 1989."),
    dict(label="Acute needs", name="", maps_to="D", page="acute-needs", title="Acute needs",
         lede="A child at this level is at risk of significant harm. Ring the Front Door straight away: a strategy discussion will be held and child protection enquiries (section 47) may follow. If a child is in immediate danger ring 999.",
         evidence="Ring the Front Door straight away: a strategy discussion will be held and child protection enquiries (section 47) may follow."),
]
SPEC = """
= Universal
# Health
+ Healthy, with immunisations and developmental checks up to date;
+ Good diet and enough sleep for their age;
1 hd | Minor coughs, colds and usual childhood illnesses;
# Education and learning
+ Attends school or nursery regularly;
+ Enjoys learning and is reaching expected milestones;
# Family and relationships
+ Warm and loving relationships at home;
+ Lives in a safe, settled home with enough space;
+ Has friends and gets on with other children;
= Additional needs
# Health
2 hd | Missed health checks or immunisations;
2 hd | Speech or language delay, e.g. not yet using simple sentences at two and a half;
# Education and learning
2 at | Attendance falling, e.g. between 90% and 95%;
2 at | Late to school several times a term;
# Emotional wellbeing
2 cmh | Low mood or worries that are starting to show in school;
2 sh | Has self-harmed once and has told a trusted adult;
# Family and relationships
2 bu | Being bullied or falling out with a group of friends;
2 dv | Arguments between parents that the child hears or knows about;
2 pc | Parents finding it hard to set routines or boundaries;
# Home and community
2 ho | Housing is damp or in poor repair and this is affecting a child's asthma;
4 ho | The family is homeless and staying with relatives;
2 ff | Money worries, e.g. a change in benefits or a parent losing their job;
= Complex needs
# Health
3 hd | Health condition not being managed because appointments are missed;
4 hd | Disability with high care needs and parents struggling to cope;
# Education and learning
3 at | Persistent absence, below 90%;
4 at | Permanently excluded or not in education;
# Emotional wellbeing
3 sh | Repeated self-harm, e.g. cutting, alongside low mood;
4 sh | Self-harm with suicidal thoughts;
4 cmh | Severe anxiety or an eating disorder that needs CAMHS;
# Family and relationships
3 bu | Bullying is stopping the child going to school;
4 bu | Severe, persistent bullying including online;
3 dv | A history of domestic abuse between parents;
4 dv | Domestic abuse incidents, with police called to the home;
3 pa | Parents smack as a regular form of discipline;
4 pa | Hit with a belt or other implement as a punishment;
4 su | Parent's use of alcohol or drugs means the child's needs are not met;
3 pmh | Parent's mental health is affecting their care of the child;
# Home and community
3 ho | Rent arrears and an eviction notice;
3 ho | Family in temporary accommodation, moving often;
4 mi | Running away from home or staying out overnight;
4 ex | Worries about CSE or CCE, e.g. new older friends, unexplained money;
3 bo | Involved in anti-social behaviour or low-level offending;
= Acute needs
# Health
5 pa | Any injury or bruise on a baby who is not yet mobile;
5 ne | Failure to seek medical help, putting the child's health at serious risk;
# Emotional wellbeing
6 sh | Has tried to end their life or self-harmed in a way that is life-threatening;
# Family and relationships
5 pa | Child says they have been hurt by a parent or carer;
6 pa | Serious injuries such as fractures or burns;
5 dv | Ongoing domestic abuse where the child is at risk of significant harm;
6 dv | High-risk domestic abuse (MARAC) with the child living in the home;
5 sa | Child says they have been sexually abused;
5 ea | Child is frightened of a parent, or is constantly belittled and rejected;
# Home and community
6 ho | Young person has been thrown out of home and has nowhere safe to go;
5 ho;ne | The home is in a dangerous condition, e.g. exposed wiring, drugs or needles within reach;
5 ex | Child is being sexually or criminally exploited, including county lines;
5 hp | At risk of FGM or forced marriage;
"""
ITEMS = parse(SPEC)

CSS = """
@page { size: A4; margin: 12mm 12mm 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color: #222; margin: 0 }
.skip { font-size: 8pt; color: #666 }
header { background: #0b5563; color: #fff; padding: 10px 14px; display: flex; justify-content: space-between; align-items: center }
header .brand { font-size: 15pt; font-weight: bold }
header .search { background: #fff; color: #777; padding: 3px 8px; font-size: 9pt; width: 160px }
nav.top { background: #e3eef0; padding: 6px 14px; font-size: 9.5pt }
nav.top span { margin-right: 16px }
.crumbs { font-size: 9pt; margin: 10px 14px; color: #444 }
.wrap { display: flex; }
aside { width: 26%; font-size: 9.5pt; padding: 0 10px 0 14px }
aside ul { list-style: none; padding: 0; border-top: 3px solid #0b5563 }
aside li { padding: 5px 4px; border-bottom: 1px solid #ccc }
aside li.on { font-weight: bold; background: #eef5f6 }
main { width: 70%; padding-right: 14px }
h1 { color: #0b5563; font-size: 20pt; margin: 0 0 6px }
.lede { font-size: 11.5pt; border-left: 5px solid #f0a500; padding-left: 10px }
.print { font-size: 9pt; float: right; color: #0b5563; text-decoration: underline }
h2 { font-size: 13.5pt; margin: 16px 0 4px }
h3 { font-size: 12pt; margin: 12px 0 2px; color: #0b5563 }
main ul { margin: 2px 0 6px; padding-left: 22px }
main li { margin: 2px 0 }
footer { margin-top: 22px; border-top: 2px solid #0b5563; font-size: 8.5pt; color: #555; padding: 8px 14px }
"""


def page(lv):
    lvd = by_level_domain(ITEMS)[lv["label"]]
    nav = "".join(f'<li class="{"on" if l is lv else ""}">{l["title"]}</li>' for l in LEVELS)
    body = ""
    for dom, its in lvd:
        body += f"<h3>{esc(dom)}</h3><ul>" + "".join(f"<li>{esc(i['text'])}</li>" for i in its) + "</ul>"
    heading = ("<h2>What we would usually expect to see</h2>" if lv["label"] == "Universal"
               else "<h2>What you might see</h2>")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{lv['title']} | Skelbrook Children's Safeguarding Partnership</title><style>{CSS}</style></head><body>
<div class="skip">Skip to main content</div>
<header><span class="brand">Skelbrook Children's Safeguarding Partnership</span><span class="search">Search this site</span></header>
<nav class="top"><span>Home</span><span>Worried about a child?</span><span>Professionals</span><span>Training</span><span>Reviews</span><span>Contact us</span></nav>
<div class="crumbs">Home &gt; Professionals &gt; Continuum of need &gt; {lv['title']}</div>
<div class="wrap"><aside><b>Continuum of need</b><ul>{nav}<li>Making a referral</li><li>Consent</li></ul></aside>
<main><span class="print">Print this page</span><h1>{lv['title']}</h1>
<p class="lede">{esc(lv['lede'])}</p>
{heading}{body}
<p style="font-size:9.5pt">Not sure? Talk it through with your designated safeguarding lead or call the Front Door consultation line on 01632 960 214.</p>
</main></div>
<footer>Was this page helpful? Yes / No<br>Page last reviewed: 3 July 2024 &middot; Accessibility &middot; Cookies &middot; &copy; Skelbrook Children's Safeguarding Partnership</footer>
</body></html>"""


def build():
    w = PdfWriter()
    for lv in LEVELS:
        p = os.path.join(HERE, f"{SLUG}--{lv['page']}.html")
        open(p, "w").write(page(lv))
        out = f"/tmp/{SLUG}-{lv['page']}.pdf"
        chromium_pdf(p, out)
        for pg in PdfReader(out).pages:
            w.add_page(pg)
    w.write(os.path.join(PDF, SLUG + ".pdf"))


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
