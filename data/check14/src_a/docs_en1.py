"""check14 part A, documents 009-011 (en). Held-out material: contains gold."""
from h import S, C, R, I, A, D

DOJ = "US Department of Justice"

DOC009 = """FOR IMMEDIATE RELEASE
Thursday, February 12, 2026

Two Minnesota Residents Charged with Acting as Illegal Agents of the PRC in Connection with Undeclared "Police Station" in Minneapolis

MINNEAPOLIS - Two residents of Eden Prairie, Minnesota, were arrested today and charged in a criminal complaint unsealed in federal court in Minneapolis with conspiring to act as agents of the People's Republic of China without notifying the Attorney General and with obstruction of justice, in connection with their alleged operation of an undeclared police station in downtown Minneapolis on behalf of the Aksu Prefecture Public Security Bureau in the Xinjiang Uyghur Autonomous Region.

According to court documents, the defendants, a 58-year-old naturalized U.S. citizen and a 44-year-old lawful permanent resident, opened the office in early 2021 on the second floor of a commercial building that also housed a travel agency. Publicly, the office offered help with renewing Chinese driver's licenses and notarizing documents. In reality, the complaint alleges, it answered to officers of the Aksu bureau, who tasked the defendants with locating and monitoring Uyghur Americans living in the Twin Cities area.

As alleged, on at least three occasions in March 2022 the defendants followed a Uyghur community organizer to a mosque in Bloomington and photographed the license plates of cars parked outside, sending the images to a handler in Aksu. In a separate episode later that year, one of the defendants allegedly relayed a message from the bureau to a Uyghur graduate student in St. Paul, urging him to return to Xinjiang to "assist with an inquiry" concerning his brother and warning that his mother's pension "could be affected." The student did not return.

FBI agents executed a court-authorized search of the office in November 2023, after which it ceased operations. The complaint alleges that, days before the search, one defendant deleted the contents of a messaging account used to communicate with the Aksu bureau.

"The PRC's efforts to reach into American communities to monitor and intimidate people who have sought freedom here will not be tolerated," said the Assistant Attorney General for National Security. "These defendants allegedly served as the eyes and ears of a foreign police force on Minnesota soil."

If convicted, each defendant faces a maximum penalty of five years in prison on the conspiracy count and 20 years in prison on the obstruction count. The FBI Minneapolis Field Office is investigating the case.

A complaint is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.
"""

F009 = [
    S("US", "Minneapolis", "in connection with their alleged operation of an undeclared police station in downtown Minneapolis on behalf of the Aksu Prefecture Public Security Bureau in the Xinjiang Uyghur Autonomous Region",
      operator="Aksu", claimant=DOJ, date="2021", note="opened in early 2021 (next paragraph)"),
    R("US", "arrest", "Two residents of Eden Prairie, Minnesota, were arrested today and charged in a criminal complaint unsealed in federal court in Minneapolis",
      place="Minneapolis", claimant=DOJ, date="2026-02-12"),
    I("US", "surveillance", "on at least three occasions in March 2022 the defendants followed a Uyghur community organizer to a mosque in Bloomington and photographed the license plates of cars parked outside, sending the images to a handler in Aksu",
      place="Bloomington", claimant=DOJ, date="2022-03"),
    I("US", "persuasion", "one of the defendants allegedly relayed a message from the bureau to a Uyghur graduate student in St. Paul, urging him to return to Xinjiang",
      place="Saint Paul", claimant=DOJ, date="2022", note="the student did not return"),
    I("US", "harassment", "warning that his mother's pension \"could be affected.\"", claimant=DOJ, opt=True,
      note="pressure through a relative inside a persuasion case"),
    R("US", "investigation", "FBI agents executed a court-authorized search of the office in November 2023", place="Minneapolis", claimant=DOJ, date="2023-11"),
    R("US", "closure", "after which it ceased operations", claimant=DOJ, opt=True, note="stopped after the search, no order"),
]

