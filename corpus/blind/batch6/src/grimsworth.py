import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

SLUG = "grimsworth"
META = dict(doc=SLUG, partnership="Grimsworth and Haleby Safeguarding Children Partnership",
            authorities="Grimsworth Borough Council;Haleby District Council", producer="reportlab",
            layout_family="issue_escalation_table", orientation="landscape", version="5.0", version_date="2023-04-01")
LEVELS = [
    dict(label="Level 1", name="Universal", maps_to="A",
         means="Needs met through universal services; small or emerging needs picked up early.",
         who="The universal service that knows the child responds within its own resources (e.g. a school nurse drop-in, extra support in class).",
         evidence="The universal service that knows the child responds within its own resources (e.g. a school nurse drop-in, extra support in class)."),
    dict(label="Level 2", name="Early Help", maps_to="A",
         means="Additional needs that benefit from a coordinated early help plan.",
         who="A lead professional from a universal service (school, health, early years) completes the Early Help Assessment; Children's Social Care is not involved.",
         evidence="A lead professional from a universal service (school, health, early years) completes the Early Help Assessment; Children's Social Care is not involved."),
    dict(label="Level 3", name="Child in Need", maps_to="C",
         means="Complex needs; the child's health or development is likely to be significantly impaired without services.",
         who="Referral to the Grimsworth and Haleby MASH; a social worker completes a statutory assessment under s.17 Children Act 1989.",
         evidence="Referral to the Grimsworth and Haleby MASH; a social worker completes a statutory assessment under s.17 Children Act 1989."),
    dict(label="Level 4", name="Child Protection", maps_to="D",
         means="The child is suffering, or likely to suffer, significant harm.",
         who="Immediate referral to the MASH (999 if in immediate danger); strategy discussion and s.47 enquiries; possible Child Protection Conference.",
         evidence="Immediate referral to the MASH (999 if in immediate danger); strategy discussion and s.47 enquiries; possible Child Protection Conference."),
]
SPEC = """
# Domestic abuse
= Level 1
1 dv | Occasional arguments between parents
1 dv | Parents separating amicably
= Level 2
2 dv | Parental conflict the child is aware of
3 dv | Child drawn into parents' disagreements
= Level 3
4 dv | Incidents of domestic abuse, police called
4 dv | Serious, chronic relationship problems between parents
= Level 4
5 dv | Persistent DA with coercive control
6 dv | High-risk case heard at MARAC
6 dv;pa | Child hurt during an incident
# Self-harm
= Level 1
1 cmh | Low mood after a bereavement
= Level 2
2 sh | Single episode of low-level self-harm
3 sh | Repeated minor self-harm
= Level 3
4 sh | Self-harm with suicidal thoughts
4 sh | Self-harm and a CAMHS referral declined
= Level 4
6 sh | Suicide attempt
6 sh | Life-threatening self-harm, e.g. overdose
# Housing
= Level 1
1 ho | Housing needs some repair
= Level 2
2 ho | Overcrowded housing
3 ho | Rent arrears
3 ho | Temporary accommodation
4 ho | Family homeless
= Level 3
3 ho | Tenancy at risk
5 ho;ne | Squalid home conditions
= Level 4
5 ho | Home dangerous to the child
6 ho | Young person thrown out of home
# Bullying
= Level 1
1 bu | May be bullied
1 bu | Falling out with friends
= Level 2
2 bu | Victim of bullying
3 bu | Bullying others
3 bu | Bullying affecting attendance
= Level 3
4 bu | Severe and persistent bullying
= Level 4
5 bu | Peer relationships broken down, serious harm
6 bu | Serious assault by peers
# Physical abuse
= Level 2
3 pa | Smacking as usual discipline
= Level 3
4 pa | Frequent minor injuries
4 pa | Physical chastisement with an implement
= Level 4
5 pa | Any injury to a non-mobile baby
5 pa | Bruising, implausible explanation
6 pa | Fractures, burns, scalds
# Neglect
= Level 1
1 ne | Occasionally unkempt
= Level 2
3 ne | Poor hygiene noticed by school
= Level 3
4 ne | Frequently hungry
= Level 4
5 ne | Persistent neglect, faltering growth
# Exploitation and missing
= Level 2
3 mi | Staying out late
= Level 3
4 mi | Missing from home
4 ex | Possible CSE/CCE
= Level 4
5 ex | Known CSE/CCE, county lines
# Attendance
= Level 1
2 at | Attendance 90-95%
= Level 2
3 at | Persistent absence
= Level 3
4 at | CME or NEET
"""
ITEMS = parse(SPEC)


