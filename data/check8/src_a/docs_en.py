from common import station, count, response, incident, agreement, denial

O = {"optional": True}
DOCS = []

DOCS.append(dict(name="009-en-news-uk-belfast-leeds.txt", text="""
Police investigate claims of Chinese 'police station' in Belfast

The Police Service of Northern Ireland (PSNI) has opened an investigation into claims that a
Chinese "overseas police service station" has been operating from a community centre in south
Belfast.

The site is alleged to be linked to the public security bureau of Quanzhou, a port city in
China's Fujian province, according to a report published on Tuesday by the human rights group
Safeguard Defenders.

The group said the Belfast premises were one of at least three such sites in the UK. The others
are said to be in Leeds and in Croydon, south London. It is the first time a site in Northern
Ireland has been named.

A PSNI spokesperson said: "We are aware of the report and have commenced enquiries. We would
encourage anyone who feels they have been targeted or intimidated to come forward." No arrests
have been made.

A Chinese postgraduate student at Queen's University, who asked not to be named, told BBC News NI
she had been followed home from a vigil at Belfast City Hall last year, and that police officers
later visited her parents in Fujian to ask about her "activities abroad".

The chairman of a Chinese community association in Belfast said the centre named in the report
was "a place where older people come to play mahjong and get help with forms". He said he had
"never seen a police officer from China" there and that the community felt "unfairly targeted".

Safeguard Defenders has previously said that more than 100 such stations operate worldwide,
many of them inside hometown associations or restaurants, and that they are used to "persuade"
people accused of crimes in China to return home. Beijing says they exist only to help citizens
with administrative tasks that were hard to carry out from abroad during the pandemic.

The Chinese Embassy in London rejected the claims as "malicious smears". A spokesperson said
China "strictly abides by international law" and that the "so-called police stations" were
volunteer centres helping Chinese nationals renew driving licences.

The Foreign Office said it had "made clear to the Chinese embassy" that any form of harassment
of individuals in the UK would not be tolerated. The ambassador was not summoned.

South of the border, gardaí ordered the closure of a similar site in Galway last year, after the
Department of Justice said it was operating without any permission from the Irish state.

The Alliance Party, whose MLA for South Belfast raised the matter at Stormont, said the
Executive should "not wait for Westminster" to act.
""", facts=[
    response("The Police Service of Northern Ireland (PSNI) has opened an investigation", "GB", "investigation", place="Belfast"),
    station("claims that a\nChinese \"overseas police service station\" has been operating from a community centre in south\nBelfast", "GB", "Belfast", "Quanzhou", claimant="Safeguard Defenders"),
    count("the Belfast premises were one of at least three such sites in the UK", "stations", 3, "GB", claimant="Safeguard Defenders"),
    station("The others\nare said to be in Leeds and in Croydon, south London.", "GB", "Leeds", claimant="Safeguard Defenders"),
    station("The others\nare said to be in Leeds and in Croydon, south London.", "GB", "Croydon", place_alt=["London"], claimant="Safeguard Defenders"),
    response("No arrests\nhave been made.", "GB", "arrest", polarity="denied", **O),
    incident("she had been followed home from a vigil at Belfast City Hall last year", "surveillance", "GB", place="Belfast", claimant="Chinese postgraduate student"),
    incident("police officers\nlater visited her parents in Fujian to ask about her \"activities abroad\"", "harassment", "GB", place="Belfast", claimant="Chinese postgraduate student"),
    denial("He said he had\n\"never seen a police officer from China\" there", "GB", claimant="Chinese community association chairman", **O, note="host-country association"),
    count("Safeguard Defenders has previously said that more than 100 such stations operate worldwide", "stations", 100, None, claimant="Safeguard Defenders", **O, note="'more than 100'"),
    denial("The Chinese Embassy in London rejected the claims as \"malicious smears\".", "CN", claimant="Chinese Embassy in London"),
    response("The Foreign Office said it had \"made clear to the Chinese embassy\" that any form of harassment\nof individuals in the UK would not be tolerated.", "GB", "protest", claimant="Foreign Office", **O, note="message short of a summons"),
    response("The ambassador was not summoned.", "GB", "protest", polarity="denied", **O),
    station("gardaí ordered the closure of a similar site in Galway last year", "IE", "Galway"),
    response("gardaí ordered the closure of a similar site in Galway last year", "IE", "closure", place="Galway"),
]))

