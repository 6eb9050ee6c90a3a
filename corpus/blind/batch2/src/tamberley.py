"""Tamberley: 'interactive threshold tool' web pages saved as one PDF (chromium).
One printed page per level and domain; items are HTML <li> ending in ';'."""
import os
from common import I, S, Gold, chromium_pdf, esc, HERE, PDF_DIR

SLUG = "tamberley"
META = dict(partnership="Tamberley Children's Safeguarding Partnership",
            authorities="Tamberley Borough Council", producer="chromium",
            layout_family="level_per_page_web", orientation="portrait",
            version="3.2", version_date="2025-02-14")

DESC = {
    "Universal": "Children and young people at this level are doing well. Their needs are met by their family and by the services every child uses, such as school, nursery, the GP and the health visitor. No additional support is needed.",
    "Early Help": "A need has started to show which the family and their universal services can meet with a little extra help. The practitioner who knows the family best, usually the school, nursery or health visitor, offers that help within their own service and may start an Early Help Assessment. Children's social care is not involved.",
    "Targeted Early Help": "Needs are multiple, or are not improving with single-agency support. A Team Around the Family is needed, coordinated by the Tamberley Family Support Service, which may allocate a family key worker.",
    "Child in Need": "Needs are complex or long-standing and the child's health or development is likely to be significantly impaired without services. Contact the Children's Front Door: a social worker will complete a child and family assessment under section 17 of the Children Act 1989.",
    "Child Protection": "There is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm. Phone the Children's Front Door straight away (or 999 if a child is in immediate danger); a strategy discussion will decide whether enquiries under section 47 are needed.",
}
LEVELS = [
    dict(label="Universal", name="", maps_to="",
         evidence="No additional support is needed."),
    dict(label="Early Help", name="", maps_to="A",
         evidence="The practitioner who knows the family best, usually the school, nursery or health visitor, offers that help within their own service and may start an Early Help Assessment."),
    dict(label="Targeted Early Help", name="", maps_to="B",
         evidence="A Team Around the Family is needed, coordinated by the Tamberley Family Support Service, which may allocate a family key worker."),
    dict(label="Child in Need", name="", maps_to="C",
         evidence="Contact the Children's Front Door: a social worker will complete a child and family assessment under section 17 of the Children Act 1989."),
    dict(label="Child Protection", name="", maps_to="D",
         evidence="There is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm."),
]
for l in LEVELS:
    assert l["evidence"] in DESC[l["label"]]

NEXT = {
    "Universal": "Keep doing what you are doing. Share information about local activities and the Family Hub offer if the family asks.",
    "Early Help": "Talk to the family about what is worrying you and what they would like help with. Agree a plan within your own service, record it, and review it within six to eight weeks. You can ring the Early Help Advice Line for a conversation at any time.",
    "Targeted Early Help": "With the family's consent, complete an Early Help Assessment and send it to the Family Support Service. A Team Around the Family meeting will agree who does what and who the lead practitioner is.",
    "Child in Need": "Discuss with your safeguarding lead and complete a Request for Support to the Children's Front Door. Tell the family you are doing this unless it would put a child at risk.",
    "Child Protection": "Do not delay. Phone the Children's Front Door on 01632 960 410 (out of hours 01632 960 999). If a child is in immediate danger call 999. Follow up your call in writing within 24 hours.",
}

