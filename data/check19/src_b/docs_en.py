from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 032 en wire, Australia
DOCS.append(dict(name="032-en-wire-bendigo-huayin.txt", text="""
World | Asia-Pacific

Police look into claims of Chinese 'service station' in regional Victoria

By a staff reporter
Updated 14 May 2026, 6:12pm  |  4 min read

MELBOURNE, May 14 - Australian Federal Police said on Thursday they had made inquiries
into reports that a community association's office in the goldfields city of Bendigo
was being used to keep watch on Chinese students and pressure at least one of them to
go home.

[Photo: View Street in central Bendigo. Picture: file]

The office, on the first floor above a travel agency, was opened in 2023. A report
released last week by an overseas rights group says it was set up with the help of the
public security bureau of Huayin, a county-level city in Shaanxi province, and that its
staff phoned a nursing student several times urging her to return and "clear up" a
matter involving her father's business. She stayed in Australia.

READ MORE: International student numbers hit record in Victoria

"We are aware of the reporting and have made inquiries," an AFP spokesperson said,
declining to say whether anyone had been interviewed. No charges have been laid.

The report counts two such premises in Victoria, the second in Melbourne's outer
south-east, and "more than a hundred" worldwide.

A spokesperson for the Chinese embassy in Canberra said the association merely helped
elderly members renew Chinese driving licences online and that "the so-called overseas
police station simply does not exist".

Bendigo's Chinese community dates back to the 1850s gold rush; the city's Golden
Dragon Museum holds the world's oldest imperial dragon.

Correction: An earlier version of this story said the office opened in 2022. It
opened in 2023.

Sign up to our morning newsletter.
""", facts=[
    S("AU", "Bendigo", "a community association's office in the goldfields city of Bendigo"),
    S("AU", "Bendigo", "it was set up with the help of the public security bureau of Huayin, a county-level city in Shaanxi province",
      operator="Huayin", operator_alt="Weinan", claimant="overseas rights group", date="2023"),
    R("AU", "investigation", "Australian Federal Police said on Thursday they had made inquiries", place="Bendigo", date="2026-05-14"),
    I("AU", "persuasion", "its staff phoned a nursing student several times urging her to return", place="Bendigo", claimant="overseas rights group"),
    R("AU", "arrest", "No charges have been laid.", pol="denied", opt=True),
    C("stations", 2, "AU", "The report counts two such premises in Victoria", claimant="overseas rights group"),
    C("stations", 100, None, "\"more than a hundred\" worldwide", claimant="overseas rights group", opt=True),
    D("CN", "the association merely helped elderly members renew Chinese driving licences online", claimant="Chinese embassy in Canberra"),
]))

# 033 en NZ written parliamentary question
DOCS.append(dict(name="033-en-written-question-napier-dexing.txt", text=W("""
WRITTEN PARLIAMENTARY QUESTIONS                                    Page 3

Question No. 18842 (2026)

To the Minister of Police

Question: What steps, if any, have Police taken in response to reports that a venue operated by a cultural society in Napier has functioned since 2022 as an overseas "service station" of the Dexing Public Security Bureau in Jiangxi province, and has the Minister sought advice on whether any persons of Chinese origin in Hawke's Bay have been pressured to return to China?

Reply: I am advised that New Zealand Police became aware of the reports in February 2026. Police assessed the information available, spoke with members of the society and attended the premises. I am advised that Police did not identify any criminal offending, and that the venue is used chiefly for language classes and a weekly seniors' lunch.

Police have not received any complaint from a person who reports having been pressured to return to China. Any person who feels they are being monitored or intimidated on behalf of a foreign state is encouraged to contact Police.

Officials from the Ministry of Foreign Affairs and Trade have raised New Zealand's expectations regarding foreign interference with the Chinese Embassy. The Chinese Ambassador has not been summoned.

Hon. Minister of Police
Date of reply: 11 March 2026

------------------------------------------------------------------------
Schedule of written questions, Order Paper 2026/41                 Page 4
"""), facts=[
    S("NZ", "Napier", "a venue operated by a cultural society in Napier has functioned since 2022 as an overseas \"service station\" of the Dexing Public Security Bureau in Jiangxi province",
      operator="Dexing", operator_alt="Shangrao", claimant="reports", date="2022", note="premise in the question"),
    R("NZ", "investigation", "Police assessed the information available, spoke with members of the society and attended the premises", place="Napier"),
    R("NZ", "no_wrongdoing_found", "Police did not identify any criminal offending", place="Napier", claimant="New Zealand Police"),
    R("NZ", "protest", "Officials from the Ministry of Foreign Affairs and Trade have raised New Zealand's expectations regarding foreign interference with the Chinese Embassy", opt=True),
    R("NZ", "protest", "The Chinese Ambassador has not been summoned.", pol="denied", opt=True),
]))

# 034 en live blog, US hearing
DOCS.append(dict(name="034-en-liveblog-hearing-tucson-el-paso-xinji-zhidan.txt", text="""
LIVE: House panel hears from FBI on alleged Chinese police outposts in the Southwest

Refresh for updates | All times Mountain

4:52 p.m.
That's where we'll leave the live coverage. Our full story will be online shortly.

4:31 p.m.
Asked by the ranking member whether the bureau would "shut them down tomorrow if it could", the witness declined to answer a hypothetical.

4:10 p.m.
The Chinese embassy has sent us a statement: the two sites are "volunteer-run help desks for Chinese nationals who need to renew documents", and "China has never set up police stations in the United States". The statement calls the hearing "political theatre".

3:46 p.m.
On El Paso, the FBI deputy assistant director confirms two men were arrested in April and charged with acting as unregistered agents of the PRC. Prosecutors allege the storefront on the east side "reported to" the public security bureau of Zhidan county in Shaanxi. Both have pleaded not guilty.

3:20 p.m.
The witness says agents documented the office photographing people at a vigil outside the university in Tucson last June and sending the pictures to China. "That is not a help desk," he says.

3:02 p.m.
Committee staff's memo, released this morning, puts the number at two in the Southwest - one in Tucson, one in El Paso - and ties the Tucson office to the Xinji city police in Hebei.

2:45 p.m.
Quick background for those just joining: the outposts first drew attention in 2022, when a rights group counted 54, later revising the tally upward. Today's hearing is the first to focus on smaller cities.

2:30 p.m.
The hearing is under way. The chairwoman opened by calling the outposts "a direct challenge to American sovereignty".
""", facts=[
    S("US", "El Paso", "Prosecutors allege the storefront on the east side \"reported to\" the public security bureau of Zhidan county in Shaanxi",
      operator="Zhidan", operator_alt="Yan'an", claimant="Prosecutors"),
    R("US", "arrest", "two men were arrested in April and charged with acting as unregistered agents of the PRC", place="El Paso", date="2026-04"),
    I("US", "surveillance", "agents documented the office photographing people at a vigil outside the university in Tucson last June and sending the pictures to China", place="Tucson", claimant="FBI"),
    C("stations", 2, "US", "puts the number at two in the Southwest - one in Tucson, one in El Paso", claimant="Committee staff"),
    S("US", "Tucson", "ties the Tucson office to the Xinji city police in Hebei", operator="Xinji", operator_alt="Shijiazhuang", claimant="Committee staff"),
    S("US", "El Paso", "one in Tucson, one in El Paso", claimant="Committee staff"),
    C("stations", 54, None, "a rights group counted 54", claimant="rights group", date="2022"),
    D("CN", "the two sites are \"volunteer-run help desks for Chinese nationals who need to renew documents\", and \"China has never set up police stations in the United States\"", claimant="Chinese embassy"),
]))
