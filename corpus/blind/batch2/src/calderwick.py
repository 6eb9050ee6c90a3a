"""Calderwick and Westmarsh: long threshold document (reportlab), levels defined once
in numbered headings, procedures, flowcharts, case examples, and an appendix matrix
(landscape) of indicators by level with the header row repeated on each page."""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                NextPageTemplate, Table, TableStyle, KeepTogether, Flowable,
                                CondPageBreak, ListFlowable, ListItem)
from reportlab.platypus.tableofcontents import TableOfContents
from common import I, S, Gold, esc, HERE, PDF_DIR
import calderwick_text as T

SLUG = "calderwick"
META = dict(partnership="Calderwick and Westmarsh Safeguarding Children Partnership",
            authorities="Calderwick City Council; Westmarsh County Council", producer="reportlab",
            layout_family="long_document", orientation="portrait",
            version="6.0", version_date="2025-01")

LV = T.LEVEL_DESC
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A", evidence=LV["Level 1"]["Who leads"][0].split("Universal services. ", 1)[1]),
    dict(label="Level 2", name="Early Help – Single Agency", maps_to="A", evidence="The agency that has identified the need, most often the school, early years setting or health visiting service, acts as lead professional."),
    dict(label="Level 3", name="Targeted Early Help – Multi-Agency", maps_to="B", evidence=LV["Level 3"]["Who leads"][0]),
    dict(label="Level 4", name="Specialist – Child in Need and Child Protection", maps_to="C+D", evidence="Referrals are made to the Multi-Agency Safeguarding Hub (MASH), which decides within one working day whether a Child and Family Assessment (section 17) or a strategy discussion and section 47 enquiries are needed."),
]
for l in LEVELS:
    assert any(l["evidence"] in p for p in LV[l["label"]]["Who leads"]), l["label"]

