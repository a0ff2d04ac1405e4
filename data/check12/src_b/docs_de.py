from h import S, C, R, I, A, D

DOCS = []

DOCS.append({"name": "014-de-dpa-kassel-bielefeld-gaoyou.txt", "text": """
Bundesanwaltschaft ermittelt wegen mutmaßlicher chinesischer Polizeistelle in Kassel

Kassel/Karlsruhe (dpa) - Die Bundesanwaltschaft ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit gegen zwei Männer aus Nordhessen. Sie sollen in einem Ladenlokal in der Kasseler Nordstadt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben, wie eine Sprecherin der Behörde am Dienstag in Karlsruhe mitteilte. Ermittler durchsuchten demnach am Morgen die Räume sowie zwei Wohnungen. Festnahmen gab es nicht.

Hinter der Anlaufstelle steht nach Angaben aus Sicherheitskreisen das Amt für öffentliche Sicherheit der ostchinesischen Stadt Gaoyou in der Provinz Jiangsu. Aus der Gegend stammen viele der rund 400 Chinesinnen und Chinesen, die in und um Kassel leben. Eine zweite Stelle derselben Behörde soll es in Bielefeld gegeben haben; sie wurde nach dpa-Informationen bereits im Frühjahr aufgegeben.

Die Bundesregierung geht nach früheren Angaben von mindestens vier solcher Einrichtungen in Deutschland aus. Die Menschenrechtsorganisation Safeguard Defenders hatte berichtet, chinesische Behörden unterhielten weltweit mehr als 100 sogenannte Übersee-Polizeistationen in 53 Ländern.

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Es handle sich um ehrenamtliche Servicepunkte, an denen Landsleute etwa ihren Führerschein verlängern lassen könnten, erklärte ein Sprecher. Polizeiliche Aufgaben nähmen sie nicht wahr. Das Auswärtige Amt kündigte an, den Fall gegenüber der chinesischen Seite anzusprechen.
""", "facts": [
    S("DE", "Kassel", "Sie sollen in einem Ladenlokal in der Kasseler Nordstadt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben", operator="Gaoyou", operator_alt=["Yangzhou"], claimant="Bundesanwaltschaft", note="operator in the next paragraph, from security circles; site Nordstadt"),
    R("DE", "investigation", "Die Bundesanwaltschaft ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit gegen zwei Männer aus Nordhessen.", place="Kassel"),
    R("DE", "arrest", "Festnahmen gab es nicht.", place="Kassel", pol="denied", opt=True, note="no arrests"),
    S("DE", "Bielefeld", "Eine zweite Stelle derselben Behörde soll es in Bielefeld gegeben haben", operator="Gaoyou", operator_alt=["Yangzhou"], note="'derselben Behörde' carries the operator"),
    R("DE", "closure", "sie wurde nach dpa-Informationen bereits im Frühjahr aufgegeben", place="Bielefeld", opt=True, note="stopped by itself"),
    C("stations", 4, "DE", "Die Bundesregierung geht nach früheren Angaben von mindestens vier solcher Einrichtungen in Deutschland aus.", claimant="German government", note="'mindestens vier'"),
    C("stations", 100, None, "chinesische Behörden unterhielten weltweit mehr als 100 sogenannte Übersee-Polizeistationen in 53 Ländern", claimant="Safeguard Defenders", opt=True, note="'mehr als 100'"),
    C("countries", 53, None, "chinesische Behörden unterhielten weltweit mehr als 100 sogenannte Übersee-Polizeistationen in 53 Ländern", claimant="Safeguard Defenders"),
    D("CN", "Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Es handle sich um ehrenamtliche Servicepunkte, an denen Landsleute etwa ihren Führerschein verlängern lassen könnten, erklärte ein Sprecher.", claimant="Chinese embassy in Berlin"),
    S("DE", "Kassel", "Die chinesische Botschaft in Berlin wies die Vorwürfe zurück.", claimant="Chinese embassy in Berlin", pol="denied", opt=True),
    R("DE", "protest", "Das Auswärtige Amt kündigte an, den Fall gegenüber der chinesischen Seite anzusprechen.", opt=True, note="raise the matter, short of a summons"),
]})

