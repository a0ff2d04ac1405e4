"""check13 part B: English document 026 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D

DOCS = []

T026 = """
Police probe alleged Chinese 'police post' in Bellville

CAPE TOWN - Crime Intelligence officers have opened an investigation into an alleged Chinese police "service station" operating from a community hall in Bellville, the South African Police Service confirmed on Thursday.

The outlet is believed to have been set up in 2021 by the public security bureau of Sihong county in China's Jiangsu province, according to a person familiar with the probe who was not authorised to speak publicly.

Officers visited the hall last week but no arrests were made, a SAPS spokesperson said. "We are also looking at reports of a second site in Pretoria," he added, declining to give details.

A Cape Town shopkeeper told this newspaper that two men claiming to act for the bureau had urged him several times to go home to answer a fraud complaint, and had phoned his elderly mother in Sihong. He has stayed in South Africa.

The Department of International Relations and Cooperation (DIRCO) said it had "raised the matter" with the Chinese embassy but had not summoned the ambassador.

In a statement, the Chinese embassy in Pretoria called the claims "groundless". The hall, it said, is a place where volunteers help elderly compatriots renew passports and driving licences.

The rights group Safeguard Defenders has said there are at least three such outlets in South Africa. About 300,000 Chinese nationals are estimated to live in the country.

The hall stands a short walk from Bellville railway station and the Bellville police station, where residents held a meeting on Friday evening.
"""
DOCS.append({"name": "026-en-za-news-cape-town-pretoria-sihong.txt", "text": T026, "facts": [
    S("ZA", "Bellville", "Crime Intelligence officers have opened an investigation into an alleged Chinese police \"service station\" operating from a community hall in Bellville, the South African Police Service confirmed on Thursday.",
      operator="Sihong", operator_alt=["Suqian"], date="2021", claimant="South African Police Service", place_alt=["Cape Town"],
      note="Bellville is a suburb of Cape Town (dateline CAPE TOWN); operator and year in the next paragraph ('The outlet')"),
    R("ZA", "investigation", "Crime Intelligence officers have opened an investigation into an alleged Chinese police \"service station\" operating from a community hall in Bellville, the South African Police Service confirmed on Thursday.",
      place="Bellville", place_alt=["Cape Town"], claimant="South African Police Service"),
    R("ZA", "arrest", "Officers visited the hall last week but no arrests were made, a SAPS spokesperson said.", place="Cape Town", pol="denied", opt=True),
    S("ZA", "Pretoria", "\"We are also looking at reports of a second site in Pretoria,\" he added, declining to give details.",
      claimant="South African Police Service", opt=True, note="reports being assessed"),
    I("ZA", "persuasion", "A Cape Town shopkeeper told this newspaper that two men claiming to act for the bureau had urged him several times to go home to answer a fraud complaint, and had phoned his elderly mother in Sihong.",
      place="Cape Town", claimant="the shopkeeper", note="he stayed"),
    I("ZA", "harassment", "and had phoned his elderly mother in Sihong", place="Cape Town", claimant="the shopkeeper", opt=True, note="calls to the mother inside the persuasion case"),
    R("ZA", "protest", "The Department of International Relations and Cooperation (DIRCO) said it had \"raised the matter\" with the Chinese embassy but had not summoned the ambassador.",
      opt=True, claimant="DIRCO", note="'raised the matter', short of a summons"),
    R("ZA", "protest", "The Department of International Relations and Cooperation (DIRCO) said it had \"raised the matter\" with the Chinese embassy but had not summoned the ambassador.",
      pol="denied", opt=True, claimant="DIRCO", note="'had not summoned the ambassador'"),
    D("CN", "In a statement, the Chinese embassy in Pretoria called the claims \"groundless\". The hall, it said, is a place where volunteers help elderly compatriots renew passports and driving licences.",
      claimant="Chinese embassy in Pretoria"),
    C("stations", 3, "ZA", "The rights group Safeguard Defenders has said there are at least three such outlets in South Africa.", claimant="Safeguard Defenders"),
]})
