from h import S, C, R, I, A, D

DOCS = []

DOCS.append({"name": "026-en-dail-written-answers-cork-limerick-fengshun.txt", "text": """
Dáil Éireann – Written Answers

Overseas Police Stations

214. A Deputy for Cork North-Central asked the Minister for Justice if An Garda Síochána has investigated reports that an unofficial Chinese police station was operating from premises in Cork city on behalf of the public security bureau of Fengshun County; and if she will make a statement on the matter.

215. A Deputy for Limerick City asked the Minister for Justice if a second such station operated by the Wuhua public security bureau has been identified in Limerick; the number of persons resident in the State who have been pressured to return to China; and if she will make a statement on the matter.

Minister for Justice: I propose to take Questions Nos. 214 and 215 together.

I am advised by the Garda authorities that they became aware in early 2023 of premises in Cork alleged to be operating as a so-called overseas police service station. Enquiries were carried out by the Garda National Crime and Security Intelligence Service. I am informed that no evidence of criminal activity was identified and that the premises has since ceased operating.

Garda enquiries have not established the existence of any such premises in Limerick.

The Garda authorities are aware of one instance in which family members in China of a person living in Cork were contacted by police there with a view to persuading that person to return. The person concerned remains in Ireland and has been offered advice and support by local Gardaí.

As the Deputy will be aware, the Department of Foreign Affairs has previously made clear to the Chinese Embassy that any such activity in Ireland must cease. It would not be appropriate for me to comment further on operational matters.
""", "facts": [
    S("IE", "Cork", "I am advised by the Garda authorities that they became aware in early 2023 of premises in Cork alleged to be operating as a so-called overseas police service station.", operator="Fengshun", operator_alt=["Meizhou"], claimant="Garda authorities", date="2023", note="'alleged'; operator only in question 214 ('on behalf of the public security bureau of Fengshun County')"),
    S("IE", "Limerick", "if a second such station operated by the Wuhua public security bureau has been identified in Limerick", operator="Wuhua", operator_alt=["Meizhou"], opt=True, note="interrogative ('if … has been identified'), not a premise"),
    S("IE", "Limerick", "Garda enquiries have not established the existence of any such premises in Limerick.", claimant="Minister for Justice", pol="denied", opt=True),
    R("IE", "investigation", "Enquiries were carried out by the Garda National Crime and Security Intelligence Service.", place="Cork", claimant="Minister for Justice", date="2023"),
    R("IE", "no_wrongdoing_found", "I am informed that no evidence of criminal activity was identified and that the premises has since ceased operating.", place="Cork", claimant="Minister for Justice"),
    R("IE", "closure", "I am informed that no evidence of criminal activity was identified and that the premises has since ceased operating.", place="Cork", claimant="Minister for Justice", opt=True, note="ceased, no order"),
    C("cases", 1, "IE", "The Garda authorities are aware of one instance", claimant="Minister for Justice", opt=True, note="count of one"),
    I("IE", "persuasion", "The Garda authorities are aware of one instance in which family members in China of a person living in Cork were contacted by police there with a view to persuading that person to return.", place="Cork", claimant="Minister for Justice", note="person stayed"),
    I("IE", "harassment", "family members in China of a person living in Cork were contacted by police there", place="Cork", claimant="Minister for Justice", opt=True),
    R("IE", "protest", "the Department of Foreign Affairs has previously made clear to the Chinese Embassy that any such activity in Ireland must cease", claimant="Minister for Justice", opt=True, note="'made clear', short of a summons"),
]})
