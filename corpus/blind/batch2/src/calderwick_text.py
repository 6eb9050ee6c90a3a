"""Prose content for the Calderwick and Westmarsh long document.
Blocks: ('h1', t) ('h2', t) ('h3', t) ('p', t) ('ul', [..]) ('ol', [..]) ('box', title, [paras])
('table', colwidths_fraction, rows, header?) ('flow', [(text, side)]) ('case', title, [(label, text)])
('pb',)"""

LEVEL_DESC = {
 "Level 1": {
  "title": "2.1 Level 1: Universal",
  "What this means": [
   "Most children in Calderwick and Westmarsh have their needs met by their parents and carers and by the universal services that are available to every child: maternity and health visiting, GPs, early years settings, schools and colleges, and community, library and leisure services. At Level 1 a child is making good progress in all areas of their development.",
   "Children at Level 1 are not free of difficulties. Every family has periods of stress, illness, change or loss. What marks Level 1 is that the family, with the help they would ordinarily expect from universal services, is able to manage."],
  "Who leads": [
   "Universal services. Where a small or short-lived need emerges, the practitioner who already knows the family (for example a class teacher, school nurse or health visitor) offers advice or a little extra support as part of their ordinary work."],
  "How to get help": [
   "No referral is needed. Information about local services, activities and childcare is available from the Family Information Service and from the Family Hubs in each district."],
 },
 "Level 2": {
  "title": "2.2 Level 2: Early Help – Single Agency",
  "What this means": [
   "Children at Level 2 have additional needs that are beginning to affect their progress, or needs that are not yet clear. These needs can usually be met by one agency, sometimes with advice from another. Acting at this level is the best way to stop small problems becoming entrenched."],
  "Who leads": [
   "The agency that has identified the need, most often the school, early years setting or health visiting service, acts as lead professional. An Early Help Assessment may be started to help the family and the practitioner understand what is happening, but children's social care is not involved at this level."],
  "How to get help": [
   "Talk to the family first. Agree what the worry is, what the family wants to change and what your service will do. Record the plan and review it. If you would like advice, the Early Help Hub offers a consultation line for practitioners; using it does not transfer the case."],
 },
 "Level 3": {
  "title": "2.3 Level 3: Targeted Early Help – Multi-Agency",
  "What this means": [
   "Children at Level 3 have multiple needs, or needs that have not improved with single-agency support, and a coordinated response from more than one agency is needed. Without that response the child is unlikely to reach their potential, and the difficulties may escalate."],
  "Who leads": [
   "An Early Help Assessment is completed with the family and sent to the Early Help Hub, which will allocate a family practitioner from the Family Support Service or agree a lead professional from a partner agency, and will support the Team Around the Family."],
  "How to get help": [
   "With the family's consent, complete the Early Help Assessment and send it to the Early Help Hub using the secure online form. The Hub will contact you within three working days. If the family does not consent and you remain worried, discuss the situation with your safeguarding lead and consider whether the child's needs are at Level 4."],
 },
 "Level 4": {
  "title": "2.4 Level 4: Specialist – Child in Need and Child Protection",
  "What this means": [
   "Children at Level 4 have complex needs that require a statutory response, or are at risk of significant harm. This level includes children in need under section 17 of the Children Act 1989, children for whom enquiries are needed under section 47, and children who may need to be looked after."],
  "Who leads": [
   "Children's social care. Referrals are made to the Multi-Agency Safeguarding Hub (MASH), which decides within one working day whether a Child and Family Assessment (section 17) or a strategy discussion and section 47 enquiries are needed."],
  "How to get help": [
   "Telephone the MASH if you believe a child is at risk of significant harm, and confirm the referral in writing within 24 hours. For other Level 4 concerns, complete the Multi-Agency Referral Form online. If a child is in immediate danger, call 999."],
 },
}

