"""check19 part A, English documents 006-008."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 006
T006 = """World | Ireland

Gardaí search Dundalk premises over alleged Chinese 'police station'; ambassador summoned

By Meridian Wire staff, Ireland desk
November 21, 2026 4:17 PM GMT · Updated 2 hours ago
4 min read

DUBLIN, Nov 21 (Meridian Wire) - Ireland's foreign ministry summoned China's ambassador on Friday after detectives searched a premises in Dundalk that a rights group says was run as an unofficial outpost of a Chinese city police force.

Officers from the Garda National Bureau of Criminal Investigation attended the building, a converted shopfront on the town's Park Street, on Wednesday evening and removed documents and two laptops, a Garda spokesperson said. No arrests were made and the investigation is ongoing, the spokesperson added.

[Photo caption: A Garda car outside a shopfront in Dundalk, County Louth, Ireland, November 19, 2026. Meridian Wire/Photo]

The premises had been advertised on Chinese-language social media as a "hometown association service point" offering help with paperwork. According to a report published last month by Lantern Watch, a Dublin-based group that tracks transnational repression, the office was set up in 2022 at the instruction of the public security bureau of Dazhou, a city in China's Sichuan province, and reported back to officers there.

Lantern Watch said a postgraduate student in the town had been contacted repeatedly through the office in 2025 and urged to go home to "sort out a family matter". He flew back to China in January, the group said.

READ ALSO
- Irish exports to China hit record high
- Dublin airport adds direct route to Chengdu

Reports of such outposts first surfaced in 2022, when the Spanish-based group Safeguard Defenders said it had found 54 of them around the world. It later raised the figure to 102 stations in 53 countries, a number Beijing has always disputed. Several governments, among them the Netherlands and Canada, ordered sites closed or opened inquiries at the time; Ireland had a site in the capital shut in late 2022.

Ireland's Chinese community, estimated at about 20,000 people, is concentrated in Dublin, but students and restaurant workers have spread to towns along the M1 corridor. Community leaders in Dundalk said they had been unaware of the office's alleged role. "People went there to get a form stamped," said the owner of a takeaway on Clanbrassil Street. "Nobody talked about police."

The group counts at least three such sites in the Republic. One of them is in Athlone, in the midlands; it is linked in the report to the public security bureau of Songzi, a county-level city in Hubei. The third has not been located.

"We take any suggestion of foreign interference in policing on Irish soil extremely seriously," the Tánaiste told reporters in Dublin.

The Chinese Embassy in Dublin said in a statement that the allegations were "groundless". It said volunteers from the Chinese community ran the service points so that elderly compatriots could renew Chinese driving licences without travelling home, and that there were no "so-called police stations" in Ireland.

(Reporting by the Dublin bureau; additional reporting from Athlone; editing by the Europe desk)

Our Standards: The Meridian Wire Trust Principles.
Sign up here for our daily World Briefing newsletter.

