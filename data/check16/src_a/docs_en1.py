"""check16 part A, documents 009-011 (en). Held-out material: contains gold."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

T009 = """Australian police look into alleged Chinese 'service stations' in Geelong and Wollongong

By Staff Reporter
SYDNEY, Dec 2 (Pacific Wire) - Australian federal police are assessing reports that police
bureaus in southern China have run informal outposts in two regional cities, Geelong and
Wollongong, officials said on Tuesday, as pressure mounts on Canberra to explain what it knew.

The Geelong office, which operated from a shopfront in the suburb of Corio under the name of a
"Chinese Mutual Aid Association", was set up in 2021 by the public security bureau of Liuzhou,
a city in the Guangxi region, according to a report released last week by the rights group
Safeguard Defenders. The Wollongong premises were opened a year later by the bureau in Hechi,
another Guangxi city, the report said.

[Photo caption: A shopfront in Corio, Geelong, that the report says housed the office until
this year. File photo / Pacific Wire]

In a statement, the Australian Federal Police said it was "assessing the information" with
state partners. Victoria Police, which examined the Geelong site earlier this year after a
complaint from a local resident, said it had found no evidence of a criminal offence.

The office closed in September, after the landlord declined to renew its lease, according to
neighbouring shopkeepers.

READ ALSO:
- Pacific islands weigh rival policing offers from Beijing and Canberra
- Explainer: what is 'transnational repression'?

Safeguard Defenders says it has identified at least four such sites in Australia. The group
has said the outposts, which often present themselves as community associations, are used to
keep watch on diaspora communities and to pressure people wanted in China to go back.

A 24-year-old university student in Wollongong told Pacific Wire that after she spoke at a
vigil in August, police officers from Hechi visited her parents twice and told them their
daughter was "being used by foreign forces". She said she did not know whether the visits were
linked to the Wollongong premises. "But the timing speaks for itself," she said.

The Department of Foreign Affairs and Trade said it had raised the matter with the Chinese
embassy. Asked whether the ambassador would be called in, a spokesperson declined to comment.

The Chinese embassy in Canberra said the allegations were "baseless", describing the premises
as volunteer-run help points that assist Chinese nationals with "routine matters such as
renewing driving licences".

(Reporting by Pacific Wire staff; Editing by M. Ortega)

Sign up for our Asia-Pacific briefing, delivered to your inbox every weekday.

Correction, Dec 2: An earlier version of this story said the Geelong office was linked to
police in Hechi. The report says it was set up by the Liuzhou bureau; the Hechi bureau is
linked to the Wollongong premises.
"""

F009 = [
    S("AU", "Geelong", "The Geelong office, which operated from a shopfront in the suburb of Corio under the name of a \"Chinese Mutual Aid Association\", was set up in 2021 by the public security bureau of Liuzhou, a city in the Guangxi region, according to a report released last week by the rights group Safeguard Defenders.", operator="Liuzhou", claimant=SD, date="2021"),
    S("AU", "Wollongong", "The Wollongong premises were opened a year later by the bureau in Hechi, another Guangxi city, the report said.", operator="Hechi", claimant=SD, date="2022"),
    R("AU", "investigation", "Australian federal police are assessing reports that police bureaus in southern China have run informal outposts in two regional cities, Geelong and Wollongong", claimant="Australian Federal Police"),
    R("AU", "investigation", "Victoria Police, which examined the Geelong site earlier this year after a complaint from a local resident", place="Geelong", claimant="Victoria Police"),
    R("AU", "no_wrongdoing_found", "said it had found no evidence of a criminal offence", place="Geelong", claimant="Victoria Police"),
    R("AU", "closure", "The office closed in September, after the landlord declined to renew its lease", place="Geelong", opt=True, note="lease not renewed, no order"),
    C("stations", 4, "AU", "Safeguard Defenders says it has identified at least four such sites in Australia.", claimant=SD),
    C("stations", 2, "AU", "informal outposts in two regional cities, Geelong and Wollongong", opt=True, note="derived from the two named cities"),
    I("AU", "harassment", "after she spoke at a vigil in August, police officers from Hechi visited her parents twice and told them their daughter was \"being used by foreign forces\"", place="Wollongong", date="2026-08"),
    R("AU", "protest", "The Department of Foreign Affairs and Trade said it had raised the matter with the Chinese embassy.", opt=True, claimant="Department of Foreign Affairs and Trade", note="raised, short of a protest or summons"),
    D("CN", "The Chinese embassy in Canberra said the allegations were \"baseless\"", claimant="Chinese Embassy in Australia"),
    S("AU", None, "describing the premises as volunteer-run help points that assist Chinese nationals with \"routine matters such as renewing driving licences\"", claimant="Chinese Embassy in Australia", pol="denied", opt=True),
]

T010 = """                                                                 Written questions and answers
UIN HL2417, tabled on 12 November 2026

