# Dutch documents 021-026
DOCS = []

T = """OM onderzoekt vermeend Chinees politiebureau in Haarlem

De politie heeft dinsdag een pand in de Haarlemse wijk Schalkwijk doorzocht in een strafrechtelijk onderzoek naar een vermoedelijk illegaal Chinees 'politiebureau'. Dat meldt het Openbaar Ministerie. Er is niemand aangehouden.

In het pand, een kantoor boven een toko aan het Floridaplein, zou sinds 2021 een zogeheten 'overzees servicestation' actief zijn. Volgens documenten die deze site heeft ingezien, werd de locatie opgezet door het bureau voor openbare veiligheid van Zhangpu, een district in de provincie Fujian. Het station zou Chinezen in Noord-Holland helpen met het verlengen van rijbewijzen, maar ook contact hebben opgenomen met landgenoten die in China worden gezocht.

Een tweede locatie zou in Leiden zijn gevestigd. Het OM wil daar niets over zeggen.

De minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden. 'Dit soort activiteiten is in Nederland niet toegestaan', liet het ministerie weten.

De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'. Er zouden in Haarlem alleen vrijwilligers werken, die ouderen helpen met formulieren. 'Er zijn in Nederland geen Chinese politieposten.'
"""
DOCS.append(("021-nl-news-haarlem-zhangpu.txt", T, [
    dict(kind="station", country="NL", place="Haarlem", operator="Zhangpu", date="2021",
         ev="Volgens documenten die deze site heeft ingezien, werd de locatie opgezet door het bureau voor openbare veiligheid van Zhangpu, een district in de provincie Fujian.",
         note="site: office above a shop at the Floridaplein, Schalkwijk"),
    dict(kind="response", country="NL", action="investigation", place="Haarlem",
         ev="De politie heeft dinsdag een pand in de Haarlemse wijk Schalkwijk doorzocht in een strafrechtelijk onderzoek naar een vermoedelijk illegaal Chinees 'politiebureau'."),
    dict(kind="response", country="NL", action="arrest", polarity="denied", optional=True,
         ev="Er is niemand aangehouden."),
    dict(kind="incident", incident_type="persuasion", country="NL", optional=True,
         ev="maar ook contact hebben opgenomen met landgenoten die in China worden gezocht", note="general, no case"),
    dict(kind="station", country="NL", place="Leiden",
         ev="Een tweede locatie zou in Leiden zijn gevestigd."),
    dict(kind="response", country="NL", action="protest",
         ev="De minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in the Netherlands",
         ev="De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'."),
    dict(kind="station", country="NL", polarity="denied", optional=True, claimant="Chinese Embassy in the Netherlands",
         ev="'Er zijn in Nederland geen Chinese politieposten.'"),
]))

T = """Federaal parket onderzoekt Chinese 'politiepost' in Luik

Het federaal parket heeft een onderzoek geopend naar een vermeende Chinese politiepost in Luik. Speurders hebben maandag een huiszoeking uitgevoerd in een vzw in het centrum van de stad, bevestigt het parket aan onze redactie. Er werden geen arrestaties verricht.

Volgens de Staatsveiligheid (VSSE) wordt de post aangestuurd door het bureau voor openbare veiligheid van Fu'an, een stad in de Chinese provincie Fujian. Ze zou sinds 2020 actief zijn en officieel Chinezen in Wallonië helpen met administratieve zaken.

Het onderzoek kwam op gang na de klacht van een Chinese zakenman uit Seraing. Zijn broer, die een restaurant uitbaatte in de buurt, werd vorig jaar door twee mannen naar de luchthaven van Zaventem gebracht en op een vlucht naar Xiamen gezet. Sindsdien heeft de familie niets meer van hem gehoord.

De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen. 'Wie in België woont, valt onder Belgische wetten, niet onder die van een ander land', klinkt het.

Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt.

De Chinese ambassade in Brussel verwerpt de beschuldigingen. Het gaat volgens haar om 'vrijwilligers die landgenoten helpen met hun rijbewijs', en 'niet om politie'.
"""
DOCS.append(("022-nl-be-news-liege-fuan.txt", T, [
    dict(kind="response", country="BE", action="investigation", place="Liège", place_alt=["Luik"],
         ev="Het federaal parket heeft een onderzoek geopend naar een vermeende Chinese politiepost in Luik."),
    dict(kind="response", country="BE", action="arrest", polarity="denied", optional=True,
         ev="Er werden geen arrestaties verricht."),
    dict(kind="station", country="BE", place="Liège", place_alt=["Luik", "Liege"], operator="Fuan", operator_alt=["Fu'an"], date="2020", claimant="VSSE",
         ev="Volgens de Staatsveiligheid (VSSE) wordt de post aangestuurd door het bureau voor openbare veiligheid van Fu'an, een stad in de Chinese provincie Fujian."),
    dict(kind="incident", incident_type="forced_return", country="BE", place="Seraing",
         ev="Zijn broer, die een restaurant uitbaatte in de buurt, werd vorig jaar door twee mannen naar de luchthaven van Zaventem gebracht en op een vlucht naar Xiamen gezet."),
    dict(kind="response", country="BE", action="protest",
         ev="De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen."),
    dict(kind="station", country="BE", place="Ostend", place_alt=["Oostende"], claimant="VSSE",
         ev="Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt."),
    dict(kind="response", country="BE", action="closure", place="Ostend", optional=True, claimant="VSSE",
         ev="Ook in Oostende zou een tweede post zijn geweest, maar die is volgens de VSSE eind vorig jaar uit zichzelf gestopt.", note="stopped by itself"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Belgium",
         ev="De Chinese ambassade in Brussel verwerpt de beschuldigingen."),
    dict(kind="station", country="BE", place="Liège", polarity="denied", optional=True, claimant="Chinese Embassy in Belgium",
         ev="Het gaat volgens haar om 'vrijwilligers die landgenoten helpen met hun rijbewijs', en 'niet om politie'."),
]))

