"""check21 part A, English documents 006-008."""

from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T006 = """WORLD | AFRICA

Nigeria summons Chinese envoy after police search 'service desk' in Enugu

By a Correspondent in Abuja
Published 11:05 GMT, 22 July 2025 | Updated 16:40 GMT
5 min read

Sign up for the Morning Brief, our free newsletter.

Nigeria's foreign ministry summoned China's ambassador on Monday to explain the activities of a
Chinese "community service desk" in the south-eastern city of Enugu, days after detectives from
the Department of State Services searched its premises.

The desk, on the first floor of a shopping plaza off Ogui Road, had been advertised on
WeChat as a place where Chinese nationals could renew documents and "resolve problems at
home". Officers took away a laptop, a stamp and a box of paper files, two people familiar with
the operation said. No arrests were made.

[Photo caption: The shopping plaza off Ogui Road in Enugu, where the desk occupied two rooms on
the first floor. Photo: Staff]

Enugu, the old coal city, has drawn a small but growing Chinese community over the past decade,
much of it linked to a ceramics plant and two road projects. Local traders say there are now
about four hundred Chinese residents in the state, most of them on fixed-term contracts.

According to a DSS statement, the desk answered to the public security bureau of Zhongning
county in China's Ningxia region, whose officers it said had "given instructions" to its staff
by video link. The bureau could not be reached for comment.

One of the cases examined by investigators concerns a site supervisor at the ceramics plant
who was driven to the airport in Enugu in March by two men from the desk and put on a flight
home, a relative said. The relative said the supervisor had been accused of fraud in Ningxia
and did not want to go.

READ ALSO: Lagos port congestion eases as new terminal opens

Safeguard Defenders, a Madrid-based rights group, said in 2022 that it had identified 54 such
sites, later raising the figure to 102 in 53 countries. At least two of them are in Nigeria,
the group said. Besides Enugu, it has linked a second office in Calabar to police in Haiyuan,
also in Ningxia.

The Chinese embassy in Abuja said in a statement that the desk was run by volunteers who
helped Chinese citizens "renew driving licences and passports", and that there were "no
so-called police stations in Nigeria".

Ministry officials said the envoy was told that Nigeria "will not tolerate any foreign law
enforcement activity on its soil". The DSS said its investigation was continuing.

(Reporting by a Correspondent in Abuja; editing by the Africa desk)

CORRECTION: An earlier version of this story said the search took place in June. It took place
on July 16.

Our standards: the Trust Principles.
"""

F006 = [
    R("NG", "protest", "Nigeria's foreign ministry summoned China's ambassador on Monday", date="2025-07-21"),
    S("NG", "Enugu", "a Chinese \"community service desk\" in the south-eastern city of Enugu, days after detectives from the Department of State Services searched its premises"),
    R("NG", "investigation", "days after detectives from the Department of State Services searched its premises",
      place="Enugu", date="2025-07-16"),
    R("NG", "arrest", "No arrests were made.", pol="denied", opt=True),
    S("NG", "Enugu", "the desk answered to the public security bureau of Zhongning county in China's Ningxia region",
      operator="Zhongning", operator_alt=["Zhongwei"], claimant="Department of State Services"),
    I("NG", "forced_return", "was driven to the airport in Enugu in March by two men from the desk and put on a flight home",
      place="Enugu", claimant="relative"),
    C("stations", 54, None, "it had identified 54 such sites", claimant=SD, date="2022"),
    C("stations", 102, None, "later raising the figure to 102 in 53 countries", claimant=SD),
    C("countries", 53, None, "later raising the figure to 102 in 53 countries", claimant=SD),
    C("stations", 2, "NG", "At least two of them are in Nigeria", claimant=SD),
    S("NG", "Calabar", "it has linked a second office in Calabar to police in Haiyuan", operator="Haiyuan",
      operator_alt=["Zhongwei"], claimant=SD),
    D("CN", "the desk was run by volunteers who helped Chinese citizens \"renew driving licences and passports\"",
      claimant="PRC Embassy in Nigeria"),
    S("NG", None, "there were \"no so-called police stations in Nigeria\"", pol="denied", opt=True,
      claimant="PRC Embassy in Nigeria"),
    R("NG", "investigation", "The DSS said its investigation was continuing.", place="Enugu"),
]