DOC010 = """LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE
Estimates
Wednesday, 28 October 2026

AUSTRALIAN FEDERAL POLICE

Senator for Queensland: Commissioner, media reports in February said that a so-called overseas police service station had been operating out of a community association's office in Cairns since 2020, set up by the public security bureau of Ruili, in Yunnan province. What has the AFP done about it?

Deputy Commissioner, Crime Command: Thank you, Senator. I can confirm that the AFP received a referral in relation to premises in Cairns in February this year and commenced an evaluation, which became an investigation in March. Officers from our Brisbane office interviewed four people associated with the premises. I can advise the committee that the investigation did not identify any evidence of a Commonwealth offence, and it was finalised in June.

Senator for Queensland: So nobody has been charged?

Deputy Commissioner, Crime Command: No-one has been charged, no.

Senator for Queensland: Is it still operating?

Deputy Commissioner, Crime Command: Our understanding is that the association stopped offering those services after our officers spoke to its committee.

Senator for Queensland: The same reports mentioned a second site, in Townsville.

Deputy Commissioner, Crime Command: I'm not going to go into operational matters beyond Cairns, Senator. What I can say is that we are aware of the public reporting, including the figure of more than a hundred such stations in over fifty countries, and that we assess each referral on its merits.

Senator for Queensland: Has anyone in the Cairns community been pressured to go back to China?

Deputy Commissioner, Crime Command: We did receive one complaint, from a man of Chinese background who told us that a person associated with the premises had twice come to his workplace and told him he should return to Yunnan to settle a debt matter with the police there. He remains in Australia, and he has been given advice about who to contact.

Senator for Queensland: Minister, was the Chinese ambassador called in over this?

Minister representing the Minister for Foreign Affairs: Senator, the department raised the matter with the Chinese embassy at a senior level in February and made our expectations very clear. The ambassador was not summoned; the judgement at the time was that a representation at First Assistant Secretary level was the appropriate channel.

Senator for Queensland: One last one. Is the AFP's memorandum of understanding with China's Ministry of Public Security still in force?

Deputy Commissioner, Crime Command: It is, Senator. The 2019 memorandum covers cooperation on transnational crime, particularly drug trafficking and money laundering, and nothing in it permits foreign police to operate in Australia.

Senator for Queensland: Thank you. I'll put the rest on notice.
"""

F010 = [
    S("AU", "Cairns", "media reports in February said that a so-called overseas police service station had been operating out of a community association's office in Cairns since 2020, set up by the public security bureau of Ruili, in Yunnan province",
      operator="Ruili", operator_alt=["Dehong"], claimant="media reports", date="2020", note="premise of a question"),
    R("AU", "investigation", "I can confirm that the AFP received a referral in relation to premises in Cairns in February this year and commenced an evaluation, which became an investigation in March",
      place="Cairns", claimant="Australian Federal Police", date="2026-03"),
    R("AU", "no_wrongdoing_found", "the investigation did not identify any evidence of a Commonwealth offence, and it was finalised in June",
      claimant="Australian Federal Police", date="2026-06"),
    R("AU", "arrest", "No-one has been charged, no.", claimant="Australian Federal Police", pol="denied", opt=True),
    R("AU", "closure", "the association stopped offering those services after our officers spoke to its committee",
      claimant="Australian Federal Police", opt=True, note="stopped after a talk"),
    S("AU", "Townsville", "The same reports mentioned a second site, in Townsville.", claimant="media reports", opt=True,
      note="senator's statement, not confirmed"),
    C("stations", 100, None, "including the figure of more than a hundred such stations in over fifty countries", opt=True, note="approximation"),
    C("countries", 50, None, "including the figure of more than a hundred such stations in over fifty countries", opt=True, note="approximation"),
    I("AU", "persuasion", "a person associated with the premises had twice come to his workplace and told him he should return to Yunnan to settle a debt matter with the police there",
      place="Cairns", claimant="Australian Federal Police", note="he stayed"),
    R("AU", "protest", "the department raised the matter with the Chinese embassy at a senior level in February and made our expectations very clear",
      claimant="Australian government", date="2026-02", opt=True, note="representation short of a summons"),
    R("AU", "protest", "The ambassador was not summoned", claimant="Australian government", pol="denied", opt=True),
    A("AU", "security_agreement", "It is, Senator. The 2019 memorandum covers cooperation on transnational crime", claimant="Australian Federal Police", date="2019",
      note="AFP-MPS memorandum still in force"),
]

DOC011 = """4. OVERSEAS "SERVICE STATIONS" IN THE SOUTH CAUCASUS, CENTRAL
   ASIA AND EASTERN EUROPE

4.1 Findings

Between March and October 2025 our researchers documented four ad-
dresses in four countries of the region that Chinese local public
security bureaus have used as so-called overseas police service sta-
tions.1 Three of them could be verified through at least two inde-
pendent sources; the fourth, in Odesa, rests on a single account and
is listed here for completeness only.2

Tab1e 4: Sites documented in the region

 Country        City       Operating bureau (PSB)              Since   Status
 Azerbaijan     Baku       Gushi County (Xinyang, Henan)       2019    active
 Belarus        Minsk      Yanji City (Yanbian, Jilin)         2020    active
 Turkmenistan   Ashgabat   Xiangxiang City (Xiangtan, Hunan)   2021    unknown
 Ukraine        Odesa      not established                     2019?   closed?

4.2 How the sites work

As elsewhere, the stations present themselves as help desks for
nationals - renewing driving licences, notarising documents, regis-
tering births. Their second function, as described by former volun-
teers, is to keep watch over the diaspora and to "persuade" people
wanted at home to return.

The Baku site illustrates this. In May 2024 a trader from Gushi who
had lived in Azerbaijan for eleven years was visited at his stall in
the Sadarak market by two men from the Baku office, who showed him a
summons issued in Gushi and told him his son would lose his place at
a county school unless he went back. He flew to Zhengzhou three
weeks later.3 In Minsk, a Uyghur student told us that the site's
coordinator had asked her, in 2023, to report on fellow students who
attended Friday prayers.

4.3 Responses

The Azerbaijani State Security Service questioned the manager of the
Baku site in January 2025, according to two sources, but has made no
public statement. Belarusian authorities did not reply to our let-
ters, and there is no sign that they have opened any investigation.
In Ashgabat, the premises were reportedly vacated in August 2025, a
week after a visit by officers of the Ministry of National Security.
Beijing's embassy in Minsk described our findings, in a note to the
Belarusian press, as "a fabrication by anti-China forces".

Taken together, the sites in this section bring the total documented
worldwide by civil-society groups to 108 in 55 countries.4

______________
1 Interviews in Baku, Minsk and Vilnius; commercial registry extracts.
2 Account of a former volunteer, May 2025.
3 Interview with a relative of the trader, Baku, June 2025.
4 Including the 102 sites in 53 countries listed by Safeguard Defenders.

                                  - 17 -
"""

