"""Prose for the oakhallow long document. Sections: (number, title, [blocks]).
A block is a string (numbered paragraph), ('p', text) unnumbered, ('h', subheading), ('ul', [items]),
('table', [[...]], widths_mm), ('box', text), ('flow', name), ('pb',)."""

FOREWORD = [
    "Every child in Oakhallow deserves to grow up safe, healthy and able to make the most of their talents. Most "
    "families manage the ups and downs of life with the help of friends, relatives and the services that are open to "
    "everyone. Some need more help, for a short time or for longer, and a small number of children need protecting "
    "from harm.",
    "This edition of Right Help, Right Time replaces the 2021 version. It has been rewritten after a year of "
    "conversations with practitioners, parents and young people, and after our multi-agency audit of referrals to the "
    "Children's Front Door. That audit told us that practitioners wanted clearer guidance on consent, on what happens "
    "after a referral, and on how to step a family down safely when things improve. We have tried to answer each of "
    "those questions here.",
    "The guidance is deliberately practical. It does not replace the Oakhallow child protection procedures, and it is "
    "not a checklist. It is there to support the conversations we have with each other and with families, and the "
    "professional judgement that every practitioner brings to their work.",
    "We are grateful to everyone who contributed, and in particular to the young people of the Oakhallow Youth Voice "
    "group, who read every draft and told us, politely, when we were using words nobody understands.",
]

