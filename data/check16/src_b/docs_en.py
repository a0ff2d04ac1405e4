"""check16 part B, English document 026 (held-out: contains gold)."""
from h import S, C, R, I, A, D, W

DOCS = []

T026 = """Home > Spokesperson's Remarks

Foreign Ministry Spokesperson's Regular Press Conference on April 8, 2026

2026-04-08 15:00    Print | Share | Font size: A A A

The following is an unofficial English rendering. In case of discrepancy, the Chinese version shall prevail.

CCTV: This morning the Shenzhou-23 crew returned safely to Earth after six months aboard the Tiangong space station. Could you share more on the international cooperation plans for the station?

Spokesperson: I'd refer you to the China Manned Space Agency for specifics. What I can say is that China's space station is open to all countries that are committed to the peaceful use of outer space, and we welcome more partners to take part in experiments on board.

Reuters: Irish police said on Tuesday they had searched premises in Waterford as part of an investigation into what Irish media describe as an undeclared Chinese "police service station". According to the reports, the office in the city centre was set up in 2024 by the public security bureau of Bazhou, a city in Hebei province. Ireland's Department of Foreign Affairs also summoned the Chinese ambassador yesterday afternoon. What is your response?

Spokesperson: China firmly opposes the groundless hyping of so-called "overseas police stations" by certain media. There are no such stations in Ireland. The facilities in question are service platforms run by volunteers from the local Chinese community. They help overseas Chinese, many of them elderly, to renew driving licences and other documents online, something that became necessary during the pandemic. They are not police and have never carried out any law-enforcement activity. We have made our position clear to the Irish side through diplomatic channels.

Reuters: A follow-up. The Irish government ordered a similar office to close back in 2022. Safeguard Defenders, the rights group, counted 102 such stations in 53 countries at the time. Is China saying all of those reports were false?

Spokesperson: I've already answered the question. China always respects the judicial sovereignty of other countries and acts in strict accordance with international law. We urge the parties concerned to stop smearing China.

AFP: Tonga's police minister said yesterday that under the law-enforcement cooperation memorandum signed with China last year, Chinese officers will join Tongan police on patrol in Nuku'alofa during the Pacific Mini Games in July. Can you confirm, and how many Chinese officers will be deployed?

Spokesperson: China and Tonga signed a memorandum of understanding on police cooperation in 2025. At the request of the Tongan side, China will send a team of twelve police officers to conduct joint patrols with Tongan colleagues during the Games, to help ensure public safety. This cooperation is transparent, lawful and targets no third party.

Bloomberg: On trade: the EU is expected to announce provisional duties on Chinese-made heat pumps this week. How will China respond?

Spokesperson: We have noted the reports. China will firmly safeguard the legitimate rights and interests of Chinese enterprises.

Related: Foreign Ministry Spokesperson's Regular Press Conference on April 7, 2026

Copyright (c) Ministry of Foreign Affairs of the People's Republic of China. All rights reserved.
"""
DOCS.append({"name": "026-en-mfa-press-conference-waterford-bazhou.txt", "text": T026, "facts": [
    S("IE", "Waterford", "According to the reports, the office in the city centre was set up in 2024 by the public security bureau of Bazhou, a city in Hebei province.",
      operator="Bazhou", operator_alt=["Langfang"], claimant="Irish media", date="2024",
      note="premise in a reporter's question; 'the office' = the Waterford premises; Bazhou is a county-level city of Langfang"),
    R("IE", "investigation", "Irish police said on Tuesday they had searched premises in Waterford as part of an investigation into what Irish media describe as an undeclared Chinese \"police service station\".",
      place="Waterford", claimant="Irish police", date="2026-04-07"),
    R("IE", "protest", "Ireland's Department of Foreign Affairs also summoned the Chinese ambassador yesterday afternoon.",
      claimant="Reuters", date="2026-04-07"),
    D("CN", "China firmly opposes the groundless hyping of so-called \"overseas police stations\" by certain media. There are no such stations in Ireland.",
      claimant="PRC Ministry of Foreign Affairs", date="2026-04-08"),
    S("IE", None, "There are no such stations in Ireland.", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True),
    R("IE", "closure", "The Irish government ordered a similar office to close back in 2022.", claimant="Reuters", date="2022"),
    C("stations", 102, None, "Safeguard Defenders, the rights group, counted 102 such stations in 53 countries at the time.",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "Safeguard Defenders, the rights group, counted 102 such stations in 53 countries at the time.",
      claimant="Safeguard Defenders", date="2022"),
    A("TO", "security_agreement", "China and Tonga signed a memorandum of understanding on police cooperation in 2025.",
      claimant="PRC Ministry of Foreign Affairs", date="2025"),
    A("TO", "joint_patrol", "At the request of the Tongan side, China will send a team of twelve police officers to conduct joint patrols with Tongan colleagues during the Games, to help ensure public safety.",
      claimant="PRC Ministry of Foreign Affairs", date="2026-07"),
    C("officers", 12, "TO", "China will send a team of twelve police officers to conduct joint patrols with Tongan colleagues during the Games",
      claimant="PRC Ministry of Foreign Affairs", opt=True, note="officers on joint patrols"),
]})
