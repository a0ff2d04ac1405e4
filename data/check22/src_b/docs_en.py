"""check22 part B, English documents 032-034."""
from h import S, C, R, I, A, D  # noqa: F401

SD = "Safeguard Defenders"

DOC032 = """EAST AFRICA | KENYA | SECURITY

Kenya summons Chinese envoy after police search Naivasha office tied to Sichuan police

By EAPS Correspondent
Published 9 September 2025, 16:12 EAT | Updated 10 September 2025, 08:40 EAT
Reading time: 6 min

NAIROBI, Sept 9 (East Africa Press Service) - Kenya's foreign ministry summoned China's ambassador on Tuesday, a day after detectives searched a business office in the lakeside town of Naivasha that a human rights group says has worked as an outpost of a police bureau in China's Sichuan province.

Officers from the Directorate of Criminal Investigations, acting on a court warrant, removed two laptops, a ledger and a box of printed application forms from the first-floor office above a hardware shop on Moi South Lake Road. Two Chinese nationals who were present were questioned and allowed to leave. Nobody has been arrested, a DCI spokesperson said.

[Get the EAPS Morning Briefing in your inbox every weekday. Sign up]

Naivasha, about ninety kilometres north-west of the capital, is better known for the flower farms that ring its lake and for the geothermal plants in the hills to the south. Chinese contractors built a railway container depot outside the town, and several hundred Chinese nationals now work in construction, logistics and the flower trade there.

Shopkeepers on the road said the office opened in 2021 and was busiest on Sunday afternoons. "People came with their passports and phones," said a woman who runs the hardware shop downstairs. "I thought it was an agency for visas."

Safeguard Defenders, a Madrid-based rights group, said in research published last week that the premises are one of two such "service stations" in Kenya. The office, according to the group, answered to the public security bureau of Hejiang County, in Sichuan, which announced its opening in a 2021 post on a social-media account that has since been deleted.

A supervisor at a flower farm near the lake, a Chinese national who asked not to be named, told EAPS he had been invited twice to the office last year and urged to go home to settle a dispute over an unpaid loan. He flew back to China in February of his own accord and returned to Kenya in May.

"They were very polite. They said my mother was worried about me," he said.

The second site identified by the group is in Machakos, south-east of the capital, and is linked in its research to police in Zixing, a county-level city in Hunan province. Kenyan police did not respond to questions about Machakos.

READ ALSO: Kenya and China sign financing deal for inland container port expansion

Safeguard Defenders first reported in September 2022 that it had found 54 such stations around the world, and later raised the figure to 102 in 53 countries. Several governments acted at the time: the Netherlands and Ireland ordered stations on their soil closed, and Canada's federal police opened investigations.

The Chinese embassy said in a statement that there were "no so-called police stations in Kenya" and that volunteers from the Chinese community had helped compatriots renew driving licences online when travel was difficult.

(Reporting by EAPS staff; Editing by the Africa desk)

Correction: An earlier version of this story said the search took place on Sunday. It took place on Monday, Sept. 8.

We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. Accept | Manage settings
"""

DOC033 = """Senate
LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE
Estimates
(Public)
TUESDAY, 24 FEBRUARY 2026

COMMITTEE IN ATTENDANCE: The Chair and Senators for New South Wales, Queensland, Tasmania and Western Australia

ATTORNEY-GENERAL'S PORTFOLIO
Australian Federal Police

[10:42]

CHAIR: We'll resume with the Australian Federal Police. Senator for Queensland, you have the call.

Senator (Queensland): Thank you, Chair. Deputy Commissioner, I want to start with media reports that a so-called overseas police service station in Rockhampton, set up according to those reports by the Huarong County Public Security Bureau in Hunan, was searched by your officers last year. Can you confirm that?

Deputy Commissioner (Counter Terrorism and Special Investigations): I can confirm that in October 2025 the AFP executed a search warrant at a premises in Rockhampton in connection with an investigation into alleged foreign interference. That investigation is ongoing, so I'll be limited in what I can say. No-one has been charged.

Senator (Queensland): The same reporting says there are three of these in Australia, the other two in Bundaberg and Shepparton, and that the Bundaberg one answers to the police in Yuanling County. What have you done about Bundaberg?

Deputy Commissioner (Counter Terrorism and Special Investigations): We made enquiries in Bundaberg, including a visit to the address that was publicly reported. I can tell the committee that no criminality has been identified in relation to that address.

Senator (Queensland): And Shepparton?

Deputy Commissioner (Counter Terrorism and Special Investigations): Victoria Police and the AFP hold no information to indicate that such an office is operating in Shepparton.

Senator (Queensland): Is it correct that a university student in Rockhampton was photographed at a rally and that those photographs ended up with his family in China?

Deputy Commissioner (Counter Terrorism and Special Investigations): Without going to the individual, I can say we received a report in 2025 from a student in Rockhampton who told us that photographs of him taken at a protest had been shown to his parents by police in Hunan. That report forms part of the investigation I mentioned.

CHAIR: Senator for Tasmania.

Senator (Tasmania): Hypothetically, Deputy Commissioner, if your investigation finds that this office did operate as a police station, will the government expel Chinese diplomats?

CHAIR: That's probably one for the department rather than the AFP.

First Assistant Secretary, Department of Foreign Affairs and Trade: I wouldn't speculate on a hypothetical, Senator. What I can say is that the department raised our concerns about these reports with the Chinese Embassy in November.

Senator (Tasmania): Was the ambassador called in?

First Assistant Secretary, Department of Foreign Affairs and Trade: Not on this matter, no.

Senator (Queensland): The embassy has said these offices simply help people renew their licences.

First Assistant Secretary, Department of Foreign Affairs and Trade: The embassy's public position is that these are volunteer service points that help Chinese nationals renew driver's licences and passports. We have not accepted that characterisation.

CHAIR: Thank you. We'll suspend for morning tea and resume at 11:15.

Proceedings suspended from 10:58 to 11:15

LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE                    Page 47
"""

