"""check23 part B, English documents 032-034."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 032
T032 = """NATIONAL | SECURITY

Zambia summons Chinese envoy over alleged police 'service station' in Chipata

By SANS Correspondent | Southern Africa News Service
Published: 11 March 2026, 07:40 CAT | Updated: 11 March 2026, 15:05 CAT
4 min read

Sign up for the SANS Morning Briefing, delivered to your inbox every weekday.

LUSAKA, March 11 (SANS) - Zambia's Ministry of Foreign Affairs and International Cooperation summoned China's ambassador on Tuesday after police searched a trading company's premises in the eastern city of Chipata which, officers believe, doubled as an unofficial outpost of Chinese police.

Detectives from the Zambia Police Service spent most of Saturday inside a two-storey building on Umodzi Highway, a spokesperson said, removing ledgers, a desktop computer and a stamp bearing Chinese characters. Nobody has been arrested, the spokesperson added.

Chipata, a border town a few kilometres from Malawi, has grown quickly on the back of cotton ginning, maize trading and a new bus terminus. Several hundred Chinese nationals live in the district, most of them running hardware shops, grain mills or small construction firms.

Business owners along the highway described the building as a meeting point for traders from Shandong province, where people gathered to send money home, celebrate the Spring Festival and settle disputes over debts.

READ ALSO: Copper exports hit six-year high as Chinese-run smelters expand

According to documents seen by SANS, the office reported to the public security bureau of Weishan county, in Shandong's Jining prefecture, and kept a file of phone numbers for people from the county living in eastern Zambia.

A storekeeper who worked for a copper-trading company in Chipata told SANS he had been telephoned repeatedly last year by a man from the office who urged him to go home and "clear up" a loan dispute. He flew back to China in October, reported to a local police station and returned to Zambia in January. "I went because my father asked me to," he said.

Police believe the Chipata premises are one of two such outlets in Zambia. The other is said to operate from a guest house in Kasama, in the north, and is linked in research by the Lusaka-based civic group Citizens' Watch Zambia to police in Yutai county, also in Jining. Officers in Northern Province said they had no information about any such office in Kasama.

The Madrid-based NGO Safeguard Defenders counted 54 such stations in September 2022 and later raised its estimate to 102 in 53 countries, listing Malawi and Tanzania among the hosts in the region.

In a statement, the Chinese embassy in Lusaka said there were "no so-called police stations in Zambia" and that volunteers at community associations only helped Chinese citizens renew driving licences online.

(Reporting by SANS staff; editing by Grace Mwale)

Correction: An earlier version of this story said police searched the premises on Friday. The search took place on Saturday.

(c) Southern Africa News Service 2026. All rights reserved.
We use cookies to improve your experience. By continuing you agree to our cookie policy.
"""
DOCS.append(dict(name="032-en-wire-correction-chipata-kasama-weishan-yutai.txt", text=T032, facts=[
    R("ZM", "protest", "Zambia's Ministry of Foreign Affairs and International Cooperation summoned China's ambassador on Tuesday",
      date="2026-03-10"),
    R("ZM", "investigation", "police searched a trading company's premises in the eastern city of Chipata", place="Chipata",
      date="2026-03"),
    S("ZM", "Chipata", "police searched a trading company's premises in the eastern city of Chipata which, officers believe, doubled as an unofficial outpost of Chinese police",
      claimant="Zambia Police Service", note="Umodzi Highway"),
    R("ZM", "arrest", "Nobody has been arrested, the spokesperson added.", pol="denied", opt=True,
      claimant="Zambia Police Service"),
    S("ZM", "Chipata", "the office reported to the public security bureau of Weishan county, in Shandong's Jining prefecture",
      operator="Weishan", operator_alt=["Jining"]),
    I("ZM", "persuasion", "who urged him to go home and \"clear up\" a loan dispute. He flew back to China in October",
      place="Chipata", date="2025"),
    C("stations", 2, "ZM", "Police believe the Chipata premises are one of two such outlets in Zambia.",
      claimant="Zambia Police Service"),
    S("ZM", "Kasama", "The other is said to operate from a guest house in Kasama, in the north, and is linked in research by the Lusaka-based civic group Citizens' Watch Zambia to police in Yutai county",
      operator="Yutai", operator_alt=["Jining"], claimant="Citizens' Watch Zambia"),
    S("ZM", "Kasama", "Officers in Northern Province said they had no information about any such office in Kasama.",
      pol="denied", opt=True, claimant="Zambia Police Service"),
    C("stations", 54, None, "counted 54 such stations in September 2022", claimant="Safeguard Defenders", date="2022-09"),
    C("stations", 102, None, "later raised its estimate to 102 in 53 countries", claimant="Safeguard Defenders"),
    C("countries", 53, None, "later raised its estimate to 102 in 53 countries", claimant="Safeguard Defenders"),
    S("MW", None, "listing Malawi and Tanzania among the hosts in the region", opt=True, claimant="Safeguard Defenders"),
    S("TZ", None, "listing Malawi and Tanzania among the hosts in the region", opt=True, claimant="Safeguard Defenders"),
    D("CN", "there were \"no so-called police stations in Zambia\" and that volunteers at community associations only helped Chinese citizens renew driving licences online",
      claimant="PRC Embassy in Zambia"),
    S("ZM", None, "there were \"no so-called police stations in Zambia\"", pol="denied", opt=True,
      claimant="PRC Embassy in Zambia"),
]))

# ---------------------------------------------------------------- 033
T033 = """FOREIGN AFFAIRS, DEFENCE AND TRADE COMMITTEE
Inquiry into foreign interference and transnational repression
Hearing of evidence - Wednesday, 25 February 2026
UNCORRECTED TRANSCRIPT - NOT FOR CITATION UNTIL CONFIRMED

