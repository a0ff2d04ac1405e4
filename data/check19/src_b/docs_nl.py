from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 038 nl regional news, Almelo
DOCS.append(dict(name="038-nl-regionaal-almelo-shangluo.txt", text="""
Deze website maakt gebruik van cookies. [Akkoord]

Nieuws › Twente

Burgemeester sluit pand van Chinese vereniging in Almelo na signalen over 'politiepost'

Door onze verslaggever · 27 februari 2026, 11:05 · Bijgewerkt 17:20

ALMELO - Burgemeester van Almelo heeft woensdag een pand van een Chinese culturele vereniging aan de rand van het centrum voor drie maanden gesloten. Volgens de gemeente zijn er "ernstige signalen" dat in het gebouw een zogeheten Chinees politiesteunpunt actief was.

[Foto: Het gesloten pand, met een bord van de gemeente op de deur. Beeld: Regio Twente Nieuws]

Het steunpunt zou worden aangestuurd door het politiebureau van de stad Shangluo, in de Chinese provincie Shaanxi. Dat blijkt uit stukken die de gemeente heeft ingezien. In het pand zouden onder meer lijsten zijn bijgehouden van Chinese studenten in Enschede en Hengelo die meededen aan een herdenking.

LEES OOK: Twentse studentenstad trekt steeds meer Aziatische studenten

De politie doet onderzoek, bevestigt een woordvoerder. "Er is op dit moment niemand aangehouden." Het Openbaar Ministerie wil niet zeggen of er verdachten zijn.

Volgens het ministerie van Justitie en Veiligheid zijn er in Nederland sinds 2022 minstens drie van zulke steunpunten in beeld geweest.

De Chinese ambassade in Den Haag noemt de sluiting "onbegrijpelijk". Het pand zou alleen worden gebruikt om ouderen te helpen met het verlengen van hun rijbewijs en andere papieren. "China heeft geen politiebureaus in Nederland."

Update 17.20 uur: De vereniging laat weten bij de rechter bezwaar te maken tegen de sluiting.
""", facts=[
    S("NL", "Almelo", "Volgens de gemeente zijn er \"ernstige signalen\" dat in het gebouw een zogeheten Chinees politiesteunpunt actief was", claimant="gemeente"),
    S("NL", "Almelo", "Het steunpunt zou worden aangestuurd door het politiebureau van de stad Shangluo, in de Chinese provincie Shaanxi", operator="Shangluo", claimant="gemeente"),
    R("NL", "closure", "Burgemeester van Almelo heeft woensdag een pand van een Chinese culturele vereniging aan de rand van het centrum voor drie maanden gesloten", place="Almelo", date="2026-02-25"),
    I("NL", "surveillance", "In het pand zouden onder meer lijsten zijn bijgehouden van Chinese studenten in Enschede en Hengelo die meededen aan een herdenking", place="Almelo", claimant="gemeente"),
    R("NL", "investigation", "De politie doet onderzoek, bevestigt een woordvoerder"),
    R("NL", "arrest", "Er is op dit moment niemand aangehouden.", pol="denied", opt=True),
    C("stations", 3, "NL", "in Nederland sinds 2022 minstens drie van zulke steunpunten in beeld geweest", claimant="ministerie van Justitie en Veiligheid"),
    D("CN", "Het pand zou alleen worden gebruikt om ouderen te helpen met het verlengen van hun rijbewijs en andere papieren. \"China heeft geen politiebureaus in Nederland.\"", claimant="Chinese ambassade in Den Haag"),
    S("NL", None, "\"China heeft geen politiebureaus in Nederland.\"", claimant="Chinese ambassade in Den Haag", pol="denied", opt=True),
]))

