from h import S, C, R, I, A, D

DOCS = []

# 009 -------------------------------------------------------------------------
T = """Chinese Police Stations: Norwich
Question for Home Office
UIN 41872, tabled on 3 February 2025

To ask the Secretary of State for the Home Department, with reference to reports that an overseas "police service station" run by the Huazhou Public Security Bureau has operated from a community centre in Norwich since 2021, what steps her Department has taken in response; and whether she has had discussions with the Foreign Secretary on summoning the Chinese Ambassador.

Answered on 12 February 2025

Norfolk Constabulary, supported by Counter Terrorism Policing, made enquiries into the premises in Norwich referred to. No evidence of criminal offences was identified, and I understand that the premises are no longer being used for this purpose.

The Government is aware of one further report, concerning a site in Cambridge. Cambridgeshire Constabulary are assessing the information they have received.

We have been clear that any attempt by a foreign state to coerce, intimidate, harass or harm individuals in the UK will not be tolerated. Officials have made our position clear to the Chinese Embassy. The Ambassador has not been summoned in relation to this matter.

The Defending Democracy Taskforce continues to review the UK's protective security response to transnational repression. It would not be appropriate to comment further on operational matters.
"""
DOCS.append({"name": "009-en-written-answer-norwich-cambridge-huazhou.txt", "text": T, "facts": [
    S("GB", "Norwich", 'with reference to reports that an overseas "police service station" run by the Huazhou Public Security Bureau has operated from a community centre in Norwich since 2021',
      operator="Huazhou", operator_alt=["Maoming"], date="2021", claimant="media reports", note="premise of the question; site: a community centre"),
    R("GB", "investigation", "Norfolk Constabulary, supported by Counter Terrorism Policing, made enquiries into the premises in Norwich referred to.", place="Norwich",
      claimant="Home Office", date="2025"),
    R("GB", "no_wrongdoing_found", "No evidence of criminal offences was identified", place="Norwich", claimant="Home Office"),
    R("GB", "closure", "I understand that the premises are no longer being used for this purpose.", opt=True, claimant="Home Office", note="ceased, no order"),
    S("GB", "Cambridge", "The Government is aware of one further report, concerning a site in Cambridge.", opt=True, claimant="Home Office",
      note="unconfirmed report being assessed"),
    R("GB", "protest", "Officials have made our position clear to the Chinese Embassy.", opt=True, claimant="Home Office"),
    R("GB", "protest", "The Ambassador has not been summoned in relation to this matter.", pol="denied", opt=True, claimant="Home Office"),
]})

