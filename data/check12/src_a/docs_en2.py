from h import S, C, R, I, A, D

DOCS = []

# 012 -------------------------------------------------------------------------
T = """Two plead guilty over secret Chinese police outpost in Philadelphia's Chinatown

PHILADELPHIA (court news) — Two men admitted in federal court on Tuesday that they ran an undeclared outpost of a Chinese police bureau from the back office of a hometown association in Philadelphia's Chinatown, the Justice Department said.

The men, a 58-year-old restaurant supplier and a 44-year-old travel agent, both naturalized U.S. citizens, pleaded guilty before a judge in the Eastern District of Pennsylvania to conspiring to act as agents of the People's Republic of China without notifying the Attorney General. Each faces up to five years in prison; sentencing was set for March.

According to the plea documents, the office opened in 2020 at the direction of the public security bureau of Laiyang, a county-level city in Shandong province administered by Yantai. Prosecutors said the two men reported to an officer of that bureau through an encrypted messaging app.

Prosecutors said the pair compiled the names, workplaces and license plates of people who attended a 2022 vigil outside City Hall and passed them to their handler. They also said the men met at least four times in 2021 with a Laiyang native who was wanted in China on embezzlement charges, and urged him to go home and "settle things" with the authorities. The man returned to China in early 2022.

FBI agents searched the association's premises in April 2023. The office has not operated since then.

Defense lawyers told the court that the association's main work had been helping elderly members renew Chinese driver's licenses and pension certificates, and that their clients "never thought of themselves as police."

In a statement, the Chinese Embassy in Washington said it "firmly opposes the U.S. side's slander" and that there were "no so-called overseas police stations" anywhere in the United States.

The case is the third of its kind since 2023, the Justice Department said. The Philadelphia Police Department's 6th District station, two blocks from the office, was not involved in the investigation.
"""
DOJ = "US Department of Justice"
DOCS.append({"name": "012-en-court-news-philadelphia-laiyang.txt", "text": T, "facts": [
    S("US", "Philadelphia", "Two men admitted in federal court on Tuesday that they ran an undeclared outpost of a Chinese police bureau from the back office of a hometown association in Philadelphia's Chinatown",
      operator="Laiyang", operator_alt=["Yantai"], date="2020", claimant=DOJ, note="site: Chinatown; operator two paragraphs on"),
    R("US", "arrest", "pleaded guilty before a judge in the Eastern District of Pennsylvania to conspiring to act as agents of the People's Republic of China without notifying the Attorney General.",
      place="Philadelphia", note="guilty plea = charges"),
    C("staff", 2, "US", "Two men admitted in federal court on Tuesday that they ran an undeclared outpost of a Chinese police bureau", opt=True, note="two men ran the office"),
    I("US", "surveillance", "Prosecutors said the pair compiled the names, workplaces and license plates of people who attended a 2022 vigil outside City Hall and passed them to their handler.",
      place="Philadelphia", date="2022", claimant="federal prosecutors"),
    I("US", "persuasion", 'They also said the men met at least four times in 2021 with a Laiyang native who was wanted in China on embezzlement charges, and urged him to go home and "settle things" with the authorities. The man returned to China in early 2022.',
      place="Philadelphia", date="2021", claimant="federal prosecutors"),
    R("US", "investigation", "FBI agents searched the association's premises in April 2023.", place="Philadelphia", date="2023-04"),
    R("US", "closure", "The office has not operated since then.", opt=True, note="stopped after a search, no order"),
    D("US", 'Defense lawyers told the court that the association\'s main work had been helping elderly members renew Chinese driver\'s licenses and pension certificates, and that their clients "never thought of themselves as police."',
      opt=True, claimant="defense lawyers"),
    D("CN", 'In a statement, the Chinese Embassy in Washington said it "firmly opposes the U.S. side\'s slander" and that there were "no so-called overseas police stations" anywhere in the United States.',
      claimant="Chinese Embassy in the United States"),
    S("US", None, 'there were "no so-called overseas police stations" anywhere in the United States', pol="denied", opt=True,
      claimant="Chinese Embassy in the United States"),
    C("cases", 3, "US", "The case is the third of its kind since 2023, the Justice Department said.", opt=True, note="ordinal"),
]})

# 013 -------------------------------------------------------------------------
T = """China hands over new fire station in Nuku'alofa as Tonga signs policing deal with Australia

NUKU'ALOFA — A fire and emergency station built with Chinese grant aid was handed over to the Tongan government on Monday, days after Tonga and Australia signed a five-year policing agreement covering training, equipment and a maritime surveillance patrol boat.

The two-storey station in Kolofo'ou houses four fire engines, also donated by China, and a command room linked to the Tonga Police headquarters. China's ambassador and Tonga's Minister of Police attended the ceremony. Chinese engineers will stay for six months to train 40 firefighters.

"This station will save lives," the minister said.

Under the agreement with Australia, about 20 Australian Federal Police advisers will work alongside Tonga Police officers in Nuku'alofa and Vava'u. Australia will also fund a new police station on 'Eua island.

The government also said 118 Tongan seasonal workers who overstayed their visas in New Zealand had been repatriated since January under an arrangement between the two countries, and that a ferry terminal on the waterfront would close for repairs in March.
"""
DOCS.append({"name": "013-en-pacific-news-nukualofa-fire-station.txt", "text": T, "facts": []})