DOCS.append({"name": "015-de-at-feature-klagenfurt-villach-deqing.txt", "text": """
Die lange Hand Pekings reicht bis an den Wörthersee

Seit Monaten ermittelt die Direktion Staatsschutz und Nachrichtendienst (DSN) wegen einer mutmaßlichen chinesischen Polizeistation in Klagenfurt. Was Anrainer für ein gewöhnliches Reisebüro hielten, war nach Erkenntnissen der Ermittler eine Anlaufstelle, über die Behörden in China ihre Landsleute in Kärnten im Auge behalten wollten.

Von unserer Korrespondentin

Klagenfurt. Der Laden unweit des Benediktinermarkts fällt kaum auf. Im Schaufenster hängen verblichene Plakate für Flugreisen nach Shanghai, an der Tür klebt ein Zettel mit den Öffnungszeiten. Dass hier bis zum vergangenen Herbst auch Beamte aus der ostchinesischen Küstenprovinz Zhejiang ein und aus gegangen sein sollen, überrascht die Nachbarn. „Man hat halt Chinesen gesehen, die Formulare ausgefüllt haben“, sagt die Trafikantin von gegenüber.

Betrieben wurde die Stelle nach Angaben des Innenministeriums vom Amt für öffentliche Sicherheit des Kreises Deqing, der zur Stadt Huzhou gehört. Offiziell bot sie Hilfe bei der Verlängerung von Führerscheinen und bei Behördengängen in der alten Heimat an. Kritiker halten das für eine Fassade: Solche Stationen dienten dazu, Regimegegner zu beobachten und Verdächtige zur Rückkehr nach China zu bewegen, heißt es in einem Bericht der Organisation Safeguard Defenders, die weltweit 102 derartige Einrichtungen in 53 Ländern gezählt hat. In Österreich war damals nur von einem einzigen Standort die Rede.

Konkret wird es im Fall eines jungen Kochs aus Villach. Nach Informationen dieser Zeitung suchten Polizisten in Deqing im Frühjahr 2023 mehrmals seine Eltern auf und legten ihnen nahe, den Sohn zur Heimkehr zu überreden; in China werde ihm Betrug vorgeworfen. Im Juli flog der Mann zurück. Ob er freiwillig ging, ist unklar.

Auch in Villach selbst soll es einen Kontaktpunkt gegeben haben, in einem Vereinslokal nahe dem Hauptbahnhof. Die DSN prüfte den Hinweis, fand dort nach eigenen Angaben aber keine Belege für eine polizeiliche Tätigkeit.

In Kärnten leben rund 1.200 Menschen mit chinesischer Staatsbürgerschaft, viele von ihnen betreiben Restaurants oder Handelsbetriebe. Die meisten, heißt es bei der Polizeiinspektion Klagenfurt-Innere Stadt, seien „völlig unauffällig“. Für Unruhe in der Gemeinde sorgt der Fall trotzdem.

Die Regierung in Wien reagierte im Oktober: Das Außenministerium bestellte den chinesischen Botschafter ein. Seit einer Hausdurchsuchung im November ist das Büro in Klagenfurt geschlossen, Festnahmen gab es keine. Die chinesische Botschaft bezeichnete die Berichte als „haltlose Unterstellungen“; bei der Einrichtung handle es sich um einen Verein, der Landsleuten ehrenamtlich bei Führerscheinfragen helfe.

Der Kärntner Sicherheitslandesrat verlangt nun, die Zusammenarbeit auf den Prüfstand zu stellen. Österreich hatte 2018 mit China eine Absichtserklärung über polizeiliche Kooperation unterzeichnet, die unter anderem den Austausch von Verbindungsbeamten vorsieht. „Das ist eine Frage der Souveränität“, sagt er.
""", "facts": [
    R("AT", "investigation", "Seit Monaten ermittelt die Direktion Staatsschutz und Nachrichtendienst (DSN) wegen einer mutmaßlichen chinesischen Polizeistation in Klagenfurt.", place="Klagenfurt"),
    S("AT", "Klagenfurt", "Seit Monaten ermittelt die Direktion Staatsschutz und Nachrichtendienst (DSN) wegen einer mutmaßlichen chinesischen Polizeistation in Klagenfurt.", operator="Deqing", operator_alt=["Huzhou"], note="operator three paragraphs on ('Betrieben wurde die Stelle')"),
    C("stations", 102, None, "die weltweit 102 derartige Einrichtungen in 53 Ländern gezählt hat", claimant="Safeguard Defenders"),
    C("countries", 53, None, "die weltweit 102 derartige Einrichtungen in 53 Ländern gezählt hat", claimant="Safeguard Defenders"),
    C("stations", 1, "AT", "In Österreich war damals nur von einem einzigen Standort die Rede.", claimant="Safeguard Defenders", opt=True, note="count of one"),
    I("AT", "persuasion", "Nach Informationen dieser Zeitung suchten Polizisten in Deqing im Frühjahr 2023 mehrmals seine Eltern auf und legten ihnen nahe, den Sohn zur Heimkehr zu überreden; in China werde ihm Betrug vorgeworfen.", place="Villach", date="2023", note="cook from Villach; flew back in July"),
    I("AT", "harassment", "Nach Informationen dieser Zeitung suchten Polizisten in Deqing im Frühjahr 2023 mehrmals seine Eltern auf", place="Villach", date="2023", opt=True, note="relatives visited"),
    S("AT", "Villach", "Auch in Villach selbst soll es einen Kontaktpunkt gegeben haben, in einem Vereinslokal nahe dem Hauptbahnhof.", note="reporting conditional"),
    R("AT", "no_wrongdoing_found", "Die DSN prüfte den Hinweis, fand dort nach eigenen Angaben aber keine Belege für eine polizeiliche Tätigkeit.", place="Villach"),
    R("AT", "protest", "Das Außenministerium bestellte den chinesischen Botschafter ein.", date=None),
    R("AT", "closure", "Seit einer Hausdurchsuchung im November ist das Büro in Klagenfurt geschlossen", place="Klagenfurt", opt=True, note="closed after a search, no order stated"),
    R("AT", "arrest", "Festnahmen gab es keine.", place="Klagenfurt", pol="denied", opt=True),
    D("CN", "Die chinesische Botschaft bezeichnete die Berichte als „haltlose Unterstellungen“; bei der Einrichtung handle es sich um einen Verein, der Landsleuten ehrenamtlich bei Führerscheinfragen helfe.", claimant="Chinese embassy in Vienna"),
    S("AT", "Klagenfurt", "Die chinesische Botschaft bezeichnete die Berichte als „haltlose Unterstellungen“", claimant="Chinese embassy in Vienna", pol="denied", opt=True),
    A("AT", "security_agreement", "Österreich hatte 2018 mit China eine Absichtserklärung über polizeiliche Kooperation unterzeichnet", date="2018"),
]})

