"""check17 part A: documents 009-011 (English). Held-out material: contains gold."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 009
T009 = """Norway searches Trondheim office tied to Chinese police bureau; Sweden summons envoy

By Kari Holm and Erik Vang

4 minute read | September 14, 2026 6:52 PM GMT+2 | Updated 3 hours ago

OSLO, Sept 14 (Nordic Wire) - Norwegian police on Monday searched an office in central Trondheim that a rights group says has operated since 2020 as an informal outpost of a public security bureau in eastern China, the Police Security Service (PST) said.

The office, registered as a cultural association for people from Zhejiang province, was set up with the backing of the Zhenhai district branch of the Ningbo Public Security Bureau, according to a report published in June by the Lantern Rights Project, a research group based in Copenhagen.

PST said officers had "secured material" and spoken to two people at the premises. No one has been arrested. A PST spokesperson declined to say whether charges were being considered.

[Photo: A PST vehicle parked outside an office building in Trondheim, Norway, September 14, 2026. Nordic Wire/Staff]

According to the Lantern report, the association kept a list of Chinese students at the city's technical university and asked at least two of them to report on classmates who attended a Hong Kong solidarity event last year. One student told researchers that after she refused, police officers visited her father in Ningbo twice and told him his daughter should "stop making trouble".

READ ALSO: Nordic justice ministers to meet on foreign interference

Across the border, Sweden's foreign ministry said it had summoned China's ambassador over a second site named in the report, in the southern city of Malmö, which researchers linked to the Huishan district branch of the Wuxi police. The Swedish Security Service said it was aware of the report but had not opened an investigation.

"Any attempt by a foreign state to exercise authority on Swedish soil is unacceptable," the ministry said in a statement.

The report counts four such sites in the Nordic countries, two of them in Norway; the location of the second Norwegian site was not published because, the authors said, it had been passed to police.

China's embassy in Oslo called the allegations "completely groundless", saying the association "helps elderly compatriots renew their driving licences online" and has "nothing to do with law enforcement".

Norway's justice ministry said the two countries had no police cooperation agreement.

(Reporting by Kari Holm in Oslo and Erik Vang in Stockholm; Editing by Astrid Lunde)

Our Standards: The Nordic Wire Trust Principles.

Sign up for the Nordic Briefing newsletter, delivered every weekday morning.

Correction: An earlier version of this story misstated the district of the Ningbo bureau linked to the Trondheim office. It is Zhenhai, not Yinzhou.
"""
LR = "Lantern Rights Project"
DOCS.append({"name": "009-en-wire-correction-trondheim-malmo-zhenhai-huishan.txt", "text": T009, "facts": [
    S("NO", "Trondheim", "Norwegian police on Monday searched an office in central Trondheim that a rights group says has operated since 2020 as an informal outpost of a public security bureau in eastern China", date="2020", claimant=LR),
    S("NO", "Trondheim", "The office, registered as a cultural association for people from Zhejiang province, was set up with the backing of the Zhenhai district branch of the Ningbo Public Security Bureau", operator="Zhenhai", operator_alt=["Ningbo"], claimant=LR, note="correction confirms Zhenhai, not Yinzhou"),
    R("NO", "investigation", "Norwegian police on Monday searched an office in central Trondheim", place="Trondheim", date="2026-09-14", claimant="Police Security Service (PST)"),
    R("NO", "arrest", "No one has been arrested.", pol="denied", opt=True),
    I("NO", "surveillance", "the association kept a list of Chinese students at the city's technical university and asked at least two of them to report on classmates who attended a Hong Kong solidarity event last year", place="Trondheim", claimant=LR),
    I("NO", "harassment", "One student told researchers that after she refused, police officers visited her father in Ningbo twice and told him his daughter should \"stop making trouble\".", place="Trondheim", claimant=LR, note="pressure on family after refusal to inform"),
    R("SE", "protest", "Sweden's foreign ministry said it had summoned China's ambassador over a second site named in the report", claimant="Swedish Ministry for Foreign Affairs"),
    S("SE", "Malmö", "a second site named in the report, in the southern city of Malmö, which researchers linked to the Huishan district branch of the Wuxi police", operator="Huishan", operator_alt=["Wuxi"], claimant=LR, place_alt=["Malmo"]),
    R("SE", "investigation", "The Swedish Security Service said it was aware of the report but had not opened an investigation.", pol="denied", claimant="Swedish Security Service"),
    C("stations", 4, None, "The report counts four such sites in the Nordic countries", claimant=LR, opt=True, note="regional count"),
    C("stations", 2, "NO", "two of them in Norway", claimant=LR),
    D("CN", "China's embassy in Oslo called the allegations \"completely groundless\"", claimant="PRC Embassy in Norway"),
]})

# ---------------------------------------------------------------- 010
T010 = """FOREIGN AFFAIRS, DEFENCE AND TRADE COMMITTEE
2025/26 Annual Review of the New Zealand Police
UNCORRECTED TRANSCRIPT -- subject to correction and further editing