SECTIONS = [
 ("1", "Introduction", [
  "This document sets out how agencies in Oakhallow work together to identify children's needs early and to provide "
  "the right help at the right time. It describes the four levels of need used across the partnership, explains how "
  "to get help for a child or family at each level, and sets out the arrangements for consent, information sharing, "
  "referral, escalation and stepping help up and down.",
  "Working Together to Safeguard Children requires the safeguarding partners to publish a threshold document setting "
  "out the local criteria for action. This document fulfils that requirement for the Oakhallow Safeguarding Children "
  "Partnership, which brings together Oakhallow Council, the Oakhallow and Stenbury Integrated Care Board and the "
  "Mercia Vale Police Service, together with schools, early years providers and the voluntary sector.",
  "The guidance applies to all children and young people up to their eighteenth birthday, including unborn babies, and "
  "to young people up to 25 where they have an education, health and care plan or are care leavers. It applies to "
  "every practitioner and volunteer who works with children or with the adults who care for them.",
  ("h", "How to use this document"),
  "Section 3 describes the levels of need. Sections 4 to 11 explain what to do at each level and how to move between "
  "them. Section 12 gives guidance on circumstances that need particular care. Contact details are in Section 13. "
  "Appendix A gives examples of the needs that might be seen at each level, Appendix B is a flowchart of the "
  "referral pathway, and Appendix C contains case examples to help practitioners apply the guidance.",
  "The examples in Appendix A are illustrations. They are not a checklist and should not be used on their own to "
  "decide the level of need. A decision should take account of the whole of a child's circumstances, including the "
  "strengths in the family, the views of the child, how long a concern has lasted and its impact.",
 ]),
 ("2", "Principles", [
  "All work with children and families in Oakhallow is based on the following shared principles.",
  ("ul", ["The welfare of the child is paramount.",
          "Children are best looked after within their families, with their parents playing a full part in their lives, "
          "unless compulsory intervention is needed to protect them.",
          "Help should be offered as early as possible, before problems become entrenched.",
          "Children should be seen and heard: their wishes and feelings should shape the help they recieve.",
          "Practitioners should work openly and honestly with families, explaining their worries and what will happen next.",
          "Assessment and help should build on the strengths that families already have.",
          "Services should be delivered in a way that respects each family's culture, faith, language and identity.",
          "Agencies share responsibility: no single practitioner can hold all the information needed to keep a child safe."]),
  "These principles apply at every level of need. They apply equally when a family is being offered voluntary early "
  "help and when statutory action is being taken to protect a child.",
  ("h", "Equality, diversity and inclusion"),
  "Practitioners must take account of each child's age, disability, sex, gender identity, race, religion or belief and "
  "sexual orientation, and of the family's culture and circumstances. Thresholds apply equally to all children. "
  "Cultural or religious practices never justify harm to a child, but understanding a family's background can help "
  "practitioners to work with them effectively.",
  "Some children face additional barriers to getting help: children who are disabled, who do not speak English, who "
  "are in families with insecure immigration status, who are in the care of a relative, or who belong to communities "
  "with little trust in services. Practitioners should think about how to make help accessible to them.",
  ("h", "A relational approach"),
  "Oakhallow has adopted a restorative, relationship-based approach to practice. In plain terms, this means that we "
  "do things with families rather than to them or for them. Practitioners are expected to be curious, to ask about "
  "what is working as well as what is not, and to involve families in planning the help they receive.",
  "A relational approach does not mean avoiding difficult conversations. Being clear and honest with parents about "
  "the worries we have for their children is part of treating them with respect. Where a child may be at risk of "
  "significant harm, the child's safety always comes first.",
  ("h", "Professional curiosity"),
  "Serious case reviews and safeguarding practice reviews, locally and nationally, have repeatedly found that "
  "practitioners accepted explanations at face value, did not ask about other adults in the household, or did not "
  "put together information held by different agencies. Practitioners should think about who else lives in or "
  "visits the home, check that what they are told fits with what they see, and share information when they are "
  "unsure.",
 ]),
 ("3", "The levels of need", [
  "Oakhallow uses four levels of need. The levels describe the kind of response a child and family need, not the "
  "child or family themselves. Needs can change quickly, and the level should be reviewed whenever circumstances "
  "change.",
  ("h", "Level 1 \u2013 Universal"),
  "Children at Level 1 have their needs met by their families and by universal services such as early years settings, "
  "schools, colleges, GPs, midwives and health visitors. Universal services are responsible for noticing when a need "
  "emerges and for responding to it within their own service, for example by offering advice, monitoring or a "
  "follow-up appointment.",
  ("h", "Level 2 \u2013 Early Help"),
  "Children at Level 2 have additional needs that are not being met by universal services alone. Help at this level "
  "is led by a universal service: the practitioner who knows the child best completes an Early Help Assessment with "
  "the family and acts as lead professional, drawing in other services as needed. Children's social care is not "
  "involved at this level.",
  ("h", "Level 3 \u2013 Targeted Early Help"),
  "Children at Level 3 have multiple or complex needs that require a coordinated, multi-agency response. The Oakhallow "
  "Family Support Service accepts requests for help through the Early Help Hub and allocates a family practitioner who "
  "leads the Team Around the Family. Help remains voluntary and is provided with the family's consent.",
  ("h", "Level 4 \u2013 Children's Social Care"),
  "Children at Level 4 are children in need whose needs require assessment and support from children's social care "
  "under section 17 of the Children Act 1989, and children who are suffering, or are likely to suffer, significant "
  "harm, where enquiries are made under section 47 of the Act. Referrals at this level are made to the Children's "
  "Front Door.",
  ("flow", "levels"),
  "A child may have needs at more than one level. The level should reflect the most significant need, and practitioners "
  "should remember that several lower-level needs together can have a serious cumulative impact on a child.",
 ]),
 ("4", "Early help and the Early Help Assessment", [
  "Early help means providing support as soon as a problem emerges, at any point in a child's life. It can prevent "
  "problems getting worse and reduce the need for statutory intervention later. Every agency working with children "
  "has a part to play in early help.",
  ("h", "The Early Help Assessment"),
  "The Early Help Assessment (EHA) is Oakhallow's shared assessment for children and families who need help at "
  "Levels 2 and 3. It is completed with the family, not about them, and the family must agree to take part. The "
  "assessment should record the family's own view of their strengths and needs, the child's wishes and feelings, "
  "and the views of other practitioners who know the family.",
  "Any practitioner can start an EHA. At Level 2 it is usually started by the school, early years setting or health "
  "visitor. At Level 3 it is usually led by a family practitioner from the Family Support Service, although another "
  "practitioner may continue as lead professional where the family prefers this.",
  ("h", "The Team Around the Family"),
  "Once the assessment is complete, the lead professional brings together a Team Around the Family (TAF). The TAF "
  "agrees a plan with the family, setting out what will change, who will do what and by when. TAF meetings should "
  "be held at least every six weeks, and the plan should be reviewed at each meeting.",
  "The lead professional is the family's main point of contact. They coordinate the plan, make sure everyone does "
  "what they agreed, and keep the family at the centre of decisions. The lead professional is not expected to "
  "deliver every part of the plan themselves.",
  ("h", "Advice and consultation"),
  "The Early Help Hub offers a consultation line for practitioners who are unsure whether an EHA is needed, which "
  "services may be able to help, or how to move forward when a plan is not working. Consultation does not require "
  "the family's consent if the family is not identified.",
  ("h", "When early help is declined"),
  "Families can decline early help. Where this happens, the practitioner should record the family's reasons, consider "
  "whether there is anything else their own service can offer, and review whether the child's needs could escalate. "
  "If the practitioner believes the child may be a child in need or at risk of significant harm, the refusal of "
  "early help must not delay a referral to the Children's Front Door.",
 ]),
 ("5", "Consent", [
  "Early help at Levels 2 and 3 is voluntary. Families must give informed consent both to the assessment and to "
  "information about them being shared with other services. Informed consent means that the family understands what "
  "they are agreeing to, who will see the information, and what it will be used for.",
  "Consent should normally be recorded in writing on the EHA or request for support form. Where consent is given "
  "verbally, the practitioner should record when and by whom it was given. Consent can be withdrawn at any time.",
  ("h", "Children and young people"),
  "Children who are old enough to understand what is being proposed can give their own consent. Practitioners should "
  "take account of the child's age and understanding; there is no fixed age at which a child becomes able to consent. "
  "A young person aged 16 or 17 is generally presumed to be able to consent to services for themselves.",
  "Where a competent young person and their parents disagree, the practitioner should seek advice from their "
  "safeguarding lead. The young person's views should be given considerable weight.",
  ("h", "Referrals to the Children's Front Door"),
  "Practitioners should normally discuss a referral to the Children's Front Door with the family and seek their "
  "agreement. For a child in need referral under section 17, the family's consent should be sought, and the Front "
  "Door will usually contact the family before any assessment begins.",
  "Consent is not required, and the family should not be told, where doing so would place the child or another "
  "person at increased risk of harm, could lead to the loss of evidence, or could interfere with a police "
  "investigation. In these circumstances the practitioner should explain their reasons in the referral.",
  ("box", "If you are worried that a child may be suffering significant harm, you do not need consent to make a referral. "
          "Record what you decided and why."),
 ]),
 ("6", "Information sharing", [
  "Effective sharing of information between practitioners is essential for early identification of need and for "
  "keeping children safe. Reviews of serious incidents have shown time and again that children were harmed when "
  "information that could have protected them was not shared.",
  "Data protection law is not a barrier to sharing information where it is necessary to safeguard a child. The Data "
  "Protection Act 2018 includes safeguarding as a condition that allows practitioners to share information, including "
  "special category information, without consent where it is not possible to gain consent, where it cannot be "
  "reasonably expected that a practitioner gains consent, or where gaining consent would place a child at risk.",
  ("h", "Practical principles"),
  ("ul", ["Be open and honest with the family from the outset about why, what, how and with whom information will be shared.",
          "Seek advice from your safeguarding lead or information governance lead if you are in any doubt.",
          "Share information with consent where appropriate, and respect the wishes of those who do not consent, unless "
          "there is good reason to share without consent.",
          "Consider the safety and wellbeing of the child and others who may be affected.",
          "Make sure the information you share is necessary, proportionate, relevant, accurate, timely and secure.",
          "Keep a record of your decision and the reasons for it, whether you decide to share or not."]),
  "Information should be shared using secure email or the partnership's case recording systems. Practitioners should "
  "not use personal email accounts or messaging applications to share information about children.",
  ("h", "Information sharing at the Front Door"),
  "The Children's Front Door operates as a multi-agency safeguarding hub. Staff from children's social care, police, "
  "health, education and early help work together to gather and share information about referrals. Partner agencies "
  "are expected to respond to requests for information from the Front Door within the timescales set, which are "
  "four hours for urgent requests and one working day for others.",
 ]),
 ("7", "Making a referral to the Children's Front Door", [
  "A referral should be made to the Children's Front Door where a practitioner believes that a child may be a child "
  "in need under section 17, or that a child may be suffering, or likely to suffer, significant harm.",
  "If a child is in immediate danger, call the police on 999. Then contact the Front Door.",
  ("h", "How to refer"),
  "Urgent referrals, where there are concerns about significant harm, should be made by telephone and followed up "
  "with the online multi-agency referral form within 24 hours. Other referrals can be made using the online form "
  "alone. Practitioners should discuss the referral with their designated safeguarding lead before making it, unless "
  "this would cause a delay that places the child at risk.",
  ("h", "What makes a good referral"),
  ("ul", ["Full names, dates of birth and addresses of the child, siblings and adults in the household.",
          "The child's school, GP and any other services involved.",
          "What you are worried about, described clearly and factually, including what you have seen and heard.",
          "What the child has said, in their own words where possible.",
          "The impact on the child, and what you think might happen if nothing changes.",
          "Any strengths or protective factors in the family.",
          "What has already been tried, including any early help, and what difference it made.",
          "Whether the family knows about the referral and whether they consent, or your reasons for not telling them.",
          "Any risks to staff visiting the home."]),
  "Avoid jargon and abbreviations. Remember that families have a right to see what has been written about them, "
  "and write your referral in a way that you would be comfortable for the family to read.",
  ("h", "Feedback to referrers"),
  "The Front Door will tell the referrer what decision has been made within one working day of the decision. If you "
  "have not heard within three working days, contact the Front Door. If you do not agree with the decision, follow "
  "the escalation process in Section 11.",
 ]),
 ("8", "What happens after a referral", [
  "A social worker or senior practitioner at the Front Door reviews every referral, gathers information from partner "
  "agencies and decides on the next step within one working day. The possible outcomes are set out below.",
  ("table", [["Outcome", "What it means", "Timescale"],
             ["No further action", "The child's needs can be met by universal services. The referrer is told and "
              "advised about other support.", "Decision within 1 working day"],
             ["Step across to early help", "With the family's consent, the referral is passed to the Family Support "
              "Service for targeted early help (Level 3).", "Allocation within 5 working days"],
             ["Child and Family Assessment", "A social worker assesses the child's needs under section 17.",
              "Completed within 45 working days"],
             ["Strategy discussion", "Held where there is reasonable cause to suspect significant harm.",
              "Same day where urgent"],
             ["Immediate protection", "Police protection, an emergency protection order or accommodation under "
              "section 20.", "Immediately"]], [40, 90, 40]),
  ("h", "The Child and Family Assessment"),
  "The Child and Family Assessment is led by a qualified social worker. It considers the child's developmental needs, "
  "the capacity of parents and carers to meet those needs, and the wider family and environmental factors. The social "
  "worker will see the child, alone where appropriate, and will seek information from other practitioners.",
  "At the end of the assessment the social worker decides with their manager whether the child is a child in need. If "
  "so, a child in need plan is agreed with the family and the practitioners involved, and reviewed at least every "
  "three months. If not, the family may be offered early help or signposted to other services.",
  ("h", "Children in need plans"),
  "A child in need plan sets out the help that will be provided to the child and family, who will provide it and what "
  "outcomes it is intended to achieve. Partner agencies are expected to attend child in need meetings and to carry out "
  "the actions agreed.",
 ]),
 ("9", "Strategy discussions and section 47 enquiries", [
  "Where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm, a "
  "strategy discussion must be held. The discussion involves, as a minimum, children's social care, the police and "
  "health, and should include the referring agency and any other agency with relevant information.",
  "The strategy discussion decides whether to begin enquiries under section 47 of the Children Act 1989, whether a "
  "single-agency or joint investigation is needed, what immediate action is needed to safeguard the child, and what "
  "information will be shared with the family and when.",
  "Where section 47 enquiries conclude that the child is at continuing risk of significant harm, an initial child "
  "protection conference will be held within 15 working days of the strategy discussion. Practitioners who are invited "
  "to a conference are expected to attend, to provide a written report and to share it with the family beforehand.",
  "Where the enquiries do not substantiate the concerns, the social worker will consider with the family whether they "
  "would benefit from support as a child in need or from early help.",
 ]),
 ("10", "Step-up and step-down", [
  "Families' needs change. Oakhallow's step-up and step-down arrangements are designed to make sure that help can be "
  "increased quickly when needs increase, and reduced safely when needs reduce, without the family having to tell "
  "their story again.",
  ("h", "Stepping up"),
  "Where a family is receiving early help and the lead professional is worried that needs have increased to Level 4, "
  "they should discuss their concerns with their manager and with the family, then make a referral to the Front Door. "
  "The EHA and TAF plan should be attached to the referral. The lead professional should stay involved until the Front "
  "Door has made a decision.",
  ("h", "Stepping down"),
  "Where children's social care is ending its involvement and the family would benefit from continued support, the "
  "social worker will arrange a step-down meeting with the family and the practitioner who will become lead "
  "professional. The meeting agrees an early help plan before the case is closed to children's social care. A family "
  "should never be stepped down without a named lead professional in place.",
  "Where a family does not consent to early help after step-down, the social worker should record this and make sure "
  "that universal services involved with the family know that the case has closed.",
  ("flow", "stepdown"),
 ]),
 ("11", "Resolving professional disagreements", [
  "Disagreements between practitioners are a normal part of multi-agency work, and can be healthy when they are "
  "resolved quickly and focus on the child. Problems arise when disagreements are left unresolved, or when a "
  "practitioner feels unable to challenge a decision.",
  "All practitioners have a responsibility to challenge decisions they believe are not in the child's best interests. "
  "The child's safety must be maintained while any disagreement is resolved.",
  ("table", [["Stage", "Who", "Timescale"],
             ["1", "Practitioner discusses the disagreement directly with the practitioner who made the decision.",
              "Within 2 working days"],
             ["2", "The practitioner's manager raises the matter with the other agency's manager.", "Within 3 working days"],
             ["3", "Escalation to heads of service in each agency.", "Within 5 working days"],
             ["4", "Referral to the Partnership Business Manager, who may convene a resolution meeting.",
              "Within 10 working days"]], [18, 112, 40]),
  "Each stage should be recorded. If the disagreement concerns the immediate safety of a child, the stages can be "
  "compressed and the matter escalated straight to a senior manager.",
  "Learning from disagreements is collected by the partnership's Practice Learning Group and used to improve "
  "guidance and training.",
 ]),
 ("12", "Circumstances that need particular care", [
  ("h", "12.1 Unborn babies"),
  "Where there are concerns about the welfare of an unborn baby, a pre-birth referral should be made to the Front Door "
  "as early as possible, and no later than 20 weeks of pregnancy where concerns are already known. This allows time "
  "for assessment and planning before the baby is born.",
  ("h", "12.2 Disabled children"),
  "Disabled children are at greater risk of abuse and neglect, and signs of abuse can be mistaken for the effects of "
  "a child's impairment. Practitioners should not assume that a mark, a change in behaviour or a missed appointment "
  "is explained by disability. Disabled children have the same right as any child to be protected.",
  ("h", "12.3 Young carers"),
  "A young carer is a child who provides, or intends to provide, care for another person. The local authority must "
  "assess a young carer's needs on request or where it appears that they may have needs. Young carers can be referred "
  "to the Oakhallow Young Carers Service by any practitioner with the family's consent.",
  ("h", "12.4 Private fostering"),
  "A child under 16 (under 18 if disabled) who is cared for by someone who is not a close relative for 28 days or more "
  "is privately fostered. The local authority must be notified. Practitioners who become aware of a private fostering "
  "arrangement should notify the Front Door.",
  ("h", "12.5 Children missing education"),
  "Schools must notify the local authority when a pupil is to be removed from the school roll, and when a pupil has "
  "been absent without explanation for ten school days or more. The Children Missing Education team will make "
  "enquiries to locate the child.",
  ("h", "12.6 Young people aged 16 and 17 who are homeless"),
  "Young people aged 16 or 17 who present as homeless, or who are at risk of homelessness, are assessed jointly by "
  "children's social care and the housing options service under the Oakhallow joint protocol. Young people must not be "
  "placed in bed and breakfast accommodation.",
  ("h", "12.7 Harm outside the home"),
  "Children can be harmed in places outside the family home, including in the community, online and in peer groups. "
  "Concerns about exploitation should be shared with the Front Door and may be considered at the Oakhallow Exploitation "
  "and Missing Panel, which coordinates the response to children at risk in places and groups as well as to individual "
  "children.",
  ("h", "12.8 Allegations against people who work with children"),
  "Where there is an allegation that a person who works with children has harmed a child, behaved in a way that "
  "indicates they may pose a risk, or may have committed a criminal offence against a child, the Local Authority "
  "Designated Officer (LADO) must be informed within one working day.",
 ]),
 ("13", "Contacts", [
  ("table", [["Service", "Telephone", "Email / hours"],
             ["Children's Front Door", "01743 820 100", "frontdoor@oakhallow.gov.uk; Mon\u2013Thu 8.30am\u20135pm, Fri 8.30am\u20134.30pm"],
             ["Emergency Duty Team", "01743 820 999", "Evenings, weekends and bank holidays"],
             ["Early Help Hub", "01743 820 150", "earlyhelphub@oakhallow.gov.uk; Mon\u2013Fri 9am\u20135pm"],
             ["Family Support Service", "01743 820 160", "Via the Early Help Hub"],
             ["LADO", "01743 820 175", "lado@oakhallow.gov.uk"],
             ["Children Missing Education", "01743 820 188", "cme@oakhallow.gov.uk"],
             ["Young Carers Service", "01743 614 200", "Oakhallow Carers Trust"],
             ["Mercia Vale Police", "101", "999 in an emergency"],
             ["Partnership Business Unit", "01743 820 400", "oscp@oakhallow.gov.uk"]], [55, 35, 80]),
  "Designated safeguarding leads in schools and named professionals in health agencies are also available to advise "
  "colleagues within their own organisations.",
 ]),
]