DOCS.append({"name": "016-de-ch-news-schaffhausen-chur-jinhu.txt", "text": """
Bundesanwaltschaft eröffnet Strafverfahren wegen chinesischem «Polizeiposten» in Schaffhausen

Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet. Im Fokus steht ein Kulturverein in der Schaffhauser Altstadt, der nach Erkenntnissen des Nachrichtendienstes des Bundes (NDB) als Aussenstelle der chinesischen Polizei gedient haben soll. Das bestätigte eine Sprecherin der BA am Mittwoch auf Anfrage.

Geführt wurde der Posten gemäss NDB vom Büro für öffentliche Sicherheit des Kreises Jinhu, der zur Stadt Huai'an in der Provinz Jiangsu gehört. Eine Woche vor Weihnachten durchsuchten Beamte des Bundesamts für Polizei (Fedpol) die Vereinsräume. Verhaftet wurde niemand.

Wie die BA weiter mitteilt, soll eine in Schaffhausen wohnhafte Studentin über den Verein wiederholt aufgefordert worden sein, Fotos von Teilnehmenden einer tibetischen Mahnwache in Zürich zu liefern. Sie habe sich geweigert und sich an die Polizei gewandt.

Ein zweiter Hinweis betraf Chur. Dort fand der NDB nach eigenen Angaben «keine Anhaltspunkte» für eine vergleichbare Einrichtung.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat die Angelegenheit «auf diplomatischem Weg» angesprochen, wie es auf Anfrage hiess. Die chinesische Botschaft in Bern liess eine Anfrage unbeantwortet. In früheren Stellungnahmen hatte sie die Existenz solcher Posten stets bestritten und von «Dienstleistungsstellen für Auslandchinesen» gesprochen.

Laut der Nichtregierungsorganisation Safeguard Defenders existieren weltweit mindestens 102 solcher Einrichtungen, zwei davon in der Schweiz. In der Schweiz leben rund 20'000 chinesische Staatsangehörige.
""", "facts": [
    R("CH", "investigation", "Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet.", place="Schaffhausen"),
    S("CH", "Schaffhausen", "Im Fokus steht ein Kulturverein in der Schaffhauser Altstadt, der nach Erkenntnissen des Nachrichtendienstes des Bundes (NDB) als Aussenstelle der chinesischen Polizei gedient haben soll.", operator="Jinhu", operator_alt=["Huai'an"], claimant="NDB", note="adjective 'Schaffhauser'; operator in the next paragraph"),
    R("CH", "arrest", "Verhaftet wurde niemand.", place="Schaffhausen", pol="denied", opt=True),
    I("CH", "surveillance", "soll eine in Schaffhausen wohnhafte Studentin über den Verein wiederholt aufgefordert worden sein, Fotos von Teilnehmenden einer tibetischen Mahnwache in Zürich zu liefern", place="Schaffhausen", claimant="Bundesanwaltschaft", note="asked for photos; refused"),
    R("CH", "no_wrongdoing_found", "Ein zweiter Hinweis betraf Chur. Dort fand der NDB nach eigenen Angaben «keine Anhaltspunkte» für eine vergleichbare Einrichtung.", place="Chur", claimant="NDB"),
    S("CH", "Chur", "Ein zweiter Hinweis betraf Chur. Dort fand der NDB nach eigenen Angaben «keine Anhaltspunkte» für eine vergleichbare Einrichtung.", claimant="NDB", pol="denied", opt=True, note="a lead, not confirmed"),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat die Angelegenheit «auf diplomatischem Weg» angesprochen", opt=True, note="short of a summons"),
    D("CN", "In früheren Stellungnahmen hatte sie die Existenz solcher Posten stets bestritten und von «Dienstleistungsstellen für Auslandchinesen» gesprochen.", claimant="Chinese embassy in Bern"),
    C("stations", 102, None, "Laut der Nichtregierungsorganisation Safeguard Defenders existieren weltweit mindestens 102 solcher Einrichtungen, zwei davon in der Schweiz.", claimant="Safeguard Defenders"),
    C("stations", 2, "CH", "Laut der Nichtregierungsorganisation Safeguard Defenders existieren weltweit mindestens 102 solcher Einrichtungen, zwei davon in der Schweiz.", claimant="Safeguard Defenders", note="'zwei davon in der Schweiz'"),
]})

