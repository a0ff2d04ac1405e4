"""check21 part A, Dutch documents 012-014."""

from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T012 = """Deze website gebruikt cookies. Lees meer in onze privacyverklaring. [Akkoord]

NIEUWS · ACHTERHOEK

Burgemeester Zutphen sluit Chinees 'hulploket' na inval

Door onze verslaggever · 9 oktober 2025, 11:48 · Bijgewerkt 17:15
Delen: Facebook | X | WhatsApp | E-mail

ZUTPHEN - Burgemeester van Zutphen heeft woensdag de sluiting bevolen van een pand aan de
Beukerstraat waar volgens de politie een Chinese 'politiepost' was gevestigd. Dinsdag deed de
recherche er een doorzoeking. Er is niemand aangehouden.

Het loket, dat zich presenteerde als 'servicepunt voor Chinese landgenoten', zat op de eerste
verdieping boven een nagelstudio. Buurtbewoners zagen er vooral in het weekend mensen in en uit
lopen.

Volgens het Openbaar Ministerie, dat een strafrechtelijk onderzoek is gestart, werd het
servicepunt aangestuurd door het politiebureau van het district Gangcha in de Chinese provincie
Qinghai. Dat zou blijken uit documenten die bij de doorzoeking in beslag zijn genomen.

[Foto: Het pand aan de Beukerstraat, woensdagochtend verzegeld. Foto: Eigen foto]

In een van de zaken die het OM onderzoekt, zou een Chinese kok uit een restaurant in Deventer
herhaaldelijk zijn 'uitgenodigd' om terug te keren naar China om daar een oude schuldzaak af te
handelen. De man vloog in mei zelf naar China en is inmiddels terug in Nederland.

LEES OOK: Hanzestad krijgt nieuwe fietsbrug over de IJssel

Het is niet de eerste keer dat Nederland met dit soort locaties te maken krijgt. In 2022 sloot
de overheid twee vergelijkbare panden, na berichtgeving van de mensenrechtenorganisatie
Safeguard Defenders. Volgens die organisatie zijn er wereldwijd meer dan honderd van zulke
posten, in ruim vijftig landen. In ons land zouden er op dit moment minstens vier zijn.

Een ervan zou in Winterswijk zitten, vlak bij de Duitse grens, en zou zijn opgezet door de
politie van Mangya, een stad in het westen van Qinghai.

De Chinese ambassade in Den Haag laat in een reactie weten dat het Zutphense loket 'een
vrijwilligersinitiatief' was dat 'landgenoten hielp met het verlengen van rijbewijzen'.

UPDATE 17.15 uur: De politie heeft donderdagmiddag ook het pand in Winterswijk ge~contro~leerd.
Volgens een woordvoerder zijn daarbij geen strafbare feiten vastgesteld.
"""

F012 = [
    R("NL", "closure", "Burgemeester van Zutphen heeft woensdag de sluiting bevolen van een pand aan de Beukerstraat",
      place="Zutphen", claimant="mayor of Zutphen", date="2025-10-08"),
    S("NL", "Zutphen", "een pand aan de Beukerstraat waar volgens de politie een Chinese 'politiepost' was gevestigd",
      claimant="Dutch police"),
    R("NL", "investigation", "Dinsdag deed de recherche er een doorzoeking.", place="Zutphen"),
    R("NL", "arrest", "Er is niemand aangehouden.", pol="denied", opt=True),
    R("NL", "investigation", "het Openbaar Ministerie, dat een strafrechtelijk onderzoek is gestart", place="Zutphen"),
    S("NL", "Zutphen", "werd het servicepunt aangestuurd door het politiebureau van het district Gangcha in de Chinese provincie Qinghai",
      operator="Gangcha", operator_alt=["Haibei"], claimant="Openbaar Ministerie"),
    I("NL", "persuasion", "herhaaldelijk zijn 'uitgenodigd' om terug te keren naar China", claimant="Openbaar Ministerie",
      note="cook flew back himself, since back in NL"),
    R("NL", "closure", "In 2022 sloot de overheid twee vergelijkbare panden", date="2022"),
    C("stations", 100, None, "wereldwijd meer dan honderd van zulke posten, in ruim vijftig landen", claimant=SD, opt=True),
    C("countries", 50, None, "wereldwijd meer dan honderd van zulke posten, in ruim vijftig landen", claimant=SD, opt=True),
    C("stations", 4, "NL", "In ons land zouden er op dit moment minstens vier zijn.", claimant=SD),
    S("NL", "Winterswijk", "Een ervan zou in Winterswijk zitten, vlak bij de Duitse grens, en zou zijn opgezet door de politie van Mangya",
      operator="Mangya", operator_alt=["Haixi"], claimant=SD),
    D("CN", "het Zutphense loket 'een vrijwilligersinitiatief' was dat 'landgenoten hielp met het verlengen van rijbewijzen'",
      claimant="PRC Embassy in the Netherlands"),
    R("NL", "no_wrongdoing_found", "Volgens een woordvoerder zijn daarbij geen strafbare feiten vastgesteld.",
      place="Winterswijk", claimant="Dutch police"),
]