CASES = [
 ("Case example 1: Kacper, aged 7 (Level 2)",
  "Kacper's class teacher noticed that he had become quieter after the Christmas holidays and that he was often tired "
  "in the mornings. When she spoke to his mother, she explained that the family had moved into a smaller flat after "
  "his father lost his job, that the flat was damp, and that Kacper was sharing a bedroom with two younger siblings. "
  "His mother said that she and his father had been arguing more because of money worries.",
  "The school's family support worker completed an Early Help Assessment with Kacper's parents. She helped them to "
  "apply for benefits and to contact the landlord about the damp, arranged a place at the breakfast club, and "
  "referred his parents to a local course on managing conflict in relationships. Within three months Kacper was "
  "more settled, and the plan was closed with the family's agreement."),
 ("Case example 2: Leah, aged 14 (Level 3)",
  "Leah's form tutor was told by a friend of Leah's that she had been cutting her arms. When the tutor spoke to Leah, "
  "she said that she had been bullied online for several months by girls in her year, that she had stopped going to "
  "some lessons, and that she did not want her mum to know because her mum was 'already stressed'. Leah's mother had "
  "recently been signed off work with depression.",
  "The designated safeguarding lead spoke to Leah's mother, who agreed to a request for help to the Early Help Hub. A "
  "family practitioner led a Team Around the Family that included the school, the school nurse, the mental health "
  "support team and the adult mental health service supporting Leah's mother. The school dealt with the bullying "
  "through its anti-bullying policy. The practitioner made sure that Leah knew what to do if she felt unsafe and "
  "agreed a safety plan with her."),
 ("Case example 3: Aisha and Zain, aged 3 and 9 months (Level 4)",
  "The health visitor visited the family for Zain's nine-month review. Aisha's mother had a fading bruise on her "
  "cheek and seemed anxious. When the health visitor asked about it, she said she had walked into a door, but later "
  "told the health visitor that her partner had hit her during an argument and that the police had been called to the "
  "house twice in the last year. She said that the children had been in the room on both occasions.",
  "The health visitor explained that she needed to share this information, and made a referral to the Children's "
  "Front Door the same day. The Front Door checked police records, which showed an escalating pattern of incidents, "
  "and a DASH risk assessment placed Aisha's mother at high risk. A strategy discussion was held, section 47 enquiries "
  "began, and the case was referred to MARAC. Aisha's mother moved with the children to a refuge with the support of "
  "an independent domestic violence adviser."),
 ("Case example 4: Tyler, aged 16 (Level 4)",
  "Tyler had been living with his father since his parents separated. After a series of arguments his father told him "
  "to leave and not come back. Tyler spent two nights sleeping at a friend's house and a third night in a park before "
  "he told his college tutor, who contacted the Front Door.",
  "The Front Door arranged a joint assessment with the housing options service under the joint protocol for homeless "
  "16 and 17 year olds. Tyler was provided with accommodation under section 20 while the assessment was completed, and "
  "a family group conference was arranged. Tyler decided that he did not want to return home, and he moved into "
  "supported lodgings with a personal adviser."),
 ("Case example 5: Mia, aged 11 (Level 4)",
  "Mia's PE teacher noticed several bruises of different colours on Mia's upper arms while she was getting changed. "
  "When asked, Mia said she had fallen off her bike, but she became upset and asked the teacher not to tell anyone. "
  "The school had recorded two other injuries in the previous term, each with an explanation that had seemed "
  "reasonable at the time.",
  "The designated safeguarding lead did not contact Mia's parents, because this might have placed Mia at risk, and "
  "made an urgent referral to the Front Door. A strategy discussion was held that afternoon, and a joint visit by a "
  "social worker and a police officer took place after school. Mia was seen by a paediatrician the following "
  "morning. The case illustrates why a pattern of injuries, each explained on its own, should be looked at together."),
 ("Case example 6: The Okafor family (stepping down)",
  "The three Okafor children had been subject to child protection plans for neglect for fourteen months. With "
  "intensive support, their parents had made sustained changes: the home was clean and safe, the children were "
  "attending school every day and their health appointments were up to date.",
  "At the final review conference the plans were ended and the children became children in need. Six months later, "
  "the social worker arranged a step-down meeting with the family and the primary school's family support worker, "
  "who agreed to become lead professional under an Early Help Assessment. The family valued having someone they "
  "already knew, and the school was able to notice quickly if things began to slip."),
]

