"""check15 part B, English document 026."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 026
t = """EDITORIAL

Answers, not assurances, on the San Fernando 'service centre'

It has been almost six weeks since this newspaper first reported that an office above a hardware store on Coffee Street, San Fernando, was operating as what its own leaflets called a "110 overseas service centre" for Chinese nationals in the south. In that time the country has been offered a great many assurances and remarkably few answers.

Recall what is known. A diaspora rights group based in Toronto, citing internal documents and WeChat messages, says the centre was set up in mid-2023 by the public security bureau of Jiedong, a district of Jieyang in Guangdong province, the home region of many of the families who have run shops in south Trinidad for two generations. The group counts it among 102 such outposts in 53 countries; it is, as far as anyone knows, the only one in the English-speaking Caribbean.

Recall, too, what the centre is said to have done. A young shop assistant told this newspaper in March that two men from the office visited her repeatedly and urged her to "go home and settle" a debt dispute in Guangdong, warning that her mother in Jieyang "would be the one to answer for it". She did not go. That is not an administrative service. That is pressure.

And recall the official response. The Commissioner of Police told a news conference on 8 April that officers had "visited the premises and spoken to the persons in charge", and that no evidence of criminal activity had been found. The matter, he said, was closed. The Ministry of Foreign and CARICOM Affairs has not summoned the Chinese ambassador and, when asked by this newspaper, would say only that it "remains in contact with all diplomatic partners". The Chinese Embassy in Port of Spain, for its part, called the reports "a smear" and said the office is run by volunteers who help people renew passports and driving permits.

We do not presume to know the truth. But a fifteen-minute visit is not an investigation, and "no evidence" after such a visit tells the public very little. The Government owes the country a fuller account – not least because of the security cooperation agreement it signed with Beijing in 2019, under which officers of the Chinese police have since taken part in joint patrols with the TTPS in Port of Spain during Carnival. Citizens are entitled to ask where cooperation ends and something else begins.

Other governments have not been so shy. The Netherlands and Ireland ordered such centres shut years ago. Canada and the United States went to the courts. Trinidad and Tobago need not copy anyone, but it should at least ask the questions.

If the Minister of National Security wishes to put this matter to rest, the route is simple: order a proper inquiry, publish its findings, and let the people of San Fernando judge for themselves.
"""
DOCS.append({"name": "026-en-editorial-san-fernando-jiedong.txt", "text": t, "facts": [
    S("TT", "San Fernando", "says the centre was set up in mid-2023 by the public security bureau of Jiedong, a district of Jieyang in Guangdong province", operator="Jiedong", operator_alt="Jieyang", claimant="diaspora rights group (Toronto)", date="2023", note="Coffee Street, named in the first paragraph"),
    C("stations", 102, None, "The group counts it among 102 such outposts in 53 countries", claimant="diaspora rights group (Toronto)"),
    C("countries", 53, None, "The group counts it among 102 such outposts in 53 countries", claimant="diaspora rights group (Toronto)"),
    I("TT", "persuasion", "A young shop assistant told this newspaper in March that two men from the office visited her repeatedly and urged her to \"go home and settle\" a debt dispute in Guangdong", place="San Fernando", note="she stayed"),
    I("TT", "harassment", "warning that her mother in Jieyang \"would be the one to answer for it\"", place="San Fernando", opt=True, note="pressure on a relative inside a persuasion case"),
    R("TT", "investigation", "The Commissioner of Police told a news conference on 8 April that officers had \"visited the premises and spoken to the persons in charge\", and that no evidence of criminal activity had been found.", place="San Fernando", claimant="Commissioner of Police"),
    R("TT", "no_wrongdoing_found", "The Commissioner of Police told a news conference on 8 April that officers had \"visited the premises and spoken to the persons in charge\", and that no evidence of criminal activity had been found.", place="San Fernando", claimant="Commissioner of Police"),
    R("TT", "protest", "The Ministry of Foreign and CARICOM Affairs has not summoned the Chinese ambassador", pol="denied", opt=True),
    D("CN", "The Chinese Embassy in Port of Spain, for its part, called the reports \"a smear\" and said the office is run by volunteers who help people renew passports and driving permits.", claimant="Chinese Embassy in Port of Spain"),
    A("TT", "security_agreement", "the security cooperation agreement it signed with Beijing in 2019", date="2019"),
    A("TT", "joint_patrol", "under which officers of the Chinese police have since taken part in joint patrols with the TTPS in Port of Spain during Carnival"),
    S("NL", None, "The Netherlands and Ireland ordered such centres shut years ago."),
    S("IE", None, "The Netherlands and Ireland ordered such centres shut years ago."),
    R("NL", "closure", "The Netherlands and Ireland ordered such centres shut years ago."),
    R("IE", "closure", "The Netherlands and Ireland ordered such centres shut years ago."),
    R("CA", "arrest", "Canada and the United States went to the courts.", opt=True, note="vague: court cases"),
    R("US", "arrest", "Canada and the United States went to the courts.", opt=True, note="vague: court cases"),
]})
