"""Willowmere: family-facing WeasyPrint booklet with five THRIVE-style levels and first-person indicators.
Strengths at Thriving are listed without any lead-in."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, esc, PDF, SRC
from weasyprint import HTML

SLUG = "willowmere"
g = Gold(SLUG, partnership="Willowmere Safeguarding Children Partnership",
         authorities="Willowmere Council", producer="weasyprint", layout_family="first_person",
         orientation="portrait", version="", version_date="2024-09")

S = "s"
LEVELS = [
    ("Thriving", "#5aa469", "", [
        "You and your family are doing well.",
        "Your needs are met by your family and the everyday services everyone uses, and no extra help is needed.",
    ], "Your needs are met by your family and the everyday services everyone uses, and no extra help is needed.",
     None, [
        ("About me", [
            (S, "I am healthy and I sleep and eat well"),
            (S, "I go to school most days and I like learning"),
            (S, "I have friends I can trust"),
            (S, "I know who to talk to if something worries me"),
        ]),
        ("My family", [
            (S, "I feel safe at home"),
            (S, "The grown-ups in my family get on with each other"),
            (S, "My parents help me with my feelings and set fair rules"),
        ]),
        ("Our home", [
            (S, "We have a home that is warm and safe"),
        ]),
    ]),
    ("Getting Advice", "#f2b134", "A", [
        "You might need a bit of advice or information for a short time.",
        "Someone who already knows you, like your teacher, school nurse, health visitor or GP, can give you advice "
        "or point you to the right place.",
    ], "Someone who already knows you, like your teacher, school nurse, health visitor or GP, can give you advice "
       "or point you to the right place.",
     "For practitioners: single-agency response; record on your own system. Early Help Assessment optional.", [
        ("About me", [
            ("I sometimes feel worried or sad and it is hard to concentrate at school", "child_mental_health", 2),
            ("I have hurt myself once when I was upset, and I have told someone", "self_harm", 2),
            ("Some people at school are unkind to me and call me names", "bullying", 2),
            ("I miss some school and I am often late", "attendance", 2),
            ("I have tried smoking, vaping or drinking with my friends", "substance_misuse", 2),
        ]),
        ("My family", [
            ("My mum and dad argue a lot and I can hear them from my room", "domestic_violence", 2),
            ("My mum has felt down a lot of the time since the baby was born", "parental_mental_health", 2),
            ("I help look after my brother because my mum is poorly", "parenting_capacity", 2),
            ("Our family sometimes runs out of money before payday", "family_finances", 2),
        ]),
        ("Our home", [
            ("Our flat is damp and I get coughs a lot", "housing", 2),
            ("We are squashed in our home and I don't have anywhere quiet to do my homework", "housing", 2),
        ]),
    ]),
    ("Getting Help", "#e8743b", "B", [
        "You and your family might need help from more than one service for a while.",
        "A worker from the Willowmere Family Hub will meet with you, agree a plan with you and bring together the "
        "people who can help.",
    ], "A worker from the Willowmere Family Hub will meet with you, agree a plan with you and bring together the "
       "people who can help.",
     "For practitioners: request support from the Family Hub (consent needed). A Team Around the Family is set up "
     "and a lead worker named.", [
        ("About me", [
            ("I hurt myself quite often when I feel upset or angry", "self_harm", 3),
            ("I am being bullied and it is making me not want to go to school", "bullying", 3),
            ("I get into trouble with the police for things I do with my friends", "behaviour_offending", 3),
            ("I sometimes stay out really late and my parents don't know where I am", "missing", 3),
            ("I have new older friends who give me things and I don't know why", "exploitation", 3),
            ("I feel anxious most of the time and I have stopped seeing my friends", "child_mental_health", 3),
            ("I am not in school, college or work", "attendance", 3),
            ("I bully other children and I don't know how to stop", "bullying", 3),
        ]),
        ("My family", [
            ("There was violence in our family in the past and I still think about it a lot", "domestic_violence", 3),
            ("When my parents fight they ask me to take sides", "domestic_violence", 3),
            ("My parents smack me when I'm naughty", "physical_abuse", 3),
            ("My mum or dad drinks or takes drugs and sometimes they can't look after me properly",
             "substance_misuse", 3, "parenting_capacity"),
            ("I often come to school hungry or in dirty clothes", "neglect", 3),
        ]),
        ("Our home", [
            ("We might lose our home because we owe rent", "housing", 3),
            ("We are living in a B&B or a hostel", "housing", 3),
        ]),
    ]),
    ("Getting More Help", "#c8553d", "C", [
        "Your needs are more complex, and things have not got better with the help you have had so far.",
        "A social worker will meet you and your family and carry out an assessment under section 17 of the "
        "Children Act 1989, to work out what help you need.",
    ], "A social worker will meet you and your family and carry out an assessment under section 17 of the "
       "Children Act 1989, to work out what help you need.",
     "For practitioners: refer to the Willowmere Children's Front Door with the family's consent. Share any Early "
     "Help Assessment.", [
        ("About me", [
            ("I hurt myself and sometimes I think about not being alive", "self_harm", 4),
            ("I am bullied all the time and it has gone on for a long time, even though school tried to stop it",
             "bullying", 4),
            ("I go missing from home a lot", "missing", 4),
            ("I have been arrested", "behaviour_offending", 4),
            ("I have a disability and my family needs a lot of help to look after me", "health_development", 4),
            ("I am not at any school", "attendance", 4),
        ]),
        ("My family", [
            ("The police have come to our house because my dad hurt my mum", "domestic_violence", 4),
            ("My parent hits me with things like a belt or a shoe", "physical_abuse", 4),
            ("My parent's mental health means they can't look after me most of the time", "parental_mental_health", 4),
            ("Nobody makes sure I eat, wash or go to the doctor", "neglect", 4),
        ]),
        ("Our home", [
            ("We have nowhere to live", "housing", 4),
        ]),
    ]),
    ("Getting Risk Support", "#8e2c48", "D", [
        "You are not safe, or someone is worried that you might be badly hurt.",
        "A social worker and the police will act quickly to keep you safe, and may start a child protection enquiry "
        "under section 47 of the Children Act 1989.",
    ], "A social worker and the police will act quickly to keep you safe, and may start a child protection enquiry "
       "under section 47 of the Children Act 1989.",
     "For practitioners: telephone the Children's Front Door straight away (0300 555 0650). Do not wait for consent. "
     "If there is immediate danger, dial 999.", [
        ("About me", [
            ("I have tried to end my life", "self_harm", 6),
            ("Someone is making me do sexual things, or touching me in a way I don't like", "sexual_abuse", 5),
            ("I am being made to carry or sell drugs", "exploitation", 5),
            ("Other young people have beaten me up badly and I am too scared to go out", "bullying", 6),
        ]),
        ("My family", [
            ("Someone in my home hurts me and leaves marks or bruises", "physical_abuse", 5),
            ("I have been badly hurt and had to go to hospital because of what an adult did", "physical_abuse", 6),
            ("I am scared of someone in my house", "emotional_abuse", 5),
            ("My mum is being hurt at home all the time, and I am scared we will be hurt too", "domestic_violence", 5),
            ("I was hurt when my parents were fighting", "domestic_violence", 6, "physical_abuse"),
            ("My baby brother has bruises and he can't crawl yet", "physical_abuse", 5),
            ("My family is planning for me to be married or to be cut", "harmful_practices", 5),
        ]),
        ("Our home", [
            ("I have been kicked out of home and I have nowhere safe to sleep tonight", "housing", 6),
        ]),
    ]),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-left { content: "Getting the right help in Willowmere"; font: 8pt 'DejaVu Sans'; color:#777; }
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; color:#777; } }
@page :first { @bottom-left { content: none } @bottom-right { content: none } }
html { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.42; color: #222; }
.cover { text-align: center; padding-top: 38mm; }
.cover h1 { font-size: 28pt; color: #2a5d67; margin: 0 0 5mm; }
.cover p { font-size: 12.5pt; color: #333; }
.ring { margin: 14mm auto 8mm; width: 120mm; }
.ring span { display: inline-block; margin: 1.5mm; padding: 3mm 4mm; border-radius: 8mm; color: white;
  font-weight: bold; font-size: 9.5pt; }
.small { font-size: 8.5pt; color: #555; }
h2 { font-size: 18pt; margin: 0 0 3mm; padding: 2mm 4mm; color: white; border-radius: 3mm; break-before: page; }
h2.first { break-before: page; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; color: #2a5d67; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
ul { margin: 0 0 2mm; padding-left: 6mm; }
li { margin: 1mm 0; break-inside: avoid; }
.what { background: #f4f4f0; padding: 2.5mm 4mm; border-radius: 2mm; }
.prac { border-left: 3pt solid #999; padding: 1mm 3mm; font-size: 8.5pt; color: #444; margin-top: 4mm; }
"""


