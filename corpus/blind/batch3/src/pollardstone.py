"""Pollardstone - first_person, LibreOffice. Colour bands Green A, Yellow B, Amber C, Red D."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxutil import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

SLUG = "pollardstone"
ann = Ann(SLUG)

BANDS = [
 ("Green", "Help from people you already know", "A", "70AD47", "FFFFFF",
  "Most of the time things are going well. When you need a bit of help, you and your family can get it from the people you already see, like your school, nursery, doctor or health visitor. They can give you advice or a little extra support themselves.",
  "They can give you advice or a little extra support themselves.",
  [("What might I be experiencing?", [
     "I feel safe at home || S",
     "I go to school most days and I have friends || S",
     "I sometimes feel sad or worried, but I can talk to someone about it || child_mental_health 1",
     "I have fallen out with my friends and sometimes they leave me out || bullying 1",
     "I find it hard to concentrate in class and my teacher is helping me || health_development 1"]),
   ("What might my family be experiencing?", [
     "My family has enough money for food and heating || S",
     "My mum and dad are splitting up but they try not to argue in front of me || domestic_violence 1",
     "Our house needs some things fixing || housing 1",
     "We would like some ideas about bedtimes and routines || parenting_capacity 1",
     "We have people we can ask for help, like grandparents or friends || S"])],
  "Talk to your teacher, your school nurse, your doctor or your health visitor."),
 ("Yellow", "Extra help for your family", "B", "FFD966", "000000",
  "Sometimes a family needs more help than school or the doctor can give on their own. A family worker from the Pollardstone Family Help team can work with you and your family to make a plan, and bring in other people who can help.",
  "A family worker from the Pollardstone Family Help team can work with you and your family to make a plan, and bring in other people who can help.",
  [("What might I be experiencing?", [
     "I have hurt myself a few times when I feel really upset || self_harm 3",
     "I am being bullied and it is making me not want to go to school || bullying 3",
     "I miss a lot of school || attendance 3",
     "I have been drinking or smoking weed with my friends || substance_misuse 2",
     "I get into trouble at school and at home a lot || behaviour_offending 2",
     "I look after my mum or my brothers and sisters and it is hard to do my homework || parenting_capacity 3",
     "Sometimes I get smacked when I am naughty || physical_abuse 3"]),
   ("What might my family be experiencing?", [
     "My parents argue a lot and shout, and I get caught in the middle || domestic_violence 3",
     "My mum or dad is often too down or anxious to do things with us || parental_mental_health 3",
     "My parents find it hard to say no to me or to stick to rules || parenting_capacity 2",
     "We owe rent and we have been told we might lose our home || housing 3",
     "Our home is damp and cold and it makes my asthma worse || housing 2",
     "We don't always have enough money for food || family_finances 3"])],
  "Ask someone you trust, like a teacher or your doctor, to contact the Family Help team. Your family can also ring the team themselves on 01632 966 300."),
 ("Amber", "Help from a social worker", "C", "F4B183", "000000",
  "When things are very difficult, a social worker will meet you and your family to find out what is happening and what help you need. This is called a Child and Family Assessment. The law calls this being a \u2018child in need\u2019 (section 17 of the Children Act 1989).",
  "The law calls this being a \u2018child in need\u2019 (section 17 of the Children Act 1989).",
  [("What might I be experiencing?", [
     "I hurt myself often and sometimes I think about not wanting to be alive || self_harm 4",
     "I feel so anxious or low that I can't do normal things || child_mental_health 4",
     "I have been bullied for a long time and it has not stopped even though school tried to help || bullying 4",
     "I run away from home or stay out all night || missing 4",
     "I have older friends who give me things and ask me to do things for them || exploitation 4",
     "I have been in trouble with the police || behaviour_offending 3",
     "I often have bruises and people ask me where they came from || physical_abuse 4",
     "I often go to school hungry or in dirty clothes || neglect 4"]),
   ("What might my family be experiencing?", [
     "There has been fighting at home and the police have come || domestic_violence 4",
     "My mum or dad drinks or takes drugs and then they can't look after us properly || substance_misuse 4",
     "We have had to leave our home and we have nowhere settled to live || housing 4",
     "I have a disability and my family needs more help to care for me || health_development 3"])],
  "A teacher, nurse or other worker will contact the Pollardstone Children's Front Door. You or your family can also ring the Front Door on 01632 966 100."),
 ("Red", "Keeping you safe", "D", "C00000", "FFFFFF",
  "If you are being hurt or are not safe, children's social care and the police must act quickly to keep you safe. This is called a child protection enquiry (section 47 of the Children Act 1989).",
  "This is called a child protection enquiry (section 47 of the Children Act 1989).",
  [("What might I be experiencing?", [
     "I have tried to end my life || self_harm 6",
     "I have been hurt by my mum, dad or another adult at home || physical_abuse 5",
     "I have been hurt so badly that I had to go to hospital || physical_abuse 6",
     "Someone has touched me in a way I didn't want, or made me do sexual things || sexual_abuse 5",
     "I am scared to go home || emotional_abuse 5",
     "I am made to sell drugs or go to other towns for people || exploitation 5",
     "I am left on my own for a long time and there is no food in the house || neglect 5",
     "People at school beat me up and I was badly hurt || bullying 6"]),
   ("What might my family be experiencing?", [
     "There is a lot of violence at home and I am scared someone will get badly hurt || domestic_violence 5",
     "I got hurt when my parents were fighting || domestic_violence;physical_abuse 6",
     "I have been told to leave home and I have nowhere to sleep || housing 6",
     "My family are planning for me to get married or to be cut (FGM) || harmful_practices 5"])],
  "If you are in danger now, ring 999. You can also ring Childline on 0800 1111 at any time, or tell a teacher or another adult you trust."),
]

def build():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(12.5)
    st.paragraph_format.space_after = Pt(6)
    d.styles["List Bullet"].font.size = Pt(13); d.styles["List Bullet"].font.name = "Liberation Sans"
    sec = d.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Pollardstone Safeguarding Children Partnership · Getting the right help · May 2022 · page "); r.font.size = Pt(8)
    add_field(fp, "PAGE")
    for rr in fp.runs: rr.font.size = Pt(8)

    p = d.add_paragraph(); r = p.add_run("Getting the right help"); r.bold = True; r.font.size = Pt(30); r.font.color.rgb = RGBColor(0x2E, 0x54, 0x8C)
    p = d.add_paragraph(); r = p.add_run("A guide for children, young people and families in Pollardstone"); r.font.size = Pt(16)
    p = d.add_paragraph(); r = p.add_run("Pollardstone Safeguarding Children Partnership · May 2022"); r.font.size = Pt(11); r.italic = True
    d.add_paragraph()
    d.add_paragraph("Every family needs help sometimes. This guide explains the different kinds of help there are in Pollardstone, and who can give it. People who work with children use the same colours when they talk about how much help a family needs.")
    d.add_paragraph("There are four colours. Green is for help from people you already know. Yellow is for extra help for your family. Amber is for help from a social worker. Red is for when a child needs to be kept safe.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, (col, name, maps, fill, fg, desc, ev, doms, who) in zip(t.rows[0].cells, BANDS):
        shade(c, fill); set_cell_text(c, "%s\n%s" % (col, name), bold=True, size=12, color=fg)
        ann.level(col, name, maps, ev)
    d.add_paragraph()
    d.add_paragraph("On the next pages you can read what children and families have told us they might be going through at each colour. You might recognise some of the things you are going through. It is fine to talk to someone about any of them, whatever the colour.")
    d.add_paragraph("Workers will always try to talk to you and your family before they ask for more help. If they are worried that you are not safe, they may need to share information without asking first.")
    for col, name, maps, fill, fg, desc, ev, doms, who in BANDS:
        hp = d.add_paragraph(); hp.paragraph_format.page_break_before = True
        r = hp.add_run("%s – %s" % (col, name)); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor.from_string(fg)
        para_shade(hp, fill)
        d.add_paragraph(desc)
        for dom, items in doms:
            h = d.add_paragraph(); r = h.add_run(dom); r.bold = True; r.font.size = Pt(15); keep_with_next(h)
            for it in items:
                ann.add(it, col, dom, min_page=2)
                lp = d.add_paragraph(display(it), style="List Bullet")
                lp.paragraph_format.space_after = Pt(3)
        h = d.add_paragraph(); r = h.add_run("Who can help?"); r.bold = True; r.font.size = Pt(15); keep_with_next(h)
        d.add_paragraph(who)
    hp = d.add_paragraph(); hp.paragraph_format.page_break_before = True
    r = hp.add_run("Useful numbers"); r.bold = True; r.font.size = Pt(20)
    for line in ["Emergency: 999", "Pollardstone Children's Front Door: 01632 966 100", "Pollardstone Family Help team: 01632 966 300",
                 "Childline: 0800 1111", "Out of hours social care: 01632 966 199"]:
        d.add_paragraph(line)
    dp = os.path.join(SRCDIR, SLUG + ".docx"); d.save(dp)
    pdf = os.path.join(PDFDIR, SLUG + ".pdf"); soffice_pdf(dp, pdf)
    ann.meta = dict(partnership="Pollardstone Safeguarding Children Partnership", authorities="Pollardstone",
                    producer="libreoffice", layout_family="first_person", orientation="portrait",
                    version="", version_date="2022-05")
    ann.finish(pdf)

build()
