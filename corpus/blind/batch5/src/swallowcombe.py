"""Swallowcombe: cards_windscreen, Chromium. A windscreen of four coloured CSS panes, then one section per pane."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *

SLUG = "swallowcombe"

DATA = r"""
@Universal
#The child
s | Thriving and reaching their potential
s | Has positive friendships
1 bullying | Minor fall-outs with friends
1 child_mental_health | Occasional worries about tests or moving school
#Parents and carers
s | Provide good basic care, warmth and guidance
1 domestic_violence | Occasional disagreements between parents that do not affect the children
#Family and environment
s | Adequate housing and a steady income
1 housing | Home in need of minor repairs

@Universal Plus
#The child
2 attendance | Attendance around 90–95% or frequent lateness
2 bullying | Experiencing bullying, including name-calling online
2 self_harm | Low-level self-harm, e.g. scratching, known to school
2 health_development | Mild speech delay or a developmental concern
2 substance_misuse | Experimenting with vaping, alcohol or cannabis
#Parents and carers
2 parenting_capacity | Inconsistent routines and boundaries
2 domestic_violence | Parental conflict that the child is aware of
2 parental_mental_health | Parent with mild or moderate mental health needs who is receiving treatment
#Family and environment
2 housing | Poor housing, such as damp or overcrowding, that is affecting health
2 family_finances | Low income and debt

@Partnership Plus
#The child
3 attendance | Attendance below 90%; at risk of exclusion
3 bullying;child_mental_health | Bullying that is affecting the child's wellbeing and confidence
3 self_harm;child_mental_health | Repeated self-harm together with anxiety or low mood
3 behaviour_offending | Anti-social behaviour or low-level offending
3 exploitation | Possible signs of exploitation
3 missing | Has gone missing once or twice, coming back the same night
#Parents and carers
3 domestic_violence | Domestic abuse in the past, or conflict that draws the child in
3 physical_abuse | Harsh physical discipline, such as smacking
3 substance_misuse;parenting_capacity | Parental alcohol or drug use affecting family routines
3 neglect | Child frequently hungry, tired or inappropriately dressed
#Family and environment
4 housing | Family homeless and staying with relatives or in temporary accommodation
3 family_finances | Serious debt, with the family using food banks

@Specialist
#The child
4 self_harm | Self-harm with suicidal thoughts
6 self_harm | Suicide attempt
4 bullying | Severe, persistent bullying
5 exploitation | Child sexually or criminally exploited
4 attendance | Missing education or not on a school roll
4 child_mental_health | Severe mental health needs requiring specialist CAMHS
#Parents and carers
4 domestic_violence | Domestic violence incidents in the household
5 domestic_violence | Persistent domestic violence, or coercive control putting the child at risk of harm
4 physical_abuse | Unexplained minor injuries on more than one occasion
5 physical_abuse | Any injury to a baby who is not yet crawling
6 physical_abuse | Burns, fractures or injuries needing hospital treatment
5 sexual_abuse | Disclosure of sexual abuse
5 neglect | Severe and persistent neglect
#Family and environment
5 housing;neglect | Living in squalid, dangerous conditions
"""

LEVELS = [
    lv("Universal", "", "A",
       "Universal services such as schools, GPs and health visitors meet the child's needs and respond to minor worries as part of their everyday work."),
    lv("Universal Plus", "", "A",
       "One or two agencies offer additional support, led by a practitioner from a universal service using an early help assessment."),
    lv("Partnership Plus", "", "B",
       "Multiple needs call for a multi-agency response coordinated by the Swallowcombe Family Partnership Team, with a lead professional and a Team Around the Family."),
    lv("Specialist", "", "C+D",
       "Statutory intervention by children's social care: a section 17 assessment for a child in need, or section 47 enquiries and child protection planning where a child is at risk of significant harm."),
]
COL = {"Universal": "#3f8f3a", "Universal Plus": "#c9b400", "Partnership Plus": "#e07b12", "Specialist": "#c0262d"}

CSS = """
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @top-right { content: "Swallowcombe Safeguarding Children Partnership"; font: 8pt Arial, sans-serif; color: #666; }
  @bottom-left { content: "Effective Support for Children and Families – 2023 edition"; font: 8pt Arial, sans-serif; color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Arial, sans-serif; color: #666; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #222; }
h1 { font-size: 22pt; color: #1b3d6d; margin: 0 0 4px 0; }
.lede { font-size: 11.5pt; color: #444; margin-bottom: 14px; }
.screen { display: flex; gap: 6px; align-items: stretch; margin: 16px 0 6px 0; }
.pane { flex: 1; color: #fff; padding: 14px 10px 16px 10px; border-radius: 60px 60px 6px 6px;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; font-size: 9pt; line-height: 1.3; }
.pane .name { font-size: 13pt; font-weight: bold; display: block; margin-bottom: 6px; text-align: center; }
.arrow { text-align: center; font-size: 8.5pt; color: #555; margin-bottom: 14px; }
h2 { font-size: 15pt; margin: 18px 0 4px 0; padding: 4px 8px; color: #fff;
     -webkit-print-color-adjust: exact; print-color-adjust: exact; break-after: avoid; }
h3 { font-size: 11pt; margin: 8px 0 2px 0; color: #1b3d6d; break-after: avoid; }
ul { margin: 2px 0 4px 0; padding-left: 20px; }
li { margin-bottom: 1px; }
.box { border: 2px solid #1b3d6d; padding: 8px 10px; margin-top: 14px; }
"""


def build():
    items = parse(DATA)
    h = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Effective Support – Swallowcombe</title>'
         '<style>%s</style></head><body>' % CSS]
    h.append('<h1>Effective Support for Children and Families in Swallowcombe</h1>')
    h.append('<div class="lede">A guide for practitioners to the levels of need, and the windscreen we all use '
             'to talk about them.</div>')
    h.append('<p>The windscreen below shows the four levels of need used across Swallowcombe. Needs are not '
             'fixed: a family can move across the windscreen in either direction as things change. The lists '
             'that follow give examples only and should be weighed with your knowledge of the child.</p>')
    h.append('<div class="screen">')
    for l in LEVELS:
        h.append('<div class="pane" style="background:%s"><span class="name">%s</span>%s</div>'
                 % (COL[l["label"]], l["label"], esc(l["evidence"])))
    h.append('</div><div class="arrow">◄ lower need &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; increasing need and risk ►</div>')
    for level, lit in groups(items, "level"):
        h.append('<h2 style="background:%s">%s</h2>' % (COL[level], level))
        for dom, dit in groups(lit, "domain"):
            h.append('<h3>%s</h3><ul>' % esc(dom))
            for it in dit:
                h.append('<li>%s</li>' % esc(it["text"]))
            h.append('</ul>')
    h.append('<div class="box"><b>Getting help.</b> For Universal Plus and Partnership Plus, contact the Family '
             'Partnership Team on 01632 965 200. For Specialist concerns, contact the Children\'s Services '
             'Contact Centre on 01632 965 000 (out of hours 01632 965 999). In an emergency call 999.</div>')
    h.append('</body></html>')
    fn = os.path.join(SRC, SLUG + ".html")
    open(fn, "w").write("\n".join(h))
    chromium_print(fn, os.path.join(PDF, SLUG + ".pdf"))
    meta = dict(partnership="Swallowcombe Safeguarding Children Partnership", authorities="Swallowcombe",
                producer="chromium", layout_family="cards_windscreen", orientation="portrait",
                version="", version_date="2023")
    finish(SLUG, meta, LEVELS, items)


if __name__ == "__main__":
    build()