# pages: (level, domain, [ (subheading or None, [items]) ], last_punct)
PAGES = [
 ("Universal", "Child's development", [(None, [
    S("is healthy, with immunisations and development checks up to date"),
    S("is growing and developing as expected for their age"),
    S("attends school or nursery regularly and is making progress"),
    S("gets on with other children and has friends"),
    S("can talk about their feelings and copes with everyday changes")])], "."),
 ("Universal", "Parents and carers", [(None, [
    S("parents offer warmth, praise and encouragement"),
    S("routines and boundaries are clear and consistent"),
    S("the child is kept safe and supervised appropriately for their age"),
    S("parents seek and act on advice from health and school staff")])], "."),
 ("Universal", "Family and environment", [(None, [
    S("the family lives in safe, suitable and stable housing"),
    S("the household has enough income to meet the child's basic needs"),
    S("the family has support from relatives, friends or the community"),
    S("parents relate to each other calmly, including after separating")])], ";"),
 ("Early Help", "Child's development", [
   ("Health, e.g.", [
    I("missed immunisations or development checks", "neglect;health_development", 2),
    I("minor health problems, or weight that is starting to cause concern", "health_development", 2)]),
   ("Education, e.g.", [
    I("attendance between 90% and 95%, or frequent lateness", "attendance", 2),
    I("is being bullied or has fallen out with friends, and this is upsetting them", "bullying", 2)]),
   ("Emotional and behavioural development, e.g.", [
    I("low mood or anxiety that is affecting sleep or concentration", "child_mental_health", 2),
    I("has self-harmed once, with no injury needing treatment", "self_harm", 2),
    I("early experimenting with alcohol or cannabis", "substance_misuse", 2)])], "."),
 ("Early Help", "Parents and carers", [(None, [
    I("parents find it hard to set boundaries or keep to routines", "parenting_capacity", 2),
    I("a parent has low mood or anxiety that is beginning to affect family life", "parental_mental_health", 2),
    I("parents argue and the children are aware of it", "domestic_violence", 2),
    I("young carer with some caring tasks at home", "parenting_capacity", 2),
    I("supervision is sometimes inconsistent for the child's age", "neglect", 2)])], ";"),
 ("Early Help", "Family and environment", [(None, [
    I("family is homeless or at risk of becoming homeless", "housing", 4),
    I("housing is overcrowded or in poor repair, affecting the child's health", "housing", 2),
    I("family is struggling with debt or relies on the food bank", "family_finances", 2),
    I("parents have recently separated and the child is unsettled", "domestic_violence", 2),
    I("family is new to the area and isolated from support", "other", 2)])], "."),
 ("Targeted Early Help", "Child's development", [
   ("Health, e.g.", [
    I("persistent health problems, with appointments often missed", "neglect;health_development", 3),
    I("speech, language or developmental delay that is not being addressed", "health_development", 3)]),
   ("Education, e.g.", [
    I("attendance below 90%, or a pattern of fixed-term exclusions", "attendance", 3),
    I("bullying that is affecting their attendance or wellbeing", "bullying;attendance", 3),
    I("is bullying other children", "bullying", 3)]),
   ("Emotional and behavioural development, e.g.", [
    I("repeated self-harm alongside wider emotional difficulties", "self_harm;child_mental_health", 3),
    I("going missing for short periods, returning the same day", "missing", 3),
    I("involved in anti-social behaviour or at risk of offending", "behaviour_offending", 3)])], "."),
 ("Targeted Early Help", "Parents and carers", [(None, [
    I("parental conflict in which the child is drawn in or takes sides", "domestic_violence", 3),
    I("a parent's drug or alcohol use is affecting routines and supervision", "substance_misuse;neglect", 3),
    I("a parent's mental health is affecting their ability to care consistently", "parental_mental_health", 3),
    I("physical chastisement such as smacking is used as discipline", "physical_abuse", 3),
    I("poor hygiene or unsuitable clothing noticed repeatedly", "neglect", 3)])], ";"),
 ("Targeted Early Help", "Family and environment", [(None, [
    I("rent arrears or a tenancy at risk", "housing;family_finances", 3),
    I("family living in temporary accommodation", "housing", 3),
    I("history of domestic abuse between the parents, who are now separated", "domestic_violence", 3),
    I("unemployment and low income are limiting the child's opportunities", "family_finances", 3),
    I("family experiencing harassment or discrimination in the community", "discrimination", 3)])], "."),
 ("Child in Need", "Child's development", [
   ("Health, e.g.", [
    I("disability or complex health needs requiring a high level of support, e.g. EHCP and frequent hospital stays", "health_development", 4),
    I("self-harm with suicidal thoughts", "self_harm", 4)]),
   ("Education, e.g.", [
    I("not in school, or missing from education (CME), for a sustained period", "attendance;missing", 4),
    I("severe or persistent bullying that is harming the child's health", "bullying", 4)]),
   ("Emotional and behavioural development, e.g.", [
    I("persistent offending, or known to the youth justice service", "behaviour_offending", 4),
    I("regularly misusing drugs or alcohol", "substance_misuse", 4),
    I("at risk of exploitation, e.g. older associates, unexplained money or phones", "exploitation", 4)])], ";"),
 ("Child in Need", "Parents and carers", [(None, [
    I("incidents of domestic abuse between the parents or carers", "domestic_violence", 4),
    I("a parent's mental illness or substance misuse means the child's needs are often unmet", "parental_mental_health;substance_misuse;neglect", 4),
    I("parents are unable to set boundaries and the child is beyond their control", "parenting_capacity", 4),
    I("frequent minor injuries, or injuries with unclear explanations", "physical_abuse", 4),
    I("physical punishment using an implement", "physical_abuse", 4)])], "."),
 ("Child in Need", "Family and environment", [(None, [
    I("home is unhygienic and in a very poor state of repair", "housing;neglect", 4),
    I("young carer whose caring role is affecting their education and health", "parenting_capacity;attendance", 4),
    I("family characterised by conflict and serious, chronic relationship problems", "domestic_violence", 4),
    I("severe debt or no recourse to public funds, leaving the child without essentials", "family_finances;neglect", 4)])], "."),
 ("Child Protection", "Child's development", [(None, [
    I("suicide attempt or life-threatening self-harm", "self_harm", 6),
    I("sexual or criminal exploitation, including county lines", "exploitation", 5),
    I("frequently missing overnight and found with adults who may harm them", "missing;exploitation", 5),
    I("disclosure of sexual abuse", "sexual_abuse", 5),
    I("serious assault by other young people", "bullying;physical_abuse", 6)])], ";"),
 ("Child Protection", "Parents and carers", [(None, [
    I("any injury or bruising to a baby who is not yet mobile", "physical_abuse", 5),
    I("an injury with an explanation that does not fit, or a child says a parent hit them", "physical_abuse", 5),
    I("serious domestic abuse incident in which the child was hurt or threatened", "domestic_violence;physical_abuse", 6),
    I("persistent domestic violence or coercive control, with the child at risk", "domestic_violence", 5),
    I("child left alone, or without food, warmth or medical care, at risk of significant harm", "neglect", 5)])], "."),
 ("Child Protection", "Family and environment", [(None, [
    I("child has been thrown out of home and has nowhere safe to stay", "housing", 6),
    I("home conditions are dangerous, e.g. squalor, exposed wiring, drugs within reach", "housing;neglect", 5),
    I("high-risk domestic abuse case heard at MARAC", "domestic_violence", 6),
    I("risk of female genital mutilation (FGM) or forced marriage", "harmful_practices", 5),
    I("a person convicted of offences against children is living in, or visiting, the home", "other", 5)])], ";"),
]