# ---------------- Appendix A matrix -----------------
MATRIX = [
 ("Health", [
  [S("Physically well and growing as expected"), S("Registered with a GP and dentist; immunisations up to date")],
  [I("Some missed appointments, e.g. immunisations or dental checks", "neglect;health_development", 2),
   I("Minor health or weight concerns that the family needs advice about", "health_development", 2),
   I("Speech, language or motor skills slightly behind age expectations", "health_development", 2)],
  [I("Ongoing health condition that parents find difficult to manage", "health_development;parenting_capacity", 3),
   I("Developmental delay with several services involved", "health_development", 3),
   I("Frequent attendances at A&E or the GP for minor problems", "health_development", 3)],
  [I("Faltering growth or a medical condition left untreated, with harm to the child", "neglect", 5),
   I("Suspected fabricated or induced illness", "health_development", 5),
   I("Any injury to a child under six months, or to a child who is not independently mobile", "physical_abuse", 5)]]),
 ("Education and learning", [
  [S("Attends school or early years setting regularly"), S("Making expected progress")],
  [I("Attendance between 90% and 95%, or a pattern of lateness", "attendance", 2),
   I("Needs some extra help with learning (SEN support)", "health_development", 2),
   I("One fixed-period suspension", "attendance", 2)],
  [I("Persistent absence (attendance below 90%)", "attendance", 3),
   I("Several suspensions, or on a reduced timetable", "attendance", 3),
   I("Aged 16-17 and not in education, employment or training (NEET)", "attendance", 3)],
  [I("Permanently excluded with no alternative provision arranged", "attendance", 4),
   I("Missing from education and cannot be found", "attendance;missing", 5),
   I("Electively home educated, with concerns that the child is not being seen", "attendance", 4)]]),
 ("Emotional and behavioural development", [
  [S("Copes with everyday ups and downs"), S("Has friends and feels they belong")],
  [I("Low mood, anxiety or poor self-esteem that school is supporting", "child_mental_health", 2),
   I("One episode of self-harm, responded to well by parents", "self_harm", 2),
   I("Difficult behaviour at home or in class", "behaviour_offending", 2)],
  [I("Self-harm that has happened more than once, alongside emotional difficulties", "self_harm;child_mental_health", 3),
   I("Emotional difficulties needing CAMHS or counselling", "child_mental_health", 3),
   I("Aggressive behaviour towards siblings or parents", "behaviour_offending", 3)],
  [I("Self-harm with thoughts of suicide", "self_harm", 4),
   I("Suicide attempt, or self-harm requiring medical treatment", "self_harm", 6),
   I("Serious mental illness, e.g. psychosis, with risk to self or others", "child_mental_health", 5)]]),
 ("Identity and social relationships", [
  [S("Positive sense of identity, culture and faith"), S("Gets on well with peers")],
  [I("Being bullied, and the school is dealing with it", "bullying", 2),
   I("Friendship difficulties, or isolated from peers at school", "bullying", 2)],
  [I("Bullying which is affecting the child's attendance, sleep or mood", "bullying;attendance", 3),
   I("Bullying other children, including online", "bullying", 3),
   I("Experiencing racist or homophobic abuse", "discrimination", 3)],
  [I("Severe and persistent bullying; the child is frightened to leave home", "bullying", 4),
   I("Assaulted by other young people and seriously injured", "bullying;physical_abuse", 6)]]),
 ("Self-care skills", [
  [S("Age-appropriate independence and self-care")],
  [I("Sometimes arrives at school hungry, tired or in dirty clothing", "neglect", 2)],
  [I("Often unkempt, with poor hygiene noticed by other children", "neglect", 3)],
  [I("Persistently hungry, dirty or inadequately clothed, with harm to health", "neglect", 5),
   I("Young person caring for younger siblings for long periods with no adult support", "neglect;parenting_capacity", 4)]]),
 ("Basic care and ensuring safety", [
  [S("Parents provide food, warmth and shelter"), S("Home is safe and the child is supervised")],
  [I("Parents need advice about home safety, e.g. stair gates, safe sleeping", "parenting_capacity", 2),
   I("Child sometimes left with unsuitable carers", "neglect", 3)],
  [I("Supervision inadequate for the child's age, e.g. young children out alone", "neglect", 3),
   I("Harsh physical chastisement, such as smacking", "physical_abuse", 3)],
  [I("Bruising, marks or injuries which are unexplained or whose explanation does not fit", "physical_abuse", 5),
   I("Child hit with an object, e.g. a belt or cable", "physical_abuse", 4),
   I("Burns, scalds, bite marks or fractures", "physical_abuse", 6),
   I("Child left alone at home, or with no adequate supervision, putting them at risk of harm", "neglect", 5)]]),
 ("Emotional warmth and stability", [
  [S("Child is shown love and praise")],
  [I("Parents sometimes struggle to show warmth, e.g. after a new baby or a bereavement", "parenting_capacity", 2)],
  [I("Frequent criticism of the child, or a child who is blamed for family problems", "emotional_abuse", 3),
   I("Several changes of carer or home", "parenting_capacity;housing", 3)],
  [I("Child is rejected, scapegoated or frightened by a parent", "emotional_abuse", 5),
   I("Parent unable to care for the child and no other carer available (accommodation needed)", "parenting_capacity", 6)]]),
 ("Guidance and boundaries", [
  [S("Clear and consistent boundaries")],
  [I("Inconsistent boundaries; parents would like support with behaviour", "parenting_capacity", 2),
   I("Child has some caring responsibilities at home", "parenting_capacity", 2)],
  [I("Parents unable to manage the child's behaviour without help from several agencies", "parenting_capacity", 3),
   I("Young carer whose responsibilities affect school or friendships", "parenting_capacity", 3)],
  [I("Parents have lost control of the young person, who is at risk outside the home", "parenting_capacity;exploitation", 4)]]),
 ("Family history, functioning and domestic abuse", [
  [S("Parents have a supportive relationship, or co-parent well after separation")],
  [I("Occasional arguments between parents", "domestic_violence", 1),
   I("Separation or divorce which is upsetting the child", "domestic_violence", 2)],
  [I("Parental conflict drawing the child in, e.g. asked to take sides or pass on messages", "domestic_violence", 3),
   I("A history of domestic abuse with a previous partner", "domestic_violence", 3),
   I("A single incident of domestic abuse, assessed as standard risk", "domestic_violence", 4)],
  [I("Repeated incidents of domestic abuse, including those reported to the police", "domestic_violence", 4),
   I("Coercive control, with the child living in fear", "domestic_violence;emotional_abuse", 5),
   I("Serious incident of domestic violence, or a case heard at MARAC", "domestic_violence", 6),
   I("Child injured during a domestic incident", "physical_abuse;domestic_violence", 6)]]),
 ("Parental health and substance misuse", [
  [S("Parents look after their own health")],
  [I("Parent with anxiety or depression that is being treated", "parental_mental_health", 2),
   I("Parental alcohol use occasionally affecting routines", "substance_misuse", 2)],
  [I("Parent's mental ill health affecting the care of the children", "parental_mental_health", 3),
   I("Parental drug or alcohol misuse affecting care, with the parent willing to get help", "substance_misuse", 3),
   I("Parent with a learning disability needing support to care for the child", "parenting_capacity", 3)],
  [I("Parent's mental illness or substance misuse seriously affecting the child's health or development", "parental_mental_health;substance_misuse", 4),
   I("Parent incapable of caring for the child through drink or drugs", "substance_misuse", 5),
   I("Parent experiencing psychosis that involves the child", "parental_mental_health", 5)]]),
 ("Housing, employment and finance", [
  [S("Safe and stable accommodation"), S("Parents in work or receiving the benefits they are entitled to")],
  [I("Housing in poor repair, or damp affecting the child's health", "housing", 2),
   I("Low income or debt affecting the family", "family_finances", 2)],
  [I("Rent arrears putting the tenancy at risk", "housing;family_finances", 3),
   I("Living in temporary accommodation", "housing", 3),
   I("Overcrowding causing stress, e.g. children sharing beds", "housing", 2)],
  [I("Family homeless or about to become homeless", "housing", 4),
   I("16 or 17 year old homeless and unable to return home", "housing", 4),
   I("Home in a dangerous or squalid state", "housing;neglect", 5),
   I("Family has no recourse to public funds and no means of support", "family_finances", 4)]]),
 ("Social integration and community", [
  [S("Family is part of its local community")],
  [I("Family new to the area and isolated", "other", 2)],
  [I("Family experiencing harassment or hate crime", "discrimination", 3),
   I("Child spending time with peers involved in anti-social behaviour", "behaviour_offending", 2)],
  [I("Family or child exposed to extremist ideology and at risk of radicalisation", "radicalisation", 4)]]),
 ("Risks outside the home", [
  [S("Knows how to stay safe online and in the community")],
  [I("Staying out later than agreed", "missing", 2),
   I("Experimenting with alcohol, vapes or cannabis", "substance_misuse", 2)],
  [I("Missing from home once or twice, returned by police", "missing", 3),
   I("Involved in anti-social behaviour or low-level offending", "behaviour_offending", 3),
   I("Has new older friends, unexplained gifts or a second phone", "exploitation", 3),
   I("Regular use of cannabis or alcohol", "substance_misuse", 3)],
  [I("Repeatedly missing, including overnight", "missing", 4),
   I("Sexual exploitation, or being groomed online for sexual purposes", "exploitation;sexual_abuse", 5),
   I("Criminal exploitation, including county lines and cuckooing", "exploitation", 5),
   I("Persistent offending, or a serious offence", "behaviour_offending", 4),
   I("Trafficked into or within the UK", "exploitation", 5)]]),
 ("Sexual harm and harmful practices", [
  [S("Age-appropriate knowledge of relationships and consent")],
  [I("Sexual behaviour or language slightly beyond the child's age", "sexual_abuse", 2)],
  [I("Sexually active under 16 with a partner of similar age", "sexual_abuse", 3),
   I("Worrying sexual behaviour towards other children", "sexual_abuse", 3)],
  [I("Disclosure or evidence of sexual abuse", "sexual_abuse", 5),
   I("Pregnancy, or a sexually transmitted infection, in a child under 13", "sexual_abuse", 5),
   I("FGM has happened or is planned, or a forced marriage is suspected", "harmful_practices", 6)]]),
]

