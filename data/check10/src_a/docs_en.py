from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 009
t = """Nigerian police probe alleged Chinese 'service station' in Lagos

By a staff correspondent

LAGOS, Feb 9 (Reuters-style wire) - Nigerian police said on Thursday they had opened an investigation into an office in the Ikeja district of Lagos that a rights group says is run by a county police bureau in China's Fujian province and used to track down Chinese citizens wanted at home.

The office, which operates from the first floor of a building shared with a freight forwarder, presents itself as a help desk for Chinese traders. According to the group, it was set up in 2019 by the public security bureau of Pingnan county. Its staff, the group said, pressed at least two Chinese nationals in Lagos to go back to China to face fraud charges; one of them, a textile wholesaler, flew home in March last year after his brother in Pingnan was repeatedly visited by officers.

"We will not tolerate any foreign entity carrying out policing functions on Nigerian soil," a police spokesman said, adding that no one had been arrested so far.

The group said a second such office was believed to operate in Abuja, but it had not been able to confirm the address. Nigeria would then be one of about a dozen African countries hosting such outposts, it said.

The Chinese embassy in Abuja rejected the accusations, saying in a statement that "there are no so-called Chinese police stations in Nigeria" and that community volunteers merely help compatriots renew documents online.

Nigeria's foreign ministry summoned the Chinese ambassador on Friday to explain, a ministry official told reporters, speaking on condition of anonymity.
"""
DOCS.append({"name": "009-en-wire-lagos-abuja-pingnan.txt", "text": t, "facts": [
    R("NG", "investigation", "Nigerian police said on Thursday they had opened an investigation into an office in the Ikeja district of Lagos", place="Lagos"),
    S("NG", "Lagos", "According to the group, it was set up in 2019 by the public security bureau of Pingnan county.", operator="Pingnan", date="2019", claimant="a rights group", note="Ikeja, first floor shared with a freight forwarder"),
    I("NG", "persuasion", "one of them, a textile wholesaler, flew home in March last year after his brother in Pingnan was repeatedly visited by officers.", place="Lagos", claimant="a rights group"),
    I("NG", "harassment", "one of them, a textile wholesaler, flew home in March last year after his brother in Pingnan was repeatedly visited by officers.", claimant="a rights group", opt=True, note="relative visited in China"),
    C("cases", 2, "NG", "Its staff, the group said, pressed at least two Chinese nationals in Lagos to go back to China to face fraud charges", claimant="a rights group", opt=True),
    R("NG", "arrest", "adding that no one had been arrested so far", pol="denied", opt=True),
    S("NG", "Abuja", "The group said a second such office was believed to operate in Abuja, but it had not been able to confirm the address.", claimant="a rights group"),
    C("stations", 2, "NG", "The group said a second such office was believed to operate in Abuja", claimant="a rights group", opt=True),
    C("countries", 12, None, "Nigeria would then be one of about a dozen African countries hosting such outposts, it said.", claimant="a rights group", opt=True, note="'about a dozen', regional"),
    D("CN", "The Chinese embassy in Abuja rejected the accusations, saying in a statement that \"there are no so-called Chinese police stations in Nigeria\"", claimant="Chinese Embassy in Nigeria"),
    S("NG", None, "\"there are no so-called Chinese police stations in Nigeria\"", claimant="Chinese Embassy in Nigeria", pol="denied", opt=True),
    R("NG", "protest", "Nigeria's foreign ministry summoned the Chinese ambassador on Friday to explain", claimant="a ministry official"),
]})