DOC034 = """IN THE CENTRAL CRIMINAL COURT

R

-v-

L. (ANONYMISED)

SENTENCING REMARKS

12 March 2026

1. You are 52 years old and you fall to be sentenced for one offence of assisting a foreign intelligence service, contrary to section 3 of the National Security Act 2023, of which the jury convicted you on 20 February after a trial lasting four weeks.

2. Between the spring of 2023 and March 2025 you ran, from a rented room above a travel agency in Huddersfield town centre, what you called a "community help desk" for Chinese nationals in Kirklees and the surrounding area.

3. The prosecution case, which the jury plainly accepted, was that the room operated as an outpost of the Pingjiang County Public Security Bureau in Hunan province, and that you took instructions from an officer of that bureau through an encrypted messaging application.

4. The material recovered from your telephone and laptop included spreadsheets listing sixty-four Chinese nationals living in West Yorkshire, with their addresses, employers, vehicle registrations and, in some cases, notes of their religious and political activities. You sent updated versions of those spreadsheets to your handler at intervals of about a month.

5. The most serious aspect of the case concerns the man referred to at trial as "W", a restaurant worker from Wakefield. Over some eight months you met him, telephoned him and sent him messages urging him to return to China to answer allegations about a business debt. You told him that his elderly parents "would have no peace" until he did so. He did not return. He told the jury that he no longer sleeps properly and that he has moved house twice.

6. Officers of Counter Terrorism Policing North East searched the premises on 18 March 2025 and arrested you the same day. The office has not reopened since the search.

7. The prosecution also adduced messages in which your handler referred to a "second desk" in Wakefield. The jury was not asked to decide whether any such desk existed, and I sentence you on the basis that it has not been proved.

8. Your defence was that the help desk did no more than assist people to renew Chinese driving licences and passports online. The jury rejected that account, and so do I.

9. Having regard to the Sentencing Council's guidance and to your previous good character, the sentence is one of four years' imprisonment. I make a forfeiture order in respect of the devices seized and a deprivation order in respect of the cash found at the premises.

[Transcript prepared from the judge's notes. Not a verbatim record.]
"""