DOCS.append({"name": "017-de-landtag-antwort-pdf-osnabrueck-braunschweig-xinghua.txt", "text": """
Niedersächsischer Landtag – 19. Wahlperiode                  Drucksache 19/4417

Antwort auf eine Kleine schriftliche Anfrage zur schriftlichen Beantwortung
– Drucksache 19/4302 –

Mutmaßliche chinesische „Polizeistation“ in Osnabrück

Anfrage eines Abgeordneten der Fraktion der FDP an die Landesregierung,
eingegangen am 09.05.2023

Antwort des Niedersächsischen Ministeriums für Inneres und Sport namens der
Landesregierung

Vorbemerkung des Abgeordneten

Medienberichten zufolge soll in Osnabrück seit 2021 eine inoffizielle Außen-
stelle des Büros für öffentliche Sicherheit der Stadt Xinghua (Provinz Jiang-
su) tätig sein. Ähnliche Einrichtungen wurden in anderen europäischen Staaten
nach ihrem Bekanntwerden geschlossen.

1. Welche Erkenntnisse hat die Landesregierung über die Einrichtung in
   Osnabrück?

Die Verfassungsschutzbehörde hat Hinweise auf eine solche Einrichtung in Osna-
brück erhalten und geprüft. Danach wurden in Räumen eines Vereins in der Innen-
stadt zeitweise konsularähnliche Dienstleistungen für chinesische Staatsange-
hörige angeboten. Die Staatsanwaltschaft Osnabrück hat im Februar 2023 ein
Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätig-
keit eingeleitet; es dauert an.

2. Sind der Landesregierung weitere Standorte in Niedersachsen bekannt?

Ein Hinweis auf eine vergleichbare Stelle in Braunschweig hat sich nicht be-
stätigt. Weitere Erkenntnisse liegen nicht vor.

3. Sind Fälle bekannt, in denen in Niedersachsen lebende Personen zur Rückkehr
   nach China gedrängt wurden?

Der Landesregierung ist ein Fall bekannt: Angehörige eines in Osnabrück stu-
dierenden Mannes wurden in China von Polizeibeamten aufgesucht und aufgefor-
dert, ihn zur Rückkehr zu bewegen. Der Betroffene ist dem nicht nachgekommen.

4. Wird die Einrichtung weiterhin betrieben?

Nach Kenntnis der Landesregierung werden die Räume seit März 2023 nicht mehr
für diesen Zweck genutzt. Eine behördliche Schließungsanordnung ist nicht er-
gangen.

5. Hat die Landesregierung Kontakt zu chinesischen Stellen aufgenommen?

Außenpolitische Fragen fallen in die Zuständigkeit des Bundes. Die Landesre-
gierung hat das Auswärtige Amt über ihre Erkenntnisse unterrichtet.

                                                              Seite 1 von 1
""", "facts": [
    S("DE", "Osnabrück", "Medienberichten zufolge soll in Osnabrück seit 2021 eine inoffizielle Außenstelle des Büros für öffentliche Sicherheit der Stadt Xinghua (Provinz Jiangsu) tätig sein.", operator="Xinghua", operator_alt=["Taizhou"], claimant="media reports", date="2021", note="premise in the Vorbemerkung; hard-wrapped, hyphenated"),
    R("DE", "investigation", "Die Staatsanwaltschaft Osnabrück hat im Februar 2023 ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet; es dauert an.", place="Osnabrück", date="2023-02", claimant="Landesregierung Niedersachsen"),
    S("DE", "Braunschweig", "Ein Hinweis auf eine vergleichbare Stelle in Braunschweig hat sich nicht bestätigt.", claimant="Landesregierung Niedersachsen", pol="denied", opt=True, place_alt=["Brunswick"]),
    R("DE", "no_wrongdoing_found", "Ein Hinweis auf eine vergleichbare Stelle in Braunschweig hat sich nicht bestätigt.", place="Braunschweig", claimant="Landesregierung Niedersachsen", opt=True, note="lead not confirmed; no investigation named"),
    C("cases", 1, "DE", "Der Landesregierung ist ein Fall bekannt", claimant="Landesregierung Niedersachsen", opt=True, note="count of one"),
    I("DE", "persuasion", "Angehörige eines in Osnabrück studierenden Mannes wurden in China von Polizeibeamten aufgesucht und aufgefordert, ihn zur Rückkehr zu bewegen.", place="Osnabrück", claimant="Landesregierung Niedersachsen", note="he did not comply"),
    I("DE", "harassment", "Angehörige eines in Osnabrück studierenden Mannes wurden in China von Polizeibeamten aufgesucht", place="Osnabrück", claimant="Landesregierung Niedersachsen", opt=True, note="relatives visited"),
    R("DE", "closure", "Nach Kenntnis der Landesregierung werden die Räume seit März 2023 nicht mehr für diesen Zweck genutzt.", place="Osnabrück", date="2023-03", claimant="Landesregierung Niedersachsen", opt=True, note="stopped without an order"),
    R("DE", "closure", "Eine behördliche Schließungsanordnung ist nicht ergangen.", place="Osnabrück", claimant="Landesregierung Niedersachsen", pol="denied", opt=True),
]})

