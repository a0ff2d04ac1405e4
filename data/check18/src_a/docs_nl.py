"""check18 part A: documents 021-026 (Dutch)."""
from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 021
t021 = r"""
Deze website gebruikt cookies. Door verder te klikken ga je akkoord met ons cookiebeleid. [OK]

Nieuws | Regio | Oss

Burgemeester sluit pand in Oss na tips over Chinese 'politiepost'

Geschreven door de regioredactie · 18 maart 2026, 12:31 · Aangepast 18 maart 2026, 18:05
Delen: Facebook | X | WhatsApp | E-mail

De burgemeester van Oss heeft een bedrijfspand aan de rand van het centrum voor drie maanden laten sluiten. In het pand, officieel het kantoor van een Chinese handelsvereniging, zou volgens de politie een onofficiële Chinese politiepost hebben gezeten.

Het Openbaar Ministerie heeft een onderzoek ingesteld. Er is niemand aangehouden.

[Foto: Het verzegelde pand aan een bedrijventerrein in Oss. Foto: Omroep Regio]

Volgens documenten die de redactie heeft ingezien, werd de ruimte sinds 2023 gebruikt door medewerkers die zich presenteerden als 'contactpersoon' van het politiebureau van het district Doumen in de Zuid-Chinese stad Zhuhai. Een medewerker van een Chinees restaurant in Oss vertelt dat hij er vorig jaar twee keer werd 'uitgenodigd voor thee'. Daar werd hem aangeraden terug te keren naar China om een schuld af te lossen. Hij ging in december terug.

LEES OOK: Chinese studenten in Brabant: 'We praten niet meer over politiek'

Het zou niet de enige locatie in de regio zijn. Ook in het nabijgelegen Uden zou in een kapsalon een soortgelijk contactpunt actief zijn geweest, gelinkt aan de politie van Yangshan, een arrondissement in de provincie Guangdong. Landelijk gaat het volgens onderzoekers om minstens drie plekken.

De Chinese ambassade in Den Haag noemt de berichten 'ongegrond'. 'Het gaat om vrijwilligers die landgenoten helpen met het verlengen van hun rijbewijs,' laat een woordvoerder weten.

De burgemeester zegt in een verklaring dat hij 'geen enkele vorm van intimidatie' in zijn gemeente accepteert.

Update 18.05 uur: Het OM laat weten dat de politie ook het pand in Uden heeft bezocht. 'Daar hebben we geen strafbare feiten vastgesteld,' aldus een woordvoerder.

Reageren? Mail de redactie.
"""
f021 = [
    R("NL", "closure", "De burgemeester van Oss heeft een bedrijfspand aan de rand van het centrum voor drie maanden laten sluiten.", place="Oss", date="2026-03"),
    S("NL", "Oss", "In het pand, officieel het kantoor van een Chinese handelsvereniging, zou volgens de politie een onofficiële Chinese politiepost hebben gezeten.", claimant="Dutch police"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft een onderzoek ingesteld.", place="Oss"),
    R("NL", "arrest", "Er is niemand aangehouden.", pol="denied", opt=True),
    S("NL", "Oss", "werd de ruimte sinds 2023 gebruikt door medewerkers die zich presenteerden als 'contactpersoon' van het politiebureau van het district Doumen in de Zuid-Chinese stad Zhuhai", operator="Doumen", operator_alt=["Zhuhai"], date="2023"),
    I("NL", "persuasion", "Daar werd hem aangeraden terug te keren naar China om een schuld af te lossen. Hij ging in december terug.", place="Oss", claimant="a restaurant worker"),
    S("NL", "Uden", "Ook in het nabijgelegen Uden zou in een kapsalon een soortgelijk contactpunt actief zijn geweest, gelinkt aan de politie van Yangshan, een arrondissement in de provincie Guangdong.", operator="Yangshan", operator_alt=["Qingyuan"]),
    C("stations", 3, "NL", "Landelijk gaat het volgens onderzoekers om minstens drie plekken.", claimant="researchers"),
    D("CN", "De Chinese ambassade in Den Haag noemt de berichten 'ongegrond'. 'Het gaat om vrijwilligers die landgenoten helpen met het verlengen van hun rijbewijs,' laat een woordvoerder weten.", claimant="PRC Embassy in the Netherlands"),
    R("NL", "no_wrongdoing_found", "'Daar hebben we geen strafbare feiten vastgesteld,' aldus een woordvoerder.", place="Uden", claimant="Openbaar Ministerie"),
]
DOCS.append({"name": "021-nl-regionieuws-update-oss-uden-doumen-yangshan.txt", "text": t021, "facts": f021})

# ---------------------------------------------------------------- 022
body022 = r"""
AH 1874
Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de door de regering gegeven antwoorden
2025-2026                                                        Tweede Kamer
1874
Vragen van het lid (VVD) aan de Minister van Justitie en Veiligheid en de Minister van Buitenlandse Zaken over vermeende Chinese politieposten in Zaanstad en Amstelveen (ingezonden 14 januari 2026).
Antwoord van Minister van Justitie en Veiligheid, mede namens de Minister van Buitenlandse Zaken (ontvangen 11 februari 2026).
Vraag 1
Bent u bekend met het bericht dat in Zaanstad een Chinese stichting zou fungeren als 'servicestation' van het bureau voor openbare veiligheid van het Shanghaise district Huangpu, en dat in Amstelveen een tweede locatie actief zou zijn?¹
Antwoord 1
Ja.
Vraag 2
Welke stappen hebben politie en Openbaar Ministerie gezet?
Antwoord 2
De politie heeft naar aanleiding van het bericht beide locaties bezocht en gesproken met de betrokken bestuurders. Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen. Een opsporings~onderzoek is niet ingesteld. Wel heeft de stichting in Zaanstad haar activiteiten op eigen initiatief beëindigd.
Vraag 3
Is de Chinese ambassadeur ontboden?
Antwoord 3
Ja. De Chinese ambassadeur is op 22 januari 2026 ontboden op het ministerie van Buitenlandse Zaken. Daarbij is duidelijk gemaakt dat elke vorm van heimelijke beïnvloeding van Chinese gemeenschappen in Nederland onaanvaardbaar is.
Vraag 4
Hoeveel van dit soort locaties zijn er volgens het kabinet in Nederland?
Antwoord 4
Sinds 2022 zijn bij de politie in totaal vijf locaties onder de aandacht gebracht. Twee daarvan zijn in 2022 op last van het kabinet gesloten. Over een melding uit Kampen is nog geen uitsluitsel te geven.
Vraag 5
Als blijkt dat Nederlanders van Chinese afkomst onder druk zijn gezet om terug te keren, bent u dan bereid diplomaten uit te wijzen?
Antwoord 5
Ik ga niet in op hypothetische situaties.
¹ Noordhollands Weekblad, 12 januari 2026.
ah-tk-20252026-1874                                                           1
"""
t022 = wrap_hy(body022.strip("\n"), width=80)
f022 = [
    S("NL", "Zaanstad", "in Zaanstad een Chinese stichting zou fungeren als 'servicestation' van het bureau voor openbare veiligheid van het Shanghaise district Huangpu", operator="Huangpu", operator_alt=["Shanghai"], claimant="Noordhollands Weekblad", note="premise in a written question"),
    S("NL", "Amstelveen", "dat in Amstelveen een tweede locatie actief zou zijn", claimant="Noordhollands Weekblad"),
    R("NL", "investigation", "De politie heeft naar aanleiding van het bericht beide locaties bezocht en gesproken met de betrokken bestuurders.", claimant="Dutch government"),
    R("NL", "no_wrongdoing_found", "Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen.", claimant="Dutch government"),
    R("NL", "investigation", "Een opsporingsonderzoek is niet ingesteld.", pol="denied", opt=True, claimant="Dutch government", note="the police visited (asserted investigation); no criminal investigation opened"),
    R("NL", "protest", "De Chinese ambassadeur is op 22 januari 2026 ontboden op het ministerie van Buitenlandse Zaken.", date="2026-01-22", claimant="Dutch government"),
    C("stations", 5, "NL", "Sinds 2022 zijn bij de politie in totaal vijf locaties onder de aandacht gebracht.", claimant="Dutch government"),
    C("stations", 2, "NL", "Twee daarvan zijn in 2022 op last van het kabinet gesloten.", claimant="Dutch government"),
    R("NL", "closure", "Twee daarvan zijn in 2022 op last van het kabinet gesloten.", date="2022", claimant="Dutch government", note="the Zaanstad self-closure shares this key and is not written"),
    S("NL", "Kampen", "Over een melding uit Kampen is nog geen uitsluitsel te geven.", opt=True, claimant="Dutch government", note="tip not yet assessed"),
]
DOCS.append({"name": "022-nl-aanhangsel-handelingen-zaanstad-amstelveen-huangpu.txt", "text": t022, "facts": f022})

# ---------------------------------------------------------------- 023
t023 = r"""
BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS
Schriftelijke vragen en antwoorden — QRVA 56 061

Vraag nr. 1342 van het lid (N-VA) d.d. 6 november 2025 (N.) aan de minister van Binnenlandse Zaken

Vermeende Chinese politiekantoren in Limburg

In de pers werd gemeld dat in Lommel een Chinese vzw actief zou zijn die in werkelijkheid door het politiebureau van het district Longchuan (provincie Guangdong) wordt aangestuurd. Ook in Tongeren zou een gelijkaardige post bestaan, volgens dezelfde berichten opgericht door de politie van Dianbai, een district van de stad Maoming.

1. Bevestigt u het bestaan van deze posten?
2. Heeft de federale politie een onderzoek geopend?
3. Zijn er gevallen bekend van Belgische inwoners die onder druk werden gezet om naar China terug te keren?
4. Overweegt u de Chinese ambassadeur te laten ontbieden?

Antwoord van de minister van Binnenlandse Zaken van 8 januari 2026, op de vraag nr. 1342 van het lid van 6 november 2025 (N.):

1 en 2. De federale gerechtelijke politie van Limburg heeft, in samenwerking met de Veiligheid van de Staat, beide locaties gecontroleerd. Er werd een opsporingsonderzoek geopend voor de locatie in Lommel; dat onderzoek loopt nog, zodat ik daarover geen verdere details kan geven. Voor Tongeren werden tot op heden geen strafbare feiten vastgesteld.

3. Eén geval wordt onderzocht: een inwoner van Lommel verklaarde dat hij tijdens een bezoek aan de vzw werd aangespoord naar China terug te keren en dat zijn moeder in China meermaals door de lokale politie werd ondervraagd. Betrokkene verblijft nog steeds in België.

4. De ontbieding van een ambassadeur behoort tot de bevoegdheid van mijn collega van Buitenlandse Zaken. Ik kan u wel meedelen dat de Chinese ambassadeur op 20 november 2025 werd ontboden en dat onze bezorgdheid daarbij duidelijk werd overgebracht.

Ik wijs er ten slotte op dat ons land in 2022 reeds twee gelijkaardige posten heeft gesloten.
"""
f023 = [
    S("BE", "Lommel", "In de pers werd gemeld dat in Lommel een Chinese vzw actief zou zijn die in werkelijkheid door het politiebureau van het district Longchuan (provincie Guangdong) wordt aangestuurd.", operator="Longchuan", operator_alt=["Heyuan"], claimant="press reports", note="premise of a written question"),
    S("BE", "Tongeren", "Ook in Tongeren zou een gelijkaardige post bestaan, volgens dezelfde berichten opgericht door de politie van Dianbai, een district van de stad Maoming.", operator="Dianbai", operator_alt=["Maoming"], claimant="press reports"),
    R("BE", "investigation", "De federale gerechtelijke politie van Limburg heeft, in samenwerking met de Veiligheid van de Staat, beide locaties gecontroleerd. Er werd een opsporingsonderzoek geopend voor de locatie in Lommel", place="Lommel", claimant="Belgian Minister of the Interior"),
    R("BE", "no_wrongdoing_found", "Voor Tongeren werden tot op heden geen strafbare feiten vastgesteld.", place="Tongeren", claimant="Belgian Minister of the Interior"),
    I("BE", "persuasion", "een inwoner van Lommel verklaarde dat hij tijdens een bezoek aan de vzw werd aangespoord naar China terug te keren", place="Lommel", claimant="Belgian Minister of the Interior"),
    I("BE", "harassment", "zijn moeder in China meermaals door de lokale politie werd ondervraagd", opt=True, claimant="Belgian Minister of the Interior"),
    R("BE", "protest", "de Chinese ambassadeur op 20 november 2025 werd ontboden", date="2025-11-20", claimant="Belgian Minister of the Interior"),
    C("stations", 2, "BE", "ons land in 2022 reeds twee gelijkaardige posten heeft gesloten", claimant="Belgian Minister of the Interior"),
    R("BE", "closure", "ons land in 2022 reeds twee gelijkaardige posten heeft gesloten", date="2022", claimant="Belgian Minister of the Interior"),
]
DOCS.append({"name": "023-nl-be-schriftelijke-vraag-lommel-tongeren-longchuan-dianbai.txt", "text": t023, "facts": f023})

# ---------------------------------------------------------------- 024
t024 = r"""
Chinese 'politieposten' in Nederland: hoe zit het ook alweer? Vijf vragen en antwoorden

Het onderwerp duikt steeds weer op, deze week na berichten over een post in Terneuzen. Wat weten we, en wat niet?

Wat zijn die posten precies?
Het gaat om kantoortjes, vaak ondergebracht bij verenigingen of bedrijfjes, die volgens China bedoeld zijn om landgenoten in het buitenland te helpen met papierwerk: een rijbewijs verlengen, een pensioen laten goedkeuren. Critici zeggen dat ze ook gebruikt worden om Chinezen in het buitenland in de gaten te houden en onder druk te zetten om terug te keren. Dat is een algemene beschrijving; of het op een specifieke plek zo gaat, moet per geval blijken.

Hoeveel zijn er?
De mensenrechtenorganisatie Safeguard Defenders telde er wereldwijd honderdtwee, verspreid over drieënvijftig landen. Andere schattingen spreken van 'ruim honderd'. Niet al die locaties zijn ook echt bevestigd.

En in Nederland?
In 2022 liet het kabinet er twee sluiten, allebei in de Randstad. Deze week meldde een Zeeuwse krant dat ook in Terneuzen, boven een toko bij de haven, zo'n post zou zitten. Volgens de krant werd die opgezet door het politiebureau van Panyu, een district van Guangzhou. De politie Zeeland-West-Brabant zegt 'kennis te hebben genomen van de berichtgeving' en de zaak te onderzoeken.

Doen andere landen iets vergelijkbaars?
Sommige landen werken juist openlijk samen met de Chinese politie. Hongarije laat sinds een paar jaar Chinese agenten meelopen op patrouilles in Boedapest, op basis van een akkoord tussen beide landen. Dat soort afspraken heeft Nederland niet.

Wat moet ik doen als ik word benaderd?
Wie zich onder druk gezet voelt, kan aangifte doen bij de politie of contact opnemen met het Meldpunt Intimidatie. Ook anoniem melden is mogelijk.

Lees meer in ons dossier China.
"""
f024 = [
    C("stations", 102, None, "De mensenrechtenorganisatie Safeguard Defenders telde er wereldwijd honderdtwee, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "De mensenrechtenorganisatie Safeguard Defenders telde er wereldwijd honderdtwee, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders"),
    C("stations", 100, None, "Andere schattingen spreken van 'ruim honderd'.", opt=True),
    C("stations", 2, "NL", "In 2022 liet het kabinet er twee sluiten, allebei in de Randstad.", date="2022"),
    R("NL", "closure", "In 2022 liet het kabinet er twee sluiten, allebei in de Randstad.", date="2022"),
    S("NL", "Terneuzen", "Deze week meldde een Zeeuwse krant dat ook in Terneuzen, boven een toko bij de haven, zo'n post zou zitten. Volgens de krant werd die opgezet door het politiebureau van Panyu, een district van Guangzhou.", operator="Panyu", operator_alt=["Guangzhou"], claimant="a Zeeland newspaper"),
    R("NL", "investigation", "De politie Zeeland-West-Brabant zegt 'kennis te hebben genomen van de berichtgeving' en de zaak te onderzoeken.", place="Terneuzen"),
    A("HU", "joint_patrol", "Hongarije laat sinds een paar jaar Chinese agenten meelopen op patrouilles in Boedapest, op basis van een akkoord tussen beide landen.", opt=False),
    A("HU", "security_agreement", "op basis van een akkoord tussen beide landen", opt=True),
]
DOCS.append({"name": "024-nl-vragen-en-antwoorden-terneuzen-panyu.txt", "text": t024, "facts": f024})

# ---------------------------------------------------------------- 025
t025 = r"""
Radio 1 – De Ochtend, 4 februari 2026 (transcriptie van het gesprek, licht ingekort)

PRESENTATOR: In Menen heeft de burgemeester gisteren een Chinees verenigingslokaal laten verzegelen. Volgens het stadsbestuur werd daar een soort Chinese politiepost uitgebaat. De burgemeester is nu aan de lijn. Goeiemorgen.

BURGEMEESTER: Goeiemorgen.

PRESENTATOR: Waarom hebt u dat lokaal gesloten?

BURGEMEESTER: Omdat we van de federale politie informatie kregen dat het lokaal, dat officieel een Chinese ontmoetingsruimte is, banden had met de politie van het district Nanhai in Foshan. Er liepen mensen binnen en buiten die daar hun papieren lieten 'controleren'. Dat kan niet. Ik heb op basis van de nieuwe gemeentewet een sluiting van zes maanden bevolen.

PRESENTATOR: Loopt er ook een strafonderzoek?

BURGEMEESTER: Het parket van West-Vlaanderen heeft een onderzoek geopend, ja. Meer kan ik daar niet over zeggen.

PRESENTATOR: Er werd de voorbije weken ook over Ninove bericht. Weet u daar meer over?

BURGEMEESTER: Ik heb mijn collega van Ninove gesproken. Zijn politiezone kent daar geen dergelijk kantoor. Maar dat is zijn gemeente, niet de mijne.

PRESENTATOR: De Chinese ambassade zegt dat het gaat om 'een culturele vereniging die ouderen helpt met administratie'.

BURGEMEESTER: Dat mag de ambassade zeggen. Ik ga af op wat de politie mij vertelt.

PRESENTATOR: Burgemeester, bedankt.

PRESENTATOR: Het was 7 uur 42. Straks in De Ochtend: de verkiezingen in Portugal.
"""
f025 = [
    R("BE", "closure", "In Menen heeft de burgemeester gisteren een Chinees verenigingslokaal laten verzegelen.", place="Menen", date="2026-02-03"),
    S("BE", "Menen", "Volgens het stadsbestuur werd daar een soort Chinese politiepost uitgebaat.", claimant="Menen city council", note="'daar' = the Menen premises of the sentence before"),
    S("BE", "Menen", "het lokaal, dat officieel een Chinese ontmoetingsruimte is, banden had met de politie van het district Nanhai in Foshan", operator="Nanhai", operator_alt=["Foshan"], claimant="Belgian federal police"),
    R("BE", "investigation", "Het parket van West-Vlaanderen heeft een onderzoek geopend, ja.", place="Menen"),
    S("BE", "Ninove", "Er werd de voorbije weken ook over Ninove bericht.", opt=True, note="only 'reported about', no claim stated"),
    S("BE", "Ninove", "Zijn politiezone kent daar geen dergelijk kantoor.", pol="denied", opt=True, claimant="Ninove police zone"),
    D("CN", "De Chinese ambassade zegt dat het gaat om 'een culturele vereniging die ouderen helpt met administratie'.", claimant="PRC Embassy in Belgium"),
]
DOCS.append({"name": "025-nl-be-radio-interview-menen-ninove-nanhai.txt", "text": t025, "facts": f025})

# ---------------------------------------------------------------- 026 (irrelevant)
t026 = r"""
Haarlemmermeer | Nieuws

Nieuwe politiepost in winkelcentrum Hoofddorp: 'Laagdrempelig binnenlopen'

Door de lokale redactie | 3 juni 2026

In winkelcentrum Vier Meren in Hoofddorp opent volgende week een nieuwe politiepost. Wijkagenten houden er drie ochtenden per week spreekuur. Inwoners kunnen er aangifte doen van fietsdiefstal, gevonden voorwerpen inleveren en vragen stellen over bijvoorbeeld het omwisselen van een buitenlands rijbewijs.

Dat laatste komt volgens de wijkagent vaker voor dan je zou denken. 'Veel expats van Schiphol, ook veel Chinezen, weten niet dat ze hun rijbewijs binnen een bepaalde termijn moeten omwisselen.' De post werkt daarvoor samen met de Chinese ondernemersvereniging in de gemeente, die haar leden wijst op de regels.

Vorig jaar werden in het winkelcentrum 102 winkeldiefstallen gemeld en 53 fietsen gestolen. De gemeente en de politie sloten een convenant over gezamenlijke surveillance met de beveiligers van het winkelcentrum.

De oude post aan het Raadhuisplein sluit per 1 juli.
"""
DOCS.append({"name": "026-nl-lokaal-nieuws-wijkpolitiepost-hoofddorp.txt", "text": t026, "facts": []})