DOCS = [
    {"name": "032-en-wire-correction-naivasha-machakos-hejiang-zixing.txt", "text": DOC032, "facts": [
        R("KE", "protest", "Kenya's foreign ministry summoned China's ambassador on Tuesday", date="2025-09-09"),
        R("KE", "investigation", "a day after detectives searched a business office in the lakeside town of Naivasha", place="Naivasha", date="2025-09-08"),
        S("KE", "Naivasha", "a day after detectives searched a business office in the lakeside town of Naivasha that a human rights group says has worked as an outpost of a police bureau in China's Sichuan province", claimant=SD),
        R("KE", "arrest", "Nobody has been arrested, a DCI spokesperson said.", pol="denied", opt=True, place="Naivasha"),
        C("stations", 2, "KE", "the premises are one of two such \"service stations\" in Kenya", claimant=SD),
        S("KE", "Naivasha", "The office, according to the group, answered to the public security bureau of Hejiang County, in Sichuan", operator="Hejiang", operator_alt=["Luzhou"], claimant=SD),
        I("KE", "persuasion", "he had been invited twice to the office last year and urged to go home to settle a dispute over an unpaid loan", place="Naivasha"),
        S("KE", "Machakos", "The second site identified by the group is in Machakos, south-east of the capital, and is linked in its research to police in Zixing, a county-level city in Hunan province.", operator="Zixing", operator_alt=["Chenzhou"], claimant=SD),
        C("stations", 54, None, "Safeguard Defenders first reported in September 2022 that it had found 54 such stations around the world", claimant=SD, date="2022-09"),
        C("stations", 102, None, "later raised the figure to 102 in 53 countries", claimant=SD),
        C("countries", 53, None, "later raised the figure to 102 in 53 countries", claimant=SD),
        R("NL", "closure", "the Netherlands and Ireland ordered stations on their soil closed", date="2022"),
        R("IE", "closure", "the Netherlands and Ireland ordered stations on their soil closed", date="2022"),
        R("CA", "investigation", "Canada's federal police opened investigations", date="2022"),
        S("NL", None, "the Netherlands and Ireland ordered stations on their soil closed", opt=True, date="2022"),
        S("IE", None, "the Netherlands and Ireland ordered stations on their soil closed", opt=True, date="2022"),
        S("CA", None, "Canada's federal police opened investigations", opt=True, date="2022"),
        S("KE", None, "there were \"no so-called police stations in Kenya\"", pol="denied", opt=True, claimant="Chinese Embassy in Kenya"),
        D("CN", "there were \"no so-called police stations in Kenya\" and that volunteers from the Chinese community had helped compatriots renew driving licences online", claimant="Chinese Embassy in Kenya"),
    ]},
    {"name": "033-en-senate-estimates-transcript-rockhampton-bundaberg-shepparton-huarong-yuanling.txt", "text": DOC033, "facts": [
        S("AU", "Rockhampton", "a so-called overseas police service station in Rockhampton, set up according to those reports by the Huarong County Public Security Bureau in Hunan", operator="Huarong", operator_alt=["Yueyang"], claimant="media reports"),
        R("AU", "investigation", "in October 2025 the AFP executed a search warrant at a premises in Rockhampton", place="Rockhampton", claimant="Australian Federal Police", date="2025-10"),
        R("AU", "arrest", "No-one has been charged.", pol="denied", opt=True, claimant="Australian Federal Police"),
        C("stations", 3, "AU", "there are three of these in Australia", claimant="media reports"),
        S("AU", "Bundaberg", "the other two in Bundaberg and Shepparton, and that the Bundaberg one answers to the police in Yuanling County", operator="Yuanling", operator_alt=["Huaihua"], claimant="media reports"),
        S("AU", "Shepparton", "the other two in Bundaberg and Shepparton", claimant="media reports"),
        R("AU", "investigation", "We made enquiries in Bundaberg, including a visit to the address that was publicly reported.", place="Bundaberg", claimant="Australian Federal Police"),
        R("AU", "no_wrongdoing_found", "no criminality has been identified in relation to that address", place="Bundaberg", claimant="Australian Federal Police"),
        S("AU", "Shepparton", "Victoria Police and the AFP hold no information to indicate that such an office is operating in Shepparton.", pol="denied", opt=True, claimant="Australian Federal Police"),
        I("AU", "surveillance", "a student in Rockhampton who told us that photographs of him taken at a protest had been shown to his parents by police in Hunan", place="Rockhampton", claimant="Australian Federal Police", date="2025"),
        I("AU", "harassment", "photographs of him taken at a protest had been shown to his parents by police in Hunan", place="Rockhampton", opt=True, note="family shown the photos"),
        R("AU", "protest", "the department raised our concerns about these reports with the Chinese Embassy in November", opt=True, claimant="Department of Foreign Affairs and Trade", date="2025-11"),
        R("AU", "protest", "Not on this matter, no.", pol="denied", opt=True, claimant="Department of Foreign Affairs and Trade"),
        D("CN", "The embassy's public position is that these are volunteer service points that help Chinese nationals renew driver's licences and passports.", claimant="Chinese Embassy in Australia"),
    ]},
    {"name": "034-en-sentencing-remarks-huddersfield-wakefield-pingjiang.txt", "text": DOC034, "facts": [
        R("GB", "arrest", "of which the jury convicted you on 20 February after a trial lasting four weeks", date="2026-02-20"),
        S("GB", "Huddersfield", "The prosecution case, which the jury plainly accepted, was that the room operated as an outpost of the Pingjiang County Public Security Bureau in Hunan province", operator="Pingjiang", operator_alt=["Yueyang"]),
        I("GB", "surveillance", "spreadsheets listing sixty-four Chinese nationals living in West Yorkshire, with their addresses, employers, vehicle registrations", place="Huddersfield"),
        I("GB", "persuasion", "you met him, telephoned him and sent him messages urging him to return to China to answer allegations about a business debt", place="Wakefield"),
        I("GB", "harassment", "You told him that his elderly parents \"would have no peace\" until he did so.", place="Wakefield", opt=True),
        R("GB", "investigation", "Officers of Counter Terrorism Policing North East searched the premises on 18 March 2025", place="Huddersfield", date="2025-03-18"),
        R("GB", "closure", "The office has not reopened since the search.", opt=True, place="Huddersfield"),
        S("GB", "Wakefield", "your handler referred to a \"second desk\" in Wakefield", opt=True, claimant="prosecution"),
        D("GB", "Your defence was that the help desk did no more than assist people to renew Chinese driving licences and passports online.", opt=True, claimant="the defendant"),
    ]},
]
