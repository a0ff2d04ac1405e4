"""check19 part A, Dutch documents 012-014."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 012
T012 = """Deze website gebruikt cookies. Lees meer in onze cookieverklaring. [OK]

Regio | Vlaardingen

Burgemeester sluit 'Chinees politiepost' boven nagelstudio in Vlaardingen

Vandaag, 11:02 • Aangepast vandaag, 18:40
Deel dit artikel: Facebook · X · WhatsApp · Mail

De burgemeester van Vlaardingen heeft een pand aan de Hoogstraat laten sluiten waarin volgens
de politie een onofficieel Chinees politiebureau was gevestigd. Het pand is voorlopig
verzegeld, meldt de gemeente.

Foto: Het verzegelde pand aan de Hoogstraat. © Regio Nieuws

Op de bovenverdieping, boven een nagelstudio, zat officieel een stichting die Chinese
Vlaardingers helpt met formulieren en vertalingen. Uit documenten die de politie in beslag
nam, zou blijken dat de ruimte sinds 2022 werd gebruikt door het politiebureau van de stad
Yicheng, in de Chinese provincie Hubei. Het Openbaar Ministerie doet onderzoek. Er is
niemand aangehouden.

Een medewerker van een Chinees restaurant in de stad zegt dat hij vorig jaar via de stichting
meermaals is 'uitgenodigd' om terug te keren naar China, omdat hij daar nog een zaak zou
hebben lopen. Hij is uiteindelijk in maart teruggevlogen. Zijn familie wil niet dat hij met
de pers praat.

LEES OOK: Nieuw fietspad langs de Oude Haven klaar · Marktplein krijgt meer groen

Volgens onderzoekers van een mensenrechtenorganisatie zijn er in Nederland minstens vier
van zulke plekken. Een ervan zou in Spijkenisse zitten, aan de overkant van de Maas, en
banden hebben met de politie van Anlu, eveneens in Hubei.

De Chinese ambassade laat in een reactie weten dat de beschuldigingen 'volstrekt ongegrond'
zijn. Het zou gaan om vrijwilligers die oudere landgenoten helpen met het verlengen van hun
Chinese rijbewijs.

UPDATE 18.40 uur: De politie laat weten dat het pand in Spijkenisse vanmiddag is bezocht.
Daar zijn geen strafbare feiten vastgesteld, aldus een woordvoerder.
"""

DOCS.append({"name": "012-nl-regionieuws-update-vlaardingen-spijkenisse-yicheng-anlu.txt", "text": T012, "facts": [
    R("NL", "closure", "De burgemeester van Vlaardingen heeft een pand aan de Hoogstraat laten sluiten", place="Vlaardingen"),
    S("NL", "Vlaardingen", "een pand aan de Hoogstraat laten sluiten waarin volgens\nde politie een onofficieel Chinees politiebureau was gevestigd", claimant="Dutch police"),
    S("NL", "Vlaardingen", "zou blijken dat de ruimte sinds 2022 werd gebruikt door het politiebureau van de stad\nYicheng, in de Chinese provincie Hubei", operator="Yicheng", operator_alt=["Xiangyang"], date="2022", claimant="Dutch police"),
    R("NL", "investigation", "Het Openbaar Ministerie doet onderzoek.", place="Vlaardingen"),
    R("NL", "arrest", "Er is\nniemand aangehouden.", pol="denied", opt=True),
    I("NL", "persuasion", "meermaals is 'uitgenodigd' om terug te keren naar China, omdat hij daar nog een zaak zou\nhebben lopen. Hij is uiteindelijk in maart teruggevlogen.", place="Vlaardingen"),
    C("stations", 4, "NL", "zijn er in Nederland minstens vier\nvan zulke plekken", claimant="human rights organisation"),
    S("NL", "Spijkenisse", "Een ervan zou in Spijkenisse zitten, aan de overkant van de Maas, en\nbanden hebben met de politie van Anlu, eveneens in Hubei.", operator="Anlu", operator_alt=["Xiaogan"], claimant="human rights organisation"),
    D("CN", "Het zou gaan om vrijwilligers die oudere landgenoten helpen met het verlengen van hun\nChinese rijbewijs.", claimant="PRC Embassy in the Netherlands"),
    R("NL", "no_wrongdoing_found", "Daar zijn geen strafbare feiten vastgesteld, aldus een woordvoerder.", place="Spijkenisse"),
]})

# ---------------------------------------------------------------- 013
P013 = """BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS — QRVA 56 071 — 01-12-2026 — blz. 214