# ---------------------------------------------------------------------------------------------
_P007 = """QUESTIONS FOR WRITTEN ANSWER                      Page 3 of 5
Question No. 21874 (2025)
Question: To the Minister of Police: What investi~gations, if any, have New Zealand Police made into the office in New Plymouth that, according to media reports, was set up by the public security bureau of Dulan county in Qinghai province, and has the Government raised the mat~ter with the Em~bassy of the People's Republic of China?
(1) Has the office been searched?
(2) Are there similar offices elsewhere in New Zealand?
(3) Would the Minister support closing such offices if they were found to be acting for a foreign police force?
Portfolio: Police
Answer text: New Zealand Police received information in March 2025 about a community office in New Plymouth and commenced an investigation, which is ongoing. Officers visited the premises on two occasions and spoke with the people running it. To date, Police have not identified any criminal offending, and no arrests have been made.
Police are also aware of reports that a second office, in Whanganui, has links to the public security bureau of Tianjun county, also in Qinghai. Police have made en~quiries in relation to that report and have found no infor~mation to indicate that such an office is operating in Whanganui.
The Ministry of Foreign Affairs and Trade has raised the Gov~ern~ment's expec~ta~tions with the Chinese Embassy. The Chinese Ambassador has not been summoned. It would not be appropriate for me to comment on hypothetical scenarios.
Reports published overseas refer to two such offices in New Zealand. Police do not comment on the content of those reports.
Date of Answer: 14 August 2025
Answered by: Minister of Police
Printed from the Parliament website               Page 3 of 5"""

T007 = wrap_hy(soft(_P007), 70)

F007 = [
    S("NZ", "New Plymouth", "the office in New Plymouth that, according to media reports, was set up by the public security bureau of Dulan county in Qinghai province",
      operator="Dulan", operator_alt=["Haixi"], claimant="media reports", note="premise of the question"),
    R("NZ", "investigation", "New Zealand Police received information in March 2025 about a community office in New Plymouth and commenced an investigation",
      place="New Plymouth", claimant="Minister of Police"),
    R("NZ", "no_wrongdoing_found", "To date, Police have not identified any criminal offending",
      place="New Plymouth", claimant="Minister of Police"),
    R("NZ", "arrest", "no arrests have been made", pol="denied", opt=True, claimant="Minister of Police"),
    S("NZ", "Whanganui", "a second office, in Whanganui, has links to the public security bureau of Tianjun county",
      operator="Tianjun", operator_alt=["Haixi"], claimant="reports"),
    S("NZ", "Whanganui", "have found no infor~mation to indicate that such an office is operating in Whanganui".replace("~", ""),
      pol="denied", opt=True, claimant="New Zealand Police"),
    R("NZ", "protest", "has raised the Government's expectations with the Chinese Embassy", opt=True),
    R("NZ", "protest", "The Chinese Ambassador has not been summoned.", pol="denied", opt=True),
    C("stations", 2, "NZ", "Reports published overseas refer to two such offices in New Zealand", claimant="reports"),
]