BEFORE_LEVELS = [
 ("h1", "1. Introduction"),
 ("h2", "1.1 Purpose of this guidance"),
 ("p", "This document sets out how agencies in Calderwick and Westmarsh work together to identify the needs of children, young people and their families, and how they decide what help to offer. It is the threshold document that the safeguarding partners are required to publish under Working Together to Safeguard Children. It describes the process for early help, the criteria for referring a child to children's social care for assessment and support under section 17 of the Children Act 1989, and the criteria for referral where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm."),
 ("p", "The guidance is shared by Calderwick City Council and Westmarsh County Council, the Calderwick and Westmarsh Integrated Care Board and the Westmarsh Constabulary, the three safeguarding partners for the area. Schools, colleges, early years providers, the voluntary and community sector, faith groups, housing providers and the probation service have all contributed to it and have agreed to use it."),
 ("h2", "1.2 Who should use this guidance"),
 ("p", "Anyone whose work brings them into contact with children, young people or parents should be familiar with this guidance. That includes practitioners who work mainly with adults, such as adult mental health and substance misuse workers, probation officers and housing officers, because many children first come to notice through a parent's contact with a service."),
 ("p", "Managers should make sure that staff are trained in the use of the guidance and that it is used in supervision. Designated safeguarding leads in schools and named professionals in health should use it when advising colleagues."),
 ("h2", "1.3 How the guidance is organised"),
 ("p", "Section 2 defines the four levels of need used in Calderwick and Westmarsh. Sections 3 to 9 describe the principles and procedures that apply at every level: consent, early help, referral, escalation, stepping up and stepping down, and the resolution of professional differences. Section 10 covers circumstances that need particular care. Section 11 gives case examples that show how the levels are applied in practice. Appendix A contains the indicators of need for each level, arranged by the domains of the Assessment Framework."),
 ("p", "The levels are defined once, in Section 2. Elsewhere in this document, and in the forms used by partner agencies, the levels are referred to by number only."),
 ("h2", "1.4 The legal framework"),
 ("p", "The Children Act 1989 places a general duty on local authorities to safeguard and promote the welfare of children in need in their area. A child is in need if they are unlikely to achieve or maintain a reasonable standard of health or development without the provision of services, if their health or development is likely to be significantly impaired without services, or if they are disabled. Section 17 gives the local authority the power to provide services to children in need and their families."),
 ("p", "Section 47 requires the local authority to make enquiries where it has reasonable cause to suspect that a child who lives or is found in its area is suffering, or is likely to suffer, significant harm. Section 20 places a duty on the local authority to provide accommodation for a child in need who requires it, and sections 44 and 46 provide for emergency protection by the court and by the police. The Children Act 2004 places a duty on a wide range of agencies to make arrangements to ensure that their functions are discharged having regard to the need to safeguard and promote the welfare of children."),
 ("p", "Early help is not defined in statute in the same way, but Working Together to Safeguard Children expects local agencies to work together to identify children and families who would benefit from early help, to undertake an assessment of their needs, and to provide targeted services to address those needs."),
 ("box", "Remember", ["This guidance supports professional judgement; it does not replace it. If you are worried that a child is at risk of significant harm, do not wait to check every indicator. Talk to your safeguarding lead or contact the MASH straight away."]),
 ("pb",),
 ("h1", "2. The Levels of Need"),
 ("p", "Calderwick and Westmarsh use four levels of need. The levels describe the response that a child and family need at a particular time, not a judgement about the family. Children move between levels as their circumstances change, and siblings in the same family may have needs at different levels."),
 ("p", "The table below summarises the four levels. Each level is then described in more detail."),
]

SUMMARY_TABLE = [
 ["Level", "Summary", "Response"],
 ["Level 1", "Needs met by family and universal services", "Universal services; advice and a little extra help in the service"],
 ["Level 2", "Additional needs; one agency can respond", "Single-agency early help; lead professional from that agency"],
 ["Level 3", "Multiple needs needing a coordinated response", "Early Help Assessment, Team Around the Family, Early Help Hub"],
 ["Level 4", "Complex needs or risk of significant harm", "Referral to the MASH; assessment under s.17 or enquiries under s.47"],
]

AFTER_LEVELS = [
 ("h2", "2.5 Deciding on the level"),
 ("p", "When you are deciding which level best describes a child's needs, think about the whole child and the whole family. Ask yourself what is happening, how long it has been happening, what impact it is having on the child, and what strengths there are in the family and the wider network that can be built on. A single serious incident can place a child at Level 4; equally, many small worries over a long period can add up to a child whose development is likely to be significantly impaired."),
 ("p", "The indicators in Appendix A are there to help you think. They are not a checklist and they are not complete. A child will often show indicators at more than one level. Where that happens, be guided by the most serious indicator and by its impact on the child."),
 ("ul", ["What are we worried about? What has happened, and what might happen if nothing changes?",
         "What is working well? Which strengths and safe adults does the child have?",
         "What does the child say, and what does their behaviour tell us?",
         "What do the parents think, and are they able and willing to make changes?",
         "What needs to happen next, and who is best placed to do it?"]),
 ("pb",),
 ("h1", "3. Principles"),
 ("p", "All agencies in Calderwick and Westmarsh have agreed to work to the principles below. They apply at every level of need."),
 ("h3", "The child's welfare is paramount"),
 ("p", "Everything we do should be judged by its effect on the child. Adults' needs matter, and supporting parents is often the best way to help a child, but when the interests of adult and child conflict, the child's welfare comes first."),
 ("h3", "The voice of the child"),
 ("p", "Children should be seen, and where possible seen alone, and their wishes and feelings should be sought and recorded in a way that reflects their age and understanding. Practice reviews repeatedly find that children who were being harmed were not asked what life was like for them, or that what they said was not acted on."),
 ("h3", "Think family"),
 ("p", "Problems experienced by parents, such as mental ill health, substance misuse, domestic abuse, debt and poor housing, affect children. Practitioners working with adults should always ask whether there are children in the household or in the adult's care, and consider what the adult's difficulties mean for them."),
 ("h3", "Working with strengths"),
 ("p", "Most families want the best for their children. Assessments and plans should build on what is already working and on the people around the family who can help. Families should be treated with respect and told honestly what we are worried about."),
 ("h3", "Professional curiosity and respectful challenge"),
 ("p", "Practitioners should not take what they are told at face value where there is reason to doubt it. They should check information with colleagues in other agencies, notice what is not said, and be prepared to ask difficult questions. Challenging another agency's view, respectfully and with the child in mind, is part of good practice."),
 ("h3", "Equality and inclusion"),
 ("p", "Children's needs should be understood in the context of their culture, faith, ethnicity, language, disability, sexuality and gender identity. These should never be used to explain away a concern, and they should never by themselves be treated as a risk."),
 ("h3", "Contextual safeguarding"),
 ("p", "Some risks to children come from outside the family: from peers, in schools, in neighbourhoods and online. Parents may be doing their best and still be unable to protect their child from these risks. The response should address the places and relationships where harm happens as well as the child."),
 ("pb",),
 ("h1", "4. Consent and Information Sharing"),
 ("h2", "4.1 Why information sharing matters"),
 ("p", "Serious case reviews and child safeguarding practice reviews have shown again and again that children are put at risk when information that one agency holds is not shared with others. No single practitioner has the full picture. Good decisions about the level of need depend on bringing together what is known."),
 ("h2", "4.2 Consent at each level"),
 ("p", "Support at Levels 1, 2 and 3 is voluntary. The family must give informed consent before an Early Help Assessment is completed or shared. Informed consent means that the family understands what information will be shared, with whom, for what purpose, and what will happen as a result. Consent should normally be recorded in writing, and the family should be told that they can withdraw it."),
 ("p", "At Level 4, the consent of the parent should be sought before a referral to the MASH unless seeking it would place the child or anyone else at increased risk of harm, would risk the loss of evidence, or would cause an unjustified delay. If consent is refused and you believe the child's needs are at Level 4, you should still make the referral and record why."),
]

