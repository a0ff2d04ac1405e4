"""check22 part B, Dutch documents 038-040."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

DOC038 = """Parkstad Nieuws · Regio · Kerkrade

Wij gebruiken cookies om de site goed te laten werken en om advertenties te tonen. [Akkoord] [Instellingen]

Burgemeester sluit 'servicepunt' in Kerkrade: 'Buitenlandse politie hoort hier niet'

Door onze verslaggever · vrijdag 16 januari 2026, 09:12 · Bijgewerkt 16.40 uur
Delen: Facebook · X · WhatsApp · E-mail

KERKRADE – De burgemeester van Kerkrade heeft donderdag een bovenwoning in het centrum laten sluiten waarin volgens de politie een zogeheten Chinees politiebureau was gevestigd. Dat maakte de gemeente vrijdagochtend bekend.

Het servicepunt, op de eerste verdieping boven een nagelsalon vlak bij de markt, was sinds 2023 in gebruik. Volgens stukken die de politie bij een doorzoeking in september in beslag nam, rapporteerde het rechtstreeks aan het Bureau voor Openbare Veiligheid van Yizhang, een district in de Chinese provincie Hunan.

Foto: De bovenwoning in het centrum van Kerkrade, donderdagavond verzegeld. (Foto Parkstad Nieuws)

De gemeente spreekt van 'een ernstige inbreuk op de openbare orde'. Wie de ruimte huurde, wil de gemeente niet zeggen.

Een Chinese student die in Kerkrade woont en in Aken studeert, vertelt dat hij vorig jaar drie keer werd gebeld door een man die zich voorstelde als medewerker van het servicepunt. 'Hij zei dat ik terug moest naar China om een schuld van mijn vader te regelen. Anders zou het voor mijn familie vervelend worden.' De student is gebleven. 'Ik heb mijn nummer veranderd.'

Het Openbaar Ministerie bevestigt dat er een strafrechtelijk onderzoek loopt naar mogelijke heimelijke activiteiten voor een buiten~landse mogend~heid. Er is tot nu toe niemand aangehouden.

LEES OOK: Chinese gemeenschap in Parkstad viert Nieuwjaar met drakendans op de Markt

Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in Nederland minstens drie van zulke posten. Een ervan zou in Waalwijk zitten en banden hebben met de politie van Xiushui, in de provincie Jiangxi. De regionale politie zegt daar 'geen aanwijzingen' voor te hebben.

Het is niet de eerste keer dat Nederland ingrijpt: in 2022 liet de regering al twee vergelijkbare posten sluiten, na onthullingen van dezelfde organisatie.

De Chinese ambassade noemt de berichten 'ongegrond'. Volgens een woordvoerder hielp het servicepunt Chinezen in de regio alleen bij het verlengen van rijbewijzen en het aanvragen van documenten, 'omdat de reis naar het consulaat voor ouderen te zwaar is'.

Update 16.40 uur: Het ministerie van Buitenlandse Zaken heeft de Chinese ambassadeur vrijdagmiddag ontboden, meldt een woordvoerder.

Meer nieuws uit Kerkrade · Schrijf je in voor de dagelijkse nieuwsbrief
"""

DOC039_RAW = """PERSBERICHT                               Parket Oost-Vlaanderen
                                          21 januari 2026

Gerechtelijk onderzoek naar vermeend Chinees 'dienstverleningspunt' in Beveren: één persoon onder aanhoudingsmandaat

In het kader van een gerechte~lijk onderzoek wegens inmenging en het verzamelen van gegevens ten behoeve van een buitenlandse mogendheid voerde de federale gerechtelijke politie Oost-Vlaanderen op dinsdag 20 januari 2026 twee huis~zoekingen uit in Beveren. Twee personen werden van hun vrij~heid beroofd.

De onderzoeks~rechter heeft één van hen, een 47-jarige man met de Chinese nationa~liteit, onder aanhoudings~mandaat geplaatst. De tweede persoon werd na verhoor in vrijheid gesteld.

Het onderzoek werd in maart 2025 opgestart na een melding van de Veiligheid van de Staat. Er zijn ernstige aanwijzingen dat in een handelspand in Beveren een zogenaamd 'dienstverleningspunt' actief was dat in opdracht van het Bureau voor Openbare Veiligheid van het district Songpan (provincie Sichuan, Volks~republiek China) gegevens verzamelde over personen van Tibe~taanse en Chinese origine die in België verblijven.

Bij de huiszoekingen werden onder meer lijsten aangetroffen met namen, adressen, werk~gevers en foto's van een dertigtal personen, alsook een reken~bladbestand met notities over hun contacten. Deze stukken worden verder geana~lyseerd.

Op bevel van de onderzoeksrechter werd het pand in Beveren verzegeld.

Ook een adres in Wetteren werd in het onderzoek betrokken. De verifi~caties op dat adres hebben tot op heden geen strafbare feiten aan het licht gebracht.

