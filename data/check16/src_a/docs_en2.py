"""check16 part A, documents 012-013 (en). Held-out material: contains gold."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

T012 = """LONG READ

The long arm reaches the Pacific: policing, promises and two quiet offices

In Vanuatu and Papua New Guinea, Chinese police cooperation arrived with uniforms, motorbikes
and handshakes. It also, rights researchers say, arrived with something less visible.

By a Pacific correspondent | 14 October 2026 | 18 min read

LUGANVILLE, Vanuatu - On the main street of Vanuatu's second town, between a hardware store and
a shop selling kava bowls to cruise passengers, there is a small office with frosted windows
and a plaque that reads "Overseas Chinese Service Point". Most people walk past it without a
second look.

According to Safeguard Defenders, the Madrid-based rights group, the office is one of two
Chinese "overseas police service stations" it has documented in the Pacific islands. The
Luganville site, its researchers say, was set up in 2022 by the public security bureau of Qiong-
zhong, a mountainous county in the middle of Hainan island. The other is in Madang, on
the north coast of Papua New Guinea, and is linked to police in Ledong, also in Hainan.

Neither office looks like much. That is rather the point.

    "Nobody here thinks of it as a police station. That is exactly why it works."

The timing matters. In 2023 Vanuatu and China signed a policing cooperation agreement under
which Beijing has supplied vehicles, radios and training. During the Pacific Mini Games last
year, Chinese officers joined Vanuatu Police Force officers on joint patrols along Luganville's water-
front, a sight that drew both smiles and unease.

What the office in Luganville actually does is harder to pin down. Its staff, two men and a
woman, help local Chinese residents with passports and pension paperwork from back home. A
shopkeeper who has lived in the town for fifteen years said the place was "useful". A second
shopkeeper said it was also where people went "when someone at home wants to talk to you".

    "Nobody here thinks of it as a police station. That is exactly why it works."

Vanuatu's police commissioner told this magazine that no investigation had been opened into
the office because "no complaint has been received". The government in Port Vila did not
respond to written questions.

In Madang the story is sharper. The manager of a Chinese-owned fishing company there, a native
of Hainan, was accused at home of diverting company funds. Relatives say staff from the Madang
office visited him repeatedly over the winter of 2024, urging him to return "before it gets
worse". He boarded a flight to Haikou in February 2025.

Papua New Guinea's police said they had looked at the Madang premises after the case was
reported in local media and found nothing unlawful. "It is a community office," a senior
officer said.

Globally, Safeguard Defenders has tallied more than a hundred such stations. If Solomon Islands,
which has its own policing deal with Beijing, were to host one, researchers say it would be
harder still to tell service from surveillance.

The Chinese embassy in Port Moresby called the reports "pure fabrication" and said the offices
were set up by "overseas Chinese volunteers to serve their compatriots".

-----
About the author: Our Pacific correspondent has reported from Melanesia for a decade and is the
author of a book on fisheries and power in the western Pacific.

More long reads: "The last copra boat" | "Who owns the reef?"

Comments are closed for this article.
"""

F012 = [
    S("VU", "Luganville", "The Luganville site, its researchers say, was set up in 2022 by the public security bureau of Qiongzhong, a mountainous county in the middle of Hainan island.", operator="Qiongzhong", claimant=SD, date="2022"),
    S("PG", "Madang", "The other is in Madang, on\nthe north coast of Papua New Guinea, and is linked to police in Ledong, also in Hainan.", operator="Ledong", claimant=SD),
    C("stations", 2, None, "the office is one of two\nChinese \"overseas police service stations\" it has documented in the Pacific islands", claimant=SD, opt=True, note="regional count"),
    A("VU", "security_agreement", "In 2023 Vanuatu and China signed a policing cooperation agreement", date="2023"),
    A("VU", "joint_patrol", "Chinese officers joined Vanuatu Police Force officers on joint patrols along Luganville's waterfront", date="2025"),
    R("VU", "investigation", "Vanuatu's police commissioner told this magazine that no investigation had been opened into\nthe office because \"no complaint has been received\".", pol="denied", place="Luganville", claimant="Vanuatu Police Force"),
    I("PG", "persuasion", "Relatives say staff from the Madang\noffice visited him repeatedly over the winter of 2024, urging him to return \"before it gets\nworse\". He boarded a flight to Haikou in February 2025.", place="Madang", date="2025-02"),
    R("PG", "investigation", "Papua New Guinea's police said they had looked at the Madang premises", place="Madang", claimant="Royal Papua New Guinea Constabulary"),
    D("PG", "\"It is a community office,\" a senior\nofficer said.", claimant="Royal Papua New Guinea Constabulary", opt=True, note="host police's characterisation"),
    R("PG", "no_wrongdoing_found", "Papua New Guinea's police said they had looked at the Madang premises after the case was\nreported in local media and found nothing unlawful.", place="Madang", claimant="Royal Papua New Guinea Constabulary"),
    A("SB", "security_agreement", "If Solomon Islands,\nwhich has its own policing deal with Beijing", opt=True, note="relative clause inside a hypothetical"),
    C("stations", 100, None, "Globally, Safeguard Defenders has tallied more than a hundred such stations.", claimant=SD, opt=True, note="approximation"),
    D("CN", "The Chinese embassy in Port Moresby called the reports \"pure fabrication\"", claimant="Chinese Embassy in Papua New Guinea"),
    S("PG", None, "said the offices\nwere set up by \"overseas Chinese volunteers to serve their compatriots\"", claimant="Chinese Embassy in Papua New Guinea", pol="denied", opt=True),
]

T013 = """Q&A: My Chinese driving licence is about to expire and I live abroad. What now?

Published 3 September 2026 | Money & Life desk | Updated 5 September 2026

Thousands of Chinese nationals living in Britain hold a mainland driving licence that will
expire while they are overseas. Readers have sent us dozens of questions. Here are the answers
to the most common ones.

Q: Do I have to fly back to China to renew it?

A: Usually not. The traffic police administration in China runs an app, "Traffic Management
12123", which lets licence holders who are abroad apply online to postpone renewal. You renew
in person once you return to China, within a grace period.

Q: Can the Chinese embassy or a consulate do it for me?

A: No. Embassies and consulates do not issue or renew driving licences. They can certify some
documents, such as a copy of your passport, which the police back home may ask for.

Q: I was told a community association in my city can "help with licences". Is that official?

A: Some Chinese community associations run help desks where volunteers show people how to use
the app. These are not government offices. You do not need to use them, and you should never
hand over your passport or pay a fee for a service the app provides for free.

Q: Can I just use my Chinese licence to drive in the UK?

A: Only for a limited time after you arrive. After that you must take a British driving test.
Contact the DVLA, not the police, with questions about British licences.

Q: My licence was suspended in China over unpaid fines. Will the police here stop me?

A: British police do not enforce Chinese traffic fines. But the suspension stays on your record
in China and must be resolved when you return.

Q: Who can I ask?

A: The 12123 app has a customer service line. Your local Citizens Advice service can help with
British licences.

This article is general guidance, not legal advice. Rules change; check the official sources.

Related: Moving to the UK from Hong Kong - a checklist | How to swap a foreign licence for a UK one

We use cookies to improve your experience on our site. Manage preferences.
"""

F013 = []

DOCS = [
    {"name": "012-en-long-read-luganville-madang-qiongzhong-ledong.txt", "text": T012, "facts": F012},
    {"name": "013-en-qa-explainer-chinese-driving-licence-abroad.txt", "text": T013, "facts": F013},
]