LEVEL_ORDER = [l["label"] for l in LEVELS]
DOMAINS = ["Child's development", "Parents and carers", "Family and environment"]

CSS = """
@page { size: A4; margin: 14mm 14mm 14mm 14mm;
  @top-left { content: "17/02/2025, 09:14"; font-size: 7.5pt; font-family: 'Liberation Sans'; color: #444; }
  @top-center { content: "Threshold tool | Tamberley CSP"; font-size: 7.5pt; font-family: 'Liberation Sans'; color: #444; }
  @bottom-left { content: "https://www.tamberleycsp.org.uk/threshold-tool"; font-size: 7.5pt; font-family: 'Liberation Sans'; color: #444; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 7.5pt; font-family: 'Liberation Sans'; color: #444; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11.5pt; color: #222; margin: 0; }
.page { page-break-after: always; }
.page:last-child { page-break-after: auto; }
.site { background: #1d4e6b; color: #fff; padding: 8px 12px; font-size: 10pt; }
.site b { font-size: 13pt; }
.nav { background: #e8eef2; padding: 5px 12px; font-size: 9pt; color: #1d4e6b; }
.nav span { margin-right: 14px; }
.crumb { font-size: 8.5pt; color: #555; margin: 10px 0 4px 0; }
h1 { font-size: 20pt; color: #1d4e6b; margin: 6px 0 10px 0; font-weight: normal; }
h2 { font-size: 13pt; color: #1d4e6b; margin: 16px 0 4px 0; }
h3 { font-size: 11.5pt; margin: 12px 0 2px 0; }
ul { margin-top: 4px; padding-left: 22px; }
li { margin: 3px 0; }
.tabs { margin: 8px 0 12px 0; font-size: 9pt; }
.tabs span { display: inline-block; border: 1px solid #9ab; padding: 3px 8px; margin-right: 3px; border-radius: 3px; }
.tabs span.on { background: #1d4e6b; color: #fff; }
.lvl { display:inline-block; padding: 2px 8px; border-radius: 10px; color:#fff; font-size: 9pt; }
.next { border-left: 5px solid #f0a500; background: #fff8e6; padding: 6px 12px; margin-top: 16px; font-size: 10.5pt; }
.pager { margin-top: 18px; font-size: 9.5pt; color: #1d4e6b; }
.pager .r { float: right; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 8pt; color: #777; border-top: 1px solid #ccc; padding-top: 2px; }
.intro td, .intro th { border: 1px solid #bbb; padding: 5px 7px; vertical-align: top; font-size: 10pt; }
.intro { border-collapse: collapse; width: 100%; }
.note { font-size: 9.5pt; color: #555; }
"""
COLOURS = {"Universal": "#4c9a2a", "Early Help": "#7fb800", "Targeted Early Help": "#f0a500",
           "Child in Need": "#e06c00", "Child Protection": "#c0392b"}


