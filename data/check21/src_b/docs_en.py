"""check21 part B, English documents 032–034."""

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------------------
# 032 en: Zambian wire with web clutter, background and appended correction
# ---------------------------------------------------------------------------
T032 = """Home / Africa / Southern Africa

Zambia calls in Chinese ambassador after police search Chingola 'service centre'

By our Copperbelt Correspondent | Published 3 December 2026, 16:20 CAT | Updated 4 December 2026, 09:05 CAT | 5 min read

Sign up for the Lusaka Bureau morning briefing - the day's top stories from across the region, in your inbox at 6am.

CHINGOLA, Zambia (Lusaka Bureau) - Zambia's Ministry of Foreign Affairs called in the Chinese ambassador on Wednesday, a day after police searched the offices of a Chinese traders' association in the mining town of Chingola that a European rights group says has served as an unofficial outpost of Chinese police.

Officers from the Zambia Police Service's Criminal Investigations Department spent about four hours at the first-floor office on Tuesday and left with boxes of documents and a desktop computer, two people who work in the building said. Police spokesperson said in a statement that the service had "opened investigations into allegations that a foreign law enforcement agency may be operating on Zambian soil without authority". Nobody has been arrested, the statement said.

Chingola, about 400 kilometres north of Lusaka, sits on one of Africa's largest open-pit copper mines. Chinese contractors, suppliers and shopkeepers began arriving in numbers in the late 2000s, and the town now has Chinese-run hardware stores, two Chinese restaurants and a weekend market where vegetables grown on Chinese-owned smallholdings are sold alongside local produce.

"People come here for everything: work permits, shipping, a problem with a landlord," said a Zambian clerk who has worked for Chinese firms in the town for eleven years. "I never heard anyone talk about police."

The association's office carries a sign in English and Chinese reading "Copperbelt Chinese Community Service Point". According to Safeguard Defenders, the Madrid-based group that first drew attention to such outposts in 2022, the Chingola office is one of two in Zambia. In a briefing note shared with the Lusaka Bureau, the group said the office answered to the public security bureau of Yakeshi, a forestry city in China's Inner Mongolia region, whose residents have worked on Copperbelt construction projects since the 2010s.

The note describes the case of a Chinese site foreman at a mine contractor near Chingola who in 2025 received repeated calls from police in China and was told to return home to "settle" a fraud complaint filed by a former business partner. He flew back to China at his own expense in September 2025, the note says, and was back on the Copperbelt by February.

The second site, in Kabwe, is linked in the group's research to the public security bureau of Xishui county in Hubei province. The Lusaka Bureau was unable to find an active office at the Kabwe address listed by the group, a shopfront on the Great North Road that now sells mobile phones.

READ ALSO: Copper price slide puts Copperbelt jobs at risk | Zambia-China debt deal: what changes in 2027

Safeguard Defenders said in September 2022 that it had identified 54 such outposts and in December of that year put the total at 102 in 53 countries. Authorities in the Netherlands and Ireland ordered similar sites closed in late 2022, and Canada opened criminal investigations the following year. Chinese officials have rejected the findings throughout.

A spokesperson for the Chinese embassy in Lusaka said on Thursday that "there are no so-called police stations in Zambia". The Chingola office, the spokesperson said, was run by community volunteers who help Chinese citizens renew driving licences and book remote medical checks required by authorities at home, "a convenience service that has nothing to do with law enforcement".

Zambia's foreign ministry did not say what was discussed with the ambassador. A ministry official, speaking on condition of anonymity because he was not authorised to brief the media, said the government wanted "clarity and assurances" and would await the outcome of the police investigation.

The search comes weeks before Zambia and China are due to mark the anniversary of diplomatic ties with a trade fair in Lusaka.

(Reporting by our Copperbelt Correspondent; additional reporting by Lusaka newsroom; editing by the Africa desk)

Correction: An earlier version of this story said the search took place on Monday. It took place on Tuesday, 1 December.

Copyright 2026 Lusaka Bureau. All rights reserved. We use cookies to personalise content and analyse traffic. Manage preferences.
"""

