"""Stourmere CSP: WeasyPrint booklet. Levels defined by run-in bold labels; then one chapter per
domain with level sub-headings inside (labels written inconsistently, as real documents do)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, esc, PDF, SRC
from weasyprint import HTML

SLUG = "stourmere"
g = Gold(SLUG, partnership="Stourmere Children's Safeguarding Partnership",
         authorities="Stourmere Council", producer="weasyprint",
         layout_family="run_in_labels+domain_then_level", orientation="portrait",
         version="2.0", version_date="2022-11")

ev = {
    "Level 1": "Their needs are met by their families and by the universal services that every child can use, "
               "and there are no additional needs.",
    "Level 2": "The practitioner who knows the family best, usually from the school, early years setting or "
               "health service, acts as lead professional and completes a Stourmere Early Help Assessment; "
               "children's social care are not involved at this level.",
    "Level 3": "Some families at this level are supported by a Stourmere Family Support keyworker through a "
               "targeted early help plan; where a child's health or development is likely to be significantly "
               "impaired, the Front Door will arrange a child and family assessment by a social worker under "
               "section 17 of the Children Act 1989.",
    "Level 4": "Children's social care will hold a strategy discussion with the police and health colleagues and "
               "will decide whether to undertake enquiries under section 47.",
}
g.level("Level 1", "Universal", "", ev["Level 1"])
g.level("Level 2", "Early Help", "A", ev["Level 2"])
g.level("Level 3", "Targeted and Complex", "B+C", ev["Level 3"])
g.level("Level 4", "Protection", "D", ev["Level 4"])

RUNIN = [
    ("Level One \u2013 Universal.", "Children who are healthy, safe and making good progress. " + ev["Level 1"]),
    ("Level Two \u2013 Early Help.", "Children whose needs are starting to show and who would benefit from some "
     "extra help, usually from one or two services working together. " + ev["Level 2"]),
    ("Level Three \u2013 Targeted and Complex.", "Children with multiple needs, or needs that are getting worse "
     "despite early help. " + ev["Level 3"]),
    ("Level Four \u2013 Protection.", "Children who are suffering, or who are likely to suffer, significant harm, "
     "and who need protecting. " + ev["Level 4"] + " If a child is in immediate danger the police should be "
     "called on 999."),
]

S = "s"
# chapter: (number, title, intro, heading style, [(level, lead-in, items)])
HEAD_STYLES = {
    "caps": {"Level 1": "LEVEL 1:", "Level 2": "LEVEL 2:", "Level 3": "LEVEL 3:", "Level 4": "LEVEL 4:"},
    "words": {"Level 1": "Level One", "Level 2": "Level Two", "Level 3": "Level Three", "Level 4": "Level Four"},
    "named": {"Level 1": "Level 1 \u2013 Universal", "Level 2": "Level 2 \u2013 Early Help",
              "Level 3": "Level 3 \u2013 Targeted and Complex", "Level 4": "Level 4 \u2013 Protection"},
}
CHAPTERS = [
    ("3", "The child\u2019s health and development", "caps",
     "Physical health, development, disability and the use of alcohol and drugs by the child or young person.", [
        ("Level 1", "Children will usually:", [
            (S, "be healthy and growing as expected"),
            (S, "have up-to-date immunisations and see a dentist regularly"),
        ]),
        ("Level 2", "Indicators may include:", [
            ("minor or occasional health problems, or missed routine appointments", "health_development", 2),
            ("delay in speech, language or motor skills", "health_development", 2),
            ("early use of alcohol, vapes or cannabis", "substance_misuse", 2),
        ]),
        ("Level 3", "Indicators may include:", [
            ("a disability or long-term condition where the family needs help from several services",
             "health_development", 3),
            ("regular substance use that is affecting health, learning or relationships", "substance_misuse", 3),
            ("repeated non-attendance at health appointments for a significant condition, leaving the child's "
             "health at risk", "neglect", 4, "health_development"),
        ]),
        ("Level 4", "Indicators may include:", [
            ("failure to seek medical treatment, leading to serious harm", "neglect", 6),
            ("a young person whose drug or alcohol use has led to emergency hospital treatment",
             "substance_misuse", 6),
        ]),
    ]),
    ("4", "Education and learning", "words",
     "Attendance, progress, inclusion and relationships with other pupils.", [
        ("Level 1", "Children and young people will usually:", [
            (S, "attend school regularly and arrive on time"),
            (S, "enjoy learning and make progress in line with their ability"),
        ]),
        ("Level 2", "Indicators may include:", [
            ("attendance below 90%", "attendance", 2),
            ("a fixed-term suspension", "attendance", 2),
            ("being bullied or falling out with friends in a way that is affecting learning", "bullying", 3),
        ]),
        ("Level 3", "Indicators may include:", [
            ("persistent absence or school refusal", "attendance", 3),
            ("a young person who is NEET at 16 or 17", "attendance", 3),
            ("severe and persistent bullying, with the child refusing to go to school", "bullying", 4),
            ("elective home education where the child is not seen and there are welfare concerns", "attendance", 4),
        ]),
        ("Level 4", "Indicators may include:", [
            ("a child missing education who is believed to be at risk of harm", "attendance", 5, "missing"),
        ]),
    ]),
    ("5", "Emotional wellbeing, behaviour and safety outside the home", "named",
     "Mental health, self-harm, behaviour, offending, going missing and exploitation.", [
        ("Level 1", "Children will usually:", [
            (S, "feel good about themselves and manage everyday worries"),
            (S, "have friends and trusted adults to talk to"),
        ]),
        ("Level 2", "Indicators may include:", [
            ("low mood, anxiety or worries that are affecting sleep or friendships", "child_mental_health", 2),
            ("low-level self-harm, for example scratching, that the child has shared with an adult", "self_harm", 2),
            ("occasional anti-social behaviour", "behaviour_offending", 2),
        ]),
        ("Level 3", "Indicators may include:", [
            ("self-harm that is repeated or increasing", "self_harm", 3),
            ("emotional difficulties needing specialist CAMHS input, with the family also needing support",
             "child_mental_health", 3),
            ("going missing from home, or staying out overnight without permission", "missing", 3),
            ("known to police for offending, or subject to an out-of-court disposal", "behaviour_offending", 4),
            ("at risk of exploitation: older associates, unexplained money or phones, travelling out of area",
             "exploitation", 4),
            ("harmful sexual behaviour towards other children", "sexual_abuse", 4),
        ]),
        ("Level 4", "Indicators may include:", [
            ("suicidal thoughts with a plan, or a recent attempt to end their life", "self_harm", 6),
            ("being sexually or criminally exploited, or involved in county lines", "exploitation", 5),
            ("missing for long periods and found in unsafe places", "missing", 5),
            ("being drawn into extremist groups or ideas", "radicalisation", 4),
        ]),
    ]),
    ("6", "Family relationships and parenting", "caps",
     "How parents and carers meet the child\u2019s needs, relationships between adults in the home, and "
     "the safety of the child within the family.", [
        ("Level 1", "Children will usually have:", [
            (S, "warm, stable relationships with their parents or carers"),
            (S, "parents who set clear, consistent boundaries"),
        ]),
        ("Level 2", "Indicators may include:", [
            ("parents who argue in front of the child, with the child showing some distress", "domestic_violence", 2),
            ("parents needing advice on routines, sleep or managing behaviour", "parenting_capacity", 2),
            ("a parent with low mood or anxiety that is starting to affect family life", "parental_mental_health", 2),
            ("young caring responsibilities", "parenting_capacity", 2),
        ]),
        ("Level 3", "Indicators may include:", [
            ("a history of domestic abuse, with the child still affected", "domestic_violence", 3),
            ("conflict between parents that draws the the child in, including after separation", "domestic_violence", 3),
            ("domestic abuse incidents reported to the police", "domestic_violence", 4),
            ("parents who use physical punishment, such as smacking", "physical_abuse", 3),
            ("parental mental ill health or substance misuse with a significant effect on the child's care",
             "parental_mental_health", 4, "substance_misuse"),
            ("neglect of the child's basic needs, such as food, hygiene or supervision, that is not improving "
             "with early help", "neglect", 4),
            ("the child is regularly belittled or rejected by a parent", "emotional_abuse", 4),
        ]),
        ("Level 4", "Indicators may include:", [
            ("persistent domestic abuse, or coercive control with the child at risk", "domestic_violence", 5),
            ("a domestic incident in which the child was hurt or threatened", "domestic_violence", 6,
             "physical_abuse"),
            ("unexplained or suspicious injuries, including any bruising to a baby", "physical_abuse", 5),
            ("the child says they have been physically or sexually abused", "physical_abuse", 5, "sexual_abuse"),
            ("serious, chronic neglect with a clear impact on the child", "neglect", 5),
            ("a parent whose mental illness or drug use puts the child in immediate danger",
             "parental_mental_health", 6, "substance_misuse"),
        ]),
    ]),
    ("7", "Home, money and community", "words",
     "Housing, income, the family\u2019s place in the community and wider risks.", [
        ("Level 1", "Children will usually:", [
            (S, "live in a safe, warm home"),
            (S, "have what they need for school, food and clothing"),
        ]),
        ("Level 2", "Indicators may include:", [
            ("housing that is overcrowded or in poor repair", "housing", 2),
            ("debt or benefit problems", "family_finances", 2),
            ("living in temporary accommodation", "housing", 3),
        ]),
        ("Level 3", "Indicators may include:", [
            ("the family facing eviction or with serious rent arrears", "housing", 3),
            ("the family homeless and moving between friends and relatives", "housing", 4),
            ("experience of racism or hate crime that is affecting the child", "discrimination", 3),
        ]),
        ("Level 4", "Indicators may include:", [
            ("a home so unsafe or squalid that the child is at risk of harm", "housing", 5, "neglect"),
            ("a young person thrown out of home with nowhere safe to stay", "housing", 6),
            ("risk of female genital mutilation or forced marriage", "harmful_practices", 5),
        ]),
    ]),
]

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Stourmere Children\\2019s Safeguarding Partnership"; font: 8pt 'DejaVu Sans'; color:#666; }
  @top-right { content: "Thresholds of Need \\2013  Version 2.0"; font: 8pt 'DejaVu Sans'; color:#666; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color:#666; } }
@page cover { @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
html { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.38; color:#222; }
body { hyphens: auto; text-align: justify; }
.cover { page: cover; text-align: left; padding-top: 50mm; }
.cover h1 { font-family:'DejaVu Sans'; font-size: 30pt; color:#4a2c6b; margin:0 0 6mm; line-height:1.1; text-align:left;}
.cover .sub { font-size: 14pt; color:#333; text-align:left;}
.cover .meta { margin-top: 60mm; font-family:'DejaVu Sans'; font-size: 9pt; color:#555; text-align:left; }
h2 { font-family:'DejaVu Sans'; font-size: 15pt; color:#4a2c6b; margin: 0 0 4mm; break-before: page; text-align:left; }
h2.nobreak { break-before: auto; margin-top: 8mm; }
h3 { font-family:'DejaVu Sans'; font-size: 10.5pt; color:#4a2c6b; margin: 5mm 0 1.5mm; break-after: avoid; text-align:left;}
p.runin { margin: 0 0 3mm; }
p.runin b { color:#4a2c6b; }
p.chapintro { font-style: italic; color:#444; }
p.lead { margin: 1mm 0 1mm; break-after: avoid; }
ul { margin: 0 0 2mm; padding-left: 6mm; }
li { margin: 0.6mm 0; break-inside: avoid; }
.toc a { color:#222; text-decoration:none; }
.toc li { list-style:none; margin: 2mm 0; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
.box { border: 1.5pt solid #4a2c6b; padding: 3mm 4mm; margin: 5mm 0; break-inside: avoid; text-align:left; }
.box h4 { margin:0 0 2mm; font-family:'DejaVu Sans'; color:#4a2c6b; }
"""