Correction: An earlier version of this story said the search took place on Thursday. It took place on Wednesday.
"""

DOCS.append({"name": "006-en-wire-correction-dundalk-athlone-dazhou-songzi.txt", "text": T006, "facts": [
    R("IE", "protest", "Ireland's foreign ministry summoned China's ambassador on Friday"),
    R("IE", "investigation", "detectives searched a premises in Dundalk that a rights group says was run as an unofficial outpost of a Chinese city police force", place="Dundalk"),
    S("IE", "Dundalk", "detectives searched a premises in Dundalk that a rights group says was run as an unofficial outpost of a Chinese city police force", claimant="Lantern Watch"),
    S("IE", "Dundalk", "the office was set up in 2022 at the instruction of the public security bureau of Dazhou, a city in China's Sichuan province", operator="Dazhou", date="2022", claimant="Lantern Watch"),
    R("IE", "arrest", "No arrests were made", pol="denied", opt=True),
    I("IE", "persuasion", "a postgraduate student in the town had been contacted repeatedly through the office in 2025 and urged to go home to \"sort out a family matter\". He flew back to China in January", place="Dundalk", claimant="Lantern Watch"),
    C("stations", 54, None, "Safeguard Defenders said it had found 54 of them around the world", claimant="Safeguard Defenders", date="2022"),
    C("stations", 102, None, "It later raised the figure to 102 stations in 53 countries", claimant="Safeguard Defenders"),
    C("countries", 53, None, "It later raised the figure to 102 stations in 53 countries", claimant="Safeguard Defenders"),
    R("NL", "closure", "Several governments, among them the Netherlands and Canada, ordered sites closed or opened inquiries at the time", opt=True, note="closure or inquiry not told apart per country"),
    R("CA", "investigation", "Several governments, among them the Netherlands and Canada, ordered sites closed or opened inquiries at the time", opt=True, note="closure or inquiry not told apart per country"),
    R("IE", "closure", "Ireland had a site in the capital shut in late 2022", date="2022", note="the capital: Dublin, not named"),
    C("stations", 3, "IE", "The group counts at least three such sites in the Republic.", claimant="Lantern Watch"),
    S("IE", "Athlone", "One of them is in Athlone, in the midlands; it is linked in the report to the public security bureau of Songzi, a county-level city in Hubei.", operator="Songzi", operator_alt=["Jingzhou"], claimant="Lantern Watch"),
    D("CN", "It said volunteers from the Chinese community ran the service points so that elderly compatriots could renew Chinese driving licences without travelling home", claimant="PRC Embassy in Ireland"),
    S("IE", None, "there were no \"so-called police stations\" in Ireland", pol="denied", opt=True, claimant="PRC Embassy in Ireland"),
]})

# ---------------------------------------------------------------- 007
T007 = """Written questions, answers and statements

Chinese Police Stations: Wales
Question for Home Office
UIN 41873, tabled on 3 November 2026

To ask the Secretary of State for the Home Department, with reference to reports that
premises in Cardiff have been operated since 2021 as an overseas service station of the
public security bureau of Lengshuijiang, Hunan province, and that a second such site has
been identified in Wrexham, what assessment she has made of those reports; whether any
person has been arrested; and whether the Chinese Ambassador has been summoned.

Answered on 17 November 2026

The Government takes any attempt by a foreign state to coerce, intimidate or harass
individuals in the UK extremely seriously. Such activity will not be tolerated.

South Wales Police and North Wales Police, supported by Counter Terrorism Policing, have
assessed the information relating to both addresses referred to by the hon. Member. Officers
attended the Cardiff premises in September 2026. The police did not identify any criminal
offending at either address, and no arrests have been made. I am advised that the Cardiff
premises has since ceased to operate.

A report by a non-governmental organisation, shared with officials, links the Wrexham
address to the public security bureau of Zhijiang, Hubei province. The police have found no
evidence that the address has been used for any purpose other than a community association.

Foreign, Commonwealth and Development Office officials raised our concerns about these
reports with the Chinese Embassy in October. The Chinese Ambassador has not been summoned
in relation to this matter.

Any individual who believes they are being targeted by a foreign state should report it to
the police.

Minister of State (Home Office)
"""

DOCS.append({"name": "007-en-written-answer-cardiff-wrexham-lengshuijiang-zhijiang.txt", "text": T007, "facts": [
    S("GB", "Cardiff", "premises in Cardiff have been operated since 2021 as an overseas service station of the public security bureau of Lengshuijiang, Hunan province", operator="Lengshuijiang", operator_alt=["Loudi"], date="2021", claimant="member of parliament"),
    S("GB", "Wrexham", "a second such site has been identified in Wrexham", claimant="member of parliament"),
    S("GB", "Wrexham", "links the Wrexham address to the public security bureau of Zhijiang, Hubei province", operator="Zhijiang", operator_alt=["Yichang"], claimant="non-governmental organisation"),
    R("GB", "investigation", "have assessed the information relating to both addresses referred to by the hon. Member. Officers attended the Cardiff premises in September 2026", place="Cardiff", claimant="UK Home Office"),
    R("GB", "no_wrongdoing_found", "The police did not identify any criminal offending at either address", claimant="UK Home Office"),
    R("GB", "arrest", "no arrests have been made", pol="denied", opt=True, claimant="UK Home Office"),
    R("GB", "closure", "I am advised that the Cardiff premises has since ceased to operate.", opt=True, place="Cardiff", note="ceased by itself after the police visit"),
    R("GB", "protest", "Foreign, Commonwealth and Development Office officials raised our concerns about these reports with the Chinese Embassy in October.", opt=True, claimant="UK Home Office"),
    R("GB", "protest", "The Chinese Ambassador has not been summoned in relation to this matter.", pol="denied", opt=True, claimant="UK Home Office"),
]})

# ---------------------------------------------------------------- 008
T008 = """LIVE: Ohio 'police station' case — arraignment, FBI search in Dayton, embassy responds