# ---------------------------------------------------------------------------------------------
T008 = """THE NORTHERN LINE — Episode transcript
Aired Thursday, 2 October 2025, 7:10 a.m. (Central)
[This transcript has been edited for length and clarity. Check against audio.]

[THEME MUSIC]

HOST: Good morning, you're listening to The Northern Line. I'm your host. Today: a storefront
in Thunder Bay, a family in western China, and the long arm of a county police bureau. With me
in studio is our reporter, who has spent the summer on this story. Welcome.

REPORTER: Thanks for having me.

HOST: So start with the storefront.

REPORTER: It's on a side street near the waterfront in Thunder Bay. The sign says "Chinese
Mutual Aid Centre". Inside it's a front desk, a photocopier, a couple of plastic chairs. People
told me they go there to get help renewing a Chinese driver's licence online or to get
documents notarized.

HOST: And the RCMP thinks it's something else.

REPORTER: The RCMP confirmed to us that its Federal Policing unit has an open investigation into
the centre. They wouldn't say much more. But I obtained a set of WeChat messages in which the
man who runs it tells a group of volunteers that "our superior unit is the Qumalai county public
security bureau". Qumalai is a remote county in Qinghai, on the Tibetan plateau.

HOST: Why would a county that far away care about Thunder Bay?

REPORTER: That's the question. What I can tell you is what happened to one student here. She
went to a vigil in April, somebody photographed her, and within a week police officers were
sitting in her parents' living room back in China, showing them the photos. Nobody asked her
to come home. They told her parents she should "stay out of politics".

HOST: That's chilling.

REPORTER: She's still here. She's finishing her degree.

[MUSIC STING]

HOST: You're listening to The Northern Line. We'll be right back after this.

[AD BREAK — "Lakehead Credit Union. Your neighbours, your bank."]

HOST: We're back. Before the break we were talking about Thunder Bay. Is this the only one?

REPORTER: No. The group Safeguard Defenders has listed five of these in Canada over the years,
and after the Toronto-area cases in 2022 the RCMP said it had shut down activity at several of
them. There's also a claim, which I couldn't confirm, that a similar desk operated out of a
church basement in Red Deer, Alberta, run by people from Zaduo county — also in Qinghai.

HOST: What did the Chinese side say?

REPORTER: The consulate in Calgary sent a statement. It says the centre is "a volunteer
service point helping elderly compatriots with driving licence renewal", and that
"so-called overseas police stations simply do not exist".

HOST: And what happens if the RCMP does find they were acting for Beijing? Would anyone be
charged?

REPORTER: That's hypothetical at this point. Nobody's been charged.

HOST: Our reporter. Thanks for coming in.

[THEME MUSIC]

HOST: That's our show. The Northern Line is produced in Thunder Bay. Transcripts are posted on
our website within 48 hours.
"""

F008 = [
    S("CA", "Thunder Bay", "It's on a side street near the waterfront in Thunder Bay. The sign says \"Chinese Mutual Aid Centre\"."),
    R("CA", "investigation", "its Federal Policing unit has an open investigation into the centre",
      place="Thunder Bay", claimant="RCMP"),
    S("CA", "Thunder Bay", "the man who runs it tells a group of volunteers that \"our superior unit is the Qumalai county public security bureau\"",
      operator="Qumalai", operator_alt=["Yushu"]),
    I("CA", "harassment", "within a week police officers were sitting in her parents' living room back in China, showing them the photos",
      place="Thunder Bay", note="after a vigil, no demand to return"),
    I("CA", "surveillance", "She went to a vigil in April, somebody photographed her", place="Thunder Bay"),
    C("stations", 5, "CA", "has listed five of these in Canada", claimant=SD),
    R("CA", "closure", "the RCMP said it had shut down activity at several of them", date="2022", claimant="RCMP"),
    S("CA", "Red Deer", "a similar desk operated out of a church basement in Red Deer, Alberta, run by people from Zaduo county",
      operator="Zaduo", operator_alt=["Yushu"], opt=True, note="unconfirmed claim"),
    D("CN", "the centre is \"a volunteer service point helping elderly compatriots with driving licence renewal\"",
      claimant="PRC Consulate General in Calgary"),
    R("CA", "arrest", "Nobody's been charged.", pol="denied", opt=True),
]

DOCS = [
    {"name": "006-en-wire-correction-enugu-calabar-zhongning-haiyuan.txt", "text": T006, "facts": F006},
    {"name": "007-en-nz-written-question-new-plymouth-whanganui-dulan-tianjun.txt", "text": T007, "facts": F007},
    {"name": "008-en-radio-transcript-thunder-bay-red-deer-qumalai-zaduo.txt", "text": T008, "facts": F008},
]