DOCS.append(dict(
    name="032-en-wire-correction-chingola-kabwe-yakeshi-xishui.txt",
    text=T032,
    facts=[
        R("ZM", "protest", "Zambia's Ministry of Foreign Affairs called in the Chinese ambassador on Wednesday", claimant=None, date="2026-12-02"),
        R("ZM", "investigation", "a day after police searched the offices of a Chinese traders' association in the mining town of Chingola", place="Chingola",
          date="2026-12-01"),
        S("ZM", "Chingola", "police searched the offices of a Chinese traders' association in the mining town of Chingola that a European rights group says has served as an unofficial outpost of Chinese police",
          claimant="Safeguard Defenders"),
        R("ZM", "investigation", "the service had \"opened investigations into allegations that a foreign law enforcement agency may be operating on Zambian soil without authority\"",
          claimant="Zambia Police Service"),
        R("ZM", "arrest", "Nobody has been arrested, the statement said", pol="denied", opt=True, claimant="Zambia Police Service"),
        C("stations", 2, "ZM", "the Chingola office is one of two in Zambia", claimant="Safeguard Defenders"),
        S("ZM", "Chingola", "the group said the office answered to the public security bureau of Yakeshi, a forestry city in China's Inner Mongolia region", operator="Yakeshi",
          operator_alt=["Hulunbuir", "Hulun Buir"], claimant="Safeguard Defenders"),
        I("ZM", "persuasion", "a Chinese site foreman at a mine contractor near Chingola who in 2025 received repeated calls from police in China and was told to return home to \"settle\" a fraud complaint filed by a former business partner",
          place="Chingola", claimant="Safeguard Defenders", date="2025", note="flew back himself, returned to Zambia"),
        S("ZM", "Kabwe", "The second site, in Kabwe, is linked in the group's research to the public security bureau of Xishui county in Hubei province", operator="Xishui",
          operator_alt=["Huanggang"], claimant="Safeguard Defenders"),
        C("stations", 54, None, "Safeguard Defenders said in September 2022 that it had identified 54 such outposts", claimant="Safeguard Defenders", date="2022-09"),
        C("stations", 102, None, "in December of that year put the total at 102 in 53 countries", claimant="Safeguard Defenders", date="2022-12"),
        C("countries", 53, None, "in December of that year put the total at 102 in 53 countries", claimant="Safeguard Defenders", date="2022-12"),
        R("NL", "closure", "Authorities in the Netherlands and Ireland ordered similar sites closed in late 2022", date="2022"),
        R("IE", "closure", "Authorities in the Netherlands and Ireland ordered similar sites closed in late 2022", date="2022"),
        R("CA", "investigation", "Canada opened criminal investigations the following year", date="2023"),
        S("NL", None, "Authorities in the Netherlands and Ireland ordered similar sites closed in late 2022", opt=True, date="2022",
          note="country named without a place"),
        S("IE", None, "Authorities in the Netherlands and Ireland ordered similar sites closed in late 2022", opt=True, date="2022",
          note="country named without a place"),
        S("CA", None, "Canada opened criminal investigations the following year", opt=True, date="2023", note="country named without a place"),
        S("ZM", None, "\"there are no so-called police stations in Zambia\"", pol="denied", opt=True, claimant="PRC Embassy in Zambia"),
        D("CN", "The Chingola office, the spokesperson said, was run by community volunteers who help Chinese citizens renew driving licences and book remote medical checks required by authorities at home",
          claimant="PRC Embassy in Zambia"),
    ],
))

# ---------------------------------------------------------------------------
# 033 en: Scottish Parliament written answers, PDF-like, hard-wrapped
# ---------------------------------------------------------------------------
T033_RAW = """Scottish Parliament    Written Answers    Week ending 20 November 2026
Question S6W-41873
Lodged: 28 October 2026
To ask the Scottish Government what discussions it has had with Police Scotland regarding reports that a so-called Chinese "overseas police service station" has been operating from the premises of a cultural asso~ciation in Stirling, which is reportedly linked to the Nanjing Public Secu~rity Bureau, and that a second such site in Falkirk is reportedly linked to the public security bureau of Fengzhen in Inner Mongolia.
Answered by the Cabinet Secretary for Justice and Home Affairs (18 November 2026):
The Scottish Government has been in regular con~tact with Police Scotland on this matter. Operational policing is for the Chief Con~stable, and it would not be appro~priate for Ministers to comment on the detail of any police inquiry.
Police Scotland has advised that, following infor~mation received in October 2026, officers carried out enquiries in relation to the premises in Stirling, including a visit to the address, and have taken statements from a number of indi~viduals. No crimi~nality has been identified at this stage. No arrests have been made. Police Scotland has further advised that it is not aware of any such premises operating in Falkirk.
Matters relating to foreign affairs are reserved to the UK Government. The Scottish Government understands that the Foreign, Commonwealth and Develop~ment Office has raised the matter with the Embassy of the People's Re~public of China in London.
Question S6W-41874
Lodged: 28 October 2026
To ask the Scottish Government what support is available to students from the People's Republic of China and Hong Kong at Scottish univer~sities who experience intimidation, in light of re~ports that the parents in China of a post~graduate student at the University of Stirling were visited by local police after she attended a vigil in the city in June 2026.
Answered by the Minister for Higher and Further Education (18 November 2026):
The Scottish Government is clear that intimi~dation of any student, from any country, is unacceptable. All universities in Scotland have proce~dures under which students can report concerns, and students can report matters directly to Police Scotland by calling 101 or, in an emergency, 999. Universities Scotland has issued guidance to insti~tutions on trans~national repression, and the Scottish Government will continue to engage with the sector.
Question S6W-41902
Lodged: 30 October 2026
To ask the Scottish Government whether it would support the closure of any premises in Scotland found to be oper~ating as an overseas police station on behalf of a foreign state.
Answered by the Cabinet Secretary for Justice and Home Affairs (18 November 2026):
The Scottish Government would expect the full force of the law to be applied to any activity that is found to be unlawful. It would not be appropriate to specu~late on the outcome of in~quiries that have not concluded.
Scottish Parliament Written Answers | Page 14 of 31"""