Overseas Police Stations: Nottingham

Asked by a Member of the House of Lords

To ask His Majesty's Government what assessment they have made of reports that the public
security bureau of Tongren, in Guizhou province, China, has operated a so-called overseas
police service station in Nottingham since 2020; and what action has been taken.

Answered on 26 November 2026 by the Minister of State, Home Office

The Government takes any attempt by a foreign state to coerce, intimidate or harass people in
the UK extremely seriously. Nottinghamshire Police, supported by Counter Terrorism Policing,
examined the activities at the premises referred to. No evidence of criminal offences was
identified and the inquiry has been closed. We understand the premises has since ceased the
activities described in the reports.

-------------------------------------------------------------------------------------------

UIN 91502, tabled on 13 November 2026

Overseas Police Stations: Swansea

Asked by the Member for Gower

To ask the Secretary of State for the Home Department, with reference to reports that a
second site, in Swansea, was opened by the Bijie Public Security Bureau in 2021, whether the
Chinese ambassador has been summoned; and if she will make a statement.

Answered on 27 November 2026 by the Security Minister

South Wales Police are investigating the reports relating to Swansea, and it would not be
appropriate to comment further while that work continues. Officials have made clear to the
Chinese Embassy that any such activity on UK soil is unacceptable. The Chinese ambassador has
not been summoned in relation to this matter.

-------------------------------------------------------------------------------------------

UIN 91503, tabled on 13 November 2026

Overseas Police Stations

Asked by the Member for Gower

To ask the Secretary of State for the Home Department, how many so-called overseas police
stations her Department assesses to have operated in the UK; and how many people in the UK
have been persuaded to return to China through such stations.

Answered on 27 November 2026 by the Security Minister

We are aware of public reporting of at least three such sites in England and Wales, each of
which has been or is being looked at by the police. The Home Office does not hold information
on the number of people who may have returned to China as a result of pressure of this kind.
Anyone who is concerned that they are being targeted should contact the police.

-------------------------------------------------------------------------------------------
Parliamentary written questions and answers                                      Page 1 of 1
"""

F010 = [
    S("GB", "Nottingham", "reports that the public\nsecurity bureau of Tongren, in Guizhou province, China, has operated a so-called overseas\npolice service station in Nottingham since 2020", operator="Tongren", claimant="Member of the House of Lords", date="2020", note="premise of a written question"),
    R("GB", "investigation", "Nottinghamshire Police, supported by Counter Terrorism Policing,\nexamined the activities at the premises referred to.", place="Nottingham", claimant="UK Government"),
    R("GB", "no_wrongdoing_found", "No evidence of criminal offences was\nidentified and the inquiry has been closed.", place="Nottingham", claimant="UK Government"),
    R("GB", "closure", "We understand the premises has since ceased the\nactivities described in the reports.", place="Nottingham", opt=True, claimant="UK Government", note="ceased by itself"),
    S("GB", "Swansea", "reports that a\nsecond site, in Swansea, was opened by the Bijie Public Security Bureau in 2021", operator="Bijie", claimant="Member for Gower", date="2021", note="premise of a written question"),
    R("GB", "investigation", "South Wales Police are investigating the reports relating to Swansea", place="Swansea", claimant="UK Government"),
    R("GB", "protest", "Officials have made clear to the\nChinese Embassy that any such activity on UK soil is unacceptable.", opt=True, claimant="UK Government", note="message short of a protest"),
    R("GB", "protest", "The Chinese ambassador has\nnot been summoned in relation to this matter.", pol="denied", opt=True, claimant="UK Government"),
    C("stations", 3, "GB", "We are aware of public reporting of at least three such sites in England and Wales", claimant="UK Government"),
]

T011 = """THE NORTHERN SIGNAL - Episode 214: "The office on Bernard Avenue"
[Transcript. This transcript was generated automatically and lightly edited; it may contain
errors. Please check against the audio before quoting.]

[THEME MUSIC]

HOST: From a studio in Vancouver, this is The Northern Signal. I'm your host. This week: a
quiet storefront in the Okanagan, a seafood trader who went home, and what Ottawa is, and
isn't, doing about it. My guest is our B.C. investigations reporter. Welcome back.

REPORTER: Thanks for having me.

HOST: So set the scene. Where are we?

