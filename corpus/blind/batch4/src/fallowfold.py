"""fallowfold: two_column (CSS columns: 2), WeasyPrint. Sub-levels: Level 1 A, 2a A, 2b B, Level 3 C+D."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "fallowfold"
META = dict(partnership="Fallowfold Children and Families Safeguarding Partnership", authorities="Fallowfold",
            producer="weasyprint", layout_family="two_column", orientation="portrait",
            version="1.3", version_date="2023-06")

LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         evidence="When a small worry comes up, the school, nursery, GP or health visitor can usually help straight away with advice or a little extra support."),
    dict(label="Level 2a", name="Early Help (one agency)", maps_to="A",
         evidence="One practitioner who already knows the family, such as a teacher, school nurse or health visitor, offers extra help and may start an Early Help Assessment with the family."),
    dict(label="Level 2b", name="Early Help (several agencies)", maps_to="B",
         evidence="A request is made to the Fallowfold Early Help Team, which allocates a key worker to bring the family and services together in a Team Around the Family."),
    dict(label="Level 3", name="Specialist", maps_to="C+D",
         evidence="Children's Social Care assesses the child's needs under section 17 of the Children Act 1989, or makes enquiries under section 47 where a child may be suffering significant harm."),
]
RUNIN = {
 "Level 1": ("Level 1 \u2013 Universal.", "Most children and families manage well with the help that everyone can use. " + LEVELS[0]["evidence"]),
 "Level 2a": ("Level 2a \u2013 Early Help (one agency).", "The child or family needs a bit more help than usual. " + LEVELS[1]["evidence"]),
 "Level 2b": ("Level 2b \u2013 Early Help (several agencies).", "Needs are greater, or help from one service has not been enough. "
              + LEVELS[2]["evidence"] + " The family must agree."),
 "Level 3": ("Level 3 \u2013 Specialist.", "The child has complex needs or may be at risk of harm. Contact the Fallowfold Children's "
             "Gateway. " + LEVELS[3]["evidence"] + " If a child is in danger now, ring 999."),
}

DATA = """
@Level 1
#Health
s | Healthy and growing well
1 health_development | Minor illnesses that are treated by the family and GP
#Learning
s | Goes to school most days and enjoys learning
#Feelings and behaviour
1 child_mental_health | Worried about exams or a change at home, but coping
#Family life
s | Parents and children get on and have fun together
1 domestic_violence | Parents have the odd argument, but sort things out
#Home and money
s | A settled home that is warm and in good repair
#Safety
1 bullying | Now and then falls out with friends

@Level 2a
#Health
2 health_development | Behind with jabs or health checks
2 health_development | Slow to start talking, or hard to understand for their age
#Learning
2 attendance | Missing school now and then, or often late
#Feelings and behaviour
2 child_mental_health | Seems sad, worried or angry more often than before
2 self_harm | Has hurt themselves once, for example by scratching
2 bullying | Being picked on by other children
#Family life
2 domestic_violence | Parents arguing a lot, and the children hear it
2 parenting_capacity | Parents struggling with bedtimes, mealtimes or tantrums
2 parental_mental_health | A parent feeling low or anxious and finding things harder
#Home and money
2 housing | Home is damp, cold or too small for the family
2 family_finances | Not enough money for food, heating or school things
#Safety
2 exploitation | Spending a lot of time online with people the family doesn't know

@Level 2b
#Health
3 substance_misuse | Drinking or using drugs most weekends
3 health_development | Health condition, such as asthma or diabetes, that is not being looked after properly
#Learning
3 attendance | Missing a lot of school, or has been sent home several times
#Feelings and behaviour
3 self_harm;child_mental_health | Hurting themselves more than once, and feeling very low
3 bullying;child_mental_health | Bullying that is making the child anxious or unwilling to go out
3 behaviour_offending | In trouble with the police for the first time
3 missing | Stayed out all night once without telling anyone
#Family life
3 domestic_violence | Shouting, threats or pushing between parents in the past
3 physical_abuse | Parent hits the child when angry, for example smacking
3 neglect | Children often hungry, or not washed or properly dressed
3 parental_mental_health;substance_misuse | Parent's drinking or mental health getting in the way of looking after the children
3 parenting_capacity | Young person caring for a parent and missing out on school or friends
#Home and money
3 housing | Behind with the rent and worried about being evicted
3 housing | Living in a hostel or bed and breakfast
3 family_finances | Debts building up and bailiffs at the door

