"""check25 part A, German documents 009-011."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC009 = """Startseite > Schweiz > Zentralschweiz　　　Schrift: A+ A-　　　Teilen: E-Mail | WhatsApp | X

Bundesanwaltschaft lässt Vereinslokal in Kriens durchsuchen

Lesezeit: 4 Minuten

Kriens LU (sda) Beamte des Bundesamts für Polizei (fedpol) haben am Dienstag im Auftrag der Bundesanwaltschaft die Räume eines chinesischen Kulturvereins in Kriens durchsucht. Dort soll eine nicht deklarierte chinesische «Polizeistation» betrieben worden sein.

Die Bundesanwaltschaft führt nach eigenen Angaben ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat. Festnahmen gab es keine.

Kriens, mit rund 28'000 Einwohnern die drittgrösste Gemeinde des Kantons Luzern, liegt am Fuss des Pilatus. Seit einigen Jahren haben sich hier mehrere chinesische Familien niedergelassen, die in der Gastronomie und im Handel mit Uhrenbestandteilen tätig sind.

Der Verein, der seit 2019 im Erdgeschoss eines Wohn- und Geschäftshauses an der Luzernerstrasse eingemietet ist, bietet nach eigenen Angaben Chinesischkurse für Kinder und einen Spieleabend für Senioren an.

«Wir haben nur Formulare ausgefüllt», sagt ein Vereinsmitglied.

Nach Recherchen von Schweizer Medien wird die Anlaufstelle dem Unterbüro Yuhu des Büros für öffentliche Sicherheit der Stadt Xiangtan in der Provinz Hunan zugerechnet. Die Bundesanwaltschaft wollte dies nicht kommentieren.

«Wir haben nur Formulare ausgefüllt», sagt ein Vereinsmitglied.

Eine Studentin aus Luzern, die im vergangenen Herbst an einer Mahnwache für Hongkong teilgenommen hatte, erzählte, ihre Eltern in China seien kurz darauf von Polizisten besucht worden. Man habe ihnen geraten, «auf die Tochter aufzupassen». Eine Aufforderung zur Rückkehr habe es nicht gegeben.

LESEN SIE AUCH: Pilatusbahn verzeichnet Rekordsaison

Laut der Menschenrechtsorganisation Safeguard Defenders gibt es in der Schweiz mindestens zwei solcher Stellen. Die zweite soll sich in Grenchen befinden und dem Unterbüro Shashi der Polizei von Jingzhou in der Provinz Hubei unterstehen. Die Kantonspolizei Solothurn erklärte, es lägen ihr «keinerlei Hinweise» auf eine solche Einrichtung vor.

Auf sozialen Medien kursiert zudem die Behauptung, auch in Herisau gebe es einen solchen Posten. Belege dafür gibt es keine.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestellte am Mittwoch den chinesischen Botschafter ein. Die chinesische Botschaft in Bern wies die Vorwürfe als «haltlos» zurück. Freiwillige hülfen älteren Landsleuten lediglich bei der Verlängerung von Führerscheinen und Reisepässen.

Korrigendum: In einer früheren Version hiess es, die Durchsuchung habe am Montag stattgefunden. Richtig ist Dienstag.

Newsletter: Die wichtigsten Nachrichten aus der Zentralschweiz jeden Morgen. Diese Website verwendet Cookies.
"""

FACTS009 = [
    R("CH", "investigation", "haben am Dienstag im Auftrag der Bundesanwaltschaft die Räume eines chinesischen Kulturvereins in Kriens durchsucht",
      place="Kriens"),
    S("CH", "Kriens", "Dort soll eine nicht deklarierte chinesische «Polizeistation» betrieben worden sein.",
      claimant="Bundesanwaltschaft"),
    R("CH", "investigation", "Die Bundesanwaltschaft führt nach eigenen Angaben ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat.",
      claimant="Bundesanwaltschaft"),
    R("CH", "arrest", "Festnahmen gab es keine.", pol="denied", opt=True),
    S("CH", "Kriens", "Nach Recherchen von Schweizer Medien wird die Anlaufstelle dem Unterbüro Yuhu des Büros für öffentliche Sicherheit der Stadt Xiangtan in der Provinz Hunan zugerechnet.",
      operator="Yuhu", operator_alt=["Xiangtan"], claimant="Swiss media"),
    I("CH", "harassment", "ihre Eltern in China seien kurz darauf von Polizisten besucht worden. Man habe ihnen geraten, «auf die Tochter aufzupassen».",
      claimant="student"),
    C("stations", 2, "CH", "Laut der Menschenrechtsorganisation Safeguard Defenders gibt es in der Schweiz mindestens zwei solcher Stellen.",
      claimant=SD),
    S("CH", "Grenchen", "Die zweite soll sich in Grenchen befinden und dem Unterbüro Shashi der Polizei von Jingzhou in der Provinz Hubei unterstehen.",
      operator="Shashi", operator_alt=["Jingzhou"], claimant=SD),
    S("CH", "Grenchen", "Die Kantonspolizei Solothurn erklärte, es lägen ihr «keinerlei Hinweise» auf eine solche Einrichtung vor.",
      claimant="Kantonspolizei Solothurn", pol="denied", opt=True),
    S("CH", "Herisau", "Auf sozialen Medien kursiert zudem die Behauptung, auch in Herisau gebe es einen solchen Posten.",
      claimant="social media", opt=True),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestellte am Mittwoch den chinesischen Botschafter ein."),
    D("CN", "Die chinesische Botschaft in Bern wies die Vorwürfe als «haltlos» zurück. Freiwillige hülfen älteren Landsleuten lediglich bei der Verlängerung von Führerscheinen und Reisepässen.",
      claimant="Chinese Embassy in Switzerland"),
]

_010 = """Deutscher Bundestag　　　　　　　　　　　　　　　Drucksache 21/1843
21. Wahlperiode　　　　　　　　　　　　　　　　　　　　　　14.03.2025

