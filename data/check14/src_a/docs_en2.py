"""check14 part A, documents 012-013 (en). Held-out material: contains gold."""
from h import S, C, R, I, A, D

DOC012 = """Police find no evidence of offending at Hamilton 'police station' office

Police have wrapped up a seven-month inquiry into claims that a Chinese community office in Hamilton was being used as an unofficial outpost of a Chinese police bureau, saying they found no evidence that any offence had been committed.

In a statement released on Thursday, the Waikato District Commander said investigators had interviewed eleven people and examined financial records connected to the office in the suburb of Frankton.

"Our enquiries did not identify any criminal offending under New Zealand law," the statement said. "The investigation is now closed, but we encourage anyone who feels they are being threatened or monitored to contact Police."

The office, which operated out of a converted shop from 2021, was named last year in a report by a Spanish-based rights group as one of two such sites in New Zealand. The group linked it to the public security bureau of Xinmin, a county-level city administered by Shenyang in China's northeast, but did not say where the second site was.

It has since stopped operating. On Friday a sign in the window advertised the space for lease.

A University of Waikato postgraduate student, who asked not to be named, told the Herald last year that a man from the office had approached him after a campus talk on Tibet and asked him to "think about going home" to sort out a problem with his household registration. His father in Liaoning was questioned by local police a fortnight later, he said. The student has stayed in New Zealand.

The Ministry of Foreign Affairs and Trade called in the Chinese ambassador in March to convey New Zealand's concerns, a spokesperson confirmed yesterday.

The Chinese embassy in Wellington has repeatedly said there are no Chinese police stations in New Zealand, and that the Hamilton office was run by volunteers who helped people renew their driving licences online.

The Hamilton inquiry was the first of its kind in New Zealand. Overseas, the Netherlands and Ireland both ordered similar offices in their countries to shut in late 2022, after the same rights group first published its findings.

Frankton residents spoken to by the Herald said they had never noticed anything unusual about the shop, which sits two doors down from a dairy and across the road from the railway station.
"""

F012 = [
    R("NZ", "investigation", "Police have wrapped up a seven-month inquiry into claims that a Chinese community office in Hamilton was being used as an unofficial outpost of a Chinese police bureau",
      place="Hamilton", claimant="New Zealand Police"),
    R("NZ", "no_wrongdoing_found", "\"Our enquiries did not identify any criminal offending under New Zealand law,\" the statement said.",
      claimant="New Zealand Police"),
    S("NZ", "Hamilton", "The office, which operated out of a converted shop from 2021, was named last year in a report by a Spanish-based rights group as one of two such sites in New Zealand. The group linked it to the public security bureau of Xinmin, a county-level city administered by Shenyang in China's northeast",
      operator="Xinmin", operator_alt=["Shenyang"], claimant="Spanish-based rights group", date="2021",
      note="rights group unnamed (Spanish-based); site Frankton"),
    C("stations", 2, "NZ", "was named last year in a report by a Spanish-based rights group as one of two such sites in New Zealand",
      claimant="Spanish-based rights group"),
    R("NZ", "closure", "It has since stopped operating.", opt=True, note="stopped by itself"),
    I("NZ", "persuasion", "a man from the office had approached him after a campus talk on Tibet and asked him to \"think about going home\" to sort out a problem with his household registration",
      place="Hamilton", note="the student stayed"),
    I("NZ", "harassment", "His father in Liaoning was questioned by local police a fortnight later, he said.", opt=True,
      note="pressure on a relative inside a persuasion case"),
    R("NZ", "protest", "The Ministry of Foreign Affairs and Trade called in the Chinese ambassador in March to convey New Zealand's concerns",
      claimant="New Zealand Ministry of Foreign Affairs and Trade"),
    D("CN", "The Chinese embassy in Wellington has repeatedly said there are no Chinese police stations in New Zealand, and that the Hamilton office was run by volunteers who helped people renew their driving licences online.",
      claimant="Chinese Embassy in New Zealand"),
    S("NZ", None, "there are no Chinese police stations in New Zealand", claimant="Chinese Embassy in New Zealand", pol="denied", opt=True),
    S("NL", None, "the Netherlands and Ireland both ordered similar offices in their countries to shut in late 2022", date="2022", note="recalled background closure"),
    S("IE", None, "the Netherlands and Ireland both ordered similar offices in their countries to shut in late 2022", date="2022", note="recalled background closure"),
    R("NL", "closure", "the Netherlands and Ireland both ordered similar offices in their countries to shut in late 2022", date="2022"),
    R("IE", "closure", "the Netherlands and Ireland both ordered similar offices in their countries to shut in late 2022", date="2022"),
]

DOC013 = """Police hub opens its doors in the heart of Chinatown

A community police hub has opened on Stowell Street in the heart of Newcastle's Chinatown, offering residents, traders and visitors a place to report crime and get advice in English, Cantonese and Mandarin.

Northumbria Police said the hub, in a former travel agency next to the Chinese arch, would be staffed three afternoons a week by neighbourhood officers and a team of 12 trained volunteers. It is the force's fifth such drop-in point in the city, after similar hubs opened at Central Station and in the Grainger Market last year.

The force has also signed a partnership agreement with a local Chinese community association, under which the association will help translate crime-prevention leaflets and run workshops on scam phone calls, which officers say have targeted older Chinese residents and international students.

"A lot of people in the community don't feel comfortable walking into a police station, and some have had bad experiences of police in other countries," a neighbourhood inspector said at Monday's opening. "This is about being where people are."

Guests at the opening included the Lord Mayor and a representative of the Chinese Consulate-General in Manchester, who thanked officers for their work during last month's New Year celebrations.

Figures released with the announcement show officers dealt with 102 reports of theft in and around Chinatown last year, and that 53 stolen bicycles were returned to their owners. Among them was a student's e-bike, recovered in Gateshead and returned to him three days before he flew home to China at the end of his course.

The hub is open from 1pm to 5pm on Mondays, Wednesdays and Fridays. Outside those hours, people should call 101, or 999 in an emergency.
"""

F013 = []

DOCS = [
    {"name": "012-en-nz-news-hamilton-xinmin.txt", "text": DOC012, "facts": F012},
    {"name": "013-en-uk-local-news-newcastle-chinatown-police-hub.txt", "text": DOC013, "facts": F013},
]