Vraag nr. 56-1342 van een lid van de Kamer d.d. 14 oktober 2026 (N.) aan de minister van Binnenlandse Zaken

Chinese politieposten in Limburg en de Kempen.

Volgens een recent rapport van een mensen~rechten~organisatie zou in Hasselt sinds 2020 een zogenaamde "dienstverleningspost" actief zijn die rapporteert aan het Bureau voor Openbare Veiligheid van de stad Shihezi, in de Chinese regio Xinjiang. Een tweede post zou zich in Herentals bevinden en onder de politie van Fukang vallen. Oeigoerse Belgen zouden via deze posten onder druk zijn gezet.

1. Hebt u weet van deze posten? Welke diensten hebben de informatie onderzocht?

2. Werden er strafbare feiten vastgesteld?

3. Werd de Chinese ambassadeur ontboden?

4. Indien de posten effectief blijken te bestaan, zal u dan overgaan tot sluiting?

Antwoord van de minister van Binnen~landse Zaken d.d. 27 november 2026, op de vraag nr. 56-1342 van 14 oktober 2026:

1. De Veiligheid van de Staat (VSSE) volgt de proble~matiek van buitenlandse inmenging in de Oeigoerse gemeen~schap van nabij. De lokale politie en de federale gerech~telijke politie hebben beide adressen gecontroleerd. Het parket van Limburg heeft voor de locatie in Hasselt een opsporings~onderzoek geopend, dat nog loopt.

2. Voor de locatie in Herentals werden geen strafbare feiten vastgesteld. Ik kan over het lopende onderzoek in Hasselt geen verdere details geven.

3. De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 9 november 2026 ontboden om de bezorgd~heid van de regering over deze meldingen over te brengen.

4. Ik kan niet vooruitlopen op de resultaten van het gerechtelijk onderzoek.

QRVA 56 071 — 01-12-2026 — blz. 215"""
T013 = wrap_hy(P013, 76)

DOCS.append({"name": "013-nl-be-schriftelijke-vraag-hasselt-herentals-shihezi-fukang.txt", "text": T013, "facts": [
    S("BE", "Hasselt", "zou in Hasselt sinds 2020 een zogenaamde \"dienstverleningspost\" actief zijn die rapporteert aan het Bureau voor Openbare Veiligheid van de stad Shihezi", operator="Shihezi", date="2020", claimant="human rights organisation"),
    S("BE", "Herentals", "Een tweede post zou zich in Herentals bevinden en onder de politie van Fukang vallen.", operator="Fukang", operator_alt=["Changji"], claimant="human rights organisation"),
    I("BE", "persuasion", "Oeigoerse Belgen zouden via deze posten onder druk zijn gezet.", opt=True, claimant="human rights organisation", note="pressure without a case or a demand named"),
    I("BE", "harassment", "Oeigoerse Belgen zouden via deze posten onder druk zijn gezet.", opt=True, claimant="human rights organisation", note="pressure without a case: persuasion or harassment"),
    R("BE", "investigation", "De lokale politie en de federale gerechtelijke politie hebben beide adressen gecontroleerd.", claimant="Belgian Minister of the Interior"),
    R("BE", "investigation", "Het parket van Limburg heeft voor de locatie in Hasselt een opsporingsonderzoek geopend, dat nog loopt.", place="Hasselt", claimant="Belgian Minister of the Interior"),
    R("BE", "no_wrongdoing_found", "Voor de locatie in Herentals werden geen strafbare feiten vastgesteld.", place="Herentals", claimant="Belgian Minister of the Interior"),
    R("BE", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 9 november 2026 ontboden", date="2026-11-09", claimant="Belgian Minister of the Interior"),
]})

# ---------------------------------------------------------------- 014
T014 = """FACTCHECK