T = """> Retouradres Postbus 20301 2500 EH Den Haag

Aan de Voorzitter van de Tweede Kamer
der Staten-Generaal

Datum      3 november 2025
Betreft    Stand van zaken Chinese 'politieposten' in Nederland

Geachte Voorzitter,

Hierbij informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken, over
de stand van zaken rond zogenoemde Chinese 'politieposten' in Nederland, zoals
toegezegd tijdens het commissiedebat van 18 september jl.

Sinds mijn vorige brief zijn twee nieuwe locaties onder de aandacht gekomen: één in
Delft en één in Venlo. Uit informatie van de AIVD blijkt dat deze locaties verbonden
zijn met de bureaus voor openbare veiligheid van respectievelijk Pingtan en Yuhuan.
Daarmee zijn het kabinet thans in totaal vier locaties in Nederland bekend.

Venlo
Het Openbaar Ministerie heeft in augustus een strafrechtelijk onderzoek ingesteld naar
de activiteiten op de locatie in Venlo. In het kader daarvan is één verdachte
aangehouden. Omdat het onderzoek loopt, kan ik hierover geen nadere mededelingen
doen. De burgemeester van Venlo heeft het pand op 9 oktober gesloten.

Delft
Naar de locatie in Delft heeft de politie een verkennend onderzoek gedaan. Daarbij
zijn geen strafbare feiten vastgesteld. De betrokken stichting heeft de activiteiten
inmiddels zelf beëindigd.

Diplomatieke reactie
De Chinese ambassadeur is op 14 oktober ontboden op het ministerie van Buitenlandse
Zaken. Daarbij is duidelijk gemaakt dat het kabinet dergelijke activiteiten op
Nederlands grondgebied niet accepteert. De ambassade heeft in reactie gesteld dat het
gaat om 'dienstverlening door vrijwilligers' en dat er 'geen sprake is van politie-
werk'.

Het kabinet blijft de situatie nauwgezet volgen.

De Minister van Justitie en Veiligheid,
"""
DOCS.append(("023-nl-kamerbrief-delft-venlo-pingtan.txt", T, [
    dict(kind="station", country="NL", place="Delft", operator="Pingtan", claimant="AIVD",
         ev="Sinds mijn vorige brief zijn twee nieuwe locaties onder de aandacht gekomen: één in\nDelft en één in Venlo. Uit informatie van de AIVD blijkt dat deze locaties verbonden\nzijn met de bureaus voor openbare veiligheid van respectievelijk Pingtan en Yuhuan."),
    dict(kind="station", country="NL", place="Venlo", operator="Yuhuan", claimant="AIVD",
         ev="Sinds mijn vorige brief zijn twee nieuwe locaties onder de aandacht gekomen: één in\nDelft en één in Venlo. Uit informatie van de AIVD blijkt dat deze locaties verbonden\nzijn met de bureaus voor openbare veiligheid van respectievelijk Pingtan en Yuhuan."),
    dict(kind="count", measure="stations", value=4, country="NL", claimant="Dutch government",
         ev="Daarmee zijn het kabinet thans in totaal vier locaties in Nederland bekend."),
    dict(kind="count", measure="stations", value=2, country="NL", optional=True, claimant="Dutch government",
         ev="Sinds mijn vorige brief zijn twee nieuwe locaties onder de aandacht gekomen", note="new sites since the last letter"),
    dict(kind="response", country="NL", action="investigation", place="Venlo", date="2025-08",
         ev="Het Openbaar Ministerie heeft in augustus een strafrechtelijk onderzoek ingesteld naar\nde activiteiten op de locatie in Venlo."),
    dict(kind="response", country="NL", action="arrest", place="Venlo",
         ev="In het kader daarvan is één verdachte\naangehouden."),
    dict(kind="response", country="NL", action="closure", place="Venlo", date="2025-10-09",
         ev="De burgemeester van Venlo heeft het pand op 9 oktober gesloten."),
    dict(kind="response", country="NL", action="no_wrongdoing_found", place="Delft",
         ev="Naar de locatie in Delft heeft de politie een verkennend onderzoek gedaan. Daarbij\nzijn geen strafbare feiten vastgesteld."),
    dict(kind="response", country="NL", action="protest", date="2025-10-14",
         ev="De Chinese ambassadeur is op 14 oktober ontboden op het ministerie van Buitenlandse\nZaken."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in the Netherlands",
         ev="De ambassade heeft in reactie gesteld dat het\ngaat om 'dienstverlening door vrijwilligers' en dat er 'geen sprake is van politie-\nwerk'."),
]))