GLOSSARY = [
 ("CAMHS", "Child and Adolescent Mental Health Services"), ("CCE", "Child criminal exploitation"),
 ("CME", "Children missing education"), ("CSE", "Child sexual exploitation"),
 ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"), ("DSL", "Designated safeguarding lead"),
 ("EHA", "Early Help Assessment"), ("EHCP", "Education, health and care plan"),
 ("FGM", "Female genital mutilation"), ("IDVA", "Independent domestic violence adviser"),
 ("LADO", "Local Authority Designated Officer"), ("MARAC", "Multi-agency risk assessment conference"),
 ("MASH", "Multi-agency safeguarding hub"), ("NEET", "Not in education, employment or training"),
 ("SEND", "Special educational needs and disability"), ("TAF", "Team Around the Family"),
 ("Section 17", "The duty of the local authority to safeguard and promote the welfare of children in need"),
 ("Section 20", "Accommodation provided by the local authority for a child who needs it"),
 ("Section 47", "The duty of the local authority to make enquiries where a child may be suffering significant harm"),
 ("Significant harm", "The threshold for compulsory intervention in family life, set out in the Children Act 1989"),
]

LEGISLATION = [
 "Children Act 1989 and Children Act 2004",
 "Working Together to Safeguard Children (statutory guidance)",
 "Keeping Children Safe in Education (statutory guidance for schools and colleges)",
 "Data Protection Act 2018 and UK General Data Protection Regulation",
 "Information sharing: advice for practitioners providing safeguarding services",
 "Domestic Abuse Act 2021",
 "Children and Families Act 2014 (young carers and SEND)",
 "Female Genital Mutilation Act 2003",
 "Counter-Terrorism and Security Act 2015 (the Prevent duty)",
 "Housing Act 1996, Part 7, and the Homelessness Reduction Act 2017",
]

