"""Lantonbury: first_person, WeasyPrint. A family-facing leaflet with four colour-named levels and
'We ...' / 'Our ...' statements in the family's own voice."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from weasyprint import HTML

SLUG = "lantonbury"

DATA = r"""
@Green
#Things that are going well
s | We have a safe, warm home.
s | Our children go to school most days and are happy there.
s | We have family and friends we can ask for help.
s | We set clear rules and the children know we love them.
#Things you might want a bit of help with
1 bullying | Our child has fallen out with some friends at school.
2 health_development | Our toddler is not talking as much as other children the same age.
2 parenting_capacity | We find bedtimes and mealtimes hard to manage.
1 domestic_violence | We have split up, but we get on and we both see the children.
2 housing | Our flat is damp and the children keep getting coughs.

@Yellow
#Our children
3 bullying;attendance | Our son is being bullied and now says he feels sick on school mornings.
3 self_harm | Our daughter has been cutting herself when she is upset, more than once.
3 attendance | Our children miss a lot of school.
3 behaviour_offending | Our teenager has been in trouble with the police for messing about in the park.
3 child_mental_health | Our child is very anxious and it is stopping them doing everyday things.
#Us as parents
3 domestic_violence | We argue a lot, and the children get pulled into it.
3 parental_mental_health | My depression means I sometimes can't get the children up and out.
3 substance_misuse | I drink more than I should and it is affecting family life.
3 parenting_capacity | We can't cope with our child's behaviour.
#Our home and money
3 housing;family_finances | We are behind with the rent and the landlord has given us notice.
3 family_finances | We have run out of money for food and have had to use a food bank.

@Amber
#Our children
4 self_harm | Our child hurts themselves and has talked about wanting to end their life.
4 bullying;attendance | Our child has been bullied for months and won't go to school at all now.
4 missing | Our teenager keeps going missing and we don't know where they go.
4 exploitation | Our son has new clothes and money, and we think older people are using him to sell drugs.
4 health_development | Our child has a disability and we cannot manage their care without more help.
#Us as parents
4 domestic_violence | There has been violence between us, and the police have been called to our home.
4 substance_misuse;parenting_capacity | Drugs or alcohol mean we are not always able to look after the children properly.
4 physical_abuse | I have used a belt to punish our child.
4 parental_mental_health | My mental health is so bad that I cannot look after the children on my own.
#Our home and money
4 neglect | Our home is so cluttered and dirty that the children have nowhere to sleep or play.