DOCS.append({"name": "018-de-ocr-studie-nordeuropa-bergen-stavanger-tartu-dongtai.txt", "text": """
— 17 —

4.2 Sogenannte Übersee-Polizeistationen im Norden Europas

Im Untersuchungs-
zeitraum (2022 bis 2024) konnten wir in den nordischen und balti-
schen Staaten sechs Stellen identifizieren, die von chinesischen Polizei-
behörden betrieben wurden oder noch betrieben werden. Zwei davon lie-
gen in Norwegen, in Bergen und Stavan-
ger; beide gehen auf das Amt für öffentliche Sicherheit von Dong-
tai (Provinz Jiangsu) zurück.¹ Je eine weitere Stelle fanden wir in Daugav-
pils, in Tartu, in Reykjavík und – nur unzureichend belegt – in Oulu.

Tabeile 3: Standorte und Betreiber (ÖSB = Amt für öffentliche Sicherheit)

Ort            Land        Betreiber (ÖSB)    seit
Bergen         Norwegen    Dongtai            2019
Stavanger      Norwegen    Dongtai            2021
Daugavpils     Lettland    Yizheng            2020
Tartu          Estland     Luhe               2022
Reykjavík      Island      Boluo              2020
Oulu           Finnland    unbekannt          –

Wie andern0rts warben die Stellen offiziell mit Hilfe bei Führer-
scheinen, Ausweisen und Rentenfragen. Dass es dabei nicht blieb, zeigt
ein Fall aus Tartu: Ein Doktorand berichtete uns, er sei nach einem Vor-
trag über Xinjiang von einem Mitarbeiter der Stelle angesprochen und
aufgefordert worden, die Namen anderer Zuhörer zu nennen.

Die Reaktionen der Gaststaaten fielen sehr unterschiedIich aus. Der nor-
wegische Inlandsnachrichtendienst PST leitete nach unserer Anfrage Vor-
ermittlungen ein; im April 2024 wurde die Stelle in Bergen geschlos-
sen.² Lettland bestellte den chinesischen Geschäftsträger ein. Estland
und Island haben nach unserer Kenntnis bislang keine Ermittlungen auf-
genommen.

__________
¹ Gespräche rnit Informanten aus der Gemeinde, März 2023.
² Auf Anordnung der Polizei in Bergen; Mitteilung vom 14. 4. 2024.
""", "facts": [
    C("stations", 6, None, "konnten wir in den nordischen und baltischen Staaten sechs Stellen identifizieren", opt=True, note="regional count over several countries"),
    C("stations", 2, "NO", "Zwei davon liegen in Norwegen, in Bergen und Stavanger", note="hyphenated 'lie-/gen', 'Stavan-/ger'"),
    S("NO", "Bergen", "Zwei davon liegen in Norwegen, in Bergen und Stavanger; beide gehen auf das Amt für öffentliche Sicherheit von Dongtai (Provinz Jiangsu) zurück.", operator="Dongtai", operator_alt=["Yancheng"], date="2019", note="'beide gehen auf … Dongtai'; year from table"),
    S("NO", "Stavanger", "Zwei davon liegen in Norwegen, in Bergen und Stavanger; beide gehen auf das Amt für öffentliche Sicherheit von Dongtai (Provinz Jiangsu) zurück.", operator="Dongtai", operator_alt=["Yancheng"], date="2021"),
    S("LV", "Daugavpils", "Daugavpils     Lettland    Yizheng            2020", operator="Yizheng", operator_alt=["Yangzhou"], date="2020", note="'Je eine weitere Stelle … Daugav-/pils'; operator only in the table"),
    S("EE", "Tartu", "Tartu          Estland     Luhe               2022", operator="Luhe", operator_alt=["Shanwei"], date="2022"),
    S("IS", "Reykjavik", "Reykjavík      Island      Boluo              2020", operator="Boluo", operator_alt=["Huizhou"], date="2020"),
    S("FI", "Oulu", "Je eine weitere Stelle fanden wir in Daugavpils, in Tartu, in Reykjavík und – nur unzureichend belegt – in Oulu.", opt=True, note="insufficiently documented; operator unknown"),
    I("EE", "surveillance", "Ein Doktorand berichtete uns, er sei nach einem Vortrag über Xinjiang von einem Mitarbeiter der Stelle angesprochen und aufgefordert worden, die Namen anderer Zuhörer zu nennen.", place="Tartu", note="general purpose in the sentence before is not an incident"),
    R("NO", "investigation", "Der norwegische Inlandsnachrichtendienst PST leitete nach unserer Anfrage Vorermittlungen ein", claimant=None),
    R("NO", "closure", "im April 2024 wurde die Stelle in Bergen geschlossen.", place="Bergen", date="2024-04", note="ordered by the police, footnote 2"),
    R("LV", "protest", "Lettland bestellte den chinesischen Geschäftsträger ein."),
    R("EE", "investigation", "Estland und Island haben nach unserer Kenntnis bislang keine Ermittlungen aufgenommen.", pol="denied"),
    R("IS", "investigation", "Estland und Island haben nach unserer Kenntnis bislang keine Ermittlungen aufgenommen.", pol="denied"),
]})