def header(crumbs):
    return (f"<div class='site'><b>Tamberley Children's Safeguarding Partnership</b><br>"
            f"Keeping children in Tamberley safe</div>"
            f"<div class='nav'><span>Home</span><span>Worried about a child?</span><span>Threshold tool</span>"
            f"<span>Procedures</span><span>Training</span><span>Contact us</span></div>"
            f"<div class='crumb'>{' &rsaquo; '.join(esc(c) for c in crumbs)}</div>")


def build():
    g = Gold(SLUG, META, LEVELS, anchor="Universal – Child's development", anchor_nth=1)
    out = []
    # intro page
    rows = "".join(f"<tr><td style='white-space:nowrap'><span class='lvl' style='background:{COLOURS[l]}'>{esc(l)}</span></td>"
                   f"<td>{esc(DESC[l])}</td></tr>" for l in LEVEL_ORDER)
    out.append(f"""<div class='page'>{header(['Home', 'Professionals', 'Threshold tool'])}
<h1>Threshold tool: levels of need</h1>
<p>This tool helps anyone who works with children in Tamberley to decide what kind of help a child
and their family need. Choose a level, then a domain, to see examples of what you might notice. The
examples are not a checklist. A single worry may matter more than several small ones, and a family's
strengths can reduce the level of help they need. If you are unsure, talk to your safeguarding lead or
ring the Early Help Advice Line on 01632 960 415.</p>
<table class='intro'><tr><th>Level</th><th>What it means</th></tr>{rows}</table>
<h2>Using the tool</h2>
<p>Every page shows one level and one of the three domains of the Assessment Framework: the child's
development, the parents and carers, and the family and environment. Use the tabs at the top of each
page to move between domains, and the links at the bottom to move between levels.</p>
<p class='note'>Version 3.2. Agreed by the Partnership Executive on 29 January 2025. This is a saved
copy of an online tool; the online version is the current one.</p>
</div>""")
    for k, (lev, dom, groups, last) in enumerate(PAGES):
        title = f"{lev} – {dom}"
        tabs = "".join(f"<span class='{'on' if d == dom else ''}'>{esc(d)}</span>" for d in DOMAINS)
        body = []
        all_items = [it for _, its in groups for it in its]
        for sub, its in groups:
            if sub:
                body.append(f"<h3>{esc(sub)}</h3>")
            lis = []
            for it in its:
                p = last if it is all_items[-1] else ";"
                txt = it.text + p
                it.text = txt
                domain = sub.replace(", e.g.", "") if sub else dom
                g.add(it, lev, domain)
                lis.append(f"<li>{esc(txt)}</li>")
            body.append("<ul>" + "".join(lis) + "</ul>")
        li = LEVEL_ORDER.index(lev)
        prev_l = f"&lsaquo; {esc(LEVEL_ORDER[li-1])}" if li > 0 else ""
        next_l = f"{esc(LEVEL_ORDER[li+1])} &rsaquo;" if li < 4 else ""
        lead = ("Children at this level are likely to show:" if lev == "Universal"
                else "You may notice some of the following:")
        out.append(f"""<div class='page'>{header(['Home', 'Threshold tool', lev, dom])}
<h1>{esc(title)}</h1>
<div class='tabs'>{tabs}</div>
<p>{lead}</p>
{''.join(body)}
<div class='next'><b>What to do next</b><br>{esc(NEXT[lev])}</div>
<p class='note'>Page last reviewed: 14 February 2025 &nbsp;·&nbsp; Version 3.2</p>
<div class='pager'><span>{prev_l}</span><span class='r'>{next_l}</span></div>
</div>""")
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Threshold tool | Tamberley CSP</title>"
            f"<style>{CSS}</style></head><body>"
            "\n".join(out) + "</body></html>")
    hp = os.path.join(HERE, SLUG + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    chromium_pdf(hp, os.path.join(PDF_DIR, SLUG + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
