"""check18 part A: documents 009-014 (English)."""
from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 009
t009 = r"""
World | UK

UK summons Chinese envoy over alleged police 'outposts' in Bradford and Luton

By Pacific Lantern Wire staff
4 min read · Updated 17 February 2026, 14:05 GMT

LONDON, Feb 17 (Pacific Lantern Wire) - Britain summoned China's ambassador on Tuesday after counter-terrorism officers searched two community premises in northern and southern England that campaigners say were used by Chinese local police to keep tabs on people from the diaspora.

The Foreign Office said a minister had "made clear that any attempt to coerce or intimidate individuals in the UK will not be tolerated." No arrests have been made, West Yorkshire Police said.

[Photo: A shuttered shopfront on a terraced street in Bradford, 16 February 2026. REUTERS-style agency photo]

The Bradford premises, a former travel agency above a takeaway, had been advertised on Chinese social media as an overseas "liaison service point". According to registration documents reviewed by the campaign group that first flagged it, the office was set up in 2022 by the Bao'an branch of the Shenzhen Public Security Bureau.

Officers from Counter Terrorism Policing North East searched the building on Feb. 12 and were "assessing material recovered", a spokesperson said.

READ ALSO: Hong Kong activists in UK report rise in bounty letters

The second site, in Luton, operated out of a hometown association's hall and was linked by the same group to police in Guangzhou's Conghua district. It stopped opening to the public in January, neighbours said.

Campaigners believe there are at least five such sites in the UK. Globally, Safeguard Defenders has put the figure at 102 in 53 countries, although some have since closed.

One Bradford resident, a delivery rider from Guangdong, told Pacific Lantern Wire he had been approached at the office and asked to "go home and sort out" a fraud complaint lodged by a former employer. He returned to China in November 2025 and had not been heard from since, his cousin said.

The Chinese embassy in London called the allegations "pure fabrication" and said the premises were run by volunteers helping elderly compatriots renew driving licences and certify pension documents online.

(Reporting by the London newsroom; editing by the Asia desk)

Correction: An earlier version of this story said the Luton site was in Dunstable. It was in Luton.

Our standards: The Pacific Lantern Wire Trust Principles.
Sign up for our daily briefing - it's free.
"""
f009 = [
    R("GB", "protest", "Britain summoned China's ambassador on Tuesday", date="2026-02-17"),
    R("GB", "arrest", "No arrests have been made, West Yorkshire Police said.", pol="denied", opt=True, claimant="West Yorkshire Police"),
    S("GB", "Bradford", "The Bradford premises, a former travel agency above a takeaway, had been advertised on Chinese social media as an overseas \"liaison service point\".", claimant="campaigners"),
    S("GB", "Bradford", "the office was set up in 2022 by the Bao'an branch of the Shenzhen Public Security Bureau", operator="Bao'an", operator_alt=["Baoan", "Shenzhen"], date="2022", claimant="campaign group"),
    R("GB", "investigation", "Officers from Counter Terrorism Policing North East searched the building on Feb. 12", place="Bradford", date="2026-02-12"),
    S("GB", "Luton", "The second site, in Luton, operated out of a hometown association's hall and was linked by the same group to police in Guangzhou's Conghua district.", operator="Conghua", operator_alt=["Guangzhou"], claimant="campaign group"),
    R("GB", "closure", "It stopped opening to the public in January, neighbours said.", place="Luton", opt=True, claimant="neighbours"),
    C("stations", 5, "GB", "Campaigners believe there are at least five such sites in the UK.", claimant="campaigners"),
    C("stations", 102, None, "Safeguard Defenders has put the figure at 102 in 53 countries", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Safeguard Defenders has put the figure at 102 in 53 countries", claimant="Safeguard Defenders"),
    I("GB", "persuasion", "he had been approached at the office and asked to \"go home and sort out\" a fraud complaint lodged by a former employer. He returned to China in November 2025", place="Bradford", date="2025-11", claimant="a Bradford resident"),
    D("CN", "The Chinese embassy in London called the allegations \"pure fabrication\" and said the premises were run by volunteers helping elderly compatriots renew driving licences", claimant="PRC Embassy in the UK"),
]
DOCS.append({"name": "009-en-wire-correction-bradford-luton-baoan-conghua.txt", "text": t009, "facts": f009})

# ---------------------------------------------------------------- 010
t010 = r"""
U.S. Attorney's Office
Eastern District of California

FOR IMMEDIATE RELEASE                                   Thursday, May 14, 2026

Two Sacramento Residents Charged with Acting as Illegal Agents of a Chinese Provincial Police Bureau

SACRAMENTO, Calif. - A federal grand jury returned a four-count indictment today charging two Sacramento residents with acting as agents of the People's Republic of China without notifying the Attorney General and with conspiracy to do so, U.S. Attorney's Office officials announced.

According to court documents, from at least 2021 until 2025 the defendants, a 57-year-old restaurant owner and a 44-year-old real-estate agent, operated an office in a commercial plaza in south Sacramento that held itself out as a hometown association. The indictment alleges that the office in fact functioned as an overseas outpost of the Jinshan District branch of the Shanghai Municipal Public Security Bureau.

The indictment alleges that the defendants compiled lists of people who attended pro-democracy events in the Sacramento area, photographed participants, and passed the information to officers in Shanghai. In one instance described in the indictment, the defendants repeatedly urged a resident of Elk Grove to return to China to face accusations of embezzlement; officers in Shanghai meanwhile visited the man's elderly mother. The man traveled to China in March 2024.

FBI agents executed a search warrant at the premises in October 2025. The office ceased operations shortly afterward.

The charges also reference a second location, in Fresno, which the indictment describes as "affiliated with" the Qingpu District branch of the same bureau. No one has been charged in connection with the Fresno location, and the investigation is ongoing.

"No foreign government gets to run a police operation in California," said the U.S. Attorney.

The charges are merely allegations, and the defendants are presumed innocent until and unless proven guilty beyond a reasonable doubt. If convicted, each defendant faces a maximum statutory penalty of 10 years in prison.

This case is being investigated by the FBI's Sacramento Field Office. It is being prosecuted by the National Security and Cyber Crime Section.

Contact: Public Affairs Officer
Updated May 14, 2026
Topic: National Security
"""
f010 = [
    R("US", "arrest", "A federal grand jury returned a four-count indictment today charging two Sacramento residents", place="Sacramento", date="2026-05-14"),
    S("US", "Sacramento", "The indictment alleges that the office in fact functioned as an overseas outpost of the Jinshan District branch of the Shanghai Municipal Public Security Bureau.", operator="Jinshan", operator_alt=["Shanghai"], claimant="US Department of Justice", date="2021"),
    I("US", "surveillance", "the defendants compiled lists of people who attended pro-democracy events in the Sacramento area, photographed participants", place="Sacramento", claimant="US Department of Justice"),
    I("US", "persuasion", "the defendants repeatedly urged a resident of Elk Grove to return to China to face accusations of embezzlement; officers in Shanghai meanwhile visited the man's elderly mother. The man traveled to China in March 2024.", place="Sacramento", date="2024-03", claimant="US Department of Justice"),
    I("US", "harassment", "officers in Shanghai meanwhile visited the man's elderly mother", opt=True, claimant="US Department of Justice"),
    R("US", "investigation", "FBI agents executed a search warrant at the premises in October 2025.", place="Sacramento", date="2025-10"),
    R("US", "closure", "The office ceased operations shortly afterward.", place="Sacramento", opt=True, note="stopped after a search"),
    S("US", "Fresno", "a second location, in Fresno, which the indictment describes as \"affiliated with\" the Qingpu District branch of the same bureau", operator="Qingpu", operator_alt=["Shanghai"], claimant="US Department of Justice"),
    R("US", "arrest", "No one has been charged in connection with the Fresno location", place="Fresno", pol="denied", opt=True),
]
DOCS.append({"name": "010-en-prosecutor-release-sacramento-fresno-jinshan-qingpu.txt", "text": t010, "facts": f010})

# ---------------------------------------------------------------- 011
t011 = r"""
LIVE: Ottawa responds to Brampton and Burnaby 'police station' reports

Last updated 6:52 p.m. ET, March 3, 2026

Key points
- RCMP confirms an investigation into a Brampton office
- Global Affairs summons China's ambassador
- Embassy says the offices are "service centres for driving licences"

6:52 p.m.
That's where we'll leave our live coverage for today. Thanks for following along.

6:30 p.m.
B.C. RCMP have now told us their officers visited the Burnaby location last autumn. "At that time we found no evidence of criminal activity," a spokesperson wrote. The Burnaby office has been linked in reporting to the Chongming District bureau in Shanghai.

5:15 p.m.
A reader asks: how many of these sites are there in Canada? Advocacy groups have previously put the number at five across the country, including three in the Greater Toronto Area. That figure has not been confirmed by police.

4:41 p.m.
The Chinese embassy has issued a statement. It says there are "no so-called overseas police stations" in Canada and describes the premises as "service centres for driving licences, run by volunteers of the community." It accuses "certain politicians" of "smearing China."

3:20 p.m.
Global Affairs Canada confirms the minister summoned China's ambassador this afternoon "to convey Canada's serious concerns."

2:05 p.m.
Here's what we know about the Brampton premises. It sits in a plaza off Queen Street East and is registered as a seniors' association. Documents obtained by our newsroom list it as a "liaison station" of the Fengxian District branch of the Shanghai Public Security Bureau, opened in 2023.

One Brampton man told us a staff member there had pressed him, over several visits, to return to Shanghai to settle a loan dispute. He refused and remains in Canada.

1:30 p.m.
The RCMP's O Division says it has opened an investigation into "a location in Brampton alleged to be operating on behalf of a foreign state." No arrests have been made.

1:00 p.m.
Good afternoon and welcome to our live coverage.
"""
f011 = [
    R("CA", "investigation", "The RCMP's O Division says it has opened an investigation into \"a location in Brampton alleged to be operating on behalf of a foreign state.\"", place="Brampton", claimant="RCMP"),
    S("CA", "Brampton", "a location in Brampton alleged to be operating on behalf of a foreign state", claimant="RCMP"),
    R("CA", "arrest", "No arrests have been made.", pol="denied", opt=True),
    R("CA", "protest", "Global Affairs Canada confirms the minister summoned China's ambassador this afternoon", date="2026-03-03", claimant="Global Affairs Canada"),
    D("CN", "It says there are \"no so-called overseas police stations\" in Canada and describes the premises as \"service centres for driving licences, run by volunteers of the community.\"", claimant="PRC Embassy in Canada"),
    S("CA", None, "It says there are \"no so-called overseas police stations\" in Canada", pol="denied", opt=True, claimant="PRC Embassy in Canada"),
    S("CA", "Brampton", "Documents obtained by our newsroom list it as a \"liaison station\" of the Fengxian District branch of the Shanghai Public Security Bureau, opened in 2023.", operator="Fengxian", operator_alt=["Shanghai"], date="2023"),
    I("CA", "persuasion", "a staff member there had pressed him, over several visits, to return to Shanghai to settle a loan dispute. He refused and remains in Canada.", place="Brampton", claimant="a Brampton man"),
    C("stations", 5, "CA", "Advocacy groups have previously put the number at five across the country, including three in the Greater Toronto Area.", claimant="advocacy groups"),
    C("stations", 3, "CA", "including three in the Greater Toronto Area", claimant="advocacy groups", note="scoped to a metropolitan area inside one host: required"),
    R("CA", "investigation", "B.C. RCMP have now told us their officers visited the Burnaby location last autumn.", place="Burnaby", claimant="RCMP"),
    R("CA", "no_wrongdoing_found", "\"At that time we found no evidence of criminal activity,\" a spokesperson wrote.", place="Burnaby", claimant="RCMP"),
    S("CA", "Burnaby", "The Burnaby office has been linked in reporting to the Chongming District bureau in Shanghai.", operator="Chongming", operator_alt=["Shanghai"]),
]
DOCS.append({"name": "011-en-live-blog-brampton-burnaby-fengxian-chongming.txt", "text": t011, "facts": f011})

# ---------------------------------------------------------------- 012
t012 = r"""
PROOF COMMITTEE HANSARD

SENATE
LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE
Estimates
(Public)
TUESDAY, 24 FEBRUARY 2026
CANBERRA

[10:42]

CHAIR: We'll resume with the Australian Federal Police. Senator, you have the call.

Senator: Thank you, Chair. Commissioner, last year it was reported that a premises in Toowoomba, operating as a Chinese cultural association, was in fact an outstation of the Renhua County Public Security Bureau in Guangdong. What did the AFP do with that information?

Mr Deputy Commissioner: Senator, we received a referral in June last year. Our officers, together with Queensland Police, assessed the information and attended the premises in July. I can tell you that we did not identify any criminal offending.

Senator: None at all?

Mr Deputy Commissioner: Not that met the threshold for a prosecution, no.

Senator: And Ballarat? There was a second report naming a tutoring centre there and linking it to the Shixing County bureau.

Mr Deputy Commissioner: That matter is still being assessed, Senator. I'm not in a position to go into detail.

Senator: How many of these sites is the AFP aware of in Australia, in total?

Mr Deputy Commissioner: Two locations have been brought to our attention, and I've just spoken to both.

Senator: Has anyone been charged with foreign interference in relation to either?

Mr Deputy Commissioner: No.

Senator: Minister, has the Department of Foreign Affairs and Trade called in the Chinese ambassador over this?

Senator the Hon. (Minister representing the Minister for Foreign Affairs): Senator, my understanding is that the ambassador has not been summoned. Our concerns were raised with the embassy at officials' level.

Senator: If the AFP were to find that people had been coerced into returning to China, would the government expel diplomats?

Senator the Hon.: I won't engage in a hypothetical, Senator.

CHAIR: Thank you. We'll suspend for morning tea.

Proceedings suspended from 10:58 to 11:15

Page 47                    LEGAL AND CONSTITUTIONAL AFFAIRS                    Senate
"""
f012 = [
    S("AU", "Toowoomba", "a premises in Toowoomba, operating as a Chinese cultural association, was in fact an outstation of the Renhua County Public Security Bureau in Guangdong", operator="Renhua", operator_alt=["Shaoguan"], claimant="media reports", note="premise in a senator's question"),
    R("AU", "investigation", "Our officers, together with Queensland Police, assessed the information and attended the premises in July.", place="Toowoomba", claimant="Australian Federal Police"),
    R("AU", "no_wrongdoing_found", "I can tell you that we did not identify any criminal offending.", place="Toowoomba", claimant="Australian Federal Police"),
    S("AU", "Ballarat", "There was a second report naming a tutoring centre there and linking it to the Shixing County bureau.", operator="Shixing", operator_alt=["Shaoguan"], claimant="media reports"),
    R("AU", "investigation", "That matter is still being assessed, Senator.", place="Ballarat", claimant="Australian Federal Police"),
    C("stations", 2, "AU", "Two locations have been brought to our attention, and I've just spoken to both.", claimant="Australian Federal Police"),
    R("AU", "arrest", "Has anyone been charged with foreign interference in relation to either?\n\nMr Deputy Commissioner: No.", pol="denied", opt=True, claimant="Australian Federal Police"),
    R("AU", "protest", "my understanding is that the ambassador has not been summoned", pol="denied", opt=True, claimant="Australian government"),
    R("AU", "protest", "Our concerns were raised with the embassy at officials' level.", opt=True, claimant="Australian government", note="raised short of a summons: optional asserted protest"),
]
DOCS.append({"name": "012-en-senate-estimates-hansard-toowoomba-ballarat-renhua-shixing.txt", "text": t012, "facts": f012})

# ---------------------------------------------------------------- 013
body013 = r"""
Southern Cross Rights Forum | Working Paper 9 | Long Arms in the Southern Hemisphere                    page 18
4. New Zealand and South Africa
Our field~work identified four sites in the two countries, two in each. None of them describes itself as a police office; all present as clubs, associations or community advice desks. As elsewhere, their stated purpose is to help citizens abroad with paper~work, and most of their day-to-day activity appears to be exactly that. The question is what else they do.
In New Zealand, a martial-arts club in Rotorua and a migrant advice desk in Whangarei share a WeChat account that describes them as "overseas contact points" of two county bureaus in Zhaoqing prefecture. The New Zealand Police told us in December 2025 that it "has not opened an investi~gation" into either site, as "no complaint has been received".[21]
In South Africa, the site in Gqeberha operates from a ware~house office in the industrial district of Deal Party. A trader who had refused to return to China to answer a tax complaint told us he was followed to his home twice and photo~graphed by two men he had seen at the office.[22] The South African Police Service opened an inquiry in September 2025 after a complaint by his lawyer. The Polokwane site is smaller and we were unable to establish its status.
Table 4. Sites identified in New Zealand and South Africa
+---------------+--------------+-------------------------------------+-------+
| Country       | City         | Operator (per site's own materials) | Since |
+---------------+--------------+-------------------------------------+-------+
| New Zealand   | Rotorua      | Guangning County PSB (Zhaoqing)     | 2020  |
| New Zealand   | Whangarei    | Fengkai County PSB (Zhaoqing)       | 2021  |
| South Africa  | Gqeberha     | Lianshan County PSB (Qingyuan)      | 2019  |
| South Africa  | Polokwane    | Chaonan District PSB (Shantou)      | 2022  |
+---------------+--------------+-------------------------------------+-------+
Context matters here. South Africa and China signed a police cooperation memo~randum in 2019, and Chinese officers have since joined South African police on tourist-season patrols in Johannesburg. New Zealand has no comparable arrange~ment.
[21] Email from New Zealand Police, 9 December 2025.
[22] Interview, Gqeberha, 14 October 2025.
Southern Cross Rights Forum 2026                                          18
"""
t013 = wrap_hy(body013.strip("\n").replace("| Working Paper 9 | Long Arms in the Southern Hemisphere                    page 18", "| WP9 | page 18"), width=78)
f013 = [
    C("stations", 4, None, "Our fieldwork identified four sites in the two countries, two in each.", opt=True, claimant="Southern Cross Rights Forum", note="two countries"),
    C("stations", 2, "NZ", "Our fieldwork identified four sites in the two countries, two in each.", claimant="Southern Cross Rights Forum"),
    C("stations", 2, "ZA", "Our fieldwork identified four sites in the two countries, two in each.", claimant="Southern Cross Rights Forum"),
    S("NZ", "Rotorua", "In New Zealand, a martial-arts club in Rotorua and a migrant advice desk in Whangarei share a WeChat account that describes them as \"overseas contact points\" of two county bureaus in Zhaoqing prefecture.", claimant="Southern Cross Rights Forum"),
    S("NZ", "Whangarei", "In New Zealand, a martial-arts club in Rotorua and a migrant advice desk in Whangarei share a WeChat account that describes them as \"overseas contact points\" of two county bureaus in Zhaoqing prefecture.", claimant="Southern Cross Rights Forum"),
    R("NZ", "investigation", "The New Zealand Police told us in December 2025 that it \"has not opened an investigation\" into either site", pol="denied", claimant="New Zealand Police"),
    S("ZA", "Gqeberha", "In South Africa, the site in Gqeberha operates from a warehouse office in the industrial district of Deal Party.", claimant="Southern Cross Rights Forum", place_alt=["Port Elizabeth"]),
    I("ZA", "surveillance", "he was followed to his home twice and photographed by two men he had seen at the office", place="Gqeberha", claimant="a trader"),
    R("ZA", "investigation", "The South African Police Service opened an inquiry in September 2025 after a complaint by his lawyer.", place="Gqeberha", date="2025-09"),
    S("ZA", "Polokwane", "The Polokwane site is smaller and we were unable to establish its status.", claimant="Southern Cross Rights Forum"),
    S("NZ", "Rotorua", "| New Zealand   | Rotorua      | Guangning County PSB (Zhaoqing)     | 2020  |", operator="Guangning", operator_alt=["Zhaoqing"], date="2020", claimant="Southern Cross Rights Forum"),
    S("NZ", "Whangarei", "| New Zealand   | Whangarei    | Fengkai County PSB (Zhaoqing)       | 2021  |", operator="Fengkai", operator_alt=["Zhaoqing"], date="2021", claimant="Southern Cross Rights Forum"),
    S("ZA", "Gqeberha", "| South Africa  | Gqeberha     | Lianshan County PSB (Qingyuan)      | 2019  |", operator="Lianshan", operator_alt=["Qingyuan"], date="2019", claimant="Southern Cross Rights Forum", place_alt=["Port Elizabeth"]),
    S("ZA", "Polokwane", "| South Africa  | Polokwane    | Chaonan District PSB (Shantou)      | 2022  |", operator="Chaonan", operator_alt=["Shantou"], date="2022", claimant="Southern Cross Rights Forum"),
    A("ZA", "security_agreement", "South Africa and China signed a police cooperation memorandum in 2019", date="2019", claimant="Southern Cross Rights Forum"),
    A("ZA", "joint_patrol", "Chinese officers have since joined South African police on tourist-season patrols in Johannesburg", claimant="Southern Cross Rights Forum"),
]
DOCS.append({"name": "013-en-ngo-working-paper-pdf-table-rotorua-whangarei-gqeberha-polokwane.txt", "text": t013, "facts": f013})

# ---------------------------------------------------------------- 014 (irrelevant)
t014 = r"""
Swindon Courier | News | Roads

Roadside checkpoint 'station' to stay after summer trial on A419

By our transport reporter
Published 3 September 2026

A temporary roadside police checkpoint on the A419 near Swindon will become permanent after a summer trial caught more than a hundred drivers without valid licences or insurance, Wiltshire Police said.

Officers stopped 102 vehicles over the bank-holiday weekend alone and issued 53 penalty notices, most of them for using a mobile phone at the wheel. Several of those stopped were tourists, including a coach party from China whose driver held only a Chinese licence. A spokesperson for the Chinese Embassy thanked officers for "patient and courteous assistance" and reminded visitors that Chinese licences must be exchanged or accompanied by an international permit.

The checkpoint, which officers have nicknamed "the station", is staffed jointly with the DVSA under a cooperation agreement signed in May. Joint patrols with Thames Valley Police on the M4 will continue into the autumn.

"Nobody was arrested for anything serious," said the roads policing inspector. "Most people just didn't know the rules."

Related: Swindon bus station to close for resurfacing works
"""
DOCS.append({"name": "014-en-local-news-roadside-checkpoint-swindon.txt", "text": t014, "facts": []})