# ---------------------------------------------------------------- 010
t = """WRITTEN QUESTIONS AND ANSWERS

Chinese State: Police Stations
Question for the Home Office, UIN 41872, tabled on 6 November 2023

To ask the Secretary of State for the Home Department, with reference to reports that a so-called overseas police service station linked to the Shaowu Public Security Bureau operated from a community centre in Aberdeen until last spring, whether Police Scotland has investigated that site; and whether any such station has been identified in Dundee.

Answered on 20 November 2023

Operational policing in Scotland is a matter for Police Scotland. I am advised that Police Scotland carried out enquiries into the premises in Aberdeen referred to in the question. Those enquiries did not identify evidence of criminal offences, and the premises have ceased the activities described. Police Scotland found no indication of any comparable activity in Dundee.

The Government has been clear that any attempt to coerce, intimidate, harass or harm individuals in the UK will not be tolerated. Officials have made this position clear to the Chinese Embassy on a number of occasions. The Chinese Ambassador has not been summoned in connection with this matter.

The Government is not aware of any individual in Scotland who has been returned to China as a result of the activities of such a station. Anyone who is concerned should contact the police on 101, or 999 in an emergency.
"""
DOCS.append({"name": "010-en-written-answer-aberdeen-dundee.txt", "text": t, "facts": [
    S("GB", "Aberdeen", "with reference to reports that a so-called overseas police service station linked to the Shaowu Public Security Bureau operated from a community centre in Aberdeen until last spring", operator="Shaowu", claimant="a Member of Parliament", note="a community centre; premise in the question"),
    R("GB", "investigation", "I am advised that Police Scotland carried out enquiries into the premises in Aberdeen referred to in the question.", place="Aberdeen", claimant="Home Office"),
    R("GB", "no_wrongdoing_found", "Those enquiries did not identify evidence of criminal offences", claimant="Home Office"),
    R("GB", "closure", "the premises have ceased the activities described", claimant="Home Office", opt=True, note="ceased, no order"),
    S("GB", "Dundee", "Police Scotland found no indication of any comparable activity in Dundee.", claimant="Home Office", pol="denied", opt=True),
    R("GB", "protest", "Officials have made this position clear to the Chinese Embassy on a number of occasions.", claimant="Home Office", opt=True),
    R("GB", "protest", "The Chinese Ambassador has not been summoned in connection with this matter.", claimant="Home Office", pol="denied", opt=True),
    I("GB", "forced_return", "The Government is not aware of any individual in Scotland who has been returned to China as a result of the activities of such a station.", claimant="Home Office", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 011
t = """CARIBBEAN AND CENTRAL AMERICA: FOUR OUTPOSTS, ONE PREFECTURE

Excerpt from chapter 3 of a report by the Hemispheric Rights Observatory, June 2024

3.1 Overview

Researchers identified four "overseas Chinese service stations" in the Caribbean basin and Central America, all opened between 2018 and 2021 by county-level police bureaus under the city of Lishui in Zhejiang province.[12] None of the four host governments has publicly confirmed their existence.

Table 3.1: Stations identified

  Country              City             Bureau        Opened
  Jamaica              Kingston         Songyang      2018
  Trinidad and Tobago  Port of Spain    Suichang      2019
  Guyana               Georgetown       Longquan      2019
  Panama               Panama City      Jingning      2021

3.2 Cases

The Observatory documented three cases in which station staff pressured Chinese nationals to return. In the clearest, a shop owner in Georgetown was told in 2022 that his parents' pension in Longquan would be stopped unless he came back; he returned in January 2023. In Panama City, a construction worker who had complained about unpaid wages was, according to two colleagues, escorted by station staff to Tocumen airport and put on a flight to Shanghai.[13]

Station staff also photographed participants at a vigil outside the Chinese embassy in Port of Spain in June 2022.

3.3 Responses

Guyanese police told the Observatory that they had "looked into the matter" and found no evidence of any offence. Trinidad and Tobago has not opened an investigation. In Jamaica, the station closed in late 2023 after local media reported on it; it is unclear whether authorities played any part.

Panama and China signed a memorandum on police training and information exchange in 2018, a year after the two countries established diplomatic relations.[14]

[12] Lishui is the prefecture-level city that includes Qingtian; Qingtian itself does not appear in the table.
[13] Interviews, Panama City, March 2024.
[14] The memorandum text has not been published.
"""
DOCS.append({"name": "011-en-ngo-report-caribbean-lishui-counties.txt", "text": t, "facts": [
    C("stations", 4, None, "Researchers identified four \"overseas Chinese service stations\" in the Caribbean basin and Central America", claimant="Hemispheric Rights Observatory", opt=True, note="regional count over four countries"),
    S("JM", "Kingston", "  Jamaica              Kingston         Songyang      2018", operator="Songyang", date="2018", claimant="Hemispheric Rights Observatory"),
    S("TT", "Port of Spain", "  Trinidad and Tobago  Port of Spain    Suichang      2019", operator="Suichang", date="2019", claimant="Hemispheric Rights Observatory"),
    S("GY", "Georgetown", "  Guyana               Georgetown       Longquan      2019", operator="Longquan", date="2019", claimant="Hemispheric Rights Observatory"),
    S("PA", "Panama City", "  Panama               Panama City      Jingning      2021", operator="Jingning", date="2021", claimant="Hemispheric Rights Observatory"),
    C("cases", 3, None, "The Observatory documented three cases in which station staff pressured Chinese nationals to return.", claimant="Hemispheric Rights Observatory", opt=True),
    I("GY", "persuasion", "a shop owner in Georgetown was told in 2022 that his parents' pension in Longquan would be stopped unless he came back; he returned in January 2023.", place="Georgetown", claimant="Hemispheric Rights Observatory", date="2023-01"),
    I("PA", "forced_return", "In Panama City, a construction worker who had complained about unpaid wages was, according to two colleagues, escorted by station staff to Tocumen airport and put on a flight to Shanghai.", place="Panama City", claimant="Hemispheric Rights Observatory"),
    I("TT", "surveillance", "Station staff also photographed participants at a vigil outside the Chinese embassy in Port of Spain in June 2022.", place="Port of Spain", claimant="Hemispheric Rights Observatory", date="2022-06"),
    R("GY", "investigation", "Guyanese police told the Observatory that they had \"looked into the matter\"", claimant="Guyana Police Force", opt=True),
    R("GY", "no_wrongdoing_found", "Guyanese police told the Observatory that they had \"looked into the matter\" and found no evidence of any offence.", claimant="Guyana Police Force"),
    R("TT", "investigation", "Trinidad and Tobago has not opened an investigation.", claimant="Hemispheric Rights Observatory", pol="denied"),
    R("JM", "closure", "In Jamaica, the station closed in late 2023 after local media reported on it", claimant="Hemispheric Rights Observatory", opt=True, note="closed itself; role of authorities unclear"),
    A("PA", "security_agreement", "Panama and China signed a memorandum on police training and information exchange in 2018", claimant="Hemispheric Rights Observatory", date="2018"),
]})

# ---------------------------------------------------------------- 012
t = """Houston man pleads guilty in case over covert Chinese police outpost

HOUSTON - A 58-year-old Houston man pleaded guilty on Tuesday to acting as an unregistered agent of China in connection with what prosecutors described as a clandestine police outpost run out of a tea shop in the city's Chinatown.

According to court filings, the outpost answered to the public security bureau of Jieyang, a city in Guangdong province, and was opened in 2020. The defendant, who ran the shop, admitted in his plea agreement that he had passed on information about at least five Chinese nationals living in Texas to officers in Jieyang.

In one case described in the filings, he and a second man tracked down a former factory manager wanted in Jieyang on embezzlement charges, drove him to George Bush Intercontinental Airport in November 2021 and watched him board a flight to Guangzhou. The manager was detained on arrival, prosecutors said.

FBI agents searched the shop in April 2023. Its owner was arrested the same day and has been in custody since. The second man is believed to have left the country.

"This was not a community service centre," the U.S. attorney for the Southern District of Texas said. "It was a tool to find people and send them back."

His lawyer said his client had believed he was helping compatriots with paperwork. Sentencing is set for March.

The Chinese Consulate General in Houston said it "firmly opposes the smearing of China" and that Chinese police "have never set up any station in the United States."
"""
DOCS.append({"name": "012-en-court-news-houston-jieyang.txt", "text": t, "facts": [
    S("US", "Houston", "According to court filings, the outpost answered to the public security bureau of Jieyang, a city in Guangdong province, and was opened in 2020.", operator="Jieyang", date="2020", claimant="US prosecutors", note="a tea shop in Chinatown"),
    R("US", "arrest", "A 58-year-old Houston man pleaded guilty on Tuesday to acting as an unregistered agent of China", place="Houston"),
    I("US", "surveillance", "he had passed on information about at least five Chinese nationals living in Texas to officers in Jieyang", claimant="US prosecutors"),
    I("US", "forced_return", "he and a second man tracked down a former factory manager wanted in Jieyang on embezzlement charges, drove him to George Bush Intercontinental Airport in November 2021 and watched him board a flight to Guangzhou.", place="Houston", claimant="US prosecutors", date="2021-11"),
    R("US", "investigation", "FBI agents searched the shop in April 2023.", place="Houston", date="2023-04"),
    D("US", "His lawyer said his client had believed he was helping compatriots with paperwork.", claimant="defence lawyer", opt=True),
    D("CN", "The Chinese Consulate General in Houston said it \"firmly opposes the smearing of China\" and that Chinese police \"have never set up any station in the United States.\"", claimant="Chinese Consulate General in Houston"),
    S("US", None, "Chinese police \"have never set up any station in the United States.\"", claimant="Chinese Consulate General in Houston", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 013
t = """Durban 'police desk' was run from Guangdong, says Hawks report

JOHANNESBURG - South Africa's Directorate for Priority Crime Investigation, known as the Hawks, has concluded that a "Chinese police desk" operating from a business association in Durban took instructions from the public security bureau of Puning, a county-level city in Guangdong, according to a report seen by this newspaper.

The desk, which the association describes as a "consular help point", was set up in 2021. The Hawks report says its two employees collected addresses of Puning natives across KwaZulu-Natal and passed them to Puning police.

It is the first time South African investigators have put that in writing. The desk closed its doors in September after the Hawks raided it; three people were taken in for questioning but released without charge.

The report also mentions a smaller operation in Johannesburg's Cyrildene Chinatown, "possibly linked to the same bureau", which investigators were unable to locate.

South Africa and China signed an agreement on police cooperation in 2015 that provides for training and for joint operations against smuggling; it says nothing about stations abroad, a Hawks spokesperson noted.

The Chinese embassy in Pretoria dismissed the report. "The so-called 'police desk' is a figment of imagination," a spokesperson said. "Chinese police have no presence in South Africa."

Durban's Chinese community is one of the oldest in Africa. Families from Guangdong arrived in Natal in the late nineteenth century, and a second wave of traders, many of them from Puning and neighbouring Jieyang, followed in the 1990s. Several older residents interviewed outside a community hall in Berea, two blocks from the Berea police station, said they had never heard of the desk. "We go to the consulate for passports, like everybody," one retired shopkeeper said.

Rights groups argue that such desks are part of a wider system for tracking people abroad and persuading fugitives to go home, often by putting pressure on relatives in China. Beijing has described its campaigns against fraud and corruption suspects abroad as lawful and said they are carried out through "international cooperation".

The Hawks report does not describe any case of a person being returned from KwaZulu-Natal. A Hawks official said the investigation into possible violations of the Foreign Military Assistance and the Protection of State Information legislation remained open, and that prosecutors would decide whether charges could be brought.

Opposition MPs have asked the minister of international relations to summon the Chinese ambassador. The minister has said she is "studying the report".
"""
DOCS.append({"name": "013-en-news-durban-johannesburg-puning.txt", "text": t, "facts": [
    R("ZA", "investigation", "South Africa's Directorate for Priority Crime Investigation, known as the Hawks, has concluded that a \"Chinese police desk\" operating from a business association in Durban took instructions from the public security bureau of Puning", place="Durban", claimant="Hawks"),
    S("ZA", "Durban", "has concluded that a \"Chinese police desk\" operating from a business association in Durban took instructions from the public security bureau of Puning, a county-level city in Guangdong", operator="Puning", claimant="Hawks", note="a business association"),
    C("staff", 2, "ZA", "The Hawks report says its two employees collected addresses of Puning natives across KwaZulu-Natal", claimant="Hawks"),
    I("ZA", "surveillance", "The Hawks report says its two employees collected addresses of Puning natives across KwaZulu-Natal and passed them to Puning police.", claimant="Hawks"),
    R("ZA", "closure", "The desk closed its doors in September after the Hawks raided it", place="Durban", opt=True, note="stopped after a raid, no order"),
    R("ZA", "arrest", "three people were taken in for questioning but released without charge", pol="denied", opt=True),
    S("ZA", "Johannesburg", "The report also mentions a smaller operation in Johannesburg's Cyrildene Chinatown, \"possibly linked to the same bureau\", which investigators were unable to locate.", operator="Puning", claimant="Hawks", opt=True, note="Cyrildene; unconfirmed"),
    I("ZA", "forced_return", "The Hawks report does not describe any case of a person being returned from KwaZulu-Natal.", claimant="Hawks", pol="denied", opt=True),
    A("ZA", "security_agreement", "South Africa and China signed an agreement on police cooperation in 2015 that provides for training and for joint operations against smuggling", date="2015"),
    D("CN", "\"The so-called 'police desk' is a figment of imagination,\" a spokesperson said. \"Chinese police have no presence in South Africa.\"", claimant="Chinese Embassy in South Africa"),
    S("ZA", None, "\"Chinese police have no presence in South Africa.\"", claimant="Chinese Embassy in South Africa", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 014 irrelevant
t = """Chinese-owned chain to open 40 motorway service stations

A Chinese-owned hospitality group has agreed to buy a network of motorway service stations in the Midlands and the north of England, and plans to open a further 40 sites by 2027, the company said on Monday.

The group, which is based in Shanghai and already operates hotels in Manchester and Birmingham, signed the agreement with the stations' private-equity owner after what it called "a long and friendly process". The price was not disclosed.

The deal comes a week after part of the M6 was closed for nine hours when a lorry caught fire near one of the stations. Staffordshire Police said officers had diverted traffic and that no one was hurt; two fire engines from the nearby station at Stafford attended.

A spokesman for the Chinese embassy said it welcomed "every investment that creates jobs in both countries". Unions have asked for assurances that the 2,300 employees will keep their contracts. The group said none would be returned to agency work.
"""
DOCS.append({"name": "014-en-business-news-motorway-service-stations.txt", "text": t, "facts": []})