@Red
#Our children
6 self_harm | Our child has tried to kill themselves.
5 sexual_abuse | Our child has told someone they have been sexually abused.
5 exploitation | Our child is being made to carry drugs or is being sexually exploited.
6 bullying;physical_abuse | Our child was badly beaten up by other young people.
#Us as parents
5 domestic_violence | The violence at home is happening again and again, and the children are frightened.
6 domestic_violence;physical_abuse | Our child was hurt when one of us attacked the other.
5 physical_abuse | Our baby has a bruise and we don't know how it happened.
6 physical_abuse | Our child has a broken bone or a burn that happened when an adult lost their temper.
5 neglect | The children are often left on their own, without food, for long periods.
#Our home and money
4 housing | We have been made homeless and have nowhere to stay with the children.
6 housing | Our teenager has been thrown out and is sleeping on the streets.
"""

LEVELS = [
    lv("Green", "", "A",
       "If you need a little extra help, your child's school, nursery, health visitor or doctor can give it to you themselves."),
    lv("Yellow", "", "B",
       "A family worker from the Lantonbury Family Help team will meet you, listen to what is going on and make a plan with you and the other people who help your family."),
    lv("Amber", "", "C",
       "A social worker will come and talk with you and your children to work out what help you need; this is called a child in need assessment, under section 17 of the Children Act 1989."),
    lv("Red", "", "D",
       "When we are worried that a child is being harmed or is not safe, a social worker, and sometimes the police, must find out what is happening straight away: this is a child protection enquiry under section 47."),
]
COL = {"Green": ("#2f7d32", "#e8f3e8"), "Yellow": ("#b59a00", "#fbf6d9"), "Amber": ("#d97a00", "#fdf0df"),
       "Red": ("#b3261e", "#fbe5e3")}
INTRO = {
    "Green": "Most families are at Green most of the time. Things are mostly going well, but now and then you "
             "might want some advice.",
    "Yellow": "At Yellow, there are a few things going on at once and it would help to have someone to pull "
              "the support together.",
    "Amber": "At Amber, things are difficult and your children need more help than we can give without a "
             "social worker.",
    "Red": "At Red, a child is not safe, or has been hurt.",
}

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-center { content: "Lantonbury Children's Partnership · You and your family · July 2024 · " counter(page); font: 8.5pt 'Liberation Sans'; color: #555; } }
body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; color: #222; }
.hero { background: #284b8c; color: #fff; padding: 16pt 18pt; border-radius: 10pt; }
.hero h1 { margin: 0; font-size: 24pt; } .hero p { margin: 6pt 0 0 0; font-size: 12.5pt; }
h2 { font-size: 13pt; color: #284b8c; margin: 14pt 0 4pt 0; }
.lvl { border-radius: 8pt; padding: 8pt 12pt 6pt 12pt; margin: 12pt 0; break-inside: auto; }
.lvl h3 { margin: 0 0 4pt 0; font-size: 17pt; }
.lvl h4 { margin: 8pt 0 2pt 0; font-size: 11pt; }
.lvl .who { font-style: italic; }
ul { margin: 2pt 0 4pt 0; padding-left: 18pt; } li { margin-bottom: 2pt; }
.help { border: 2pt dashed #284b8c; padding: 8pt 12pt; margin-top: 12pt; }
"""


def build():
    items = parse(DATA)
    h = ['<html lang="en-GB"><head><meta charset="utf-8"><style>%s</style></head><body>' % CSS]
    h.append('<div class="hero"><h1>You and your family</h1><p>Getting the right help at the right time in '
             'Lantonbury</p></div>')
    h.append('<h2>What is this leaflet for?</h2><p>Every family has ups and downs. This leaflet explains the '
             'four colours we use in Lantonbury to talk about how much help a family might need, from Green to '
             'Red. It gives some examples, written the way families have told us they would say them. Your '
             'family might not fit neatly into one colour, and that is fine – we will talk it through with '
             'you.</p>')
    h.append('<h2>Will you ask me first?</h2><p>Yes, nearly always. At Green, Yellow and Amber we will only '
             'get other people involved if you agree. At Red, we may have to act without asking you first, '
             'because keeping a child safe has to come first.</p>')
    for level, lit in groups(items, "level"):
        dark, light = COL[level]
        l = [x for x in LEVELS if x["label"] == level][0]
        h.append('<div class="lvl" style="background:%s;border-left:8pt solid %s">' % (light, dark))
        h.append('<h3 style="color:%s">%s</h3><p>%s</p><p class="who"><b>Who helps:</b> %s</p>'
                 % (dark, level, esc(INTRO[level]), esc(l["evidence"])))
        h.append('<p><b>What it might sound like:</b></p>')
        for dom, dit in groups(lit, "domain"):
            h.append('<h4>%s</h4><ul>' % esc(dom))
            for it in dit:
                h.append('<li>%s</li>' % esc(it["text"]))
            h.append('</ul>')
        h.append('</div>')
    h.append('<div class="help"><b>How to get help.</b> Talk to someone you trust at your child\'s school or '
             'nursery, your health visitor or your doctor. You can also ring the Lantonbury Family Help team '
             'on 01632 968 020. If you think a child is in danger right now, call 999.</div>')
    h.append('</body></html>')
    html = "\n".join(h)
    open(os.path.join(SRC, SLUG + ".html"), "w").write(html)
    HTML(string=html).write_pdf(os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Lantonbury Children's Partnership", authorities="Lantonbury",
                producer="weasyprint", layout_family="first_person", orientation="portrait",
                version="", version_date="2024-07")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
