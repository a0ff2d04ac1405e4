"""check20 part A, English documents 006-008."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 006
T006 = """WORLD | AFRICA
Kenya raids Nakuru office over alleged Chinese police outpost, summons envoy

By Rift Valley Wire staff
NAIROBI, March 11, 2026 | 5 min read

[Sign up for Morning Brief, our free daily newsletter]

Kenya's Foreign Ministry summoned China's ambassador on Wednesday after detectives raided a
business-association office in the lakeside city of Nakuru that campaigners say served as an
unofficial Chinese police station.

Officers from the Directorate of Criminal Investigations searched the premises, on the first
floor of a shopping arcade near the bus terminus, on Tuesday evening and carried away files and a
desktop computer, a DCI spokesperson said. No arrests were made, the spokesperson added, but an
investigation is under way into whether anyone at the office "performed functions reserved for
Kenyan authorities".

PHOTO: A police vehicle outside a shopping arcade in Nakuru, March 10, 2026. Rift Valley Wire

Nakuru, a farming hub about 160 km northwest of Nairobi, has drawn hundreds of Chinese workers
since a railway extension and several greenhouse and textile projects were built there in the past
decade. Restaurants with Chinese signs now stand beside Kenyan matatu stages, and a Mandarin class
meets on Saturdays at the town's polytechnic.

The office had opened in 2024 as a "hometown fellowship centre" for workers from northeast China.
According to a registration ledger seen by Rift Valley Wire, the office answered to the public
security bureau of Linghai, a county-level city in Liaoning province.

READ ALSO: Kenya's flower exports hit record as EU demand rebounds

A greenhouse supervisor from Liaoning told Rift Valley Wire that staff at the centre called him
repeatedly last year and urged him to go home to "settle a matter" with police there. He flew back
in November of his own accord and returned to Kenya in January, he said, asking not to be named.

The raid is the first publicly known police action against such a site in East Africa. Spain-based
Safeguard Defenders said in 2022 that it had found 54 such stations worldwide, and later raised the
figure to 102 in 53 countries. At least two of them are in Kenya, the group says. The second,
in the industrial town of Thika, is linked in the group's research to police in Gaizhou, also in
Liaoning; Rift Valley Wire could not verify that claim.

Several governments, including the Netherlands and Canada, closed sites or opened inquiries after
the 2022 reports.

The Chinese embassy in Nairobi said in a statement that the Nakuru centre was run by volunteers
who helped Chinese nationals renew driving licences and passports online, and that "there are no
so-called police stations in Kenya".

"We have asked for clear explanations," a senior Foreign Ministry official said.

(Reporting by Rift Valley Wire staff; Editing by the Africa desk)

Correction: An earlier version of this story misstated the distance between Nakuru and Nairobi.

Our Standards: The Rift Valley Wire Trust Principles."""

F006 = [
    R("KE", "protest", "Kenya's Foreign Ministry summoned China's ambassador on Wednesday", date="2026-03-11"),
    S("KE", "Nakuru", "detectives raided a business-association office in the lakeside city of Nakuru that campaigners say served as an unofficial Chinese police station",
      claimant="campaigners"),
    R("KE", "investigation", "detectives raided a business-association office in the lakeside city of Nakuru",
      place="Nakuru"),
    R("KE", "investigation", "an investigation is under way", claimant="Directorate of Criminal Investigations"),
    R("KE", "arrest", "No arrests were made", pol="denied", opt=True),
    S("KE", "Nakuru", "According to a registration ledger seen by Rift Valley Wire, the office answered to the public security bureau of Linghai, a county-level city in Liaoning province.",
      operator="Linghai", operator_alt=["Jinzhou"]),
    I("KE", "persuasion", "staff at the centre called him repeatedly last year and urged him to go home to \"settle a matter\" with police there",
      place="Nakuru", claimant="a greenhouse supervisor"),
    C("stations", 54, None, "Safeguard Defenders said in 2022 that it had found 54 such stations worldwide", claimant=SD, date="2022"),
    C("stations", 102, None, "later raised the figure to 102 in 53 countries", claimant=SD),
    C("countries", 53, None, "later raised the figure to 102 in 53 countries", claimant=SD),
    C("stations", 2, "KE", "At least two of them are in Kenya, the group says.", claimant=SD),
    S("KE", "Thika", "The second, in the industrial town of Thika, is linked in the group's research to police in Gaizhou, also in Liaoning",
      operator="Gaizhou", operator_alt=["Yingkou"], claimant=SD),
    R("NL", "closure", "Several governments, including the Netherlands and Canada, closed sites or opened inquiries after the 2022 reports.", opt=True),
    R("CA", "investigation", "Several governments, including the Netherlands and Canada, closed sites or opened inquiries after the 2022 reports.", opt=True),
    D("CN", "the Nakuru centre was run by volunteers who helped Chinese nationals renew driving licences and passports online",
      claimant="PRC Embassy in Kenya"),
    S("KE", None, "\"there are no so-called police stations in Kenya\"", pol="denied", opt=True,
      claimant="PRC Embassy in Kenya"),
]

# ---------------------------------------------------------------- 007
T007_BODY = """SENATE
QUESTIONS ON NOTICE — ANSWERS
Home Affairs portfolio            Question No. 2417            Page 3 of 4

