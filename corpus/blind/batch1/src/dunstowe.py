"""Dunstowe SCP: standalone Word guide for one level only (Acute / Level 4 - Child Protection), Word bullets
and a numbered list; a box names Level 3 in passing. python-docx -> LibreOffice."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, soffice_pdf, PDF, SRC
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SLUG = "dunstowe"
g = Gold(SLUG, partnership="Dunstowe Safeguarding Children Partnership", authorities="Dunstowe Borough Council",
         producer="libreoffice", layout_family="single_level", orientation="portrait",
         version="1.2", version_date="2024-05")
RED = RGBColor(0x9C, 0x1C, 0x2B)

ev3 = ("Concerns like these are usually Level 3 (Complex \u2013 Child in Need): send a request for support to the "
       "Front Door and a social worker will decide whether a child and family assessment under section 17 is "
       "needed.")
ev4 = ("At this level a child is suffering, or is likely to suffer, significant harm, and the Front Door will "
       "arrange a strategy discussion with the police and health to decide whether section 47 child protection "
       "enquiries are needed.")
g.level("Level 3", "Complex \u2013 Child in Need", "C", ev3)
g.level("Level 4", "Acute \u2013 Child Protection", "D", ev4)

L4 = [
    ("Physical harm", [
        ("Any bruise, mark or injury on a baby who is not yet crawling or walking", "physical_abuse", 5),
        ("Injuries with no explanation, or where the story changes or does not match the injury",
         "physical_abuse", 5),
        ("A child tells you an adult has hit, punched, kicked or shaken them", "physical_abuse", 5),
        ("Suspected non-accidental fractures, burns, scalds or head injuries", "physical_abuse", 6),
        ("Marks that look as if they were made with an object, e.g. a belt buckle or cord", "physical_abuse", 5),
        ("A parent or carer who says they are afraid they will hurt the child", "physical_abuse", 5),
    ]),
    ("Neglect", [
        ("A young child left alone at home, or left in the care of another young child", "neglect", 5),
        ("A child who is losing weight and is regularly found looking for food", "neglect", 5),
        ("Medical care withheld for a serious illness or injury", "neglect", 5),
        ("Persistent neglect where an early help or child in need plan has not brought about change", "neglect", 5),
    ]),
    ("Sexual harm", [
        ("A child discloses sexual abuse", "sexual_abuse", 5),
        ("A child under 13 who is sexually active or pregnant", "sexual_abuse", 5),
        ("A sexually transmitted infection in a child under 16 with no clear explanation", "sexual_abuse", 5),
        ("A child living with an adult who is a registered sex offender, or who has been assessed as a risk to "
         "children", "sexual_abuse", 5),
    ]),
    ("Emotional harm", [
        ("A child who is terrified of a parent or carer, or who does not want to go home", "emotional_abuse", 5),
        ("A child who is persistently humiliated, threatened or rejected", "emotional_abuse", 5),
    ]),
    ("Domestic abuse", [
        ("A domestic abuse incident in which the child was injured, or was used or threatened as part of the abuse",
         "domestic_violence", 6, "physical_abuse"),
        ("High-risk domestic abuse (DASH 14+ or referred to MARAC) in a household with children",
         "domestic_violence", 6),
        ("Domestic abuse against a pregnant woman", "domestic_violence", 5),
        ("Repeated police call-outs to the home for domestic incidents", "domestic_violence", 5),
    ]),
    ("Exploitation and missing", [
        ("A child who is being sexually exploited, or is at high risk of this", "exploitation", 5),
        ("A child involved in county lines, or carrying drugs or weapons for others", "exploitation", 5),
        ("A child missing for more than 24 hours, or missing repeatedly with signs of exploitation", "missing", 5,
         "exploitation"),
        ("A child who may have been trafficked", "exploitation", 5),
    ]),
    ("Self-harm and mental health", [
        ("A child who has attempted suicide, or whose self-harm needs hospital treatment", "self_harm", 6),
        ("A child with suicidal thoughts and a plan, where parents are not keeping them safe", "self_harm", 5),
        ("A parent with a mental illness who has talked about harming the child", "parental_mental_health", 5),
        ("A parent so affected by drugs or alcohol that they cannot care for the child safely", "substance_misuse", 5),
    ]),
    ("Home and environment", [
        ("Home conditions that put the child in immediate danger, e.g. no heating in winter, exposed wiring, "
         "needles within reach", "housing", 6, "neglect"),
        ("A child under 16 who has been made homeless by their parents, or a 16/17-year-old with nowhere to stay "
         "tonight", "housing", 6),
    ]),
    ("Bullying and harm from other young people", [
        ("A child who has been seriously assaulted by other young people", "bullying", 6),
        ("Bullying that is severe and persistent, with threats of violence, where the child is too frightened to "
         "go to school", "bullying", 5),
    ]),
    ("Harmful practices and extremism", [
        ("A girl at risk of FGM, or who has had FGM", "harmful_practices", 6),
        ("A young person at risk of forced marriage", "harmful_practices", 5),
        ("A child who is being radicalised by a family member", "radicalisation", 5),
    ]),
]
L3 = [
    ("Domestic abuse in the past, where the parents have separated and the child is still affected",
     "domestic_violence", 3),
    ("Self-harm that is frequent but not life-threatening, with no suicidal thoughts", "self_harm", 3),
    ("A family that is homeless or about to be evicted", "housing", 4),
    ("Bullying that is ongoing and is affecting the child's attendance", "bullying", 3),
    ("A single minor injury with a reasonable explanation, where there is a history of concerns",
     "physical_abuse", 3),
    ("Neglect that is affecting the child's health or development and has not improved with early help",
     "neglect", 4),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def field(par, code, size):
    for kind in ("begin", None, "separate", "1", "end"):
        r = par.add_run()
        r.font.size = Pt(size)
        if kind in ("begin", "separate", "end"):
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        elif kind is None:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r._r.append(it)
        else:
            r.text = kind


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Dunstowe Safeguarding Children Partnership  |  Thresholds guidance: Level 4")
    r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("v1.2 May 2024    Page "); r.font.size = Pt(8)
    field(fp, "PAGE", 8)
    r = fp.add_run(" of "); r.font.size = Pt(8)
    field(fp, "NUMPAGES", 8)

    def P(text="", bold=False, size=None, color=None, after=None, style=None):
        p = doc.add_paragraph(style=style)
        if text:
            r = p.add_run(text); r.bold = bold
            if size: r.font.size = Pt(size)
            if color: r.font.color.rgb = color
        if after is not None: p.paragraph_format.space_after = Pt(after)
        return p

    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = "Arial"; hs.font.color.rgb = RED
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is not None:
            for a in list(rf.attrib):
                del rf.attrib[a]
            for a in ("w:ascii", "w:hAnsi", "w:cs"):
                rf.set(qn(a), "Arial")
    doc.styles["Heading 1"].font.size = Pt(19)
    doc.styles["Heading 2"].font.size = Pt(12.5)

    doc.add_heading("Acute / Level 4 \u2013 Child Protection: when to call the front door", 1)
    P("A guide for anyone who works or volunteers with children in Dunstowe", size=12, after=10)
    P("This guide is one of a set. It explains what we mean by Level 4 in Dunstowe, gives examples of the "
      "situations that should lead you to pick up the phone straight away, and tells you what to do. It should be "
      "read with the full Dunstowe Continuum of Need and the multi-agency child protection procedures.")
    P(ev4 + " Children at Level 4 need protecting now: do not wait to see if things improve, and do not try to "
      "investigate yourself.")

    doc.add_heading("What to do", 2)
    steps = [
        "If a child is in immediate danger, call the police on 999.",
        "Call the Dunstowe Children\u2019s Front Door on 01632 960 880 (out of hours: 01632 960 899). Say that you "
        "are making a child protection referral.",
        "Tell your designated safeguarding lead, unless doing so would cause a delay.",
        "Write down what you saw and heard, using the child\u2019s own words, with the date and time.",
        "Complete the online Multi-Agency Referral Form within 24 hours of your call.",
        "Do not tell the family about the referral if this could put the child or anyone else at risk, or could "
        "affect a police investigation. The Front Door will advise you.",
    ]
    for s in steps:
        P(s, style="List Number")

    doc.add_heading("Examples of Level 4 concerns", 2)
    P("These are examples, not a complete list. One serious incident can be enough. So can a pattern of smaller "
      "worries that together mean a child is not safe.")
    for dom, items in L4:
        P(dom, bold=True, color=RED, after=2).paragraph_format.keep_with_next = True
        for t, iss, sev, *more in items:
            g.ind("Level 4", dom, t, iss, sev, *more)
            p = P(t, style="List Bullet", after=2)
            p.paragraph_format.keep_together = True

    doc.add_heading("Not sure it is Level 4?", 2)
    tb = doc.add_table(rows=1, cols=1)
    tb.style = "Table Grid"
    c = tb.cell(0, 0)
    shade(c, "F3E3E5")
    c.paragraphs[0].add_run(ev3).bold = False
    for t, iss, sev, *more in L3:
        g.ind("Level 3", "Not sure it is Level 4?", t, iss, sev, *more)
        p = c.add_paragraph(t, style="List Bullet")
    c.add_paragraph("If you are still unsure, ring the Front Door and ask for a consultation with a social worker. "
                    "You do not need to give the child\u2019s name.")
    P("")
    doc.add_heading("Remember", 2)
    for s in ["Listen to the child and take what they say seriously.",
              "Do not promise to keep a secret.",
              "Share information: you do not need consent to protect a child from significant harm.",
              "If you disagree with a decision, use the Dunstowe escalation procedure."]:
        P(s, style="List Bullet", after=2)
    path = os.path.join(SRC, SLUG + ".docx")
    doc.save(path)
    soffice_pdf(path, PDF)
    g.save()


if __name__ == "__main__":
    main()