CONSENT_TABLE = [
 ["Level", "Consent needed?", "If the family refuses"],
 ["Level 1", "Ordinary consent for your own service", "Continue to offer your service"],
 ["Level 2", "Yes, for an Early Help Assessment or sharing with another agency", "Offer help within your own service; review"],
 ["Level 3", "Yes, for the assessment and referral to the Early Help Hub", "Discuss with your safeguarding lead; consider whether Level 4 applies"],
 ["Level 4", "Seek it unless doing so would increase risk or cause delay", "Refer anyway where needed to protect the child; record your reasons"],
]

AFTER_CONSENT = [
 ("h2", "4.3 Sharing without consent"),
 ("p", "The Data Protection Act 2018 and UK GDPR allow practitioners to share information without consent where it is necessary to protect a child from significant harm. Fears about sharing information must not stand in the way of the need to safeguard a child. Share only what is necessary, relevant and accurate, share it securely and in good time, and record what you shared, with whom and why."),
 ("ol", ["Remember that data protection law is not a barrier to sharing information to keep a child safe.",
         "Be open and honest with the family about what you will share and why, unless that would put the child at risk.",
         "Seek advice from your safeguarding lead or information governance lead if you are unsure.",
         "Where possible, share with consent, but do not seek consent if the risk would increase.",
         "Consider safety and wellbeing: base your decision on the child's needs.",
         "Make sure the information is necessary, proportionate, relevant, accurate and timely.",
         "Keep a record of your decision and the reasons for it."]),
 ("pb",),
 ("h1", "5. Early Help in Calderwick and Westmarsh"),
 ("h2", "5.1 What early help means"),
 ("p", "Early help means providing support as soon as a problem emerges, at any point in a child's life from before birth to the teenage years. It can prevent problems becoming worse, and it can also support families after a period of involvement from children's social care. Early help is provided by everyone who works with children, not by a single service."),
 ("h2", "5.2 The Early Help Assessment"),
 ("p", "The Early Help Assessment is the shared tool that all agencies in Calderwick and Westmarsh use to understand a family's needs and strengths and to agree a plan. It is completed with the family, not about them, and it belongs to the family. It replaces the single-agency assessment forms used previously by schools and health services."),
 ("p", "An Early Help Assessment can be started by any practitioner who knows the family. It should record the views of the child and of each parent, the strengths and needs in each domain, what the family wants to change, and the actions agreed. It should be reviewed at every Team Around the Family meeting."),
 ("h2", "5.3 The Team Around the Family and the lead professional"),
 ("p", "When more than one agency is involved, a Team Around the Family (TAF) is formed. The TAF meets with the family, usually every six to eight weeks, to review the plan. One member of the TAF acts as lead professional. The lead professional is the family's main point of contact, coordinates the plan and makes sure that reviews happen. They are not responsible for doing everything."),
 ("p", "The lead professional should be the practitioner best placed to support the family, which is often the one the family trusts most. At Level 2 this will normally be a practitioner from a universal service. At Level 3 the Early Help Hub may allocate a family practitioner from the Family Support Service to take on this role."),
 ("h2", "5.4 Closing early help"),
 ("p", "Early help should end when the plan's outcomes have been achieved and the family is confident that it can manage without extra support, or when the family withdraws its consent. A closing summary should be shared with the family and with the agencies involved, and should say what the family should do if difficulties return."),
 ("pb",),
 ("h1", "6. Making a Referral to the MASH"),
 ("h2", "6.1 When to refer"),
 ("p", "Refer to the MASH when you believe that a child's needs are at Level 4: that is, when the child's health or development is likely to be significantly impaired without the provision of services by children's social care, or when you have reasonable cause to suspect that the child is suffering, or is likely to suffer, significant harm."),
 ("h2", "6.2 How to refer"),
 ("p", "Where you believe a child is at risk of significant harm, telephone the MASH straight away and follow up in writing within 24 hours using the Multi-Agency Referral Form (MARF). In all other cases complete the MARF online. If a child is in immediate danger, call the police on 999 first."),
 ("p", "A good referral says clearly what you are worried about and why, what the child has said, what you have already done, what the family's strengths are, and whether the family knows about the referral. Include the names and dates of birth of everyone in the household, the child's school or setting, and the GP. Attach the Early Help Assessment if there is one."),
 ("h2", "6.3 What happens next"),
 ("p", "A qualified social worker in the MASH will review the referral, gather information from partner agencies and decide on the next steps within one working day. The possible outcomes include advice to the referrer, a step-down to early help at Level 2 or Level 3, a Child and Family Assessment under section 17, or a strategy discussion to consider section 47 enquiries. The referrer will be told the outcome. If you have not heard within three working days, contact the MASH."),
 ("h2", "6.4 Referrals from members of the public"),
 ("p", "Members of the public can contact the MASH directly. Practitioners who receive concerns from a member of the public should pass them on and not assume that the person will do so themselves."),
]

