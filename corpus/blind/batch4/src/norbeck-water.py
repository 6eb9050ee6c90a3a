"""norbeck-water: first_person young people's leaflet, reportlab A5. Five levels with 3a/3b:
Level 1 blank, Level 2 A, Level 3a B, Level 3b C, Level 4 D."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from rlutil import numbered_canvas
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, KeepTogether, CondPageBreak)

SLUG = "norbeck-water"
META = dict(partnership="Norbeck Water Safeguarding Children Partnership", authorities="Norbeck Water",
            producer="reportlab", layout_family="first_person", orientation="portrait",
            version="", version_date="2024-04")

LEVELS = [
    dict(label="Level 1", name="Things are going OK", maps_to="",
         evidence="You don't need any extra help right now: your family, your school and the services everyone uses are giving you what you need."),
    dict(label="Level 2", name="A bit of extra help", maps_to="A",
         evidence="Someone you already know, like a teacher, your school nurse, a youth worker or your GP, can give you some extra help themselves."),
    dict(label="Level 3a", name="Help from the Early Help team", maps_to="B",
         evidence="With your family's agreement, a family worker from the Norbeck Water Early Help team will work with you and bring together the people who can help."),
    dict(label="Level 3b", name="Help from a social worker", maps_to="C",
         evidence="A social worker will meet you and your family to work out what help you need; this is called a child in need assessment, under section 17 of the Children Act."),
    dict(label="Level 4", name="Keeping you safe", maps_to="D",
         evidence="If someone is hurting you or you are in danger, social workers and the police will act straight away to keep you safe; this is called child protection."),
]
COLOURS = {"Level 1": "#3a9d5d", "Level 2": "#8fb339", "Level 3a": "#f0a202", "Level 3b": "#e56b1f", "Level 4": "#c0262d"}
MORE = {
 "Level 1": "Keep talking to the people around you. If things change, you can always ask for help.",
 "Level 2": "Tell a teacher, your form tutor, the school nurse or another adult you trust. They might meet with you regularly, "
            "talk to your parents or carers, or find a group or club that could help.",
 "Level 3a": "Your family worker will ask what you think and what you want to happen. You'll have a plan that you, your family "
             "and other people like your school all agree to.",
 "Level 3b": "The social worker will talk to you on your own as well as with your family. They will write down what you say "
             "and use it to make a plan with you.",
 "Level 4": "You won't be in trouble for telling someone. The people who help will explain what is happening and will keep "
            "checking that you are safe.",
}

DATA = """
@Level 1
s | I feel safe at home and at school
s | I have friends I can talk to
s | My family looks after me and makes sure I have what I need
s | I go to school most days and I'm getting on OK with my work
s | I know who to talk to if something worries me
1 child_mental_health | I sometimes feel a bit down, but it passes
1 domestic_violence | My mum and dad sometimes argue, but they sort it out

@Level 2
2 child_mental_health | I feel worried or low quite a lot and it's getting harder to concentrate
2 bullying | I am being bullied, at school or online
2 self_harm | I have hurt myself once when I felt really upset
2 attendance | I have been missing some lessons or getting to school late
2 substance_misuse | I have tried drinking or smoking weed with my friends
2 domestic_violence | My parents argue a lot and I can hear it from my room
2 parenting_capacity | I help look after my mum or my little brother, and sometimes it's a lot
2 housing | Our home is damp or cold, or too small for all of us
2 family_finances | There isn't always enough money for food or the things I need for school
2 health_development | I don't always get taken to the dentist or doctor when I need to

@Level 3a
3 self_harm | I hurt myself quite often when things get too much
3 bullying;attendance | The bullying has got so bad that I don't want to go to school
3 attendance | I miss a lot of school, or I've been excluded
3 substance_misuse | I drink or take drugs most weeks
3 domestic_violence | My parents' arguments drag me in, like when they ask me to pick sides
3 domestic_violence | There used to be violence at home, and I still think about it
3 parental_mental_health | My mum or dad's mental health means they can't always look after us
3 substance_misuse | My parent's drinking means things at home are often chaotic
3 physical_abuse | I get smacked when I'm in trouble
3 neglect | I often don't have clean clothes or breakfast
3 missing | I've stayed out all night without telling anyone
3 exploitation | Someone older gives me money or presents and I'm not sure why
3 housing | We might lose our home because we're behind with the rent
3 housing | We are living in a hostel or a B&B
3 behaviour_offending | I've been in trouble with the police

@Level 3b
4 self_harm | I hurt myself and sometimes I think about ending my life
4 bullying | I've been bullied for a long time and nothing has made it stop
4 child_mental_health | My mental health is really bad and I need more help than school can give
4 domestic_violence | The police have been called because of fighting between the adults at home
4 physical_abuse | I often have bruises or injuries and I don't want to say how I got them
4 neglect | I'm not being looked after properly and it's been going on for a long time
4 missing | I go missing from home quite a lot
4 housing | My family has nowhere to live
4 housing | I'm 16 or 17 and I can't stay at home any more
4 parenting_capacity;attendance | I look after my family so much that I can't go to school
4 exploitation | I think I'm being groomed online

