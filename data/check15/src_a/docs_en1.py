"""check15 part A: documents 009-011 (English)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 009
T = """Chinese Overseas Police Service Stations: Coventry and Leicester
Westminster Hall debate, Volume 771: debated on Tuesday 10 March 2026

[Sir Desmond Pryce in the Chair]

9.30 am

Member for Coventry North West: I beg to move,

That this House has considered Chinese overseas police service stations in the United Kingdom.

It is a pleasure to serve under your chairmanship, Sir Desmond. I secured this debate because of something that happened not in some distant capital but three streets from my constituency office. In the autumn of 2024 a human rights organisation published findings that a so-called "service centre" operating from the first floor of a community hall in Coventry was in fact run on behalf of the Luqiao District public security bureau of Taizhou, in Zhejiang province. The same report identified a second site, in Leicester, which it linked to the Fengze District bureau of Quanzhou.

Member for Leicester East: Will my hon. Friend give way?

Member for Coventry North West: I will.

Member for Leicester East: I am grateful. My hon. Friend will know that the premises in my constituency sit above a travel agency a stone's throw from the old Charles Street police station. Does she share my frustration that residents learned of its existence from a newspaper and not from the Home Office?

Member for Coventry North West: I do, and I will come to the Government's silence in a moment. First, I want the House to hear what this means for real people. A constituent of mine, a postgraduate student from Hong Kong, was approached last spring by two men from the Coventry centre. They asked him, politely at first, to let them know who attended the meetings of the university's Hong Kong society and what was said there. When he refused, his parents in Taizhou received a visit from local police, who suggested that their son "think about his future". He has not been home since.

The organisation estimates that there are at least five such sites across the United Kingdom. Worldwide, it counts more than a hundred.

10.41 am

The Minister for Security: I congratulate the hon. Member for Coventry North West on securing this debate. Let me be clear from the outset: any attempt by a foreign state to coerce, intimidate or monitor people in the UK is unacceptable.

On the specific sites she mentions, West Midlands Police looked into the Coventry premises in November 2024, working with counter-terrorism policing. I can tell the House that the centre has since ceased operating. No arrests have been made in connection with it. Leicestershire Police visited the Leicester premises and spoke to those running it, and found no evidence of criminal activity.

My officials raised these reports with the Chinese embassy. The embassy told us that the premises are volunteer-run centres helping Chinese nationals renew driving licences online, and that there are no so-called police stations in the United Kingdom. We do not take that explanation at face value.

Member for Coventry North West: Will the Minister summon the ambassador?

The Minister for Security: We keep all diplomatic options under review.

Question put and agreed to.
"""
DOCS.append(dict(name="009-en-westminster-hall-debate-coventry-leicester-luqiao-fengze.txt", text=T, facts=[
    S("GB", "Coventry", "a so-called \"service centre\" operating from the first floor of a community hall in Coventry was in fact run on behalf of the Luqiao District public security bureau of Taizhou, in Zhejiang province", operator="Luqiao", operator_alt=["Taizhou"], claimant="human rights organisation", date="2024"),
    S("GB", "Leicester", "The same report identified a second site, in Leicester, which it linked to the Fengze District bureau of Quanzhou.", operator="Fengze", operator_alt=["Quanzhou"], claimant="human rights organisation"),
    I("GB", "surveillance", "They asked him, politely at first, to let them know who attended the meetings of the university's Hong Kong society and what was said there.", place="Coventry", date="2025"),
    I("GB", "harassment", "When he refused, his parents in Taizhou received a visit from local police, who suggested that their son \"think about his future\".", note="threat through relatives after a refusal to inform"),
    C("stations", 5, "GB", "The organisation estimates that there are at least five such sites across the United Kingdom.", claimant="human rights organisation"),
    C("stations", 100, None, "Worldwide, it counts more than a hundred.", claimant="human rights organisation", opt=True, note="approximation"),
    R("GB", "investigation", "West Midlands Police looked into the Coventry premises in November 2024, working with counter-terrorism policing", place="Coventry", date="2024-11", claimant="Minister for Security"),
    R("GB", "closure", "the centre has since ceased operating", place="Coventry", opt=True, note="stopped, no order stated"),
    R("GB", "arrest", "No arrests have been made in connection with it.", pol="denied", opt=True),
    R("GB", "no_wrongdoing_found", "Leicestershire Police visited the Leicester premises and spoke to those running it, and found no evidence of criminal activity.", place="Leicester", claimant="Minister for Security"),
    R("GB", "protest", "My officials raised these reports with the Chinese embassy.", opt=True, note="short of a summons"),
    D("CN", "The embassy told us that the premises are volunteer-run centres helping Chinese nationals renew driving licences online, and that there are no so-called police stations in the United Kingdom.", claimant="PRC Embassy in the UK"),
    S("GB", None, "there are no so-called police stations in the United Kingdom", pol="denied", opt=True, claimant="PRC Embassy in the UK"),
]))

# ---------------------------------------------------------------- 010 (hard-wrapped court opinion)
T = """Case: 1:25-cr-00417 Document #: 88 Filed: 09/18/26 Page 1 of 14
                IN THE UNITED STATES DISTRICT COURT
               FOR THE NORTHERN DISTRICT OF ILLINOIS
                        EASTERN DIVISION