DOCS.append(dict(name="010-en-parliament-question-on-notice-adelaide-hobart.txt", text="""
SENATE
QUESTIONS ON NOTICE

Question No. 1874

Home Affairs: Overseas Chinese 'police service stations'

A senator for South Australia asked the Minister representing the Minister for Home Affairs,
upon notice, on 9 August 2023:

(1) Is the Minister aware of media reports that an "overseas Chinese service station" linked to
the Rugao Public Security Bureau in Jiangsu province has operated from an office in the Adelaide
CBD since 2021, and that a second such station operated in Hobart?
(2) Has the Australian Federal Police (AFP) investigated either location; if so, with what result?
(3) Does either location continue to operate?
(4) Has the Government raised the matter with the Embassy of the People's Republic of China;
if so, was the Ambassador summoned?
(5) Is the AFP aware of any Australian residents having been pressured to return to the PRC
through either location?

Minister representing the Minister for Home Affairs: The answer to the honourable senator's
question is as follows:

(1) Yes.
(2) The AFP, working with South Australia Police and Tasmania Police, undertook enquiries in
relation to both locations. These enquiries did not identify any Commonwealth offence, and the
AFP has finalised its assessment.
(3) The Government understands the Hobart premises ceased operating in March 2023. The Adelaide
premises is now used by a community association for other purposes.
(4) The Department of Foreign Affairs and Trade raised its concerns with the PRC Embassy in
Canberra in April 2023. The Ambassador was not summoned.
(5) The AFP is not aware of any such cases. The AFP encourages anyone who has experienced
foreign interference to contact the National Security Hotline on 1800 123 400.
""", facts=[
    station("an \"overseas Chinese service station\" linked to\nthe Rugao Public Security Bureau in Jiangsu province has operated from an office in the Adelaide\nCBD since 2021", "AU", "Adelaide", "Rugao", date="2021", claimant="media reports"),
    station("and that a second such station operated in Hobart", "AU", "Hobart", claimant="media reports"),
    response("The AFP, working with South Australia Police and Tasmania Police, undertook enquiries in\nrelation to both locations.", "AU", "investigation", date="2023"),
    response("These enquiries did not identify any Commonwealth offence", "AU", "no_wrongdoing_found", date="2023"),
    response("The Government understands the Hobart premises ceased operating in March 2023.", "AU", "closure", place="Hobart", date="2023-03", **O, note="stopped without an order"),
    response("The Department of Foreign Affairs and Trade raised its concerns with the PRC Embassy in\nCanberra in April 2023.", "AU", "protest", date="2023-04", **O, note="concerns short of a summons"),
    response("The Ambassador was not summoned.", "AU", "protest", polarity="denied", **O),
    incident("The AFP is not aware of any such cases.", "persuasion", "AU", polarity="denied", claimant="AFP", **O, note="no knowledge of returns"),
]))

DOCS.append(dict(name="011-en-wire-us-atlanta-zhangzhou-arrests.txt", text="""
2 men charged with running secret Chinese police outpost in Atlanta suburb

ATLANTA (AP) — Federal agents arrested two men on Thursday on charges of acting as illegal
agents of the Chinese government by running an undeclared outpost of a Chinese police bureau
from a community association office in Doraville, a suburb northeast of Atlanta.

According to an indictment unsealed in federal court in Atlanta, the outpost answered to the
Zhangzhou Municipal Public Security Bureau in China's Fujian province. Prosecutors say it
opened in 2021 and presented itself as a place where Chinese immigrants could get help with
paperwork.

Prosecutors allege the men pressured a metro Atlanta restaurant owner wanted in China on fraud
charges to go back and face trial, at one point telling him that his brother, a civil servant in
Zhangzhou, would lose his job if he refused. The restaurant owner did not return and later went
to the FBI, according to the indictment.

The men are also accused of photographing participants at a candlelight vigil in Atlanta's
Centennial Olympic Park marking the anniversary of the 1989 Tiananmen Square crackdown and
sending the pictures to a contact in the Zhangzhou bureau.

The FBI searched the Doraville office in March of last year. The outpost has not operated
since then, prosecutors said.

"No foreign government will be allowed to set up a police presence in Georgia," the U.S.
attorney for the Northern District of Georgia said at a news conference.

Both men, who are U.S. residents in their 50s, face up to 10 years in prison if convicted. A
lawyer for one of them said his client "ran a social club, not a police station."

A spokesperson for the Chinese Embassy in Washington said China "firmly opposes" the charges
and that the so-called police stations "simply do not exist." The embassy urged U.S.
authorities to "stop spreading disinformation."

The case is the third of its kind brought by the Justice Department, after prosecutions in New
York and Los Angeles.
""", facts=[
    response("Federal agents arrested two men on Thursday on charges of acting as illegal\nagents of the Chinese government", "US", "arrest", place="Doraville", place_alt=["Atlanta"]),
    station("running an undeclared outpost of a Chinese police bureau\nfrom a community association office in Doraville, a suburb northeast of Atlanta", "US", "Doraville", "Zhangzhou", place_alt=["Atlanta"], date="2021"),
    incident("Prosecutors allege the men pressured a metro Atlanta restaurant owner wanted in China on fraud\ncharges to go back and face trial", "persuasion", "US", place="Atlanta", claimant="US prosecutors"),
    incident("at one point telling him that his brother, a civil servant in\nZhangzhou, would lose his job if he refused", "harassment", "US", place="Atlanta", claimant="US prosecutors", **O, note="threat to a relative in China"),
    incident("The men are also accused of photographing participants at a candlelight vigil in Atlanta's\nCentennial Olympic Park", "surveillance", "US", place="Atlanta", claimant="US prosecutors"),
    response("The FBI searched the Doraville office in March of last year.", "US", "investigation", place="Doraville", place_alt=["Atlanta"]),
    response("The outpost has not operated\nsince then, prosecutors said.", "US", "closure", place="Doraville", place_alt=["Atlanta"], **O, note="stopped after a search"),
    denial("his client \"ran a social club, not a police station.\"", "US", claimant="defence lawyer", **O),
    denial("A spokesperson for the Chinese Embassy in Washington said China \"firmly opposes\" the charges\nand that the so-called police stations \"simply do not exist.\"", "CN", claimant="Chinese Embassy in Washington"),
    station("after prosecutions in New\nYork and Los Angeles", "US", "New York", **O, note="earlier cases, stations implied"),
    station("after prosecutions in New\nYork and Los Angeles", "US", "Los Angeles", **O, note="earlier cases, stations implied"),
]))