CONTACTS = [
 ["Service", "Telephone", "Hours"],
 ["Multi-Agency Safeguarding Hub (MASH)", "01632 967 000", "Mon to Thu 8.30am–5pm, Fri 8.30am–4.30pm"],
 ["Emergency Duty Team", "01632 967 999", "Evenings, weekends and bank holidays"],
 ["Early Help Hub (consultation line)", "01632 967 050", "Mon to Fri 9am–5pm"],
 ["Local Authority Designated Officer (LADO)", "01632 967 080", "Mon to Fri 9am–5pm"],
 ["Westmarsh Constabulary", "999 (emergency) / 101", "24 hours"],
 ["Family Information Service", "01632 967 100", "Mon to Fri 9am–5pm"],
 ["Calderwick and Westmarsh Domestic Abuse Service", "0800 496 0123", "24 hours"],
 ["Partnership Business Unit", "01632 967 120", "Mon to Fri 9am–5pm"],
]

ESCALATION_FLOW = [
 ("A practitioner has a worry about a child or young person.", None),
 ("Is the child in immediate danger?", "Yes: call 999, then contact the MASH by phone."),
 ("Discuss with your designated safeguarding lead and the family (unless this would increase the risk).", None),
 ("Is there reasonable cause to suspect significant harm, or are needs complex (Level 4)?", "Yes: telephone the MASH and submit a MARF within 24 hours."),
 ("Are there multiple needs that need a coordinated response (Level 3)?", "Yes: with consent, complete an Early Help Assessment and send it to the Early Help Hub."),
 ("Can your own service meet the need, with advice if needed (Level 2)?", "Yes: agree a single-agency plan and review it."),
 ("Continue to offer universal support (Level 1) and keep the situation under review.", None),
]

STEP_UP_FLOW = [
 ("Early help plan in place at Level 2 or Level 3.", None),
 ("TAF review finds needs are escalating or the plan is not working.", None),
 ("Lead professional discusses with their manager and the Early Help Hub.", None),
 ("Are the needs now at Level 4?", "No: revise the plan, increase support, review sooner."),
 ("Referral to the MASH with the Early Help Assessment, the plan and the latest review.", None),
 ("MASH decision within one working day; TAF continues until social care confirms it is taking the lead.", None),
]

STEP_DOWN_FLOW = [
 ("Social worker identifies that statutory involvement is no longer needed.", None),
 ("Discussion with the family about continuing support.", None),
 ("Step-down meeting: social worker, family, proposed lead professional.", None),
 ("Early help plan agreed before the social care case closes.", None),
 ("First TAF review within six weeks of step-down.", None),
]

ESCALATION_SECTION = [
 ("h1", "7. Escalation: Responding to a Worry"),
 ("p", "The flowchart below shows the route a practitioner should follow when they are worried about a child. It is a summary; the detail is in Sections 5 and 6."),
]

STEP_SECTION = [
 ("h1", "8. Step Up and Step Down"),
 ("p", "Children's needs change over time. The support a family receives must change with them, without gaps or duplication. Stepping up describes the move from early help to children's social care when needs increase. Stepping down describes the move from children's social care to early help, or from early help to universal services, when needs reduce."),
 ("h2", "8.1 Stepping up"),
 ("p", "A step-up should be considered whenever a TAF review finds that needs are increasing, that the plan is not making a difference, or that a new concern has arisen. Where there is a new concern about significant harm, the lead professional must not wait for a review meeting: they should contact the MASH straight away."),
 ("p", "Early help does not stop when a referral is is made. The lead professional should stay in touch with the family until the MASH has decided what will happen, and should contribute to any assessment."),
]