# ---------------- styles -----------------
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans-BI", FD + "LiberationSans-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-BI")

NAVY = colors.HexColor("#203864")
LEVEL_COL = {"Level 1": colors.HexColor("#70ad47"), "Level 2": colors.HexColor("#4472c4"),
             "Level 3": colors.HexColor("#ed7d31"), "Level 4": colors.HexColor("#c00000")}
body = ParagraphStyle("body", fontName="LSans", fontSize=11.5, leading=16.5, spaceAfter=8, alignment=TA_LEFT)
h1 = ParagraphStyle("h1", fontName="LSans-B", fontSize=17, leading=21, textColor=NAVY, spaceAfter=10, spaceBefore=4)
h2 = ParagraphStyle("h2", fontName="LSans-B", fontSize=13, leading=16, textColor=NAVY, spaceBefore=10, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="LSans-B", fontSize=11.5, leading=14, textColor=colors.HexColor("#333333"), spaceBefore=7, spaceAfter=3)
lvh = ParagraphStyle("lvh", parent=h2, fontSize=14.5, leading=18, spaceBefore=14)
small = ParagraphStyle("small", parent=body, fontSize=9, leading=11.5, spaceAfter=2)
cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LSans-B")
mcell = ParagraphStyle("mcell", fontName="LSans", fontSize=8.6, leading=10.6, leftIndent=8, bulletIndent=0, spaceAfter=2, bulletFontName="LSans", bulletFontSize=8.6)
mhead = ParagraphStyle("mhead", fontName="LSans-B", fontSize=9.5, leading=11.5, textColor=colors.white, alignment=TA_CENTER)
mdom = ParagraphStyle("mdom", fontName="LSans-B", fontSize=9, leading=11)
toc1 = ParagraphStyle("toc1", fontName="LSans-B", fontSize=11, leading=16, leftIndent=0)
toc2 = ParagraphStyle("toc2", fontName="LSans", fontSize=10, leading=13.5, leftIndent=16)