Gelet op het geheim van het onderzoek kunnen op dit ogenblik geen verdere inlich~tingen worden verstrekt. Het parket herinnert eraan dat het vermoeden van onschuld geldt.

Persmagistraat – Parket Oost-Vlaanderen                    p. 1/1"""

DOC039 = wrap_hy(DOC039_RAW, 62)

DOC040 = """Suriname Vandaag | Binnenland | Justitie

KPS onderzoekt Chinees 'servicekantoor' in Meerzorg

Dinsdag 4 november 2025 – Door onze redactie

Het Korps Politie Suriname (KPS) heeft een onderzoek ingesteld naar een kantoor in Meerzorg, aan de overkant van de rivier, dat volgens een internationale mensenrechtenorganisatie zou fungeren als 'politiepost' van een Chinees veiligheidsbureau. Het kantoor zit in een achterruimte van een groothandel in bouwmaterialen aan de hoofdweg.

Volgens het rapport van Safeguard Defenders valt het kantoor onder het Bureau voor Openbare Veiligheid van Yuanjiang, een stad in de Chinese provincie Hunan. Een tweede post zou in het district Wanica actief zijn en banden hebben met de politie van Lianhua in de provincie Jiangxi. Daarmee telt Suriname volgens de organisatie twee van zulke posten.

De Chinese gemeenschap in Suriname is oud en divers. Hakka-families kwamen al in de negentiende eeuw als contractarbeiders; sinds de jaren negentig vestigden zich duizenden nieuwe migranten, die nu een groot deel van de supermarkten en groothandels in handen hebben.

Een Chinese winkelier uit Meerzorg werd in augustus door drie landgenoten naar de Johan Adolf Pengel-luchthaven gebracht en op een vlucht naar China gezet, vertelt zijn ex-vrouw aan deze krant. 'Hij wilde niet. Ze zeiden dat hij in China een rechtszaak had. Sindsdien heb ik hem één keer aan de telefoon gehad.'

De minister van Justitie en Politie bevestigde maandag in De Nationale Assemblée dat 'de zaak met prioriteit wordt onderzocht'. Zijn collega van Buitenlandse Zaken heeft de Chinese ambassadeur om opheldering gevraagd.

Suriname en China ondertekenden in 2023 een overeenkomst over samenwerking op het gebied van politie en veiligheid, die onder meer de opleiding van Surinaamse agenten in China regelt. Oppositieleden willen dat de regering die overeenkomst opschort zolang het onderzoek loopt.

De Chinese ambassade liet in een verklaring weten dat er 'geen Chinese politieposten in Suriname' zijn. Vrijwilligers zouden landgenoten alleen helpen bij het verlengen van rijbewijzen en paspoorten.

Lees ook: Nieuwe brug over de Commewijnerivier: aanbesteding in 2026