Wednesday, 18 March 2026
Committee Room 2, Parliament Buildings

Present: The Chairperson (presiding) and seven members
Witnesses: Deputy Commissioner, National Operations; Assistant Commissioner, Intelligence

[Earlier questions on staffing and recruitment omitted]

Member (Green): Deputy Commissioner, last year a report named an office in Nelson, attached to a Chinese community trust, as an outpost of the Dinghai district public security bureau in Zhoushan. What did Police do about it?

Deputy Commissioner: Thank you. We received that information in October. Our national security investigations team made enquiries, including visiting the premises and speaking with the trustees. I can tell the committee that we did not identify any offending. The premises stopped offering that particular service in December, of their own accord.

Member (Labour): Was anyone asked to go back to China?

Deputy Commissioner: We are aware of one person, a resident of the Nelson region, who told us that someone associated with the trust had encouraged him, on several occasions, to return to China to resolve a legal matter there. He did not go. He remains in New Zealand, and we have been in contact with him. We did not consider that it met the threshold of an offence.

Member (National): And Invercargill?

Assistant Commissioner: The Invercargill matter is separate, and that inquiry is ongoing, so I will be careful. What I can say is that it concerns business premises in Invercargill that the same report linked to the Kecheng district bureau in Quzhou, and that our enquiries have included a search warrant executed in February. No charges have been laid at this point.

Member (ACT): How many of these sites do Police believe there are in New Zealand?

Assistant Commissioner: We are aware of reporting about three. Two I have just discussed. The third we assessed, and there was nothing to it -- it was a driving school.

Member (Green): Would Police support a specific foreign interference offence, if Parliament were to create one?

Deputy Commissioner: That is a policy matter for the Government, not for Police.

Chairperson: Has the Government raised any of this with Beijing?

Deputy Commissioner: That is a question for the Ministry of Foreign Affairs and Trade, Chair. My understanding is that MFAT has conveyed New Zealand's concerns to the Chinese Embassy.

Chairperson: Thank you. We will move on to road policing.

                                                                    Page 14 of 31
"""
NZP = "New Zealand Police"
DOCS.append({"name": "010-en-select-committee-transcript-nelson-invercargill-dinghai-kecheng.txt", "text": T010, "facts": [
    S("NZ", "Nelson", "last year a report named an office in Nelson, attached to a Chinese community trust, as an outpost of the Dinghai district public security bureau in Zhoushan", operator="Dinghai", operator_alt=["Zhoushan"], claimant="report (cited in a member's question)", note="premise in a question"),
    R("NZ", "investigation", "Our national security investigations team made enquiries, including visiting the premises and speaking with the trustees.", place="Nelson", claimant=NZP),
    R("NZ", "no_wrongdoing_found", "I can tell the committee that we did not identify any offending.", place="Nelson", claimant=NZP),
    R("NZ", "closure", "The premises stopped offering that particular service in December, of their own accord.", place="Nelson", opt=True, claimant=NZP, note="stopped by itself"),
    I("NZ", "persuasion", "a resident of the Nelson region, who told us that someone associated with the trust had encouraged him, on several occasions, to return to China to resolve a legal matter there", place="Nelson", claimant=NZP, note="he stayed"),
    S("NZ", "Invercargill", "it concerns business premises in Invercargill that the same report linked to the Kecheng district bureau in Quzhou", operator="Kecheng", operator_alt=["Quzhou"], claimant="report (cited by Police)"),
    R("NZ", "arrest", "No charges have been laid at this point.", pol="denied", opt=True, claimant=NZP),
    C("stations", 3, "NZ", "We are aware of reporting about three.", claimant=NZP, note="count scoped to NZ"),
    R("NZ", "protest", "MFAT has conveyed New Zealand's concerns to the Chinese Embassy", opt=True, claimant=NZP, note="concerns conveyed, short of a summons"),
]})

# ---------------------------------------------------------------- 011
T011 = """PROSECUTOR'S OFFICE OF GEORGIA
Press Release | 22.07.2026 | 14:30

