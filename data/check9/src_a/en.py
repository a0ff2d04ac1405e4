# English documents 009-014
DOCS = []

T = """Police find no evidence of offending at Christchurch 'Chinese police station'

CHRISTCHURCH - Police say they have found no evidence of criminal offending at a Riccarton property alleged to have operated as an unofficial Chinese "overseas police service station", closing an inquiry that began in March.

"We have spoken with the people involved and reviewed the material provided to us," a detective inspector told reporters at the Christchurch Central police station on Thursday. "At this stage there is nothing that meets the threshold for criminal charges."

The property, a two-storey house used by a Fujianese hometown association, was named last year in a report by an overseas human rights group, which said the office had been set up in 2020 by the public security bureau of Minhou County, near Fuzhou. The group said it was one of two such offices in New Zealand. The second was said to be in Dunedin, although the report gave no address for it.

A spokesperson for the Foreign Minister said New Zealand had "raised its concerns directly" with the Chinese Embassy in Wellington, but would not say whether the ambassador had been called in.

The embassy rejected the claims. "There are no so-called overseas police stations in New Zealand," it said in a statement. "Volunteers help elderly compatriots renew their driving licences online. They are not police officers and have no law enforcement function."

Members of the association who attended a community meeting at the Christchurch Town Hall last month said the publicity had frightened older members, some of whom had stopped coming to its weekly language classes.
"""
DOCS.append(("009-en-news-nz-christchurch-minhou.txt", T, [
    dict(kind="station", country="NZ", place="Christchurch", place_alt=["Riccarton"], operator="Minhou", date="2020", claimant="human rights group",
         ev="The property, a two-storey house used by a Fujianese hometown association, was named last year in a report by an overseas human rights group, which said the office had been set up in 2020 by the public security bureau of Minhou County, near Fuzhou."),
    dict(kind="response", country="NZ", action="investigation", place="Christchurch",
         ev="Police say they have found no evidence of criminal offending at a Riccarton property alleged to have operated as an unofficial Chinese \"overseas police service station\", closing an inquiry that began in March."),
    dict(kind="response", country="NZ", action="no_wrongdoing_found", place="Christchurch",
         ev="Police say they have found no evidence of criminal offending at a Riccarton property alleged to have operated as an unofficial Chinese \"overseas police service station\", closing an inquiry that began in March."),
    dict(kind="count", measure="stations", value=2, country="NZ", claimant="human rights group",
         ev="The group said it was one of two such offices in New Zealand."),
    dict(kind="station", country="NZ", place="Dunedin", claimant="human rights group",
         ev="The second was said to be in Dunedin, although the report gave no address for it."),
    dict(kind="response", country="NZ", action="protest", optional=True,
         ev="A spokesperson for the Foreign Minister said New Zealand had \"raised its concerns directly\" with the Chinese Embassy in Wellington, but would not say whether the ambassador had been called in.",
         note="concerns raised, no summons confirmed"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in New Zealand",
         ev="\"There are no so-called overseas police stations in New Zealand,\" it said in a statement."),
    dict(kind="station", country="NZ", polarity="denied", optional=True, claimant="Chinese Embassy in New Zealand",
         ev="\"There are no so-called overseas police stations in New Zealand,\" it said in a statement."),
]))