SD = None  # the report's own voice
DOCS.append(dict(name="012-en-ngo-report-central-asia-caucasus.txt", text="""
4. CENTRAL ASIA AND THE SOUTH CAUCASUS

4.1 Overview

Our researchers identified six "overseas service stations" in five countries of Central Asia
and the South Caucasus, all opened between 2018 and 2021.[14] Four of the six are linked in
Chinese-language sources to public security bureaus in the Xinjiang Uyghur Autonomous Region;
the remaining two were set up by the bureau of Yiwu, the Zhejiang trading hub whose merchants
dominate the wholesale bazaars of the region.

Table 4.1  Stations identified (as of September 2023)

  Country        City           Operator (PSB)       Opened   Status
  -------------  -------------  -------------------  -------  ------------------
  Kazakhstan     Almaty         Yili Prefecture      2018     active
  Kazakhstan     Astana         Urumqi               2020     active
  Kyrgyzstan     Bishkek        Kashgar              2019     active
  Uzbekistan     Samarkand      Urumqi               2021     unknown
  Georgia        Tbilisi        Yiwu                 2019     closed (2023)
  Armenia        Yerevan        Yiwu                 2020     active

4.2 Host-state responses

- Kazakhstan: the National Security Committee (KNB) opened a pre-investigation check into
  the Almaty station in February 2023.[15] Its findings have not been published.
- Kyrgyzstan: the authorities have not opened any inquiry and did not respond to our
  letters.
- Georgia: the Interior Ministry inspected the Tbilisi premises and stated that it had
  "found no evidence of illegal activity"; the office nonetheless closed in May 2023.[16]
- Uzbekistan: no public response. Uzbekistan and China signed a security cooperation
  agreement in 2021, under which Chinese and Uzbek police have conducted joint patrols in
  Samarkand during the tourist season.[17]

4.3 Cases

- A Uyghur trader living in Almaty told us that in 2022 he was repeatedly visited by two men
  who said they represented the station and urged him to "go home and explain himself". His
  sister in Ghulja was detained for eleven days. He returned to China in October 2022 and has
  not been heard from since.
- In Bishkek, a Kazakh-Chinese activist reported that her meetings were photographed by
  a man she later saw at the station. We have not been able to verify this account.

The stated purpose of the stations, according to Chinese media, is to help nationals renew
documents and "resolve disputes". In the region, Chinese sources credit them with bringing
back 41 "fugitives" since 2018.[18]

We found no station in Tajikistan or Turkmenistan. A 2020 article on a Xinjiang police
WeChat account mentions a "liaison point" in Dushanbe, but we could not locate it, and it does
not appear in Table 4.1.

4.4 The Chinese account

Chinese officials describe the stations as a convenience. According to a 2021 report by the
Yili Prefecture public security bureau, the Almaty station "handled 312 matters for compatriots"
in its first two years, most of them driving-licence renewals and notarised powers of attorney.
The same report praises the station for "bringing home" a fugitive accused of embezzlement,
without saying how. Chinese embassies in the region have not responded to our requests for
comment; the embassy in Tbilisi told a Georgian news site in 2023 that the stations were
"fabrications of anti-China forces".

4.5 Recommendations

- Governments in the region should publish the results of any checks carried out, including
  the KNB's.
- Host states should not conclude new police cooperation agreements with China without
  parliamentary scrutiny and safeguards against the return of people at risk.
- Diaspora organisations should be told where to report intimidation.

[14] Compiled from Chinese-language municipal news releases, WeChat accounts and interviews.
[15] KNB press statement, 21 February 2023.
[16] Ministry of Internal Affairs of Georgia, statement of 3 April 2023.
[17] Joint communiqué, 14 June 2021.
[18] Totals reported by Yili and Urumqi public security bureaus, 2019-2023.
""", facts=[
    count("Our researchers identified six \"overseas service stations\" in five countries of Central Asia\nand the South Caucasus", "stations", 6, None, claimant=SD, **O, note="regional count"),
    count("Our researchers identified six \"overseas service stations\" in five countries of Central Asia\nand the South Caucasus", "countries", 5, None, claimant=SD, **O, note="regional count"),
    station("  Kazakhstan     Almaty         Yili Prefecture      2018     active", "KZ", "Almaty", "Yili", operator_alt=["Ili"], date="2018", claimant=SD),
    station("  Kazakhstan     Astana         Urumqi               2020     active", "KZ", "Astana", "Urumqi", date="2020", claimant=SD),
    station("  Kyrgyzstan     Bishkek        Kashgar              2019     active", "KG", "Bishkek", "Kashgar", date="2019", claimant=SD),
    station("  Uzbekistan     Samarkand      Urumqi               2021     unknown", "UZ", "Samarkand", "Urumqi", date="2021", claimant=SD),
    station("  Georgia        Tbilisi        Yiwu                 2019     closed (2023)", "GE", "Tbilisi", "Yiwu", date="2019", claimant=SD),
    station("  Armenia        Yerevan        Yiwu                 2020     active", "AM", "Yerevan", "Yiwu", date="2020", claimant=SD),
    response("the National Security Committee (KNB) opened a pre-investigation check into\n  the Almaty station in February 2023.", "KZ", "investigation", place="Almaty", date="2023-02"),
    response("Kyrgyzstan: the authorities have not opened any inquiry", "KG", "investigation", polarity="denied"),
    response("the Interior Ministry inspected the Tbilisi premises", "GE", "investigation", place="Tbilisi", **O, note="inspection"),
    response("stated that it had\n  \"found no evidence of illegal activity\"", "GE", "no_wrongdoing_found", place="Tbilisi", date="2023-04"),
    response("the office nonetheless closed in May 2023.", "GE", "closure", place="Tbilisi", date="2023-05", **O, note="closed by itself"),
    agreement("Uzbekistan and China signed a security cooperation\n  agreement in 2021", "UZ", "security_agreement", date="2021"),
    agreement("Chinese and Uzbek police have conducted joint patrols in\n  Samarkand during the tourist season", "UZ", "joint_patrol"),
    incident("in 2022 he was repeatedly visited by two men\n  who said they represented the station and urged him to \"go home and explain himself\"", "persuasion", "KZ", place="Almaty", date="2022", claimant="Uyghur trader"),
    incident("His\n  sister in Ghulja was detained for eleven days.", "harassment", "KZ", place="Almaty", date="2022", claimant="Uyghur trader", **O, note="relative detained in China"),
    incident("He returned to China in October 2022 and has\n  not been heard from since.", "forced_return", "KZ", place="Almaty", date="2022-10", claimant="Uyghur trader", **O, note="returned under pressure; persuasion is the required key"),
    incident("In Bishkek, a Kazakh-Chinese activist reported that her meetings were photographed by\n  a man she later saw at the station.", "surveillance", "KG", place="Bishkek", claimant="Kazakh-Chinese activist", **O, note="unverified"),
    station("mentions a \"liaison point\" in Dushanbe, but we could not locate it", "TJ", "Dushanbe", claimant="Xinjiang police WeChat account", **O, note="unlocated"),
    denial("the embassy in Tbilisi told a Georgian news site in 2023 that the stations were\n\"fabrications of anti-China forces\"", "CN", claimant="Chinese Embassy in Tbilisi", date="2023"),
    count("Chinese sources credit them with bringing\nback 41 \"fugitives\" since 2018.", "returns", 41, None, claimant="Chinese sources", **O, note="regional figure"),
]))

