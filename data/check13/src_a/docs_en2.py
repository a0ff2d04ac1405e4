"""check13 part A: documents 012-013 (English)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 012
T012 = """
Czech court convicts two over Chinese 'police station' in Liberec

PRAGUE, Oct 8 - A Czech court on Wednesday convicted two Chinese nationals of spying for a foreign power over what prosecutors described as an undeclared Chinese "police service station" in the northern city of Liberec.

The regional court in Usti nad Labem sentenced a 47-year-old restaurant owner to three years in prison and his 39-year-old business partner to a suspended 18-month term. Both had pleaded not guilty and can appeal.

Prosecutors said the office, housed above a restaurant near Liberec's town hall, was set up in 2021. It reported, they said, to the public security bureau of Honghu, a city in the central province of Hubei, whose officers sent the pair lists of people to look for.

According to the indictment, the two men kept files on Chinese students at the Technical University of Liberec, noting whom they met and what they posted online. In 2022 they persuaded a Chinese man wanted for fraud in Hubei to go back to China, where he was detained on arrival, the court heard.

Prosecutors also told the court that a second site had operated in Olomouc for several months in 2022 before closing on its own after Czech media reported on it. No one has been charged in that case.

Police searched the Liberec premises in January 2023, and the Czech foreign ministry summoned the Chinese ambassador the following week.

"This was a help desk where people renewed driving licences, nothing more," the older defendant's lawyer told reporters outside the courtroom.

The Chinese embassy in Prague said in a statement that "there are no so-called overseas police stations" and that Beijing "firmly opposes the politicisation of normal consular services".

Rights group Safeguard Defenders, which first reported on such sites in 2022, called the verdict the first conviction of its kind in Central Europe.

(Reporting by Prague newsroom; editing by Europe desk)
"""
DOCS.append(dict(name="012-en-wire-court-liberec-olomouc-honghu.txt", text=T012, facts=[
    S("CZ", "Liberec", "Prosecutors said the office, housed above a restaurant near Liberec's town hall, was set up in 2021. It reported, they said, to the public security bureau of Honghu, a city in the central province of Hubei",
      operator="Honghu", operator_alt=["Jingzhou"], claimant="Czech prosecutors", date="2021", note="operator in the next sentence"),
    R("CZ", "arrest", "A Czech court on Wednesday convicted two Chinese nationals of spying for a foreign power over what prosecutors described as an undeclared Chinese \"police service station\" in the northern city of Liberec.",
      place="Liberec", note="conviction"),
    I("CZ", "surveillance", "the two men kept files on Chinese students at the Technical University of Liberec, noting whom they met and what they posted online",
      place="Liberec", claimant="Czech prosecutors"),
    I("CZ", "persuasion", "In 2022 they persuaded a Chinese man wanted for fraud in Hubei to go back to China, where he was detained on arrival, the court heard.",
      claimant="Czech prosecutors", date="2022"),
    S("CZ", "Olomouc", "Prosecutors also told the court that a second site had operated in Olomouc for several months in 2022 before closing on its own after Czech media reported on it.",
      claimant="Czech prosecutors", date="2022"),
    R("CZ", "closure", "a second site had operated in Olomouc for several months in 2022 before closing on its own", place="Olomouc",
      claimant="Czech prosecutors", date="2022", opt=True, note="closed by itself"),
    R("CZ", "arrest", "No one has been charged in that case.", pol="denied", opt=True),
    R("CZ", "investigation", "Police searched the Liberec premises in January 2023", place="Liberec", date="2023-01"),
    R("CZ", "protest", "the Czech foreign ministry summoned the Chinese ambassador the following week", date="2023-01"),
    D("CZ", "\"This was a help desk where people renewed driving licences, nothing more,\" the older defendant's lawyer told reporters outside the courtroom.",
      claimant="defence lawyer", opt=True, note="defence's denial by explanation"),
    D("CN", "The Chinese embassy in Prague said in a statement that \"there are no so-called overseas police stations\"",
      claimant="PRC Embassy in the Czech Republic"),
    S("CZ", None, "The Chinese embassy in Prague said in a statement that \"there are no so-called overseas police stations\"",
      claimant="PRC Embassy in the Czech Republic", pol="denied", opt=True, note="general denial"),
]))

# ---------------------------------------------------------------- 013 (irrelevant)
T013 = """
Chinese-backed developer picked for £40m station quarter as car-wash workers face removal

Wolverhampton council has chosen a developer backed by a Shenzhen investment group to rebuild the run-down streets around the city's railway station, in a deal worth about £40 million.

The scheme, approved by the cabinet on Tuesday night, includes 102 flats, a hotel and 53 shop units, as well as a new British Transport Police station on the corner of the station forecourt to replace the current portable cabin.

The council leader said the deal followed a memorandum of understanding signed last year with Wolverhampton's twin city in Guangdong, which committed both sides to "explore investment opportunities". The Chinese consulate-general in Manchester welcomed the decision as "a model of practical cooperation".

Opposition councillors questioned whether enough checks had been carried out on the investor. "We are handing the gateway to our city to a company we know very little about," one said.

Separately, immigration officers and West Midlands Police raided a hand car wash on the Dudley Road on Monday. Four Chinese nationals and two Albanians were detained for working illegally. A Home Office spokesperson said the Chinese nationals "will be returned to China" under existing arrangements and that the car wash operator faced fines of up to £45,000 per worker.

A Chinese community group in the city said it was offering the detained men's families advice through its help desk at the community centre, which also runs English classes and helps older residents with pension forms.

Work on the station quarter is due to start in spring.
"""
DOCS.append(dict(name="013-en-uk-local-news-wolverhampton-station-quarter.txt", text=T013, facts=[]))