T = """Chinese Overseas Police Service Stations: Bristol

Question for Home Office
UIN 41872, tabled on 4 November 2025

To ask the Secretary of State for the Home Department, following reports that an
overseas police service station run by the Anxi County Public Security Bureau has
operated from a community centre in the St Pauls area of Bristol since 2021, what
assessment she has made of those reports; and whether Avon and Somerset Police have
opened an investigation.

Answered on 12 November 2025

Avon and Somerset Police, supported by Counter Terrorism Policing South West, made
enquiries in relation to the premises referred to by the hon. Member. I am informed
that no evidence of criminal offending was identified, and that the premises are no
longer being used for the activities in question.

It would not be appropriate to comment further on operational matters. However, any
attempt by a foreign state to coerce, intimidate, harass or harm individuals in the
United Kingdom is unacceptable, and the National Security Act 2023 gives the police
the powers they need to act where offences are committed. Officials have made our
position clear to the Chinese Embassy.

Anyone who is concerned that they are being targeted should report it to their local
police force by calling 101, or 999 in an emergency.

Minister of State (Home Office)
"""
DOCS.append(("010-en-parliament-written-answer-bristol-anxi.txt", T, [
    dict(kind="station", country="GB", place="Bristol", operator="Anxi", date="2021", claimant="Member of Parliament",
         ev="following reports that an\noverseas police service station run by the Anxi County Public Security Bureau has\noperated from a community centre in the St Pauls area of Bristol since 2021,",
         note="premise of the question; site: a community centre in St Pauls"),
    dict(kind="response", country="GB", action="investigation", place="Bristol", claimant="UK Home Office",
         ev="Avon and Somerset Police, supported by Counter Terrorism Policing South West, made\nenquiries in relation to the premises referred to by the hon. Member."),
    dict(kind="response", country="GB", action="no_wrongdoing_found", place="Bristol", claimant="UK Home Office",
         ev="I am informed\nthat no evidence of criminal offending was identified,"),
    dict(kind="response", country="GB", action="closure", place="Bristol", optional=True, claimant="UK Home Office",
         ev="the premises are no\nlonger being used for the activities in question.", note="ceased without an order"),
    dict(kind="response", country="GB", action="protest", optional=True, claimant="UK Home Office",
         ev="Officials have made our\nposition clear to the Chinese Embassy."),
]))

