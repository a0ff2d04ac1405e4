"""check25 part A, English documents 006-008."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOC006 = """NATIONAL | SECURITY

DSS searches Ibadan office over alleged Chinese 'police station'

By Correspondent, Ibadan | Updated 4:12 pm WAT, March 19, 2025

Operatives of the Department of State Services (DSS) on Tuesday searched an office in the Ring Road area of Ibadan which a European rights group says doubled as an undeclared outpost of the Chinese police, officials said.

Photo caption: The two-storey building on Ring Road, Ibadan, where the search took place. (Photo: Correspondent)

Nigeria's Ministry of Foreign Affairs summoned China's ambassador in Abuja on Wednesday to seek "a full explanation", a ministry spokesperson said.

A DSS spokesperson said documents and two computers had been taken away and that investigations were ongoing. No arrests have been made.

Ibadan, the capital of Oyo State, has a small Chinese community centred on a ceramics factory on the Lagos-Ibadan Expressway and several building contractors who arrived with the rail project. Local traders say the community has grown to several hundred in the past decade.

The office, which displays the sign of a hometown association, opened in 2021. Neighbours said it was busiest on weekends, when families came for Mandarin lessons.

READ ALSO: Lagos-Ibadan rail line records one million passengers

According to papers seen by this newspaper, the office reported to the Fancheng branch of the Xiangyang Public Security Bureau in Hubei province.

A former warehouse supervisor at the ceramics factory said he was driven to Murtala Muhammed International Airport in Lagos by two men from the association in 2023 and put on a flight to Guangzhou, where police were waiting for him. He has not been able to come back.

Madrid-based Safeguard Defenders, which first reported the existence of more than 100 such stations, lists 102 of them in 53 countries. The group had counted 54 in an earlier report.

The Ibadan office is one of two such sites in Nigeria, the group says. The other is said to operate from a shop in Abeokuta, the Ogun State capital, and to be linked to the Zhanggong district branch of the Ganzhou police in Jiangxi. The Ogun State Police Command said it had "no knowledge" of any such facility.

Posts on social media have also claimed that a restaurant in Ilorin hosts a similar office, but no evidence has been provided.

In a statement, the Chinese Embassy in Abuja said "there are no so-called Chinese police stations in Nigeria" and that volunteers of community associations only helped elderly compatriots renew driving licences and passports online.

Nigeria and China signed a memorandum of understanding on police training and law enforcement cooperation in 2018.

Editing by Desk Editor

Sign up for our Morning Brief newsletter.

CORRECTION: An earlier version of this story said the search took place on Monday. It took place on Tuesday.

Our standards: The Trust Principles. We use cookies to improve your experience.
"""

FACTS006 = [
    R("NG", "investigation", "Operatives of the Department of State Services (DSS) on Tuesday searched an office in the Ring Road area of Ibadan",
      date="2025-03-18"),
    S("NG", "Ibadan", "searched an office in the Ring Road area of Ibadan which a European rights group says doubled as an undeclared outpost of the Chinese police",
      claimant=SD),
    R("NG", "protest", "Nigeria's Ministry of Foreign Affairs summoned China's ambassador in Abuja on Wednesday", date="2025-03-19"),
    R("NG", "investigation", "A DSS spokesperson said documents and two computers had been taken away and that investigations were ongoing.",
      claimant="DSS"),
    R("NG", "arrest", "No arrests have been made.", pol="denied", opt=True),
    S("NG", "Ibadan", "According to papers seen by this newspaper, the office reported to the Fancheng branch of the Xiangyang Public Security Bureau in Hubei province.",
      operator="Fancheng", operator_alt=["Xiangyang"]),
    I("NG", "forced_return", "A former warehouse supervisor at the ceramics factory said he was driven to Murtala Muhammed International Airport in Lagos by two men from the association in 2023 and put on a flight to Guangzhou, where police were waiting for him.",
      place="Ibadan", date="2023"),
    C("stations", 100, None, "which first reported the existence of more than 100 such stations", claimant=SD, opt=True),
    C("stations", 102, None, "lists 102 of them in 53 countries", claimant=SD),
    C("countries", 53, None, "lists 102 of them in 53 countries", claimant=SD),
    C("stations", 54, None, "The group had counted 54 in an earlier report.", claimant=SD),
    C("stations", 2, "NG", "The Ibadan office is one of two such sites in Nigeria, the group says.", claimant=SD),
    S("NG", "Abeokuta", "The other is said to operate from a shop in Abeokuta, the Ogun State capital, and to be linked to the Zhanggong district branch of the Ganzhou police in Jiangxi.",
      operator="Zhanggong", operator_alt=["Ganzhou"], claimant=SD),
    S("NG", "Abeokuta", "The Ogun State Police Command said it had \"no knowledge\" of any such facility.",
      claimant="Ogun State Police Command", pol="denied", opt=True),
    S("NG", "Ilorin", "Posts on social media have also claimed that a restaurant in Ilorin hosts a similar office, but no evidence has been provided.",
      claimant="social media posts", opt=True),
    S("NG", None, "\"there are no so-called Chinese police stations in Nigeria\"", claimant="Chinese Embassy in Nigeria",
      pol="denied", opt=True),
    D("CN", "In a statement, the Chinese Embassy in Abuja said \"there are no so-called Chinese police stations in Nigeria\" and that volunteers of community associations only helped elderly compatriots renew driving licences and passports online.",
      claimant="Chinese Embassy in Nigeria"),
    A("NG", "security_agreement", "Nigeria and China signed a memorandum of understanding on police training and law enforcement cooperation in 2018.",
      date="2018"),
]

DOC007 = """FOREIGN AFFAIRS, DEFENCE AND TRADE COMMITTEE
2024/25 Annual Review — New Zealand Police and Ministry of Foreign Affairs and Trade
Uncorrected transcript — 27 February 2025