# 010 -------------------------------------------------------------------------
T = """RCMP probing alleged Chinese 'police station' in Saskatoon; second site reported in Regina

Office in Riversdale was set up by a county-level bureau in Guangdong, documents suggest

SASKATOON — The RCMP says it is investigating reports that a small office in Saskatoon's Riversdale neighbourhood served as an unofficial outpost of Chinese police, making Saskatchewan the latest province drawn into a years-long dispute over Beijing's reach into diaspora communities.

"We are aware of the allegations and we are investigating," a spokesperson for the force's federal policing unit in the province said Thursday. She would not say when the investigation began. No one has been charged.

The office, above a grocery on 20th Street West, is registered to a hometown association for people from the southern province of Guangdong. According to documents reviewed by the Saskatoon newsroom, it was set up in 2019 by the public security bureau of Sihui, a county-level city west of Guangzhou.

A second site, in a strip mall in Regina's north end, was said to be run by the same bureau. It shut its doors last November, a few weeks after reporters first asked about it.

A woman who works in a Saskatoon restaurant said two men who described themselves as volunteers from the association visited her twice in 2023 and told her to go back to China to settle a dispute over a loan with a former business partner. "They said my father would have trouble with his job," she said. She did not go.

Canada has been here before. In 2023 the RCMP said it was investigating sites in Montreal and the Toronto area, after the Spain-based group Safeguard Defenders listed at least five such stations in Canada. Ottawa later said the Toronto-area locations had stopped operating.

Global Affairs Canada said Thursday it had "conveyed its serious concerns" to the Chinese Embassy. It did not say whether the ambassador had been summoned.

The Chinese Consulate General in Calgary, which covers Saskatchewan, rejected the report. "The so-called 'overseas police stations' simply do not exist," a spokesperson said in an email, adding that volunteers help older residents renew Chinese driver's licences online.

Mayor's office staff said the city's own police headquarters on 4th Avenue North had received no complaints about the Riversdale office. Meanwhile, the bus terminal a few blocks away reopened Friday after renovations.
"""
DOCS.append({"name": "010-en-canadian-news-saskatoon-regina-sihui.txt", "text": T, "facts": [
    S("CA", "Saskatoon", "The RCMP says it is investigating reports that a small office in Saskatoon's Riversdale neighbourhood served as an unofficial outpost of Chinese police",
      operator="Sihui", operator_alt=["Zhaoqing"], date="2019", claimant="RCMP", note="site: Riversdale, 20th Street West; operator two paragraphs on"),
    R("CA", "investigation", "The RCMP says it is investigating reports that a small office in Saskatoon's Riversdale neighbourhood served as an unofficial outpost of Chinese police",
      place="Saskatoon", claimant="RCMP"),
    R("CA", "arrest", "No one has been charged.", pol="denied", opt=True),
    S("CA", "Regina", "A second site, in a strip mall in Regina's north end, was said to be run by the same bureau.", operator="Sihui", operator_alt=["Zhaoqing"]),
    R("CA", "closure", "It shut its doors last November, a few weeks after reporters first asked about it.", place="Regina", opt=True, note="stopped by itself"),
    I("CA", "persuasion", "A woman who works in a Saskatoon restaurant said two men who described themselves as volunteers from the association visited her twice in 2023 and told her to go back to China to settle a dispute over a loan with a former business partner.",
      place="Saskatoon", date="2023", claimant="a restaurant worker", note="she did not go"),
    I("CA", "harassment", '"They said my father would have trouble with his job," she said.', place="Saskatoon", opt=True, claimant="a restaurant worker",
      note="threat to a relative"),
    S("CA", "Montreal", "In 2023 the RCMP said it was investigating sites in Montreal and the Toronto area", opt=True, date="2023", claimant="RCMP", note="recalled background"),
    S("CA", "Toronto", "In 2023 the RCMP said it was investigating sites in Montreal and the Toronto area", opt=True, date="2023", claimant="RCMP", note="recalled background"),
    C("stations", 5, "CA", "after the Spain-based group Safeguard Defenders listed at least five such stations in Canada.", claimant="Safeguard Defenders"),
    R("CA", "protest", 'Global Affairs Canada said Thursday it had "conveyed its serious concerns" to the Chinese Embassy.', opt=True, claimant="Global Affairs Canada"),
    D("CN", "The Chinese Consulate General in Calgary, which covers Saskatchewan, rejected the report.", claimant="Chinese Consulate General in Calgary"),
    S("CA", None, "\"The so-called 'overseas police stations' simply do not exist,\" a spokesperson said in an email", pol="denied", opt=True,
      claimant="Chinese Consulate General in Calgary"),
]})