STEP_DOWN_TEXT = [
 ("h2", "8.2 Stepping down"),
 ("p", "A step-down from children's social care should be planned with the family and with the agency that will lead the early help plan. It should never be a surprise to the family or to the receiving agency. The social worker should share the assessment, the current plan and the reasons for stepping down, and should attend the first TAF meeting where possible."),
 ("p", "Stepping down from Level 2 or Level 3 to Level 1 happens when the family's needs can once more be met by universal services. The lead professional should make sure that the family knows where to go for help in future."),
 ("pb",),
 ("h1", "9. Resolving Professional Differences"),
 ("p", "Practitioners will sometimes disagree about a child's level of need or about the response. Disagreement is a sign that people care about the outcome, and resolving it openly improves decisions. The following stages apply. At each stage the child's safety must be maintained, and the disagreement must be recorded."),
 ("ol", ["Stage 1: the practitioners concerned discuss the disagreement directly, within two working days.",
         "Stage 2: if it is not resolved, the practitioners' line managers discuss it within a further two working days.",
         "Stage 3: if it is still not resolved, it is referred to the relevant service managers or designated professionals.",
         "Stage 4: if necessary, the matter is referred to the Partnership Business Unit for a decision by senior leaders of the safeguarding partners."]),
 ("p", "A practitioner who believes that a child is at immediate risk must not wait for the process to run its course. They should speak directly to a manager in the MASH, and if necessary call the police."),
 ("pb",),
 ("h1", "10. Circumstances Needing Particular Care"),
 ("p", "The situations below are described here because they raise particular questions about levels, consent or procedure. Detailed procedures are in the Calderwick and Westmarsh Safeguarding Children Procedures Manual."),
 ("h2", "10.1 Unborn babies"),
 ("p", "Where there are concerns about the welfare of an unborn baby, a referral should be made as early in the pregnancy as possible, and normally before 20 weeks, so that there is time to assess and plan with the parents before the baby is born. Midwives and GPs are usually the first to know of a pregnancy and have a key role."),
 ("h2", "10.2 Disabled children"),
 ("p", "Disabled children are at greater risk of abuse and neglect, and signs of abuse can be mistaken for features of a child's impairment. Disabled children are children in need under the Children Act 1989, but a disabled child whose needs are met by universal and specialist health and education services does not need a referral to children's social care for that reason alone."),
 ("h2", "10.3 Young carers"),
 ("p", "A young carer is a child who provides, or intends to provide, care for another person. Local authorities must assess a young carer's needs on request or where it appears they may have needs. Schools and health services are often the first to identify young carers and should refer them to the Young Carers Service."),
 ("h2", "10.4 Children who go missing"),
 ("p", "Every time a child goes missing from home or care, a return interview should be offered by an independent person within 72 hours. Going missing can be a sign of abuse at home or of exploitation outside the home, and information from return interviews is shared with the MASH and the exploitation hub."),
 ("h2", "10.5 Exploitation"),
 ("p", "Children may be exploited sexually or criminally, including through county lines drug supply. Exploitation can happen online as well as in person, and children may not see themselves as victims. Practitioners should complete the exploitation screening tool and share it with the MASH, which works with the exploitation hub to assess risk and coordinate a response."),
 ("h2", "10.6 Domestic abuse"),
 ("p", "Under the Domestic Abuse Act 2021 children who see, hear or experience the effects of domestic abuse are victims in their own right. Through Operation Encompass, the police tell a child's school before the next school day when they have attended a domestic abuse incident at which the child was present or lives. High-risk cases are discussed at the Multi-Agency Risk Assessment Conference."),
 ("h2", "10.7 Homeless 16 and 17 year olds"),
 ("p", "A young person aged 16 or 17 who presents as homeless must be assessed jointly by housing and children's social care, in line with the joint protocol. The young person should be given information about the option of becoming looked after under section 20 and about the consequences of that choice."),
 ("h2", "10.8 Female genital mutilation"),
 ("p", "Teachers, health and social care professionals have a mandatory duty to report to the police cases of FGM in girls under 18 that they discover in the course of their work, either because the girl discloses it or because they see physical signs. The report should be made by the end of the next working day."),
 ("h2", "10.9 Radicalisation"),
 ("p", "Concerns that a child is being drawn into terrorism should be discussed with the designated safeguarding lead and referred through the Prevent referral process. The Channel panel considers what support is needed. A Prevent referral does not replace a referral to the MASH where the child is also at risk of harm in the family."),
 ("h2", "10.10 Private fostering"),
 ("p", "A child under 16 (or under 18 if disabled) who is cared for for 28 days or more by someone who is not a close relative is privately fostered. The local authority must be told, and must check that the arrangement is safe. Schools and GPs are often the first to know about private fostering arrangements."),
]