Witnesses: New Zealand Police (Deputy Commissioner, National Security; Detective Superintendent, National Security Investigations Team); Ministry of Foreign Affairs and Trade (Deputy Secretary, Americas and Asia Group)

CHAIRPERSON: Welcome back. We turn to the allegations about so-called overseas police stations. A member has questions.

MEMBER (Labour): Thank you, Chair. I want to start with the Palmerston North community centre that was reported last year to be operating as a so-called service station of the Jinxiang County Public Security Bureau. What has Police done about it?

DEPUTY COMMISSIONER: Thank you. I can confirm that we executed a search warrant at that address in October last year. That investigation remains open, so I'm limited in what I can say.

MEMBER (Labour): Has anyone been charged?

DEPUTY COMMISSIONER: No charges have been laid at this stage.

MEMBER (Labour): The same reporting named a second site, in Masterton, run on behalf of the Wenshang County bureau. What about that one?

DETECTIVE SUPERINTENDENT: We made enquiries at the Masterton address in November, including a visit and interviews with the trust that leases it. No criminal offending was identified.

MEMBER (National): How many of these are we talking about nationally?

DEPUTY COMMISSIONER: We're aware of three locations in New Zealand that have been publicly alleged. I'd stress that "alleged" is the operative word.

MEMBER (National): Safeguard Defenders says there are 102 of them in 53 countries. Do you accept that figure?

DEPUTY COMMISSIONER: It's not our figure and I wouldn't want to endorse it.

MEMBER (Green): There has also been talk on social media about Levin.

DETECTIVE SUPERINTENDENT: We hold no information about any such premises in Levin.

MEMBER (Green): Have you seen actual harm to people here?

DETECTIVE SUPERINTENDENT: We have one complaint I can describe in general terms. Photographs of a Palmerston North man taken at a protest in Wellington were later shown to his family in Shandong by local police there. We've given him safety advice.

MEMBER (National): Hypothetically, if your investigation finds the Palmerston North site was a police outpost, will the Government expel Chinese diplomats?

DEPUTY SECRETARY (MFAT): I won't speculate on a hypothetical. What I can tell the committee is that we have raised our concerns with the Chinese Embassy.

MEMBER (National): Was the ambassador called in?

DEPUTY SECRETARY (MFAT): Not on this issue, no.

MEMBER (Labour): And the Embassy's response?

DEPUTY SECRETARY (MFAT): The Embassy's position, as conveyed to us, is that these are volunteer-run help desks that assist older Chinese nationals with things like driver licence renewals, and that there are no Chinese police stations in New Zealand.

CHAIRPERSON: Thank you. We'll take a short break.

Foreign Affairs, Defence and Trade Committee - Uncorrected transcript - Page 7 of 19
"""
DOCS.append(dict(name="033-en-nz-select-committee-hearing-palmerston-north-masterton-levin-jinxiang-wenshang.txt", text=T033, facts=[
    S("NZ", "Palmerston North", "the Palmerston North community centre that was reported last year to be operating as a so-called service station of the Jinxiang County Public Security Bureau",
      operator="Jinxiang", operator_alt=["Jining"], claimant="media reports", date="2025"),
    R("NZ", "investigation", "we executed a search warrant at that address in October last year", place="Palmerston North",
      claimant="New Zealand Police", date="2025-10"),
    R("NZ", "arrest", "No charges have been laid at this stage.", pol="denied", opt=True, claimant="New Zealand Police"),
    S("NZ", "Masterton", "The same reporting named a second site, in Masterton, run on behalf of the Wenshang County bureau.",
      operator="Wenshang", operator_alt=["Jining"], claimant="media reports"),
    R("NZ", "investigation", "We made enquiries at the Masterton address in November", place="Masterton",
      claimant="New Zealand Police", date="2025-11"),
    R("NZ", "no_wrongdoing_found", "No criminal offending was identified.", place="Masterton", claimant="New Zealand Police"),
    C("stations", 3, "NZ", "We're aware of three locations in New Zealand that have been publicly alleged.",
      claimant="New Zealand Police"),
    C("stations", 102, None, "Safeguard Defenders says there are 102 of them in 53 countries.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Safeguard Defenders says there are 102 of them in 53 countries.", claimant="Safeguard Defenders"),
    S("NZ", "Levin", "There has also been talk on social media about Levin.", opt=True, claimant="social media"),
    S("NZ", "Levin", "We hold no information about any such premises in Levin.", pol="denied", opt=True,
      claimant="New Zealand Police"),
    I("NZ", "surveillance", "Photographs of a Palmerston North man taken at a protest in Wellington were later shown to his family in Shandong by local police there.",
      place="Palmerston North", claimant="New Zealand Police"),
    I("NZ", "harassment", "Photographs of a Palmerston North man taken at a protest in Wellington were later shown to his family in Shandong by local police there.",
      opt=True, claimant="New Zealand Police"),
    R("NZ", "protest", "we have raised our concerns with the Chinese Embassy", opt=True,
      claimant="Ministry of Foreign Affairs and Trade"),
    R("NZ", "protest", "Was the ambassador called in?\n\nDEPUTY SECRETARY (MFAT): Not on this issue, no.", pol="denied", opt=True,
      claimant="Ministry of Foreign Affairs and Trade"),
    D("CN", "these are volunteer-run help desks that assist older Chinese nationals with things like driver licence renewals, and that there are no Chinese police stations in New Zealand",
      claimant="PRC Embassy in New Zealand"),
    S("NZ", None, "there are no Chinese police stations in New Zealand", pol="denied", opt=True,
      claimant="PRC Embassy in New Zealand"),
]))

# ---------------------------------------------------------------- 034
T034 = """U.S. Department of Justice
Office of Public Affairs | United States Attorney's Office, District of New Mexico