DOCS.append({"name": "019-de-at-news-bergstation-tiroler-seilbahn.txt", "text": """
Stundenlang in der Gondel: 23 chinesische Urlauber aus Seilbahn gerettet

Sölden. Ein technischer Defekt hat am Samstag eine Gondelbahn im Ötztal zum Stillstand gebracht. Betroffen waren nach Angaben der Polizei 41 Fahrgäste, darunter eine Reisegruppe von 23 Touristinnen und Touristen aus China. Sie saßen teils mehr als drei Stunden zwischen Tal- und Bergstation fest, ehe Bergretter sie mit Seilen abseilten. Verletzt wurde niemand.

Die Polizeiinspektion Sölden hat Ermittlungen zur Ursache aufgenommen; ein Sachverständiger soll die Anlage untersuchen. Bis dahin bleibt die Bahn gesperrt, die Mittelstation ist nur zu Fuß erreichbar.

Die chinesische Botschaft in Wien bedankte sich bei den Einsatzkräften. Ein Konsularbeamter reiste noch am Abend an und kümmerte sich um die Rückreise der Gruppe nach Peking, die am Montag planmäßig angetreten wurde.

Für den Tourismusverband kommt der Zwischenfall zur Unzeit: Erst im Herbst hatte die Region mit einer chinesischen Reiseplattform ein Abkommen über die gemeinsame Vermarktung unterzeichnet. Man rechne für den Winter mit rund 5.000 Gästen aus China, hieß es.
""", "facts": []})
