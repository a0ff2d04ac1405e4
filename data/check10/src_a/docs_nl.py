from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 021
t = """OM onderzoekt vermeend Chinees politiebureau in Zwolle

Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen naar een pand in Zwolle waar volgens inlichtingendienst AIVD een zogeheten Chinees 'politiepost' is gevestigd. Dat bevestigt een woordvoerder van het OM na berichtgeving van deze site.

Het gaat om een ruimte boven een toko in de binnenstad, die zich presenteert als hulploket voor Chinese ondernemers. Volgens bronnen rond het onderzoek valt de post onder het bureau voor openbare veiligheid van Youxi, een district in de Chinese provincie Fujian. Het loket zou in 2020 zijn geopend.

Een Chinese promovendus in Zwolle vertelt dat hij vorig jaar twee keer werd uitgenodigd voor "een kop thee". Daarbij werd hem gevraagd terug te keren naar China, omdat zijn vader daar in een fraudezaak zou worden gehoord. "Ze zeiden dat het beter voor mijn familie zou zijn." Hij is gebleven.

Een tweede locatie zou in Almere hebben gezeten. Die is volgens de gemeente Almere in het voorjaar op last van de burgemeester gesloten.

Minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden. De ambassade noemt de berichten "volledig verzonnen" en spreekt van vrijwilligers die landgenoten helpen met het verlengen van hun rijbewijs.

Er is nog niemand aangehouden.
"""
DOCS.append({"name": "021-nl-nieuws-zwolle-almere-youxi.txt", "text": t, "facts": [
    R("NL", "investigation", "Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen naar een pand in Zwolle", place="Zwolle"),
    S("NL", "Zwolle", "Volgens bronnen rond het onderzoek valt de post onder het bureau voor openbare veiligheid van Youxi, een district in de Chinese provincie Fujian.", operator="Youxi", date="2020", claimant="AIVD", note="a room above a toko in the city centre"),
    I("NL", "persuasion", "Daarbij werd hem gevraagd terug te keren naar China, omdat zijn vader daar in een fraudezaak zou worden gehoord.", place="Zwolle", claimant="a Chinese PhD student"),
    S("NL", "Almere", "Een tweede locatie zou in Almere hebben gezeten.", claimant="municipality of Almere"),
    R("NL", "closure", "Die is volgens de gemeente Almere in het voorjaar op last van de burgemeester gesloten.", place="Almere", claimant="municipality of Almere"),
    R("NL", "protest", "Minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden."),
    D("CN", "De ambassade noemt de berichten \"volledig verzonnen\" en spreekt van vrijwilligers die landgenoten helpen met het verlengen van hun rijbewijs.", claimant="Chinese Embassy in the Netherlands"),
    R("NL", "arrest", "Er is nog niemand aangehouden.", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 022
t = """Federaal parket doorzoekt 'Chinees politiekantoor' in Gent

GENT – Speurders van de federale gerechtelijke politie hebben dinsdag een huiszoeking uitgevoerd in een vzw van Chinese handelaars in de Gentse Brugse Poort. Het federaal parket bevestigt dat het een onderzoek voert naar "inmenging door een vreemde mogendheid".

Volgens de Staatsveiligheid (VSSE) fungeert de vzw sinds 2019 als aanspreekpunt van het bureau voor openbare veiligheid van Datian, een district in Fujian. Er werd niemand opgepakt.

Het is de tweede zaak in Vlaanderen. Ook in Aalst zou een gelijkaardige structuur actief zijn geweest. Die werd volgens het parket in 2023 door de betrokkenen zelf opgedoekt, nog voor er een onderzoek kon starten.

Volgens een Chinese studente in Gent kregen haar ouders in Datian vorig jaar bezoek van agenten, nadat zij op sociale media kritiek had geuit. "Ze vroegen mijn ouders om mij te laten weten dat ik moest stoppen."

Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen, bevestigt haar woordvoerder. De Chinese ambassade in Brussel "verwerpt de beschuldigingen" en zegt dat de vzw "een culturele vereniging" is.

In Nederland en Ierland werden eerder al dergelijke posten gesloten.
"""
DOCS.append({"name": "022-nl-be-nieuws-gent-aalst-datian.txt", "text": t, "facts": [
    R("BE", "investigation", "Speurders van de federale gerechtelijke politie hebben dinsdag een huiszoeking uitgevoerd in een vzw van Chinese handelaars in de Gentse Brugse Poort.", place="Ghent"),
    S("BE", "Ghent", "Volgens de Staatsveiligheid (VSSE) fungeert de vzw sinds 2019 als aanspreekpunt van het bureau voor openbare veiligheid van Datian, een district in Fujian.", operator="Datian", date="2019", claimant="VSSE", note="a traders' association in Brugse Poort"),
    R("BE", "arrest", "Er werd niemand opgepakt.", pol="denied", opt=True),
    S("BE", "Aalst", "Ook in Aalst zou een gelijkaardige structuur actief zijn geweest.", claimant="federal prosecutor"),
    R("BE", "closure", "Die werd volgens het parket in 2023 door de betrokkenen zelf opgedoekt, nog voor er een onderzoek kon starten.", place="Aalst", date="2023", claimant="federal prosecutor", opt=True, note="closed by itself"),
    C("stations", 2, "BE", "Het is de tweede zaak in Vlaanderen. Ook in Aalst zou een gelijkaardige structuur actief zijn geweest.", opt=True, note="ordinal"),
    I("BE", "harassment", "Volgens een Chinese studente in Gent kregen haar ouders in Datian vorig jaar bezoek van agenten, nadat zij op sociale media kritiek had geuit.", claimant="a Chinese student"),
    R("BE", "protest", "Minister van Buitenlandse Zaken heeft de Chinese ambassadeur op het matje geroepen, bevestigt haar woordvoerder."),
    D("CN", "De Chinese ambassade in Brussel \"verwerpt de beschuldigingen\" en zegt dat de vzw \"een culturele vereniging\" is.", claimant="Chinese Embassy in Belgium"),
    S("NL", None, "In Nederland en Ierland werden eerder al dergelijke posten gesloten.", ),
    S("IE", None, "In Nederland en Ierland werden eerder al dergelijke posten gesloten."),
    R("NL", "closure", "In Nederland en Ierland werden eerder al dergelijke posten gesloten."),
    R("IE", "closure", "In Nederland en Ierland werden eerder al dergelijke posten gesloten."),
]})

# ---------------------------------------------------------------- 023
t = """Antwoord van de minister van Justitie en Veiligheid op vragen van het lid
over Chinese 'politieposten' in Eindhoven en 's-Hertogenbosch
(ingezonden 12 september 2023)

Vraag 1
Bent u bekend met het bericht dat het bureau voor openbare veiligheid van
Jiangle (provincie Fujian) sinds 2021 een 'servicepunt' heeft in een
reisbureau in Eindhoven, en dat een tweede servicepunt in 's-Hertogenbosch
actief zou zijn?

Antwoord 1
Ja.

Vraag 2
Is er een onderzoek ingesteld?

Antwoord 2
De politie heeft naar aanleiding van het bericht een verkennend onderzoek
gedaan naar beide locaties. Daarbij zijn geen strafbare feiten vastgesteld.
Het Openbaar Ministerie heeft daarom geen strafrechtelijk onderzoek
ingesteld. Het servicepunt in Eindhoven is sindsdien gesloten op last van
de burgemeester.

Vraag 3
Zijn er gevallen bekend van Chinese burgers in Nederland die onder druk zijn
gezet om terug te keren?

Antwoord 3
Bij de politie zijn geen aangiftes of meldingen van dergelijke gevallen
binnengekomen die verband houden met deze locaties.

Vraag 4
Heeft u de Chinese ambassadeur hierover aangesproken?

Antwoord 4
De minister van Buitenlandse Zaken heeft de Chinese ambassadeur in oktober
ontboden en duidelijk gemaakt dat dergelijke activiteiten in Nederland niet
worden getolereerd.
"""
DOCS.append({"name": "023-nl-kamervragen-eindhoven-den-bosch-jiangle.txt", "text": t, "facts": [
    S("NL", "Eindhoven", "het bureau voor openbare veiligheid van\nJiangle (provincie Fujian) sinds 2021 een 'servicepunt' heeft in een\nreisbureau in Eindhoven", operator="Jiangle", date="2021", claimant="a Member of Parliament", note="a travel agency; premise answered 'Ja.'"),
    S("NL", "'s-Hertogenbosch", "en dat een tweede servicepunt in 's-Hertogenbosch\nactief zou zijn?", claimant="a Member of Parliament", place_alt=["Den Bosch", "s-Hertogenbosch"]),
    R("NL", "investigation", "De politie heeft naar aanleiding van het bericht een verkennend onderzoek\ngedaan naar beide locaties.", claimant="Minister of Justice and Security", opt=True),
    R("NL", "no_wrongdoing_found", "Daarbij zijn geen strafbare feiten vastgesteld.", claimant="Minister of Justice and Security"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft daarom geen strafrechtelijk onderzoek\ningesteld.", claimant="Minister of Justice and Security", pol="denied"),
    R("NL", "closure", "Het servicepunt in Eindhoven is sindsdien gesloten op last van\nde burgemeester.", place="Eindhoven", claimant="Minister of Justice and Security"),
    I("NL", "persuasion", "Bij de politie zijn geen aangiftes of meldingen van dergelijke gevallen\nbinnengekomen", claimant="Minister of Justice and Security", pol="denied", opt=True),
    R("NL", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur in oktober\nontboden", claimant="Minister of Justice and Security", date="2023-10"),
]})

# ---------------------------------------------------------------- 024
t = """Politie Curaçao doet inval bij 'Chinees servicecentrum'

WILLEMSTAD – Het Korps Politie Curaçao (KPC) heeft donderdag een inval gedaan in een pand in Punda dat zich 'Chinees servicecentrum' noemt. Drie mensen zijn aangehouden op verdenking van het verrichten van handelingen voor een vreemde mogendheid, meldt het Openbaar Ministerie.

Het centrum werd volgens ingewijden in 2018 opgezet door het bureau voor openbare veiligheid van Wuyishan, een stad in de Chinese provincie Fujian waar veel Chinese Curaçaoënaars vandaan komen. Het zou Chinese winkeliers op het eiland hebben 'begeleid' bij contacten met de politie in China.

Een supermarkthouder uit Otrobanda die in China werd gezocht wegens belastingontduiking, werd vorig jaar door twee medewerkers van het centrum naar Hato gebracht en op een vlucht via Panama naar China gezet, zegt het OM.

Ook op Aruba zou een vergelijkbaar centrum in Oranjestad actief zijn, zeggen bronnen bij het Korps Politie Aruba. Een woordvoerder van de Arubaanse regering wilde dat niet bevestigen.

De Chinese ambassade in Den Haag, die ook verantwoordelijk is voor de betrekkingen met de eilanden, noemt de inval "een misverstand". Het centrum zou uitsluitend administratieve hulp bieden.

Curaçao en China ondertekenden in 2019 een memorandum over samenwerking bij de bestrijding van drugssmokkel.
"""
DOCS.append({"name": "024-nl-curacao-nieuws-willemstad-oranjestad-wuyishan.txt", "text": t, "facts": [
    R("CW", "investigation", "Het Korps Politie Curaçao (KPC) heeft donderdag een inval gedaan in een pand in Punda", place="Willemstad"),
    R("CW", "arrest", "Drie mensen zijn aangehouden op verdenking van het verrichten van handelingen voor een vreemde mogendheid", place="Willemstad"),
    S("CW", "Willemstad", "Het centrum werd volgens ingewijden in 2018 opgezet door het bureau voor openbare veiligheid van Wuyishan", operator="Wuyishan", date="2018", claimant="insiders", note="Punda"),
    I("CW", "forced_return", "Een supermarkthouder uit Otrobanda die in China werd gezocht wegens belastingontduiking, werd vorig jaar door twee medewerkers van het centrum naar Hato gebracht en op een vlucht via Panama naar China gezet, zegt het OM.", place="Willemstad", claimant="Curaçao Public Prosecutor's Office"),
    S("AW", "Oranjestad", "Ook op Aruba zou een vergelijkbaar centrum in Oranjestad actief zijn, zeggen bronnen bij het Korps Politie Aruba.", claimant="Aruba police sources"),
    D("CN", "noemt de inval \"een misverstand\". Het centrum zou uitsluitend administratieve hulp bieden.", claimant="Chinese Embassy in the Netherlands"),
    A("CW", "security_agreement", "Curaçao en China ondertekenden in 2019 een memorandum over samenwerking bij de bestrijding van drugssmokkel.", date="2019"),
]})

# ---------------------------------------------------------------- 025
t = """OPINIE – De lange arm van Shunchang reikt tot in Limburg

Wie denkt dat 'Chinese politiekantoren' iets zijn voor Londen of New York, vergist zich. Ook in Genk, op een boogscheut van de oude mijnsite, hield een dienstverleningspunt van het bureau voor openbare veiligheid van Shunchang tot vorig jaar kantoor. Het was, zo bleek uit onderzoek van de Staatsveiligheid, het derde van die aard in België.

Wereldwijd zijn er volgens mensenrechtenorganisaties ruim honderd – honderdvier om precies te zijn – in zesenvijftig landen. De meeste liggen in Europa.

Officieel gaat het om hulp bij rijbewijzen en pensioenattesten. Maar wat de posten ook doen, is landgenoten 'overtuigen' om naar huis te keren. Dat gebeurt zelden met geweld; meestal volstaat een telefoontje naar de familie.

Neem de Genkse restaurantuitbater die in 2022 na maanden van druk op zijn zus in Shunchang toch het vliegtuig nam. Hij werd bij aankomst meteen opgepakt.

En Namen? Daar zou een gelijkaardige post actief zijn geweest, van hetzelfde bureau. Het parket van Namen heeft nooit een onderzoek geopend.

Het Limburgse parket heeft wel een dossier, maar na anderhalf jaar is er nog niemand vervolgd. De Chinese ambassadeur werd nooit ontboden. Intussen stelt de ambassade dat de post in Genk "door vrijwilligers werd gerund".

Nederland liet twee jaar geleden posten sluiten. Als wij onze diaspora ernstig nemen, doen wij hetzelfde.
"""
DOCS.append({"name": "025-nl-opinie-genk-namen-shunchang.txt", "text": t, "facts": [
    S("BE", "Genk", "Ook in Genk, op een boogscheut van de oude mijnsite, hield een dienstverleningspunt van het bureau voor openbare veiligheid van Shunchang tot vorig jaar kantoor.", operator="Shunchang", note="near the old mine site"),
    S("GB", "London", "Wie denkt dat 'Chinese politiekantoren' iets zijn voor Londen of New York, vergist zich.", opt=True, note="rhetorical background"),
    S("US", "New York", "Wie denkt dat 'Chinese politiekantoren' iets zijn voor Londen of New York, vergist zich.", opt=True, note="rhetorical background"),
    C("stations", 3, "BE", "Het was, zo bleek uit onderzoek van de Staatsveiligheid, het derde van die aard in België.", claimant="VSSE", opt=True, note="ordinal"),
    C("stations", 104, None, "Wereldwijd zijn er volgens mensenrechtenorganisaties ruim honderd – honderdvier om precies te zijn – in zesenvijftig landen.", claimant="human-rights organisations"),
    C("stations", 100, None, "Wereldwijd zijn er volgens mensenrechtenorganisaties ruim honderd", claimant="human-rights organisations", opt=True, note="approximation"),
    C("countries", 56, None, "Wereldwijd zijn er volgens mensenrechtenorganisaties ruim honderd – honderdvier om precies te zijn – in zesenvijftig landen.", claimant="human-rights organisations"),
    I("BE", "persuasion", "Neem de Genkse restaurantuitbater die in 2022 na maanden van druk op zijn zus in Shunchang toch het vliegtuig nam. Hij werd bij aankomst meteen opgepakt.", place="Genk", date="2022"),
    I("BE", "harassment", "na maanden van druk op zijn zus in Shunchang", opt=True),
    S("BE", "Namur", "En Namen? Daar zou een gelijkaardige post actief zijn geweest, van hetzelfde bureau.", operator="Shunchang"),
    R("BE", "investigation", "Het parket van Namen heeft nooit een onderzoek geopend.", place="Namur", pol="denied"),
    R("BE", "investigation", "Het Limburgse parket heeft wel een dossier", place="Genk", opt=True, note="open case file"),
    R("BE", "arrest", "na anderhalf jaar is er nog niemand vervolgd", pol="denied", opt=True),
    R("BE", "protest", "De Chinese ambassadeur werd nooit ontboden.", pol="denied", opt=True),
    D("CN", "Intussen stelt de ambassade dat de post in Genk \"door vrijwilligers werd gerund\".", claimant="Chinese Embassy in Belgium"),
    S("NL", None, "Nederland liet twee jaar geleden posten sluiten."),
    R("NL", "closure", "Nederland liet twee jaar geleden posten sluiten."),
]})

# ---------------------------------------------------------------- 026 irrelevant
t = """Burgemeester sluit Chinees restaurant bij station na drugsvondst

TILBURG – Burgemeester heeft een Chinees restaurant tegenover het centraal station voor zes maanden gesloten. Bij een controle van de politie werd vorige week in de kelder ruim twee kilo cocaïne aangetroffen.

De sluiting is gebaseerd op de Opiumwet. De eigenaar, een man van 51, werd aangehouden en zit nog vast. Volgens de politie heeft hij geen banden met de andere Chinese horecazaken in de stationsbuurt.

Het restaurant was een begrip bij treinreizigers. "Ik kom hier al twintig jaar na mijn dienst," zegt een conducteur. Buurtbewoners klaagden volgens de gemeente wel al langer over overlast.

Het is de vierde sluiting in de stationsbuurt dit jaar. De eigenaar kan bezwaar aantekenen. Zijn advocaat stelt dat zijn cliënt "van niets wist" en dat de drugs van een onderhuurder waren, die inmiddels naar China zou zijn teruggekeerd.

De gemeente wil de stationsbuurt de komende jaren opknappen. Er komt meer cameratoezicht en de politie opent in het voorjaar een extra steunpunt bij de fietsenstalling, met twee vaste wijkagenten.
"""
DOCS.append({"name": "026-nl-nieuws-tilburg-restaurant-sluiting.txt", "text": t, "facts": []})