CASES = [
 ("h1", "11. Case Examples"),
 ("p", "The examples below are based on real situations, with details changed so that no family can be identified. They show how the levels are applied in practice. They are not indicators: the same facts could lead to a different decision in another family, depending on the child's experience and the strengths around them."),
 ("case", "Case example 1: Amira, aged 7", [
   ("What happened", "Amira's class teacher noticed that she had become quiet and tearful over several weeks, and that she was often tired. When the teacher spoke to Amira's mother, she said that Amira's grandmother, who lived with the family, had died in the spring, and that the family had since moved to a smaller flat on the other side of town."),
   ("What the school did", "The teacher and the school's family support worker met Amira's mother. They agreed that Amira would see the school's learning mentor each week and join a bereavement group run by a local charity, and that her mother would be given information about the Family Hub's parenting sessions. The plan was reviewed after six weeks, by which time Amira was sleeping better and spending time with friends again."),
   ("The level", "Level 2. One agency was able to meet Amira's needs, with a small amount of help from a voluntary service.")]),
 ("case", "Case example 2: the Taylor family", [
   ("What happened", "Jordan, aged 14, was referred to the school's attendance officer when his attendance fell to 82 per cent. At a home visit his father, who had recently been made redundant, said that Jordan was refusing to get up, that the family was behind with the rent, and that there were frequent rows at home. Jordan's younger sister, aged 9, was attending well but her teacher said she seemed anxious."),
   ("What the practitioners did", "With the parents' consent, the school's designated safeguarding lead completed an Early Help Assessment and sent it to the Early Help Hub. A family practitioner was allocated. The Team Around the Family included the school, the housing association's tenancy support officer, the school nurse and a debt adviser. The plan covered attendance, Jordan's low mood, the rent arrears and support for the parents in managing conflict."),
   ("The level", "Level 3. The family had several needs that affected both children, and a coordinated response was needed.")]),
 ("case", "Case example 3: Kai, aged 15", [
   ("What happened", "Kai was stopped by the police in a town forty miles away on a school day. He was carrying two mobile phones and a large amount of cash. His mother said that Kai had been staying out late for some months and had recently been going missing for a night at a time. She did not know who he was spending time with."),
   ("What the practitioners did", "The police made an immediate referral to the MASH and a strategy discussion was held the next day, with the exploitation hub. Section 47 enquiries were started, a safety plan was agreed with Kai and his mother, and the locations and adults linked to Kai were shared with the police disruption team."),
   ("The level", "Level 4. There was reasonable cause to suspect that Kai was suffering significant harm through criminal exploitation.")]),
 ("case", "Case example 4: baby Lily", [
   ("What happened", "A health visitor carrying out a routine visit noticed a small bruise on the cheek of Lily, who was four months old and not yet rolling over. Lily's father said that Lily must have hit herself with a toy."),
   ("What the health visitor did", "The health visitor followed the partnership's protocol for bruising in non-mobile babies. She telephoned the MASH that day, and Lily was seen by a paediatrician the same afternoon. A strategy discussion was held. Lily's parents were told about the referral and why it was needed."),
   ("The level", "Level 4. Any bruising in a baby who is not independently mobile must be referred, whatever explanation is given.")]),
 ("case", "Case example 5: Sophie, aged 12", [
   ("What happened", "Sophie told her head of year that she had been receiving unkind messages on social media from a group of girls in her class, and that some of them had said she should hurt herself. She showed a member of staff some scratches on her arm."),
   ("What the school did", "The school spoke to Sophie's parents the same day, and they took her to the GP, who referred her to the emotional wellbeing service. The school dealt with the girls involved under its anti-bullying policy and made a plan with Sophie for who she could talk to in school. Because Sophie's parents were supportive and the school could meet her needs with the help of health services, no referral to children's social care was made. The school agreed to review the plan weekly and to reconsider the level if Sophie's self-harm continued."),
   ("The level", "Level 2, kept under close review.")]),
 ("case", "Case example 6: the Novak family", [
   ("What happened", "Children's social care had worked with the Novak family for nine months under a child in need plan, after the police had been called to several incidents of domestic abuse. The father had left the family home, had completed a perpetrator programme and was having supervised contact with the children. Their mother was engaging with the domestic abuse service and the children were attending school regularly."),
   ("What the practitioners did", "The social worker proposed a step-down to early help. A step-down meeting was held with the mother, the school's designated safeguarding lead, the domestic abuse service and the Early Help Hub. The school agreed to act as lead professional, and the first TAF review was set for six weeks later."),
   ("The level", "Stepped down from Level 4 to Level 3.")]),
]

GLOSSARY = [
 ("CAMHS", "Child and Adolescent Mental Health Services"),
 ("CCE", "Child criminal exploitation"),
 ("CME", "Children missing education"),
 ("CSE", "Child sexual exploitation"),
 ("Child in need", "A child defined by section 17 of the Children Act 1989 (see Section 1.4)"),
 ("DSL", "Designated safeguarding lead"),
 ("EHA", "Early Help Assessment"),
 ("EHCP", "Education, Health and Care Plan"),
 ("FGM", "Female genital mutilation"),
 ("LADO", "Local Authority Designated Officer"),
 ("MARAC", "Multi-Agency Risk Assessment Conference for high-risk domestic abuse"),
 ("MARF", "Multi-Agency Referral Form"),
 ("MASH", "Multi-Agency Safeguarding Hub"),
 ("NEET", "Not in education, employment or training"),
 ("NRPF", "No recourse to public funds"),
 ("Section 47 enquiry", "Enquiries made by the local authority where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm"),
 ("SEND", "Special educational needs and disabilities"),
 ("Strategy discussion", "A discussion between children's social care, the police and other agencies to decide whether to start section 47 enquiries"),
 ("TAF", "Team Around the Family"),
]