T033 = wrap_hy(T033_RAW, width=72)

DOCS.append(dict(
    name="033-en-scottish-written-answers-stirling-falkirk-nanjing-fengzhen.txt",
    text=T033,
    facts=[
        S("GB", "Stirling", "a so-called Chinese \"overseas police service station\" has been operating from the premises of a cultural association in Stirling, which is reportedly linked to the Nanjing Public Security Bureau",
          operator="Nanjing", claimant="Member of the Scottish Parliament", note="premise of written question S6W-41873"),
        S("GB", "Falkirk", "a second such site in Falkirk is reportedly linked to the public security bureau of Fengzhen in Inner Mongolia", operator="Fengzhen",
          operator_alt=["Ulanqab", "Wulanchabu"], claimant="Member of the Scottish Parliament", note="premise of written question S6W-41873"),
        R("GB", "investigation", "officers carried out enquiries in relation to the premises in Stirling, including a visit to the address, and have taken statements from a number of individuals",
          place="Stirling", claimant="Police Scotland", date="2026-10"),
        R("GB", "no_wrongdoing_found", "No criminality has been identified at this stage", claimant="Police Scotland"),
        R("GB", "arrest", "No arrests have been made", pol="denied", opt=True, claimant="Police Scotland"),
        S("GB", "Falkirk", "Police Scotland has further advised that it is not aware of any such premises operating in Falkirk", pol="denied", opt=True,
          claimant="Police Scotland"),
        R("GB", "protest", "the Foreign, Commonwealth and Development Office has raised the matter with the Embassy of the People's Republic of China in London", opt=True,
          claimant="Scottish Government", note="raised with the embassy, short of a summons"),
        I("GB", "harassment", "the parents in China of a postgraduate student at the University of Stirling were visited by local police after she attended a vigil in the city in June 2026",
          place="Stirling", claimant="Member of the Scottish Parliament", date="2026-06", note="premise of written question S6W-41874"),
    ],
))

# ---------------------------------------------------------------------------
# 034 en: Canadian podcast transcript
# ---------------------------------------------------------------------------
T034 = """THE NORTHERN DESK - Episode 212: "The office above the bubble-tea shop"
Transcript. This transcript was generated automatically and edited for clarity. It may contain errors; please check the audio before quoting.

[THEME MUSIC]

HOST: Hey, it's The Northern Desk, I'm your host. This week: Guelph, Ontario. A university town, about an hour west of Toronto, known for its agricultural college, its craft breweries and, since last month, for a police search that has a lot of people in the local Chinese community talking. My guest covers national security for a newspaper chain. Welcome back.

GUEST: Thanks for having me.

HOST: So set the scene. What happened in Guelph?

GUEST: On October 22nd, RCMP officers from the federal policing unit in Ontario executed a search warrant at a second-floor office on a downtown street, above a bubble-tea shop. The office belonged to a group that calls itself a seniors' mutual aid association. The RCMP confirmed to me afterwards that it is investigating "alleged foreign interference activities" connected to the premises. They haven't charged anyone.

HOST: And the allegation is that this was one of these so-called Chinese police stations.

GUEST: Right. That's how it was first described by a community group, and then a couple of people who'd been inside spoke to me. What they describe is an office where you could get help with paperwork from China, pension certificates, driver's licence renewals, but also where people were asked a lot of questions about who they knew.

HOST: Who was running it? Do we know?

GUEST: So this is where it gets interesting. One of the people I spoke to kept a business card she was given there, and she sent me a photo. It's in Chinese, and the title on it says the holder is a "liaison officer" of the Genhe City Public Security Bureau. Genhe is a small city in the far north of Inner Mongolia, up near the Russian border.

HOST: Which is a long way from Guelph.

GUEST: A very long way. I can't tell you why Genhe. The association's chair is from that part of China, that's all I know.

HOST: You mentioned people being asked questions.

GUEST: Yeah. So there's a graduate student, I'm not going to say which department, who went to a rally in Toronto last year about Inner Mongolia, about the language policy in schools. A few weeks later someone at the association showed her a photo of herself at that rally, on a phone, and asked who the other people in the picture were. And then her mother back home got a visit from local police asking about her daughter's "friends in Canada".

HOST: That's chilling.

GUEST: It is. And she told me nobody ever asked her to go back. It was just... they wanted her to know.

[BREAK]

HOST: We're back. So, Guelph isn't the only place.

GUEST: No. There's a Canadian advocacy group, a small one, that put out a report in September. They count seven sites in Canada in total. Most of them were already known, but one is new to me: Nanaimo, on Vancouver Island. That one would be linked, according to their report, to the police of Luotian county in Hubei.

HOST: And what do the police in Nanaimo say?

GUEST: The Nanaimo RCMP detachment told me they have "no information" about any such office in the city. So that one's unconfirmed.

HOST: Let me play devil's advocate. What if these are just, you know, community offices that help old people with forms?

GUEST: That's exactly what the Chinese consulate in Toronto says. Their statement to me said the Guelph office is run by volunteers who help elderly Chinese residents renew their driver's licences online, and that the "so-called overseas police station does not exist". I'd just say: the RCMP doesn't get a search warrant for helping grandmothers with forms.

HOST: Has Ottawa done anything diplomatically?

GUEST: Global Affairs Canada says it "conveyed its concerns" to the Chinese embassy. They wouldn't say if the ambassador was called in. My understanding is he wasn't.

HOST: And how many of these are there worldwide, by the latest count?

GUEST: The number everyone uses is still the one from Safeguard Defenders in late 2022, a hundred and two in fifty-three countries. Some have closed since. Some we probably don't know about.

HOST: Last one. What happens next?

GUEST: If charges come, it'll be under the new foreign influence law. But that's a big if. We'll see.

HOST: Thanks so much.

GUEST: Thank you.

[THEME MUSIC]

HOST: The Northern Desk is produced by a team of three in Toronto. If you like the show, rate us wherever you listen. Transcripts are available on our website.
"""

