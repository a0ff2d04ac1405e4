"""check25 part B, English documents 032-034 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

KF = ["Kaifeng"]
WF = ["Weifang"]
HF = ["Hefei"]

DOCS = []

# ---------------------------------------------------------------- 032
DOCS.append({
    "name": "032-en-ng-wire-correction-onitsha-warri-qixian-tongxu.txt",
    "text": """NATION | SECURITY

Nigeria summons Chinese envoy after raid on Onitsha 'community office'

By Staff Correspondent, Niger Delta Wire Service
Published 14 June 2025, 09:12 WAT | Updated 14 June 2025, 16:40 WAT
5 min read

ABUJA — Nigeria's Ministry of Foreign Affairs summoned China's ambassador on Friday, a day after operatives of the Department of State Services (DSS) searched a second-floor office near the Main Market in Onitsha that a Madrid-based rights group says has served as an unofficial Chinese "police service station".

The DSS said in a brief statement that it had "commenced an investigation into the activities carried out at the premises" and that documents and two laptops had been taken away for analysis.

No arrests have been made, a security source told this agency.

Onitsha, on the eastern bank of the Niger, is one of West Africa's busiest trading hubs. Chinese traders began arriving in the city in the early 2000s, selling motorcycle parts, textiles and building materials; today several hundred live there, many in rented flats above their shops on the Upper Iweka and Main Market axis.

The office, on the second floor of a building shared with a phone-accessories wholesaler, displayed the sign of a Chinese traders' welfare association. Neighbours said it was rarely open during the day.

READ ALSO: Anambra traders protest new levy at Main Market

According to papers seen by this agency, the office answered to the Qixian county public security bureau in Kaifeng, in China's central Henan province, and sent it monthly lists of new arrivals.

In one case documented by the group, a former cashier at a Chinese-owned plastics factory in Onitsha was driven by two compatriots to the airport in Enugu in 2023 and put on a flight to Guangzhou, where police were waiting for her.

The rights group, Safeguard Defenders, says the Onitsha office is one of three such outlets in Nigeria. A second is said to operate from a hotel annex in Warri and is linked in the group's research to the public security bureau of Tongxu county, also in Kaifeng.

Delta State police said they had "no information whatsoever" about any Chinese police presence in Warri.

Posts circulating on social media this week claimed that a third office was in Owerri. No source has confirmed it.

Globally, the group counts 102 such stations in 53 countries, up from the 54 it listed in its first report.

The Chinese Embassy in Abuja said in a statement that the accusations were "groundless". "There are no so-called police stations in Nigeria," it said, adding that volunteers of community associations "help elderly compatriots renew driving licences and passports online, which has nothing to do with law enforcement."

Nigeria and China signed a memorandum on police training in 2019.

(Editing by Desk Editor)

Correction: An earlier version of this story said the search took place on Wednesday. It took place on Thursday.