NGO = "the report's authors"

F011 = [
    C("stations", 4, None, "our researchers documented four addresses in four countries of the region", claimant=NGO, opt=True, note="regional"),
    C("countries", 4, None, "our researchers documented four addresses in four countries of the region", claimant=NGO, opt=True, note="regional"),
    C("stations", 3, None, "Three of them could be verified through at least two independent sources", claimant=NGO, opt=True, note="regional, derived"),
    S("AZ", "Baku", "Azerbaijan Baku Gushi County (Xinyang, Henan) 2019 active", operator="Gushi", operator_alt=["Xinyang"], claimant=NGO, date="2019"),
    S("BY", "Minsk", "Belarus Minsk Yanji City (Yanbian, Jilin) 2020 active", operator="Yanji", operator_alt=["Yanbian"], claimant=NGO, date="2020"),
    S("TM", "Ashgabat", "Turkmenistan Ashgabat Xiangxiang City (Xiangtan, Hunan) 2021 unknown", operator="Xiangxiang", operator_alt=["Xiangtan"], claimant=NGO, date="2021"),
    S("UA", "Odesa", "the fourth, in Odesa, rests on a single account and is listed here for completeness only", place_alt=["Odessa"], claimant=NGO, opt=True,
      note="single unverified account; table row 'not established'"),
    I("AZ", "persuasion", "In May 2024 a trader from Gushi who had lived in Azerbaijan for eleven years was visited at his stall in the Sadarak market by two men from the Baku office, who showed him a summons issued in Gushi and told him his son would lose his place at a county school unless he went back. He flew to Zhengzhou three weeks later.",
      place="Baku", claimant=NGO, date="2024-05"),
    I("AZ", "harassment", "told him his son would lose his place at a county school unless he went back", claimant=NGO, opt=True,
      note="pressure through a relative inside a persuasion case"),
    I("BY", "surveillance", "In Minsk, a Uyghur student told us that the site's coordinator had asked her, in 2023, to report on fellow students who attended Friday prayers.",
      place="Minsk", claimant=NGO, date="2023"),
    R("AZ", "investigation", "The Azerbaijani State Security Service questioned the manager of the Baku site in January 2025",
      place="Baku", claimant=NGO, date="2025-01"),
    R("BY", "investigation", "there is no sign that they have opened any investigation", claimant=NGO, pol="denied"),
    R("TM", "investigation", "a week after a visit by officers of the Ministry of National Security", claimant=NGO, opt=True, date="2025-08"),
    R("TM", "closure", "In Ashgabat, the premises were reportedly vacated in August 2025", claimant=NGO, opt=True, date="2025-08",
      note="vacated after a visit, no order"),
    D("CN", "Beijing's embassy in Minsk described our findings, in a note to the Belarusian press, as \"a fabrication by anti-China forces\"",
      claimant="Chinese Embassy in Belarus"),
    C("stations", 108, None, "bring the total documented worldwide by civil-society groups to 108 in 55 countries", claimant=NGO),
    C("countries", 55, None, "bring the total documented worldwide by civil-society groups to 108 in 55 countries", claimant=NGO),
    C("stations", 102, None, "Including the 102 sites in 53 countries listed by Safeguard Defenders", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Including the 102 sites in 53 countries listed by Safeguard Defenders", claimant="Safeguard Defenders"),
]

DOCS = [
    {"name": "009-en-doj-press-release-minneapolis-aksu.txt", "text": DOC009, "facts": F009},
    {"name": "010-en-senate-estimates-transcript-cairns-townsville-ruili.txt", "text": DOC010, "facts": F010},
    {"name": "011-en-ngo-report-ocr-baku-minsk-ashgabat-odesa-gushi-yanji-xiangxiang.txt", "text": DOC011, "facts": F011},
]