EXTRA_SECTIONS = [
 ("14", "Safeguarding themes", [
  "This section gives brief guidance on some of the issues that practitioners most often ask about. It does not "
  "replace the detailed procedures for each issue, which are available on the partnership website, and it should be "
  "read with the examples of need in Appendix A.",
  ("h", "14.1 Neglect"),
  "Neglect is the persistent failure to meet a child's basic physical or psychological needs, likely to result in "
  "serious impairment of the child's health or development. It is the most common reason for a child in Oakhallow to "
  "be subject to a child protection plan. Neglect is rarely a single event: it builds up over time, and practitioners "
  "who see a family only occasionally may not notice how far things have slipped.",
  "Practitioners are encouraged to use the Oakhallow Neglect Toolkit, which helps to build a picture of a child's "
  "daily life across several visits and to share that picture with the family. A chronology of concerns is often the "
  "clearest way of showing that care has not improved despite help.",
  ("h", "14.2 Domestic abuse"),
  "The Domestic Abuse Act 2021 recognises children who see, hear or experience the effects of domestic abuse as "
  "victims in their own right. Practitioners should ask about domestic abuse routinely and safely, never in front of "
  "a partner or a child old enough to repeat what is said. Where domestic abuse is disclosed, a DASH risk assessment "
  "should be completed by a trained practitioner, and high-risk cases referred to MARAC.",
  "The Operation Encompass scheme means that schools are told before the start of the next school day when police "
  "have attended a domestic incident at a child's home. Schools should use this information to offer support to the "
  "child and should consider whether a referral is needed.",
  ("h", "14.3 Child exploitation"),
  "Child sexual exploitation and child criminal exploitation involve an individual or group taking advantage of an "
  "imbalance of power to coerce, control, manipulate or deceive a child. Exploitation can happen even where the "
  "activity appears consensual, and it can take place entirely online. County lines is a form of criminal "
  "exploitation in which children are used to move and sell drugs across areas.",
  "Practitioners should complete the exploitation screening tool and share it with the Front Door when they are "
  "worried that a child is being exploited. Children who are exploited should be treated as victims, and the language "
  "used about them should reflect this.",
  ("h", "14.4 Online harm"),
  "Children can be bullied, groomed, exploited or exposed to harmful content online. Online harm should be treated "
  "in the same way as harm in the physical world. Practitioners should not view or forward indecent images of "
  "children; where an image has been shared, they should secure the device and seek advice from their safeguarding "
  "lead and the police.",
  ("h", "14.5 Harmful sexual behaviour"),
  "Sexual behaviour between children can be part of healthy development, problematic, or harmful. Practitioners should "
  "use a recognised framework to consider the behaviour and should seek advice from the Front Door where behaviour may "
  "be harmful. Both the child who has been harmed and the child displaying the behaviour will need support.",
  ("h", "14.6 Female genital mutilation and forced marriage"),
  "FGM is a crime and a form of child abuse. Teachers, health and social care professionals have a mandatory duty to "
  "report to the police known cases of FGM in girls under 18. Where a child may be at risk of forced marriage, "
  "practitioners should not approach the family or community, and should contact the Front Door and the police "
  "without delay.",
  ("h", "14.7 Radicalisation"),
  "Under the Prevent duty, practitioners must have due regard to the need to prevent people from being drawn into "
  "terrorism. Concerns should be discussed with the organisation's Prevent lead and, where appropriate, referred to "
  "the police Prevent team, who may refer the child to the Channel panel.",
  ("h", "14.8 Parental mental health, substance misuse and learning disability"),
  "Most parents with mental health problems, a learning disability or problems with drugs or alcohol care for their "
  "children safely. The question is always the impact on the child. Adult services should ask whether their clients "
  "are parents or have contact with children, and should share information with children's services where they are "
  "concerned.",
  ("h", "14.9 Bruising and injuries in babies who are not mobile"),
  "Bruising is rare in babies who are not yet crawling, cruising or walking independently. The partnership's protocol "
  "requires any practitioner who notices a bruise or other injury on a non-mobile baby to refer the baby to the Front "
  "Door and for a paediatric assessment, whatever explanation is given. Practitioners should not try to decide for "
  "themselves whether the injury is accidental.",
  ("h", "14.10 Children who go missing"),
  "Every episode of a child going missing should be reported to the police. When the child returns, they should be "
  "offered an independent return home interview within 72 hours. Patterns of missing episodes are one of the most "
  "important signs that a child may be being exploited.",
  ("h", "14.11 Fabricated or induced illness"),
  "Where a carer exaggerates, fabricates or induces illness in a child, the child may undergo unnecessary "
  "investigations and treatment. Concerns should be discussed with the named or designated doctor for safeguarding "
  "before the family is told, and a referral made to the Front Door.",
 ]),
 ("15", "Training, supervision and quality assurance", [
  "The partnership provides a programme of multi-agency training on the use of this guidance, on early help, and on "
  "specific safeguarding themes. Every agency should make sure that its staff know about the guidance and have "
  "training appropriate to their role.",
  "Practitioners who work with children and families should have regular supervision that gives them the chance to "
  "reflect on their work, to discuss children they are worried about, and to think about the level of need and the "
  "right response.",
  "The partnership checks how well the guidance is working through multi-agency audits, data on referrals and "
  "re-referrals, feedback from practitioners and families, and the findings of local child safeguarding practice "
  "reviews. The results are reported to the partnership executive and used to update the guidance.",
  "Practitioners are encouraged to send comments on this guidance to the Partnership Business Unit at any time. "
  "Comments received will be considered at the next review.",
 ]),
]