Sign up for our morning briefing | Our standards | (c) 2025 Niger Delta Wire Service | This site uses cookies.
""",
    "facts": [
        R("NG", "protest", "Nigeria's Ministry of Foreign Affairs summoned China's ambassador on Friday", date="2025-06-13"),
        R("NG", "investigation", "a day after operatives of the Department of State Services (DSS) searched a second-floor office near the Main Market in Onitsha",
          place="Onitsha", date="2025-06-12"),
        S("NG", "Onitsha", "searched a second-floor office near the Main Market in Onitsha that a Madrid-based rights group says has served as an unofficial Chinese \"police service station\".",
          claimant="Safeguard Defenders"),
        R("NG", "investigation", "The DSS said in a brief statement that it had \"commenced an investigation into the activities carried out at the premises\"",
          place="Onitsha", claimant="DSS"),
        R("NG", "arrest", "No arrests have been made, a security source told this agency.", pol="denied", opt=True),
        S("NG", "Onitsha", "According to papers seen by this agency, the office answered to the Qixian county public security bureau in Kaifeng, in China's central Henan province, and sent it monthly lists of new arrivals.",
          operator="Qixian", operator_alt=KF),
        I("NG", "surveillance", "and sent it monthly lists of new arrivals.", opt=True, place="Onitsha",
          note="lists of new arrivals, no named people"),
        I("NG", "forced_return", "a former cashier at a Chinese-owned plastics factory in Onitsha was driven by two compatriots to the airport in Enugu in 2023 and put on a flight to Guangzhou, where police were waiting for her.",
          place="Onitsha", date="2023", claimant="Safeguard Defenders"),
        C("stations", 3, "NG", "the Onitsha office is one of three such outlets in Nigeria", claimant="Safeguard Defenders"),
        S("NG", "Warri", "A second is said to operate from a hotel annex in Warri and is linked in the group's research to the public security bureau of Tongxu county, also in Kaifeng.",
          operator="Tongxu", operator_alt=KF, claimant="Safeguard Defenders"),
        S("NG", "Warri", "Delta State police said they had \"no information whatsoever\" about any Chinese police presence in Warri.",
          pol="denied", opt=True, claimant="Delta State police"),
        S("NG", "Owerri", "Posts circulating on social media this week claimed that a third office was in Owerri.", opt=True,
          claimant="social media"),
        C("stations", 102, None, "the group counts 102 such stations in 53 countries", claimant="Safeguard Defenders"),
        C("countries", 53, None, "the group counts 102 such stations in 53 countries", claimant="Safeguard Defenders"),
        C("stations", 54, None, "up from the 54 it listed in its first report", claimant="Safeguard Defenders"),
        D("CN", "The Chinese Embassy in Abuja said in a statement that the accusations were \"groundless\".",
          claimant="Chinese Embassy in Nigeria"),
        S("NG", None, "\"There are no so-called police stations in Nigeria,\" it said", pol="denied", opt=True,
          claimant="Chinese Embassy in Nigeria"),
        A("NG", "security_agreement", "Nigeria and China signed a memorandum on police training in 2019.", date="2019", opt=True,
          note="training memorandum"),
    ],
})

# ---------------------------------------------------------------- 033
_t033 = unwrap(soft("""Written questions, answers and statements

Overseas police stations: Peterborough and Sunderland

Question for Home Office
UIN 41187, tabled on 3 March 2025

To ask the Secretary of State for the Home Department, what assessment her Department has made of reports that premises on Lincoln Road in Peterborough have been used as an overseas police service station run by the Kuiwen district branch of the Weifang Public Security Bureau; and whether a similar site in Sunderland is linked to the Hanting district branch of the same bureau.

Answered on 17 March 2025

The Government takes any attempt by a foreign state to coerce, intimidate or harass communities in the UK extremely seriously.

Cambridgeshire Constabulary, supported by Counter Terrorism Policing, executed a search warrant at the Peterborough premises on 20 February 2025 and has opened an investigation into possible offences under the National Security Act 2023. No arrests have been made and enquiries are ongoing.

Northumbria Police made enquiries in relation to the Sunderland address. No evidence of criminal offending was identified and the force has taken no further action.

Officers are aware of one individual in Peterborough, a student, who reports being contacted repeatedly by people claiming to act for police in Weifang and urged to return to China to resolve a 'matter'. The individual has not returned. Her family in Shandong were also visited.

Based on the information available to us, we assess that there have been at least three such locations in England; all have now ceased operating.

Social media posts have referred to a further site in Rochdale. Greater Manchester Police holds no information indicating the existence of such a site.

The Foreign, Commonwealth and Development Office summoned the Chinese Ambassador on 24 February 2025 to make clear that any such activity is unacceptable.

The Chinese Embassy has publicly stated that the premises in question were run by volunteers helping Chinese nationals with online renewals of driving licences and with certificates of life for pensions, and that there are no Chinese police stations in the United Kingdom.

The Government will not comment further on an ongoing investigation.

Answered by the Minister of State (Security)