Reageren? Mail de redactie. Abonneer u op onze nieuwsbrief.
"""

DOCS = [
    {"name": "038-nl-regio-update-kerkrade-waalwijk-yizhang-xiushui.txt", "text": DOC038, "facts": [
        R("NL", "closure", "De burgemeester van Kerkrade heeft donderdag een bovenwoning in het centrum laten sluiten", place="Kerkrade", date="2026-01-15"),
        S("NL", "Kerkrade", "een bovenwoning in het centrum laten sluiten waarin volgens de politie een zogeheten Chinees politiebureau was gevestigd", claimant="Dutch police"),
        R("NL", "investigation", "Volgens stukken die de politie bij een doorzoeking in september in beslag nam", place="Kerkrade", date="2025-09"),
        S("NL", "Kerkrade", "Volgens stukken die de politie bij een doorzoeking in september in beslag nam, rapporteerde het rechtstreeks aan het Bureau voor Openbare Veiligheid van Yizhang, een district in de Chinese provincie Hunan.", operator="Yizhang", operator_alt=["Chenzhou"], claimant="Dutch police"),
        I("NL", "persuasion", "'Hij zei dat ik terug moest naar China om een schuld van mijn vader te regelen.", place="Kerkrade"),
        I("NL", "harassment", "Anders zou het voor mijn familie vervelend worden.", place="Kerkrade", opt=True),
        R("NL", "investigation", "Het Openbaar Ministerie bevestigt dat er een strafrechtelijk onderzoek loopt", claimant="Openbaar Ministerie"),
        R("NL", "arrest", "Er is tot nu toe niemand aangehouden.", pol="denied", opt=True),
        C("stations", 3, "NL", "zijn er in Nederland minstens drie van zulke posten", claimant=SD),
        S("NL", "Waalwijk", "Een ervan zou in Waalwijk zitten en banden hebben met de politie van Xiushui, in de provincie Jiangxi.", operator="Xiushui", operator_alt=["Jiujiang"], claimant=SD),
        S("NL", "Waalwijk", "De regionale politie zegt daar 'geen aanwijzingen' voor te hebben.", pol="denied", opt=True, claimant="Dutch police"),
        R("NL", "closure", "in 2022 liet de regering al twee vergelijkbare posten sluiten", date="2022"),
        S("NL", None, "in 2022 liet de regering al twee vergelijkbare posten sluiten", opt=True, date="2022"),
        D("CN", "De Chinese ambassade noemt de berichten 'ongegrond'. Volgens een woordvoerder hielp het servicepunt Chinezen in de regio alleen bij het verlengen van rijbewijzen", claimant="Chinese Embassy in the Netherlands"),
        R("NL", "protest", "Het ministerie van Buitenlandse Zaken heeft de Chinese ambassadeur vrijdagmiddag ontboden", date="2026-01-16"),
    ]},
    {"name": "039-nl-be-persbericht-parket-beveren-wetteren-songpan.txt", "text": DOC039, "facts": [
        R("BE", "investigation", "voerde de federale gerechtelijke politie Oost-Vlaanderen op dinsdag 20 januari 2026 twee huiszoekingen uit in Beveren", place="Beveren", date="2026-01-20"),
        R("BE", "arrest", "De onderzoeksrechter heeft één van hen, een 47-jarige man met de Chinese nationaliteit, onder aanhoudingsmandaat geplaatst.", place="Beveren", date="2026-01"),
        S("BE", "Beveren", "Er zijn ernstige aanwijzingen dat in een handelspand in Beveren een zogenaamd 'dienstverleningspunt' actief was dat in opdracht van het Bureau voor Openbare Veiligheid van het district Songpan", operator="Songpan", operator_alt=["Aba", "Ngawa"]),
        I("BE", "surveillance", "lijsten aangetroffen met namen, adressen, werkgevers en foto's van een dertigtal personen", place="Beveren"),
        R("BE", "closure", "Op bevel van de onderzoeksrechter werd het pand in Beveren verzegeld.", place="Beveren"),
        S("BE", "Wetteren", "Ook een adres in Wetteren werd in het onderzoek betrokken.", opt=True, note="address involved in the inquiry, not called a station"),
        R("BE", "no_wrongdoing_found", "De verificaties op dat adres hebben tot op heden geen strafbare feiten aan het licht gebracht.", place="Wetteren"),
    ]},
    {"name": "040-nl-sr-krant-meerzorg-wanica-yuanjiang-lianhua.txt", "text": DOC040, "facts": [
        R("SR", "investigation", "Het Korps Politie Suriname (KPS) heeft een onderzoek ingesteld naar een kantoor in Meerzorg", place="Meerzorg"),
        S("SR", "Meerzorg", "een kantoor in Meerzorg, aan de overkant van de rivier, dat volgens een internationale mensenrechtenorganisatie zou fungeren als 'politiepost' van een Chinees veiligheidsbureau", claimant=SD),
        S("SR", "Meerzorg", "Volgens het rapport van Safeguard Defenders valt het kantoor onder het Bureau voor Openbare Veiligheid van Yuanjiang, een stad in de Chinese provincie Hunan.", operator="Yuanjiang", operator_alt=["Yiyang"], claimant=SD),
        S("SR", "Wanica", "Een tweede post zou in het district Wanica actief zijn en banden hebben met de politie van Lianhua in de provincie Jiangxi.", operator="Lianhua", operator_alt=["Pingxiang"], claimant=SD),
        C("stations", 2, "SR", "Daarmee telt Suriname volgens de organisatie twee van zulke posten.", claimant=SD),
        I("SR", "forced_return", "Een Chinese winkelier uit Meerzorg werd in augustus door drie landgenoten naar de Johan Adolf Pengel-luchthaven gebracht en op een vlucht naar China gezet", place="Meerzorg", date="2025-08"),
        R("SR", "investigation", "De minister van Justitie en Politie bevestigde maandag in De Nationale Assemblée dat 'de zaak met prioriteit wordt onderzocht'.", claimant="Surinamese Minister of Justice and Police"),
        R("SR", "protest", "Zijn collega van Buitenlandse Zaken heeft de Chinese ambassadeur om opheldering gevraagd.", opt=True, note="explanations asked, no summons"),
        A("SR", "security_agreement", "Suriname en China ondertekenden in 2023 een overeenkomst over samenwerking op het gebied van politie en veiligheid", date="2023"),
        S("SR", None, "dat er 'geen Chinese politieposten in Suriname' zijn", pol="denied", opt=True, claimant="Chinese Embassy in Suriname"),
        D("CN", "dat er 'geen Chinese politieposten in Suriname' zijn. Vrijwilligers zouden landgenoten alleen helpen bij het verlengen van rijbewijzen en paspoorten.", claimant="Chinese Embassy in Suriname"),
    ]},
]