T = """4. Southern and West Africa

Our research identified seven sites in five countries of southern and West Africa
(Table 4). In every case the site shares premises with a hometown association or a
Chinese-owned business, and in every case the operating bureau is a county- or
city-level public security bureau in Fujian, Zhejiang or Guangdong.(1)

Table 4. Sites identified, southern and West Africa

  Country    | City         | Operating bureau   | Opened | Status (June 2025)
  -----------+--------------+--------------------+--------+-------------------
  Ghana      | Accra        | Dehua County PSB   | 2019   | active
  Namibia    | Windhoek     | Tiantai County PSB | 2020   | active
  Namibia    | Walvis Bay   | Tiantai County PSB | 2021   | active
  Malawi     | Lilongwe     | Cangnan County PSB | 2020   | active
  Malawi     | Blantyre     | not known          | 2022   | active
  Botswana   | Gaborone     | Hui'an County PSB  | 2018   | closed (2024)
  Benin      | Cotonou      | Zhuhai City PSB    | 2021   | unknown

Host government responses have varied widely:

  * Botswana: the Botswana Police Service searched the Gaborone premises in March
    2024, after which the city council ordered them closed for operating without a
    licence. The police told us they had found "no evidence of unlawful activity by
    any person".
  * Namibia: Namibian authorities have not opened any investigation, and the
    Ministry of Home Affairs did not reply to our letters.
  * Malawi: a 2019 memorandum on security cooperation between the two police forces
    remains in force. Chinese officers in uniform took part in joint patrols with
    the Malawi Police Service in Lilongwe's Area 2 market in late 2023.

Case 4.1. A gold trader living in Accra told us that in 2023 staff of the Accra
site visited him three times and urged him to return to Dehua to "settle" a loan
dispute, while police in Dehua called on his elderly parents. He returned in
February 2024 and has not been able to leave China since.

Case 4.2 (unverified). A shop worker in Cotonou reportedly left for China after
being contacted by the site; we were unable to confirm this with the family.

(1) Figures as of 30 June 2025. A site is listed only where two independent sources
agree.
"""
S1 = "Our research identified seven sites in five countries of southern and West Africa\n(Table 4)."
DOCS.append(("011-en-ngo-report-africa-table.txt", T, [
    dict(kind="count", measure="stations", value=7, country=None, optional=True, claimant="NGO report", date="2025-06", ev=S1, note="regional count"),
    dict(kind="count", measure="countries", value=5, country=None, optional=True, claimant="NGO report", date="2025-06", ev=S1, note="regional count"),
    dict(kind="station", country="GH", place="Accra", operator="Dehua", date="2019", claimant="NGO report",
         ev="  Ghana      | Accra        | Dehua County PSB   | 2019   | active"),
    dict(kind="station", country="NA", place="Windhoek", operator="Tiantai", date="2020", claimant="NGO report",
         ev="  Namibia    | Windhoek     | Tiantai County PSB | 2020   | active"),
    dict(kind="station", country="NA", place="Walvis Bay", operator="Tiantai", date="2021", claimant="NGO report",
         ev="  Namibia    | Walvis Bay   | Tiantai County PSB | 2021   | active"),
    dict(kind="station", country="MW", place="Lilongwe", operator="Cangnan", date="2020", claimant="NGO report",
         ev="  Malawi     | Lilongwe     | Cangnan County PSB | 2020   | active"),
    dict(kind="station", country="MW", place="Blantyre", date="2022", claimant="NGO report",
         ev="  Malawi     | Blantyre     | not known          | 2022   | active"),
    dict(kind="station", country="BW", place="Gaborone", operator="Huian", operator_alt=["Hui'an"], date="2018", claimant="NGO report",
         ev="  Botswana   | Gaborone     | Hui'an County PSB  | 2018   | closed (2024)"),
    dict(kind="station", country="BJ", place="Cotonou", operator="Zhuhai", date="2021", claimant="NGO report",
         ev="  Benin      | Cotonou      | Zhuhai City PSB    | 2021   | unknown"),
    dict(kind="response", country="BW", action="investigation", place="Gaborone", date="2024-03", claimant="NGO report",
         ev="the Botswana Police Service searched the Gaborone premises in March\n    2024,"),
    dict(kind="response", country="BW", action="closure", place="Gaborone", date="2024", claimant="NGO report",
         ev="after which the city council ordered them closed for operating without a\n    licence."),
    dict(kind="response", country="BW", action="no_wrongdoing_found", place="Gaborone", claimant="Botswana Police Service",
         ev="The police told us they had found \"no evidence of unlawful activity by\n    any person\"."),
    dict(kind="response", country="NA", action="investigation", polarity="denied", claimant="NGO report",
         ev="Namibian authorities have not opened any investigation,"),
    dict(kind="agreement", country="MW", agreement_type="security_agreement", date="2019", claimant="NGO report",
         ev="a 2019 memorandum on security cooperation between the two police forces\n    remains in force."),
    dict(kind="agreement", country="MW", agreement_type="joint_patrol", date="2023", claimant="NGO report",
         ev="Chinese officers in uniform took part in joint patrols with\n    the Malawi Police Service in Lilongwe's Area 2 market in late 2023."),
    dict(kind="incident", incident_type="persuasion", country="GH", place="Accra", date="2023", claimant="NGO report",
         ev="A gold trader living in Accra told us that in 2023 staff of the Accra\nsite visited him three times and urged him to return to Dehua to \"settle\" a loan\ndispute, while police in Dehua called on his elderly parents."),
    dict(kind="incident", incident_type="harassment", country="GH", optional=True, claimant="NGO report",
         ev="while police in Dehua called on his elderly parents", note="relatives at home"),
    dict(kind="incident", incident_type="persuasion", country="BJ", place="Cotonou", optional=True, claimant="NGO report",
         ev="A shop worker in Cotonou reportedly left for China after\nbeing contacted by the site; we were unable to confirm this with the family.", note="unverified case"),
]))

