"""check17 part B, English document 026 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, W, M

DOCS = []

T026 = """FOREIGN AFFAIRS, DEFENCE AND TRADE COMMITTEE
2024/25 Annual review of the New Zealand Security Intelligence Service and New Zealand Police
Uncorrected transcript – 19 November 2025

Members present: Chairperson (presiding), and members of the committee.
Witnesses: Director-General of Security; Deputy Commissioner, New Zealand Police; Deputy Secretary, Ministry of Foreign Affairs and Trade.

[Page 14]

CHAIRPERSON: We'll move on to foreign interference. Member, you had questions.

MEMBER (Green): Thank you, Chair. Director-General, in March the Service confirmed in a public statement that a so-called overseas police service station had been operating in Nelson. Can you tell the committee who was running it?

DIRECTOR-GENERAL OF SECURITY: I can say a little more than we did in March. Our assessment is that the Nelson site was established in 2021 and was directed by the public security bureau of Susong County, in Anhui province. A number of the Chinese workers in the Nelson orchard sector come from that county. It presented itself as a help desk for renewing Chinese driving licences.

MEMBER (Green): And was it only a help desk?

DIRECTOR-GENERAL OF SECURITY: No. We assess that people connected to it collected information on members of the community who had taken part in protests, and in at least one case sought to persuade a person to go back to China.

MEMBER (Green): Did that person go back?

DIRECTOR-GENERAL OF SECURITY: Yes. He left New Zealand in the middle of last year. His family in China had been visited repeatedly by local police in the months before he left.

MEMBER (National): Is Nelson the only such site in New Zealand?

DIRECTOR-GENERAL OF SECURITY: We are aware of two sites in New Zealand. I'm not going to name the second one in this forum.

MEMBER (National): Deputy Commissioner, what have Police done?

DEPUTY COMMISSIONER: We made enquiries in Nelson in April, including a visit to the premises and interviews with the people running them. We did not find evidence of criminal offending under New Zealand law, and that inquiry is closed. I'd add that the premises stopped operating shortly after our visit.

MEMBER (National): So no one has been charged.

DEPUTY COMMISSIONER: No one has been charged.

[Page 15]

MEMBER (Labour): Deputy Secretary, how did the Ministry respond?

DEPUTY SECRETARY, MFAT: The Secretary of Foreign Affairs and Trade called in the Chinese Ambassador on 27 March and conveyed that any such activity in New Zealand is unacceptable.

MEMBER (Labour): And the embassy's answer?

DEPUTY SECRETARY, MFAT: The embassy's public position is that these are volunteer service points that help elderly people with paperwork, and that they have nothing to do with policing. It described the reporting as "groundless smears".

MEMBER (Labour): We still have a policing arrangement with China, don't we?

DEPUTY COMMISSIONER: We have a 2017 memorandum of arrangement with the Ministry of Public Security that covers cooperation on transnational crime, such as drug trafficking. It has never involved joint patrols, and we have no intention of it doing so. Whether the arrangement continues is a matter for ministers.

CHAIRPERSON: Thank you. We're nearly out of time, so we'll move on to the Service's vetting backlog.

[Transcript continues]
"""
DOCS.append({"name": "026-en-select-committee-transcript-nelson-susong.txt", "text": T026, "facts": [
    S("NZ", "Nelson", "Our assessment is that the Nelson site was established in 2021 and was directed by the public security bureau of Susong County, in Anhui province.",
      operator="Susong", operator_alt="Anqing", claimant="NZSIS", date="2021", note="also in the member's question ('had been operating in Nelson')"),
    I("NZ", "surveillance", "We assess that people connected to it collected information on members of the community who had taken part in protests,",
      place="Nelson", claimant="NZSIS"),
    I("NZ", "persuasion", "and in at least one case sought to persuade a person to go back to China.", place="Nelson", claimant="NZSIS",
      note="he left New Zealand"),
    I("NZ", "harassment", "His family in China had been visited repeatedly by local police in the months before he left.", opt=True),
    C("stations", 2, "NZ", "We are aware of two sites in New Zealand.", claimant="NZSIS"),
    R("NZ", "investigation", "We made enquiries in Nelson in April, including a visit to the premises and interviews with the people running them.", place="Nelson"),
    R("NZ", "no_wrongdoing_found", "We did not find evidence of criminal offending under New Zealand law, and that inquiry is closed.", place="Nelson"),
    R("NZ", "closure", "the premises stopped operating shortly after our visit", place="Nelson", opt=True, note="stopped by itself"),
    R("NZ", "arrest", "No one has been charged.", pol="denied", opt=True),
    R("NZ", "protest", "The Secretary of Foreign Affairs and Trade called in the Chinese Ambassador on 27 March", date="2025-03-27"),
    D("CN", "The embassy's public position is that these are volunteer service points that help elderly people with paperwork, and that they have nothing to do with policing. It described the reporting as \"groundless smears\".",
      claimant="Chinese embassy"),
    A("NZ", "security_agreement", "We have a 2017 memorandum of arrangement with the Ministry of Public Security that covers cooperation on transnational crime, such as drug trafficking.", date="2017"),
    A("NZ", "joint_patrol", "It has never involved joint patrols, and we have no intention of it doing so.", pol="denied", opt=True),
]})