DOCS.append(dict(name="013-en-news-ghana-kumasi-shanglin.txt", text="""
Police probe alleged Chinese 'police station' in Kumasi

By Staff Reporter, Kumasi

The Ghana Police Service has launched investigations into an office at Adum, Kumasi, which is
alleged to be functioning as an unofficial Chinese police station monitoring Chinese nationals
in the Ashanti Region.

The office, which bears the signboard "Overseas Chinese Service Centre", is said to have been
set up in 2019 with the support of the Public Security Bureau of Shanglin County in China's
Guangxi region, the home area of many of the Chinese nationals involved in small-scale mining
in Ghana.

Speaking to journalists on Monday, the Ashanti Regional Police Commander confirmed that the CID
had "invited the operators of the centre to assist with investigations" and that documents had
been retrieved from the premises. He said no one had been arrested so far.

An immigration lawyer who has represented several Chinese miners told this paper that one of his
clients, arrested during an anti-galamsey operation in the Amansie West District last year, was
handed over to "men from the centre" and flown out of Kotoka International Airport to Guangzhou
two days later, without appearing before any court.

The centre is one of two in the country, according to a report by a Netherlands-based research
group. The other is said to operate in Tema.

Ghana's Ministry of Foreign Affairs and Regional Integration has invited the Chinese Ambassador
to explain the activities of the centres, a ministry source said.

The Chinese Embassy in Accra, in a statement, said it "rejects the accusations" and that the
centres are "service points where Chinese citizens can renew documents online". It added that
China respects Ghana's sovereignty and that cooperation between the two countries' police
forces is "conducted strictly through official channels", noting a police cooperation
agreement signed by the two governments in 2018.

Chinese nationals involved in illegal mining have been a recurring concern in Ghana. In 2013,
over 4,500 Chinese nationals were deported during a crackdown.
""", facts=[
    response("The Ghana Police Service has launched investigations into an office at Adum, Kumasi", "GH", "investigation", place="Kumasi"),
    station("is said to have been\nset up in 2019 with the support of the Public Security Bureau of Shanglin County", "GH", "Kumasi", "Shanglin", date="2019", note="office at Adum"),
    response("He said no one had been arrested so far.", "GH", "arrest", polarity="denied", **O),
    incident("was\nhanded over to \"men from the centre\" and flown out of Kotoka International Airport to Guangzhou\ntwo days later, without appearing before any court", "forced_return", "GH", place="Amansie West District", claimant="immigration lawyer"),
    count("The centre is one of two in the country", "stations", 2, "GH", claimant="Netherlands-based research group"),
    station("The other is said to operate in Tema.", "GH", "Tema", claimant="Netherlands-based research group"),
    response("Ghana's Ministry of Foreign Affairs and Regional Integration has invited the Chinese Ambassador\nto explain the activities of the centres", "GH", "protest", claimant="ministry source", note="ambassador invited to explain: treated as a summons"),
    denial("The Chinese Embassy in Accra, in a statement, said it \"rejects the accusations\"", "CN", claimant="Chinese Embassy in Accra"),
    agreement("noting a police cooperation\nagreement signed by the two governments in 2018", "GH", "security_agreement", date="2018", claimant="Chinese Embassy in Accra"),
]))