W, H = A4


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.draw_marks(n)
            super().showPage()
        super().save()

    def draw_marks(self, n):
        pw, ph = self._pagesize
        if self._pageNumber == 1:
            return
        self.saveState()
        self.setFont("LSans", 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(18 * mm, ph - 11 * mm, "Calderwick and Westmarsh Safeguarding Children Partnership")
        self.drawRightString(pw - 18 * mm, ph - 11 * mm, "Continuum of Need and Threshold Guidance")
        self.setStrokeColor(NAVY)
        self.setLineWidth(0.5)
        self.line(18 * mm, ph - 12.5 * mm, pw - 18 * mm, ph - 12.5 * mm)
        self.drawString(18 * mm, 10 * mm, "Version 6.0 – January 2025 – OFFICIAL")
        self.drawRightString(pw - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")
        self.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                         bottomMargin=20 * mm, title="Continuum of Need and Threshold Guidance",
                         author="Calderwick and Westmarsh Safeguarding Children Partnership")
        fr = Frame(22 * mm, 20 * mm, W - 44 * mm, H - 42 * mm, id="p")
        LW, LH = landscape(A4)
        frl = Frame(14 * mm, 16 * mm, LW - 28 * mm, LH - 34 * mm, id="l")
        self.addPageTemplates([PageTemplate("title", [fr]), PageTemplate("normal", [fr]),
                               PageTemplate("land", [frl], pagesize=landscape(A4))])

    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and getattr(f, "_toc", None) is not None:
            self.notify("TOCEntry", (f._toc, f.getPlainText(), self.page))


class FlowChart(Flowable):
    """Vertical sequence of boxes, with optional side box for a 'Yes' branch."""
    def __init__(self, steps, width):
        super().__init__()
        self.steps, self.width = steps, width
        self.bw = width * 0.52
        self.sw = width * 0.38
        self.st = ParagraphStyle("fc", fontName="LSans", fontSize=9.5, leading=12, alignment=TA_CENTER)
        self.gap = 9 * mm
        self.heights = []
        for text, side in steps:
            p = Paragraph(esc(text), self.st)
            _, h = p.wrap(self.bw - 8 * mm, 1000)
            hs = 0
            if side:
                q = Paragraph(esc(side), self.st)
                _, hs = q.wrap(self.sw - 6 * mm, 1000)
            self.heights.append(max(h, hs) + 6 * mm)
        self.height = sum(self.heights) + self.gap * (len(steps) - 1)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        y = self.height
        for k, ((text, side), h) in enumerate(zip(self.steps, self.heights)):
            y -= h
            decision = text.endswith("?")
            c.setStrokeColor(NAVY)
            c.setFillColor(colors.HexColor("#fde9d9") if decision else colors.HexColor("#dae3f3"))
            c.roundRect(0, y, self.bw, h, 6 if not decision else 2, stroke=1, fill=1)
            p = Paragraph(esc(text), self.st)
            _, ph = p.wrap(self.bw - 8 * mm, h)
            p.drawOn(c, 4 * mm, y + (h - ph) / 2)
            if side:
                sx = self.bw + self.width - self.bw - self.sw
                c.setFillColor(colors.HexColor("#e2efda"))
                c.rect(sx, y, self.sw, h, stroke=1, fill=1)
                q = Paragraph(esc(side), self.st)
                _, qh = q.wrap(self.sw - 6 * mm, h)
                q.drawOn(c, sx + 3 * mm, y + (h - qh) / 2)
                c.line(self.bw, y + h / 2, sx, y + h / 2)
                c.setFillColor(NAVY)
                p2 = c.beginPath(); p2.moveTo(sx, y + h / 2); p2.lineTo(sx - 2.5 * mm, y + h / 2 + 1.5 * mm)
                p2.lineTo(sx - 2.5 * mm, y + h / 2 - 1.5 * mm); p2.close(); c.drawPath(p2, fill=1, stroke=0)
            if k < len(self.steps) - 1:
                x = self.bw / 2
                c.setFillColor(NAVY)
                c.line(x, y, x, y - self.gap)
                p3 = c.beginPath(); p3.moveTo(x, y - self.gap); p3.lineTo(x - 1.5 * mm, y - self.gap + 2.5 * mm)
                p3.lineTo(x + 1.5 * mm, y - self.gap + 2.5 * mm); p3.close(); c.drawPath(p3, fill=1, stroke=0)
                if decision:
                    c.setFont("LSans", 8)
                    c.drawString(x + 2 * mm, y - self.gap / 2 - 1 * mm, "No")
            y -= self.gap


class Windscreen(Flowable):
    def __init__(self, width, height=62 * mm):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        n = 4
        gap = 3 * mm
        pw = (self.width - gap * (n - 1)) / n
        st = ParagraphStyle("ws", fontName="LSans", fontSize=9, leading=11, textColor=colors.white, alignment=TA_CENTER)
        sb = ParagraphStyle("wsb", parent=st, fontName="LSans-B", fontSize=11, leading=13)
        for k, (lab, name, desc) in enumerate(T.WINDSCREEN):
            x = k * (pw + gap)
            top = self.height - (n - 1 - k) * 3 * mm
            c.setFillColor(LEVEL_COL[lab])
            p = c.beginPath()
            p.moveTo(x, 0); p.lineTo(x + pw, 0); p.lineTo(x + pw, top - 6 * mm); p.curveTo(x + pw, top, x + pw * 0.8, top, x + pw * 0.5, top)
            p.curveTo(x + pw * 0.2, top, x, top, x, top - 6 * mm); p.close()
            c.drawPath(p, fill=1, stroke=0)
            for para, y0 in ((Paragraph(esc(lab), sb), top - 16 * mm), (Paragraph(esc(name), st), top - 27 * mm),
                             (Paragraph(esc(desc), st), 6 * mm)):
                _, ph = para.wrap(pw - 6 * mm, 40 * mm)
                para.drawOn(c, x + 3 * mm, y0)
        c.setFillColor(NAVY)
        c.setFont("LSans", 8.5)
        c.drawCentredString(self.width / 2, -5 * mm, "Figure 1: The Calderwick and Westmarsh windscreen – needs increase from left to right")


def HD(text, style, level=None):
    p = Paragraph(esc(text), style)
    p._toc = level
    return p


def simple_table(rows, widths, head_bg=NAVY, first_col_bold=False):
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(esc(x), mhead if r == 0 else (cellb if (first_col_bold and k == 0) else cell))
                     for k, x in enumerate(row)])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                           ("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def box(title, paras, width):
    inner = [Paragraph(f"<b>{esc(title)}</b>", body)] + [Paragraph(esc(p), body) for p in paras]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, NAVY), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3fb")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def render_blocks(blocks, st, width):
    for b in blocks:
        k = b[0]
        if k == "h1":
            st.append(HD(b[1], h1, 0))
        elif k == "h2":
            st.append(CondPageBreak(30 * mm))
            st.append(HD(b[1], h2, 1))
        elif k == "h3":
            st.append(KeepTogether([Paragraph(esc(b[1]), h3)]))
        elif k == "p":
            st.append(Paragraph(esc(b[1]), body))
        elif k in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(x), body), leftIndent=16) for x in b[1]]
            st.append(ListFlowable(items, bulletType="bullet" if k == "ul" else "1", start=None if k == "ul" else 1,
                                   bulletFontName="LSans", bulletFontSize=10, leftIndent=16))
        elif k == "box":
            st.append(Spacer(1, 4))
            st.append(box(b[1], b[2], width))
            st.append(Spacer(1, 8))
        elif k == "pb":
            st.append(PageBreak())
        elif k == "case":
            title, parts = b[1], b[2]
            if not title.startswith("Case example 1:"):
                st.append(PageBreak())
            st.append(HD(title, h2, 1))
            for lab, txt in parts:
                st.append(Paragraph(f"<b>{esc(lab)}.</b> {esc(txt)}", body))
            st.append(Spacer(1, 6))