Schriftliche Fragen
mit den in der Woche vom 10. März 2025 eingegangenen Antworten der Bundesregierung

Geschäftsbereich des Bundesministeriums des Innern

41. Abgeordnete (Fraktion im Deutschen Bundestag)

Welche Erkenntnisse hat die Bundesregierung über die in Medienberichten genannte sogenannte Servicestation in Aachen, die dem Unterbüro Tianxin des Büros für öffentliche Sicherheit der Stadt Changsha zugerechnet wird, und über die in denselben Berichten genannte Stelle in Bottrop, die dem Unterbüro Qiaokou in Wuhan unterstehen soll, und wie viele solcher Stellen sind der Bundesregierung in Deutschland bekannt?

Antwort des Parlamentarischen Staatssekretärs vom 13. März 2025

Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren gegen zwei Beschuldigte. In diesem Zusammenhang wurden im Oktober 2024 Räumlichkeiten eines Vereins in Aachen durchsucht. Festnahmen sind bislang nicht erfolgt. Zu Einzelheiten eines laufenden Ermittlungsverfahrens kann die Bundesregierung keine weiteren Auskünfte erteilen.

Hinsichtlich der in Bottrop genannten Räumlichkeiten hat das Landeskriminalamt Nordrhein-Westfalen eine Prüfung vorgenommen. Strafrechtlich relevante Anhaltspunkte haben sich dabei nicht ergeben; der Vorgang ist abgeschlossen.

Dem Bundesamt für Verfassungsschutz liegen Hinweise auf bundesweit mindestens vier Stellen vor, die mutmaßlich als sogenannte Übersee-Polizeistationen genutzt wurden oder werden. Der Bundesregierung ist zudem ein Fall bekannt, in dem eine in Aachen lebende Person mehrfach telefonisch aufgefordert wurde, nach China zurückzukehren; die Person ist dem nicht nachgekommen.

Der Bundesregierung sind ferner Beiträge in sozialen Medien bekannt, wonach sich eine weitere Stelle in Lippstadt befinde. Erkenntnisse, die dies bestätigen, liegen nicht vor.

Das Auswärtige Amt hat den Gesandten der Botschaft der Volksrepublik China am 21. November 2024 einbestellt. Die Botschaft hat dabei erklärt, es handele sich um ehrenamtliche Anlaufstellen, die älteren chinesischen Staatsangehörigen bei der Umschreibung von Führerscheinen und bei Lebensbescheinigungen für Renten behilflich seien.

42. Abgeordneter (Fraktion im Deutschen Bundestag)

Würde die Bundesregierung, sollte sich der Verdacht in Aachen bestätigen, Angehörige der chinesischen Botschaft ausweisen?

Antwort des Parlamentarischen Staatssekretärs vom 13. März 2025

Die Bundesregierung beteiligt sich nicht an Spekulationen über hypothetische Verfahrensausgänge.