MORE_SPECIAL = [
 ("h2", "10.11 Online safety"),
 ("p", "Much of children's social life now happens online, and risks such as grooming, sextortion, exposure to harmful content and online bullying follow children from school into their bedrooms. Practitioners should ask children about their online lives in the same way as they ask about their friendships, and should not assume that a child who is at home is safe. Parents may need practical advice about settings, filters and, more importantly, about talking with their children."),
 ("h2", "10.12 Neglect and the Graded Care Profile"),
 ("p", "Neglect is the most common reason for a child protection plan in Calderwick and Westmarsh, and it is often recognised late because it develops slowly and no single incident seems serious enough to act on. The partnership expects practitioners to use the Graded Care Profile 2 to assess the quality of care a child receives, to share the completed profile with the family, and to repeat it to measure change. Chronologies are essential in cases of neglect."),
 ("h2", "10.13 Allegations against people who work with children"),
 ("p", "Where there is an allegation that a person who works with children has behaved in a way that has harmed, or may have harmed, a child, the matter must be reported to the Local Authority Designated Officer within one working day. This applies to paid staff and volunteers, and to concerns arising from a person's private life. The LADO procedure runs alongside, and does not replace, any referral to the MASH about the child."),
 ("h2", "10.14 Children in custody and the youth justice system"),
 ("p", "Children who are arrested and held overnight should be transferred to local authority accommodation unless this is impracticable. Children in custody or in the secure estate remain children first, and their welfare needs, including the needs of their families, should be considered at every stage. The Youth Justice Service shares information with the MASH where a child in the justice system is also at risk of harm."),
 ("h2", "10.15 Parents with learning disabilities"),
 ("p", "Many parents with learning disabilities care well for their children with the right support, which may need to continue throughout childhood. Assessments should be adapted to the parent's needs, using accessible information and allowing more time, and adult services should be involved from the start. A parent's learning disability is never in itself a reason for a referral to children's social care."),
]

MORE_CASES = [
 ("case", "Case example 7: Mohammed, aged 3", [
   ("What happened", "Mohammed's nursery noticed that his speech was much less developed than other children of his age, and that he often arrived without breakfast. His mother, who had arrived in the country the previous year, spoke little English and was looking after Mohammed and a baby on her own while her husband worked long shifts."),
   ("What the nursery did", "The nursery arranged an interpreter and met Mohammed's mother. With her agreement, the nursery's SENCo referred Mohammed to speech and language therapy and the health visitor was asked to visit. The nursery's family worker helped his mother to register with a GP and introduced her to a parents' group at the Family Hub where other mothers spoke her language."),
   ("The level", "Level 2. The nursery led, with help from health services, and the family's needs were met without a multi-agency plan.")]),
 ("case", "Case example 8: Ellie, aged 16", [
   ("What happened", "Ellie arrived at the council's housing office saying that she had argued with her stepfather and could not go home. She had been sleeping on friends' sofas for a week. Her mother said that Ellie could come back if she followed the house rules."),
   ("What the practitioners did", "The housing officer contacted the MASH, as required by the joint protocol for homeless 16 and 17 year olds. A social worker and a housing officer met Ellie together that day. Ellie was given information about becoming looked after and decided instead to stay with her aunt while a family group conference was arranged. A Child and Family Assessment was completed."),
   ("The level", "Level 4. Ellie was a child in need, and the joint protocol requires an assessment by children's social care.")]),
 ("case", "Case example 9: the Walsh children", [
   ("What happened", "The school nurse was concerned that Ryan, aged 10, and his sister Grace, aged 8, often came to school in the same clothes for several days, had untreated tooth decay and were frequently hungry. Their mother had a long history of depression. Attempts to engage her through a Level 3 plan over eight months had produced little change, and the children's attendance had fallen."),
   ("What the practitioners did", "At a TAF review the lead professional completed a Graded Care Profile with the mother, which showed that the children's basic care needs were not being met in several areas. The lead professional discussed the case with the Early Help Hub and referred the family to the MASH with the Early Help Assessment, the profile and a chronology."),
   ("The level", "Stepped up from Level 3 to Level 4. The persistence of neglect despite early help indicated that the children's development was likely to be significantly impaired.")]),
]

SERVICES = [
 ["Service", "What it offers", "Usual level"],
 ["Family Hubs (all districts)", "Drop-in advice, parenting groups, stay and play, infant feeding support, links to health visiting", "1–2"],
 ["Health visiting and school nursing", "Universal health reviews, advice on development, sleep, behaviour and emotional health", "1–3"],
 ["Family Information Service", "Information about childcare, activities and local services", "1"],
 ["Educational psychology", "Assessment and advice on learning and emotional needs, through schools", "2–3"],
 ["Speech and language therapy", "Assessment and therapy for communication difficulties", "2–3"],
 ["Emotional Wellbeing Service", "Early support for children with low mood, anxiety and self-harm; referral by GP or school", "2–3"],
 ["CAMHS", "Specialist assessment and treatment for children with significant mental health needs", "3–4"],
 ["Young Carers Service", "Young carers' assessments, groups and one-to-one support", "2–3"],
 ["Family Support Service", "Key workers for families with multiple needs; lead professional at Level 3", "3"],
 ["Parenting programmes", "Group and one-to-one programmes for parents of children of all ages", "2–3"],
 ["Tenancy support and housing advice", "Help to keep a tenancy, manage arrears and find accommodation", "2–3"],
 ["Welfare rights and debt advice", "Benefit checks, debt management and help with applications", "2–3"],
 ["Domestic abuse service", "Support for adult victims and children, refuge, IDVAs, perpetrator programmes", "2–4"],
 ["Substance misuse services (adult and young people's)", "Assessment, treatment and harm-reduction advice", "2–4"],
 ["Youth Justice Service", "Work with children who have offended or are at risk of offending", "3–4"],
 ["Exploitation hub", "Multi-agency assessment and response to child exploitation and missing", "3–4"],
 ["Children with Disabilities Team", "Social work assessment and support for disabled children with complex needs", "4"],
 ["MASH and Assessment Teams", "Referral decisions, Child and Family Assessments, section 47 enquiries", "4"],
 ["Child in Need and Child Protection Teams", "Social work support for children in need and children on child protection plans", "4"],
 ["Emergency Duty Team", "Out of hours social work response", "4"],
]