# ---------------------------------------------------------------------------------------------
_P013 = """QRVA 56 031      Kamer · 4e zitting 56e zittingsperiode      Blz. 212
Vraag nr. 1187 van het lid van de Kamer van 3 maart 2025 (N.): Chinese politieposten in Limburg.
Volgens berichten in de regionale pers zou het politiebureau van het arrondissement Tongde (provincie Qinghai) een 'dienst~verlenings~punt' uitbaten in een vzw-lokaal in Maasmechelen. Een tweede punt zou actief zijn in Bilzen.
1. Welke onderzoeks~daden werden er in Maasmechelen gesteld?
2. Werd de ambassadeur van China hierover ontboden?
3. Hoeveel van dergelijke posten zijn er volgens de diensten in België?
4. Indien blijkt dat de posten voor een buitenlandse politiedienst werken, zullen ze dan gesloten worden?
Antwoord van de minister van Justitie van 17 april 2025, op de vraag nr. 1187:
1. Het federaal parket heeft in maart 2025 een gerechtelijk onderzoek geopend. Op 26 maart vond in Maasmechelen een huis~zoeking plaats. Er werden geen personen van hun vrij~heid be~roofd. Omdat het onderzoek lopende is, kan ik geen verdere details geven.
In Bilzen heeft de lokale politie de lokalen van de vzw gecontroleerd. Daarbij werden geen aanwijzingen van strafbare feiten gevonden.
2. De Chinese ambassadeur werd op 28 maart 2025 door de minister van Buiten~landse Zaken ontboden.
3. De Staats~veiligheid volgt het fenomeen op. Volgens open bronnen gaat het in België om drie locaties, waarvan de diensten er twee hebben kunnen be~vestigen.
4. Ik kan niet ingaan op hypo~the~tische vragen.
QRVA 56 031                    Blz. 213"""

T013 = wrap_hy(soft(_P013), 76)

F013 = [
    S("BE", "Maasmechelen", "zou het politiebureau van het arrondissement Tongde (provincie Qinghai) een 'dienstverleningspunt' uitbaten in een vzw-lokaal in Maasmechelen",
      operator="Tongde", operator_alt=["Hainan"], claimant="regional press", note="premise of the question"),
    S("BE", "Bilzen", "Een tweede punt zou actief zijn in Bilzen.", claimant="regional press"),
    R("BE", "investigation", "Het federaal parket heeft in maart 2025 een gerechtelijk onderzoek geopend.",
      claimant="Minister of Justice", date="2025-03"),
    R("BE", "investigation", "Op 26 maart vond in Maasmechelen een huiszoeking plaats.", place="Maasmechelen",
      date="2025-03-26"),
    R("BE", "arrest", "Er werden geen personen van hun vrijheid beroofd.", pol="denied", opt=True),
    R("BE", "no_wrongdoing_found", "Daarbij werden geen aanwijzingen van strafbare feiten gevonden.", place="Bilzen"),
    R("BE", "protest", "De Chinese ambassadeur werd op 28 maart 2025 door de minister van Buitenlandse Zaken ontboden.",
      date="2025-03-28"),
    C("stations", 3, "BE", "Volgens open bronnen gaat het in België om drie locaties", claimant="open sources"),
    C("stations", 2, "BE", "waarvan de diensten er twee hebben kunnen bevestigen", opt=True),
]

# ---------------------------------------------------------------------------------------------
T014 = """Omroep West-Zeeland · Nieuws

Nieuwe politiepost in Hulst: 'We willen dichter bij de mensen staan'

Door onze redactie · 21 mei 2025, 09:30
Deze site maakt gebruik van cookies. [OK]

HULST - De politie opent volgende maand een nieuwe politiepost in het centrum van Hulst. Het
oude bureau aan de Steenstraat wordt gesloten; het gebouw is volgens de gemeente te groot en
te duur geworden.

In de nieuwe post kunnen inwoners aangifte doen, gevonden voorwerpen ophalen en terecht met
vragen over bijvoorbeeld een buitenlands rijbewijs. Vorig jaar kreeg het basisteam 102
meldingen van woninginbraak en 53 van fietsdiefstal.

Tegelijk gaan Nederlandse en Belgische agenten dit voorjaar weer samen surveilleren in het
grensgebied. Volgens de wijkagent werkt zo'n gezamenlijke patrouille goed: 'Criminelen houden
zich niet aan de grens.' De gemeente sloot daarvoor een samenwerkingsovereenkomst met de
buurgemeente Sint-Gillis-Waas.

Ook het laadstation voor elektrische fietsen bij het busstation wordt uitgebreid. Een groep
Chinese toeristen die dinsdag de vestingstad bezocht, maakte er dankbaar gebruik van.

De burgemeester noemde de verhuizing 'geen bezuiniging, maar een verbetering'. Op de vraag wat
er gebeurt als de post te klein blijkt, zei hij: 'Dan kijken we opnieuw.'

LEES OOK: Vestingwallen krijgen nieuwe verlichting
"""

F014 = []

DOCS = [
    {"name": "012-nl-regionieuws-update-zutphen-winterswijk-gangcha-mangya.txt", "text": T012, "facts": F012},
    {"name": "013-nl-be-schriftelijke-vraag-maasmechelen-bilzen-tongde.txt", "text": T013, "facts": F013},
    {"name": "014-nl-lokaal-politiepost-hulst.txt", "text": T014, "facts": F014},
]
