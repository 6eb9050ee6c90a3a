import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

SLUG = "cobbleford"
META = dict(doc=SLUG, partnership="Cobbleford Safeguarding Children Partnership",
            authorities="Cobbleford City Council", producer="chromium", layout_family="first_person",
            orientation="portrait", version="", version_date="2025-02")
LEVELS = [
    dict(label="Doing well", name="", maps_to="", colour="#2e8b57",
         who="You don't need any extra help right now. Keep talking to the people around you, like your family, friends and teachers, if anything changes.",
         evidence="You don't need any extra help right now."),
    dict(label="Needing a bit of help", name="", maps_to="A", colour="#d4a017",
         who="Someone you already know, like your teacher, school nurse, GP or youth worker, can help you sort things out. They might give you advice or find you a bit of extra support at school.",
         evidence="Someone you already know, like your teacher, school nurse, GP or youth worker, can help you sort things out."),
    dict(label="Needing more help", name="", maps_to="B", colour="#e07b22",
         who="A worker from the Cobbleford Family Support Team will meet you and your family, listen to what you need and put together a plan with the people who can help.",
         evidence="A worker from the Cobbleford Family Support Team will meet you and your family, listen to what you need and put together a plan with the people who can help."),
    dict(label="Needing urgent help", name="", maps_to="C+D", colour="#b22222",
         who="A social worker from Cobbleford Children's Services will meet you and your family to find out what help you need. If someone is hurting you or you are not safe, they will act straight away to protect you, working with the police if they need to.",
         evidence="If someone is hurting you or you are not safe, they will act straight away to protect you, working with the police if they need to."),
]
SPEC = """
= Doing well
# At home
+ I feel safe and happy at home
+ I have a warm, comfortable place to live
+ My family listen to me
# At school
+ I go to school most days and I like learning
+ I have friends I can trust
# How I feel
+ I mostly feel good about myself
+ I know who to talk to if something is wrong
= Needing a bit of help
# At home
1 dv | My mum and dad argue sometimes
2 dv | My parents argue a lot and I can hear it
2 ho | Our flat is damp and it makes me cough
2 pc | I look after my little brother quite a lot after school
# At school
2 bu | Some people at school are picking on me
2 at | I've missed quite a few days of school this term
# How I feel
2 cmh | I feel worried or sad a lot of the time
2 sh | I hurt myself once when I was really upset
= Needing more help
# At home
3 dv | My parents' arguing gets really bad and I get caught in the middle
3 dv | There used to be violence at home, and I still think about it
3 ho | We might lose our house because we owe money
3 ho | We're living in a hostel or B&B
3 pa | I get smacked when I'm in trouble
3 su | My mum or dad drinks too much and I have to do things for myself
3 pmh | My mum's depression means she can't always look after us
# At school
3 bu | I'm being bullied and I don't want to go to school because of it
3 bu | I've been bullying other people
3 at | I keep getting excluded
# How I feel
3 sh | I hurt myself quite often when things get too much
3 cmh | I can't sleep and I feel anxious all the time
3 su | I drink or smoke weed with my friends
3 mi | I stay out late and don't tell anyone where I am
= Needing urgent help
# At home
5 pa | Someone at home hits me and leaves marks
4 pa | I get hit with a belt or something else
5 dv | My dad hurts my mum and I'm scared he'll hurt me too
6 dv;pa | Someone at home hurt me when they were fighting with each other
5 ea | I'm scared of going home
4 ho | We've got nowhere to live
6 ho | I've been kicked out and I've got nowhere to sleep tonight
5 ne | There's often no food at home and nobody looks after me
5 sa | Someone has touched me in a way that's not OK
# At school and with friends
4 bu | The bullying never stops, even online at night
5 bu | People from school beat me up
5 ex | Older people give me money or drugs and ask me to do things for them
4 mi | I run away from home and stay out all night
5 hp | My family want me to get married and I don't want to
# How I feel
4 sh | I hurt myself and I think about ending my life
6 sh | I've tried to kill myself
"""
ITEMS = parse(SPEC)