def build():
    ss = getSampleStyleSheet()
    cell = ParagraphStyle("c", parent=ss["Normal"], fontName="Helvetica", fontSize=8, leading=9.6,
                          leftIndent=8, bulletIndent=0, spaceAfter=2)
    small = ParagraphStyle("s", parent=ss["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5)
    hd = ParagraphStyle("h", parent=small, fontName="Helvetica-Bold", textColor=colors.white)
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=18, alignment=0,
                           textColor=colors.HexColor("#2f4f4f"))
    fills = ["#4f8a5b", "#c9a227", "#d2691e", "#a52a2a"]
    story = [Paragraph("Escalation of Need by Issue", title),
             Paragraph("Grimsworth and Haleby Safeguarding Children Partnership &nbsp;|&nbsp; Version 5.0 &nbsp;|&nbsp; Effective from 1 April 2023", small), Spacer(1, 6),
             Paragraph("This chart follows one issue at a time across the four levels of need used in Grimsworth and Haleby. "
                       "It is a quick reference to sit beside the full Thresholds Guidance. Look at the whole child: several "
                       "issues at one level, or an issue that is getting worse, may mean the child needs the next level.", body),
             Spacer(1, 8)]
    dt = [[Paragraph("Level", hd), Paragraph("What it means", hd), Paragraph("Who leads", hd)]]
    for l in LEVELS:
        dt.append([Paragraph(f"<b>{l['label']}</b><br/>{l['name']}", small), Paragraph(l["means"], small), Paragraph(l["who"], small)])
    t = Table(dt, colWidths=[35 * mm, 95 * mm, 135 * mm])
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f4f")),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, f in enumerate(fills):
        st.append(("BACKGROUND", (0, i + 1), (0, i + 1), colors.HexColor(f + "55")))
    t.setStyle(TableStyle(st)); story += [t, Spacer(1, 8),
        Paragraph("<b>Contacts:</b> Grimsworth and Haleby MASH 01632 960 640 &middot; Out of hours 01632 960 699 &middot; Early Help Coordinators 01632 960 650", small),
        PageBreak()]
    rows = []
    for it in ITEMS:
        if not rows or rows[-1][0] != it["domain"]:
            rows.append((it["domain"], {l["label"]: [] for l in LEVELS}))
        rows[-1][1][it["level"]].append(it)
    data = [[Paragraph("Issue", hd)] + [Paragraph(f"{l['label']}<br/>{l['name']}", hd) for l in LEVELS]]
    for dom, cells in rows:
        r = [Paragraph(f"<b>{esc(dom)}</b>", small)]
        for l in LEVELS:
            r.append([Paragraph(esc(x["text"]), cell, bulletText="\u2022") for x in cells[l["label"]]])
        data.append(r)
    t = Table(data, colWidths=[38 * mm] + [58 * mm] * 4, repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#2f4f4f"))]
    for i, f in enumerate(fills):
        st.append(("BACKGROUND", (i + 1, 0), (i + 1, 0), colors.HexColor(f)))
    t.setStyle(TableStyle(st))
    story.append(t)

    def deco(c, d):
        c.saveState(); c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
        c.drawString(15 * mm, 8 * mm, "Grimsworth and Haleby SCP - Escalation of Need by Issue - v5.0 (April 2023)")
        c.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(PDF, SLUG + ".pdf"), pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                            title="Escalation of Need by Issue", author="Grimsworth and Haleby SCP")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