T = """RCMP probing alleged Chinese 'police station' in Halifax

By a staff reporter

HALIFAX - The RCMP says it has opened an investigation into an office in Halifax's north end that a leaked Chinese government document describes as an "overseas police liaison point".

The office, above a grocery store near the Halifax Regional Police headquarters on Gottingen Street, appears in the document as one of the sites run by the public security bureau of Meizhou, a city in eastern Guangdong. According to the document, it opened in 2022 and was staffed by two volunteers who reported to an officer in Meizhou.

"We are aware of the allegations and we are investigating," an RCMP spokesperson said in an email, adding that no one had been charged.

An international student at Dalhousie University told the Herald she was followed from a campus vigil to her apartment in September by two men she later saw at the office. "I don't know what they wanted. I just know they knew where I lived," she said.

It is not the first such case in Canada. In Edmonton, where a similar site was reported last year, city police said in April they had found no evidence of criminal activity and closed their file.

Global Affairs Canada said it had summoned China's ambassador to Ottawa on Tuesday to convey that "foreign interference of any kind will not be tolerated".

The Chinese Consulate General in Montreal said the claims were "groundless smears", and that the Halifax office is run by a community association that helps older Chinese residents with paperwork.
"""
DOCS.append(("012-en-news-canada-halifax-meizhou.txt", T, [
    dict(kind="station", country="CA", place="Halifax", operator="Meizhou", date="2022", claimant="leaked Chinese government document",
         ev="The office, above a grocery store near the Halifax Regional Police headquarters on Gottingen Street, appears in the document as one of the sites run by the public security bureau of Meizhou, a city in eastern Guangdong."),
    dict(kind="response", country="CA", action="investigation", place="Halifax",
         ev="The RCMP says it has opened an investigation into an office in Halifax's north end that a leaked Chinese government document describes as an \"overseas police liaison point\"."),
    dict(kind="response", country="CA", action="arrest", polarity="denied", optional=True,
         ev="adding that no one had been charged"),
    dict(kind="count", measure="staff", value=2, country="CA", optional=True, claimant="leaked Chinese government document",
         ev="was staffed by two volunteers who reported to an officer in Meizhou", note="staff of one site"),
    dict(kind="incident", incident_type="surveillance", country="CA", place="Halifax",
         ev="An international student at Dalhousie University told the Herald she was followed from a campus vigil to her apartment in September by two men she later saw at the office."),
    dict(kind="station", country="CA", place="Edmonton",
         ev="In Edmonton, where a similar site was reported last year, city police said in April they had found no evidence of criminal activity and closed their file."),
    dict(kind="response", country="CA", action="no_wrongdoing_found", place="Edmonton",
         ev="In Edmonton, where a similar site was reported last year, city police said in April they had found no evidence of criminal activity and closed their file."),
    dict(kind="response", country="CA", action="protest",
         ev="Global Affairs Canada said it had summoned China's ambassador to Ottawa on Tuesday to convey that \"foreign interference of any kind will not be tolerated\"."),
    dict(kind="denial", country="CN", claimant="Chinese Consulate General in Montreal",
         ev="The Chinese Consulate General in Montreal said the claims were \"groundless smears\", and that the Halifax office is run by a community association that helps older Chinese residents with paperwork."),
    dict(kind="station", country="CA", place="Halifax", polarity="denied", optional=True, claimant="Chinese Consulate General in Montreal",
         ev="The Chinese Consulate General in Montreal said the claims were \"groundless smears\", and that the Halifax office is run by a community association that helps older Chinese residents with paperwork."),
]))

