"""check24 part A, English documents 006-008."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC6 = """NATIONAL | SECURITY

Police search Nyeri office over claims of secret Chinese 'police station'

By Staff Correspondent
Published 6:40 PM, Nov 25, 2026 | Updated 9:15 PM, Nov 26, 2026

NAIROBI, Nov 25 - Kenyan detectives on Tuesday searched a two-storey building in Nyeri town that a European rights group says housed an unofficial Chinese "police service station", and the Directorate of Criminal Investigations (DCI) has opened an inquiry into the premises, officials said.

The Ministry of Foreign Affairs summoned China's ambassador on Wednesday to seek an explanation, a ministry spokesperson said. No arrests have been made.

[Photo: The building on Kimathi Way where the search took place. Caption: Staff photographer]

Nyeri, in the foothills of Mount Kenya, is best known for its coffee cooperatives and its tea estates. Over the past decade a handful of Chinese firms have set up there, most of them contractors working on the road network around the Aberdares and the new water projects north of the town.

Local traders say the Chinese community numbers no more than two hundred people, many of them engineers and site managers who rotate home every two years. A Chinese restaurant opened near the main market in 2021; a second closed during the pandemic.

READ ALSO: Coffee farmers in central Kenya count cost of late rains

According to the DCI, documents seized during the search show the office reported to the public security bureau of Binyang County, part of the city of Nanning in China's Guangxi region. Detectives also found a handwritten list of phone numbers of Chinese workers employed on two road sites, one officer said.

In one case described by investigators, a former machine operator who had fallen out with a Chinese contractor was driven from Nyeri to Jomo Kenyatta International Airport last year and put on a flight to Guangzhou. He has not returned to Kenya, the officer said.

Safeguard Defenders, a Madrid-based rights group, lists Nyeri as one of two such sites in Kenya. The second, in Kakamega, is said to be linked to the Mashan County bureau, also under Nanning. The Kakamega county police commander told this publication his officers had "no knowledge of any such office" in the town.

The group's research, published in 2022, counted 102 stations in 53 countries, up from 54 in its first report that September. It also lists sites in neighbouring Uganda and Tanzania.

The Chinese embassy in Nairobi said in a statement that the accusations were "groundless". It said the Nyeri office was a volunteer-run help desk that assisted Chinese nationals with converting driving licences and renewing passports, and that "there are no so-called Chinese police stations in Kenya".

Kenya and China signed a law-enforcement cooperation agreement in 2024 that covers police training and the exchange of information on cross-border crime.

Get the day's top stories in your inbox - sign up for our newsletter.

Editing by Wanjiru M.

CORRECTION: An earlier version of this story misstated the day of the search. It was Tuesday, not Monday.