# 039 nl fact-check, Belgium
DOCS.append(dict(name="039-nl-factcheck-leuven-kortrijk-hejian.txt", text="""
FACTCHECK

Zit er een Chinese politiepost boven een bubbelthee-zaak in Leuven?

Bewering: Een video op TikTok, ruim 250.000 keer bekeken, beweert dat "boven een bubbelthee-zaak in Leuven een Chinese politiepost zit die studenten bespioneert".

Conclusie: Niet bewezen. Er zijn geen aanwijzingen voor een post in Leuven. Wel is er een gedocumenteerd geval in Kortrijk.

Wat weten we?

De video toont een deur in de Leuvense binnenstad en een bord in het Chinees. De politiezone Leuven laat ons weten "geen weet te hebben van een dergelijk kantoor" en heeft er geen klachten over ontvangen. De eigenaar van de zaak zegt dat het om de opslag van zijn theewinkel gaat.

De video verwijst mogelijk naar een ander adres. In een rapport van vorig jaar wordt namelijk een handelsvereniging in Kortrijk genoemd. Dat kantoor zou in 2022 zijn opgezet met steun van het politiebureau van Hejian, een stad in de provincie Hebei. Het federaal parket bevestigde ons dat het in 2025 een onderzoek opende naar "mogelijke inmenging" via die vereniging.

Hoeveel zijn er in België? Het rapport spreekt van twee, zonder de tweede te lokaliseren.

Wat zeggen de Chinezen zelf? De ambassade in Brussel stelt dat het enkel gaat om "servicepunten waar vrijwilligers landgenoten helpen met hun rijbewijs".

Ons oordeel: NIET BEWEZEN voor Leuven.

Deze factcheck is geschreven volgens de code van het International Fact-Checking Network. Meld een fout via ons formulier.
""", facts=[
    S("BE", "Leuven", "boven een bubbelthee-zaak in Leuven een Chinese politiepost zit die studenten bespioneert", claimant="TikTok video", opt=True),
    S("BE", "Leuven", "Er zijn geen aanwijzingen voor een post in Leuven", pol="denied", claimant="factcheck", opt=True),
    R("BE", "no_wrongdoing_found", "De politiezone Leuven laat ons weten \"geen weet te hebben van een dergelijk kantoor\"", place="Leuven", claimant="politiezone Leuven", opt=True),
    S("BE", "Kortrijk", "In een rapport van vorig jaar wordt namelijk een handelsvereniging in Kortrijk genoemd. Dat kantoor zou in 2022 zijn opgezet met steun van het politiebureau van Hejian, een stad in de provincie Hebei",
      operator="Hejian", operator_alt="Cangzhou", claimant="rapport", date="2022"),
    R("BE", "investigation", "Het federaal parket bevestigde ons dat het in 2025 een onderzoek opende naar \"mogelijke inmenging\" via die vereniging", place="Kortrijk", date="2025"),
    C("stations", 2, "BE", "Hoeveel zijn er in België? Het rapport spreekt van twee", claimant="rapport"),
    D("CN", "het enkel gaat om \"servicepunten waar vrijwilligers landgenoten helpen met hun rijbewijs\"", claimant="Chinese ambassade in Brussel"),
]))

# 040 nl court ruling report, Almelo follow-up
DOCS.append(dict(name="040-nl-rechtbank-almelo-shangluo.txt", text=W("""
RECHTBANK OVERIJSSEL                                    ECLI:NL:RBOVE:2026:1187 (samenvatting)

Zittingsplaats Almelo
Bestuursrecht, voorlopige voorziening

Uitspraak van de voorzieningenrechter van 19 maart 2026 in de zaak tussen een Chinese culturele vereniging te Almelo, verzoekster, en de burgemeester van Almelo, verweerder.

1. Verweerder heeft bij besluit van 25 februari 2026 het pand van verzoekster op grond van artikel 174a van de Gemeentewet voor de duur van drie maanden gesloten.

2. Aan het besluit ligt een bestuurlijke rapportage ten grondslag waaruit volgt dat in het pand sinds 2023 een zogenoemd politiesteunpunt was gevestigd. De voorzieningenrechter stelt vast dat volgens die rapportage het steunpunt in contact stond met het Bureau voor Openbare Veiligheid van Shangluo en dat bezoekers werden gevraagd persoonsgegevens van landgenoten te verstrekken.

3. Verzoekster voert aan dat het pand uitsluitend werd gebruikt voor taallessen en voor hulp bij consulaire formaliteiten. De voorzieningenrechter acht die stelling, gelet op de stukken, onvoldoende onderbouwd.

4. De voorzieningenrechter wijst het verzoek af. De sluiting blijft in stand.

Pagina 1 van 1
"""), facts=[
    S("NL", "Almelo", "in het pand sinds 2023 een zogenoemd politiesteunpunt was gevestigd", claimant="bestuurlijke rapportage", date="2023"),
    S("NL", "Almelo", "het steunpunt in contact stond met het Bureau voor Openbare Veiligheid van Shangluo", operator="Shangluo", claimant="bestuurlijke rapportage"),
    R("NL", "closure", "Verweerder heeft bij besluit van 25 februari 2026 het pand van verzoekster op grond van artikel 174a van de Gemeentewet voor de duur van drie maanden gesloten", place="Almelo", date="2026-02-25"),
    R("NL", "closure", "De sluiting blijft in stand.", place="Almelo", date="2026-03-19"),
    I("NL", "surveillance", "bezoekers werden gevraagd persoonsgegevens van landgenoten te verstrekken", place="Almelo", claimant="bestuurlijke rapportage", opt=True),
    D("NL", "Verzoekster voert aan dat het pand uitsluitend werd gebruikt voor taallessen en voor hulp bij consulaire formaliteiten", claimant="verzoekster", opt=True),
]))