UNITED STATES OF AMERICA,          )
                                   )
          v.                       )   No. 25 CR 417
                                   )
DEFENDANT,                         )   Judge presiding
                                   )

             MEMORANDUM OPINION AND SENTENCING ORDER

   On May 2, 2026, a jury found Defendant guilty on both counts of the
indictment: acting in the United States as an agent of the People's Re-
public of China without prior notification to the Attorney General, 18
U.S.C. § 951, and conspiracy to do so, 18 U.S.C. § 371. For the reasons
below, the Court denies Defendant's motion for a new trial and imposes
a sentence of 46 months' imprisonment.

I. BACKGROUND

   The evidence at trial established the following. From early 2022 un-
til April 2025, Defendant managed an office on the second floor of a
building on South Wentworth Avenue in Chicago's Chinatown, which held
itself out as a "hometown association service center." Text messages
recovered from Defendant's phone showed that the office operated at the
direction of, and reported to, the Huangyan District Public Security Bu-
reau of Taizhou City, Zhejiang Province.

   Two episodes were the focus of the trial. First, in October 2023,
Defendant attended a protest against PRC policy in Tibet outside the
Chicago consulate of the PRC, photographed participants, and forwarded
the images, with names where he knew them, to a contact at the Huangyan
bureau. Second, between January and June 2024, Defendant repeatedly urged
an individual identified at trial as Victim-1, a restaurant worker
wanted in Taizhou on fraud allegations, to "go back and settle things."
Defendant also passed messages to Victim-1's sister in Taizhou, who then
called Victim-1 daily. Victim-1 did not return to China.

   Agents of the Federal Bureau of Investigation executed a search warrant
at the Wentworth Avenue office on April 9, 2025, and arrested Defendant
the same day. The office has not reopened.

II. DEFENDANT'S MOTION

   Defendant argues, as he did at trial, that the office was a benign
community center that helped elderly residents renew PRC driver's li-
censes and notarize documents, and that he never acted at the direction
of any PRC official. The jury heard that argument and rejected it. The
messages summarized above, which Defendant did not dispute were his, are
more than sufficient to sustain the verdict. The motion is denied.

III. SENTENCE

   The government's expert testified that similar offices have been re-
ported in more than fifty countries. The Court does not rely on that
testimony in fixing the sentence, which rests on Defendant's own conduct
and its effect on the people he watched and pressured.
"""
DOCS.append(dict(name="010-en-court-opinion-wrapped-chicago-huangyan.txt", text=T, facts=[
    S("US", "Chicago", "Defendant managed an office on the second floor of a building on South Wentworth Avenue in Chicago's Chinatown, which held itself out as a \"hometown association service center.\"", date="2022", claimant="US District Court"),
    S("US", "Chicago", "the office operated at the direction of, and reported to, the Huangyan District Public Security Bureau of Taizhou City, Zhejiang Province", operator="Huangyan", operator_alt=["Taizhou"], claimant="US District Court"),
    R("US", "arrest", "On May 2, 2026, a jury found Defendant guilty on both counts of the indictment", place="Chicago", date="2026-05-02", note="conviction"),
    I("US", "surveillance", "Defendant attended a protest against PRC policy in Tibet outside the Chicago consulate of the PRC, photographed participants, and forwarded the images", place="Chicago", date="2023-10"),
    I("US", "persuasion", "Defendant repeatedly urged an individual identified at trial as Victim-1, a restaurant worker wanted in Taizhou on fraud allegations, to \"go back and settle things.\"", place="Chicago", date="2024", note="victim stayed"),
    I("US", "harassment", "Defendant also passed messages to Victim-1's sister in Taizhou, who then called Victim-1 daily.", opt=True, note="pressure through a relative inside the persuasion case"),
    R("US", "investigation", "Agents of the Federal Bureau of Investigation executed a search warrant at the Wentworth Avenue office on April 9, 2025", place="Chicago", date="2025-04-09"),
    R("US", "closure", "The office has not reopened.", opt=True, note="after the search, no order stated"),
    D("US", "the office was a benign community center that helped elderly residents renew PRC driver's licenses and notarize documents", claimant="defendant", opt=True, note="defence's denial, rejected"),
    C("countries", 50, None, "similar offices have been reported in more than fifty countries", claimant="government expert", opt=True, note="approximation"),
]))

# ---------------------------------------------------------------- 011
T = """EXPLAINER: Chinese 'police service stations' in South Africa - what we know and what we don't