Our standards: The Trust Principles. We use cookies to improve your experience on our site.
"""

FACTS6 = [
    S("KE", "Nyeri", "Kenyan detectives on Tuesday searched a two-storey building in Nyeri town that a European rights group says housed an unofficial Chinese \"police service station\"",
      claimant=SD),
    R("KE", "investigation", "Kenyan detectives on Tuesday searched a two-storey building in Nyeri town", place="Nyeri"),
    R("KE", "investigation", "the Directorate of Criminal Investigations (DCI) has opened an inquiry into the premises",
      place="Nyeri", claimant="Kenyan officials"),
    R("KE", "protest", "The Ministry of Foreign Affairs summoned China's ambassador on Wednesday to seek an explanation",
      claimant="Kenyan Ministry of Foreign Affairs"),
    R("KE", "arrest", "No arrests have been made.", pol="denied", opt=True),
    S("KE", "Nyeri", "documents seized during the search show the office reported to the public security bureau of Binyang County, part of the city of Nanning in China's Guangxi region",
      operator="Binyang", operator_alt=["Nanning"], claimant="Directorate of Criminal Investigations"),
    I("KE", "surveillance", "Detectives also found a handwritten list of phone numbers of Chinese workers employed on two road sites",
      place="Nyeri", claimant="Directorate of Criminal Investigations"),
    I("KE", "forced_return", "a former machine operator who had fallen out with a Chinese contractor was driven from Nyeri to Jomo Kenyatta International Airport last year and put on a flight to Guangzhou",
      place="Nyeri", claimant="Directorate of Criminal Investigations"),
    C("stations", 2, "KE", "lists Nyeri as one of two such sites in Kenya", claimant=SD),
    S("KE", "Kakamega", "The second, in Kakamega, is said to be linked to the Mashan County bureau, also under Nanning.",
      operator="Mashan", operator_alt=["Nanning"], claimant=SD),
    S("KE", "Kakamega", "his officers had \"no knowledge of any such office\" in the town", claimant="Kenyan police",
      pol="denied", opt=True),
    C("stations", 102, None, "counted 102 stations in 53 countries", claimant=SD, date="2022"),
    C("countries", 53, None, "counted 102 stations in 53 countries", claimant=SD, date="2022"),
    C("stations", 54, None, "up from 54 in its first report that September", claimant=SD, date="2022-09"),
    S("UG", None, "It also lists sites in neighbouring Uganda and Tanzania.", claimant=SD, opt=True),
    S("TZ", None, "It also lists sites in neighbouring Uganda and Tanzania.", claimant=SD, opt=True),
    D("CN", "The Chinese embassy in Nairobi said in a statement that the accusations were \"groundless\".",
      claimant="PRC Embassy in Kenya"),
    S("KE", None, "\"there are no so-called Chinese police stations in Kenya\"", claimant="PRC Embassy in Kenya",
      pol="denied", opt=True),
    A("KE", "security_agreement", "Kenya and China signed a law-enforcement cooperation agreement in 2024", date="2024"),
]

DOC7 = """Senate Legal and Constitutional Affairs Legislation Committee
Estimates - Monday, 26 October 2026
PROOF COMMITTEE HANSARD
[10:42]
AUSTRALIAN FEDERAL POLICE

CHAIR: We'll resume with the Australian Federal Police. Senator, you have the call.

Senator for New South Wales: Thank you, Chair. Deputy Commissioner, I want to start with
the cyber budget, but first, media reports say the AFP executed a search warrant at a
premises in Armidale in September, and that the premises was operating as an overseas
police service station of the Fuling District Public Security Bureau in Chongqing. Can you
confirm that?

Deputy Commissioner (National Security): I can confirm that on 17 September the AFP
executed a search warrant at a commercial premises in Armidale as part of an ongoing
foreign interference investigation. I won't go into the content of the material seized.

Senator for New South Wales: Has anyone been charged?

Deputy Commissioner (National Security): No-one has been charged at this stage. I'd add that
our understanding is that the premises is no longer operating.

Senator for New South Wales: There are also reports of a second site in Albury, allegedly
run on behalf of the Dadukou District bureau, also in Chongqing. Safeguard Defenders says
there are at least three of these in New South Wales alone.

Deputy Commissioner (National Security): I'm not aware of any information that would
substantiate the claim about Albury. On the broader figure, I'm not in a position to verify
a third party's numbers.

Senator for New South Wales: Have any individuals come forward?

Deputy Commissioner (National Security): Yes. We received information that a student living
in Armidale was contacted repeatedly and encouraged to go back to China to, quote, "resolve
a matter" with police there. The student did not return. We also understand that family
members in China were visited by local officials, which is a pattern we have seen
elsewhere.

Senator for New South Wales: Thank you. Can I go to DFAT - is there someone at the table?

CHAIR: There is an officer from DFAT available.

First Assistant Secretary, DFAT: The department raised its concerns with the Chinese
Embassy in Canberra in September.

Senator for New South Wales: Was the ambassador called in?

First Assistant Secretary, DFAT: The ambassador was not called in, no. The concerns were
conveyed at officials' level.

Senator for New South Wales: And what was the embassy's response?

First Assistant Secretary, DFAT: The embassy's public position is that the premises was a
community centre helping older Chinese Australians to renew driver's licences, and that the
claims are, in its word, "fabricated".