Charges filed over unregistered "service point" in Batumi

The Prosecutor's Office of Georgia has filed charges against three individuals, citizens of the People's Republic of China, in connection with the operation of a so-called "service point" in Batumi which, according to the investigation, acted on the instructions of the Wuxing District Branch of the Huzhou Municipal Public Security Bureau (Zhejiang Province, PRC).

According to the investigation, from 2021 until January 2026 the accused collected and transmitted to the said bureau the personal data of at least forty PRC citizens residing in the Autonomous Republic of Adjara, including their home addresses, places of employment and contacts.

In one episode established by the investigation, the accused repeatedly approached a PRC citizen employed at a construction site in Batumi, demanded that he return to the PRC and warned him that otherwise his family members would face "consequences". In March 2025 the person concerned was escorted by two of the accused to Batumi International Airport and placed on a flight to Urumqi against his will.

Investigative and procedural actions, including searches at the premises and at the places of residence of the accused, were carried out by the State Security Service of Georgia under the procedural guidance of the Prosecutor's Office. By order of the Batumi City Court, the premises have been sealed.

The accused are charged under Article 143 (unlawful deprivation of liberty) and Article 314 (espionage) of the Criminal Code of Georgia. At the motion of the prosecution, the court has applied detention as a measure of restraint to two of the accused and bail to the third. The defence has stated that the premises served only as a "consultation office for compatriots".

The Prosecutor's Office has also been informed by the competent authorities of the Republic of Armenia that a similar point in Gyumri, linked to the Chongchuan District Branch of the Nantong Municipal Public Security Bureau (Jiangsu Province, PRC), was closed by the Armenian police in 2025. Cooperation with the Armenian side continues.

The investigation is ongoing.

We remind the public that a person is considered innocent until proven guilty by a court judgement that has entered into legal force.

Press Service of the Prosecutor's Office of Georgia
Tel.: (+995 32) 2 40 50 50 | E-mail: press[at]pog.gov.ge

Related news:
- Prosecutor General meets delegation of the Council of Europe
- Statistics of criminal cases for the first half of 2026 published
"""
POG = "Prosecutor's Office of Georgia"
DOCS.append({"name": "011-en-prosecutor-press-release-batumi-gyumri-wuxing-chongchuan.txt", "text": T011, "facts": [
    S("GE", "Batumi", "a so-called \"service point\" in Batumi which, according to the investigation, acted on the instructions of the Wuxing District Branch of the Huzhou Municipal Public Security Bureau", operator="Wuxing", operator_alt=["Huzhou"], date="2021", claimant=POG),
    R("GE", "arrest", "The Prosecutor's Office of Georgia has filed charges against three individuals, citizens of the People's Republic of China", place="Batumi", date="2026-07-22", claimant=POG),
    I("GE", "surveillance", "the accused collected and transmitted to the said bureau the personal data of at least forty PRC citizens residing in the Autonomous Republic of Adjara", place="Batumi", claimant=POG),
    I("GE", "forced_return", "In March 2025 the person concerned was escorted by two of the accused to Batumi International Airport and placed on a flight to Urumqi against his will.", place="Batumi", date="2025-03", claimant=POG),
    I("GE", "harassment", "demanded that he return to the PRC and warned him that otherwise his family members would face \"consequences\"", place="Batumi", claimant=POG, opt=True, note="threat inside the forced-return case"),
    I("GE", "persuasion", "demanded that he return to the PRC", place="Batumi", claimant=POG, opt=True, note="pressure before the forced return"),
    R("GE", "investigation", "Investigative and procedural actions, including searches at the premises and at the places of residence of the accused, were carried out by the State Security Service of Georgia", place="Batumi", claimant=POG),
    R("GE", "closure", "By order of the Batumi City Court, the premises have been sealed.", place="Batumi", claimant=POG),
    D("GE", "The defence has stated that the premises served only as a \"consultation office for compatriots\".", claimant="defence", opt=True, note="defendants' explanation"),
    S("AM", "Gyumri", "a similar point in Gyumri, linked to the Chongchuan District Branch of the Nantong Municipal Public Security Bureau (Jiangsu Province, PRC), was closed by the Armenian police in 2025", operator="Chongchuan", operator_alt=["Nantong"], claimant="Armenian authorities"),
    R("AM", "closure", "was closed by the Armenian police in 2025", place="Gyumri", date="2025", claimant="Armenian authorities"),
]})
