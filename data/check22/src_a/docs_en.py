"""check22 part A, English documents 006-008."""
from h import S, C, R, I, A, D, wrap_hy, soft, unwrap

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 006
T006 = """WORLD | AFRICA

Ghana summons Chinese envoy over alleged police 'service station' in Tamale

By our West Africa correspondent
Accra, December 2 · 4 min read · Updated 18:05 GMT

Get our Africa Briefing in your inbox every weekday morning. Sign up here.

Ghana's foreign ministry summoned China's ambassador on Tuesday to explain reports that an
office in the northern city of Tamale had been used by Chinese police to keep watch on
Chinese nationals, the ministry said in a statement.

The summons came a week after officers of the Ghana Police Service searched the premises of a
Chinese traders' association near Tamale's central market, which the rights group Safeguard
Defenders lists as one of two Chinese "overseas police service stations" in Ghana.

The group's researchers say the office answered to the public security bureau of Xingren, a
county-level city in the southwestern province of Guizhou.

Tamale, the largest city in the north, has drawn a growing number of Chinese traders since a
new highway to Burkina Faso opened in 2021. Most deal in motorbikes, solar panels and shea
butter, which they buy from women's cooperatives and ship to cosmetics makers abroad.

"You see them every morning at the motorbike stalls," said a spare-parts seller who has
worked opposite the association's building for six years. "Nobody here knew it was anything
but a club."

The association itself was registered with the Northern Regional Coordinating Council in 2020
as a non-profit body promoting trade between Ghana and China. Its website, taken offline last
week, advertised Mandarin classes, a Lunar New Year banquet and help with "document matters".

Ghana is one of China's largest trading partners in West Africa, and Chinese companies have
built roads, a hydroelectric dam and several stadiums in the country. Relations have at times
been strained by illegal gold mining, known locally as galamsey, in which some Chinese
nationals have been involved.

[Photo caption: Motorbike traders near Tamale's central market. File photo.]

A shea trader from Techiman told this newspaper that in late 2025 he received repeated calls
from officials in his home county urging him to return and "settle a matter" with his former
employer. He said he flew home in March of his own accord and came back to Ghana in June.

READ ALSO: Ghana's cocoa regulator cuts forecast as swollen shoot spreads

The second Ghanaian site is said to be in Sunyani, the Bono regional capital, and is tied in
the group's research to police in Anlong county, also in Guizhou. The Bono regional police
command said it had "no information" about any such office.

Safeguard Defenders first counted 54 such stations in a 2022 report and later raised the
figure to 102 in 53 countries. Elsewhere in Africa, the group has listed sites in Nigeria,
Zambia and South Africa, without giving addresses. China has repeatedly rejected the findings.

A police spokesperson said the Tamale investigation was continuing and that no one had been
arrested.

In a statement, the Chinese embassy in Accra said: "There are no so-called police stations in
Ghana." It said volunteers at the association helped elderly compatriots renew Chinese
driving licences online and had "nothing to do with law enforcement".

(Reporting by our Accra bureau; editing by the Africa desk)

Correction: An earlier version of this story said the ambassador was summoned on Monday. He
was summoned on Tuesday.

Our standards: The Trust Principles.
We use cookies to improve your experience. Manage preferences"""