def main():
    h = [f"<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>Getting the right help in "
         f"Willowmere</title><style>{CSS}</style></head><body>"]
    h.append("<div class='cover'><h1>Getting the right help in Willowmere</h1>"
             "<p>A guide for children, young people and families, and for the people who work with them</p>"
             "<div class='ring'>")
    for name, col, *_ in LEVELS:
        h.append(f"<span style='background:{col}'>{name}</span>")
    h.append("</div><p class='small'>Willowmere Safeguarding Children Partnership<br>Written with young people "
             "from Willowmere Youth Voice<br>September 2024</p></div>")
    h.append("<h2 class='first' style='background:#2a5d67'>About this guide</h2>")
    for p in [
        "Everybody needs a bit of help sometimes. This guide explains the different kinds of help that children, "
        "young people and families in Willowmere can get, and who gives it.",
        "We have used the five groups from the THRIVE way of thinking about wellbeing: Thriving, Getting Advice, "
        "Getting Help, Getting More Help and Getting Risk Support. Young people told us they wanted the guide to "
        "use their own words, so most of the examples are written as if a child or young person were saying them.",
        "The examples are not a test or a checklist. Lots of things on these pages happen to most families at some "
        "point. What matters is how much something is affecting you, how long it has been going on, and whether "
        "the people around you can help.",
        "If you are a professional, please read this guide alongside the Willowmere multi-agency safeguarding "
        "procedures. The notes at the end of each section tell you what to do next.",
    ]:
        h.append(f"<p>{esc(p)}</p>")
    h.append("<div class='what'><b>If you are in danger right now, call 999.</b> You can talk to Childline any "
             "time on 0800 1111.</div>")
    for name, col, maps, desc, evid, prac, groups in LEVELS:
        g.level(name, "", maps, evid)
        h.append(f"<h2 style='background:{col}'>{esc(name)}</h2>")
        h.append(f"<div class='what'><h3 style='margin-top:0'>What this means</h3><p>{esc(desc[0])}</p>"
                 f"<h3>Who helps</h3><p>{esc(desc[1])}</p></div>")
        for gname, items in groups:
            h.append(f"<h4>{esc(gname)}</h4><ul>")
            for it in items:
                if it[0] == S:
                    t = g.st(name, gname, it[1])
                else:
                    t, iss, sev, *more = it
                    g.ind(name, gname, t, iss, sev, *more)
                h.append(f"<li>{esc(t)}</li>")
            h.append("</ul>")
        if prac:
            h.append(f"<div class='prac'>{esc(prac)}</div>")
    h.append("<h2 style='background:#2a5d67'>Who to contact</h2><ul>"
             "<li>Willowmere Family Hub: 0300 555 0640 (Monday to Friday)</li>"
             "<li>Willowmere Children's Front Door: 0300 555 0650</li>"
             "<li>Out of hours: 0300 555 0699</li>"
             "<li>Kooth (free online support for young people): kooth.com</li>"
             "<li>Childline: 0800 1111</li></ul>")
    h.append("</body></html>")
    html = "".join(h)
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html, base_url=SRC).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    g.save()


if __name__ == "__main__":
    main()
