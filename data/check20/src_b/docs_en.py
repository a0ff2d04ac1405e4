"""check20 part B, English documents 032-034."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 032
T032 = """Southern Cross Wire | World | Asia-Pacific

Tasmania Police search Launceston office named in Chinese 'police station' report

By our Hobart correspondent
Updated 14 November 2026, 6:12 pm AEDT · 5 min read

[Photo: The first-floor office on Brisbane Street, Launceston, on Thursday. The sign in the window has since been removed. Photo: SCW]

LAUNCESTON, Nov 14 (SCW) - Detectives in northern Tasmania on Thursday searched a first-floor office in central Launceston that a human rights group says has operated as an unofficial outpost of a Chinese police bureau since 2020.

Tasmania Police said officers "attended a premises in the Launceston CBD and seized a number of items" as part of inquiries referred to them by federal authorities. No arrests were made, a spokeswoman said.

The Australian Federal Police confirmed it had opened an investigation into "alleged foreign interference activity in northern Tasmania" but declined to comment further.

The office, which advertised help with Chinese driving licences and pension paperwork, was set up by the public security bureau of Jiamusi, a city of about two million in China's far north-eastern Heilongjiang province, according to a report published in October by the Madrid-based group Safeguard Defenders.

READ ALSO: Tasmania's Chinese student numbers recover to pre-pandemic levels

Launceston, a city of about 90,000 on the Tamar River, has a small but long-established Chinese community, many of them graduates of the local university campus who stayed on to open restaurants, tutoring businesses and a seafood export firm. Several people contacted by SCW said they had used the office to renew documents and had never thought of it as anything to do with the police.

But one former student, who asked not to be named because his parents still live in Heilongjiang, said that in early 2025 he received a series of calls from an officer who introduced himself as being from his home-town police station. The officer urged him to come back to China to "help with an inquiry" into a relative's business. He said he eventually flew to Harbin at his own expense in May 2025 and was questioned for two days before being allowed to leave again.

"Nobody forced me on a plane," he said. "They just kept calling until it seemed easier to go."

The report says there are at least two such sites in Australia. The other is in Mildura, in north-west Victoria, and is linked to Tongjiang, a county-level city on the Amur River that is administered by Jiamusi.

SCW was not able to verify the Mildura claim. Victoria Police said it was "aware of the reporting" and had no further comment.

Safeguard Defenders first drew attention to the issue in September 2022, when it said it had found 54 such stations. A follow-up report that December raised the number to 102, in 53 countries. Beijing has rejected both reports.

A spokesperson for the Department of Foreign Affairs and Trade said the department had "raised its concerns directly with the Chinese Embassy in Canberra".

The Chinese Embassy said in a statement that there were "no so-called police stations" anywhere in Australia and that the Launceston office was run by volunteers "helping elderly overseas Chinese renew their driving licences online".

Correction, Nov 14: An earlier version of this story said Mildura was in South Australia. It is in Victoria.

Reporting by SCW staff; editing by the Asia-Pacific desk.
Our standards: The SCW Trust Principles.
Sign up for the Morning Pacific newsletter. We use cookies to improve your experience on our site. Manage preferences.
"""

DOCS.append({
    "name": "032-en-wire-correction-launceston-mildura-jiamusi-tongjiang.txt",
    "text": T032,
    "facts": [
        S("AU", "Launceston", "searched a first-floor office in central Launceston that a human rights group says has operated as an unofficial outpost of a Chinese police bureau since 2020",
          claimant="Safeguard Defenders", date="2020"),
        R("AU", "investigation", "Detectives in northern Tasmania on Thursday searched a first-floor office in central Launceston",
          place="Launceston", claimant="Tasmania Police", date="2026-11-12"),
        R("AU", "arrest", "No arrests were made, a spokeswoman said.", claimant="Tasmania Police", pol="denied", opt=True),
        S("AU", "Launceston", "The office, which advertised help with Chinese driving licences and pension paperwork, was set up by the public security bureau of Jiamusi",
          operator="Jiamusi", claimant="Safeguard Defenders"),
        I("AU", "persuasion", "The officer urged him to come back to China to \"help with an inquiry\" into a relative's business. He said he eventually flew to Harbin at his own expense in May 2025",
          place="Launceston", claimant="a former student", date="2025-05"),
        C("stations", 2, "AU", "there are at least two such sites in Australia", claimant="Safeguard Defenders"),
        S("AU", "Mildura", "The other is in Mildura, in north-west Victoria, and is linked to Tongjiang", operator="Tongjiang",
          operator_alt=["Jiamusi"], claimant="Safeguard Defenders"),
        C("stations", 54, None, "in September 2022, when it said it had found 54 such stations", claimant="Safeguard Defenders",
          date="2022-09"),
        C("stations", 102, None, "A follow-up report that December raised the number to 102, in 53 countries", claimant="Safeguard Defenders",
          date="2022-12"),
        C("countries", 53, None, "A follow-up report that December raised the number to 102, in 53 countries", claimant="Safeguard Defenders",
          date="2022-12"),
        R("AU", "protest", "the department had \"raised its concerns directly with the Chinese Embassy in Canberra\"",
          claimant="Department of Foreign Affairs and Trade", opt=True),
        D("CN", "there were \"no so-called police stations\" anywhere in Australia and that the Launceston office was run by volunteers \"helping elderly overseas Chinese renew their driving licences online\"",
          claimant="Chinese Embassy in Australia"),
        S("AU", None, "there were \"no so-called police stations\" anywhere in Australia", claimant="Chinese Embassy in Australia",
          pol="denied", opt=True),
        S("AU", "Launceston", "the Launceston office was run by volunteers \"helping elderly overseas Chinese renew their driving licences online\"",
          claimant="Chinese Embassy in Australia", pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 033
T033 = """UNOFFICIAL TRANSCRIPT - SUBJECT TO REVISION