T = """Antwoord van de minister van Justitie en Veiligheid op vragen van het lid (NSC) over
een Chinese 'politiepost' in Amersfoort (ingezonden 2 juni 2025).

Vraag 1
Bent u bekend met het bericht dat in Amersfoort sinds 2023 een 'servicepunt' actief
is dat door het bureau voor openbare veiligheid van Yuhuan (provincie Zhejiang) zou
zijn opgezet?

Antwoord 1
Ja.

Vraag 2
Klopt het dat een Chinese student in Amersfoort door medewerkers van dit servicepunt
is benaderd met het verzoek naar China terug te keren?

Antwoord 2
Ik kan niet ingaan op individuele gevallen. In zijn algemeenheid geldt dat
intimidatie door of namens een buitenlandse staat in Nederland onaanvaardbaar is.

Vraag 3
Heeft de politie onderzoek gedaan naar het servicepunt? Zo ja, met welke uitkomst?

Antwoord 3
De politie heeft naar aanleiding van de berichtgeving een verkennend onderzoek
ingesteld. Dat heeft geen aanwijzingen voor strafbare feiten opgeleverd. Het Open-
baar Ministerie heeft geen strafrechtelijk onderzoek ingesteld.

Vraag 4
Is de Chinese ambassadeur hierover ontboden?

Antwoord 4
Nee. Het ministerie van Buitenlandse Zaken heeft de kwestie wel aan de orde gesteld in
een gesprek met de Chinese ambassade.

Vraag 5
Hoeveel van dergelijke locaties zijn er bij uw weten in Nederland?

Antwoord 5
Het kabinet heeft op dit moment weet van drie locaties.
"""
DOCS.append(("024-nl-kamervragen-antwoord-amersfoort-yuhuan.txt", T, [
    dict(kind="station", country="NL", place="Amersfoort", operator="Yuhuan", date="2023", claimant="Member of Parliament",
         ev="Bent u bekend met het bericht dat in Amersfoort sinds 2023 een 'servicepunt' actief\nis dat door het bureau voor openbare veiligheid van Yuhuan (provincie Zhejiang) zou\nzijn opgezet?",
         note="premise of question 1, answered 'Ja.'"),
    dict(kind="response", country="NL", action="investigation", place="Amersfoort", optional=True,
         ev="De politie heeft naar aanleiding van de berichtgeving een verkennend onderzoek\ningesteld.", note="exploratory inquiry"),
    dict(kind="response", country="NL", action="no_wrongdoing_found", place="Amersfoort",
         ev="Dat heeft geen aanwijzingen voor strafbare feiten opgeleverd."),
    dict(kind="response", country="NL", action="investigation", polarity="denied",
         ev="Het Open-\nbaar Ministerie heeft geen strafrechtelijk onderzoek ingesteld."),
    dict(kind="response", country="NL", action="protest", polarity="denied", optional=True,
         ev="Vraag 4\nIs de Chinese ambassadeur hierover ontboden?\n\nAntwoord 4\nNee."),
    dict(kind="response", country="NL", action="protest", optional=True,
         ev="Het ministerie van Buitenlandse Zaken heeft de kwestie wel aan de orde gesteld in\neen gesprek met de Chinese ambassade.", note="raised in a conversation, no summons"),
    dict(kind="count", measure="stations", value=3, country="NL", claimant="Dutch government",
         ev="Het kabinet heeft op dit moment weet van drie locaties."),
]))