D006 = {"name": "006-en-wire-correction-tamale-sunyani-xingren-anlong.txt", "text": T006, "facts": [
    R("GH", "protest", "Ghana's foreign ministry summoned China's ambassador on Tuesday", claimant="Ghanaian Ministry of Foreign Affairs", date="2026-12-01"),
    R("GH", "investigation", "officers of the Ghana Police Service searched the premises of a Chinese traders' association near Tamale's central market", place="Tamale", claimant="Ghana Police Service"),
    S("GH", "Tamale", "searched the premises of a Chinese traders' association near Tamale's central market, which the rights group Safeguard Defenders lists as one of two Chinese \"overseas police service stations\" in Ghana", claimant=SD),
    C("stations", 2, "GH", "lists as one of two Chinese \"overseas police service stations\" in Ghana", claimant=SD),
    S("GH", "Tamale", "The group's researchers say the office answered to the public security bureau of Xingren, a county-level city in the southwestern province of Guizhou", operator="Xingren", operator_alt=["Qianxinan"], claimant=SD),
    I("GH", "persuasion", "he received repeated calls from officials in his home county urging him to return and \"settle a matter\" with his former employer. He said he flew home in March of his own accord", claimant="a shea trader from Techiman"),
    S("GH", "Sunyani", "The second Ghanaian site is said to be in Sunyani, the Bono regional capital, and is tied in the group's research to police in Anlong county, also in Guizhou", operator="Anlong", operator_alt=["Qianxinan"], claimant=SD),
    S("GH", "Sunyani", "The Bono regional police command said it had \"no information\" about any such office", claimant="Bono regional police command", pol="denied", opt=True),
    C("stations", 54, None, "Safeguard Defenders first counted 54 such stations in a 2022 report", claimant=SD, date="2022"),
    C("stations", 102, None, "later raised the figure to 102 in 53 countries", claimant=SD),
    C("countries", 53, None, "later raised the figure to 102 in 53 countries", claimant=SD),
    S("NG", None, "the group has listed sites in Nigeria, Zambia and South Africa, without giving addresses", claimant=SD, opt=True, note="host listed without a place"),
    S("ZM", None, "the group has listed sites in Nigeria, Zambia and South Africa, without giving addresses", claimant=SD, opt=True, note="host listed without a place"),
    S("ZA", None, "the group has listed sites in Nigeria, Zambia and South Africa, without giving addresses", claimant=SD, opt=True, note="host listed without a place"),
    R("GH", "arrest", "no one had been arrested", claimant="Ghana Police Service", pol="denied", opt=True),
    S("GH", None, "\"There are no so-called police stations in Ghana.\"", claimant="PRC Embassy in Ghana", pol="denied", opt=True),
    D("CN", "\"There are no so-called police stations in Ghana.\" It said volunteers at the association helped elderly compatriots renew Chinese driving licences online", claimant="PRC Embassy in Ghana"),
]}

# ---------------------------------------------------------------- 007
T007 = """PROOF

LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE
Estimates
Wednesday, 25 November 2026

Senate                                                                    Page 41

HOME AFFAIRS PORTFOLIO
Australian Federal Police

[11:42]

CHAIR: We'll resume with the Australian Federal Police. Senator, you have the call.

Senator (Queensland): Thank you, Chair. Deputy Commissioner, last month a Queensland
newspaper reported that an office above a travel agency in Rockhampton was operating as a
so-called overseas police service station, run by the Zhenxiong county public security bureau
in Yunnan province. What has the AFP done about that?

Deputy Commissioner: Thank you, Senator. I can confirm that on 14 October AFP officers, with
the assistance of the Queensland Police Service, executed a search warrant at premises in
Rockhampton. That investigation is ongoing, so I'm limited in what I can say.

Senator (Queensland): Has anyone been charged?

Deputy Commissioner: No-one has been charged at this stage.

Senator (Queensland): Is the office still open?

Deputy Commissioner: My understanding is that the premises is no longer operating in that
capacity. Whether that is a result of our activity, I couldn't say.

Senator (Queensland): The same newspaper named Bundaberg as well and linked that office to
Ludian county, also in Yunnan. Can you comment?

Deputy Commissioner: We have looked at that. We have no information that would indicate such
an office exists in Bundaberg.

Senator (Queensland): Reporting overseas talks about dozens of countries. How many of these
does the AFP believe there are across the country?

Deputy Commissioner: I'd put it this way, Senator. We are aware of credible reporting of three
such locations in Australia, and we have assessed each of them.

Senator (Victoria): Deputy Commissioner, hypothetically, if you found one that was being used
to pressure people to go back to China, what offence would that be?

Deputy Commissioner: That would depend very much on the facts, Senator. I won't speculate.

Senator (Victoria): Then let me ask about a real case. I've been contacted by a university
student in Brisbane who was photographed at a rally in August. Those photographs were later
shown to her parents in Yunnan by local police. Is the AFP aware of that?

Deputy Commissioner: We are aware of the matter, Senator, and we have spoken with the young
woman concerned.

CHAIR: Senator, I'll need to move to DFAT shortly.

[12:05]

Department of Foreign Affairs and Trade

Senator (Queensland): First Assistant Secretary, has the department raised any of this with
the Chinese embassy?

First Assistant Secretary: Yes, Senator. The department raised our concerns about the
Rockhampton reporting with the Chinese embassy in Canberra on 21 October.

Senator (Queensland): Was the ambassador called in?

First Assistant Secretary: No, Senator, the ambassador was not called in. It was raised at
the level of deputy head of mission.

Senator (Queensland): And what did the embassy say?

First Assistant Secretary: The embassy told us that the Rockhampton office was a volunteer
service that helped elderly Chinese nationals with pension life certificates, and that it
rejected any suggestion of police activity.

Senator (Queensland): Thank you.

CHAIR: Thank you, officers. We'll now suspend for lunch.

Proceedings suspended from 12:14 to 13:15

LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE                    PROOF"""