@Level 3
#Health
5 neglect;health_development | Child not taken to the doctor when they are clearly ill or injured
4 health_development | Disabled child whose family cannot manage without specialist services
#Learning
4 attendance | Not going to school at all, or not on a school roll
#Feelings and behaviour
6 self_harm | Has tried to end their life, or has self-harmed badly enough to need hospital treatment
4 self_harm | Hurting themselves and talking about suicide
4 bullying | Bullying that goes on and on and has not stopped despite the school's efforts
4 child_mental_health | Serious mental health problems
5 exploitation | Being used by adults to carry drugs or for sex
4 missing | Going missing again and again
#Family life
5 domestic_violence | Violence at home that keeps happening, with the children scared
4 domestic_violence | Police called to the home because of violence between adults
4 physical_abuse | Marks or bruises that the family can't explain
5 physical_abuse | A baby who can't yet crawl has a bruise
6 physical_abuse | Broken bones, burns or other serious injuries
5 sexual_abuse | Child says they have been sexually abused
5 neglect | Children left alone, hungry or dirty for long periods
5 emotional_abuse | Child is constantly put down, blamed or rejected
5 substance_misuse;neglect | Parents so drunk or high that they cannot look after the children
#Home and money
4 housing | Family has nowhere to live
5 housing | Home is filthy or unsafe to live in
6 housing | Teenager thrown out of home tonight
#Safety
5 harmful_practices | Girl at risk of FGM (cutting)
"""
ITEMS = parse(DATA)

CSS = """
@page { size: A4; margin: 18mm 16mm 18mm 16mm;
  @bottom-left { content: "Fallowfold Levels of Need \u00b7 Version 1.3 \u00b7 June 2023"; font-family: "Liberation Sans"; font-size: 8pt; color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Liberation Sans"; font-size: 8pt; color: #666; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.35; color: #1b1b1b; }
.band { background: #5a2d82; color: white; padding: 14px 16px; margin-bottom: 10px; }
.band .p { font-size: 10pt; } .band h1 { margin: 2px 0 0; font-size: 22pt; }
.intro p { margin: 0 0 6px; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #c8b8d8; }
p.lv { margin: 10px 0 4px; }
p.lv b { color: #5a2d82; }
h4 { font-size: 9.8pt; margin: 7px 0 2px; color: #333; break-after: avoid; }
ul { margin: 0 0 4px; padding-left: 14px; }
li { margin: 0 0 2px; break-inside: avoid; }
.help { column-span: all; border: 1.5pt solid #5a2d82; padding: 8px 12px; margin-top: 14px; }
"""


def build():
    body = ""
    for lv in LEVELS:
        lab = lv["label"]
        head, txt = RUNIN[lab]
        body += '<p class="lv"><b>%s</b> %s</p>\n' % (esc(head), esc(txt))
        dom = None
        for it in [i for i in ITEMS if i["level"] == lab]:
            if it["domain"] != dom:
                if dom is not None:
                    body += "</ul>\n"
                body += "<h4>%s</h4>\n<ul>\n" % esc(it["domain"]); dom = it["domain"]
            body += "<li>%s</li>\n" % esc(it["text"])
        body += "</ul>\n"
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Fallowfold Levels of Need</title>
<style>{CSS}</style></head><body>
<div class="band"><div class="p">Fallowfold Children and Families Safeguarding Partnership</div><h1>Levels of Need: a guide for everyone</h1></div>
<div class="intro">
<p>Every family needs some help now and then. This guide explains the different kinds of help available in Fallowfold and
gives examples of the sorts of things that might mean a child or family needs more support. It is written for
practitioners, volunteers and parents alike.</p>
<p>The examples are only a guide. What matters most is how a worry affects the child, how long it has been going on, and
what the family can do about it with the people around them. If in doubt, ask.</p>
</div>
<div class="cols">
{body}
<div class="help"><b>Getting help.</b> Early Help Team: 01538 410 220 or earlyhelp@fallowfold.gov.uk. Children's Gateway
(Level 3): 01538 410 200, Monday to Friday 9am to 5pm; at other times ring 01538 410 999. In an emergency call 999.</div>
</div>
</body></html>"""
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