@Level 4
5 physical_abuse | Someone at home hits me and leaves marks
6 physical_abuse | I've been badly hurt by an adult and needed to go to hospital
5 sexual_abuse | Someone has touched me sexually or made me do sexual things
5 exploitation | I'm being made to carry or sell drugs, or to do sexual things for people
6 domestic_violence;physical_abuse | I got hurt when the adults at home were fighting
5 domestic_violence | The violence at home happens all the time and I'm scared
6 self_harm | I've tried to kill myself
5 emotional_abuse | I'm scared to go home
5 neglect | I'm left on my own for a long time and there's no food in the house
6 housing | I've been kicked out and I have nowhere to sleep tonight
5 harmful_practices | My family is planning for me to get married and I don't want to
5 missing;exploitation | I go missing for days at a time and stay with adults I don't know
"""
ITEMS = parse(DATA)

F = "Helvetica"
ss = dict(
    cover=ParagraphStyle("cv", fontName=F + "-Bold", fontSize=22, leading=26, textColor=colors.HexColor("#1f3a5f")),
    sub=ParagraphStyle("sb", fontName=F, fontSize=11, leading=14, textColor=colors.HexColor("#1f3a5f")),
    body=ParagraphStyle("bd", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=5),
    lvh=ParagraphStyle("lh", fontName=F + "-Bold", fontSize=14, leading=17, textColor=colors.white),
    q=ParagraphStyle("q", fontName=F + "-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4,
                     textColor=colors.HexColor("#1f3a5f")),
    stmt=ParagraphStyle("st", fontName=F, fontSize=9.8, leading=12.3),
    h=ParagraphStyle("h", fontName=F + "-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4,
                     textColor=colors.HexColor("#1f3a5f")),
)


def foot(c, page, total):
    w, h = A5
    if page == 1:
        return
    c.setFont(F, 7); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(12 * mm, 7 * mm, "Norbeck Water Safeguarding Children Partnership \u00b7 Getting the right help")
    c.drawRightString(w - 12 * mm, 7 * mm, "%d" % page)


def bar(lv):
    t = Table([[Paragraph("%s: %s" % (lv["label"], esc(lv["name"])), ss["lvh"])]], colWidths=[124 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(COLOURS[lv["label"]])),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def statement(text, col):
    t = Table([["", Paragraph(esc(text), ss["stmt"])]], colWidths=[3 * mm, 121 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor(col)),
                           ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#f4f4f7")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (1, 0), (1, 0), 6)]))
    return [t, Spacer(1, 3)]


def build():
    doc = BaseDocTemplate(os.path.join(PDF, SLUG + ".pdf"), pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm,
                          topMargin=12 * mm, bottomMargin=14 * mm, title="Getting the right help",
                          author="Norbeck Water Safeguarding Children Partnership")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])])
    st = [Spacer(1, 30 * mm), Paragraph("Getting the right help", ss["cover"]), Spacer(1, 4),
          Paragraph("A guide for children and young people in Norbeck Water", ss["sub"]), Spacer(1, 12 * mm)]
    st.append(Paragraph("Everyone needs a bit of help sometimes. This guide explains the different kinds of help you can get, "
                        "and what might be happening in your life when you need them. It was written with members of the "
                        "Norbeck Water Youth Council.", ss["body"]))
    st.append(Paragraph("Adults who work with children in Norbeck Water use five levels to decide what help to offer. "
                        "You don't need to know which level you are at: just tell someone you trust what is going on.", ss["body"]))
    st.append(Spacer(1, 30 * mm))
    st.append(Paragraph("Norbeck Water Safeguarding Children Partnership \u00b7 April 2024", ss["body"]))
    st.append(PageBreak())
    st.append(Paragraph("The five levels of help", ss["h"]))
    rows = []
    for lv in LEVELS:
        rows.append([Paragraph("<b>%s</b>" % lv["label"], ss["stmt"]),
                     Paragraph("<b>%s.</b> %s" % (esc(lv["name"]), esc(lv["evidence"])), ss["stmt"])])
    t = Table(rows, colWidths=[20 * mm, 104 * mm])
    sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.white)]
    for i, lv in enumerate(LEVELS):
        sty.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(COLOURS[lv["label"]])))
        sty.append(("BACKGROUND", (1, i), (1, i), colors.HexColor("#f4f4f7")))
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph("Level 3 is split into two parts, 3a and 3b, because some families need help from the Early Help "
                        "team and some need a social worker.", ss["body"]))
    for lv in LEVELS:
        st.append(PageBreak())
        st.append(bar(lv))
        st.append(Paragraph("What might be happening for me?", ss["q"]))
        for it in ITEMS:
            if it["level"] == lv["label"]:
                st.extend(statement(it["text"], COLOURS[lv["label"]]))
        st.append(KeepTogether([Paragraph("What happens next?", ss["q"]), Paragraph(esc(MORE[lv["label"]]), ss["body"])]))
    st.append(PageBreak())
    st.append(Paragraph("Who can I talk to?", ss["h"]))
    for t in ("A teacher, tutor or the safeguarding lead at your school or college.",
              "Your school nurse: text NorbeckNurse on 07520 619 442 (Monday to Friday).",
              "Norbeck Water Children's Services: 01688 240 600. Out of hours: 01688 240 999.",
              "Childline: 0800 1111, free and confidential, any time.",
              "If you are in danger right now, call 999."):
        st.extend(statement(t, "#1f3a5f"))
    doc.build(st, canvasmaker=numbered_canvas(foot))


if __name__ == "__main__":
    build()
    finish(SLUG, META, LEVELS, ITEMS)