SERVICES = [
 ["Service", "What it offers", "Level", "How to access"],
 ["Family Hubs (Oakhallow, Stenbury, Ashby Cross)", "Parenting groups, stay and play, advice on money and housing", "1\u20132", "Drop in or self-refer"],
 ["Health visiting service", "Universal and targeted support for families with children under 5", "1\u20133", "Via GP or direct"],
 ["School nursing", "Drop-ins, emotional health support, health reviews", "1\u20133", "Via school"],
 ["Mental health support teams in schools", "Low-intensity support for mild to moderate anxiety and low mood", "2\u20133", "Via school"],
 ["CAMHS", "Specialist mental health assessment and treatment", "3\u20134", "Referral by GP or single point of access"],
 ["Oakhallow Family Support Service", "Family practitioners, Team Around the Family, parenting programmes", "3", "Early Help Hub"],
 ["Young Carers Service", "Assessment, groups and breaks for young carers", "2\u20133", "Any practitioner, with consent"],
 ["Youth service", "Open access youth clubs and detached youth work", "1\u20132", "Open access"],
 ["Youth Justice Service", "Work with young people in the youth justice system and prevention work", "3\u20134", "Police or court; prevention referrals via Early Help Hub"],
 ["Domestic abuse outreach (Oakhallow Women's Aid)", "Outreach, IDVAs, refuge, children's workers", "2\u20134", "Self-referral or professional referral"],
 ["Drug and alcohol service for young people", "Advice, harm reduction, treatment", "2\u20134", "Self-referral or professional referral"],
 ["Adult substance misuse service", "Treatment and recovery for parents", "2\u20134", "Self-referral or GP"],
 ["Housing options", "Homelessness prevention and temporary accommodation", "2\u20134", "Council housing options line"],
 ["Citizens Advice Oakhallow", "Debt, benefits and employment advice", "1\u20133", "Drop in or telephone"],
 ["Special educational needs team", "EHC needs assessments and plans", "2\u20134", "Via school or parent request"],
 ["Children with disabilities team", "Social work assessment, short breaks", "4", "Children's Front Door"],
 ["Exploitation and Missing team", "Return interviews, specialist exploitation work", "3\u20134", "Children's Front Door"],
 ["Education welfare service", "Attendance support and enforcement", "2\u20133", "Via school"],
]