def main():
    h = [f"<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>Thresholds of Need</title>"
         f"<style>{CSS}</style></head><body>"]
    h.append("<div class='cover'><h1>Thresholds of Need</h1><div class='sub'>Multi-agency guidance on "
             "identifying and responding to the needs of children, young people and families in Stourmere</div>"
             "<div class='meta'>Stourmere Children\u2019s Safeguarding Partnership<br>Version 2.0 \u2013 "
             "November 2022<br>Next review: November 2024</div></div>")
    h.append("<h2>Contents</h2><ul class='toc'>")
    toc = [("s1", "1. Foreword"), ("s2", "2. Our levels of need")]
    toc += [(f"c{n}", f"{n}. {esc(t)}") for n, t, *_ in CHAPTERS]
    toc += [("s8", "8. Asking for help: the Stourmere Front Door")]
    for a, t in toc:
        h.append(f"<li><a href='#{a}'>{t}</a></li>")
    h.append("</ul>")
    h.append("<h2 id='s1'>1. Foreword</h2>")
    for p in [
        "Every child in Stourmere deserves to grow up safe, healthy and loved. Most children get what they need "
        "from their families and from the everyday services we all use. Some need a little more help for a "
        "while; a few need help to keep them safe. This guidance is about making sure that each child gets the "
        "right help at the right time from the right people.",
        "This second edition has been rewritten with practitioners from schools, health, the police, housing and "
        "the voluntary sector. It is shorter than the first, and it is organised by the area of a child\u2019s "
        "life you are worried about, so that you can go straight to the chapter you need.",
        "The guidance does not replace professional judgement. No list of indicators can capture everything about "
        "a child\u2019s life. If you are not sure, talk to your safeguarding lead, talk to the family, and talk "
        "to us.",
    ]:
        h.append(f"<p>{esc(p)}</p>")
    h.append("<p><i>Independent Scrutineer and Partnership Chairs, Stourmere Children\u2019s Safeguarding "
             "Partnership</i></p>")
    h.append("<h2 class='nobreak' id='s2'>2. Our levels of need</h2>")
    h.append("<p>Stourmere describes children\u2019s needs at four levels. The levels are a way of talking about "
             "need; they are not boxes, and children will move between them as their lives change.</p>")
    for lab, txt in RUNIN:
        h.append(f"<p class='runin'><b>{esc(lab)}</b> {esc(txt)}</p>")
    h.append("<p>In the chapters that follow, each area of a child\u2019s life is described at each of the four "
             "levels. Read the chapter for the area you are worried about, but remember that needs in one area "
             "often affect others.</p>")
    for n, title, style, intro, levels in CHAPTERS:
        h.append(f"<h2 id='c{n}'>{n}. {esc(title)}</h2><p class='chapintro'>{esc(intro)}</p>")
        for lv, lead, items in levels:
            h.append(f"<h3>{HEAD_STYLES[style][lv]}</h3><p class='lead'>{esc(lead)}</p><ul>")
            for it in items:
                if it[0] == S:
                    t = g.st(lv, title, it[1])
                else:
                    t, iss, sev, *more = it
                    g.ind(lv, title, t, iss, sev, *more)
                h.append(f"<li>{esc(t)}</li>")
            h.append("</ul>")
    h.append("<h2 id='s8'>8. Asking for help: the Stourmere Front Door</h2>")
    for p in [
        "For advice at Level Two, speak to your own agency\u2019s safeguarding lead or to the Early Help "
        "Coordinator for your locality. An Early Help Assessment should be completed with the family\u2019s "
        "agreement, and a Team Around the Family meeting arranged.",
        "At Level Three, complete a Request for Support and send it to the Front Door. The Front Door team will "
        "decide, usually within one working day, whether the family should be offered targeted early help or a "
        "social work assessment, and will tell you the outcome.",
        "At Level Four, telephone the Front Door immediately. Do not delay in order to gain consent, and do not "
        "discuss your concerns with the family if doing so could place the child at greater risk.",
    ]:
        h.append(f"<p>{esc(p)}</p>")
    h.append("<div class='box'><h4>Stourmere Front Door</h4>Telephone: 01632 960 410 (Monday to Friday, "
             "8.30am to 5pm)<br>Out of hours: 01632 960 499<br>Email: frontdoor@stourmere.gov.example<br>"
             "If a child is in immediate danger, call 999.</div>")
    h.append("</body></html>")
    html = "".join(h)
    hp = os.path.join(SRC, SLUG + ".html")
    open(hp, "w").write(html)
    HTML(string=html, base_url=SRC).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    g.save()


if __name__ == "__main__":
    main()