D007 = {"name": "007-en-senate-estimates-hearing-rockhampton-bundaberg-zhenxiong-ludian.txt", "text": T007, "facts": [
    S("AU", "Rockhampton", "an office above a travel agency in Rockhampton was operating as a so-called overseas police service station, run by the Zhenxiong county public security bureau in Yunnan province", operator="Zhenxiong", operator_alt=["Zhaotong"], claimant="a Queensland newspaper", note="premise of a senator's question"),
    R("AU", "investigation", "AFP officers, with the assistance of the Queensland Police Service, executed a search warrant at premises in Rockhampton", place="Rockhampton", claimant="Australian Federal Police", date="2026-10-14"),
    R("AU", "arrest", "No-one has been charged at this stage.", claimant="Australian Federal Police", pol="denied", opt=True),
    R("AU", "closure", "the premises is no longer operating in that capacity", claimant="Australian Federal Police", opt=True, note="ceased operating; not said to be ordered"),
    S("AU", "Bundaberg", "The same newspaper named Bundaberg as well and linked that office to Ludian county, also in Yunnan", operator="Ludian", operator_alt=["Zhaotong"], claimant="a Queensland newspaper"),
    S("AU", "Bundaberg", "We have no information that would indicate such an office exists in Bundaberg.", claimant="Australian Federal Police", pol="denied", opt=True),
    C("stations", 3, "AU", "We are aware of credible reporting of three such locations in Australia", claimant="Australian Federal Police"),
    I("AU", "surveillance", "a university student in Brisbane who was photographed at a rally in August. Those photographs were later shown to her parents in Yunnan by local police", place="Brisbane", claimant="a senator (Victoria)"),
    R("AU", "protest", "The department raised our concerns about the Rockhampton reporting with the Chinese embassy in Canberra on 21 October", claimant="Department of Foreign Affairs and Trade", opt=True),
    R("AU", "protest", "No, Senator, the ambassador was not called in.", claimant="Department of Foreign Affairs and Trade", pol="denied", opt=True),
    D("CN", "The embassy told us that the Rockhampton office was a volunteer service that helped elderly Chinese nationals with pension life certificates, and that it rejected any suggestion of police activity", claimant="PRC Embassy in Australia"),
]}

# ---------------------------------------------------------------- 008
P008A = """Caribbean Rights Monitor · Long Arm, Small Islands · 2026          19

4. The Caribbean: three sites, three jurisdictions

4.1 Overview

Our researchers identified three sites in three Caribbean states that match the pattern
described in chapter 2: offices presented as community or business service points but
linked, in documents or in the testimony of people who used them, to named public security
bureaus in the People's Republic of China. All three bureaus are county-level bureaus in Yulin
prefecture, in the north of Shaanxi province, a region that has sent construction, retail and
mining workers to the Caribbean since about 2012.

Table 4.1 lists the sites. We name the bureau only where we hold a document that names it.¹"""

TABLE008 = """┌─────────────────────┬──────────────┬──────────────────────────┐
│ Country             │ Location     │ Linked bureau            │
├─────────────────────┼──────────────┼──────────────────────────┤
│ Jamaica             │ Montego Bay  │ Dingbian County PSB      │
│ Trinidad and Tobago │ Chaguanas    │ Jingbian County PSB      │
│ Guyana              │ Linden       │ Mizhi County PSB         │
└─────────────────────┴──────────────┴──────────────────────────┘
Table 4.1: Sites identified in the Caribbean (source: CRM research, 2025-2026)"""