HEARING OF THE SUBCOMMITTEE ON TRANSNATIONAL THREATS
"Long Arm, Short Fuse: PRC Overseas Policing in the Inland Northwest"
Thursday, September 24, 2026

The subcommittee met, pursuant to notice, at 10:03 a.m., in Room 2247, Rayburn House Office Building, the Chairwoman presiding.

THE CHAIRWOMAN: The subcommittee will come to order. Without objection, the chair is authorized to declare a recess at any time.

In March of this year, FBI agents executed a search warrant at a storefront in Spokane, Washington, that advertised notary and translation services for the Chinese community. According to the affidavit unsealed in June, the storefront functioned as an overseas "service station" of the public security bureau of Pingyao County, in Shanxi province. Two men were subsequently charged with acting as unregistered agents of a foreign government. That case is pending, and I will ask members to respect that.

Today we will hear about what happened in Spokane, and about what may be happening elsewhere in our region.

The chair now recognizes the ranking member for an opening statement.

THE RANKING MEMBER: Thank you, Madam Chair. I share your concern. I also want to make sure that the Chinese American families in Spokane, Boise and across the Northwest, who have nothing to do with any of this, are not made to feel like suspects. With that, I yield back.

THE CHAIRWOMAN: Our first witness is the executive director of Northwest Rights Monitor, a nonprofit research group. You are recognized for five minutes.

WITNESS (Northwest Rights Monitor): Thank you, Chairwoman, Ranking Member. Our researchers spent eight months documenting these operations. We have confirmed four in the United States. Beyond Spokane, we identified a second site in the Inland Northwest, in Boise, Idaho, which reported to the Fenyang municipal public security bureau, also in Shanxi.

I want to describe one case from Boise. A woman who runs a small business there spoke at a vigil in June 2025. Within a week, police officers visited her parents in Shanxi twice and told them their daughter should "stop embarrassing the family." No one asked her to return. They simply wanted her to be quiet.

THE CHAIRWOMAN: Thank you. Mr. Deputy Assistant Director, you are recognized.

WITNESS (FBI Deputy Assistant Director, Counterintelligence Division): Thank you, Chairwoman. I can speak about Spokane only to the extent the public record allows. I can confirm that we have not made arrests in connection with Boise, and as a matter of policy I cannot confirm or deny whether an investigation exists.

THE RANKING MEMBER: If these places are shut down, what stops them from reopening under a different name next month?

WITNESS (FBI): That is a fair question, Congressman. I would not want to speculate.

THE CHAIRWOMAN: Without objection, a statement from the Embassy of the People's Republic of China will be entered into the record. It states, and I quote, that "there are no so-called Chinese police stations in the United States," and that community volunteers "help elderly compatriots with driver's license renewals through an official online platform."

Do members have further questions for this panel? Seeing none, the panel is excused.

[Whereupon, at 11:48 a.m., the subcommittee was adjourned.]
"""

DOCS.append({
    "name": "033-en-hearing-transcript-spokane-boise-pingyao-fenyang.txt",
    "text": T033,
    "facts": [
        R("US", "investigation", "FBI agents executed a search warrant at a storefront in Spokane, Washington", place="Spokane",
          date="2026-03"),
        S("US", "Spokane", "the storefront functioned as an overseas \"service station\" of the public security bureau of Pingyao County, in Shanxi province",
          operator="Pingyao", operator_alt=["Jinzhong"], claimant="FBI affidavit"),
        R("US", "arrest", "Two men were subsequently charged with acting as unregistered agents of a foreign government"),
        C("stations", 4, "US", "We have confirmed four in the United States.", claimant="Northwest Rights Monitor"),
        S("US", "Boise", "we identified a second site in the Inland Northwest, in Boise, Idaho, which reported to the Fenyang municipal public security bureau",
          operator="Fenyang", operator_alt=["Lüliang", "Lvliang"], claimant="Northwest Rights Monitor"),
        I("US", "harassment", "Within a week, police officers visited her parents in Shanxi twice and told them their daughter should \"stop embarrassing the family.\" No one asked her to return.",
          place="Boise", claimant="Northwest Rights Monitor", date="2025-06"),
        R("US", "arrest", "we have not made arrests in connection with Boise", claimant="FBI", pol="denied", opt=True),
        D("CN", "\"there are no so-called Chinese police stations in the United States,\" and that community volunteers \"help elderly compatriots with driver's license renewals through an official online platform.\"",
          claimant="Chinese Embassy in the United States"),
        S("US", None, "\"there are no so-called Chinese police stations in the United States,\"", claimant="Chinese Embassy in the United States",
          pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 034
T034 = """Home > British Columbia > Provincial Court of British Columbia > 2026 BCPC 311