Lieferung: Bundesanzeiger Verlagsgesellschaft mbH, Köln　　　　ISSN 0722-8333
"""

DOC010 = wrap_hy(soft(_010), 74)

FACTS010 = [
    S("DE", "Aachen", "die in Medienberichten genannte sogenannte Servicestation in Aachen, die dem Unterbüro Tianxin des Büros für öffentliche Sicherheit der Stadt Changsha zugerechnet wird",
      operator="Tianxin", operator_alt=["Changsha"], claimant="media reports", place_alt=["Aix-la-Chapelle"]),
    S("DE", "Bottrop", "die in denselben Berichten genannte Stelle in Bottrop, die dem Unterbüro Qiaokou in Wuhan unterstehen soll",
      operator="Qiaokou", operator_alt=["Wuhan"], claimant="media reports"),
    R("DE", "investigation", "Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren gegen zwei Beschuldigte.",
      claimant="Bundesregierung"),
    R("DE", "investigation", "In diesem Zusammenhang wurden im Oktober 2024 Räumlichkeiten eines Vereins in Aachen durchsucht.",
      claimant="Bundesregierung", date="2024-10", place="Aachen"),
    R("DE", "arrest", "Festnahmen sind bislang nicht erfolgt.", claimant="Bundesregierung", pol="denied", opt=True),
    R("DE", "no_wrongdoing_found", "Strafrechtlich relevante Anhaltspunkte haben sich dabei nicht ergeben; der Vorgang ist abgeschlossen.",
      claimant="Landeskriminalamt Nordrhein-Westfalen", place="Bottrop"),
    C("stations", 4, "DE", "Dem Bundesamt für Verfassungsschutz liegen Hinweise auf bundesweit mindestens vier Stellen vor",
      claimant="Bundesamt für Verfassungsschutz"),
    I("DE", "persuasion", "in dem eine in Aachen lebende Person mehrfach telefonisch aufgefordert wurde, nach China zurückzukehren; die Person ist dem nicht nachgekommen.",
      claimant="Bundesregierung", place="Aachen"),
    S("DE", "Lippstadt", "wonach sich eine weitere Stelle in Lippstadt befinde", claimant="social media", opt=True),
    S("DE", "Lippstadt", "Erkenntnisse, die dies bestätigen, liegen nicht vor.", claimant="Bundesregierung", pol="denied", opt=True),
    R("DE", "protest", "Das Auswärtige Amt hat den Gesandten der Botschaft der Volksrepublik China am 21. November 2024 einbestellt.",
      date="2024-11-21"),
    D("CN", "Die Botschaft hat dabei erklärt, es handele sich um ehrenamtliche Anlaufstellen, die älteren chinesischen Staatsangehörigen bei der Umschreibung von Führerscheinen und bei Lebensbescheinigungen für Renten behilflich seien.",
      claimant="Chinese Embassy in Germany"),
]

DOC011 = """Startseite > Steiermark > Leoben　　　　Schrift: A+ A-

Neue Polizeiinspektion am Hauptplatz eröffnet

Leoben. Nach eineinhalb Jahren Umbau hat die Polizeiinspektion Leoben-Stadt am Montag ihre neuen Räume am Hauptplatz bezogen. Der alte Standort in der Kärntner Straße wird geschlossen, das Gebäude soll an die Stadt zurückgehen.

Der Bezirkspolizeikommandant zog bei der Eröffnung Bilanz: Im Vorjahr seien im Stadtgebiet 102 Anzeigen wegen Taschendiebstahls und 53 wegen Sachbeschädigung eingegangen, deutlich weniger als noch 2022. «Die Präsenz auf der Straße wirkt», sagte er.

Im Sommer sollen wieder gemeinsame Streifen mit Beamten aus Ungarn und Slowenien durch die Innenstadt gehen. Grundlage ist eine Vereinbarung der Innenministerien, die im vergangenen Jahr um drei Jahre verlängert wurde. Vor allem Touristen sollen so Ansprechpartner in ihrer Sprache finden.

Neu ist auch eine Sprechstunde für Zugezogene: Einmal im Monat beantworten Beamte gemeinsam mit Dolmetschern Fragen zu Meldezettel, Führerschein und Aufenthaltstitel. Der Obmann des chinesisch-österreichischen Freundschaftsvereins, der in Leoben ein Restaurant betreibt, begrüßte das Angebot. Viele ältere Landsleute wüssten nicht, wie sie ihren chinesischen Führerschein umschreiben lassen könnten.

Die Montanuniversität bot zur Eröffnung eine Führung durch das Schaubergwerk an. Am Abend spielte die Stadtkapelle.

Öffnungszeiten: Montag bis Freitag, 7 bis 19 Uhr. Notruf 133.

Diese Website verwendet Cookies. Mehr erfahren
"""

DOCS = [
    {"name": "009-de-ch-wire-correction-kriens-grenchen-yuhu-shashi.txt", "text": DOC009, "facts": FACTS009},
    {"name": "010-de-bundestag-schriftliche-fragen-aachen-bottrop-tianxin-qiaokou.txt", "text": DOC010,
     "facts": FACTS010},
    {"name": "011-de-at-lokalnachrichten-polizeiinspektion-leoben.txt", "text": DOC011, "facts": []},
]