P008B = """4.2 Jamaica

In Montego Bay, the office operates from the back room of a wholesale store close to the
Freeport road. The Jamaica Constabulary Force told us it had made inquiries at the Montego Bay
address in September and "found no breach of Jamaican law". We have passed our documents to
the Constabulary and asked it to look again.

4.3 Trinidad and Tobago

The Chaguanas office shares a building with a Chinese restaurant association. A supermarket
cashier from Chaguanas told our researchers that in early 2026 a man from the office visited
her twice and urged her to go back to China to answer a fraud complaint filed by a former
business partner. She refused and remains in Trinidad. The Trinidad and Tobago Police Service
confirmed in November that its Special Branch is investigating the Chaguanas office.

4.4 Guyana

In Linden, a former employee of a bauxite contractor gave us a photograph of a spreadsheet,
kept at the office, listing some sixty Chinese workers at the town's bauxite plant with their
passport numbers, home counties and the names of their relatives.² He said the list was
updated every month. The Guyana Police Force did not answer our questions.

Guyana and China signed a memorandum on police training and cooperation in 2023, which the
Guyanese government has described as covering cybercrime and border management.³

4.5 The Chinese response

The Chinese embassy in Georgetown told us that the three offices were "volunteer service
points" helping Chinese citizens renew driving licences and passports, and that "there is no
police activity of any kind". Across more than 100 such sites worldwide, this is the
explanation we have heard most often.

¹ Documents on file with CRM; see the annex on method.
² Photograph on file with CRM. Names and passport numbers withheld.
³ Memorandum of understanding, Georgetown, 14 June 2023.

20                  Caribbean Rights Monitor · Long Arm, Small Islands"""

T008 = wrap_hy(soft(unwrap(P008A)), 72) + "\n\n" + TABLE008 + "\n\n" + wrap_hy(soft(unwrap(P008B)), 72)

CRM = "Caribbean Rights Monitor"
D008 = {"name": "008-en-ngo-report-chapter-table-montego-bay-chaguanas-linden.txt", "text": T008, "facts": [
    C("stations", 3, None, "Our researchers identified three sites in three Caribbean states", claimant=CRM, opt=True, note="regional count over three countries"),
    S("JM", "Montego Bay", "│ Jamaica             │ Montego Bay  │ Dingbian County PSB      │", operator="Dingbian", operator_alt=["Yulin"], claimant=CRM),
    S("TT", "Chaguanas", "│ Trinidad and Tobago │ Chaguanas    │ Jingbian County PSB      │", operator="Jingbian", operator_alt=["Yulin"], claimant=CRM),
    S("GY", "Linden", "│ Guyana              │ Linden       │ Mizhi County PSB         │", operator="Mizhi", operator_alt=["Yulin"], claimant=CRM),
    S("JM", "Montego Bay", "In Montego Bay, the office operates from the back room of a wholesale store close to the Freeport road", claimant=CRM),
    R("JM", "investigation", "The Jamaica Constabulary Force told us it had made inquiries at the Montego Bay address in September", place="Montego Bay", claimant="Jamaica Constabulary Force"),
    R("JM", "no_wrongdoing_found", "\"found no breach of Jamaican law\"", claimant="Jamaica Constabulary Force"),
    S("TT", "Chaguanas", "The Chaguanas office shares a building with a Chinese restaurant association", claimant=CRM),
    I("TT", "persuasion", "urged her to go back to China to answer a fraud complaint filed by a former business partner. She refused and remains in Trinidad", place="Chaguanas", claimant="a supermarket cashier from Chaguanas"),
    R("TT", "investigation", "The Trinidad and Tobago Police Service confirmed in November that its Special Branch is investigating the Chaguanas office", place="Chaguanas", claimant="Trinidad and Tobago Police Service"),
    I("GY", "surveillance", "a spreadsheet, kept at the office, listing some sixty Chinese workers at the town's bauxite plant with their passport numbers, home counties and the names of their relatives", place="Linden", claimant="a former employee of a bauxite contractor"),
    A("GY", "security_agreement", "Guyana and China signed a memorandum on police training and cooperation in 2023", date="2023"),
    D("CN", "the three offices were \"volunteer service points\" helping Chinese citizens renew driving licences and passports, and that \"there is no police activity of any kind\"", claimant="PRC Embassy in Guyana"),
    C("stations", 100, None, "Across more than 100 such sites worldwide", claimant=CRM, opt=True, note="'more than 100'"),
]}

DOCS = [D006, D007, D008]