def build():
    lvd = by_level_domain(ITEMS)
    secs = ""
    for i, l in enumerate(LEVELS):
        lists = ""
        for dom, its in lvd[l["label"]]:
            lists += f"<h4>{esc(dom)}</h4><ul>" + "".join(f"<li>{esc(x['text'])}</li>" for x in its) + "</ul>"
        secs += f"""<section style="border-color:{l['colour']}"><h2 style="background:{l['colour']}">{l['label']}</h2>
<h3>What might be happening</h3>{lists}<h3>Who can help</h3><p>{esc(l['who'])}</p></section>"""
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Getting the right help - Young people - Cobbleford SCP</title><style>
@page {{ size: A4; margin: 10mm 12mm; }}
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10.5pt; color: #1d1d1d; margin: 0 }}
.top {{ background: #4b2e83; color: #fff; padding: 12px 16px; font-size: 14pt; font-weight: bold }}
.top small {{ display: block; font-size: 9pt; font-weight: normal }}
.menu {{ font-size: 9pt; padding: 6px 16px; background: #ece6f6 }}
.menu span {{ margin-right: 14px }}
.exit {{ float: right; background: #c00; color: #fff; padding: 2px 8px; font-weight: bold }}
main {{ padding: 6px 16px }}
h1 {{ color: #4b2e83; font-size: 21pt; margin: 8px 0 }}
section {{ border: 2px solid; border-radius: 8px; margin: 14px 0; padding: 0 12px 8px; break-inside: auto }}
section h2 {{ color: #fff; margin: 0 -12px 6px; padding: 6px 12px; border-radius: 6px 6px 0 0; font-size: 14pt }}
h3 {{ font-size: 12pt; margin: 8px 0 2px }}
h4 {{ font-size: 10.5pt; margin: 6px 0 0; color: #555 }}
ul {{ margin: 2px 0 4px; padding-left: 20px; list-style: disc }}
li {{ margin: 1px 0 }}
.talk {{ background: #fff6d6; padding: 10px; border-radius: 6px }}
footer {{ font-size: 8.5pt; color: #555; border-top: 1px solid #aaa; padding: 6px 16px; margin-top: 12px }}
</style></head><body>
<div class="top">Cobbleford Safeguarding Children Partnership<small>For children and young people</small></div>
<div class="menu"><span>Home</span><span>Young people</span><span>Parents and carers</span><span>Professionals</span><span class="exit">Leave this site quickly</span></div>
<main>
<p style="font-size:9pt">Home &gt; Young people &gt; Getting the right help</p>
<h1>Getting the right help</h1>
<p>Everyone needs help sometimes. The people who work with children in Cobbleford, like teachers, doctors, youth workers and social workers, use four stages to work out what sort of help you and your family might need. We wrote this page with the Cobbleford Youth Voice group so that you can see what the stages mean.</p>
<p>You might recognise yourself in more than one stage. That's OK. It's not a test, and you won't get into trouble for talking to someone.</p>
{secs}
<div class="talk"><b>Need to talk to someone now?</b><br>Childline: 0800 1111 (free, and it won't show on the phone bill).<br>Cobbleford Children's Services: 01632 960 300. Evenings and weekends: 01632 960 399.<br>If you are in danger right now, call 999.</div>
</main>
<footer>This page was last updated in February 2025. &copy; Cobbleford Safeguarding Children Partnership. Privacy &middot; Accessibility</footer>
</body></html>"""
    src = os.path.join(HERE, SLUG + ".html")
    open(src, "w").write(html)
    chromium_pdf(src, os.path.join(PDF, SLUG + ".pdf"))


build()
write_gold(SLUG, META, [{k: v for k, v in l.items() if k in ("label", "name", "maps_to", "evidence")} for l in LEVELS], ITEMS)