EHA_GUIDE = [
 "The Early Help Assessment form is available on the partnership website. It should be completed with the family, "
 "ideally in their home, and take no more than one or two meetings. Use the family's own words wherever you can.",
 "Start with what is going well. Ask the family what they are proud of, who helps them, and what has worked before. "
 "Strengths are as important to the plan as needs, and families are more likely to engage when their strengths are "
 "recognised.",
 "Record the child's views separately. For a young child this may be your observations of their play and "
 "interaction; for an older child it should be their own words. If the child's view differs from their parents', "
 "record both.",
 "Be specific about needs. Rather than writing that a child has 'behaviour problems', describe what happens, when, "
 "how often and what difference it makes to the child. This helps the Team Around the Family to know when things have "
 "improved.",
 "Agree outcomes that the family understands and wants. A good outcome describes what will be different for the child, "
 "for example 'Ellie will be at school on time every day', rather than what services will do.",
 "Share the completed assessment with the family and, with their consent, with the other practitioners who will be "
 "part of the Team Around the Family. Send a copy to the Early Help Hub so that it is recorded on the early help "
 "system.",
 "Review the plan regularly. If things are not improving after two or three reviews, talk to the Early Help Hub "
 "about whether the level of help is right.",
]

EXTRA_SECTIONS.append(
 ("16", "Working with families: practice guidance", [
  "The way in which help is offered makes a great difference to whether a family is able to accept it. This section "
  "draws together advice from practitioners and parents in Oakhallow about what helps.",
  ("h", "Having difficult conversations"),
  "Parents often fear that any contact with services means their children will be taken away. Be clear about what you "
  "are worried about and why, and equally clear about what you are not worried about. Explain what will happen next, "
  "and check that the family has understood. Where possible, have the conversation in a private place and at a time "
  "that suits the family.",
  "It is not kind to soften a worry so much that the family does not realise how serious it is. Parents tell us that "
  "they would rather know where they stand.",
  ("h", "Involving fathers and other significant adults"),
  "Services have historically worked mainly with mothers. Fathers, stepfathers, partners and other adults who play a "
  "part in a child's life, whether or not they live in the household, should be identified, involved in assessments "
  "and plans, and considered both as a possible source of support and as a possible source of risk.",
  ("h", "Language and interpreters"),
  "Where a parent or child does not speak English as a first language, an independent interpreter should be used for "
  "any significant conversation. Children, relatives and friends should never be used as interpreters in safeguarding "
  "matters.",
  ("h", "When families find it hard to engage"),
  "Some families find it hard to work with services because of previous experiences, mental health difficulties, fear, "
  "or practical barriers such as working hours or transport. Practitioners should think creatively about how to offer "
  "help and should not close a case simply because appointments have been missed.",
  "Practitioners should also be alert to disguised compliance, where a family appears to co-operate while little "
  "changes for the child. Focus on the child's lived experience and on evidence of change, not on attendance at "
  "meetings.",
  ("h", "Recording"),
  "Records should be accurate, factual and written in plain language. Distinguish between what you saw, what you were "
  "told and by whom, and your professional opinion. Write as if the child will read the record when they are older, "
  "because many children do.",
 ]))