R. v. L.W.
2026 BCPC 311 (CanLII)

Date: 20261019
File No: 58812-1
Registry: Kamloops

In the Provincial Court of British Columbia
REGINA
v.
L.W.

REASONS FOR JUDGMENT ON APPLICATION FOR JUDICIAL INTERIM RELEASE
OF THE
HONOURABLE JUDGE [NAME WITHHELD]

Counsel for the Crown: Crown counsel
Counsel for the Accused: defence counsel
Place of Hearing: Kamloops, B.C.
Date of Hearing: October 15, 2026
Date of Judgment: October 19, 2026

INTRODUCTION

[1] The accused, L.W., is charged with one count of intimidation contrary to s. 423(1) of the Criminal Code and one count under s. 20 of the Security of Information Act. He was arrested on October 9, 2026. He applies for release pending trial.

[2] Nothing in these reasons is a finding of fact for the purposes of trial. I summarise the allegations only to the extent necessary to decide the application.

THE ALLEGATIONS

[3] The Crown alleges that from 2023 until his arrest the accused ran a "community service centre" from a rented unit on Victoria Street in Kamloops, and that the centre was established at the direction of the Public Security Bureau of Youyang County, Chongqing. The RCMP executed a search warrant at the unit on October 9, 2026 and seized two laptops, a stamp bearing the name of the Youyang bureau, and a ledger.

[4] The Crown alleges that the accused photographed those attending a rally outside Kamloops city hall in March 2026 and sent the images to a contact in Chongqing.

[5] The complainant, a Kamloops resident, says that after he refused to take down social media posts critical of the Chinese government, his mother in Chongqing was visited by police three times. He was not asked to return to China.

[6] The Crown's materials also refer to a similar office in Lethbridge, Alberta, which the Crown says was linked to the public security bureau of Pengshui County, also in Chongqing. No charges have been laid in Alberta and the Lethbridge Police Service, according to an officer's affidavit, "has no open file on the matter".

THE POSITION OF THE DEFENCE

[7] Defence counsel submits that the business was nothing more than a notary and translation service that helped elderly clients complete Chinese driving licence and pension forms, and that the stamp was a souvenir.

ANALYSIS

[8] The secondary and tertiary grounds are engaged. I have considered the strength of the Crown's case, which at this stage appears substantial, and the seriousness of the offences.

[9] Having regard to the plan of release proposed, I am satisfied that the accused can be released on conditions, including that he have no contact with the complainant, surrender his passports, and not attend at the Victoria Street premises.

[10] Order accordingly.

"L.W. is ordered released on the conditions set out in Schedule A."

Copyright (c) Provincial Court of British Columbia. Document retrieved from CanLII.
"""

DOCS.append({
    "name": "034-en-court-ruling-bail-kamloops-lethbridge-youyang-pengshui.txt",
    "text": T034,
    "facts": [
        R("CA", "arrest", "The accused, L.W., is charged with one count of intimidation contrary to s. 423(1) of the Criminal Code",
          place="Kamloops", date="2026-10-09"),
        S("CA", "Kamloops", "the accused ran a \"community service centre\" from a rented unit on Victoria Street in Kamloops, and that the centre was established at the direction of the Public Security Bureau of Youyang County, Chongqing",
          operator="Youyang", operator_alt=["Chongqing"], claimant="Crown", date="2023",
          note="site: Victoria Street"),
        R("CA", "investigation", "The RCMP executed a search warrant at the unit on October 9, 2026", place="Kamloops",
          date="2026-10-09"),
        I("CA", "surveillance", "the accused photographed those attending a rally outside Kamloops city hall in March 2026 and sent the images to a contact in Chongqing",
          place="Kamloops", claimant="Crown", date="2026-03"),
        I("CA", "harassment", "after he refused to take down social media posts critical of the Chinese government, his mother in Chongqing was visited by police three times. He was not asked to return to China.",
          place="Kamloops", claimant="the complainant"),
        S("CA", "Lethbridge", "a similar office in Lethbridge, Alberta, which the Crown says was linked to the public security bureau of Pengshui County",
          operator="Pengshui", operator_alt=["Chongqing"], claimant="Crown"),
        R("CA", "investigation", "the Lethbridge Police Service, according to an officer's affidavit, \"has no open file on the matter\"",
          place="Lethbridge", claimant="Lethbridge Police Service", pol="denied", opt=True),
        R("CA", "arrest", "No charges have been laid in Alberta", pol="denied", opt=True),
        D("CA", "the business was nothing more than a notary and translation service that helped elderly clients complete Chinese driving licence and pension forms",
          claimant="defence counsel", opt=True),
    ],
})