FOR IMMEDIATE RELEASE                                    Thursday, April 9, 2026

Two Men Charged with Operating Undeclared Chinese Police Outpost in Albuquerque

ALBUQUERQUE - Two residents of Albuquerque were arrested today and charged by criminal complaint with conspiring to act as agents of the People's Republic of China without notice to the Attorney General, in connection with what the complaint describes as an undeclared police outpost serving the Dongping County Public Security Bureau of Shandong Province.

According to the complaint, the defendants, a 58-year-old restaurant owner and a 41-year-old tax preparer, ran the outpost from a rented office suite on Central Avenue beginning in 2023, under the name of a mutual-aid society. FBI agents executed a search warrant at the suite in February 2026.

The complaint alleges that the defendants, acting at the direction of officers of the Dongping bureau, repeatedly urged a U.S. lawful permanent resident identified as Victim-1 to return to China to face accusations of fraud. Victim-1 refused. The complaint further alleges that relatives of Victim-1 in Shandong were warned that they could lose their jobs if Victim-1 did not comply.

Agents also recovered spreadsheets listing the names, addresses and photographs of at least thirty people in New Mexico and neighboring states who had attended pro-democracy events, the complaint states.

According to the complaint, the defendants coordinated with a second outpost in Tulsa, Oklahoma, operated on behalf of the Ningyang County Public Security Bureau. No charges have been filed in connection with the Tulsa location.

The office suite in Albuquerque has not been used by the society since the search.

"Nobody living in New Mexico should have to look over their shoulder because a foreign police force wants them silenced," said the United States Attorney for the District of New Mexico.

If convicted, each defendant faces a maximum penalty of five years in prison. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors.

The FBI Albuquerque Field Office is investigating the case, with assistance from the FBI Oklahoma City Field Office.

A complaint is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Updated April 9, 2026
Topic: National Security | Component: USAO - New Mexico
"""
DOCS.append(dict(name="034-en-usao-press-release-albuquerque-tulsa-dongping-ningyang.txt", text=T034, facts=[
    R("US", "arrest", "Two residents of Albuquerque were arrested today and charged by criminal complaint", place="Albuquerque",
      date="2026-04-09"),
    S("US", "Albuquerque", "in connection with what the complaint describes as an undeclared police outpost serving the Dongping County Public Security Bureau of Shandong Province",
      operator="Dongping", operator_alt=["Tai'an", "Taian"], claimant="U.S. Attorney's Office", date="2023",
      note="Central Avenue office suite"),
    R("US", "investigation", "FBI agents executed a search warrant at the suite in February 2026.", place="Albuquerque",
      date="2026-02"),
    I("US", "persuasion", "repeatedly urged a U.S. lawful permanent resident identified as Victim-1 to return to China to face accusations of fraud",
      claimant="U.S. Attorney's Office"),
    I("US", "harassment", "relatives of Victim-1 in Shandong were warned that they could lose their jobs if Victim-1 did not comply",
      opt=True, claimant="U.S. Attorney's Office"),
    I("US", "surveillance", "Agents also recovered spreadsheets listing the names, addresses and photographs of at least thirty people in New Mexico and neighboring states who had attended pro-democracy events",
      claimant="U.S. Attorney's Office"),
    S("US", "Tulsa", "the defendants coordinated with a second outpost in Tulsa, Oklahoma, operated on behalf of the Ningyang County Public Security Bureau",
      operator="Ningyang", operator_alt=["Tai'an", "Taian"], claimant="U.S. Attorney's Office"),
    R("US", "arrest", "No charges have been filed in connection with the Tulsa location.", pol="denied", opt=True,
      claimant="U.S. Attorney's Office"),
    R("US", "closure", "The office suite in Albuquerque has not been used by the society since the search.", opt=True),
]))