CASES.extend([
 ("Case example 7: Harvey, aged 5 (Level 1)",
  "Harvey's reception teacher noticed that he found it hard to settle at the start of the day and often cried when his "
  "father left. His father explained that Harvey's grandmother, who had looked after him before school, had recently "
  "died. The teacher arranged for Harvey to have a special job each morning and gave his father information about a "
  "local bereavement charity's resources for young children.",
  "No further help was needed. The example shows how a universal service can meet an emerging need from within its own "
  "resources, without an assessment or referral."),
 ("Case example 8: Priya, aged 15 (Level 3 stepping up to Level 4)",
  "Priya had been supported by a family practitioner for three months because of conflict at home and poor "
  "attendance. During a TAF meeting her school reported that she had been seen getting into cars with older men after "
  "school, and that she had new clothes and a second phone. Priya had also been reported missing twice in a month.",
  "The family practitioner discussed the concerns with her manager and made a referral to the Front Door the same day, "
  "attaching the Early Help Assessment and plan. A strategy discussion was held and Priya's case was considered at the "
  "Exploitation and Missing Panel. The family practitioner stayed involved while the social worker got to know Priya, "
  "so that Priya did not lose a relationship she trusted."),
])

FAQ = [
 ("Do I need the family's consent to ring the Early Help Hub for advice?",
  "No, as long as you do not give the family's name or other details that would identify them. If the Hub needs to "
  "check its records, it will ask you to seek consent first."),
 ("Who should be the lead professional?",
  "The practitioner the family trusts most and who is best placed to coordinate the plan. This is often the school or "
  "the health visitor at Level 2 and a family practitioner at Level 3, but it can be anyone who is part of the Team "
  "Around the Family."),
 ("What if the family will not agree to early help?",
  "Record the family's reasons and keep offering help from your own service. If you believe the child may be a child in "
  "need or at risk of significant harm, you must make a referral to the Front Door whether or not the family agrees to "
  "early help."),
 ("Can I refer straight to the Front Door without trying early help first?",
  "Yes. Early help is not a step that must be completed before a referral. Where a child's needs are at Level 4, refer "
  "straight away."),
 ("The Front Door decided my referral did not meet the threshold, but I am still worried. What should I do?",
  "Ask for the reasons for the decision, and share any further information you have. If you still disagree, use the "
  "escalation process in Section 11. Keep the child's safety at the centre of your discussions."),
 ("How long will it take to hear back after a referral?",
  "You should be told the outcome within one working day of the decision. If you have heard nothing after three "
  "working days, contact the Front Door."),
 ("Should I tell the family that I have made a referral?",
  "Usually yes, and ideally before you make it. Do not tell the family if doing so might put the child or anyone else "
  "at risk, or interfere with a police investigation."),
 ("A young person has told me something and asked me not to tell anyone. What should I do?",
  "Never promise to keep a secret. Explain kindly that you may need to share what they have told you to keep them safe, "
  "tell them who you will share it with, and keep them informed."),
 ("Where can I find the forms?",
  "All forms, including the Early Help Assessment, the request for support and the multi-agency referral form, are on "
  "the partnership website under 'Worried about a child'."),
 ("How do I give feedback on this guidance?",
  "Email the Partnership Business Unit. All comments are considered at the next review."),
]
