from h import S, C, R, I, A, D

SD = "Safeguard Defenders"
DOCS = []

# ---------------------------------------------------------------- 026
DOCS.append({"name": "026-en-ng-news-kano-port-harcourt-feicheng.txt", "text": """
DSS probes 'Chinese police outpost' in Kano as worker is flown home

By Our Correspondent, Kano

The Department of State Services (DSS) says it has commenced investigation into the activities of a so-called overseas "service station" of the Chinese police operating from a warehouse office in the Sharada industrial area of Kano.

The outpost, according to a security source who spoke on condition of anonymity because he was not authorised to brief journalists, was opened in 2021 and answers to the Public Security Bureau of Feicheng, a county-level city in China's Shandong province. It presented itself to the local Chinese community as a help desk for passports and pension documents.

Workers at a nearby Chinese-owned steel plant told this newspaper that one of their colleagues, a 38-year-old machine operator, was taken from his hostel in February by three men, driven to Mallam Aminu Kano International Airport and put on a flight to Beijing. "He did not want to go. He left his things behind," said one of the workers.

A second outlet is believed to operate in Port Harcourt's Trans-Amadi layout, the source added, though investigators have yet to establish which bureau it reports to. No arrests have been made in either city.

The Chinese embassy in Abuja, in a statement on Tuesday, described the reports as "baseless and malicious", insisting that China "does not have any police station abroad".

Asked whether Nigeria had summoned the Chinese ambassador, a spokesman for the Ministry of Foreign Affairs said the ministry had "sought clarification through diplomatic channels" but had not summoned him.

The Madrid-based rights group Safeguard Defenders has documented at least 102 such stations in 53 countries, two of them in Nigeria. Nigeria and China signed a memorandum of understanding on police training and security cooperation in 2018, under which several hundred Nigerian officers have attended courses in China.

Kano, Nigeria's second-largest city, is home to an estimated 4,000 Chinese nationals, many of them employed in textile and steel factories and on the Kano–Kaduna railway project.
""", "facts": [
    S("NG", "Kano", "The Department of State Services (DSS) says it has commenced investigation into the activities of a so-called overseas \"service station\" of the Chinese police operating from a warehouse office in the Sharada industrial area of Kano.", operator="Feicheng", operator_alt=["Tai'an", "Taian"], claimant="DSS", date="2021", note="site Sharada industrial area; operator and 2021 in the next paragraph ('The outpost', from a security source)"),
    R("NG", "investigation", "The Department of State Services (DSS) says it has commenced investigation", place="Kano", claimant="DSS"),
    I("NG", "forced_return", "was taken from his hostel in February by three men, driven to Mallam Aminu Kano International Airport and put on a flight to Beijing", place="Kano", note="machine operator; Beijing is a flight destination, not a station"),
    S("NG", "Port Harcourt", "A second outlet is believed to operate in Port Harcourt's Trans-Amadi layout", claimant="security source", note="operator not established"),
    R("NG", "arrest", "No arrests have been made in either city.", pol="denied", opt=True),
    D("CN", "The Chinese embassy in Abuja, in a statement on Tuesday, described the reports as \"baseless and malicious\"", claimant="Chinese embassy in Abuja"),
    S("NG", None, "insisting that China \"does not have any police station abroad\"", claimant="Chinese embassy in Abuja", pol="denied", opt=True, note="world-wide denial"),
    R("NG", "protest", "the ministry had \"sought clarification through diplomatic channels\"", claimant="Ministry of Foreign Affairs", opt=True, note="short of a summons"),
    R("NG", "protest", "but had not summoned him", claimant="Ministry of Foreign Affairs", pol="denied", opt=True),
    C("stations", 102, None, "at least 102 such stations in 53 countries", claimant=SD),
    C("countries", 53, None, "at least 102 such stations in 53 countries", claimant=SD),
    C("stations", 2, "NG", "two of them in Nigeria", claimant=SD),
    A("NG", "security_agreement", "Nigeria and China signed a memorandum of understanding on police training and security cooperation in 2018", date="2018"),
]})