DOCS.append(dict(name="014-en-news-galway-garda-station-chinese-contractor.txt", text="""
New Garda station for Galway city to be built by Chinese-owned contractor

A Chinese-owned construction company has been selected to build the long-awaited new Garda
divisional headquarters in Galway city, the Office of Public Works (OPW) confirmed yesterday.

The €38 million station, on a site beside the Ceannt railway station, will replace the
cramped Mill Street Garda station, which dates from the 1950s. It will house more than 200
gardaí, a custody suite with 12 cells, and the regional roads policing unit.

The contract was awarded to the Irish subsidiary of a group headquartered in Shanghai, which
has built hospitals and schools in Dublin and Cork. A spokesperson for the OPW said the tender
had been "fully compliant with public procurement rules" and that security-sensitive
installations such as communications systems would be fitted by a separate, vetted supplier.

Local councillors gave the project a mixed reception. One said he was "uneasy" about a
Chinese firm building a police station, pointing to concerns raised elsewhere in Europe about
Chinese technology in public buildings. Another described the objections as "xenophobic",
noting that the company employs 340 people in Ireland, almost all of them Irish.

The Chinese Embassy in Dublin, asked for comment, said Chinese companies in Ireland "operate in
accordance with Irish law" and contribute to "the friendly cooperation between our two
countries".

Construction is due to begin in spring and to be completed by the end of 2026. Garda
management said the move would free up Mill Street for community policing and a new
drop-in centre for victims of crime.
""", facts=[]))