Johannesburg - Questions about alleged Chinese police outposts resurfaced this week after an opposition MP asked the Minister of Police in Parliament whether the investigation into them had been closed. Here is what is on the record.

What are these stations?

Rights groups say they are offices opened abroad by local public security bureaus in China, usually inside community associations or businesses. Beijing says they help citizens with paperwork such as driving licence renewals. Critics say some have been used to monitor dissidents and to pressure people wanted in China to go back. The Madrid-based group Safeguard Defenders first counted 102 of them, in 53 countries.

Are there any in South Africa?

Safeguard Defenders listed three sites in South Africa. Only two have been named publicly:

  * Bloemfontein - an office in a Chinese trading centre, linked in the group's data to the Jiangdu District public security bureau of Yangzhou in Jiangsu province.
  * Pietermaritzburg - a room at the back of a wholesale shop, attributed to the public security bureau of Suining County, under Xuzhou.

The location of the third has not been disclosed.

Has anyone been affected?

One case is documented. A shop assistant from Suining who worked in Pietermaritzburg told a civil-society group in a sworn statement that men from the office visited her three times in 2023, told her that her mother's pension "could become a problem", and urged her to go home to answer a debt complaint. She flew back to China that August.

What has the government done?

The SAPS Crime Intelligence division opened an inquiry in late 2022. In March 2024 the Minister of Police told Parliament in a written reply that the inquiry had "found no evidence of unlawful activity" at either address. The Hawks, the police's priority crimes unit, have not arrested or charged anyone.

This week's question was whether the inquiry is formally closed. The minister said it "remains open should new information emerge".

Is this linked to the police cooperation deal with China?

South Africa and China signed a police cooperation agreement in 2017. Under it, Chinese officers took part in joint patrols with SAPS members in Cyrildene, Johannesburg's Chinatown, during the 2018 and 2019 Chinese New Year periods. There is no evidence the patrols were connected to the offices.

What does China say?

The Chinese embassy in Pretoria has said that "there are no so-called Chinese police stations in South Africa" and that the offices are volunteer service points.

Wait - is this about the new police station in Bloemfontein?

No. The SAPS station that opened in Bloemfontein's Batho township in 2025 is an ordinary South African police station and has nothing to do with this story.
"""
DOCS.append(dict(name="011-en-explainer-faq-bloemfontein-pietermaritzburg-jiangdu-suining.txt", text=T, facts=[
    C("stations", 102, None, "The Madrid-based group Safeguard Defenders first counted 102 of them, in 53 countries.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "The Madrid-based group Safeguard Defenders first counted 102 of them, in 53 countries.", claimant="Safeguard Defenders"),
    C("stations", 3, "ZA", "Safeguard Defenders listed three sites in South Africa.", claimant="Safeguard Defenders"),
    S("ZA", "Bloemfontein", "Bloemfontein - an office in a Chinese trading centre, linked in the group's data to the Jiangdu District public security bureau of Yangzhou in Jiangsu province.", operator="Jiangdu", operator_alt=["Yangzhou"], claimant="Safeguard Defenders"),
    S("ZA", "Pietermaritzburg", "Pietermaritzburg - a room at the back of a wholesale shop, attributed to the public security bureau of Suining County, under Xuzhou.", operator="Suining", operator_alt=["Xuzhou"], claimant="Safeguard Defenders"),
    I("ZA", "persuasion", "men from the office visited her three times in 2023, told her that her mother's pension \"could become a problem\", and urged her to go home to answer a debt complaint. She flew back to China that August.", place="Pietermaritzburg", date="2023"),
    I("ZA", "harassment", "told her that her mother's pension \"could become a problem\"", opt=True, note="threat inside the persuasion case"),
    R("ZA", "investigation", "The SAPS Crime Intelligence division opened an inquiry in late 2022.", date="2022"),
    R("ZA", "no_wrongdoing_found", "In March 2024 the Minister of Police told Parliament in a written reply that the inquiry had \"found no evidence of unlawful activity\" at either address.", date="2024-03", claimant="Minister of Police"),
    R("ZA", "arrest", "The Hawks, the police's priority crimes unit, have not arrested or charged anyone.", pol="denied", opt=True),
    A("ZA", "security_agreement", "South Africa and China signed a police cooperation agreement in 2017.", date="2017"),
    A("ZA", "joint_patrol", "Chinese officers took part in joint patrols with SAPS members in Cyrildene, Johannesburg's Chinatown, during the 2018 and 2019 Chinese New Year periods", date="2018"),
    D("CN", "The Chinese embassy in Pretoria has said that \"there are no so-called Chinese police stations in South Africa\"", claimant="PRC Embassy in South Africa"),
    S("ZA", None, "\"there are no so-called Chinese police stations in South Africa\" and that the offices are volunteer service points", pol="denied", opt=True, claimant="PRC Embassy in South Africa"),
]))