# 011 -------------------------------------------------------------------------
T = """                                   - 31 -

4.2 North Africa

Our researchers identified six sites in three countries of North
Africa and the Sahel fringe, of which five could be verified
through at least two independent sources.¹ Algeria alone hosts
three of them: two in the capital and one in Oran. Tunisia hosts
the remaining two verified sites.

Tab1e 4: Verified sites, North Africa

Country    City       Operator (county PSB)   Since   Status
Algeria    Algiers    Linquan (Fuyang)        2018    active
Algeria    Algiers    Linquan (Fuyang)        2020    active
Algeria    Oran       Rushan (Weihai)         2019    ceased 2024²
Tunisia    Monastir   Yangzhong (Zhenjiang)   2021    active
Tunisia    Sfax       Yangzhong (Zhenjiang)   2022    unclear

A sixth site, reported in Nouakchott, could not be veri-
fied and is not counted in the table.³

Case 4.2.1. A construction worker employed on a housing
project outside Oran was contacted in March 2024 by a man
who introduced himself as a "volunteer" of the Oran ser-
vice station. He was told that his mother, who lives in
Rushan county, would lose her pension unless he returned
to answer a fraud complaint. He flew back in May 2024 and
was detained on arrival.

Case 4.2.2. At a private gathering in Monastir in October
2023, several participants were photographed by a staff
member of the Monastir site; the images were later shown to
one participant's relatives by police in Fujian.

Responses. The Algerian authorities have not opened any inves-
tigation into the sites, and the Ministry of the Interior
did not respond to our letters. Tunisian police
questioned staff at the Monastir site in April 2024 and, ac-
cording to a statement by the Ministry of the Interior,
found no evidence of unlawful activity.⁴ Algeria and China
signed a memorandum on police cooperation in 2019 which
provides for "joint patrols in areas with large Chinese
communities"; we found no record of such patrols.

______________________
¹ Interviews conducted between January and June 2024;
  company registries of Algeria and Tunisia.
² The Oran site stopped operating after the landlord
  terminated the lease; no authority ordered its clo-
  sure.
³ A single source, not corroborated.
⁴ Statement of 22 April 2024.
"""
DOCS.append({"name": "011-en-ngo-report-ocr-algiers-oran-monastir-sfax-linquan-rushan-yangzhong.txt", "text": T, "facts": [
    C("stations", 6, None, "Our researchers identified six sites in three countries of North Africa and the Sahel fringe", opt=True, note="regional"),
    C("countries", 3, None, "Our researchers identified six sites in three countries of North Africa and the Sahel fringe", opt=True, note="regional"),
    C("stations", 5, None, "of which five could be verified through at least two independent sources.", opt=True, note="regional, verified"),
    C("stations", 3, "DZ", "Algeria alone hosts three of them: two in the capital and one in Oran."),
    C("stations", 2, "DZ", "Algeria alone hosts three of them: two in the capital and one in Oran.", opt=True, note="city-scoped: two in Algiers"),
    C("stations", 2, "TN", "Tunisia hosts the remaining two verified sites."),
    S("DZ", "Algiers", "Algeria    Algiers    Linquan (Fuyang)        2018    active", operator="Linquan", operator_alt=["Fuyang"], date="2018",
      note="table row 1 of 2 in Algiers; second row 2020"),
    S("DZ", "Oran", "Algeria    Oran       Rushan (Weihai)         2019    ceased 2024", operator="Rushan", operator_alt=["Weihai"], date="2019"),
    S("TN", "Monastir", "Tunisia    Monastir   Yangzhong (Zhenjiang)   2021    active", operator="Yangzhong", operator_alt=["Zhenjiang"], date="2021"),
    S("TN", "Sfax", "Tunisia    Sfax       Yangzhong (Zhenjiang)   2022    unclear", operator="Yangzhong", operator_alt=["Zhenjiang"], date="2022"),
    S("MR", "Nouakchott", "A sixth site, reported in Nouakchott, could not be verified and is not counted in the table.", opt=True, note="unverified"),
    I("DZ", "persuasion", 'A construction worker employed on a housing project outside Oran was contacted in March 2024 by a man who introduced himself as a "volunteer" of the Oran service station. He was told that his mother, who lives in Rushan county, would lose her pension unless he returned to answer a fraud complaint.',
      place="Oran", date="2024-03"),
    I("DZ", "harassment", "He was told that his mother, who lives in Rushan county, would lose her pension unless he returned to answer a fraud complaint.",
      place="Oran", opt=True, note="threat to a relative"),
    I("TN", "surveillance", "At a private gathering in Monastir in October 2023, several participants were photographed by a staff member of the Monastir site",
      place="Monastir", date="2023-10"),
    R("DZ", "investigation", "The Algerian authorities have not opened any investigation into the sites", pol="denied"),
    R("TN", "investigation", "Tunisian police questioned staff at the Monastir site in April 2024", place="Monastir", date="2024-04"),
    R("TN", "no_wrongdoing_found", "according to a statement by the Ministry of the Interior, found no evidence of unlawful activity.", place="Monastir",
      claimant="Tunisian Ministry of the Interior"),
    A("DZ", "security_agreement", "Algeria and China signed a memorandum on police cooperation in 2019", date="2019"),
    A("DZ", "joint_patrol", 'which provides for "joint patrols in areas with large Chinese communities"; we found no record of such patrols.', opt=True,
      note="provided for, never carried out"),
    R("DZ", "closure", "The Oran site stopped operating after the landlord terminated the lease; no authority ordered its closure.", place="Oran", opt=True,
      note="stopped without an order"),
]})