Alleged foreign police stations in Tasmania and Queensland

Senator for Tasmania asked the Minister representing the Minister for Home Affairs, upon notice, on 4 August 2026:
(1) Is the Minister aware of media reports that an office in Launceston, operated out of a community hall rented by a Chinese regional association, functions as a police station run by the Public Security Bureau of Zhangye, Gansu province, and that a second such office operates in Mackay?
(2) What action has the Australian Federal Police (AFP) taken?
(3) Has the Government raised the matter with the Embassy of the People's Republic of China?
(4) If the AFP were to confirm the reports, would the Government expel the diplo~mats con~cerned?

The Minister for Home Affairs has provided the following answer to the Senator's question:
(1) The Government is aware of the reports.
(2) The AFP received information about the Launceston premises in June 2026. The AFP assessed the information and, with Tasmania Police, officers attended the premises and spoke with its managers. The AFP did not identify any criminal offend~ing in relation to the Launceston premises. No arrests have been made. The AFP does not comment on operational matters beyond this. In relation to Mackay, the AFP has com~menced an investigation, which is ongoing. Reports link the Mackay office to the Public Security Bureau of Pingliang; the AFP is not in a position to confirm this.
(3) The Department of Foreign Affairs and Trade has raised the Government's concerns with the Chinese Embassy in Canberra. The Chinese Ambassador has not been summoned.
(4) The Government does not comment on hypo~thetical scen~arios.

The Launceston premises ceased operating in September 2026, according to its managers.

Senate Hansard — Answers to Questions on Notice            Parliament of Australia"""

T007 = wrap_hy(T007_BODY, 96)

F007 = [
    S("AU", "Launceston", "an office in Launceston, operated out of a community hall rented by a Chinese regional association, functions as a police station run by the Public Security Bureau of Zhangye, Gansu province",
      operator="Zhangye", claimant="media reports"),
    S("AU", "Mackay", "a second such office operates in Mackay", claimant="media reports"),
    R("AU", "investigation", "The AFP assessed the information and, with Tasmania Police, officers attended the premises and spoke with its managers.",
      place="Launceston", claimant="Minister for Home Affairs"),
    R("AU", "no_wrongdoing_found", "The AFP did not identify any criminal offending in relation to the Launceston premises.",
      place="Launceston", claimant="Minister for Home Affairs"),
    R("AU", "arrest", "No arrests have been made.", pol="denied", opt=True, claimant="Minister for Home Affairs"),
    R("AU", "investigation", "In relation to Mackay, the AFP has commenced an investigation, which is ongoing.",
      place="Mackay", claimant="Minister for Home Affairs"),
    S("AU", "Mackay", "Reports link the Mackay office to the Public Security Bureau of Pingliang", operator="Pingliang",
      claimant="media reports"),
    R("AU", "protest", "The Department of Foreign Affairs and Trade has raised the Government's concerns with the Chinese Embassy in Canberra.",
      opt=True, claimant="Minister for Home Affairs"),
    R("AU", "protest", "The Chinese Ambassador has not been summoned.", pol="denied", opt=True,
      claimant="Minister for Home Affairs"),
    R("AU", "closure", "The Launceston premises ceased operating in September 2026, according to its managers.",
      place="Launceston", opt=True, date="2026-09"),
]

# ---------------------------------------------------------------- 008
T008 = """UNITED STATES HOUSE OF REPRESENTATIVES
SUBCOMMITTEE ON TRANSNATIONAL THREATS — FIELD HEARING, SPOKANE, WASHINGTON
"Long Arm, Small Towns: Transnational Repression in the Inland Northwest"
Tuesday, May 19, 2026
[UNOFFICIAL TRANSCRIPT — SUBJECT TO REVISION]

The subcommittee met, pursuant to notice, at 10:03 a.m., in the council chamber of Spokane City Hall, the Chairwoman presiding.

CHAIRWOMAN: The subcommittee will come to order. Without objection, the Chair may declare a recess at any time. We are here because of what happened in this city last winter. I now recognize the Special Agent in Charge for five minutes.

SPECIAL AGENT IN CHARGE (FBI Seattle Field Office): Thank you, Madam Chairwoman. In February, agents executed a search warrant at a second-floor office on East Sprague Avenue here in Spokane. The office presented itself as a cultural association. We assess that it operated as an undeclared outpost of the Public Security Bureau of Qinyang, in Henan Province, China.