Last updated 6:48 p.m. ET, December 3, 2026
Refresh for the latest. Newest posts first.

6:48 p.m.
That's where we'll leave our live coverage for today. Thanks for following along. A full
wrap of the day is here.

6:20 p.m.
The Chinese Embassy in Washington has responded. A spokesperson said the so-called
stations "are service desks staffed by volunteers who help overseas Chinese with expired
driving licences and notarisation", and called the charges "political manipulation".

5:05 p.m.
A Republican congresswoman from Ohio told reporters that if the allegations are proved, "every one
of these offices should be shut down, not just in Ohio". She did not say which others she
meant.

3:40 p.m.
FBI agents are searching a second address, a travel agency on the east side of Dayton, our
reporter at the scene says. According to the affidavit unsealed this afternoon, the agency
served as a liaison point for the public security bureau of Turpan, in Xinjiang. Nobody was
detained at the Dayton address, an FBI spokesperson said.

2:15 p.m.
Prosecutors say the two defendants kept lists and photographs of Uyghur activists who
attended rallies outside the Ohio Statehouse. After one activist spoke at a rally in March,
her brother and father in Xinjiang were questioned by police for two days, the indictment
says. She had not been asked to return to China.

1:30 p.m.
Both defendants pleaded not guilty. They are charged with acting as agents of a foreign
government without notifying the attorney general and with conspiracy.

12:55 p.m.
A bit of background: the Justice Department says the office in Columbus, above a grocery on
Cleveland Avenue, opened in 2022. Prosecutors say it reported to the public security bureau
of Hami, a city in eastern Xinjiang, and was run by the two men who are being arraigned
today.

12:10 p.m.
Court papers describe the two sites as the only ones known so far in Ohio. "Two in
Ohio, and we are looking at whether there are more," a federal law enforcement official told
us.

11:45 a.m.
Good morning. Two men arrested last week in Columbus and charged with running an
undeclared Chinese police outpost are due in federal court at 1:30. Follow along here.
"""

DOCS.append({"name": "008-en-live-blog-columbus-dayton-hami-turpan.txt", "text": T008, "facts": [
    D("CN", "the so-called\nstations \"are service desks staffed by volunteers who help overseas Chinese with expired\ndriving licences and notarisation\", and called the charges \"political manipulation\"", claimant="PRC Embassy in the United States"),
    R("US", "investigation", "FBI agents are searching a second address, a travel agency on the east side of Dayton", place="Dayton"),
    S("US", "Dayton", "the agency\nserved as a liaison point for the public security bureau of Turpan, in Xinjiang", operator="Turpan", claimant="FBI affidavit"),
    R("US", "arrest", "Nobody was\ndetained at the Dayton address", pol="denied", opt=True),
    I("US", "surveillance", "the two defendants kept lists and photographs of Uyghur activists who\nattended rallies outside the Ohio Statehouse", place="Columbus", claimant="US prosecutors"),
    I("US", "harassment", "her brother and father in Xinjiang were questioned by police for two days", place="Columbus", claimant="US prosecutors", note="after speaking at a rally, no demand to return"),
    R("US", "arrest", "They are charged with acting as agents of a foreign\ngovernment without notifying the attorney general and with conspiracy."),
    S("US", "Columbus", "the office in Columbus, above a grocery on\nCleveland Avenue, opened in 2022", date="2022", claimant="US Department of Justice"),
    S("US", "Columbus", "Prosecutors say it reported to the public security bureau\nof Hami, a city in eastern Xinjiang", operator="Hami", operator_alt=["Kumul"], claimant="US prosecutors"),
    C("stations", 2, "US", "\"Two in\nOhio, and we are looking at whether there are more,\"", claimant="federal law enforcement official"),
    R("US", "arrest", "Two men arrested last week in Columbus and charged with running an\nundeclared Chinese police outpost", place="Columbus"),
]})