def story(g):
    width = W - 44 * mm
    st = []
    # title page
    st.append(Spacer(1, 40 * mm))
    st.append(Paragraph("Calderwick and Westmarsh<br/>Safeguarding Children Partnership", ParagraphStyle("t0", fontName="LSans-B", fontSize=16, leading=20, textColor=NAVY)))
    st.append(Spacer(1, 18 * mm))
    st.append(Paragraph("Right Help, Right Time", ParagraphStyle("t1", fontName="LSans-B", fontSize=30, leading=36, textColor=NAVY)))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Continuum of Need and Threshold Guidance for practitioners working with children, young people and families",
                        ParagraphStyle("t2", fontName="LSans", fontSize=15, leading=20)))
    st.append(Spacer(1, 60 * mm))
    st.append(Paragraph("Version 6.0<br/>Published January 2025<br/>Review date: January 2027", ParagraphStyle("t3", fontName="LSans", fontSize=12, leading=16)))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph("Calderwick City Council · Westmarsh County Council · Calderwick and Westmarsh Integrated Care Board · Westmarsh Constabulary", small))
    st.append(NextPageTemplate("normal"))
    st.append(PageBreak())
    # document control + foreword
    st.append(Paragraph("Document control", h2))
    st.append(simple_table([["Version", "Date", "Summary of changes", "Approved by"],
                            ["4.0", "June 2018", "Revised for Working Together 2018", "LSCB"],
                            ["5.0", "September 2021", "Levels renamed; exploitation added; joint document with Westmarsh", "Safeguarding partners"],
                            ["5.2", "March 2023", "Contacts and MASH hours updated", "Partnership Business Unit"],
                            ["6.0", "January 2025", "Full review; Working Together 2023; new appendix of indicators; case examples", "Safeguarding partners"]],
                           [width * 0.12, width * 0.18, width * 0.48, width * 0.22]))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph("Foreword", h2))
    st.append(Paragraph("Every child in Calderwick and Westmarsh deserves to grow up safe, healthy and loved. Most do, with the support of their families and of the schools, health services and community organisations around them. Some children and families need more help, and a small number of children need protecting. This guidance is about making sure that every child gets the right help at the right time, from the right people.", body))
    st.append(Paragraph("Since the last edition, our two councils have brought their front doors together into a single Multi-Agency Safeguarding Hub, and our early help services now work to a single assessment. Practitioners told us that the old guidance was long, repetitive and hard to use in a hurry. We have tried to make this edition clearer. The levels of need are defined once, in Section 2, and the examples of need at each level are gathered together in Appendix A.", body))
    st.append(Paragraph("We thank the many practitioners, parents and young people who helped us to write it.", body))
    st.append(Paragraph("<i>Independent Scrutineer, on behalf of the safeguarding partners</i>", body))
    st.append(PageBreak())
    # contents
    st.append(Paragraph("Contents", h1))
    toc = TableOfContents()
    toc.levelStyles = [toc1, toc2]
    toc.dotsMinLevel = 0
    st.append(toc)
    st.append(PageBreak())
    render_blocks(T.BEFORE_LEVELS, st, width)
    st.append(simple_table(T.SUMMARY_TABLE, [width * 0.14, width * 0.4, width * 0.46], first_col_bold=True))
    st.append(Spacer(1, 8 * mm))
    st.append(Windscreen(width))
    st.append(Spacer(1, 10 * mm))
    for lab in ["Level 1", "Level 2", "Level 3", "Level 4"]:
        d = LV[lab]
        st.append(CondPageBreak(70 * mm))
        hp = HD(d["title"], lvh, 1)
        st.append(hp)
        for sub in ("What this means", "Who leads", "How to get help"):
            blk = [Paragraph(sub, h3)] + [Paragraph(esc(p), body) for p in d[sub]]
            st.append(KeepTogether(blk[:2]))
            st.extend(blk[2:])
    render_blocks(T.AFTER_LEVELS, st, width)
    st.append(simple_table(T.CONSENT_TABLE, [width * 0.14, width * 0.43, width * 0.43], first_col_bold=True))
    st.append(Spacer(1, 6 * mm))
    k_pb = T.AFTER_CONSENT.index(("pb",))
    render_blocks(T.AFTER_CONSENT[:k_pb], st, width)
    render_blocks(T.RECORDING, st, width)
    render_blocks(T.AFTER_CONSENT[k_pb:], st, width)
    st.append(simple_table(T.CONTACTS, [width * 0.45, width * 0.22, width * 0.33], first_col_bold=True))
    st.append(Spacer(1, 4 * mm))
    st.append(box("If a child is in immediate danger", ["Call the police on 999. Do not wait to speak to a manager or to complete a form."], width))
    st.append(PageBreak())
    render_blocks(T.ESCALATION_SECTION, st, width)
    st.append(Spacer(1, 4 * mm))
    st.append(FlowChart(T.ESCALATION_FLOW, width))
    st.append(PageBreak())
    render_blocks(T.STEP_SECTION, st, width)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>Figure 2: Step-up process</b>", body))
    st.append(FlowChart(T.STEP_UP_FLOW, width))
    st.append(PageBreak())
    render_blocks(T.STEP_DOWN_TEXT[:3], st, width)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>Figure 3: Step-down process</b>", body))
    st.append(FlowChart(T.STEP_DOWN_FLOW, width))
    st.append(Spacer(1, 5 * mm))
    render_blocks(T.STEP_DOWN_TEXT[3:], st, width)
    st.append(PageBreak())
    render_blocks(T.MORE_SPECIAL, st, width)
    st.append(PageBreak())
    render_blocks(T.CASES, st, width)
    render_blocks(T.MORE_CASES, st, width)
    st.append(PageBreak())
    st.append(HD("12. Glossary", h1, 0))
    st.append(simple_table([["Term", "Meaning"]] + [list(x) for x in T.GLOSSARY], [width * 0.28, width * 0.72], first_col_bold=True))
    st.append(PageBreak())
    st.append(HD("13. Directory of Services", h1, 0))
    st.append(Paragraph("The table lists the main services available to children and families in Calderwick and Westmarsh, with the levels of need at which they most often work. Up-to-date contact details are on the Family Information Service directory.", body))
    st.append(simple_table(T.SERVICES, [width * 0.3, width * 0.55, width * 0.15], first_col_bold=True))
    # Appendix A (landscape)
    st.append(NextPageTemplate("land"))
    st.append(PageBreak())
    LW = landscape(A4)[0] - 28 * mm
    st.append(HD("Appendix A: Indicators of Need by Level", h1, 0))
    st.append(Paragraph("The matrix below is arranged by domain. For each domain it gives examples of what may be seen at each of the four levels defined in Section 2. The first column describes children whose needs are met; the examples are not a checklist. Where a child shows indicators at more than one level, be guided by the most serious and by its impact on the child.", body))
    head = [Paragraph("Domain", mhead)] + [Paragraph(f"{lab}<br/>{esc(n)}", mhead) for lab, n in
                                           [(l["label"], l["name"]) for l in LEVELS]]
    data = [head]
    labs = [l["label"] for l in LEVELS]
    for dom, cols in MATRIX:
        row = [Paragraph(esc(dom), mdom)]
        for k, items in enumerate(cols):
            cellf = []
            for it in items:
                g.add(it, labs[k], dom)
                cellf.append(Paragraph(esc(it.text), mcell, bulletText="•"))
            row.append(cellf)
        data.append(row)
    cw = [LW * 0.13] + [LW * 0.2175] * 4
    t = Table(data, colWidths=cw, repeatRows=1)
    sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("BACKGROUND", (0, 0), (0, 0), NAVY), ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#dae3f3")),
           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for k, lab in enumerate(labs, 1):
        sty.append(("BACKGROUND", (k, 0), (k, 0), LEVEL_COL[lab]))
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(NextPageTemplate("normal"))
    st.append(PageBreak())
    st.append(HD("Appendix B: Checklist for a Good Referral", h1, 0))
    for line in ["Have I spoken to the child, and recorded what they said in their own words?",
                 "Have I spoken to the parents, and do they know about the referral? If not, why not?",
                 "Have I said clearly what I am worried about, and why now?",
                 "Have I included what is working well, and who else supports the family?",
                 "Have I included the details of everyone in the household and the agencies involved?",
                 "Have I attached the Early Help Assessment and the latest plan, if there is one?",
                 "Have I discussed the referral with my designated safeguarding lead?",
                 "Have I recorded my decision and the reasons for it?"]:
        st.append(Paragraph("□ " + esc(line), ParagraphStyle("chk", parent=body, fontName="LSans", leftIndent=14, firstLineIndent=-14)))
    st.append(PageBreak())
    st.append(HD("Appendix C: Legislation and Guidance", h1, 0))
    st.append(Paragraph("This guidance should be read with the following legislation and statutory guidance. Links to each are on the partnership website.", body))
    st.append(ListFlowable([ListItem(Paragraph(esc(x), body), leftIndent=16) for x in T.LEGISLATION], bulletType="bullet", bulletFontName="LSans", leftIndent=16))
    st.append(PageBreak())
    render_blocks(T.EHA_CONTENT, st, width)
    st.append(PageBreak())
    st.append(HD("Appendix F: Sections of the Multi-Agency Referral Form", h1, 0))
    st.append(Paragraph("The MARF is completed online. The table shows the information asked for in each section, so that you can gather it before you start.", body))
    st.append(simple_table([["Section", "Information needed"],
        ["1. Referrer", "Name, role, agency, contact details; whether you are the designated safeguarding lead"],
        ["2. Child and household", "Names, dates of birth, addresses, ethnicity, language, disability; other adults and children in the household"],
        ["3. Agencies involved", "School or setting, GP, health visitor, other services and key workers"],
        ["4. Reason for referral", "What you are worried about, what has happened, when, and what the child has said"],
        ["5. Strengths and safety", "What is working well; safe adults; what the family has done to keep the child safe"],
        ["6. Previous help", "Early help offered, outcome of any Early Help Assessment, previous referrals"],
        ["7. Consent", "Whether the family knows about and agrees to the referral; if not, why not"],
        ["8. Level of need", "The level you believe applies and why, with reference to Appendix A"],
        ["9. Urgency", "Whether the child is at immediate risk; whether you have telephoned the MASH"]],
        [width * 0.28, width * 0.72], first_col_bold=True))
    st.append(PageBreak())
    render_blocks(T.FAMILY_GUIDE, st, width)
    return st


def build():
    fn = os.path.join(PDF_DIR, SLUG + ".pdf")
    g = None

    def mk():
        nonlocal g
        g = Gold(SLUG, META, LEVELS, anchor="The matrix below is arranged by domain")
        return story(g)
    d = Doc(fn)
    # multiBuild needs a fresh story each pass? it reuses the list; build once via multiBuild
    st = mk()
    d.multiBuild(st, canvasmaker=NumberedCanvas)
    g.write()


if __name__ == "__main__":
    build()