Present: the Chairperson, members of the committee; the Deputy Commissioner, National
Security, New Zealand Police; the Deputy Secretary, Americas and Asia Group, MFAT.

The Chairperson: We'll move to questions. Member?

A Member: Thank you, Chair. I want to go to the reports about so-called overseas police
stations. Safeguard Defenders says there are three locations in New Zealand. One of them,
they say, operated out of a community hall in Gisborne and was run on behalf of the Kaifu
branch of the Changsha Public Security Bureau. Deputy Commissioner, what did Police do about
Gisborne?

Deputy Commissioner: Thank you. In June last year we executed a search warrant at a premises
in Gisborne in connection with that report, and we have an open investigation. I'm limited in
what I can say. No charges have been laid at this point.

A Member: And Lower Hutt? The same report links an address there to the Jiang'an branch in
Wuhan.

Deputy Commissioner: We made enquiries in Lower Hutt over several weeks. We spoke to the
people involved and to the owner of the building. No criminal offending was identified and
that file is closed.

A Member: There was talk on social media about Blenheim as well.

Deputy Commissioner: I've seen those posts. We hold no information that would support them.

A Member: Have you come across people being pressured to go back to China?

Deputy Commissioner: One matter, yes. A student studying in Palmerston North told us last
year that people claiming to be from his home town's police had rung him repeatedly, and then
rung his parents, telling him to come home to answer questions about a loan. He did not go. We
gave him advice and he's still here.

A Member: Hypothetically, if the Gisborne investigation confirms the link to Changsha, would
the Government expel anyone?

The Chairperson: That's a matter for Ministers, I think.

Deputy Secretary: I can say what MFAT has done. The Ministry called in the Chinese Ambassador
in July and conveyed that any such activity in New Zealand would be unacceptable.

A Member: And the embassy's response?

Deputy Secretary: The embassy's public position, which it repeated to us, is that these are
volunteer service points where community members help older Chinese nationals with driving
licence renewals and passport paperwork, and that there are no police stations in New Zealand.

The Chairperson: Thank you. We'll take a short break.

Uncorrected transcript. Not to be quoted. Page 14 of 31
"""

FACTS007 = [
    C("stations", 3, "NZ", "Safeguard Defenders says there are three locations in New Zealand.", claimant=SD),
    S("NZ", "Gisborne", "One of them, they say, operated out of a community hall in Gisborne and was run on behalf of the Kaifu branch of the Changsha Public Security Bureau.",
      operator="Kaifu", operator_alt=["Changsha"], claimant=SD),
    R("NZ", "investigation", "In June last year we executed a search warrant at a premises in Gisborne in connection with that report, and we have an open investigation.",
      claimant="New Zealand Police", date="2024-06"),
    R("NZ", "arrest", "No charges have been laid at this point.", claimant="New Zealand Police", pol="denied", opt=True),
    S("NZ", "Lower Hutt", "The same report links an address there to the Jiang'an branch in Wuhan.", operator="Jiang'an",
      operator_alt=["Wuhan", "Jiangan"], claimant=SD),
    R("NZ", "no_wrongdoing_found", "No criminal offending was identified and that file is closed.", claimant="New Zealand Police"),
    S("NZ", "Blenheim", "There was talk on social media about Blenheim as well.", claimant="social media posts", opt=True),
    S("NZ", "Blenheim", "We hold no information that would support them.", claimant="New Zealand Police", pol="denied", opt=True),
    I("NZ", "persuasion", "A student studying in Palmerston North told us last year that people claiming to be from his home town's police had rung him repeatedly, and then rung his parents, telling him to come home to answer questions about a loan.",
      claimant="New Zealand Police", date="2024"),
    I("NZ", "harassment", "and then rung his parents, telling him to come home", claimant="New Zealand Police", opt=True),
    R("NZ", "protest", "The Ministry called in the Chinese Ambassador in July and conveyed that any such activity in New Zealand would be unacceptable.",
      claimant="MFAT"),
    D("CN", "The embassy's public position, which it repeated to us, is that these are volunteer service points where community members help older Chinese nationals with driving licence renewals and passport paperwork",
      claimant="Chinese Embassy in New Zealand"),
    S("NZ", None, "and that there are no police stations in New Zealand", claimant="Chinese Embassy in New Zealand",
      pol="denied", opt=True),
]

DOC008 = """U.S. Department of Justice
United States Attorney's Office
Central District of California