T = """Darwin man charged with foreign interference over alleged Chinese police outpost

A Darwin man has been charged with foreign interference after an Australian Federal Police investigation into what officers allege was an undeclared outpost of a Chinese provincial police force operating from a Stuart Park import business.

The 52-year-old appeared briefly in Darwin Local Court on Wednesday and did not apply for bail. He is the first person in the Northern Territory to be charged under the foreign interference laws introduced in 2018.

Court documents allege the man acted on behalf of the public security bureau of Jian'ou, a county-level city in Fujian province, which prosecutors say set up the outpost in 2021. They allege that, over several months in 2024, he repeatedly contacted a woman living in Palmerston and told her that her brother in Fujian would lose his job unless she went back to China to answer fraud allegations. She did not return and instead went to police.

AFP Counter Foreign Interference Taskforce commander said the arrest followed a search of the business premises in August. "This is about protecting people who live in Australia, regardless of where they were born," the commander said.

The Home Affairs Minister said the government had "expressed our deep concerns" to Beijing and would "not hesitate to act" if other cases came to light. Asked whether the Chinese ambassador had been summoned, the minister said only that "the appropriate representations have been made".

A spokesperson for the Chinese Embassy in Canberra said China "firmly opposes" the charges, describing them as "political manipulation" based on "fabricated stories".

The man is due to reappear in court in February.
"""
DOCS.append(("013-en-news-australia-darwin-jianou.txt", T, [
    dict(kind="station", country="AU", place="Darwin", place_alt=["Stuart Park"], operator="Jianou", operator_alt=["Jian'ou"], date="2021", claimant="Australian prosecutors",
         ev="Court documents allege the man acted on behalf of the public security bureau of Jian'ou, a county-level city in Fujian province, which prosecutors say set up the outpost in 2021."),
    dict(kind="response", country="AU", action="arrest", place="Darwin",
         ev="A Darwin man has been charged with foreign interference after an Australian Federal Police investigation into what officers allege was an undeclared outpost of a Chinese provincial police force operating from a Stuart Park import business."),
    dict(kind="response", country="AU", action="investigation", place="Darwin",
         ev="A Darwin man has been charged with foreign interference after an Australian Federal Police investigation into what officers allege was an undeclared outpost of a Chinese provincial police force operating from a Stuart Park import business."),
    dict(kind="incident", incident_type="persuasion", country="AU", place="Palmerston", date="2024", claimant="Australian prosecutors",
         ev="They allege that, over several months in 2024, he repeatedly contacted a woman living in Palmerston and told her that her brother in Fujian would lose his job unless she went back to China to answer fraud allegations."),
    dict(kind="incident", incident_type="harassment", country="AU", optional=True, claimant="Australian prosecutors",
         ev="told her that her brother in Fujian would lose his job unless she went back to China to answer fraud allegations", note="threat through a relative"),
    dict(kind="response", country="AU", action="protest", optional=True,
         ev="The Home Affairs Minister said the government had \"expressed our deep concerns\" to Beijing and would \"not hesitate to act\" if other cases came to light.",
         note="concerns, no summons confirmed"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Australia",
         ev="A spokesperson for the Chinese Embassy in Canberra said China \"firmly opposes\" the charges, describing them as \"political manipulation\" based on \"fabricated stories\"."),
]))

T = """Chattogram gets new Chinese-built rail terminal; police post set up for passengers

CHATTOGRAM, Dec 2 - A new railway station built by a Chinese contractor opened to passengers on Monday in Chattogram, cutting the journey to Cox's Bazar to under three hours.

The station, constructed by China Railway Group under the Padma Bridge Rail Link programme, has four platforms, a 300-seat waiting hall and a dedicated police post operated by the Railway Police (GRP). Officials said some 120 officers would be deployed in rotation to manage crowds during the winter tourist season.

"The Chinese engineers handed over the building on schedule," the project director said at the ceremony, attended by the Chinese ambassador and senior officials of the Railways Ministry. Bangladesh and China signed a maintenance agreement under which Chinese technicians will remain on site for two years to train local staff.

Passengers at the opening said ticket queues were long. A student travelling home to Cox's Bazar said the new station was "much cleaner" than the old one, but that the police post had to step in when a crowd pushed toward the first train.

The Railways Ministry said 18 trains would run daily from January. Police also warned travellers about touts selling fake tickets outside the station and said two men had been arrested on Sunday.
"""
DOCS.append(("014-en-news-bangladesh-rail-station-irrelevant.txt", T, []))