Zit er een Chinees politiebureau in een Meppelse afhaalzaak? Dat is niet aangetoond

Een filmpje op TikTok wordt massaal gedeeld. Wat klopt er wel en niet van?

Door de factcheckredactie | 28 november 2026 | Leestijd 4 minuten

De bewering
"In deze Chinese afhaalzaak in Meppel zit gewoon een politiebureau van China. Ze houden hier alle Chinezen in de gaten." Zo luidt de tekst bij een video die sinds vorige week ruim 300.000 keer is bekeken. Te zien is een pand met rode lampionnen en een bord met Chinese karakters.

Ons oordeel: NIET AANGETOOND
Voor de bewering over Meppel is geen enkel bewijs. Wel bestaat er een melding over een andere locatie in Drenthe.

Wat weten we?
De politie in Drenthe laat desgevraagd weten dat zij geen dergelijk kantoor in Meppel kent. "We hebben de video gezien en gekeken waar het om gaat. Het is een gewoon restaurant," aldus een woordvoerder. Het Chinese teken op het bord betekent 'geluk'.

Het filmpje lijkt wel geïnspireerd op echte berichtgeving. In een lijst die een mensenrechtenorganisatie in oktober publiceerde, staat een adres in Hoogeveen. Daar zou een vereniging voor Chinese ondernemers sinds 2023 fungeren als 'contactpunt' van het Bureau voor Openbare Veiligheid van Ya'an, een stad in de provincie Sichuan. De organisatie baseert dat op berichten in Chinese staatsmedia.

Volgens de politie loopt daar een onderzoek. "We nemen de melding over Hoogeveen serieus en zijn met betrokkenen in gesprek," zei de woordvoerder.

Wat zijn die 'politieposten' eigenlijk?
Volgens onderzoekers bieden zulke posten officieel hulp bij administratieve zaken, zoals het verlengen van een rijbewijs. Critici zeggen dat ze ook worden gebruikt om landgenoten onder druk te zetten. Een concreet geval uit Drenthe is ons niet bekend.

De Chinese ambassade zegt dat er "nergens in Nederland Chinese politiebureaus" zijn en spreekt van "verzinsels". De ondernemersvereniging in Hoogeveen reageerde niet op vragen.

Conclusie
Dat er in de afhaalzaak in Meppel een Chinees politiebureau zit, is niet aangetoond; de politie spreekt het tegen. Over een locatie in Hoogeveen loopt wel een politieonderzoek.

Heb je een tip voor de factcheckredactie? Mail ons.
"""

DOCS.append({"name": "014-nl-factcheck-meppel-hoogeveen-yaan.txt", "text": T014, "facts": [
    S("NL", "Meppel", "\"In deze Chinese afhaalzaak in Meppel zit gewoon een politiebureau van China.", opt=True, claimant="TikTok video", note="viral claim rated not shown"),
    S("NL", "Meppel", "De politie in Drenthe laat desgevraagd weten dat zij geen dergelijk kantoor in Meppel kent.", pol="denied", opt=True, claimant="Drenthe police"),
    S("NL", "Hoogeveen", "Daar zou een vereniging voor Chinese ondernemers sinds 2023 fungeren als 'contactpunt' van het Bureau voor Openbare Veiligheid van Ya'an, een stad in de provincie Sichuan.", operator="Ya'an", operator_alt=["Yaan"], date="2023", claimant="human rights organisation"),
    R("NL", "investigation", "Volgens de politie loopt daar een onderzoek.", place="Hoogeveen", claimant="Drenthe police"),
    D("CN", "De Chinese ambassade zegt dat er \"nergens in Nederland Chinese politiebureaus\" zijn en spreekt van \"verzinsels\".", claimant="PRC Embassy in the Netherlands"),
    S("NL", None, "De Chinese ambassade zegt dat er \"nergens in Nederland Chinese politiebureaus\" zijn", pol="denied", opt=True, claimant="PRC Embassy in the Netherlands"),
]})