REPORTER: Kelowna. Downtown, Bernard Avenue, a second-floor office above a bubble-tea shop.
There's a sign that says something like "Overseas Chinese Friendship Service Centre". And
according to documents we've seen, and to Safeguard Defenders, which put it on its list this
spring, that office was set up by the Public Security Bureau of Fangchenggang. That's a port
city in Guangxi, right on the border with Vietnam.

HOST: And what does an office like that actually do? Because people hear "police station"
and picture, you know, holding cells.

REPORTER: Right, and there's nothing like that. In general, the way these places are described
by the people who study them, they do paperwork, they host community events, and they keep an
eye on people. In some cases they're used to lean on someone to go back to China. That's the
general picture. The Kelowna case is more specific.

HOST: Tell me about the trader.

REPORTER: He ran a seafood export business out of West Kelowna. In 2024, a fraud case was
opened against him back in Guangxi. He told us that two men from that office came to his
warehouse, three or four times over a couple of months, and said, basically, "Go home, sort it
out, it will be better for you." Meanwhile his elderly father in Fangchenggang was getting
visits from local officers. His sister lost her job at a state-owned company.

HOST: And he went.

REPORTER: He went. He flew back in March of last year, on his own ticket. He's since come back
to Canada, actually, which is the only reason he was able to talk to us.

[AD BREAK]

HOST: This episode of The Northern Signal is supported by listeners like you. Become a
member at the link in the show notes.

[AD BREAK ENDS]

HOST: What have the police done?

REPORTER: The RCMP confirmed to us that its Federal Policing unit opened an investigation in
the spring. And last month they laid a charge - one man, a Canadian citizen, charged with
intimidation under the Criminal Code. He's due in court in Kelowna in January.

HOST: And Ottawa?

REPORTER: Global Affairs says it has "conveyed its concerns" to the Chinese ambassador. It has
not expelled anyone. Safeguard Defenders now counts five of these sites in Canada, so Kelowna is
not the only one, but it's the only one so far with a charge.

HOST: I have to ask: if the RCMP had moved faster, would the trader have been spared?

REPORTER: That's the question everyone in that community is asking. I can't answer it.

HOST: What does the Chinese side say?

REPORTER: The consulate in Vancouver told us the office is run by volunteers who help people
renew Chinese driver's licences online, and that "there is no such thing as a Chinese police
station in Canada". It called our reporting "a smear".

HOST: Our B.C. investigations reporter. Thank you.

REPORTER: Thank you.

[THEME MUSIC]

HOST: The Northern Signal is produced in Vancouver. Show notes and a corrected transcript are
on our website.
"""

F011 = [
    S("CA", "Kelowna", "according to documents we've seen, and to Safeguard Defenders, which put it on its list this\nspring, that office was set up by the Public Security Bureau of Fangchenggang.", operator="Fangchenggang", claimant=SD),
    I("CA", "persuasion", "He told us that two men from that office came to his\nwarehouse, three or four times over a couple of months, and said, basically, \"Go home, sort it\nout, it will be better for you.\"", place="Kelowna", date="2024"),
    I("CA", "harassment", "Meanwhile his elderly father in Fangchenggang was getting\nvisits from local officers.", opt=True, note="relatives inside a persuasion case"),
    R("CA", "investigation", "The RCMP confirmed to us that its Federal Policing unit opened an investigation in\nthe spring.", place="Kelowna", claimant="RCMP"),
    R("CA", "arrest", "they laid a charge - one man, a Canadian citizen, charged with\nintimidation under the Criminal Code", place="Kelowna", claimant="RCMP"),
    R("CA", "protest", "Global Affairs says it has \"conveyed its concerns\" to the Chinese ambassador.", opt=True, claimant="Global Affairs Canada", note="concerns conveyed, no summons stated"),
    C("stations", 5, "CA", "Safeguard Defenders now counts five of these sites in Canada", claimant=SD),
    D("CN", "The consulate in Vancouver told us the office is run by volunteers who help people\nrenew Chinese driver's licences online, and that \"there is no such thing as a Chinese police\nstation in Canada\".", claimant="Chinese Consulate-General in Vancouver"),
    S("CA", None, "\"there is no such thing as a Chinese police\nstation in Canada\"", claimant="Chinese Consulate-General in Vancouver", pol="denied", opt=True),
]

DOCS = [
    {"name": "009-en-wire-correction-geelong-wollongong-liuzhou-hechi.txt", "text": T009, "facts": F009},
    {"name": "010-en-written-answers-nottingham-swansea-tongren-bijie.txt", "text": T010, "facts": F010},
    {"name": "011-en-podcast-transcript-kelowna-fangchenggang.txt", "text": T011, "facts": F011},
]