T = """Chinese vereniging in Deventer ontkent 'politiepost': 'Wij helpen alleen met papieren'

DEVENTER - Het bestuur van een Chinese vereniging in de Deventer binnenstad ontkent dat vanuit haar pand aan de Brink een Chinese 'politiepost' werd gerund. 'Wij helpen oudere leden met formulieren en rijbewijzen. Meer is het niet', zegt een bestuurslid tegen deze krant.

De burgemeester heeft het pand vorige week toch laten sluiten. Volgens de gemeente was er 'voldoende reden om aan te nemen' dat er activiteiten plaatsvonden 'die niet passen bij de openbare orde en veiligheid'. De sluiting geldt voorlopig voor drie maanden.

Aanleiding was een onderzoek van een internationale mensenrechtenorganisatie. Die stelt dat de post in 2022 werd geopend op initiatief van het politiebureau van Taishun, een arrondissement in de Chinese provincie Zhejiang van waaruit veel Chinezen naar Nederland kwamen.

Een jonge vrouw uit Deventer, die in China wordt verdacht van een financieel delict, zou vorig jaar meerdere keren door vrijwilligers van de vereniging zijn aangesproken. Ze zouden haar hebben aangeraden 'vrijwillig terug te keren, dat is beter voor de familie'. De vrouw woont nog steeds in Deventer.

De politie Oost-Nederland laat weten 'kennis te hebben genomen' van de berichtgeving, maar doet geen verdere mededelingen. De wijkagent is inmiddels vaker te zien op de Brink, vertellen ondernemers in de buurt.

De sluiting zorgt voor onrust onder Chinese Deventenaren. 'Mijn moeder ging er elke donderdag mahjong spelen', zegt een restauranthouder. 'Nu zit ze thuis.'
"""
DOCS.append(("025-nl-lokaal-nieuws-deventer-taishun.txt", T, [
    dict(kind="station", country="NL", place="Deventer", operator="Taishun", date="2022", claimant="international human rights organisation",
         ev="Die stelt dat de post in 2022 werd geopend op initiatief van het politiebureau van Taishun, een arrondissement in de Chinese provincie Zhejiang van waaruit veel Chinezen naar Nederland kwamen."),
    dict(kind="station", country="NL", place="Deventer", polarity="denied", optional=True, claimant="association board member",
         ev="Het bestuur van een Chinese vereniging in de Deventer binnenstad ontkent dat vanuit haar pand aan de Brink een Chinese 'politiepost' werd gerund."),
    dict(kind="response", country="NL", action="closure", place="Deventer",
         ev="De burgemeester heeft het pand vorige week toch laten sluiten."),
    dict(kind="incident", incident_type="persuasion", country="NL", place="Deventer",
         ev="Een jonge vrouw uit Deventer, die in China wordt verdacht van een financieel delict, zou vorig jaar meerdere keren door vrijwilligers van de vereniging zijn aangesproken. Ze zouden haar hebben aangeraden 'vrijwillig terug te keren, dat is beter voor de familie'."),
]))

T = """Apeldoorn krijgt Chinese elektrische bussen, politiepost op station blijft

APELDOORN - Vanaf december rijden er in Apeldoorn veertig nieuwe elektrische bussen van de Chinese fabrikant BYD. Vervoerder en provincie presenteerden de bussen dinsdag op het busstation naast het NS-station.

De bussen vervangen de dieselbussen die sinds 2014 in de stad reden. Volgens de provincie Gelderland besparen ze jaarlijks zo'n 2.000 ton CO2. Opgeladen wordt in een nieuwe stalling aan de Laan van Westenenk, waar twaalf snellaadstations zijn gebouwd.

Tijdens de presentatie werd ook duidelijk dat de politiepost in de stationshal, waarover eerder twijfel bestond, openblijft. 'Reizigers en buschauffeurs voelen zich veiliger nu er agenten op het station zijn', zei een wethouder. De post is op vrijdag- en zaterdagavond tot middernacht bemand.

Een vertegenwoordiger van de fabrikant, die voor de gelegenheid uit Shenzhen was overgekomen, zei dat Nederland 'een van de belangrijkste markten in Europa' is. Kritische vragen over Chinese software in de bussen werden door de provincie beantwoord met een verwijzing naar een recent onderzoek van de RDW, waarin 'geen risico's' werden vastgesteld.
"""
DOCS.append(("026-nl-nieuws-apeldoorn-bussen-irrelevant.txt", T, []))