Senator for New South Wales: Hypothetically, if the investigation confirms the link to
Fuling, will the government expel Chinese diplomats?

First Assistant Secretary, DFAT: I won't speculate on hypotheticals, Senator.

CHAIR: Thank you. We'll move to the cyber budget.
[10:58]
"""

FACTS7 = [
    S("AU", "Armidale", "the premises was operating as an overseas police service station of the Fuling District Public Security Bureau in Chongqing",
      operator="Fuling", operator_alt=["Chongqing"], claimant="media reports",
      note="premise of a senator's question"),
    R("AU", "investigation", "the AFP executed a search warrant at a commercial premises in Armidale as part of an ongoing foreign interference investigation",
      place="Armidale", claimant="Australian Federal Police", date="2026-09-17"),
    R("AU", "arrest", "No-one has been charged at this stage.", pol="denied", opt=True,
      claimant="Australian Federal Police"),
    R("AU", "closure", "our understanding is that the premises is no longer operating", opt=True,
      claimant="Australian Federal Police", note="stopped without an order"),
    S("AU", "Albury", "There are also reports of a second site in Albury, allegedly run on behalf of the Dadukou District bureau, also in Chongqing.",
      operator="Dadukou", operator_alt=["Chongqing"], claimant="media reports"),
    C("stations", 3, "AU", "Safeguard Defenders says there are at least three of these in New South Wales alone.", claimant=SD),
    S("AU", "Albury", "I'm not aware of any information that would\nsubstantiate the claim about Albury.",
      claimant="Australian Federal Police", pol="denied", opt=True),
    I("AU", "persuasion", "a student living in Armidale was contacted repeatedly and encouraged to go back to China to, quote, \"resolve a matter\" with police there.",
      place="Armidale", claimant="Australian Federal Police"),
    I("AU", "harassment", "family members in China were visited by local officials", opt=True,
      claimant="Australian Federal Police", note="pressure on relatives inside a persuasion case"),
    R("AU", "protest", "The department raised its concerns with the Chinese\nEmbassy in Canberra in September.",
      claimant="Department of Foreign Affairs and Trade", opt=True),
    R("AU", "protest", "The ambassador was not called in, no.", claimant="Department of Foreign Affairs and Trade",
      pol="denied", opt=True),
    D("CN", "the premises was a\ncommunity centre helping older Chinese Australians to renew driver's licences, and that the\nclaims are, in its word, \"fabricated\".",
      claimant="PRC Embassy in Australia"),
]

TEXT8 = """NATIONAL ASSEMBLY
FOR WRITTEN REPLY
QUESTION 2731
DATE OF PUBLICATION IN INTERNAL QUESTION PAPER: 11 SEPTEMBER 2026 (INTERNAL QUESTION PAPER NO 31-2026)

2731. Member of Parliament (North West) to ask the Minister of Police:

With reference to media reports that an office in Rustenburg operates as an overseas "police service station" of the Liucheng County Public Security Bureau of Liuzhou, China, and that a second such office in Mbombela is run by the Lingui District bureau of Guilin, (1) whether the SAPS has investigated the Rustenburg office; if so, what are the relevant details; (2) whether the SAPS has investigated the reports concerning Mbombela; (3) how many such stations the non-governmental organisation Safeguard Defenders lists in South Africa; (4) whether any complaints have been received from persons affected; (5) what steps the Government has taken in respect of the People's Republic of China; (6) whether any arrests have been made? NW3204E

REPLY:

(1) Yes. The Directorate for Priority Crime Investigation (DPCI) conducted an inquiry and, on 12 August 2026, executed a search warrant at the Rustenburg premises. The inquiry found no contravention of South African law, and the docket has been referred to the National Prosecuting Authority for a decision.

(2) The SAPS in Mpumalanga has no record of any such office operating in Mbombela. An address in Upington that circulated on social media was also verified by Crime Intelligence; it is a private residence.

(3) The report referred to by the Honourable Member lists two such stations in South Africa. The SAPS has not been able to verify that figure.