FOR IMMEDIATE RELEASE                                   Thursday, May 8, 2025

Two San Gabriel Valley Men Charged With Running Undeclared Chinese Police Station in Alhambra

LOS ANGELES – Two men were arrested today on a federal criminal complaint charging them with
acting as agents of the People's Republic of China without notifying the Attorney General and
with conspiracy, in connection with an undeclared "overseas police service station" that
operated from a second-floor suite on Main Street in Alhambra.

According to the complaint, the Alhambra station was set up in 2022 at the direction of the
Wuchang District Branch of the Wuhan Municipal Public Security Bureau, and the defendants
reported to officers of that branch through an encrypted messaging application.

Special agents of the FBI executed a search warrant at the suite in March 2025 and seized a
spreadsheet listing the names, addresses and social media accounts of more than 60 Chinese
nationals and Chinese Americans in the Los Angeles area who had taken part in pro-democracy
events, the complaint alleges.

The complaint further alleges that the defendants repeatedly pressed a resident of Rosemead to
return to China to face accusations of fraud, telling him that his elderly mother "would be
looked after" only if he went back. He refused and reported the contacts to the FBI.

The complaint also describes a second location, a tea shop in Arcadia, which the defendants
allegedly told an informant was "the sister office" and which investigators believe was linked
to the Guangfeng District Branch of the Shangrao Public Security Bureau in Jiangxi. No one has
been charged in connection with the Arcadia location, and the investigation is continuing.

"The Chinese government does not get to open police posts in our neighborhoods," the United
States Attorney said. "We will find them and we will close them." Similar stations have been
reported in dozens of countries.

An attorney for one of the defendants told reporters that his client "ran a hometown
association that helped elderly people renew their driver's licenses," not a police station.

If convicted, each defendant faces a statutory maximum sentence of 10 years in federal prison
on the agent charge and five years on the conspiracy charge.

A complaint contains allegations that a defendant has committed a crime. Every defendant is
presumed innocent until and unless proven guilty beyond a reasonable doubt in court.

This case is being investigated by the FBI's Los Angeles Field Office. The case is being
prosecuted by the National Security Division of the United States Attorney's Office.

Press Release Number: 25-117                            Updated May 8, 2025
Topic: National Security | Component: USAO - California, Central
"""

FACTS008 = [
    R("US", "arrest", "Two men were arrested today on a federal criminal complaint charging them with acting as agents of the People's Republic of China without notifying the Attorney General",
      date="2025-05-08", place="Alhambra"),
    S("US", "Alhambra", "in connection with an undeclared \"overseas police service station\" that operated from a second-floor suite on Main Street in Alhambra",
      claimant="United States Attorney's Office"),
    S("US", "Alhambra", "According to the complaint, the Alhambra station was set up in 2022 at the direction of the Wuchang District Branch of the Wuhan Municipal Public Security Bureau",
      operator="Wuchang", operator_alt=["Wuhan"], claimant="United States Attorney's Office", date="2022"),
    R("US", "investigation", "Special agents of the FBI executed a search warrant at the suite in March 2025", date="2025-03"),
    I("US", "surveillance", "seized a spreadsheet listing the names, addresses and social media accounts of more than 60 Chinese nationals and Chinese Americans in the Los Angeles area who had taken part in pro-democracy events",
      claimant="United States Attorney's Office"),
    I("US", "persuasion", "The complaint further alleges that the defendants repeatedly pressed a resident of Rosemead to return to China to face accusations of fraud",
      claimant="United States Attorney's Office"),
    I("US", "harassment", "telling him that his elderly mother \"would be looked after\" only if he went back", claimant="United States Attorney's Office",
      opt=True),
    S("US", "Arcadia", "The complaint also describes a second location, a tea shop in Arcadia, which the defendants allegedly told an informant was \"the sister office\" and which investigators believe was linked to the Guangfeng District Branch of the Shangrao Public Security Bureau in Jiangxi.",
      operator="Guangfeng", operator_alt=["Shangrao"], claimant="United States Attorney's Office"),
    R("US", "arrest", "No one has been charged in connection with the Arcadia location", pol="denied", opt=True),
    D("US", "his client \"ran a hometown association that helped elderly people renew their driver's licenses,\" not a police station",
      claimant="defence attorney", opt=True),
]

DOCS = [
    {"name": "006-en-ng-wire-correction-ibadan-abeokuta-fancheng-zhanggong.txt", "text": DOC006, "facts": FACTS006},
    {"name": "007-en-nz-select-committee-transcript-gisborne-lower-hutt-kaifu-jiangan.txt", "text": DOC007,
     "facts": FACTS007},
    {"name": "008-en-us-attorney-press-release-alhambra-arcadia-wuchang-guangfeng.txt", "text": DOC008,
     "facts": FACTS008},
]
