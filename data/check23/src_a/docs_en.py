"""check23 part A, English documents 006-008."""
from h import S, C, R, I, D, A, wrap_hy, soft

DOCS = []

# ---------------------------------------------------------------- 006
T006 = """NATIONAL | SECURITY

Police search Chinese 'service office' in Chipata as Zambia summons envoy

By a Staff Reporter, Lusaka
Published 14 June 2025, 07:15 | Updated 14 June 2025, 18:02

Subscribe to our morning newsletter for the day's top stories.

LUSAKA - Zambia's Ministry of Foreign Affairs on Friday summoned China's ambassador over what a European rights group describes as an unofficial Chinese police outpost in Chipata, the eastern border town where officers of the Zambia Police Service searched a Chinese-run trading house earlier this week.

The two-storey building on the Great East Road, which also houses a mobile-phone shop, was searched on Tuesday under a warrant, a police spokesperson confirmed, adding that "investigations are ongoing." No one had been arrested by Friday evening.

[Photo caption: The trading house on the Great East Road in Chipata, where police executed a search warrant on Tuesday. Photo: Staff]

Chipata, some 30 kilometres from the Malawi border, has seen a rapid influx of Chinese traders since the tarring of the road to Mchinji. Many run wholesale shops selling cooking oil, solar panels and motorbike parts, and a growing number have bought farmland to grow soya beans.

A local councillor said relations between the traders and residents were generally good, though complaints about unlicensed money changers had risen in the past year.

READ ALSO: Copper output rises for a third straight quarter

According to Safeguard Defenders, the Madrid-based group whose research first drew attention to the sites, the Chipata office is one of two such "overseas police service stations" in Zambia. The group says the office answered to the public security bureau of Feixi County in China's Anhui province, which it says set it up in 2021 under the banner of a hometown association.

The second site is said to be in Solwezi, the copper town in the North-Western Province, and is tied in the group's research to the Lujiang County public security bureau, also in Anhui. A police commander in Solwezi told this newspaper that the service had "no record of any such office" in the town.

Safeguard Defenders has said it found 102 such stations in 53 countries, up from the 54 it listed in its first report. It also named Tanzania and Malawi among the African countries hosting them, without giving locations.

The group's report describes the case of a former employee of a Chipata hardware wholesaler who, it says, was repeatedly urged by callers claiming to be Anhui police to go home and "settle a debt matter" in 2023. The man eventually flew back to China on his own and returned to Zambia four months later, the report says.

The Chinese embassy in Lusaka said in a statement that "there are no so-called police stations in Zambia" and that volunteers from community associations merely helped Chinese nationals renew driving licences online during the pandemic.

Zambia and China signed a memorandum on police training in 2019.

Additional reporting by our Eastern Province correspondent. Editing by Staff.

CORRECTION: An earlier version of this story said the search took place on Monday. It took place on Tuesday.

Our standards: read our editorial code.
We use cookies to personalise content. By continuing you agree to our cookie policy.
"""
HF = ["Hefei"]
DOCS.append(dict(name="006-en-wire-correction-chipata-solwezi-feixi-lujiang.txt", text=T006, facts=[
    R("ZM", "protest", "Zambia's Ministry of Foreign Affairs on Friday summoned China's ambassador", claimant="Zambian Ministry of Foreign Affairs",
      date="2025-06-13"),
    R("ZM", "investigation", "was searched on Tuesday under a warrant, a police spokesperson confirmed, adding that \"investigations are ongoing.\"",
      place="Chipata", claimant="Zambia Police Service", date="2025-06-10"),
    S("ZM", "Chipata", "what a European rights group describes as an unofficial Chinese police outpost in Chipata",
      claimant="Safeguard Defenders"),
    R("ZM", "arrest", "No one had been arrested by Friday evening.", pol="denied", opt=True),
    C("stations", 2, "ZM", "the Chipata office is one of two such \"overseas police service stations\" in Zambia", claimant="Safeguard Defenders"),
    S("ZM", "Chipata", "The group says the office answered to the public security bureau of Feixi County in China's Anhui province, which it says set it up in 2021 under the banner of a hometown association.",
      operator="Feixi", operator_alt=HF, claimant="Safeguard Defenders", date="2021"),
    S("ZM", "Solwezi", "The second site is said to be in Solwezi, the copper town in the North-Western Province, and is tied in the group's research to the Lujiang County public security bureau, also in Anhui.",
      operator="Lujiang", operator_alt=HF, claimant="Safeguard Defenders"),
    S("ZM", "Solwezi", "A police commander in Solwezi told this newspaper that the service had \"no record of any such office\" in the town.",
      claimant="Zambia Police Service", pol="denied", opt=True),
    C("stations", 102, None, "Safeguard Defenders has said it found 102 such stations in 53 countries", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Safeguard Defenders has said it found 102 such stations in 53 countries", claimant="Safeguard Defenders"),
    C("stations", 54, None, "up from the 54 it listed in its first report", claimant="Safeguard Defenders"),
    S("TZ", None, "It also named Tanzania and Malawi among the African countries hosting them, without giving locations.",
      claimant="Safeguard Defenders", opt=True),
    S("MW", None, "It also named Tanzania and Malawi among the African countries hosting them, without giving locations.",
      claimant="Safeguard Defenders", opt=True),
    I("ZM", "persuasion", "was repeatedly urged by callers claiming to be Anhui police to go home and \"settle a debt matter\" in 2023. The man eventually flew back to China on his own",
      place="Chipata", claimant="Safeguard Defenders", date="2023"),
    D("CN", "The Chinese embassy in Lusaka said in a statement that \"there are no so-called police stations in Zambia\"",
      claimant="PRC Embassy in Zambia"),
    S("ZM", None, "\"there are no so-called police stations in Zambia\"", claimant="PRC Embassy in Zambia", pol="denied", opt=True),
    A("ZM", "security_agreement", "Zambia and China signed a memorandum on police training in 2019.", date="2019", opt=True,
      note="a training memorandum, background"),
]))

# ---------------------------------------------------------------- 007
T007 = """HOUSE OF COMMONS
STANDING COMMITTEE ON PUBLIC SAFETY AND NATIONAL SECURITY
EVIDENCE - NUMBER 041 - UNEDITED COPY
Tuesday, October 21, 2025

[English]

The Chair: Good afternoon. I call this meeting to order. We are continuing our study of
foreign interference in diaspora communities. From the RCMP we have the Assistant
Commissioner, Federal Policing, and from Global Affairs Canada the Director General,
Intelligence. Welcome. Member, you have six minutes.

Member (Markham—Unionville): Thank you, Chair. Assistant Commissioner, in August your
officers searched premises above a tutoring centre in Richmond Hill, which the media
have described as an outpost of the Guzhen County Public Security Bureau in Anhui. Can
you tell the committee where that investigation stands?

Assistant Commissioner: Thank you. I can confirm that on August 12 we executed a search
warrant at an address in Richmond Hill in relation to alleged activities on behalf of a
foreign state. That investigation is ongoing. No charges have been laid at this time.

Member (Markham—Unionville): Is the premises still operating?

Assistant Commissioner: Our understanding is that the activity at that address has
ceased since the search. I would not go further than that.

Member (Markham—Unionville): Safeguard Defenders says there are at least five of these
stations in the Greater Toronto Area alone. Is that consistent with what you see?

Assistant Commissioner: I'm not going to confirm a number in open session. What I can
say is that we take every report seriously, that similar allegations have surfaced in
dozens of countries, and that we have made inquiries in several communities.

Member (Markham—Unionville): A second report names Waterloo, linking an office there to
the Hanshan County bureau. Have you looked at it?

Assistant Commissioner: We have no information at this time indicating that such an
office is operating in Waterloo.

The Chair: Thank you. Member for Montarville.

[Translation]

Member (Montarville): Thank you, Mr. Chair. Director General, has Global Affairs
summoned the ambassador over Richmond Hill?

Director General: The department conveyed its concerns directly to the Embassy of the
People's Republic of China in September. The ambassador was not summoned on this
specific matter.

Member (Montarville): And what is the embassy's position?

Director General: The embassy's public position is that these are volunteer service
points that help elderly Chinese nationals renew driver's licences and obtain
certificates of life for pensions, and that there are no Chinese police stations in
Canada.

[English]

The Chair: Member, you have the floor.

Member (Vancouver East): Assistant Commissioner, we've heard from students who attended
a vigil in Toronto and whose photographs were later shown to their parents in Anhui by
local police. Is that part of what you're investigating?

Assistant Commissioner: We are aware of those allegations. Without going into specific
files, I can tell you that photographs of participants in that vigil were circulated,
and that relatives in China were visited. That is part of our inquiries.

Member (Vancouver East): And hypothetically, if you were to confirm the Waterloo
office, would you expect the government to expel diplomats?

Assistant Commissioner: That would not be a decision for the RCMP.

The Chair: Thank you. We'll suspend for two minutes.
"""
DOCS.append(dict(name="007-en-committee-hearing-richmond-hill-waterloo-guzhen-hanshan.txt", text=T007, facts=[
    S("CA", "Richmond Hill", "in August your\nofficers searched premises above a tutoring centre in Richmond Hill, which the media\nhave described as an outpost of the Guzhen County Public Security Bureau in Anhui",
      operator="Guzhen", operator_alt=["Bengbu"], claimant="media"),
    R("CA", "investigation", "we executed a search\nwarrant at an address in Richmond Hill in relation to alleged activities on behalf of a\nforeign state", place="Richmond Hill",
      claimant="RCMP", date="2025-08-12"),
    R("CA", "arrest", "No charges have been laid at this time.", pol="denied", opt=True, claimant="RCMP"),
    R("CA", "closure", "the activity at that address has\nceased since the search", opt=True, claimant="RCMP", note="stopped after a search, no order"),
    C("stations", 5, "CA", "there are at least five of these\nstations in the Greater Toronto Area alone", claimant="Safeguard Defenders"),
    S("CA", "Waterloo", "A second report names Waterloo, linking an office there to\nthe Hanshan County bureau.",
      operator="Hanshan", operator_alt=["Ma'anshan", "Maanshan"], claimant="a second report"),
    S("CA", "Waterloo", "We have no information at this time indicating that such an\noffice is operating in Waterloo.",
      claimant="RCMP", pol="denied", opt=True),
    R("CA", "protest", "The department conveyed its concerns directly to the Embassy of the\nPeople's Republic of China in September.",
      claimant="Global Affairs Canada", opt=True, note="concerns conveyed, short of a summons"),
    R("CA", "protest", "The ambassador was not summoned on this\nspecific matter.", claimant="Global Affairs Canada", pol="denied", opt=True),
    D("CN", "The embassy's public position is that these are volunteer service\npoints that help elderly Chinese nationals renew driver's licences",
      claimant="PRC Embassy in Canada"),
    S("CA", None, "there are no Chinese police stations in\nCanada", claimant="PRC Embassy in Canada", pol="denied", opt=True),
    I("CA", "surveillance", "photographs of participants in that vigil were circulated,\nand that relatives in China were visited",
      place="Toronto", claimant="RCMP"),
    I("CA", "harassment", "photographs of participants in that vigil were circulated,\nand that relatives in China were visited",
      place="Toronto", claimant="RCMP", opt=True),
]))

# ---------------------------------------------------------------- 008
T008_raw = """IN THE DISTRICT COURT AT PALMERSTON NORTH
CRI-2024-054-001187

THE KING
v
[NAME SUPPRESSED]

Hearing: 3 November 2025
Appearances: Crown Solicitor for the Crown; defence counsel for the defendant
Sentence: 3 November 2025

NOTES OF JUDGE ON SENTENCING

[1] The defendant, Mr Y, has pleaded guilty to one charge of accessing and compiling personal information for an improper purpose and to one representative charge of intimidation. He is a Chinese national aged 46 who has lived in Palmerston North since 2016 and who imports kitchen equipment.

[2] The summary of facts, which the defendant accepts, records that from early 2022 he ran an office at the rear of his import business on Main Street. On the Crown case, and I accept it, that office functioned as an outpost of the Dangtu County Public Security Bureau of Anhui province. Invoices, stamps and correspondence found there bear the bureau's name.

[3] On 19 March 2024 Police executed a search warrant at the business and seized two laptops and a ledger. The ledger and a spreadsheet on one of the laptops list the names, addresses, courses and family details of some fifty-eight Chinese students at Massey University, several annotated with remarks about their political views.

[4] Victim A is a postgraduate student. Between May and August 2023 the defendant telephoned and met her repeatedly, telling her she should return to China "to clear up" comments she had made online. She refused and remains in New Zealand. During the same period her parents in Anhui were visited by local officers.

[5] The Crown also referred to a "second desk" said to have operated from a travel agency in Hastings. The evidence before me does not establish that, and I put it to one side.

[6] The office has not reopened since the search.

[7] Defence counsel submits that the defendant saw himself as providing administrative help to compatriots with driving licences and passports. I do not accept that account as a complete explanation for the ledger.

[8] Taking a starting point of 18 months' imprisonment and allowing for the guilty pleas, the defendant is sentenced to nine months' home detention.

Judge [Name]
District Court Judge

Solicitors: Crown Solicitor, Palmerston North
Page 1 of 3"""
T008 = wrap_hy(soft(T008_raw), 88)
DOCS.append(dict(name="008-en-sentencing-notes-palmerston-north-hastings-dangtu.txt", text=T008, facts=[
    R("NZ", "arrest", "has pleaded guilty to one charge of accessing and compiling personal information for an improper purpose",
      place="Palmerston North", claimant="District Court at Palmerston North", date="2025-11-03"),
    R("NZ", "arrest", "the defendant is sentenced to nine months' home detention", claimant="District Court at Palmerston North",
      date="2025-11-03"),
    S("NZ", "Palmerston North", "On the Crown case, and I accept it, that office functioned as an outpost of the Dangtu County Public Security Bureau of Anhui province.",
      operator="Dangtu", operator_alt=["Ma'anshan", "Maanshan"], claimant="District Court at Palmerston North", date="2022",
      note="office at the rear of an import business on Main Street"),
    R("NZ", "investigation", "On 19 March 2024 Police executed a search warrant at the business", place="Palmerston North",
      claimant="District Court at Palmerston North", date="2024-03-19"),
    I("NZ", "surveillance", "list the names, addresses, courses and family details of some fifty-eight Chinese students at Massey University",
      place="Palmerston North", claimant="District Court at Palmerston North"),
    I("NZ", "persuasion", "telling her she should return to China \"to clear up\" comments she had made online. She refused and remains in New Zealand.",
      place="Palmerston North", claimant="District Court at Palmerston North", date="2023"),
    I("NZ", "harassment", "During the same period her parents in Anhui were visited by local officers.", opt=True,
      claimant="District Court at Palmerston North"),
    S("NZ", "Hastings", "The Crown also referred to a \"second desk\" said to have operated from a travel agency in Hastings.",
      claimant="Crown", opt=True, note="not established by the court"),
    R("NZ", "closure", "The office has not reopened since the search.", opt=True, note="no order"),
    D("NZ", "the defendant saw himself as providing administrative help to compatriots with driving licences and passports",
      claimant="defence counsel", opt=True),
]))