(4) The DPCI received one complaint, from a Chinese national resident in Rustenburg, who reported that he had been pressed by telephone, on several occasions, to return to China in connection with a civil dispute. The complainant did not return to China.

(5) The Department of International Relations and Cooperation called in the Chargé d'Affaires of the Embassy of the People's Republic of China on 20 August 2026 to convey the Government's concern. The Embassy informed the Department that the Rustenburg office is a volunteer service point assisting elderly Chinese nationals with passport renewals and pension paperwork, and that no Chinese "police station" operates in South Africa. The SAPS and the Ministry of Public Security of the People's Republic of China signed a Memorandum of Understanding on police cooperation in 2016; it makes no provision for any such office.

(6) No arrests have been made.

Reply to Question 2731 recommended/not recommended
NATIONAL COMMISSIONER OF THE SOUTH AFRICAN POLICE SERVICE
Date: 14 October 2026"""

DOC8 = wrap_hy(soft(TEXT8), 78)

FACTS8 = [
    S("ZA", "Rustenburg", "an office in Rustenburg operates as an overseas \"police service station\" of the Liucheng County Public Security Bureau of Liuzhou, China",
      operator="Liucheng", operator_alt=["Liuzhou"], claimant="media reports", note="premise of the question"),
    S("ZA", "Mbombela", "a second such office in Mbombela is run by the Lingui District bureau of Guilin",
      operator="Lingui", operator_alt=["Guilin"], claimant="media reports", place_alt=["Nelspruit"],
      note="premise of the question"),
    R("ZA", "investigation", "The Directorate for Priority Crime Investigation (DPCI) conducted an inquiry and, on 12 August 2026, executed a search warrant at the Rustenburg premises.",
      place="Rustenburg", claimant="South African Police Service", date="2026-08-12"),
    R("ZA", "no_wrongdoing_found", "The inquiry found no contravention of South African law", claimant="South African Police Service"),
    S("ZA", "Mbombela", "The SAPS in Mpumalanga has no record of any such office operating in Mbombela.",
      claimant="South African Police Service", pol="denied", opt=True, place_alt=["Nelspruit"]),
    S("ZA", "Upington", "An address in Upington that circulated on social media", claimant="social media", opt=True),
    S("ZA", "Upington", "An address in Upington that circulated on social media was also verified by Crime Intelligence; it is a private residence.",
      claimant="South African Police Service", pol="denied", opt=True),
    C("stations", 2, "ZA", "The report referred to by the Honourable Member lists two such stations in South Africa.", claimant=SD),
    I("ZA", "persuasion", "who reported that he had been pressed by telephone, on several occasions, to return to China in connection with a civil dispute",
      place="Rustenburg", claimant="South African Police Service"),
    R("ZA", "protest", "The Department of International Relations and Cooperation called in the Chargé d'Affaires of the Embassy of the People's Republic of China on 20 August 2026",
      claimant="Department of International Relations and Cooperation", date="2026-08-20"),
    D("CN", "The Embassy informed the Department that the Rustenburg office is a volunteer service point assisting elderly Chinese nationals with passport renewals and pension paperwork",
      claimant="PRC Embassy in South Africa"),
    S("ZA", None, "no Chinese \"police station\" operates in South Africa", claimant="PRC Embassy in South Africa",
      pol="denied", opt=True),
    A("ZA", "security_agreement", "signed a Memorandum of Understanding on police cooperation in 2016", date="2016"),
    R("ZA", "arrest", "(6) No arrests have been made.", pol="denied", opt=True),
]

DOCS = [
    {"name": "006-en-wire-correction-nyeri-kakamega-binyang-mashan.txt", "text": DOC6, "facts": FACTS6},
    {"name": "007-en-senate-estimates-hearing-armidale-albury-fuling-dadukou.txt", "text": DOC7, "facts": FACTS7},
    {"name": "008-en-written-reply-rustenburg-mbombela-liucheng-lingui.txt", "text": DOC8, "facts": FACTS8},
]