DOCS.append(dict(
    name="034-en-podcast-transcript-guelph-nanaimo-genhe-luotian.txt",
    text=T034,
    facts=[
        R("CA", "investigation", "RCMP officers from the federal policing unit in Ontario executed a search warrant at a second-floor office on a downtown street, above a bubble-tea shop",
          place="Guelph", date="2026-10-22"),
        R("CA", "investigation", "The RCMP confirmed to me afterwards that it is investigating \"alleged foreign interference activities\" connected to the premises", claimant="RCMP"),
        R("CA", "arrest", "They haven't charged anyone", pol="denied", opt=True, claimant="RCMP"),
        S("CA", "Guelph", "And the allegation is that this was one of these so-called Chinese police stations.\n\nGUEST: Right. That's how it was first described by a community group",
          claimant="community group", note="station noun in the host's question, confirmed in the answer"),
        S("CA", "Guelph", "the title on it says the holder is a \"liaison officer\" of the Genhe City Public Security Bureau", operator="Genhe",
          operator_alt=["Hulunbuir", "Hulun Buir"], note="operator from a business card kept by a visitor"),
        I("CA", "surveillance", "someone at the association showed her a photo of herself at that rally, on a phone, and asked who the other people in the picture were",
          place="Guelph"),
        I("CA", "harassment", "her mother back home got a visit from local police asking about her daughter's \"friends in Canada\"", place="Guelph",
          note="nobody asked her to go back"),
        C("stations", 7, "CA", "They count seven sites in Canada in total", claimant="Canadian advocacy group"),
        S("CA", "Nanaimo", "That one would be linked, according to their report, to the police of Luotian county in Hubei", operator="Luotian",
          operator_alt=["Huanggang"], claimant="Canadian advocacy group"),
        S("CA", "Nanaimo", "The Nanaimo RCMP detachment told me they have \"no information\" about any such office in the city", pol="denied", opt=True,
          claimant="Nanaimo RCMP detachment"),
        D("CN", "the Guelph office is run by volunteers who help elderly Chinese residents renew their driver's licences online, and that the \"so-called overseas police station does not exist\"",
          claimant="PRC Consulate General in Toronto"),
        S("CA", "Guelph", "the Guelph office is run by volunteers who help elderly Chinese residents renew their driver's licences online, and that the \"so-called overseas police station does not exist\"",
          pol="denied", opt=True, claimant="PRC Consulate General in Toronto"),
        R("CA", "protest", "Global Affairs Canada says it \"conveyed its concerns\" to the Chinese embassy", opt=True, claimant="Global Affairs Canada",
          note="concerns conveyed; ambassador not called in"),
        R("CA", "protest", "They wouldn't say if the ambassador was called in. My understanding is he wasn't.", pol="denied", opt=True,
          note="the guest's understanding that the ambassador was not summoned"),
        C("stations", 102, None, "a hundred and two in fifty-three countries", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "a hundred and two in fifty-three countries", claimant="Safeguard Defenders", date="2022"),
    ],
))