Page 1 of 1 | Parliamentary copyright 2025
"""))

DOCS.append({
    "name": "033-en-gb-written-answer-peterborough-sunderland-kuiwen-hanting.txt",
    "text": wrap_hy(_t033, 74),
    "facts": [
        S("GB", "Peterborough", "reports that premises on Lincoln Road in Peterborough have been used as an overseas police service station run by the Kuiwen district branch of the Weifang Public Security Bureau",
          operator="Kuiwen", operator_alt=WF, claimant="Member of Parliament"),
        S("GB", "Sunderland", "whether a similar site in Sunderland is linked to the Hanting district branch of the same bureau.",
          operator="Hanting", operator_alt=WF, claimant="Member of Parliament",
          note="the question's premise: a similar site in Sunderland"),
        R("GB", "investigation", "Cambridgeshire Constabulary, supported by Counter Terrorism Policing, executed a search warrant at the Peterborough premises on 20 February 2025 and has opened an investigation into possible offences under the National Security Act 2023.",
          place="Peterborough", date="2025-02-20", claimant="Home Office"),
        R("GB", "arrest", "No arrests have been made and enquiries are ongoing.", pol="denied", opt=True, claimant="Home Office"),
        R("GB", "investigation", "Northumbria Police made enquiries in relation to the Sunderland address.", place="Sunderland",
          claimant="Home Office"),
        R("GB", "no_wrongdoing_found", "No evidence of criminal offending was identified and the force has taken no further action.",
          place="Sunderland", claimant="Home Office"),
        I("GB", "persuasion", "Officers are aware of one individual in Peterborough, a student, who reports being contacted repeatedly by people claiming to act for police in Weifang and urged to return to China to resolve a 'matter'. The individual has not returned.",
          place="Peterborough", claimant="Home Office"),
        I("GB", "harassment", "Her family in Shandong were also visited.", opt=True, place="Peterborough",
          note="pressure on relatives inside a persuasion case"),
        C("stations", 3, "GB", "we assess that there have been at least three such locations in England", claimant="Home Office"),
        R("GB", "closure", "all have now ceased operating.", opt=True, note="stopped without an order"),
        S("GB", "Rochdale", "Social media posts have referred to a further site in Rochdale.", opt=True, claimant="social media"),
        S("GB", "Rochdale", "Greater Manchester Police holds no information indicating the existence of such a site.",
          pol="denied", opt=True, claimant="Greater Manchester Police"),
        R("GB", "protest", "The Foreign, Commonwealth and Development Office summoned the Chinese Ambassador on 24 February 2025",
          date="2025-02-24", claimant="Home Office"),
        D("CN", "The Chinese Embassy has publicly stated that the premises in question were run by volunteers helping Chinese nationals with online renewals of driving licences and with certificates of life for pensions",
          claimant="Chinese Embassy in the United Kingdom"),
        S("GB", None, "there are no Chinese police stations in the United Kingdom.", pol="denied", opt=True,
          claimant="Chinese Embassy in the United Kingdom"),
    ],
})

# ---------------------------------------------------------------- 034
DOCS.append({
    "name": "034-en-nz-radio-transcript-timaru-taupo-shushan-baohe.txt",
    "text": """SOUTHERN SOUNDS RADIO — "THE MIDDAY REPORT"
Transcript (automatically generated and lightly edited). Broadcast 22 July 2025, 12:00–12:30

[00:00] PRESENTER: Kia ora, good afternoon, you're listening to The Midday Report. Coming up: the weather's turning again in Canterbury, a new bus timetable for Ashburton — but first, police have confirmed they searched a property in Timaru last week as part of an inquiry into what a human rights group calls an undeclared Chinese police station. Our South Canterbury reporter joins me now.

[00:31] REPORTER: Thanks. So, police executed a search warrant at a small office above a tea shop on Stafford Street last Thursday. In a statement this morning they confirmed that an investigation is under way but wouldn't go into detail. No one's been charged.

[00:52] PRESENTER: And what is this office supposed to be?