Two individuals have since been charged with acting as agents of a foreign government without notice to the Attorney General. They have pleaded not guilty and are presumed innocent.

CHAIRWOMAN: What did the office actually do?

SPECIAL AGENT IN CHARGE: Among the material seized were spreadsheets listing about forty Chinese students at local universities, with notes on which of them had attended a vigil on campus, and photographs taken at that vigil.

CHAIRWOMAN: Thank you. The gentleman from Idaho.

REPRESENTATIVE (Idaho): Thank you. Agent, constituents in Boise tell me there is a similar office in their city. Is there?

SPECIAL AGENT IN CHARGE: I can't confirm or deny the existence of an investigation, Congressman.

REPRESENTATIVE (Idaho): Then let me put it on the record. A report by Safeguard Defenders names Boise as the second site in the Inland Northwest and says it was set up by police from Xingyang, also in Henan. What happens if that turns out to be true? Would the Bureau shut it down?

SPECIAL AGENT IN CHARGE: I won't speculate on a hypothetical.

CHAIRWOMAN: We will now hear from our second panel. Please proceed.

WITNESS (a graduate student at a Spokane university, testifying under a pseudonym): Thank you. After the vigil, police in my hometown in Henan visited my parents twice. They told my father I was "being used by anti-China forces" and showed him a photo of me holding a candle. Nobody asked me to come home. They just wanted my parents to be afraid.

WITNESS (Director, an Inland Northwest Chinese-American civic group): Two things. First, the Chinese Consulate General has said the Spokane office only helped elderly people renew driving licences and passports and was staffed by volunteers. We have heard that explanation in many cities. Second, about how many of these offices exist: Safeguard Defenders counts 102, in 53 countries. That is more than a hundred sites. Seven of those are in the United States, by their count.

CHAIRWOMAN: Thank you. The Chair notes the Department of Justice's 2023 case in New York. Without objection, the consulate's statement will be entered into the record.

[Statement of the Consulate General of the People's Republic of China in San Francisco, entered into the record: "The so-called 'overseas police station' in Spokane does not exist. The premises were used by volunteers to assist elderly compatriots with passport and driving-licence renewal."]

CHAIRWOMAN: The hearing is adjourned.

[Whereupon, at 12:17 p.m., the subcommittee was adjourned.]"""

F008 = [
    R("US", "investigation", "In February, agents executed a search warrant at a second-floor office on East Sprague Avenue here in Spokane.",
      place="Spokane", claimant="FBI", date="2026-02"),
    S("US", "Spokane", "In February, agents executed a search warrant at a second-floor office on East Sprague Avenue here in Spokane. The office presented itself as a cultural association.",
      claimant="FBI", note="site: East Sprague Avenue"),
    S("US", "Spokane", "We assess that it operated as an undeclared outpost of the Public Security Bureau of Qinyang, in Henan Province, China.",
      operator="Qinyang", operator_alt=["Jiaozuo"], claimant="FBI"),
    R("US", "arrest", "Two individuals have since been charged with acting as agents of a foreign government without notice to the Attorney General.",
      claimant="FBI"),
    I("US", "surveillance", "spreadsheets listing about forty Chinese students at local universities, with notes on which of them had attended a vigil on campus, and photographs taken at that vigil",
      place="Spokane", claimant="FBI"),
    S("US", "Boise", "A report by Safeguard Defenders names Boise as the second site in the Inland Northwest and says it was set up by police from Xingyang, also in Henan.",
      operator="Xingyang", operator_alt=["Zhengzhou"], claimant=SD),
    I("US", "harassment", "police in my hometown in Henan visited my parents twice", claimant="a graduate student"),
    D("CN", "the Spokane office only helped elderly people renew driving licences and passports and was staffed by volunteers",
      claimant="PRC Consulate General in San Francisco"),
    C("stations", 102, None, "Safeguard Defenders counts 102, in 53 countries", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders counts 102, in 53 countries", claimant=SD),
    C("stations", 100, None, "That is more than a hundred sites.", opt=True),
    C("stations", 7, "US", "Seven of those are in the United States, by their count.", claimant=SD),
    D("CN", "\"The so-called 'overseas police station' in Spokane does not exist. The premises were used by volunteers to assist elderly compatriots with passport and driving-licence renewal.\"",
      claimant="PRC Consulate General in San Francisco"),
    S("US", "Spokane", "\"The so-called 'overseas police station' in Spokane does not exist.", pol="denied",
      opt=True, claimant="PRC Consulate General in San Francisco"),
]

DOCS = [
    {"name": "006-en-wire-correction-nakuru-thika-linghai-gaizhou.txt", "text": T006, "facts": F006},
    {"name": "007-en-senate-answer-launceston-mackay-zhangye-pingliang.txt", "text": T007, "facts": F007},
    {"name": "008-en-house-field-hearing-transcript-spokane-boise-qinyang-xingyang.txt", "text": T008, "facts": F008},
]