LEGISLATION = [
 "Children Act 1989, including sections 17, 20, 31, 44, 46 and 47",
 "Children Act 2004, section 11 (duty to safeguard and promote welfare)",
 "Children and Social Work Act 2017",
 "Working Together to Safeguard Children (2023)",
 "Keeping Children Safe in Education (current edition)",
 "Domestic Abuse Act 2021",
 "Female Genital Mutilation Act 2003, as amended by the Serious Crime Act 2015",
 "Counter-Terrorism and Security Act 2015 (the Prevent duty)",
 "Data Protection Act 2018 and UK GDPR",
 "Information sharing: advice for practitioners providing safeguarding services (2024)",
 "Care Act 2014 (young carers' and parent carers' assessments in transition)",
 "Homelessness Reduction Act 2017 and the joint protocol for homeless 16 and 17 year olds",
]

EHA_CONTENT = [
 ("h1", "Appendix D: What an Early Help Assessment Should Contain"),
 ("p", "The Early Help Assessment form is available on the partnership website. A good assessment is short, written in plain language, and agreed with the family. It should include:"),
 ("ul", ["the names, dates of birth and relationships of everyone in the household, and of important people outside it;",
         "the child's views, in their own words, and how they were obtained;",
         "each parent's views, including what they think is going well and what they want to change;",
         "a summary of needs and strengths under each domain of the Assessment Framework;",
         "an analysis: what the practitioner thinks is happening and why, and what might happen if nothing changes;",
         "the outcomes the family wants to achieve, with actions, names and dates;",
         "the agencies involved and the lead professional;",
         "the family's consent to the assessment and to sharing it, and the date of the first review."]),
 ("p", "The assessment should be reviewed at each Team Around the Family meeting, and updated whenever there is a significant change in the family's circumstances."),
 ("h2", "Reviewing the plan"),
 ("p", "At each review, ask the family and the practitioners three questions: what has changed since the last meeting, what is still worrying us, and what needs to happen next. Use a simple scale of 0 to 10, agreed with the family, to measure progress towards each outcome. If progress has stalled over two reviews, discuss the plan with the Early Help Hub."),
]

WINDSCREEN = [
 ("Level 1", "Universal", "Needs met by family and universal services"),
 ("Level 2", "Early Help – Single Agency", "One agency leads; extra help in that service"),
 ("Level 3", "Targeted Early Help", "Early Help Assessment and Team Around the Family"),
 ("Level 4", "Specialist", "Children's social care: child in need and child protection"),
]

FAMILY_GUIDE = [
 ("h1", "Appendix E: Getting Help – A Guide for Families"),
 ("p", "This page is written for parents and carers. You can ask any practitioner who works with your family for a copy."),
 ("h3", "Who can help?"),
 ("p", "Your child's school or nursery, your health visitor or school nurse, and your GP can all give you advice and help. They can also put you in touch with other services, such as parenting groups, debt advice or support for a child who is struggling with their feelings. You do not need to wait until things are very difficult to ask."),
 ("h3", "What is early help?"),
 ("p", "Early help is support for you and your family, agreed with you. A practitioner will talk with you about what is going well and what you would like to change, and write a plan with you. If several services are involved, you will have one main contact, called a lead professional, and you will meet together regularly to check how things are going. Early help is your choice: nothing will be shared without your agreement, except where a child may be at risk of serious harm."),
 ("h3", "When would children's social care be involved?"),
 ("p", "A social worker may become involved if your family needs more help than early help services can give, or if someone is worried that a child is being harmed. Practitioners should tell you if they are making a referral, unless doing so would put a child at risk. A social worker will talk to you and your children, and to other people who know you, and will explain what happens next."),
 ("h3", "What if I disagree?"),
 ("p", "You can ask to speak to the practitioner's manager, and you can use the complaints procedure of any agency. You can also ask for an advocate to help you put your views across."),
 ("box", "Useful numbers", ["Family Information Service: 01632 967 100", "Domestic abuse helpline (24 hours): 0800 496 0123", "If a child is in danger, call 999."]),
]

RECORDING = [
 ("h2", "4.4 Recording decisions"),
 ("p", "Every decision about a child's level of need, and every decision to share or not to share information, should be recorded with the reasons for it, the date, and the name of the person who made it. Records should distinguish clearly between fact, opinion and what others have reported. A chronology of significant events should be kept for any child whose needs are at Level 3 or Level 4, and it should be shared when the child's case moves between services."),
 ("p", "Records should be written in a way that the child, reading them in later life, would understand and recognise. Avoid jargon, explain abbreviations, and describe what you saw and heard rather than using labels."),
]