[00:55] REPORTER: According to the Spanish-based group Safeguard Defenders, it's been operating as a so-called overseas police service station. The group says it is run for the Shushan district branch of the public security bureau in Hefei — that's the capital of Anhui province in eastern China.

[01:18] PRESENTER: Is it the only one?

[01:20] REPORTER: No. The group says there are at least two in New Zealand. The second, it says, is in Taupō, in a room at a community centre, and it's allegedly linked to Hefei's Baohe district branch. Waikato police told me they are not aware of any such office in Taupō.

[01:42] PRESENTER: Have we heard from anyone affected?

[01:44] REPORTER: I spoke to a young woman who works at a dairy processing plant outside Timaru. She went to a candlelight vigil in Christchurch in June. About a week later, her parents in Hefei were visited by two officers who showed them photos of her at the vigil. She says nobody asked her to go back, but her parents were told to "educate" her.

[02:15] PRESENTER: And the government?

[02:17] REPORTER: The Ministry of Foreign Affairs and Trade called in the Chinese ambassador on Monday. A spokesperson said New Zealand had "set out its expectations clearly".

[02:29] PRESENTER: What does China say?

[02:31] REPORTER: The embassy in Wellington said the claims were "smears". It says volunteers at community associations help older Chinese citizens with things like renewing driver licences and booking medical checks online, and that nothing about it involves the police.

[02:50] PRESENTER: And hypothetically, if the investigation does find offences — could diplomats be expelled?

[02:55] REPORTER: That's a question for the minister, and she's not answering hypotheticals at this stage.

[03:02] PRESENTER: Thank you. Safeguard Defenders says globally there are 102 of these stations in 53 countries.

[03:10] — BREAK —

[05:40] PRESENTER: Now to the weather. A cold southerly change moves up the east coast tonight, with snow to 600 metres in inland Canterbury...
""",
    "facts": [
        R("NZ", "investigation", "police executed a search warrant at a small office above a tea shop on Stafford Street last Thursday.",
          place="Timaru", date="2025-07-17"),
        R("NZ", "investigation", "In a statement this morning they confirmed that an investigation is under way but wouldn't go into detail.",
          place="Timaru", claimant="New Zealand Police"),
        R("NZ", "arrest", "No one's been charged.", pol="denied", opt=True),
        S("NZ", "Timaru", "According to the Spanish-based group Safeguard Defenders, it's been operating as a so-called overseas police service station.",
          claimant="Safeguard Defenders", note="'it': the Timaru office of the reporter's first answer"),
        S("NZ", "Timaru", "The group says it is run for the Shushan district branch of the public security bureau in Hefei",
          operator="Shushan", operator_alt=HF, claimant="Safeguard Defenders",
          note="the station noun in the sentence before, the place in the presenter's lead"),
        C("stations", 2, "NZ", "The group says there are at least two in New Zealand.", claimant="Safeguard Defenders"),
        S("NZ", "Taupo", "The second, it says, is in Taupō, in a room at a community centre, and it's allegedly linked to Hefei's Baohe district branch.",
          operator="Baohe", operator_alt=HF, claimant="Safeguard Defenders", place_alt=["Taupō"]),
        S("NZ", "Taupo", "Waikato police told me they are not aware of any such office in Taupō.", pol="denied", opt=True,
          claimant="Waikato police", place_alt=["Taupō"]),
        I("NZ", "harassment", "About a week later, her parents in Hefei were visited by two officers who showed them photos of her at the vigil. She says nobody asked her to go back",
          place="Timaru"),
        R("NZ", "protest", "The Ministry of Foreign Affairs and Trade called in the Chinese ambassador on Monday."),
        D("CN", "The embassy in Wellington said the claims were \"smears\". It says volunteers at community associations help older Chinese citizens with things like renewing driver licences and booking medical checks online",
          claimant="Chinese Embassy in New Zealand"),
        C("stations", 102, None, "globally there are 102 of these stations in 53 countries", claimant="Safeguard Defenders"),
        C("countries", 53, None, "globally there are 102 of these stations in 53 countries", claimant="Safeguard Defenders"),
    ],
})
